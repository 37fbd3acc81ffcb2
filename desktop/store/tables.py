"""The database schema of SMS Desk as SQLAlchemy 2 declarative models.

These models describe the tables; the Alembic migrations in ``migrations/`` create them, and
a test proves the two agree. The store reads and writes through Core statements built from
these tables, and hands out frozen dataclasses, never these ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names on every backend, so later migrations can drop or alter them by
# name on SQLite (batch mode) and PostgreSQL alike.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

PEER_NUMBER_LENGTH = 32
GATEWAY_SID_LENGTH = 64
PREVIEW_LENGTH = 200
EXTENSION_LENGTH = 15
DISPLAY_NAME_LENGTH = 100
PASSWORD_HASH_LENGTH = 255
CONTACT_NAME_LENGTH = 200
COMPANY_LENGTH = 200
# Wider than an extension: the key is whatever passed the extension rule at the time, and
# the rule's limits are settings that may grow.
SIGN_IN_KEY_LENGTH = 64
OPT_OUT_REASON_LENGTH = 32
TEMPLATE_NAME_LENGTH = 64
CONTENT_TYPE_LENGTH = 100
# Who claimed an outbox message: a desk's run id (see desktop.store.fencing.Claimant).
CLAIMANT_LENGTH = 64
# A gateway sid, or "sha256:" and the hex digest of a record without a usable sid.
SET_ASIDE_KEY_LENGTH = 80
# A remembered sign-in's SHA-256 digest, in hexadecimal.
REMEMBERED_DIGEST_LENGTH = 64


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime, stored as a naive UTC timestamp.

    SQLite has no time zones and PostgreSQL's ``timestamp`` would silently drop one, so the
    database holds naive UTC and this type converts at the boundary: the application only
    ever sees aware UTC datetimes. Naive input is refused, because its zone is a guess.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert an aware datetime to naive UTC for storage.

        Raises:
            ValueError: the datetime is naive.
        """
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: the store needs an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Attach UTC to the naive timestamp read back."""
        if value is None:
            return None
        read: datetime = value.replace(tzinfo=UTC)
        return read

    def bind_processor(self, dialect: Dialect) -> Callable[[datetime | None], Any] | None:
        """Convert in one step on SQLite; elsewhere, ``process_bind_param`` then the impl.

        Ingesting thousands of messages binds two datetimes per row, and SQLite's generic
        DATETIME processor formats field by field; ``sqlite_text`` writes the very same text
        several times faster.
        """
        if dialect.name == "sqlite":
            return sqlite_text
        return super().bind_processor(dialect)


def sqlite_text(value: datetime | None) -> str | None:
    """Format an aware datetime the way SQLAlchemy stores DATETIME in SQLite, in UTC.

    ``YYYY-MM-DD HH:MM:SS.ffffff``, naive UTC: the text SQLAlchemy's SQLite DATETIME writes
    and parses (a test compares the two), so stored times sort and compare as text.

    Raises:
        ValueError: the datetime is naive.
    """
    if value is None:
        return None
    if value.tzinfo is not UTC:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: the store needs an aware UTC datetime")
        value = value.astimezone(UTC)
    # Aware isoformat ends in "+00:00"; dropping it is cheaper than replace(tzinfo=None).
    return value.isoformat(" ", "microseconds")[:-6]


class Base(DeclarativeBase):
    """Declarative base holding the shared metadata and its naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ConversationRow(Base):
    """One conversation per peer number, with a denormalised summary for the chat list.

    The summary (``last_*``, ``last_inbound_id``) is kept up to date by every write that adds
    or changes an SMS, so listing a page of conversations never scans ``messages``. Read state
    is per colleague (``conversation_reads``); ownership (``owner_id``) is changed only by
    single conditional UPDATEs, so two desks can never both win it.
    """

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    peer_number: Mapped[str] = mapped_column(String(PEER_NUMBER_LENGTH), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Conversations and messages point at each other; use_alter lets PostgreSQL add this
    # key after both tables exist. SET NULL so deleting a message never blocks on it.
    last_message_id: Mapped[int | None] = mapped_column(
        Integer,
        ForeignKey("messages.id", ondelete="SET NULL", use_alter=True),
    )
    last_message_preview: Mapped[str] = mapped_column(
        String(PREVIEW_LENGTH), default="", server_default=""
    )
    last_direction: Mapped[str | None] = mapped_column(String(16))
    last_status: Mapped[str | None] = mapped_column(String(16))
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The colleague answering it. The keys to users have no ON DELETE action, on purpose:
    # accounts are disabled, never deleted, so history stays attached to the person (and
    # SQLite's ALTER TABLE ADD COLUMN, see migration 0004, could add no more anyway).
    owner_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("users.id"))
    owner_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    dealt_with_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    dealt_with_by: Mapped[int | None] = mapped_column(Integer, ForeignKey("users.id"))
    # The newest inbound SMS: a conversation is unread for a colleague when this is beyond
    # their read mark, so unread state is decided without touching messages. No foreign key:
    # it is only ever compared with ids, and messages and conversations already point at
    # each other once.
    last_inbound_id: Mapped[int | None] = mapped_column(Integer)
    # Bumped by every change to the conversation or its messages: other desks that missed a
    # notification find what changed with one index range (Store.changed_since).
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        # The chat list: WHERE archived_at IS NULL ORDER BY last_activity_at DESC, id DESC,
        # keyset-paginated. Both SQLite and PostgreSQL walk a B-tree backwards, so plain
        # ascending columns serve the descending order and compare cleanly in autogenerate.
        Index("ix_conversations_chat_list", "archived_at", "last_activity_at", "id"),
        # The Archived view (archived_at IS NOT NULL is a range, so the index above cannot
        # give its order): walk conversations by activity and skip the unarchived ones.
        Index("ix_conversations_activity", "last_activity_at", "id"),
        # The unread badge starts from the conversations with an inbound SMS newer than the
        # colleague's baseline: a short range of this index when few are unread.
        Index("ix_conversations_last_inbound_id", "last_inbound_id"),
        Index("ix_conversations_updated_at", "updated_at"),
    )


class MessageRow(Base):
    """One SMS, inbound or outbound, or a history line of the conversation.

    ``direction``, ``status`` and ``kind`` hold the string values of the ``Direction``,
    ``MessageStatus`` and ``MessageKind`` enums: plain strings, so adding a value needs no
    schema change. History lines (``kind`` other than ``"sms"``) are stored as delivered
    outbound rows without a gateway id, so nothing that sends, polls or counts SMS picks them
    up by accident; the queries that must skip them say ``kind = 'sms'`` as well.
    """

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("conversations.id", ondelete="CASCADE")
    )
    direction: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text)
    from_number: Mapped[str] = mapped_column(String(PEER_NUMBER_LENGTH))
    to_number: Mapped[str] = mapped_column(String(PEER_NUMBER_LENGTH))
    # The gateway's id: unique, so polling the same window twice can never store twice.
    gateway_sid: Mapped[str | None] = mapped_column(String(GATEWAY_SID_LENGTH), unique=True)
    status: Mapped[str] = mapped_column(String(16))
    error_code: Mapped[int | None] = mapped_column(Integer)
    error_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(16), default="sms", server_default="sms")
    # Who sent an outbound SMS or did a history line's action; a transfer's recipient.
    # No ON DELETE action, as for conversations.owner_id.
    user_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("users.id"))
    target_user_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("users.id"))
    # A message to send later: it waits in the outbox with next_attempt_at at this time.
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Drop the scheduled message if the peer writes first.
    cancel_if_reply: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (
        # Opening a conversation reads its newest page, keyset-paginated backwards.
        Index("ix_messages_conversation_order", "conversation_id", "id"),
        # The status poller looks for outbound messages still at SENT: few rows per status.
        Index("ix_messages_status_created", "status", "created_at"),
    )


class OutboxRow(Base):
    """An outbound message that still has to reach the gateway.

    ``pending`` rows wait for ``next_attempt_at``; ``in_flight`` rows were handed to the
    gateway and its answer is not recorded yet (after a crash they must be checked, not
    blindly resent). The row is deleted once the outcome is known. ``claimed_by`` and
    ``claim_epoch`` say who made the current attempt (a run of a desk, and in a team the
    poller lease's epoch it held): another claimant's in-flight row is looked up only after
    a grace, because its request may still be on its way to the gateway.
    """

    __tablename__ = "outbox"

    message_id: Mapped[int] = mapped_column(
        Integer,
        ForeignKey("messages.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    )
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempt_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    # Who made the current attempt: the run of the desk (a new id each start) ...
    claimed_by: Mapped[str | None] = mapped_column(String(CLAIMANT_LENGTH))
    # ... and, in a team, the epoch of the poller lease it held then (NULL alone).
    claim_epoch: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_outbox_state_next_attempt", "state", "next_attempt_at"),)


class TeamLeaseRow(Base):
    """The fencing token of the team's poller lease (PostgreSQL; unused by a desk alone).

    A desk that takes the advisory lock ``lock_key`` increments ``epoch`` and writes the
    backend pid of the connection holding the lock, in the same transaction. A claim of an
    outbox message checks, in its own transaction, that the epoch is still the one its desk
    got and that this pid still holds the lock (``pg_locks``): a desk that lost the lock,
    even mid-cycle, can claim nothing more.
    """

    __tablename__ = "team_lease"

    lock_key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    epoch: Mapped[int] = mapped_column(BigInteger)
    holder: Mapped[str] = mapped_column(String(CLAIMANT_LENGTH))
    holder_pid: Mapped[int] = mapped_column(Integer)
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SyncStateRow(Base):
    """Small named values the sync worker keeps between runs (polling watermarks)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    value_text: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class UserRow(Base):
    """A staff account: the phone extension signs in, with a scrypt password hash.

    ``disabled_at`` is set while the account is disabled; the row is kept so its history
    (and the extension) stays attached to the person.
    """

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    extension: Mapped[str] = mapped_column(String(EXTENSION_LENGTH), unique=True)
    display_name: Mapped[str] = mapped_column(String(DISPLAY_NAME_LENGTH))
    # "scrypt$n$r$p$salt$hash": the parameters travel with the hash so they can change later.
    password_hash: Mapped[str] = mapped_column(String(PASSWORD_HASH_LENGTH))
    # false() renders as 0 on SQLite and false on PostgreSQL, which refuses an integer default.
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Messages with an id up to this count as read for this colleague: what arrived before
    # they joined is history, not their unread work.
    read_baseline_id: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class ConversationReadRow(Base):
    """How far one colleague has read one conversation.

    Inbound SMS with an id beyond ``read_up_to_id`` (and beyond the colleague's
    ``read_baseline_id``) are unread for them; ``marked_unread`` keeps it unread on purpose
    (Mark as unread, or a transfer to them) until they read it. A missing row means nothing
    read beyond the baseline.
    """

    __tablename__ = "conversation_reads"

    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    conversation_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    read_up_to_id: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    marked_unread: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (
        # Unread "by everyone" reads the furthest read mark of a conversation; the cascade
        # from a deleted conversation needs the same lookup.
        Index("ix_conversation_reads_conversation_id", "conversation_id", "read_up_to_id"),
    )


class SignInFailureRow(Base):
    """Wrong sign-ins per typed extension, so the slow-down survives a restart.

    Keyed by the extension text as typed (normalised), whether or not an account has it:
    guessing at an unknown extension is slowed down exactly like guessing a password.
    """

    __tablename__ = "sign_in_failures"

    extension: Mapped[str] = mapped_column(String(SIGN_IN_KEY_LENGTH), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    last_failure_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RememberedSignInRow(Base):
    """A desk where "Remember me" keeps an account signed in: the SHA-256 digest of the random
    token that desk's OS keyring holds (the token itself is never stored here).

    One row per remembered desk or home. Signing out there deletes its row; a new password or
    disabling the account deletes all the account's rows (every remembered desk then asks for
    the password again), and so does deleting the account.
    """

    __tablename__ = "remembered_sign_ins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    digest: Mapped[str] = mapped_column(String(REMEMBERED_DIGEST_LENGTH), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_used_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ContactRow(Base):
    """A contact: the name the chat list shows for its numbers (in ``contact_numbers``)."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(CONTACT_NAME_LENGTH))
    company: Mapped[str] = mapped_column(String(COMPANY_LENGTH), default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The name and company folded as search compares them, one per line (the store writes
    # it with the contact: searching compares it instead of folding every name each time).
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")


class ContactNumberRow(Base):
    """One number of a contact.

    The number is the primary key: a number names one contact only, and a conversation finds
    its contact's name with one index lookup on its peer number. ``position`` keeps the
    numbers in the order they were given (the first is the main one), which neither SQLite
    nor PostgreSQL would keep by itself.
    """

    __tablename__ = "contact_numbers"

    number: Mapped[str] = mapped_column(String(PEER_NUMBER_LENGTH), primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class OptOutRow(Base):
    """A number that asked (STOP) or is known (gateway error 21610) not to get our SMS.

    Per desk number: opting out of one business line says nothing about another. The row
    exists while the number is opted out; opting back in (START) deletes it.
    """

    __tablename__ = "opt_outs"

    desk_number: Mapped[str] = mapped_column(String(PEER_NUMBER_LENGTH), primary_key=True)
    peer_number: Mapped[str] = mapped_column(
        String(PEER_NUMBER_LENGTH), primary_key=True, index=True
    )
    opted_out_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The keyword they sent ("STOP") or the gateway's error code ("21610").
    reason: Mapped[str] = mapped_column(String(OPT_OUT_REASON_LENGTH))
    # The inbound message (or the refused outbound one) that opted them out; no foreign key,
    # as for conversations.last_inbound_id.
    message_id: Mapped[int | None] = mapped_column(Integer)


class TemplateRow(Base):
    """A saved reply with ``{variables}``; shared with the team when ``owner_id`` is NULL."""

    __tablename__ = "templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(TEMPLATE_NAME_LENGTH))
    body: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_templates_owner_id_name", "owner_id", "name"),)


class MediaRow(Base):
    """One picture of a message (MMS), in order, and what the worker made of it.

    ``state``: ``pending`` (to fetch), ``cached`` (in the disk cache under ``cache_key``),
    ``rejected`` (not an image we decode, or too big: ``error`` says why) or ``failed`` (the
    fetch failed: ``error`` says why).
    """

    __tablename__ = "media"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(Integer, ForeignKey("messages.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    url: Mapped[str] = mapped_column(Text)
    content_type: Mapped[str] = mapped_column(
        String(CONTENT_TYPE_LENGTH), default="", server_default=""
    )
    size_bytes: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))
    cache_key: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Its size as shown, from its header (so its box is laid out before it is decoded).
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_media_message_id_position", "message_id", "position", unique=True),
        Index("ix_media_state", "state"),
    )


class SetAsideRow(Base):
    """An inbound record from the gateway that could not be stored, kept for an administrator.

    One bad record (an empty sender, a broken character, a page entry with no date) must
    never stop the messages after it: it is kept here as the gateway gave it, with the
    reason, and polling moves on. ``record_key`` is its gateway sid, or a hash of the raw
    record when it has no usable sid, so re-reading the same record adds nothing.
    An administrator sees the undismissed ones (the app's notice, ``smsdesk doctor``);
    "Try again" sets ``retry_requested_at`` for the desk that polls to fetch and store it
    again (the row goes once it is stored); "Dismiss" sets ``dismissed_at``.
    """

    __tablename__ = "set_aside"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_key: Mapped[str] = mapped_column(String(SET_ASIDE_KEY_LENGTH), unique=True)
    # The sid as shown (escaped and cut to fit when it was itself the problem).
    gateway_sid: Mapped[str | None] = mapped_column(String(GATEWAY_SID_LENGTH))
    # The record's fields as the gateway gave them, as JSON with every non-ASCII character
    # escaped (a lone surrogate or a NUL is kept, and storable, as \ud800 or \u0000).
    raw: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    # When the gateway says the SMS was sent, if it could be read.
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    set_aside_at: Mapped[datetime] = mapped_column(UTCDateTime())
    retry_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    dismissed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


SEARCH_INDEX_PREFIX = "messages_fts"


def is_search_index(name: str | None) -> bool:
    """True for the full-text search objects the migrations make outside these models.

    SQLite's FTS5 table ``messages_fts`` (with its shadow tables and triggers) and
    PostgreSQL's expression index ``messages_fts_body``, its word statistics
    ``messages_fts_words`` and the stored folded text ``messages.messages_fts_folded`` (a
    column of PostgreSQL alone) cannot be declared as models; the schema comparison must skip
    them instead of asking to drop them.
    """
    return name is not None and name.startswith(SEARCH_INDEX_PREFIX)


# The Core tables behind the models, for the store's bulk statements.
conversations = cast(Table, ConversationRow.__table__)
messages = cast(Table, MessageRow.__table__)
outbox = cast(Table, OutboxRow.__table__)
team_lease = cast(Table, TeamLeaseRow.__table__)
sync_state = cast(Table, SyncStateRow.__table__)
users = cast(Table, UserRow.__table__)
conversation_reads = cast(Table, ConversationReadRow.__table__)
sign_in_failures = cast(Table, SignInFailureRow.__table__)
remembered_sign_ins = cast(Table, RememberedSignInRow.__table__)
contacts = cast(Table, ContactRow.__table__)
contact_numbers = cast(Table, ContactNumberRow.__table__)
opt_outs = cast(Table, OptOutRow.__table__)
templates = cast(Table, TemplateRow.__table__)
media = cast(Table, MediaRow.__table__)
set_aside = cast(Table, SetAsideRow.__table__)

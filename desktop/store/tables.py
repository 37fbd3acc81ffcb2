"""The database schema of SMS Desk as SQLAlchemy Core tables.

These tables describe the schema; the Alembic migrations in ``migrations/`` create it, and
a test proves the two agree. The store reads and writes through Core statements built from
these tables, and hands out frozen dataclasses. They are plain ``Table`` objects, not ORM
models: nothing here (or in the store) imports ``sqlalchemy.orm``, which would cost every
start the time to load and map it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
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
    and_,
    false,
    literal_column,
    text,
)

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


# The shared metadata of every table, with its naming convention.
metadata = MetaData(naming_convention=NAMING_CONVENTION)


# One conversation per peer number, with a denormalised summary for the chat list.
#
# The summary (``last_*``, ``last_inbound_id``) is kept up to date by every write that adds
# or changes an SMS, so listing a page of conversations never scans ``messages``. Read state
# is per colleague (``conversation_reads``); ownership (``owner_id``) is changed only by
# single conditional UPDATEs, so two desks can never both win it.
conversations = Table(
    "conversations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("peer_number", String(PEER_NUMBER_LENGTH), nullable=False, unique=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("last_activity_at", UTCDateTime(), nullable=False),
    # Conversations and messages point at each other; use_alter lets PostgreSQL add this
    # key after both tables exist. SET NULL so deleting a message never blocks on it.
    Column(
        "last_message_id",
        Integer,
        ForeignKey("messages.id", ondelete="SET NULL", use_alter=True),
        nullable=True,
    ),
    Column(
        "last_message_preview",
        String(PREVIEW_LENGTH),
        nullable=False,
        default="",
        server_default="",
    ),
    Column("last_direction", String(16), nullable=True),
    Column("last_status", String(16), nullable=True),
    Column("archived_at", UTCDateTime(), nullable=True),
    # The colleague answering it. The keys to users have no ON DELETE action, on purpose:
    # accounts are disabled, never deleted, so history stays attached to the person (and
    # SQLite's ALTER TABLE ADD COLUMN, see migration 0004, could add no more anyway).
    Column("owner_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("owner_since", UTCDateTime(), nullable=True),
    Column("dealt_with_at", UTCDateTime(), nullable=True),
    Column("dealt_with_by", Integer, ForeignKey("users.id"), nullable=True),
    # The newest inbound SMS: a conversation is unread for a colleague when this is beyond
    # their read mark, so unread state is decided without touching messages. No foreign key:
    # it is only ever compared with ids, and messages and conversations already point at
    # each other once.
    Column("last_inbound_id", Integer, nullable=True),
    # Bumped by every change to the conversation or its messages: other desks that missed a
    # notification find what changed with one index range (Store.changed_since).
    Column("updated_at", UTCDateTime(), nullable=False),
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

# One SMS, inbound or outbound, or a history line of the conversation.
#
# ``direction``, ``status`` and ``kind`` hold the string values of the ``Direction``,
# ``MessageStatus`` and ``MessageKind`` enums: plain strings, so adding a value needs no
# schema change. History lines (``kind`` other than ``"sms"``) are stored as delivered
# outbound rows without a gateway id, so nothing that sends, polls or counts SMS picks them
# up by accident; the queries that must skip them say ``kind = 'sms'`` as well.
messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "conversation_id",
        Integer,
        ForeignKey("conversations.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("direction", String(16), nullable=False),
    Column("body", Text, nullable=False),
    Column("from_number", String(PEER_NUMBER_LENGTH), nullable=False),
    Column("to_number", String(PEER_NUMBER_LENGTH), nullable=False),
    # The gateway's id: unique, so polling the same window twice can never store twice.
    Column("gateway_sid", String(GATEWAY_SID_LENGTH), nullable=True, unique=True),
    Column("status", String(16), nullable=False),
    Column("error_code", Integer, nullable=True),
    Column("error_message", Text, nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("sent_at", UTCDateTime(), nullable=True),
    Column("delivered_at", UTCDateTime(), nullable=True),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("kind", String(16), nullable=False, default="sms", server_default="sms"),
    # Who sent an outbound SMS or did a history line's action; a transfer's recipient.
    # No ON DELETE action, as for conversations.owner_id.
    Column("user_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("target_user_id", Integer, ForeignKey("users.id"), nullable=True),
    # A message to send later: it waits in the outbox with next_attempt_at at this time.
    Column("scheduled_at", UTCDateTime(), nullable=True),
    # Drop the scheduled message if the peer writes first.
    Column("cancel_if_reply", Boolean, nullable=False, default=False, server_default=false()),
    # Opening a conversation reads its newest page, keyset-paginated backwards.
    Index("ix_messages_conversation_order", "conversation_id", "id"),
    # The status poller looks for outbound messages still at SENT: few rows per status.
    Index("ix_messages_status_created", "status", "created_at"),
)

# Inbound SMS: what an unread count counts (desktop.store.rows.inbound_sms_after), and the
# condition of the index it reads (migration 0015). SQL literals, not bound parameters: a
# planner uses a partial index only for a statement whose condition says the same.
INBOUND_SMS = and_(
    messages.c.direction == literal_column("'inbound'"),
    messages.c.kind == literal_column("'sms'"),
)
# Migration 0015 gives it the same condition on PostgreSQL. Not said here: a postgresql_*
# option loads PostgreSQL's dialect to check it, on every desk (test_what_a_start_loads).
Index(
    "ix_messages_inbound_sms", messages.c.conversation_id, messages.c.id, sqlite_where=INBOUND_SMS
)

# An outbound message that still has to reach the gateway.
#
# ``pending`` rows wait for ``next_attempt_at``; ``in_flight`` rows were handed to the
# gateway and its answer is not recorded yet (after a crash they must be checked, not
# blindly resent). The row is deleted once the outcome is known. ``claimed_by`` and
# ``claim_epoch`` say who made the current attempt (a run of a desk, and in a team the
# poller lease's epoch it held): another claimant's in-flight row is looked up only after
# a grace, because its request may still be on its way to the gateway.
outbox = Table(
    "outbox",
    metadata,
    Column(
        "message_id",
        Integer,
        ForeignKey("messages.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("state", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, default=0, server_default=text("0")),
    Column("next_attempt_at", UTCDateTime(), nullable=False),
    Column("attempt_started_at", UTCDateTime(), nullable=True),
    Column("last_error", Text, nullable=True),
    # Who made the current attempt: the run of the desk (a new id each start) ...
    Column("claimed_by", String(CLAIMANT_LENGTH), nullable=True),
    # ... and, in a team, the epoch of the poller lease it held then (NULL alone).
    Column("claim_epoch", BigInteger, nullable=True),
    Index("ix_outbox_state_next_attempt", "state", "next_attempt_at"),
)

# The fencing token of the team's poller lease (PostgreSQL; unused by a desk alone).
#
# A desk that takes the advisory lock ``lock_key`` increments ``epoch`` and writes the
# backend pid of the connection holding the lock, in the same transaction. A claim of an
# outbox message checks, in its own transaction, that the epoch is still the one its desk
# got and that this pid still holds the lock (``pg_locks``): a desk that lost the lock,
# even mid-cycle, can claim nothing more.
team_lease = Table(
    "team_lease",
    metadata,
    Column("lock_key", BigInteger, primary_key=True, autoincrement=False),
    Column("epoch", BigInteger, nullable=False),
    Column("holder", String(CLAIMANT_LENGTH), nullable=False),
    Column("holder_pid", Integer, nullable=False),
    Column("acquired_at", UTCDateTime(), nullable=False),
)

# Small named values the sync worker keeps between runs (polling watermarks).
sync_state = Table(
    "sync_state",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value_at", UTCDateTime(), nullable=True),
    Column("value_text", Text, nullable=True),
    Column("updated_at", UTCDateTime(), nullable=False),
)

# A staff account: the phone extension signs in, with a scrypt password hash.
#
# ``disabled_at`` is set while the account is disabled; the row is kept so its history
# (and the extension) stays attached to the person.
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("extension", String(EXTENSION_LENGTH), nullable=False, unique=True),
    Column("display_name", String(DISPLAY_NAME_LENGTH), nullable=False),
    # "scrypt$n$r$p$salt$hash": the parameters travel with the hash so they can change later.
    Column("password_hash", String(PASSWORD_HASH_LENGTH), nullable=False),
    # false() renders as 0 on SQLite and false on PostgreSQL, which refuses an integer default.
    Column("is_admin", Boolean, nullable=False, default=False, server_default=false()),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("last_sign_in_at", UTCDateTime(), nullable=True),
    Column("disabled_at", UTCDateTime(), nullable=True),
    # Messages with an id up to this count as read for this colleague: what arrived before
    # they joined is history, not their unread work.
    Column("read_baseline_id", Integer, nullable=False, default=0, server_default=text("0")),
)

# How far one colleague has read one conversation.
#
# Inbound SMS with an id beyond ``read_up_to_id`` (and beyond the colleague's
# ``read_baseline_id``) are unread for them; ``marked_unread`` keeps it unread on purpose
# (Mark as unread, or a transfer to them) until they read it. A missing row means nothing
# read beyond the baseline.
conversation_reads = Table(
    "conversation_reads",
    metadata,
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "conversation_id",
        Integer,
        ForeignKey("conversations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("read_up_to_id", Integer, nullable=False, default=0, server_default=text("0")),
    Column("marked_unread", Boolean, nullable=False, default=False, server_default=false()),
    # Unread "by everyone" reads the furthest read mark of a conversation; the cascade
    # from a deleted conversation needs the same lookup.
    Index("ix_conversation_reads_conversation_id", "conversation_id", "read_up_to_id"),
)

# Wrong sign-ins per typed extension, so the slow-down survives a restart.
#
# Keyed by the extension text as typed (normalised), whether or not an account has it:
# guessing at an unknown extension is slowed down exactly like guessing a password.
sign_in_failures = Table(
    "sign_in_failures",
    metadata,
    Column("extension", String(SIGN_IN_KEY_LENGTH), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_failure_at", UTCDateTime(), nullable=False),
)

# A desk where "Remember me" keeps an account signed in: the SHA-256 digest of the random
# token that desk's OS keyring holds (the token itself is never stored here).
#
# One row per remembered desk or home. Signing out there deletes its row; a new password or
# disabling the account deletes all the account's rows (every remembered desk then asks for
# the password again), and so does deleting the account.
remembered_sign_ins = Table(
    "remembered_sign_ins",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "user_id",
        Integer,
        ForeignKey("users.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("digest", String(REMEMBERED_DIGEST_LENGTH), nullable=False, unique=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("last_used_at", UTCDateTime(), nullable=False),
)

# A contact: the name the chat list shows for its numbers (in ``contact_numbers``).
contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(CONTACT_NAME_LENGTH), nullable=False),
    Column("company", String(COMPANY_LENGTH), nullable=False, default="", server_default=""),
    Column("note", Text, nullable=False, default="", server_default=""),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    # The name and company folded as search compares them, one per line (the store writes
    # it with the contact: searching compares it instead of folding every name each time).
    Column("search_text", Text, nullable=False, default="", server_default=""),
)

# One number of a contact.
#
# The number is the primary key: a number names one contact only, and a conversation finds
# its contact's name with one index lookup on its peer number. ``position`` keeps the
# numbers in the order they were given (the first is the main one), which neither SQLite
# nor PostgreSQL would keep by itself.
contact_numbers = Table(
    "contact_numbers",
    metadata,
    Column("number", String(PEER_NUMBER_LENGTH), primary_key=True),
    Column(
        "contact_id",
        Integer,
        ForeignKey("contacts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("position", Integer, nullable=False, default=0, server_default=text("0")),
)

# A number that asked (STOP) or is known (gateway error 21610) not to get our SMS.
#
# Per desk number: opting out of one business line says nothing about another. The row
# exists while the number is opted out; opting back in (START) deletes it.
opt_outs = Table(
    "opt_outs",
    metadata,
    Column("desk_number", String(PEER_NUMBER_LENGTH), primary_key=True),
    Column("peer_number", String(PEER_NUMBER_LENGTH), primary_key=True, index=True),
    Column("opted_out_at", UTCDateTime(), nullable=False),
    # The keyword they sent ("STOP") or the gateway's error code ("21610").
    Column("reason", String(OPT_OUT_REASON_LENGTH), nullable=False),
    # The inbound message (or the refused outbound one) that opted them out; no foreign key,
    # as for conversations.last_inbound_id.
    Column("message_id", Integer, nullable=True),
)

# A saved reply with ``{variables}``; shared with the team when ``owner_id`` is NULL.
templates = Table(
    "templates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(TEMPLATE_NAME_LENGTH), nullable=False),
    Column("body", Text, nullable=False),
    Column("owner_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Index("ix_templates_owner_id_name", "owner_id", "name"),
)

# One picture of a message (MMS), in order, and what the worker made of it.
#
# ``state``: ``pending`` (to fetch), ``cached`` (in the disk cache under ``cache_key``),
# ``rejected`` (not an image we decode, or too big: ``error`` says why) or ``failed`` (the
# fetch failed: ``error`` says why).
media = Table(
    "media",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "message_id",
        Integer,
        ForeignKey("messages.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("position", Integer, nullable=False, default=0, server_default=text("0")),
    Column("url", Text, nullable=False),
    Column(
        "content_type",
        String(CONTENT_TYPE_LENGTH),
        nullable=False,
        default="",
        server_default="",
    ),
    Column("size_bytes", Integer, nullable=True),
    Column("state", String(16), nullable=False),
    Column("cache_key", String(64), nullable=True),
    Column("error", Text, nullable=True),
    Column("updated_at", UTCDateTime(), nullable=False),
    # Its size as shown, from its header (so its box is laid out before it is decoded).
    Column("width", Integer, nullable=True),
    Column("height", Integer, nullable=True),
    Index("ix_media_message_id_position", "message_id", "position", unique=True),
    Index("ix_media_state", "state"),
)

# An inbound record from the gateway that could not be stored, kept for an administrator.
#
# One bad record (an empty sender, a broken character, a page entry with no date) must
# never stop the messages after it: it is kept here as the gateway gave it, with the
# reason, and polling moves on. ``record_key`` is its gateway sid, or a hash of the raw
# record when it has no usable sid, so re-reading the same record adds nothing.
# An administrator sees the undismissed ones (the app's notice, ``smsdesk doctor``);
# "Try again" sets ``retry_requested_at`` for the desk that polls to fetch and store it
# again (the row goes once it is stored); "Dismiss" sets ``dismissed_at``.
set_aside = Table(
    "set_aside",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("record_key", String(SET_ASIDE_KEY_LENGTH), nullable=False, unique=True),
    # The sid as shown (escaped and cut to fit when it was itself the problem).
    Column("gateway_sid", String(GATEWAY_SID_LENGTH), nullable=True),
    # The record's fields as the gateway gave them, as JSON with every non-ASCII character
    # escaped (a lone surrogate or a NUL is kept, and storable, as \ud800 or \u0000).
    Column("raw", Text, nullable=False),
    Column("reason", Text, nullable=False),
    # When the gateway says the SMS was sent, if it could be read.
    Column("received_at", UTCDateTime(), nullable=True),
    Column("set_aside_at", UTCDateTime(), nullable=False),
    Column("retry_requested_at", UTCDateTime(), nullable=True),
    Column("dismissed_at", UTCDateTime(), nullable=True),
)


SEARCH_INDEX_PREFIX = "messages_fts"


def is_search_index(name: str | None) -> bool:
    """True for the full-text search objects the migrations make outside these tables.

    SQLite's FTS5 table ``messages_fts`` (with its shadow tables and triggers) and
    PostgreSQL's expression index ``messages_fts_body``, its word statistics
    ``messages_fts_words`` and the stored folded text ``messages.messages_fts_folded`` (a
    column of PostgreSQL alone) cannot be declared here; the schema comparison must skip
    them instead of asking to drop them.
    """
    return name is not None and name.startswith(SEARCH_INDEX_PREFIX)

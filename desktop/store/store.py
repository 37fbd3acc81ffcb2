"""The store: every read and write of conversations, messages, contacts, the outbox and sync
state, the team's ownership and read state, and the search over them.

``Store`` is shared by the GUI's store executor, the sync worker and tests. Each public method
opens its own short connection and transaction, commits and closes it, so no connection or
session is ever shared between threads. Methods return frozen dataclasses, never ORM objects,
and every committed write that changes conversations or messages is announced to subscribers
as one ``StoreChange``.

Hot paths (ingest, status updates) are ``executemany`` statements in one transaction (the
inbound insert has a driver-level fast path on SQLite); reads are keyset-paginated over
indexes, never OFFSET. Every conversation read carries its contact's name, found by primary
key. Message search uses the full-text index the migrations keep (FTS5 on SQLite, a GIN index
on PostgreSQL), so changes to contacts that rename conversations are emitted like any other.

Team rules live here, not in the views: who owns a conversation changes only through single
conditional UPDATEs whose WHERE clause holds the rule (``owner_id IS NULL``, ``owner_id =
:me``, ``owner_id = :expected``, or "is an enabled administrator" read from ``users`` in the
same statement), so two desks can never both win, and a refused action raises an error whose
message is a sentence for the person. Read state is per colleague (``conversation_reads``),
and every conversation the store returns shows the unread count of ``Store.viewer``.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Integer,
    Row,
    Select,
    String,
    Text,
    and_,
    any_,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    exists,
    false,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError

from desktop.core.media import PICTURE_PREVIEW
from desktop.core.models import (
    Contact,
    ContactDraft,
    ContactId,
    Conversation,
    ConversationId,
    Direction,
    Message,
    MessageId,
    MessageKind,
    MessageStatus,
    StoreChange,
    UserId,
    utcnow,
)
from desktop.core.optouts import (
    REFUSED,
    OptOut,
    OptOutAction,
    blocked_reason,
    carrier_reason,
    opt_out_action,
    opted_in_line,
    opted_out_line,
)
from desktop.core.phone import format_for_display
from desktop.store.errors import (
    NotAllowed,
    OptedOut,
    OwnedByOther,
    OwnershipChanged,
    StoreError,
    TooLate,
)
from desktop.store.fencing import Claimant, LeaseLost, token_holds
from desktop.store.media_store import MediaItem, MediaQueries
from desktop.store.set_aside_store import SetAsideQueries, UnstorableRecord, text_problem
from desktop.store.tables import (
    COMPANY_LENGTH,
    CONTACT_NAME_LENGTH,
    GATEWAY_SID_LENGTH,
    OPT_OUT_REASON_LENGTH,
    PEER_NUMBER_LENGTH,
    PREVIEW_LENGTH,
    UTCDateTime,
    contact_numbers,
    contacts,
    conversation_reads,
    conversations,
    messages,
    opt_outs,
    outbox,
    sqlite_text,
    sync_state,
    users,
)
from desktop.store.template_store import TemplateQueries

__all__ = [
    "SUPPORTED_DIALECTS",
    "TRANSFER_NOTE_LENGTH",
    "HistoryRecord",
    "ImportResult",
    "InboundRecord",
    "NotAllowed",
    "OptedOut",
    "OutboxItem",
    "OwnedByOther",
    "OwnershipChanged",
    "StatusUpdate",
    "Store",
    "StoreError",
    "TooLate",
    "UnsettledMessage",
    "UnstorableRecord",
    "create_store_engine",
    "fold_for_search",
    "for_writing",
]

logger = logging.getLogger("smsdesk.store")

SUPPORTED_DIALECTS = ("sqlite", "postgresql")

# Outbox states.
PENDING = "pending"
IN_FLIGHT = "in_flight"

# Old SQLite builds allow 999 bound parameters per statement; IN-lists of 500 stay well inside
# that and keep each statement's plan cheap.
_CHUNK = 500

# The SQLite fast path of ingest_inbound: rows per multi-row INSERT (9 parameters each).
_SQLITE_INSERT_ROWS = 500
_SQLITE_INBOUND_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)"
_SQLITE_INBOUND_SQL = (
    "INSERT INTO messages (conversation_id, direction, body, from_number, to_number,"
    " gateway_sid, status, created_at, updated_at) VALUES {values}"
    " ON CONFLICT (gateway_sid) DO NOTHING RETURNING id, gateway_sid"
)

# Execution option that makes a SQLite transaction take the write lock at BEGIN.
_WRITE_OPTION = "smsdesk_write"

# How far along its life each outbound status is; a status update may only move forward.
_STATUS_RANK = {
    MessageStatus.QUEUED: 0,
    MessageStatus.SENDING: 1,
    MessageStatus.SENT: 2,
    MessageStatus.DELIVERED: 3,
    MessageStatus.FAILED: 3,
}

# The SQLite function (registered on every connection) that folds text for name searches.
_FOLD_FUNCTION = "smsdesk_fold"

# How many of the newest matching messages a search reads first (see _search_sqlite).
_SEARCH_PROBE = 2000

# More typed words than this are ignored: nobody searches with a paragraph, and each word
# costs the full-text index a lookup.
_SEARCH_MAX_WORDS = 12

# What unicode61 (FTS5) and PostgreSQL's parser take as a word: letters and digits.
_WORD = re.compile(r"[^\W_]+")
# Text that looks like a phone number as typed: digits and the usual separators only.
_NUMBER_LIKE = re.compile(r"[0-9\s+\-().\/]+")

_TEXT_ARRAY = postgresql.ARRAY(String())
_INT_ARRAY = postgresql.ARRAY(Integer())

# A message holding every typed word, as the start of a word, on PostgreSQL: the expression
# and condition of the partial search index (migration 0007), so the planner can use it.
# Both sides folded by smsdesk_fold: "cafe" finds "Café"; ":*" makes each word a prefix.
_PG_MATCHES = (
    "messages.kind = 'sms' AND to_tsvector('simple', smsdesk_fold(messages.body))"
    " @@ to_tsquery('simple', smsdesk_fold(:tsquery))"
)
# How many messages the planner expects to match, from its statistics of the indexed words
# (constants only: the typed words are a bound parameter).
_PG_MATCHES_ESTIMATE = (
    "EXPLAIN (FORMAT JSON) SELECT 1 FROM messages WHERE " + _PG_MATCHES  # noqa: S608
)
# Up to this many matching messages expected, a search reads them all from the index (a few
# milliseconds); above, it walks the newest conversations (see _conversations_with_words).
_PG_SEARCH_FROM_INDEX = 5_000
# How many of the newest conversations such a walk tests before it leaves it to the index.
_PG_SEARCH_WALK = 2_000
# Up to this many numbers of contacts found by name, a search on PostgreSQL binds them as a
# list; beyond, it finds them again in a subquery (see _search_postgresql).
_PG_NAMED_LIST = 1_000

# The statuses an imported message may have: history is never sent again.
_HISTORY_INBOUND = frozenset({MessageStatus.RECEIVED})
_HISTORY_OUTBOUND = frozenset({MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.FAILED})

# The SQLite fast path of import_history: rows per multi-row INSERT (14 parameters each).
_SQLITE_HISTORY_ROWS = 400
_SQLITE_HISTORY_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_SQLITE_HISTORY_SQL = (
    "INSERT INTO messages (conversation_id, direction, body, from_number, to_number,"
    " gateway_sid, status, error_code, error_message, created_at, sent_at, delivered_at,"
    " user_id, updated_at) VALUES {values}"
    " ON CONFLICT (gateway_sid) DO NOTHING RETURNING id"
)

# The longest note a transfer carries (after stripping).
TRANSFER_NOTE_LENGTH = 500

_SMS = MessageKind.SMS.value
_INBOUND = Direction.INBOUND.value

_T = TypeVar("_T")


# A reply cancels a scheduled message only if the user scheduled it before the reply was
# sent; the gateway's clock and ours may differ by this much.
_REPLY_CLOCK_TOLERANCE = timedelta(seconds=30)


@dataclass(frozen=True, slots=True)
class InboundRecord:
    """An inbound SMS as the gateway reported it, already normalised by the caller.

    Attributes:
        sid: the gateway's message id (the de-duplication key).
        peer_number: the sender, E.164 or an alphanumeric sender id.
        desk_number: our number it was sent to.
        body: the text.
        created_at: when the gateway received it; any aware datetime, kept as UTC.
        status: the gateway's own status word, for the caller's logs; the store records every
            inbound message as ``MessageStatus.RECEIVED``.
    """

    sid: str
    peer_number: str
    desk_number: str
    body: str
    created_at: datetime
    status: str = "received"

    def __post_init__(self) -> None:
        """Refuse what the database cannot keep, saying why for an administrator.

        Raises:
            UnstorableRecord: (a ValueError) an empty or too long sid or number, or text
                that is not storable (see ``text_problem``); the sync engine sets such a
                record aside instead of letting it stop the others.
        """
        if not self.sid:
            raise UnstorableRecord("The gateway gave it no message id.")
        if len(self.sid) > GATEWAY_SID_LENGTH:
            raise UnstorableRecord(
                f"Its message id is longer than {GATEWAY_SID_LENGTH} characters."
            )
        _check_number(self.peer_number, "The sender")
        _check_number(self.desk_number, "The number it was sent to")
        # A burst checks thousands: plain text (nearly all) costs a few C calls per field.
        body, peer, desk, sid = self.body, self.peer_number, self.desk_number, self.sid
        if (
            "\x00" in body
            or "\x00" in peer
            or "\x00" in desk
            or "\x00" in sid
            or not (body.isascii() and peer.isascii() and desk.isascii() and sid.isascii())
        ):
            for value, what in (
                (body, "Its text"),
                (peer, "The sender"),
                (desk, "The number it was sent to"),
                (sid, "Its message id"),
            ):
                if problem := text_problem(value, what):
                    raise UnstorableRecord(problem)
        # Normalised once here, so the store and every reader see UTC.
        object.__setattr__(self, "created_at", _aware(self.created_at))


@dataclass(frozen=True, slots=True)
class HistoryRecord:
    """A message from history kept elsewhere (another system, an export), to import as it is.

    Attributes:
        peer_number: the other side, E.164 or an alphanumeric sender id.
        desk_number: our number.
        direction: inbound (from the peer) or outbound (from the desk).
        body: the text.
        created_at: when it was sent; any aware datetime, kept as UTC.
        status: outbound: DELIVERED, SENT or FAILED (never QUEUED or SENDING: history is not
            sent again); inbound: RECEIVED.
        sid: the gateway's id, if known (an import skips ids stored already).
        error_code: a failure's gateway error code.
        error_message: a failure's reason, in words a person understands.
        user_id: the colleague who sent an outbound message, if known.
    """

    peer_number: str
    desk_number: str
    direction: Direction
    body: str
    created_at: datetime
    status: MessageStatus = MessageStatus.DELIVERED
    sid: str | None = None
    error_code: int | None = None
    error_message: str | None = None
    user_id: UserId | None = None

    def __post_init__(self) -> None:
        _check_number(self.peer_number)
        _check_number(self.desk_number)
        if self.sid is not None and not 0 < len(self.sid) <= GATEWAY_SID_LENGTH:
            raise ValueError(f"gateway sid must be 1-{GATEWAY_SID_LENGTH} characters: {self.sid!r}")
        inbound = self.direction is Direction.INBOUND
        allowed = _HISTORY_INBOUND if inbound else _HISTORY_OUTBOUND
        if self.status not in allowed:
            raise ValueError(f"an imported {self.direction} message cannot be {self.status}")
        object.__setattr__(self, "created_at", _aware(self.created_at))


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """An outbound message waiting in the outbox, with what it takes to send it.

    Attributes:
        message_id: the message.
        conversation_id: its conversation.
        to_number: where it goes.
        body: the text.
        state: ``"pending"`` (waiting for ``next_attempt_at``) or ``"in_flight"`` (handed to
            the gateway, outcome not recorded yet).
        attempts: how many times sending was started.
        next_attempt_at: when to try (pending) or check (in flight) next.
        attempt_started_at: when the last attempt started.
        created_at: when the message was written.
        claimed_by: the run of the desk that made the last attempt (None before 0009).
        claim_epoch: the team lease epoch it made it under (None for a desk alone).
    """

    message_id: MessageId
    conversation_id: ConversationId
    to_number: str
    body: str
    state: str
    attempts: int
    next_attempt_at: datetime
    attempt_started_at: datetime | None
    created_at: datetime
    claimed_by: str | None = None
    claim_epoch: int | None = None


@dataclass(frozen=True, slots=True)
class StatusUpdate:
    """A status change the gateway reported for one of our outbound messages.

    Attributes:
        sid: the gateway's message id.
        status: the new status.
        error_code: the gateway's error code, for failures.
        error_message: the reason, in words a person understands.
        sent_at: when the gateway sent it, if it says.
        delivered_at: when it was delivered, if the gateway says.
        opt_out: it failed because the recipient unsubscribed at the carrier.
    """

    sid: str
    status: MessageStatus
    error_code: int | None = None
    error_message: str | None = None
    sent_at: datetime | None = None
    delivered_at: datetime | None = None
    opt_out: bool = False


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What ``Store.import_contacts`` did; each imported draft counts once.

    Attributes:
        added: drafts that became new contacts.
        updated: drafts merged into a contact that gained numbers, a company or a note.
        unchanged: drafts merged into a contact that had everything they held already.
    """

    added: int
    updated: int
    unchanged: int


@dataclass(slots=True)
class _MergeState:
    """What an import needs to know of a contact it merges drafts into."""

    name: str
    company: str
    note: str
    count: int  # how many numbers it has: the next number's position


@dataclass(frozen=True, slots=True)
class UnsettledMessage:
    """An outbound message the gateway accepted whose final status is not known yet."""

    message_id: MessageId
    sid: str
    status: MessageStatus


_POSTGRES_POOL_SIZE = 1


def create_store_engine(url: str) -> Engine:
    """Create the engine for a database URL with the connection settings the store relies on.

    For SQLite: creates the file and its folder readable by their owner only (0600 / 0700,
    see ``_private_database_file``), and on every connection turns on WAL (readers never
    wait for the writer), ``synchronous=FULL`` (a stored message survives power loss), foreign
    keys and a 10 s busy timeout; transactions are begun by SQLAlchemy so reads are consistent
    and writes take the lock up front (see ``for_writing``).

    The URL is parsed by ``desktop.store.urls.normalize_url`` where that module exists (it
    settles the PostgreSQL driver and connection settings), else by SQLAlchemy's ``make_url``.

    Args:
        url: any SQLAlchemy URL of a supported dialect.

    Returns:
        The engine; nothing is connected yet.

    Raises:
        StoreError: the URL is malformed, of an unsupported database, or an in-memory SQLite
            database, or the database's folder cannot be created.
    """
    try:
        parsed = _parse_url(url)
    except (ArgumentError, ValueError):
        # Not echoed: the address may hold a password.
        raise StoreError(
            "The database URL in Settings is not valid. Examples: "
            "sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms"
        ) from None
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_DIALECTS:
        raise StoreError(
            f"SMS Desk cannot keep its data in a {backend} database; use SQLite or PostgreSQL."
        )
    if backend != "sqlite":
        # hide_parameters: a failed statement's text must not carry message bodies or
        # password hashes into logs and error messages.
        # One pooled connection, kept open: with the team connection (LISTEN and the poller
        # lease) a desk holds two connections to the team's server, whatever its threads do,
        # so twenty desks fit PostgreSQL's default of 100 with room to spare. The store's
        # threads take turns on it (each call is one short transaction); pre-ping replaces
        # it after a server restart.
        return create_engine(
            parsed,
            pool_pre_ping=True,
            pool_size=_POSTGRES_POOL_SIZE,
            max_overflow=0,
            hide_parameters=True,
        )

    database = parsed.database or ""
    uri = str(parsed.query.get("uri", "")).lower() in ("1", "true")
    mode = str(parsed.query.get("mode", ""))
    if database in ("", ":memory:") or mode == "memory" or database.startswith("file::memory:"):
        # Each pooled connection would see its own empty database: threads would disagree.
        raise StoreError("SMS Desk needs a database file; an in-memory SQLite database won't do.")
    if not uri:
        _private_database_file(Path(database))
    engine = create_engine(parsed, hide_parameters=True)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _private_database_file(path: Path) -> None:
    """Make the SQLite file readable by its owner only: messages and password hashes.

    Missing folders are created 0700 and a missing file is created 0600 before SQLite opens
    it; SQLite gives its -wal, -shm and -journal files the database file's mode. Files an
    older version left 0644 are made 0600, and their folder 0700 when it holds nothing but
    this database (a folder of other things is the user's to decide).

    Raises:
        StoreError: the folder or the file cannot be created.
    """
    from desktop.private_files import (
        PRIVATE_DIR,
        create_private_file,
        make_private,
        make_private_dir,
        make_private_files_in,
    )

    folder = path.parent
    if not folder.exists():
        try:
            make_private_dir(folder)
        except OSError as exc:
            raise StoreError(f"Cannot create the database folder {folder}: {exc}") from exc
    try:
        create_private_file(path)
    except OSError as exc:
        raise StoreError(f"Cannot open the database {path}: {exc.strerror or exc}") from exc
    own = [path.name + suffix for suffix in ("", "-wal", "-shm", "-journal")]
    make_private_files_in(folder, [name for name in own if (folder / name).exists()])
    try:
        others = [entry.name for entry in folder.iterdir() if entry.name not in own]
    except OSError:
        return
    if not others:
        make_private(folder, PRIVATE_DIR)


def _parse_url(url: str) -> URL:
    # Imported here, not at the top: the URL module is optional, and may import the store.
    try:
        from desktop.store.urls import normalize_url
    except ImportError:
        return make_url(url)
    return normalize_url(url)


def for_writing(engine: Engine) -> Engine:
    """Return a view of the engine whose transactions are meant to write.

    On SQLite they begin with ``BEGIN IMMEDIATE``: a deferred transaction that reads first
    and writes later fails at once with "database is locked" when another connection wrote
    in between, whereas an immediate one waits its turn (busy timeout) before reading.
    Other databases ignore the option.
    """
    return engine.execution_options(**{_WRITE_OPTION: True})


_WAL_AUTOCHECKPOINT_PAGES = 10_000


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN (see _sqlite_on_begin): the sqlite3 module's own transaction
    # handling skips BEGIN before SELECT, which would split a read-modify-write in two.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # The busy timeout first, so switching to WAL waits for a lock instead of failing.
        cursor.execute("PRAGMA busy_timeout=10000")
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            logger.warning("SQLite refused WAL mode (it kept %s); writes will block readers", mode)
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Name searches compare text folded in Python: SQLite folds only ASCII letters.
        dbapi_connection.create_function(_FOLD_FUNCTION, 1, fold_for_search, deterministic=True)
        # 64 MiB of page cache (the default is 2 MiB; it fills only as pages are read): an
        # ingest touching thousands of conversations in a large database stays in memory.
        cursor.execute("PRAGMA cache_size=-65536")
        # SQLite copies the WAL back into the database file (and syncs it) inside the commit
        # that takes the WAL past this many pages: 1000 by default, which a burst of a few
        # thousand messages passes, so the checkpoint (0.1-0.2 s) lands in the middle of
        # ingest. The sync worker checkpoints after each cycle that wrote (Store.checkpoint);
        # this bound only stops the WAL growing without end (about 40 MB) when it does not.
        cursor.execute(f"PRAGMA wal_autocheckpoint={_WAL_AUTOCHECKPOINT_PAGES}")
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get(_WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _aware(value: datetime | None, *, default_now: bool = False) -> datetime:
    """Return ``value`` as aware UTC (or now, when allowed and None); refuse naive datetimes."""
    if value is None:
        if default_now:
            return utcnow()
        raise ValueError("a datetime is required")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}: the store needs an aware UTC datetime")
    return value.astimezone(UTC)


def _check_number(number: str, what: str = "A number") -> None:
    """Refuse a number (or sender id) the ``peer_number`` columns cannot hold.

    Raises:
        UnstorableRecord: (a ValueError) it is empty or longer than 32 characters; the
            sentence names it as ``what`` ("The sender") and never repeats it.
    """
    if not number:
        raise UnstorableRecord(f"{what} is empty.")
    if len(number) > PEER_NUMBER_LENGTH:
        raise UnstorableRecord(f"{what} is longer than {PEER_NUMBER_LENGTH} characters.")


def fold_for_search(value: str | None) -> str | None:
    """Fold text so that searching ignores case and accents: "Zoë" and "ZOE" both give "zoe".

    Compatibility decomposition, combining marks dropped, then ``casefold``; None stays None
    (SQL NULL).
    """
    if value is None:
        return None
    if value.isascii():  # nothing to decompose; lower() is casefold() for ASCII
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _contact_search_text(name: str, company: str) -> str:
    """What ``contacts.search_text`` holds: name and company folded, one per line."""
    return f"{fold_for_search(name)}\n{fold_for_search(company)}"


def _typed_digits(text: str, *, minimum: int = 1) -> str:
    """The digits of ``text`` when it looks like a number ("+1 (415) 555"), else "".

    Text with letters is a name or words, not a number: "Room 101" must not list every
    number containing 101.
    """
    if not _NUMBER_LIKE.fullmatch(text):
        return ""
    digits = "".join(ch for ch in text if "0" <= ch <= "9")
    return digits if len(digits) >= minimum else ""


def _search_words(text: str) -> list[str]:
    """The words of a search, as the full-text index splits text: runs of letters and digits.

    Everything else (quotes, ``*``, parentheses, ``-``) separates words, so nothing typed can
    become search syntax.
    """
    return _WORD.findall(unicodedata.normalize("NFC", text))[:_SEARCH_MAX_WORDS]


def _fts5_query(words: Sequence[str]) -> str:
    """An FTS5 query matching rows that contain every word as the start of a word.

    Each word is a quoted string (so ``AND``, ``NEAR`` or ``OR`` are words, not operators)
    followed by ``*`` (prefix). The words hold no quotes, but any are doubled all the same,
    as FTS5 requires.
    """
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def _json_values(values: Iterable[Any]) -> Select[Any]:
    """``SELECT value FROM json_each(?)``: a list of any length as one SQLite parameter."""
    return select(literal_column("value")).select_from(
        func.json_each(bindparam(None, json.dumps(list(values)), type_=String()))
    )


def _clean_draft(draft: ContactDraft) -> tuple[str, tuple[str, ...], str, str]:
    """Check a contact before it is stored; return its name, numbers, company and note.

    Raises:
        StoreError: no name, a name or company too long, or no number.
        ValueError: a number is empty or too long to be a number.
    """
    name = draft.name.strip()
    if not name:
        raise StoreError("A contact needs a name.")
    if len(name) > CONTACT_NAME_LENGTH:
        raise StoreError(
            f"The name “{name[:40]}…” is too long: at most {CONTACT_NAME_LENGTH} characters."
        )
    company = draft.company.strip()
    if len(company) > COMPANY_LENGTH:
        raise StoreError(f"The company of {name} is too long: at most {COMPANY_LENGTH} characters.")
    numbers = tuple(dict.fromkeys(number.strip() for number in draft.numbers if number.strip()))
    if not numbers:
        raise StoreError(f"{name} needs at least one number.")
    for number in numbers:
        _check_number(number)
    return name, numbers, company, draft.note.strip()


def _preview(body: str) -> str:
    """The chat list's one-line preview of a message: whitespace collapsed, at most 200 chars."""
    return " ".join(body.split())[:PREVIEW_LENGTH]


def _chunks(items: Sequence[_T], size: int = _CHUNK) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# Who owns a conversation, and how far the store's viewer has read it: joined by primary key
# per row, like the contact's name.
_owner = users.alias("owner_user")
_viewer_read = conversation_reads.alias("viewer_read")

# Every conversation read names its contact: one primary-key lookup of the peer number in
# contact_numbers, then one in contacts, per row, so pages stay as fast as without names.
_CONVERSATION_FROM = conversations.outerjoin(
    contact_numbers, contact_numbers.c.number == conversations.c.peer_number
).outerjoin(contacts, contacts.c.id == contact_numbers.c.contact_id)

# In the order of Message's fields, so a row maps positionally.
_MESSAGE_COLUMNS = (
    messages.c.id,
    messages.c.conversation_id,
    messages.c.direction,
    messages.c.body,
    messages.c.status,
    messages.c.created_at,
    messages.c.gateway_sid,
    messages.c.error_code,
    messages.c.error_message,
    messages.c.sent_at,
    messages.c.delivered_at,
    messages.c.kind,
    messages.c.user_id,
    messages.c.target_user_id,
    messages.c.scheduled_at,
    messages.c.cancel_if_reply,
)

_OUTBOX_COLUMNS = (
    outbox.c.message_id,
    messages.c.conversation_id,
    messages.c.to_number,
    messages.c.body,
    outbox.c.state,
    outbox.c.attempts,
    outbox.c.next_attempt_at,
    outbox.c.attempt_started_at,
    messages.c.created_at,
    outbox.c.claimed_by,
    outbox.c.claim_epoch,
)


def _greatest(a: Any, b: Any) -> ColumnElement[Any]:
    """The larger of two values (SQLite's max(a, b) and PostgreSQL's greatest(), portably)."""
    return case((a > b, a), else_=b)


def _inbound_sms_after(read_point: Any) -> ColumnElement[int]:
    """Count the conversation's inbound SMS with an id beyond ``read_point`` (correlated).

    A range of ``ix_messages_conversation_order``; only rows after the read mark are visited.
    """
    m = messages.c
    return (
        select(func.count())
        .select_from(messages)
        .where(
            m.conversation_id == conversations.c.id,
            m.id > read_point,
            m.direction == _INBOUND,
            m.kind == _SMS,
        )
        .scalar_subquery()
    )


def _baseline_of(user_id: int) -> ColumnElement[int]:
    """The colleague's read baseline (0 for an unknown id): one lookup per statement."""
    baseline = select(users.c.read_baseline_id).where(users.c.id == user_id).scalar_subquery()
    return func.coalesce(baseline, 0)


def _unread_for(viewer: int | None) -> ColumnElement[int]:
    """The unread count of the conversation in the row, as ``viewer`` sees it.

    For a colleague: inbound SMS beyond both their read mark and their baseline, or 1 when
    they marked it unread and nothing newer arrived. With no viewer: inbound SMS beyond the
    furthest read mark of anyone ("unread by everyone"), ignoring marks of unread. The count
    is only taken when ``last_inbound_id`` says there is something to count, so a page of read
    conversations costs no message lookups at all.
    """
    c = conversations.c
    if viewer is None:
        # Correlated explicitly: it is also nested inside the count of messages below, where
        # auto-correlation would only look one level up and miss the conversation.
        furthest = (
            select(func.max(conversation_reads.c.read_up_to_id))
            .where(conversation_reads.c.conversation_id == c.id)
            .correlate(conversations)
        )
        read_point: Any = func.coalesce(furthest.scalar_subquery(), 0)
        return case(
            (c.last_inbound_id > read_point, _inbound_sms_after(read_point)), else_=literal(0)
        )
    read_point = _greatest(func.coalesce(_viewer_read.c.read_up_to_id, 0), _baseline_of(viewer))
    return case(
        (c.last_inbound_id > read_point, _inbound_sms_after(read_point)),
        (_viewer_read.c.marked_unread == true(), literal(1)),
        else_=literal(0),
    )


def _select_conversation_rows(
    viewer: int | None, desk_number: str | None, *extra: Any
) -> Select[Any]:
    """SELECT the columns ``_conversation`` maps (then ``extra``), as ``viewer`` sees them.

    Contact name, owner, the viewer's read mark and the number's opt-out of
    ``desk_number`` are each found by primary key.
    """
    c = conversations.c
    source = _CONVERSATION_FROM.outerjoin(_owner, _owner.c.id == c.owner_id)
    if desk_number:
        source = source.outerjoin(
            opt_outs,
            and_(
                opt_outs.c.desk_number == desk_number,
                opt_outs.c.peer_number == c.peer_number,
            ),
        )
        opted: tuple[Any, ...] = (opt_outs.c.opted_out_at, opt_outs.c.reason)
    else:
        opted = (
            literal(None, UTCDateTime()).label("opted_out_at"),
            literal(None, String()).label("reason"),
        )
    if viewer is not None:
        source = source.outerjoin(
            _viewer_read,
            and_(_viewer_read.c.conversation_id == c.id, _viewer_read.c.user_id == viewer),
        )
    return select(
        c.id,
        c.peer_number,
        c.last_activity_at,
        c.last_message_preview,
        c.last_direction,
        c.last_status,
        _unread_for(viewer).label("unread_count"),
        c.archived_at,
        contacts.c.name.label("display_name"),
        c.owner_id,
        _owner.c.display_name.label("owner_name"),
        _owner.c.extension.label("owner_extension"),
        c.dealt_with_at,
        *opted,
        *extra,
    ).select_from(source)


def _label(display_name: str, extension: str) -> str:
    """A colleague as others see them: ``"Anna Smith (101)"`` (as ``User.label``)."""
    return f"{display_name} ({extension})"


def _conversation(row: Row[Any]) -> Conversation:
    (
        cid,
        peer,
        last_at,
        preview,
        direction,
        status,
        unread,
        archived_at,
        name,
        owner_id,
        owner_name,
        owner_extension,
        dealt_with_at,
        opted_out_at,
        opt_out_reason,
    ) = row[:15]
    owned = owner_id is not None and owner_name is not None
    return Conversation(
        id=ConversationId(cid),
        peer_number=peer,
        last_activity_at=last_at,
        last_message_preview=preview,
        last_direction=Direction(direction) if direction else None,
        last_status=MessageStatus(status) if status else None,
        unread_count=int(unread or 0),
        archived=archived_at is not None,
        display_name=name,
        owner_id=UserId(owner_id) if owned else None,
        owner_label=_label(owner_name, owner_extension) if owned else None,
        dealt_with_at=dealt_with_at,
        opted_out_at=opted_out_at,
        opt_out_reason=opt_out_reason if opted_out_at is not None else None,
    )


def _message(row: Row[Any]) -> Message:
    (
        mid,
        cid,
        direction,
        body,
        status,
        created_at,
        sid,
        error_code,
        error_message,
        sent_at,
        delivered_at,
        kind,
        user_id,
        target_user_id,
        scheduled_at,
        cancel_if_reply,
    ) = row
    return Message(
        MessageId(mid),
        ConversationId(cid),
        Direction(direction),
        body,
        MessageStatus(status),
        created_at,
        sid,
        error_code,
        error_message,
        sent_at,
        delivered_at,
        MessageKind(kind),
        UserId(user_id) if user_id is not None else None,
        UserId(target_user_id) if target_user_id is not None else None,
        scheduled_at,
        bool(cancel_if_reply),
    )


def _opt_out(row: Row[Any]) -> OptOut:
    return OptOut(row.desk_number, row.peer_number, row.opted_out_at, row.reason, row.message_id)


# The parameters of a summary update that moves only activity and the newest inbound id.
_ACTIVITY_KEYS = ("b_id", "b_at", "b_inbound")


def _summary_update(now: datetime, *, whole: bool, **extra: Any) -> Any:
    """An executemany UPDATE of conversation summaries from ``b_*`` parameters.

    ``whole``: the newest message (id, preview, direction, status) as well as the activity
    time and newest inbound id; else only those two. ``extra`` values are set as given.
    """
    values: dict[str, Any] = {
        "last_activity_at": bindparam("b_at", type_=UTCDateTime()),
        "last_inbound_id": bindparam("b_inbound", type_=Integer()),
        "updated_at": now,
        **extra,
    }
    if whole:
        values |= {
            "last_message_id": bindparam("b_mid", type_=Integer()),
            "last_message_preview": bindparam("b_preview", type_=String()),
            "last_direction": bindparam("b_direction", type_=String()),
            "last_status": bindparam("b_status", type_=String()),
        }
    return (
        update(conversations)
        .where(conversations.c.id == bindparam("b_id", type_=Integer()))
        .values(values)
    )


def _history_row(record: HistoryRecord, cid: int) -> dict[str, Any]:
    """The columns an imported record is stored with (but ``updated_at``), in the order of
    ``_SQLITE_HISTORY_SQL``."""
    inbound = record.direction is Direction.INBOUND
    at = record.created_at
    return {
        "conversation_id": cid,
        "direction": record.direction.value,
        "body": record.body,
        "from_number": record.peer_number if inbound else record.desk_number,
        "to_number": record.desk_number if inbound else record.peer_number,
        "gateway_sid": record.sid,
        "status": record.status.value,
        "error_code": record.error_code,
        "error_message": record.error_message,
        "created_at": at,
        "sent_at": None if inbound or record.status is MessageStatus.FAILED else at,
        "delivered_at": at if record.status is MessageStatus.DELIVERED else None,
        "user_id": record.user_id,
    }


def _history_message(mid: int, cid: int, record: HistoryRecord) -> Message:
    """The Message an imported record became (as import_history stores it)."""
    row = _history_row(record, cid)
    return Message(
        MessageId(mid),
        ConversationId(cid),
        record.direction,
        record.body,
        record.status,
        record.created_at,
        record.sid,
        record.error_code,
        record.error_message,
        row["sent_at"],
        row["delivered_at"],
        MessageKind.SMS,
        record.user_id,
    )


def _outbox_item(row: Row[Any]) -> OutboxItem:
    return OutboxItem(*row)


def _enabled(user_id: int) -> ColumnElement[bool]:
    """True while the account exists and is not disabled (evaluated inside the statement)."""
    u = users.c
    return exists(select(literal(1)).where(u.id == user_id, u.disabled_at.is_(None)))


def _enabled_admin(user_id: int) -> ColumnElement[bool]:
    """True while the account is an enabled administrator (evaluated inside the statement)."""
    u = users.c
    return exists(
        select(literal(1)).where(u.id == user_id, u.is_admin == true(), u.disabled_at.is_(None))
    )


def _may_handle(user_id: int) -> ColumnElement[bool]:
    """The rule for dealt-with and archiving: unowned, owned by them, or they are an admin."""
    c = conversations.c
    return or_(c.owner_id.is_(None), c.owner_id == user_id, _enabled_admin(user_id))


class Store(TemplateQueries, MediaQueries, SetAsideQueries):
    """Conversations, messages, contacts, the outbox, sync state and team state in one database.

    Safe to use from several threads at once: each call has its own connection and
    transaction. Writes that change conversations or messages (including a contact change
    that renames conversations) call the subscribers after they commit, in the calling
    thread.

    Attributes:
        url: the database URL, without its password.
        dialect: the database kind, ``"sqlite"`` or ``"postgresql"``.
        viewer: whose read state ``Conversation.unread_count`` shows, in every conversation
            the store returns or emits: the signed-in colleague. None (the default) shows
            what nobody has read yet; ``mark_read`` and ``mark_unread`` then need a
            ``user_id``. Set it when someone signs in, before the views read.
        desk_number: whose opt-outs ``Conversation.opted_out_at`` shows: the desk's own
            number (set with the gateway, before the views read); None shows none.
    """

    def __init__(self, engine: Engine) -> None:
        """Use an engine made by ``create_store_engine`` whose schema is at head.

        ``open_store`` is the usual way in: it also migrates.
        """
        self._engine = engine
        self._writer = for_writing(engine)
        self._upsert = sqlite.insert if engine.dialect.name == "sqlite" else postgresql.insert
        self._subscribers: list[Callable[[StoreChange], None]] = []
        self._subscribers_lock = threading.Lock()
        # Tests turn this off to run ingest through the portable Core statement.
        self._sqlite_fast_ingest = True
        self.viewer: UserId | None = None
        self.desk_number: str | None = None

    # -- lifecycle -----------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The database URL, with any password hidden."""
        return self._engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        """The database kind: ``"sqlite"`` or ``"postgresql"``."""
        return self._engine.dialect.name

    @property
    def engine(self) -> Engine:
        """The engine, for modules that keep their own tables in this database (accounts).

        They follow the store's rules: one short connection per call, and
        ``for_writing(store.engine)`` for a transaction that writes.
        """
        return self._engine

    def close(self) -> None:
        """Close every pooled connection."""
        self._engine.dispose()

    def checkpoint(self) -> None:
        """Copy what the SQLite write-ahead log holds into the database file, if it can.

        Passive: it waits for no reader or writer and copies what is not in use. The sync
        worker calls it after a cycle that wrote, once the change is on its way to the
        window, so a burst never pays for it. Nothing to do on PostgreSQL.
        """
        if self._engine.dialect.name != "sqlite":
            return
        raw = self._writer.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)").close()
        finally:
            raw.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- change events -------------------------------------------------------------------

    def subscribe(self, callback: Callable[[StoreChange], None]) -> Callable[[], None]:
        """Call ``callback`` with each committed ``StoreChange``, in the committing thread.

        A callback that raises is logged and does not affect the write or other callbacks.

        Args:
            callback: receives the change; it runs in whichever thread wrote, so a Qt model
                must hop to the GUI thread (queued signal) before touching anything.

        Returns:
            A function that unsubscribes; calling it again does nothing.
        """
        with self._subscribers_lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._subscribers_lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def _emit(self, change: StoreChange) -> StoreChange:
        if change:
            with self._subscribers_lock:
                subscribers = tuple(self._subscribers)
            for callback in subscribers:
                try:
                    callback(change)
                except Exception:
                    # A broken view must not undo or block a committed write.
                    logger.exception("Store subscriber %r failed", callback)
        return change

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._engine.connect() as conn:
            yield conn

    def _rows(self, *extra: Any) -> Select[Any]:
        """SELECT conversations (then ``extra``) as the current viewer sees them."""
        return _select_conversation_rows(self.viewer, self.desk_number, *extra)

    # -- reads ---------------------------------------------------------------------------

    def list_conversations(
        self,
        *,
        archived: bool = False,
        before: tuple[datetime, ConversationId] | None = None,
        limit: int = 50,
    ) -> list[Conversation]:
        """List conversations, newest activity first.

        Args:
            archived: list the Archived view instead of the inbox.
            before: the (last_activity_at, id) of the last conversation of the previous page;
                only conversations strictly after it in the order are listed.
            limit: the page size.

        Returns:
            Up to ``limit`` conversations ordered by last activity then id, descending.
        """
        c = conversations.c
        stmt = self._rows().where(
            c.archived_at.is_not(None) if archived else c.archived_at.is_(None)
        )
        if before is not None:
            at, cid = _aware(before[0]), before[1]
            # The redundant "<=" bounds the index range; the OR breaks ties by id.
            stmt = stmt.where(c.last_activity_at <= at, or_(c.last_activity_at < at, c.id < cid))
        stmt = stmt.order_by(c.last_activity_at.desc(), c.id.desc()).limit(limit)
        with self._read() as conn:
            return [_conversation(row) for row in conn.execute(stmt)]

    def get_conversation(self, cid: ConversationId) -> Conversation | None:
        """Return the conversation with this id, or None."""
        with self._read() as conn:
            return self._select_conversation(conn, cid)

    def find_conversation(self, peer_number: str) -> Conversation | None:
        """Return the conversation with this peer number, or None."""
        stmt = self._rows().where(conversations.c.peer_number == peer_number)
        with self._read() as conn:
            row = conn.execute(stmt).one_or_none()
        return _conversation(row) if row is not None else None

    def list_messages(
        self,
        cid: ConversationId,
        *,
        before: MessageId | None = None,
        limit: int = 200,
    ) -> list[Message]:
        """Return a page of a conversation's messages, in the order they reached the desk.

        Messages are ordered by id (arrival in this store), not by timestamp: the gateway's
        clock and ours differ and its times have whole seconds only, so ordering by time
        could show a reply above the message it answers.

        Args:
            cid: the conversation.
            before: the id of the oldest message already shown; only earlier ones are
                returned.
            limit: the page size.

        Returns:
            The newest ``limit`` messages older than ``before`` (all, without it), oldest
            first: ready to display, or to prepend to the page shown.
        """
        m = messages.c
        stmt = select(*_MESSAGE_COLUMNS).where(m.conversation_id == cid)
        if before is not None:
            stmt = stmt.where(m.id < before)
        stmt = stmt.order_by(m.id.desc()).limit(limit)
        with self._read() as conn:
            page = [_message(row) for row in conn.execute(stmt)]
        page.reverse()
        return page

    def list_messages_from(
        self, cid: ConversationId, first: MessageId, before: MessageId
    ) -> list[Message]:
        """Return the messages with ``first <= id < before``, oldest first.

        What the view needs to show an older message the user asked for (a find result)
        together with everything between it and the window already loaded.
        """
        m = messages.c
        stmt = (
            select(*_MESSAGE_COLUMNS)
            .where(m.conversation_id == cid, m.id >= first, m.id < before)
            .order_by(m.id)
        )
        with self._read() as conn:
            return [_message(row) for row in conn.execute(stmt)]

    def find_in_conversation(
        self, cid: ConversationId, text: str, *, limit: int = 10_000
    ) -> list[MessageId]:
        """The SMS of one conversation whose text contains ``text``, oldest first.

        Case and accents are ignored ("cafe" finds "Café"); the text is matched
        as typed, never as search syntax. Only ids travel back, so a long conversation's
        matches cost little more than their count.

        Args:
            cid: the conversation.
            text: what to find; blank finds nothing.
            limit: at most this many matches (the oldest are dropped beyond it).
        """
        text = text.strip()
        if not text:
            return []
        m = messages.c
        stmt = (
            select(m.id)
            .where(
                m.conversation_id == cid,
                m.kind == _SMS,
                self._contains(m.body, text),
            )
            .order_by(m.id.desc())
            .limit(limit)
        )
        with self._read() as conn:
            found = [MessageId(mid) for mid in conn.execute(stmt).scalars()]
        found.reverse()
        return found

    def unread_conversation_count(self) -> int:
        """Count the conversations unread for the viewer, archived or not (the badge number).

        For a colleague, a conversation counts when an inbound SMS arrived after their read
        mark and baseline and nobody else owns it (a colleague's conversation is theirs to
        answer: it shows unread in the list, but is not counted), or when they marked it
        unread. The walk starts from the
        conversations with an inbound SMS beyond their baseline (a range of
        ``ix_conversations_last_inbound_id``), so it stays short when few are unread. With no
        viewer, it counts conversations with an inbound SMS nobody has read.
        """
        c, r = conversations.c, conversation_reads.c
        viewer = self.viewer
        with self._read() as conn:
            if viewer is None:
                furthest = select(func.max(r.read_up_to_id)).where(r.conversation_id == c.id)
                stmt = select(func.count()).where(
                    c.last_inbound_id > func.coalesce(furthest.scalar_subquery(), 0)
                )
                return int(conn.execute(stmt).scalar_one())
            baseline = conn.execute(
                select(users.c.read_baseline_id).where(users.c.id == viewer)
            ).scalar_one_or_none()
            baseline = baseline or 0
            mine = and_(r.conversation_id == c.id, r.user_id == viewer)
            newer = select(func.count()).select_from(
                conversations.outerjoin(conversation_reads, mine)
            )
            newer = newer.where(
                c.last_inbound_id > baseline,
                or_(
                    and_(
                        or_(c.owner_id.is_(None), c.owner_id == viewer),
                        or_(r.read_up_to_id.is_(None), c.last_inbound_id > r.read_up_to_id),
                    ),
                    r.marked_unread == true(),
                ),
            )
            # Marked unread with nothing newer than the baseline: the first count missed them.
            marked = (
                select(func.count())
                .select_from(conversation_reads.join(conversations, c.id == r.conversation_id))
                .where(
                    r.user_id == viewer,
                    r.marked_unread == true(),
                    func.coalesce(c.last_inbound_id, 0) <= baseline,
                )
            )
            return int(conn.execute(newer).scalar_one()) + int(conn.execute(marked).scalar_one())

    def get_message(self, mid: MessageId) -> Message | None:
        """Return the message with this id, or None."""
        with self._read() as conn:
            return self._select_message(conn, mid)

    # -- user writes ---------------------------------------------------------------------

    def open_conversation(self, peer_number: str, *, now: datetime | None = None) -> Conversation:
        """Return the conversation with ``peer_number``, creating it if there is none.

        Safe when two threads or machines open the same number at once: both get the one
        conversation. Emits a change only when the conversation was created.

        Args:
            peer_number: E.164 number (or alphanumeric sender id).
            now: the time of creation; defaults to now.

        Returns:
            The conversation as it is stored.
        """
        _check_number(peer_number)
        now = _aware(now, default_now=True)
        stmt = (
            self._upsert(conversations)
            .values(
                peer_number=peer_number,
                created_at=now,
                last_activity_at=now,
                last_message_preview="",
                updated_at=now,
            )
            .on_conflict_do_nothing(index_elements=[conversations.c.peer_number])
            # RETURNING tells whether a row went in: with psycopg, SQLAlchemy adds its own
            # RETURNING to a single-row insert and rowcount is then -1.
            .returning(conversations.c.id)
        )
        with self._writer.begin() as conn:
            created = conn.execute(stmt).first() is not None
            row = conn.execute(self._rows().where(conversations.c.peer_number == peer_number)).one()
        conversation = _conversation(row)
        if created:
            self._emit(StoreChange(conversations=(conversation,)))
        return conversation

    def queue_outbound(
        self,
        cid: ConversationId,
        body: str,
        *,
        desk_number: str,
        user_id: UserId | None = None,
        now: datetime | None = None,
        scheduled_at: datetime | None = None,
        cancel_if_reply: bool = False,
        pictures: Sequence[MediaItem] = (),
        picture_keys: Sequence[str] = (),
        seen_up_to: MessageId | None = None,
    ) -> Message:
        """Store an outbound message and queue it for sending, in one transaction.

        The message (QUEUED), its pending outbox row and the conversation's summary are
        written together, so a crash leaves either all or none. Brings the conversation back
        from the archive (and from dealt with).

        With ``user_id``, the sender must be allowed to answer: the conversation becomes
        theirs if nobody owns it (the first to reply owns it), stays theirs if they own it,
        and if a colleague owns it nothing is stored and ``OwnedByOther`` names them. The
        claim is the same conditional UPDATE as ``claim``, in the same transaction. The
        message records the sender, and their read mark moves to it (or to ``seen_up_to``).

        Args:
            cid: the conversation.
            body: the text; must contain something besides whitespace.
            desk_number: our number it is sent from.
            user_id: the colleague sending it; None where no sign-in applies (no ownership
                rule then).
            now: the time of writing; defaults to now.
            scheduled_at: send it at this time instead of now: the message is SCHEDULED
                and its outbox row is due then (the worker sends it, exactly once).
            cancel_if_reply: for a scheduled message, cancel it if the peer writes first.
            pictures: pictures sent with it (an MMS), at their public addresses; stored
                with the message, so the worker never sends it without them.
            picture_keys: per picture, its key in the local picture cache.
            seen_up_to: the newest message the sender was shown, when they answered from
                something that shows only some (a pop-up): an SMS that arrived after it
                stays unread for them. None: everything before this message counts as read.

        Returns:
            The stored message.

        Raises:
            ValueError: the body is empty (and there is no picture).
            OptedOut: the number opted out of ``desk_number`` (nothing is stored).
            OwnedByOther: a colleague owns the conversation.
            NotAllowed: the sender's account is disabled.
            StoreError: the conversation does not exist.
        """
        if not body.strip() and not pictures:
            raise ValueError("An empty message cannot be sent")
        _check_number(desk_number)
        now = _aware(now, default_now=True)
        with self._writer.begin() as conn:
            if user_id is not None:
                self._claim(conn, cid, user_id, now)
            peer = conn.execute(
                select(conversations.c.peer_number).where(conversations.c.id == cid)
            ).scalar_one_or_none()
            if peer is None:
                raise StoreError("This conversation no longer exists")
            self._refuse_opted_out(conn, desk_number, peer)
            status = MessageStatus.SCHEDULED if scheduled_at is not None else MessageStatus.QUEUED
            due = _aware(scheduled_at) if scheduled_at is not None else now
            mid = conn.execute(
                insert(messages)
                .values(
                    conversation_id=cid,
                    direction=Direction.OUTBOUND.value,
                    body=body,
                    from_number=desk_number,
                    to_number=peer,
                    status=status.value,
                    created_at=now,
                    updated_at=now,
                    kind=_SMS,
                    user_id=user_id,
                    scheduled_at=due if scheduled_at is not None else None,
                    cancel_if_reply=bool(cancel_if_reply and scheduled_at is not None),
                )
                .returning(messages.c.id)
            ).scalar_one()
            conn.execute(
                insert(outbox).values(
                    message_id=mid, state=PENDING, attempts=0, next_attempt_at=due
                )
            )
            if pictures:
                self._insert_sent_pictures(conn, mid, pictures, picture_keys, now)
            conn.execute(
                update(conversations)
                .where(conversations.c.id == cid)
                .values(
                    last_activity_at=now,
                    last_message_id=mid,
                    last_message_preview=_preview(body) or (PICTURE_PREVIEW if pictures else ""),
                    last_direction=Direction.OUTBOUND.value,
                    last_status=status.value,
                    archived_at=None,
                    dealt_with_at=None,
                    dealt_with_by=None,
                    updated_at=now,
                )
            )
            if user_id is not None:
                read_up_to = mid if seen_up_to is None else seen_up_to
                self._set_read(conn, user_id, cid, read_up_to=read_up_to)
            conversation = self._select_conversation(conn, cid)
        message = Message(
            id=MessageId(mid),
            conversation_id=cid,
            direction=Direction.OUTBOUND,
            body=body,
            status=status,
            created_at=now,
            user_id=user_id,
            scheduled_at=due if scheduled_at is not None else None,
            cancel_if_reply=bool(cancel_if_reply and scheduled_at is not None),
        )
        assert conversation is not None  # it was there in this same transaction
        self._emit(StoreChange(conversations=(conversation,), messages=(message,)))
        return message

    # -- read state ------------------------------------------------------------------------

    def mark_read(
        self,
        cid: ConversationId,
        *,
        user_id: UserId | None = None,
        up_to: MessageId | None = None,
    ) -> None:
        """Mark the conversation read for a colleague, up to what they were shown.

        Clears their mark of unread too. Emits the conversation only if it was unread for
        them (nothing changes otherwise); a conversation that does not exist is ignored.

        Args:
            cid: the conversation.
            user_id: the colleague; None means the store's viewer.
            up_to: the newest message they were shown (a pop-up's last message): an inbound
                SMS that arrived after it stays unread. None: up to the conversation's newest
                message (it is open in front of them, so what arrives is shown at once).

        Raises:
            ValueError: no ``user_id`` was given and the store has no viewer.
        """
        reader = self._reader(user_id)
        c, r = conversations.c, conversation_reads.c
        mine = and_(r.conversation_id == c.id, r.user_id == reader)
        state = (
            select(c.last_inbound_id, r.read_up_to_id, r.marked_unread, _baseline_of(reader))
            .select_from(conversations.outerjoin(conversation_reads, mine))
            .where(c.id == cid)
        )
        with self._writer.begin() as conn:
            row = conn.execute(state).one_or_none()
            if row is None:
                return
            last_inbound, read_up_to, marked_unread, baseline = row
            unread = bool(marked_unread) or (
                last_inbound is not None and last_inbound > max(read_up_to or 0, baseline)
            )
            if not unread:
                return
            newest = (
                up_to
                if up_to is not None
                else conn.execute(
                    select(func.max(messages.c.id)).where(messages.c.conversation_id == cid)
                ).scalar_one()
            )
            self._set_read(conn, reader, cid, read_up_to=newest or 0)
            self._touch(conn, [cid])
            conversation = self._select_conversation(conn, cid)
        if conversation is not None:
            self._emit(StoreChange(conversations=(conversation,)))

    def mark_unread(self, cid: ConversationId, *, user_id: UserId | None = None) -> None:
        """Mark the conversation unread for a colleague, until they read it (emits it).

        It then counts as unread (at least 1) for them; a conversation that does not exist is
        ignored.

        Args:
            cid: the conversation.
            user_id: the colleague; None means the store's viewer.

        Raises:
            ValueError: no ``user_id`` was given and the store has no viewer.
        """
        reader = self._reader(user_id)
        with self._writer.begin() as conn:
            if not conn.execute(
                select(conversations.c.id).where(conversations.c.id == cid)
            ).first():
                return
            self._set_read(conn, reader, cid, marked_unread=True)
            self._touch(conn, [cid])
            conversation = self._select_conversation(conn, cid)
        if conversation is not None:
            self._emit(StoreChange(conversations=(conversation,)))

    def _reader(self, user_id: UserId | None) -> UserId:
        reader = user_id if user_id is not None else self.viewer
        if reader is None:
            raise ValueError("Whose read state? Pass user_id or set Store.viewer")
        return reader

    def _set_read(
        self,
        conn: Connection,
        user_id: int,
        cid: int,
        *,
        read_up_to: int | None = None,
        marked_unread: bool = False,
    ) -> None:
        """Write a colleague's read state of a conversation in one upsert.

        With ``read_up_to``, the read mark moves there (never back) and the mark of unread
        goes; with ``marked_unread``, the mark of unread is set and the read mark stays.
        """
        r = conversation_reads.c
        stmt = self._upsert(conversation_reads).values(
            user_id=user_id,
            conversation_id=cid,
            read_up_to_id=read_up_to or 0,
            marked_unread=marked_unread,
        )
        changes: dict[str, Any] = {"marked_unread": stmt.excluded.marked_unread}
        if read_up_to is not None:
            # Two desks of one colleague may read at once; the further mark wins.
            changes["read_up_to_id"] = _greatest(r.read_up_to_id, stmt.excluded.read_up_to_id)
        conn.execute(
            stmt.on_conflict_do_update(index_elements=[r.user_id, r.conversation_id], set_=changes)
        )

    def _touch(self, conn: Connection, cids: Iterable[int], now: datetime | None = None) -> None:
        """Bump ``updated_at`` of these conversations, for other desks' catch-up."""
        now = _aware(now, default_now=True)
        for chunk in _chunks(sorted(set(cids))):
            conn.execute(
                update(conversations).where(conversations.c.id.in_(chunk)).values(updated_at=now)
            )

    # -- the team: ownership, transfer, dealt with, archive ---------------------------------

    def claim(
        self, cid: ConversationId, user_id: UserId, *, now: datetime | None = None
    ) -> Conversation:
        """Make a colleague the owner of a conversation nobody owns (or that is theirs).

        One conditional UPDATE (``WHERE owner_id IS NULL``): of several colleagues claiming
        at once, on any number of desks, exactly one wins; the others get ``OwnedByOther``
        naming the winner. Emits the conversation when its owner changed.

        Args:
            cid: the conversation.
            user_id: the colleague.
            now: the time of claiming; defaults to now.

        Returns:
            The conversation, owned by them.

        Raises:
            OwnedByOther: a colleague owns it.
            NotAllowed: the colleague's account is disabled.
            StoreError: the conversation does not exist.
        """
        now = _aware(now, default_now=True)
        with self._writer.begin() as conn:
            changed = self._claim(conn, cid, user_id, now)
            conversation = self._select_conversation(conn, cid)
        assert conversation is not None  # the claim found it in this transaction
        if changed:
            self._emit(StoreChange(conversations=(conversation,)))
        return conversation

    def _claim(self, conn: Connection, cid: int, user_id: int, now: datetime) -> bool:
        """Claim the conversation for ``user_id`` inside the caller's transaction.

        Returns:
            True if it became theirs now, False if it was theirs already.

        Raises:
            OwnedByOther, NotAllowed, StoreError: as ``claim``.
        """
        c = conversations.c
        claimed = conn.execute(
            update(conversations)
            .where(c.id == cid, c.owner_id.is_(None), _enabled(user_id))
            .values(owner_id=user_id, owner_since=now, updated_at=now)
        ).rowcount
        if claimed:
            return True
        # Not claimed: say why, from what the database holds now (after the winner's commit).
        state = self._ownership(conn, cid)
        if state is None:
            raise StoreError("This conversation no longer exists")
        self._refuse_disabled(conn, user_id)
        owner_id, owner_label = state
        if owner_id == user_id:
            return False
        if owner_id is None:
            # Released between the UPDATE and this read (PostgreSQL only): not refused.
            raise OwnershipChanged("Nobody owns this conversation any more. Try again.")
        raise OwnedByOther(UserId(owner_id), owner_label or "A colleague")

    def take_over(
        self,
        cid: ConversationId,
        user_id: UserId,
        *,
        expected_owner: UserId,
        now: datetime | None = None,
    ) -> Conversation:
        """Take a conversation over from the colleague who owns it (after "Take over from Anna?").

        One conditional UPDATE (``WHERE owner_id = :expected``): if the owner changed since
        the question was asked, nothing happens and ``OwnershipChanged`` says who owns it now.
        On success a history line "Anna Smith (101) took over from Ben Jones (102)" is added.

        Args:
            cid: the conversation.
            user_id: the colleague taking over.
            expected_owner: the owner the colleague was shown.
            now: the time; defaults to now.

        Returns:
            The conversation, owned by ``user_id`` (unchanged, with no history line, when it
            was theirs already).

        Raises:
            OwnershipChanged: the owner is no longer ``expected_owner``.
            NotAllowed: the colleague's account is disabled.
            StoreError: the conversation does not exist.
        """
        now = _aware(now, default_now=True)
        c = conversations.c
        change: StoreChange | None = None
        with self._writer.begin() as conn:
            taken = conn.execute(
                update(conversations)
                .where(
                    c.id == cid,
                    c.owner_id == expected_owner,
                    c.owner_id != user_id,
                    _enabled(user_id),
                )
                .values(owner_id=user_id, owner_since=now, updated_at=now)
            ).rowcount
            if not taken:
                state = self._ownership(conn, cid)
                if state is None:
                    raise StoreError("This conversation no longer exists")
                self._refuse_disabled(conn, user_id)
                owner_id, owner_label = state
                if owner_id is None:
                    raise OwnershipChanged("Nobody owns this conversation any more.")
                if owner_id != user_id:
                    raise OwnershipChanged(f"{owner_label} took this conversation meanwhile.")
            else:
                body = f"{self._label_of(conn, user_id)} took over from "
                body += self._label_of(conn, expected_owner)
                mid = self._add_history(conn, cid, MessageKind.TAKE_OVER, body, user_id, now=now)
                change = self._history_change(conn, cid, mid)
            conversation = self._select_conversation(conn, cid)
        assert conversation is not None
        if change is not None:
            self._emit(change)
        return conversation

    def transfer(
        self,
        cid: ConversationId,
        *,
        by: UserId,
        to: UserId,
        note: str = "",
        now: datetime | None = None,
    ) -> Conversation:
        """Hand a conversation to a colleague, who sees it unread and owns it from now on.

        Allowed to its owner, to an enabled administrator, and to anyone while nobody owns
        it; ``by``'s rights are read from the users table inside the UPDATE's WHERE clause,
        never taken from the caller. ``to`` must be an enabled colleague who does not own it
        already. One transaction: the new owner (the conversation comes back to Chats if it
        was archived or dealt with), the history line ("Transferred from Anna Smith (101) to
        Ben Jones (102) — please call back") and the recipient's mark of unread.

        Args:
            cid: the conversation.
            by: the colleague transferring it.
            to: the colleague receiving it.
            note: a note for the recipient, shown in the history line; stripped, at most
                ``TRANSFER_NOTE_LENGTH`` characters.
            now: the time; defaults to now.

        Returns:
            The conversation as it now is.

        Raises:
            NotAllowed: ``by`` may not transfer it, or ``to`` cannot receive it; the message
                says which.
            StoreError: the note is too long, or the conversation does not exist.
        """
        note = note.strip()
        if len(note) > TRANSFER_NOTE_LENGTH:
            raise StoreError(
                f"A transfer note can be at most {TRANSFER_NOTE_LENGTH} characters long; "
                f"this one has {len(note)}."
            )
        if by == to:
            raise NotAllowed("Choose a colleague to transfer it to, not yourself.")
        now = _aware(now, default_now=True)
        c = conversations.c
        with self._writer.begin() as conn:
            # Locked (PostgreSQL) so the history line names the owner the UPDATE replaced;
            # the rules themselves are in the UPDATE below.
            previous = conn.execute(
                select(c.owner_id).where(c.id == cid).with_for_update()
            ).one_or_none()
            if previous is None:
                raise StoreError("This conversation no longer exists")
            previous_owner: int | None = previous.owner_id
            moved = conn.execute(
                update(conversations)
                .where(
                    c.id == cid,
                    c.owner_id.is_(None)
                    if previous_owner is None
                    else c.owner_id == previous_owner,
                    or_(c.owner_id.is_(None), c.owner_id == by, _enabled_admin(by)),
                    or_(c.owner_id.is_(None), c.owner_id != to),
                    _enabled(by),
                    _enabled(to),
                )
                .values(
                    owner_id=to,
                    owner_since=now,
                    archived_at=None,
                    dealt_with_at=None,
                    dealt_with_by=None,
                    updated_at=now,
                )
            ).rowcount
            if not moved:
                self._refuse_transfer(conn, cid, by, to)
            by_label, to_label = self._label_of(conn, by), self._label_of(conn, to)
            if previous_owner is None or previous_owner == by:
                body = f"Transferred from {by_label} to {to_label}"
            else:
                # An administrator moving a colleague's conversation: say both.
                owner_label = self._label_of(conn, previous_owner)
                body = f"Transferred from {owner_label} to {to_label} by {by_label}"
            if note:
                body += f" — {note}"
            mid = self._add_history(
                conn, cid, MessageKind.TRANSFER, body, by, target_user_id=to, now=now
            )
            self._set_read(conn, to, cid, marked_unread=True)
            change = self._history_change(conn, cid, mid)
        self._emit(change)
        return change.conversations[0]

    def _refuse_transfer(self, conn: Connection, cid: int, by: int, to: int) -> None:
        """Raise the reason a transfer's UPDATE changed nothing."""
        self._refuse_disabled(conn, by)
        recipient = self._user(conn, to)
        if recipient is None:
            raise NotAllowed("That colleague's account no longer exists.")
        if recipient.disabled_at is not None:
            raise NotAllowed("That colleague's account is disabled.")
        state = self._ownership(conn, cid)
        if state is None:
            raise StoreError("This conversation no longer exists")
        owner_id, owner_label = state
        if owner_id == to:
            raise NotAllowed(f"{owner_label} already owns it.")
        raise NotAllowed(
            f"Only the owner, {owner_label}, or an administrator can transfer this conversation."
        )

    def mark_dealt_with(
        self,
        cid: ConversationId,
        *,
        by: UserId,
        seen_up_to: MessageId | None = None,
        now: datetime | None = None,
    ) -> Conversation:
        """Mark a conversation handled: it is archived, released, and read for ``by``.

        Allowed while nobody owns it, to its owner and to an enabled administrator (the rule
        is in the UPDATE's WHERE clause). Adds the history line "Marked dealt with by Anna
        Smith (101)". A conversation already dealt with is left as it is.

        Dealt with applies to what ``by`` was shown: it is read up to ``seen_up_to``, and
        when an inbound SMS newer than that is unread for them (it arrived while they
        looked), the conversation stays in Chats, unread and no longer dealt with, as if
        that SMS had arrived just after — in the same transaction, so no desk ever sees it
        archived with an SMS nobody read.

        Args:
            cid: the conversation.
            by: the colleague.
            seen_up_to: the newest message they were shown; None: everything (no newer
                message can have been missed, e.g. a script).
            now: the time; defaults to now.

        Returns:
            The conversation as it now is (``archived`` is False when a newer SMS kept it
            in Chats).

        Raises:
            NotAllowed: a colleague owns it and ``by`` is not an administrator, or ``by``'s
                account is disabled.
            StoreError: the conversation does not exist.
        """
        now = _aware(now, default_now=True)
        c = conversations.c
        change: StoreChange | None = None
        with self._writer.begin() as conn:
            # The UPDATE locks the row (PostgreSQL; SQLite's BEGIN IMMEDIATE holds the whole
            # file): an SMS being stored for this conversation waits for this transaction,
            # and one stored before it is seen by the check below.
            done = conn.execute(
                update(conversations)
                .where(c.id == cid, c.dealt_with_at.is_(None), _may_handle(by), _enabled(by))
                .values(
                    dealt_with_at=now,
                    dealt_with_by=by,
                    archived_at=func.coalesce(c.archived_at, literal(now, UTCDateTime())),
                    owner_id=None,
                    owner_since=None,
                    updated_at=now,
                )
            ).rowcount
            if done:
                body = f"Marked dealt with by {self._label_of(conn, by)}"
                mid = self._add_history(conn, cid, MessageKind.DEALT_WITH, body, by, now=now)
                seen = mid if seen_up_to is None else seen_up_to
                self._set_read(conn, by, cid, read_up_to=seen)
                r = conversation_reads.c
                last_inbound, read_up_to, baseline = conn.execute(
                    select(c.last_inbound_id, r.read_up_to_id, _baseline_of(by))
                    .select_from(conversations)
                    .join(conversation_reads, and_(r.conversation_id == c.id, r.user_id == by))
                    .where(c.id == cid)
                ).one()
                if last_inbound is not None and last_inbound > max(read_up_to, baseline):
                    conn.execute(
                        update(conversations)
                        .where(c.id == cid)
                        .values(archived_at=None, dealt_with_at=None, dealt_with_by=None)
                    )
                change = self._history_change(conn, cid, mid)
            else:
                self._refuse_handling(conn, cid, by, "mark it dealt with", archiving=False)
            conversation = self._select_conversation(conn, cid)
        assert conversation is not None
        if change is not None:
            self._emit(change)
        return conversation

    def _refuse_handling(
        self, conn: Connection, cid: int, by: int, action: str, *, archiving: bool
    ) -> None:
        """Raise the reason a dealt-with or archive UPDATE changed nothing, if it was refused.

        Returns quietly when it changed nothing because it was done already: a second click,
        or a colleague who was quicker.
        """
        c = conversations.c
        row = conn.execute(select(c.dealt_with_at, c.archived_at).where(c.id == cid)).one_or_none()
        if row is None:
            raise StoreError("This conversation no longer exists")
        if (row.archived_at if archiving else row.dealt_with_at) is not None:
            return
        self._refuse_disabled(conn, by)
        state = self._ownership(conn, cid)
        owner_id, owner_label = state if state is not None else (None, None)
        if owner_id is None or owner_id == by or self._is_admin(conn, by):
            return  # allowed after all: it changed in between (PostgreSQL only)
        raise NotAllowed(
            f"{owner_label} is answering this conversation; only they or an administrator "
            f"can {action}."
        )

    def set_archived(
        self,
        cid: ConversationId,
        archived: bool,
        *,
        by: UserId | None = None,
        seen_up_to: MessageId | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Move the conversation into or out of the Archived view (emits only on a change).

        Moving it back to Chats also ends "dealt with". With ``by``, a colleague does it: to
        archive they must be allowed as for dealt with (unowned, theirs, or they are an
        administrator; checked in the UPDATE), and a history line says who ("Archived by Anna
        Smith (101)", "Moved back to Chats by Anna Smith (101)"). Without ``by`` no rule
        applies and no history line is written.

        Archiving applies to what the colleague was shown: with ``seen_up_to``, a
        conversation with an inbound SMS newer than that message stays in Chats (checked in
        the UPDATE, so an SMS stored at the same moment cannot slip into the archive).

        Args:
            cid: the conversation.
            archived: True to archive, False to bring it back to the inbox.
            by: the colleague doing it, if any.
            seen_up_to: the newest message the colleague was shown; None: everything.
            now: the time of archiving; defaults to now.

        Returns:
            Whether the conversation is now where it was asked to go: False when a newer
            SMS kept it in Chats (or the conversation does not exist, without ``by``).

        Raises:
            NotAllowed: ``by`` may not archive it, or ``by``'s account is disabled.
            StoreError: ``by`` was given and the conversation does not exist.
        """
        now = _aware(now, default_now=True)
        c = conversations.c
        if archived:
            stmt = update(conversations).where(c.id == cid, c.archived_at.is_(None))
            stmt = stmt.values(archived_at=now, updated_at=now)
            if by is not None:
                stmt = stmt.where(_may_handle(by), _enabled(by))
            if seen_up_to is not None:
                stmt = stmt.where(or_(c.last_inbound_id.is_(None), c.last_inbound_id <= seen_up_to))
        else:
            stmt = update(conversations).where(c.id == cid, c.archived_at.is_not(None))
            stmt = stmt.values(
                archived_at=None, dealt_with_at=None, dealt_with_by=None, updated_at=now
            )
            if by is not None:
                stmt = stmt.where(_enabled(by))
        change: StoreChange | None = None
        with self._writer.begin() as conn:
            changed = conn.execute(stmt).rowcount
            if changed and by is not None:
                label = self._label_of(conn, by)
                if archived:
                    kind, body = MessageKind.ARCHIVED, f"Archived by {label}"
                else:
                    kind, body = MessageKind.UNARCHIVED, f"Moved back to Chats by {label}"
                mid = self._add_history(conn, cid, kind, body, by, now=now)
                change = self._history_change(conn, cid, mid)
            elif changed:
                conversation = self._select_conversation(conn, cid)
                if conversation is not None:
                    change = StoreChange(conversations=(conversation,))
            elif by is not None and archived:
                self._refuse_handling(conn, cid, by, "archive it", archiving=True)
            elif by is not None:
                # Anyone enabled may bring it back: only a missing conversation or a disabled
                # account is refused; otherwise it was in Chats already.
                if self._ownership(conn, cid) is None:
                    raise StoreError("This conversation no longer exists")
                self._refuse_disabled(conn, by)
            row = conn.execute(select(c.archived_at).where(c.id == cid)).one_or_none()
            placed = row is not None and (row.archived_at is not None) == archived
        if change is not None:
            self._emit(change)
        return placed

    # -- team helpers ----------------------------------------------------------------------

    def _user(self, conn: Connection, user_id: int) -> Row[Any] | None:
        u = users.c
        return conn.execute(
            select(u.id, u.display_name, u.extension, u.is_admin, u.disabled_at).where(
                u.id == user_id
            )
        ).one_or_none()

    def _label_of(self, conn: Connection, user_id: int) -> str:
        """The colleague as others see them, ``"Anna Smith (101)"``, or a stand-in."""
        user = self._user(conn, user_id)
        return _label(user.display_name, user.extension) if user else "A former colleague"

    def _is_admin(self, conn: Connection, user_id: int) -> bool:
        user = self._user(conn, user_id)
        return bool(user is not None and user.is_admin and user.disabled_at is None)

    def _refuse_disabled(self, conn: Connection, user_id: int) -> None:
        """Raise NotAllowed when the acting colleague's account is disabled or gone."""
        user = self._user(conn, user_id)
        if user is None or user.disabled_at is not None:
            raise NotAllowed(
                "Your account is disabled, so you cannot change conversations. "
                "Ask an administrator."
            )

    def _ownership(self, conn: Connection, cid: int) -> tuple[int | None, str | None] | None:
        """The conversation's owner and their label, or None when the conversation is gone."""
        c = conversations.c
        row = conn.execute(
            select(c.owner_id, _owner.c.display_name, _owner.c.extension)
            .select_from(conversations.outerjoin(_owner, _owner.c.id == c.owner_id))
            .where(c.id == cid)
        ).one_or_none()
        if row is None:
            return None
        owner_id, name, extension = row
        if owner_id is None:
            return None, None
        label = _label(name, extension) if name is not None else "A former colleague"
        return owner_id, label

    def _add_history(
        self,
        conn: Connection,
        cid: int,
        kind: MessageKind,
        body: str,
        user_id: int | None,
        *,
        target_user_id: int | None = None,
        now: datetime,
        created_at: datetime | None = None,
        to_number: str | None = None,
    ) -> int:
        """Add a history line to the conversation; it leaves the chat list's summary alone.

        Stored as a delivered outbound row with no gateway id and no outbox row, so nothing
        sends it, polls for it or counts it as unread.

        Returns:
            Its id.
        """
        if to_number is None:
            to_number = conn.execute(
                select(conversations.c.peer_number).where(conversations.c.id == cid)
            ).scalar_one()
        return int(
            conn.execute(
                insert(messages)
                .values(
                    conversation_id=cid,
                    direction=Direction.OUTBOUND.value,
                    body=body,
                    from_number="",
                    to_number=to_number,
                    status=MessageStatus.DELIVERED.value,
                    created_at=created_at or now,
                    updated_at=now,
                    kind=kind.value,
                    user_id=user_id,
                    target_user_id=target_user_id,
                )
                .returning(messages.c.id)
            ).scalar_one()
        )

    def _history_change(self, conn: Connection, cid: int, mid: int) -> StoreChange:
        """The conversation and its new history line, as they now are."""
        conversation = self._select_conversation(conn, cid)
        message = self._select_message(conn, mid)
        assert conversation is not None
        assert message is not None
        return StoreChange(conversations=(conversation,), messages=(message,))

    # -- other desks -----------------------------------------------------------------------

    def reload_change(
        self,
        conversation_ids: Iterable[ConversationId],
        message_ids: Iterable[MessageId],
    ) -> StoreChange:
        """Re-read rows another desk changed and emit them, marked ``remote=True``.

        The conversations come as this store's viewer sees them; rows that no longer exist
        are left out. Nothing is emitted when nothing was found.

        Args:
            conversation_ids: conversations the other desk changed.
            message_ids: messages the other desk added or changed.

        Returns:
            The change, as emitted.
        """
        cids = sorted(set(conversation_ids))
        mids = sorted(set(message_ids))
        with self._read() as conn:
            found_conversations = self._select_conversations(conn, cids)
            found_messages: list[Message] = []
            for chunk in _chunks(mids):
                found_messages.extend(
                    _message(row)
                    for row in conn.execute(
                        select(*_MESSAGE_COLUMNS)
                        .where(messages.c.id.in_(chunk))
                        .order_by(messages.c.id)
                    )
                )
        change = StoreChange(
            conversations=tuple(found_conversations),
            messages=tuple(found_messages),
            remote=True,
        )
        return self._emit(change)

    def changed_since(
        self, moment: datetime | None, *, limit: int = 500
    ) -> tuple[list[ConversationId], datetime | None]:
        """List conversations changed after ``moment`` (by any desk), oldest change first.

        For the slow fallback poll of a team desk that may have missed notifications. Every
        change to a conversation or its messages bumps its ``updated_at`` with the writing
        desk's clock, and a transaction commits a little after its time was taken, so the
        caller should look back a few seconds before the moment it last saw (re-reading a
        row is harmless).

        Args:
            moment: changes after this time; None for every conversation.
            limit: about this many ids at most. Conversations sharing the last ``updated_at``
                of a full page are all included, so the next call, starting from the
                returned moment, misses none.

        Returns:
            The ids, and the newest ``updated_at`` among them (``moment`` when there are
            none).
        """
        c = conversations.c
        stmt = select(c.id, c.updated_at).order_by(c.updated_at, c.id).limit(max(limit, 0))
        if moment is not None:
            stmt = stmt.where(c.updated_at > _aware(moment))
        with self._read() as conn:
            rows = conn.execute(stmt).all() if limit > 0 else []
            if rows and len(rows) == limit:
                last_at = rows[-1].updated_at
                rows = [row for row in rows if row.updated_at != last_at]
                rows += conn.execute(
                    select(c.id, c.updated_at).where(c.updated_at == last_at).order_by(c.id)
                ).all()
        if not rows:
            return [], moment
        return [ConversationId(row.id) for row in rows], rows[-1].updated_at

    def retry(self, mid: MessageId, *, now: datetime | None = None) -> Message:
        """Queue a failed outbound message to be sent again.

        The message goes back to QUEUED with its error and old gateway id cleared (a late
        report about the failed attempt must not touch the new one), with a new pending
        outbox row due now.

        Args:
            mid: the message.
            now: the time of the retry; defaults to now.

        Returns:
            The message as it now is.

        Raises:
            StoreError: the message is not a failed outbound message.
        """
        now = _aware(now, default_now=True)
        m = messages.c
        with self._writer.begin() as conn:
            numbers = conn.execute(
                select(m.from_number, m.to_number).where(m.id == mid)
            ).one_or_none()
            if numbers is not None:
                self._refuse_opted_out(conn, numbers.from_number, numbers.to_number)
            claimed = conn.execute(
                update(messages)
                .where(
                    m.id == mid,
                    m.direction == Direction.OUTBOUND.value,
                    m.status == MessageStatus.FAILED.value,
                )
                .values(
                    status=MessageStatus.QUEUED.value,
                    gateway_sid=None,
                    error_code=None,
                    error_message=None,
                    sent_at=None,
                    delivered_at=None,
                    updated_at=now,
                )
            ).rowcount
            if not claimed:
                raise StoreError("Only a failed message can be sent again")
            conn.execute(delete(outbox).where(outbox.c.message_id == mid))
            conn.execute(
                insert(outbox).values(
                    message_id=mid, state=PENDING, attempts=0, next_attempt_at=now
                )
            )
            change = self._message_change(conn, [mid], now)
        self._emit(change)
        return change.messages[0]

    # -- opt-outs ---------------------------------------------------------------------------

    def opt_out_of(self, peer_number: str, desk_number: str) -> OptOut | None:
        """Return the number's opt-out of ``desk_number``, or None if messages are allowed."""
        with self._read() as conn:
            row = self._opt_out_row(conn, desk_number, peer_number)
        return _opt_out(row) if row is not None else None

    def list_opt_outs(self, desk_number: str) -> list[OptOut]:
        """Every number opted out of ``desk_number``, the earliest first."""
        o = opt_outs.c
        stmt = (
            select(o.desk_number, o.peer_number, o.opted_out_at, o.reason, o.message_id)
            .where(o.desk_number == desk_number)
            .order_by(o.opted_out_at, o.peer_number)
        )
        with self._read() as conn:
            return [_opt_out(row) for row in conn.execute(stmt)]

    def opt_out(
        self,
        peer_number: str,
        desk_number: str,
        reason: str,
        *,
        message_id: MessageId | None = None,
        now: datetime | None = None,
    ) -> StoreChange:
        """Opt the number out of ``desk_number`` (a no-op if it is already).

        Writes a history line ("Opted out: replied STOP") in its conversation, if it has one.

        Args:
            peer_number: their number.
            desk_number: our number.
            reason: the keyword they sent ("STOP") or the gateway's code ("21610").
            message_id: the message that opted them out, if any.
            now: the time; defaults to now.

        Returns:
            The conversation and its history line (also emitted); empty if nothing changed.
        """
        _check_number(peer_number)
        _check_number(desk_number)
        now = _aware(now, default_now=True)
        with self._writer.begin() as conn:
            cid = self._conversation_of(conn, peer_number)
            line = self._set_opt_out(
                conn,
                desk_number,
                peer_number,
                reason,
                message_id=message_id,
                at=now,
                now=now,
                cid=cid,
            )
            change = self._history_change(conn, cid, line) if cid and line else StoreChange()
        return self._emit(change)

    def opt_in(
        self,
        peer_number: str,
        desk_number: str,
        *,
        keyword: str = "START",
        now: datetime | None = None,
    ) -> StoreChange:
        """Allow messages to the number from ``desk_number`` again (a no-op if they are).

        Writes a history line ("Opted back in: replied START") in its conversation.

        Returns:
            The conversation and its history line (also emitted); empty if nothing changed.
        """
        now = _aware(now, default_now=True)
        with self._writer.begin() as conn:
            cid = self._conversation_of(conn, peer_number)
            line = self._clear_opt_out(
                conn, desk_number, peer_number, keyword, at=now, now=now, cid=cid
            )
            change = self._history_change(conn, cid, line) if cid and line else StoreChange()
        return self._emit(change)

    def _conversation_of(self, conn: Connection, peer_number: str) -> int | None:
        return conn.execute(
            select(conversations.c.id).where(conversations.c.peer_number == peer_number)
        ).scalar_one_or_none()

    def _opt_out_row(self, conn: Connection, desk_number: str, peer_number: str) -> Row[Any] | None:
        o = opt_outs.c
        return conn.execute(
            select(o.desk_number, o.peer_number, o.opted_out_at, o.reason, o.message_id).where(
                o.desk_number == desk_number, o.peer_number == peer_number
            )
        ).one_or_none()

    def _refuse_opted_out(self, conn: Connection, desk_number: str, peer_number: str) -> None:
        row = self._opt_out_row(conn, desk_number, peer_number)
        if row is not None:
            raise OptedOut(blocked_reason(row.reason, row.opted_out_at) + ".")

    def _set_opt_out(
        self,
        conn: Connection,
        desk_number: str,
        peer_number: str,
        reason: str,
        *,
        message_id: int | None,
        at: datetime,
        now: datetime,
        cid: int | None,
    ) -> int | None:
        """Insert the opt-out unless there is one; return the history line's id if it is new."""
        inserted = conn.execute(
            self._upsert(opt_outs)
            .values(
                desk_number=desk_number,
                peer_number=peer_number,
                opted_out_at=at,
                reason=reason[:OPT_OUT_REASON_LENGTH],
                message_id=message_id,
            )
            .on_conflict_do_nothing(index_elements=[opt_outs.c.desk_number, opt_outs.c.peer_number])
            .returning(opt_outs.c.peer_number)
        ).first()
        if inserted is None or cid is None:
            return None
        self._touch(conn, [cid], now)
        return self._add_history(
            conn,
            cid,
            MessageKind.OPTED_OUT,
            opted_out_line(reason),
            None,
            now=now,
            created_at=at,
            to_number=peer_number,
        )

    def _clear_opt_out(
        self,
        conn: Connection,
        desk_number: str,
        peer_number: str,
        keyword: str,
        *,
        at: datetime,
        now: datetime,
        cid: int | None,
    ) -> int | None:
        """Delete the opt-out if there is one; return the history line's id if there was."""
        o = opt_outs.c
        removed = conn.execute(
            delete(opt_outs).where(o.desk_number == desk_number, o.peer_number == peer_number)
        ).rowcount
        if not removed or cid is None:
            return None
        self._touch(conn, [cid], now)
        return self._add_history(
            conn,
            cid,
            MessageKind.OPTED_IN,
            opted_in_line(keyword),
            None,
            now=now,
            created_at=at,
            to_number=peer_number,
        )

    # -- scheduled messages ----------------------------------------------------------------

    def edit_scheduled(
        self,
        mid: MessageId,
        body: str,
        scheduled_at: datetime,
        *,
        cancel_if_reply: bool | None = None,
        now: datetime | None = None,
    ) -> Message:
        """Change the text and time of a scheduled message the worker has not claimed yet.

        The outbox row moves with one conditional UPDATE (still pending, message still
        SCHEDULED), so an edit and the worker's claim never both win.

        Raises:
            ValueError: the body is empty.
            TooLate: it is being sent, was sent or was cancelled (the message says which).
        """
        if not body.strip():
            raise ValueError("An empty message cannot be sent")
        now = _aware(now, default_now=True)
        due = _aware(scheduled_at)
        o, m = outbox.c, messages.c
        values: dict[str, Any] = {"body": body, "scheduled_at": due, "updated_at": now}
        if cancel_if_reply is not None:
            values["cancel_if_reply"] = cancel_if_reply
        with self._writer.begin() as conn:
            moved = conn.execute(
                update(outbox)
                .where(o.message_id == mid, o.state == PENDING, self._still_scheduled(mid))
                .values(next_attempt_at=due)
            ).rowcount
            if moved != 1:
                raise TooLate(self._too_late(conn, mid))
            conn.execute(update(messages).where(m.id == mid).values(**values))
            cid = conn.execute(select(m.conversation_id).where(m.id == mid)).scalar_one()
            conn.execute(
                update(conversations)
                .where(conversations.c.id == cid, conversations.c.last_message_id == mid)
                .values(last_message_preview=_preview(body))
            )
            change = self._message_change(conn, [mid], now)
            conversation = self._select_conversation(conn, cid)
        assert conversation is not None
        self._emit(replace(change, conversations=(conversation,)))
        return change.messages[0]

    def cancel_scheduled(self, mid: MessageId, *, now: datetime | None = None) -> Message:
        """Cancel a scheduled message the worker has not claimed yet: it shows CANCELLED.

        Raises:
            TooLate: it is being sent, was sent or was cancelled (the message says which).
        """
        now = _aware(now, default_now=True)
        o = outbox.c
        with self._writer.begin() as conn:
            removed = conn.execute(
                delete(outbox).where(
                    o.message_id == mid, o.state == PENDING, self._still_scheduled(mid)
                )
            ).rowcount
            if removed != 1:
                raise TooLate(self._too_late(conn, mid))
            conn.execute(
                update(messages)
                .where(messages.c.id == mid)
                .values(status=MessageStatus.CANCELLED.value, updated_at=now)
            )
            change = self._message_change(conn, [mid], now)
        self._emit(change)
        return change.messages[0]

    @staticmethod
    def _still_scheduled(mid: MessageId) -> ColumnElement[bool]:
        m = messages.c
        return exists(
            select(literal(1)).where(m.id == mid, m.status == MessageStatus.SCHEDULED.value)
        )

    def _too_late(self, conn: Connection, mid: MessageId) -> str:
        status = conn.execute(
            select(messages.c.status).where(messages.c.id == mid)
        ).scalar_one_or_none()
        if status == MessageStatus.CANCELLED.value:
            return "This scheduled message was cancelled already."
        if status in (MessageStatus.SENT.value, MessageStatus.DELIVERED.value):
            return "Too late: it has been sent."
        if status == MessageStatus.FAILED.value:
            return "Too late: it was sent and failed."
        if status in (MessageStatus.QUEUED.value, MessageStatus.SENDING.value):
            return "Too late: it is being sent."
        return "This message is not scheduled."

    # -- contacts --------------------------------------------------------------------------

    def list_contacts(self, query: str = "", *, limit: int = 500) -> list[Contact]:
        """List contacts by name (case-insensitive), optionally only those matching a search.

        Args:
            query: text to look for, ignoring case and accents, anywhere in the
                name or company; when it looks like a number ("415 555", "+1 (415)"), its
                digits are also looked for anywhere in the contact's numbers.
            limit: at most this many contacts.

        Returns:
            The contacts, sorted by name.
        """
        k = contacts.c
        stmt = select(k.id, k.name, k.company, k.note)
        query = query.strip()
        if query:
            matches = [self._contains(k.name, query), self._contains(k.company, query)]
            digits = _typed_digits(query)
            if digits:
                matches.append(
                    k.id.in_(
                        select(contact_numbers.c.contact_id).where(
                            contact_numbers.c.number.contains(digits)
                        )
                    )
                )
            stmt = stmt.where(or_(*matches))
        stmt = stmt.order_by(self._fold(k.name), k.name, k.id).limit(limit)
        with self._read() as conn:
            rows = conn.execute(stmt).all()
            numbers = self._numbers_of(conn, [row.id for row in rows])
        return [
            Contact(ContactId(r.id), r.name, tuple(numbers.get(r.id, ())), r.company, r.note)
            for r in rows
        ]

    def get_contact(self, contact_id: ContactId) -> Contact | None:
        """Return the contact with this id, or None."""
        with self._read() as conn:
            return self._select_contact(conn, contact_id)

    def contact_for_number(self, number: str) -> Contact | None:
        """Return the contact this number belongs to, or None."""
        with self._read() as conn:
            contact_id = conn.execute(
                select(contact_numbers.c.contact_id).where(contact_numbers.c.number == number)
            ).scalar_one_or_none()
            return self._select_contact(conn, contact_id) if contact_id is not None else None

    def save_contact(self, draft: ContactDraft, *, now: datetime | None = None) -> Contact:
        """Create a contact (``draft.id`` None) or replace one's name, numbers and details.

        One transaction. Conversations with a number that gained or lost the name (or all of
        the contact's, when the name changed) are emitted with their new ``display_name``.

        Args:
            draft: the contact; its numbers must be normalised already (E.164 or short
                codes): the caller checks them. Duplicates are dropped, the order is kept.
            now: the time of writing; defaults to now.

        Returns:
            The contact as stored.

        Raises:
            StoreError: the name is empty or too long, there is no number, a number belongs
                to another contact (the message names it), or the contact no longer exists.
            ValueError: a number is empty or longer than a number can be.
        """
        name, numbers, company, note = _clean_draft(draft)
        now = _aware(now, default_now=True)
        k = contacts.c
        with self._writer.begin() as conn:
            old_name: str | None = None
            old_numbers: Sequence[str] = ()
            if draft.id is not None:
                old_name = conn.execute(select(k.name).where(k.id == draft.id)).scalar_one_or_none()
                if old_name is None:
                    raise StoreError("This contact no longer exists; it may have been deleted.")
                old_numbers = self._numbers_of(conn, [draft.id]).get(draft.id, [])
            self._refuse_numbers_of_others(conn, numbers, draft.id)
            details = {
                "name": name,
                "company": company,
                "note": note,
                "search_text": _contact_search_text(name, company),
                "updated_at": now,
            }
            if draft.id is None:
                contact_id = conn.execute(
                    insert(contacts).values(**details, created_at=now).returning(k.id)
                ).scalar_one()
            else:
                contact_id = draft.id
                conn.execute(update(contacts).where(k.id == contact_id).values(**details))
                conn.execute(
                    delete(contact_numbers).where(contact_numbers.c.contact_id == contact_id)
                )
            self._add_numbers(conn, contact_id, numbers, first_position=0)
            renamed = set(old_numbers) | set(numbers)
            affected = renamed if old_name != name else set(old_numbers) ^ set(numbers)
            changed = self._conversations_with_numbers(conn, affected)
        self._emit(StoreChange(conversations=tuple(changed)))
        return Contact(ContactId(contact_id), name, numbers, company, note)

    def delete_contact(self, contact_id: ContactId) -> None:
        """Delete a contact; its conversations stay, without the name (they are emitted).

        Deleting a contact that is not there does nothing.
        """
        with self._writer.begin() as conn:
            numbers = self._numbers_of(conn, [contact_id]).get(contact_id, [])
            # Explicitly, not only by the cascade: that needs SQLite's foreign_keys pragma.
            conn.execute(delete(contact_numbers).where(contact_numbers.c.contact_id == contact_id))
            deleted = conn.execute(delete(contacts).where(contacts.c.id == contact_id)).rowcount
            changed = self._conversations_with_numbers(conn, numbers) if deleted else []
        self._emit(StoreChange(conversations=tuple(changed)))

    def import_contacts(
        self, drafts: Sequence[ContactDraft], *, now: datetime | None = None
    ) -> ImportResult:
        """Add imported contacts, merging each into the contact that has one of its numbers.

        All or nothing: every draft is checked before anything is written, and everything is
        written in one transaction. A draft whose number belongs to a contact (stored, or made
        by an earlier draft of this import) is merged into it: the contact keeps its name,
        gains the draft's numbers that belong to nobody, and gets the draft's company and
        note where its own are empty. Any other draft becomes a new contact. ``draft.id`` is
        ignored: an import matches by number only.

        Args:
            drafts: the contacts to import, normalised numbers (``contacts_io`` makes them).
            now: the time of writing; defaults to now.

        Returns:
            How many drafts were added, merged with a change, or merged without one; each
            draft counts once.

        Raises:
            StoreError: a draft has no name or no number, or a name is too long, or (on
                PostgreSQL) another desk gave one of the numbers to a contact meanwhile;
                nothing is imported.
            ValueError: a draft has an unstorable number (nothing is imported).
        """
        cleaned = [_clean_draft(draft) for draft in drafts]
        if not cleaned:
            return ImportResult(added=0, updated=0, unchanged=0)
        now = _aware(now, default_now=True)
        k = contacts.c
        added = updated = unchanged = 0
        with self._writer.begin() as conn:
            owner = self._owners(conn, {n for _, numbers, _, _ in cleaned for n in numbers})
            merging = self._merge_states(conn, set(owner.values()))
            affected: set[str] = set()
            for name, numbers, company, note in cleaned:
                match = next((owner[n] for n in numbers if n in owner), None)
                if match is None:
                    contact_id = conn.execute(
                        insert(contacts)
                        .values(
                            name=name,
                            company=company,
                            note=note,
                            search_text=_contact_search_text(name, company),
                            created_at=now,
                            updated_at=now,
                        )
                        .returning(k.id)
                    ).scalar_one()
                    self._add_numbers(conn, contact_id, numbers, first_position=0)
                    owner.update(dict.fromkeys(numbers, contact_id))
                    merging[contact_id] = _MergeState(name, company, note, len(numbers))
                    affected.update(numbers)
                    added += 1
                    continue
                state = merging[match]
                values: dict[str, Any] = {}
                if company and not state.company:
                    values["company"] = state.company = company
                    values["search_text"] = _contact_search_text(state.name, company)
                if note and not state.note:
                    values["note"] = state.note = note
                new_numbers = tuple(n for n in numbers if n not in owner)
                if new_numbers:
                    self._add_numbers(conn, match, new_numbers, first_position=state.count)
                    owner.update(dict.fromkeys(new_numbers, match))
                    state.count += len(new_numbers)
                    affected.update(new_numbers)
                if not values and not new_numbers:
                    unchanged += 1
                    continue
                conn.execute(update(contacts).where(k.id == match).values(**values, updated_at=now))
                updated += 1
            changed = self._conversations_with_numbers(conn, affected)
        self._emit(StoreChange(conversations=tuple(changed)))
        return ImportResult(added=added, updated=updated, unchanged=unchanged)

    def _select_contact(self, conn: Connection, contact_id: int) -> Contact | None:
        k = contacts.c
        row = conn.execute(
            select(k.id, k.name, k.company, k.note).where(k.id == contact_id)
        ).one_or_none()
        if row is None:
            return None
        numbers = self._numbers_of(conn, [row.id]).get(row.id, [])
        return Contact(ContactId(row.id), row.name, tuple(numbers), row.company, row.note)

    def _numbers_of(self, conn: Connection, contact_ids: Sequence[int]) -> dict[int, list[str]]:
        """Each contact's numbers, in the order they were given."""
        n = contact_numbers.c
        found: dict[int, list[str]] = {}
        for chunk in _chunks(contact_ids):
            stmt = (
                select(n.contact_id, n.number)
                .where(n.contact_id.in_(chunk))
                .order_by(n.contact_id, n.position, n.number)
            )
            for contact_id, number in conn.execute(stmt):
                found.setdefault(contact_id, []).append(number)
        return found

    def _owners(self, conn: Connection, numbers: Iterable[str]) -> dict[str, int]:
        """The contact each of these numbers belongs to (numbers of nobody are left out)."""
        n = contact_numbers.c
        owner: dict[str, int] = {}
        for chunk in _chunks(sorted(numbers)):
            owner.update(
                (number, contact_id)
                for number, contact_id in conn.execute(
                    select(n.number, n.contact_id).where(n.number.in_(chunk))
                )
            )
        return owner

    def _merge_states(self, conn: Connection, contact_ids: Iterable[int]) -> dict[int, _MergeState]:
        k, n = contacts.c, contact_numbers.c
        states: dict[int, _MergeState] = {}
        for chunk in _chunks(sorted(contact_ids)):
            count = (
                select(func.count())
                .where(n.contact_id == k.id)
                .correlate(contacts)
                .scalar_subquery()
            )
            for contact_id, name, company, note, numbers in conn.execute(
                select(k.id, k.name, k.company, k.note, count).where(k.id.in_(chunk))
            ):
                states[contact_id] = _MergeState(name, company, note, numbers)
        return states

    def _refuse_numbers_of_others(
        self, conn: Connection, numbers: Sequence[str], contact_id: int | None
    ) -> None:
        """Raise StoreError naming the contact that already has one of these numbers."""
        n, k = contact_numbers.c, contacts.c
        stmt = select(n.number, k.name).join(contacts, k.id == n.contact_id)
        stmt = stmt.where(n.number.in_(numbers))
        if contact_id is not None:
            stmt = stmt.where(n.contact_id != contact_id)
        taken = {row.number: row.name for row in conn.execute(stmt)}
        for number in numbers:  # the first in the order the person typed them
            if number in taken:
                shown = format_for_display(number, "")
                raise StoreError(f"{shown} already belongs to {taken[number]}.")

    def _add_numbers(
        self, conn: Connection, contact_id: int, numbers: Sequence[str], *, first_position: int
    ) -> None:
        try:
            conn.execute(
                insert(contact_numbers),
                [
                    {"number": number, "contact_id": contact_id, "position": first_position + i}
                    for i, number in enumerate(numbers)
                ],
            )
        except IntegrityError as exc:
            # The numbers were checked in this transaction: only a concurrent writer (on
            # PostgreSQL; SQLite serialises writers) can have taken one since.
            if conn.dialect.name == "sqlite":
                raise
            raise StoreError(
                "One of these numbers was just given to another contact. Try again."
            ) from exc

    def _conversations_with_numbers(
        self, conn: Connection, numbers: Iterable[str]
    ) -> list[Conversation]:
        """The conversations with these peer numbers (those that exist), as they now are."""
        found: list[Conversation] = []
        for chunk in _chunks(sorted(numbers)):
            stmt = self._rows().where(conversations.c.peer_number.in_(chunk))
            found.extend(_conversation(row) for row in conn.execute(stmt))
        found.sort(key=lambda conversation: conversation.id)
        return found

    @staticmethod
    def _fold(value: Any) -> Any:
        """The text folded for comparing, case and accents ignored: ``smsdesk_fold``, a Python
        function on SQLite (registered on each connection), an SQL one on PostgreSQL
        (migration 0007: Latin, Greek and Cyrillic letters)."""
        return getattr(func, _FOLD_FUNCTION)(value)

    def _contains(self, column: Any, query: str) -> Any:
        """True where the column contains ``query``, ignoring case and accents.

        ``instr``/``strpos`` rather than LIKE: the typed text needs no escaping of % and _.
        """
        if self._engine.dialect.name == "sqlite":
            folded = fold_for_search(query)
            # Text of accents alone folds to "", which every value would contain.
            return self._holds(self._fold(column), folded) if folded else false()
        # PostgreSQL folds both sides with its own function: the same table for each.
        return self._holds(self._fold(column), self._fold(literal(query, Text())))

    def _holds(self, haystack: Any, needle: Any) -> Any:
        """True where ``needle`` occurs in ``haystack`` (``instr``, or ``strpos``)."""
        if self._engine.dialect.name == "sqlite":
            return func.instr(haystack, needle) > 0
        return func.strpos(haystack, needle) > 0

    # -- search ----------------------------------------------------------------------------

    def search_conversations(self, text: str, *, limit: int = 50) -> list[Conversation]:
        """Find conversations, archived or not, for what a person typed in the search box.

        A conversation is found when its contact's name or company contains the text
        (ignoring case and accents), when the text looks like a number with at
        least three digits and its number contains those digits, or when one of its messages
        contains every typed word, each as the start of a word ("inv 20" finds "Invoice
        2024"; "cafe" also finds "café"). Whatever is typed is taken as words,
        never as search syntax.

        Args:
            text: the typed text.
            limit: at most this many conversations.

        Returns:
            The conversations, each once, newest activity first.
        """
        text = text.strip()
        if not text or limit <= 0:
            return []
        words = _search_words(text)
        digits = _typed_digits(text, minimum=3)
        named = self._numbers_of_contacts_matching(text)
        with self._read() as conn:
            if self._engine.dialect.name == "sqlite":
                numbers = set(conn.execute(named).scalars())
                return self._search_sqlite(conn, words, digits, numbers, limit)
            return self._search_postgresql(conn, words, digits, named, limit)

    def _numbers_of_contacts_matching(self, text: str) -> Select[Any]:
        """SELECT the numbers of the contacts whose name or company contains ``text``."""
        n, k = contact_numbers.c, contacts.c
        folded = fold_for_search(text) or ""
        if "\n" not in folded:
            # The folded text stored with each contact: no fold per contact.
            found = self._holds(k.search_text, folded) if folded else false()
        else:
            found = or_(self._contains(k.name, text), self._contains(k.company, text))
        return select(n.number).join(contacts, k.id == n.contact_id).where(found)

    def _search_sqlite(
        self,
        conn: Connection,
        words: Sequence[str],
        digits: str,
        named: set[str],
        limit: int,
    ) -> list[Conversation]:
        """Search with the FTS5 index, reading no more of it than the answer needs.

        The newest matching messages are read first (FTS5 walks its index backwards). When
        they are all the matches, their conversations are the answer. When there are more,
        the conversations are walked newest activity first: those with one of the newest
        matches, a matching name or number are in at once; the few others met before the
        page is full are checked against the older matches in one statement.
        """
        c = conversations.c
        fts_query = _fts5_query(words)
        hits: set[int] = set()
        older_than: int | None = None  # set when older matches were not read
        if fts_query:
            newest = conn.exec_driver_sql(
                "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?"
                " ORDER BY rowid DESC LIMIT ?",
                (fts_query, _SEARCH_PROBE + 1),
            ).all()
            mids = [mid for (mid,) in newest]
            if len(mids) > _SEARCH_PROBE:
                older_than = mids[-1]
            hits = set(
                conn.execute(
                    select(messages.c.conversation_id)
                    .where(messages.c.id.in_(_json_values(mids)))
                    .distinct()
                ).scalars()
            )
        if older_than is None:
            if not (hits or named or digits):
                return []
            # Every match is known: let the chat-list index order them.
            found = [c.id.in_(_json_values(sorted(hits))), c.peer_number.in_(_json_values(named))]
            if digits:
                found.append(c.peer_number.contains(digits))
            stmt = (
                self._rows()
                .where(or_(*found))
                .order_by(c.last_activity_at.desc(), c.id.desc())
                .limit(limit)
            )
            return [_conversation(row) for row in conn.execute(stmt)]

        met: list[int] = []  # in activity order
        chosen: set[int] = set()
        unsure: list[int] = []  # met before the page filled, without a known match
        walk = conn.execute(
            select(c.id, c.peer_number).order_by(c.last_activity_at.desc(), c.id.desc())
        )
        for cid, peer in walk:
            met.append(cid)
            if cid in hits or peer in named or (digits and digits in peer):
                chosen.add(cid)
                if len(chosen) == limit:
                    break
            else:
                unsure.append(cid)
        walk.close()
        if unsure:
            # One FTS scan for all of them: FTS5 re-reads a prefix's index on every query,
            # so a lookup per message would cost far more than reading the matches once.
            # The CROSS JOIN keeps SQLite walking these conversations' messages by index.
            older = conn.exec_driver_sql(
                "SELECT DISTINCT m.conversation_id FROM json_each(?) AS u"
                " CROSS JOIN messages AS m ON m.conversation_id = u.value"
                " WHERE m.id < ? AND +m.id IN ("
                "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? AND rowid < ?)",
                (json.dumps(unsure), older_than, fts_query, older_than),
            )
            chosen.update(cid for (cid,) in older)
        ranked = [cid for cid in met if cid in chosen][:limit]
        return self._conversations_in_order(conn, ranked)

    def _conversations_in_order(self, conn: Connection, ids: Sequence[int]) -> list[Conversation]:
        found = {
            row.id: _conversation(row)
            for row in conn.execute(self._rows().where(conversations.c.id.in_(_json_values(ids))))
        }
        return [found[cid] for cid in ids if cid in found]

    def _search_postgresql(
        self,
        conn: Connection,
        words: Sequence[str],
        digits: str,
        named: Select[Any],
        limit: int,
    ) -> list[Conversation]:
        """Search with the GIN index on ``to_tsvector('simple', smsdesk_fold(body))``.

        The conversations found by their number and those found by their messages are two
        separate top-``limit`` lists (by activity), merged by the final statement: joined
        with OR in one condition, the planner could only filter every conversation with a
        subplan of the message search (``_conversations_with_words`` says how the messages
        are searched).
        """
        c = conversations.c
        newest_first = (c.last_activity_at.desc(), c.id.desc())
        # A search is short and typed as you go: the just-in-time compiler (used for plans
        # estimated above jit_above_cost, as hashing a common word's matches can be) spent
        # 1.2 s compiling one measured search plan, more than most take to run.
        conn.exec_driver_sql("SET LOCAL jit = off")
        found: list[Select[Any]] = []
        by_number: list[Any] = []
        # The contacts' numbers travel as a list when they are few; when many contacts
        # match (a letter or two: 22,000 numbers for "t"), shipping them to Python and back
        # made a search of 29 ms take 82, and the server joins them itself.
        numbers = list(conn.execute(named.limit(_PG_NAMED_LIST + 1)).scalars())
        if len(numbers) > _PG_NAMED_LIST:
            by_number.append(c.peer_number.in_(named))
        elif numbers:
            named_list = bindparam("named", sorted(numbers), type_=_TEXT_ARRAY)
            by_number.append(c.peer_number == any_(named_list))
        if digits:
            by_number.append(c.peer_number.contains(digits))
        if by_number:
            found.append(select(c.id).where(or_(*by_number)).order_by(*newest_first).limit(limit))
        if words:
            found.append(self._conversations_with_words(conn, words, limit))
        if not found:
            return []
        candidates = union_all(*(part.subquery().select() for part in found)).subquery()
        stmt = (
            self._rows()
            .where(c.id.in_(select(candidates.c.id)))
            .order_by(*newest_first)
            .limit(limit)
        )
        return [_conversation(row) for row in conn.execute(stmt)]

    def _conversations_with_words(
        self, conn: Connection, words: Sequence[str], limit: int
    ) -> Select[Any]:
        """The newest ``limit`` conversations with a message holding every word (PostgreSQL).

        Two ways, chosen by how many messages the planner expects to match (its statistics
        of the indexed words, migration 0011): few, and every match is read from the index
        at once; many, and the newest conversations are walked, each until its first match,
        which a common word ends quickly. The walk stops after the newest
        ``_PG_SEARCH_WALK`` conversations: words each common but never in one message
        ("thanks appointment") would otherwise walk every message (3.9 s at a million, and
        the planner, which takes words as independent, expects thousands of matches), so
        the index answers when the walk does not.

        Returns:
            A SELECT of the conversations' ids: the ids found by the walk, or the statement
            that reads them from the index.
        """
        c, m = conversations.c, messages.c
        newest_first = (c.last_activity_at.desc(), c.id.desc())
        query = {"tsquery": " & ".join(f"{word}:*" for word in words)}
        # Each word is letters and digits only, so it cannot be tsquery syntax.
        matches = text(_PG_MATCHES).bindparams(**query)
        (plan,) = conn.execute(text(_PG_MATCHES_ESTIMATE), query).scalar_one()
        if plan["Plan"]["Plan Rows"] > _PG_SEARCH_FROM_INDEX:
            # The newest conversations in order, each tested as it comes: the walk stops at
            # the limit-th with a match (filtering them first would test all of them).
            newest = (
                select(c.id, c.last_activity_at)
                .order_by(*newest_first)
                .limit(max(_PG_SEARCH_WALK, 5 * limit))
                .subquery()
            )
            walk = (
                select(newest.c.id)
                .where(exists().where(m.conversation_id == newest.c.id, matches))
                .order_by(newest.c.last_activity_at.desc(), newest.c.id.desc())
                .limit(limit)
            )
            walked = list(conn.execute(walk).scalars())
            if len(walked) == limit:
                return select(c.id).where(
                    c.id == any_(bindparam("walked", walked, type_=_INT_ARRAY))
                )
        # MATERIALIZED: read from the index on its own, never re-planned into a walk.
        hits = select(m.conversation_id).where(matches).cte("hits").prefix_with("MATERIALIZED")
        return (
            select(c.id)
            .where(c.id.in_(select(hits.c.conversation_id)))
            .order_by(*newest_first)
            .limit(limit)
        )

    # -- sync writes: inbound --------------------------------------------------------------

    def ingest_inbound(
        self, records: Sequence[InboundRecord], *, now: datetime | None = None
    ) -> StoreChange:
        """Store inbound messages, skipping any already stored, in one transaction.

        Conversations are created for new numbers. Each conversation that got new messages
        shows the newest of them in its summary when it is newer than its last activity, and
        they are unread for every colleague who has not read past them. A conversation that
        was archived or dealt with comes back to Chats, unowned, with a history line "Back in
        Chats: new message from …" just before the new messages. Duplicates (by gateway sid)
        within the batch or of earlier batches are ignored.

        In the same transaction: a message that is an opt-out keyword (STOP…) opts its
        number out of the desk number it was sent to, and START… opts it back in, each with
        a history line; and a reply cancels the conversation's scheduled messages marked
        "cancel if they reply first" that the worker has not claimed, with a history line.

        Args:
            records: the messages, in any order.
            now: the time of storing; defaults to now.

        Returns:
            What was new (also emitted to subscribers); empty when nothing was.
        """
        fresh_by_sid: dict[str, InboundRecord] = {}
        for record in records:  # within a batch, the first copy of a sid wins
            fresh_by_sid.setdefault(record.sid, record)
        if not fresh_by_sid:
            return StoreChange()
        now = _aware(now, default_now=True)

        # Stored oldest first, so that ids (the display order) follow the gateway's times.
        fresh = sorted(fresh_by_sid.values(), key=lambda r: r.created_at)
        with self._writer.begin() as conn:
            current = self._get_or_create_conversations(conn, fresh, now)
            ids = {peer: row.id for peer, row in current.items()}
            reopened = self._reopen_lines(conn, fresh, current, now)
            inserted = self._insert_inbound(conn, fresh, ids, now)
            if not inserted:
                return StoreChange()
            lines = self._apply_keywords(conn, inserted, fresh_by_sid, now)
            lines += self._cancel_scheduled_on_reply(conn, inserted, now)
            changed = self._update_inbound_summaries(conn, inserted, current.values(), now)
            if reopened or lines:
                inserted = sorted(
                    [*inserted, *reopened, *lines], key=lambda m: (m.conversation_id, m.id)
                )
        return self._emit(StoreChange(conversations=tuple(changed), messages=tuple(inserted)))

    def _apply_keywords(
        self,
        conn: Connection,
        stored: Sequence[Message],
        records: Mapping[str, InboundRecord],
        now: datetime,
    ) -> list[Message]:
        """Opt numbers out (STOP…) or back in (START…) for new messages that are a keyword.

        Applied in arrival order; a history line is added only when the state changes.

        Returns:
            The history lines added.
        """
        lines: list[Message] = []
        for message in sorted(stored, key=lambda m: m.id):
            action = opt_out_action(message.body)
            if action is None or message.gateway_sid is None:
                continue
            record = records[message.gateway_sid]
            keyword = message.body.strip().upper()
            if action is OptOutAction.STOP:
                line = self._set_opt_out(
                    conn,
                    record.desk_number,
                    record.peer_number,
                    keyword,
                    message_id=message.id,
                    at=message.created_at,
                    now=now,
                    cid=message.conversation_id,
                )
            else:
                line = self._clear_opt_out(
                    conn,
                    record.desk_number,
                    record.peer_number,
                    keyword,
                    at=message.created_at,
                    now=now,
                    cid=message.conversation_id,
                )
            if line is not None:
                found = self._select_message(conn, line)
                assert found is not None
                lines.append(found)
        return lines

    def _cancel_scheduled_on_reply(
        self, conn: Connection, stored: Sequence[Message], now: datetime
    ) -> list[Message]:
        """Cancel scheduled "cancel if they reply first" messages the peer replied before.

        Only messages scheduled before the reply was sent (give or take the clocks), and
        not yet claimed by the worker (the same conditional DELETE as ``cancel_scheduled``).

        Returns:
            The cancelled messages and a history line per conversation.
        """
        latest: dict[int, datetime] = {}
        for message in stored:
            at = latest.get(message.conversation_id)
            if at is None or message.created_at > at:
                latest[message.conversation_id] = message.created_at
        m, o = messages.c, outbox.c
        waiting: list[Row[Any]] = []
        for chunk in _chunks(sorted(latest)):
            waiting.extend(
                conn.execute(
                    select(m.id, m.conversation_id, m.created_at)
                    .where(
                        m.status == MessageStatus.SCHEDULED.value,
                        m.cancel_if_reply == true(),
                        m.conversation_id.in_(chunk),
                    )
                    .order_by(m.id)
                )
            )
        cancelled: dict[int, list[int]] = {}
        for mid, cid, created_at in waiting:
            if created_at > latest[cid] + _REPLY_CLOCK_TOLERANCE:
                continue  # scheduled after they wrote
            removed = conn.execute(
                delete(outbox).where(o.message_id == mid, o.state == PENDING)
            ).rowcount
            if removed != 1:
                continue  # the worker has it already: too late
            conn.execute(
                update(messages)
                .where(m.id == mid)
                .values(status=MessageStatus.CANCELLED.value, updated_at=now)
            )
            cancelled.setdefault(cid, []).append(mid)
        changed: list[Message] = []
        for cid, mids in sorted(cancelled.items()):
            text = (
                "Scheduled message cancelled: they replied first"
                if len(mids) == 1
                else f"{len(mids)} scheduled messages cancelled: they replied first"
            )
            line = self._add_history(
                conn, cid, MessageKind.UNSCHEDULED, text, None, now=now, created_at=latest[cid]
            )
            for mid in [*mids, line]:
                found = self._select_message(conn, mid)
                assert found is not None
                changed.append(found)
        return changed

    def _get_or_create_conversations(
        self, conn: Connection, records: Sequence[InboundRecord | HistoryRecord], now: datetime
    ) -> dict[str, Row[Any]]:
        """Return the conversation row (locked on PostgreSQL) for each record's peer number."""
        newest: dict[str, datetime] = {}
        for record in records:
            at = newest.get(record.peer_number)
            if at is None or record.created_at > at:
                newest[record.peer_number] = record.created_at
        current = self._lock_conversations(conn, sorted(newest))
        missing = [peer for peer in newest if peer not in current]
        if missing:
            conn.execute(
                self._upsert(conversations).on_conflict_do_nothing(
                    index_elements=[conversations.c.peer_number]
                ),
                [
                    {
                        "peer_number": peer,
                        "created_at": now,
                        "last_activity_at": newest[peer],
                        "last_message_preview": "",
                        "updated_at": now,
                    }
                    for peer in missing
                ],
            )
            current.update(self._lock_conversations(conn, missing))
        return current

    def _lock_conversations(self, conn: Connection, peers: Sequence[str]) -> dict[str, Row[Any]]:
        # The summaries are computed from these rows and written back, so on PostgreSQL they
        # are locked (FOR UPDATE) until commit; SQLite's BEGIN IMMEDIATE already holds the
        # whole database, and SQLAlchemy renders no FOR UPDATE there.
        c = conversations.c
        found: dict[str, Row[Any]] = {}
        for chunk in _chunks(peers):
            stmt = (
                select(
                    c.id,
                    c.peer_number,
                    c.last_activity_at,
                    c.last_message_id,
                    c.last_inbound_id,
                    c.archived_at,
                    c.dealt_with_at,
                    contacts.c.name.label("display_name"),
                )
                .select_from(_CONVERSATION_FROM)
                .where(c.peer_number.in_(chunk))
                .order_by(c.id)
                # Only the conversations: PostgreSQL refuses to lock the nullable side of an
                # outer join, and the contact's name is only read here.
                .with_for_update(of=conversations)
            )
            found.update((row.peer_number, row) for row in conn.execute(stmt))
        return found

    def _reopen_lines(
        self,
        conn: Connection,
        records: Sequence[InboundRecord],
        current: Mapping[str, Row[Any]],
        now: datetime,
    ) -> list[Message]:
        """Add "Back in Chats" history lines to archived or dealt-with conversations that get
        a new message, before the messages are inserted (so the line reads above them).

        Only records whose sid is not stored yet count: the conversation rows are locked, so
        no other writer can store them in between.

        Returns:
            The history lines added.
        """
        closed = {
            peer
            for peer, row in current.items()
            if row.archived_at is not None or row.dealt_with_at is not None
        }
        if not closed:
            return []
        waking = [record for record in records if record.peer_number in closed]
        known = self._known_sids(conn, [record.sid for record in waking])
        first_new: dict[str, InboundRecord] = {}
        for record in waking:  # oldest first
            if record.sid not in known:
                first_new.setdefault(record.peer_number, record)
        lines: list[Message] = []
        for peer, record in sorted(first_new.items(), key=lambda item: current[item[0]].id):
            row = current[peer]
            sender = row.display_name or format_for_display(peer, "")
            body = f"Back in Chats: new message from {sender}"
            # Dated like the message that woke it, so it sits under the same day heading.
            mid = self._add_history(
                conn,
                row.id,
                MessageKind.REOPENED,
                body,
                None,
                now=now,
                created_at=record.created_at,
                to_number=peer,
            )
            lines.append(
                Message(
                    MessageId(mid),
                    ConversationId(row.id),
                    Direction.OUTBOUND,
                    body,
                    MessageStatus.DELIVERED,
                    record.created_at,
                    kind=MessageKind.REOPENED,
                )
            )
        return lines

    def _insert_inbound(
        self,
        conn: Connection,
        records: Sequence[InboundRecord],
        conversation_ids: Mapping[str, int],
        now: datetime,
    ) -> list[Message]:
        """Insert the records whose sid is new; return those, sorted by conversation and time.

        ON CONFLICT DO NOTHING skips sids stored already (by an earlier poll, or by a
        concurrent writer in team mode) and RETURNING names exactly the rows this call stored.
        """
        rows = [
            (
                conversation_ids[r.peer_number],
                r.body,
                r.peer_number,
                r.desk_number,
                r.sid,
                r.created_at,
            )
            for r in records
        ]
        if conn.dialect.name == "sqlite" and self._sqlite_fast_ingest:
            new_ids = self._insert_inbound_sqlite(conn, rows, now)
        else:
            new_ids = self._insert_inbound_core(conn, rows, now)
        if not new_ids:
            return []
        stored = [
            Message(
                MessageId(new_ids[sid]),
                ConversationId(cid),
                Direction.INBOUND,
                body,
                MessageStatus.RECEIVED,
                created_at,
                sid,
            )
            for cid, body, _peer, _desk, sid, created_at in rows
            if sid in new_ids
        ]
        stored.sort(key=lambda m: (m.conversation_id, m.id))
        return stored

    def _insert_inbound_core(
        self, conn: Connection, rows: Sequence[tuple[Any, ...]], now: datetime
    ) -> dict[str, int]:
        stmt = (
            self._upsert(messages)
            .values(
                direction=Direction.INBOUND.value,
                status=MessageStatus.RECEIVED.value,
                updated_at=now,
            )
            .on_conflict_do_nothing(index_elements=[messages.c.gateway_sid])
            .returning(messages.c.id, messages.c.gateway_sid)
        )
        params = [
            {
                "conversation_id": cid,
                "body": body,
                "from_number": peer,
                "to_number": desk,
                "gateway_sid": sid,
                "created_at": created_at,
            }
            for cid, body, peer, desk, sid, created_at in rows
        ]
        return {sid: mid for mid, sid in conn.execute(stmt, params)}

    def _insert_inbound_sqlite(
        self, conn: Connection, rows: Sequence[tuple[Any, ...]], now: datetime
    ) -> dict[str, int]:
        # The same statement as _insert_inbound_core, at the driver level: SQLAlchemy's
        # per-row parameter handling costs more than SQLite's insert itself, and ingest must
        # stay within a small factor of a raw executemany. Multi-row VALUES with RETURNING,
        # in batches well under SQLite's bound-parameter limit.
        inbound, received = Direction.INBOUND.value, MessageStatus.RECEIVED.value
        updated_at = sqlite_text(now)
        new_ids: dict[str, int] = {}
        for batch in _chunks(rows, _SQLITE_INSERT_ROWS):
            params: list[Any] = []
            for cid, body, peer, desk, sid, created_at in batch:
                params += (cid, inbound, body, peer, desk, sid, received)
                params += (sqlite_text(created_at), updated_at)
            sql = _SQLITE_INBOUND_SQL.format(values=",".join([_SQLITE_INBOUND_ROW] * len(batch)))
            new_ids.update((sid, mid) for mid, sid in conn.exec_driver_sql(sql, tuple(params)))
        return new_ids

    def _update_inbound_summaries(
        self,
        conn: Connection,
        stored: Sequence[Message],
        current: Iterable[Row[Any]],
        now: datetime,
    ) -> list[Conversation]:
        """Show the last new message, move ``last_inbound_id`` on, and bring back from the
        archive (unowned, when it was archived or dealt with).

        The last message to arrive is the one the conversation shows at its bottom, so it is
        the one the chat list previews, even if the gateway dated it a little earlier than
        the last activity (the activity time itself never goes backwards).

        Returns:
            The updated conversations, as they now are.
        """
        newest_of: dict[int, Message] = {}
        for message in stored:  # sorted by (conversation, id): the last arrived last
            newest_of[message.conversation_id] = message

        params: list[dict[str, Any]] = []
        closed: list[int] = []
        for row in sorted(current, key=lambda row: row.id):
            newest = newest_of.get(row.id)
            if newest is None:
                continue
            if row.archived_at is not None or row.dealt_with_at is not None:
                closed.append(row.id)
            if row.last_message_id is None or row.last_message_id < newest.id:
                summary = {
                    "b_mid": newest.id,
                    "b_preview": _preview(newest.body),
                    "b_direction": _INBOUND,
                    "b_status": MessageStatus.RECEIVED.value,
                }
            else:  # a newer message of ours is already its summary (PostgreSQL races)
                summary = {"b_mid": row.last_message_id, "b_preview": None}
            params.append(
                {
                    "b_id": row.id,
                    "b_at": max(row.last_activity_at, newest.created_at),
                    "b_inbound": max(row.last_inbound_id or 0, newest.id),
                    **summary,
                }
            )
        c = conversations.c
        with_summary = [p for p in params if p["b_preview"] is not None]
        without_summary = [p for p in params if p["b_preview"] is None]
        if with_summary:
            conn.execute(_summary_update(now, whole=True, archived_at=None), with_summary)
        if without_summary:
            conn.execute(
                _summary_update(now, whole=False, archived_at=None),
                [{k: p[k] for k in _ACTIVITY_KEYS} for p in without_summary],
            )
        for chunk in _chunks(closed):
            # Back in Chats for everyone: no owner, no longer dealt with.
            conn.execute(
                update(conversations)
                .where(c.id.in_(chunk))
                .values(owner_id=None, owner_since=None, dealt_with_at=None, dealt_with_by=None)
            )
        return self._select_conversations(conn, [p["b_id"] for p in params])

    # -- bulk import of history -------------------------------------------------------------

    def import_history(
        self, records: Sequence[HistoryRecord], *, now: datetime | None = None
    ) -> StoreChange:
        """Store messages from history kept elsewhere, in bulk, in one transaction.

        For bringing a desk's past over from another system (or building a large store to
        measure): conversations are created for new numbers; each conversation's summary moves
        on to its last imported message (the one shown last, as for a late message), while its
        activity time only ever moves forward. Nothing is sent, nothing is reopened from the
        archive and no history line is written: this is the past. Imported inbound messages
        count as unread like received ones, for colleagues who have not read past them
        (accounts created later have them as history).

        Messages are shown in the order they were stored, so import oldest first and before
        live traffic; records are stored in order of ``created_at`` (stable). Records with a
        ``sid`` already stored, or repeated in the batch, are skipped.

        Args:
            records: the messages.
            now: the time of storing; defaults to now.

        Returns:
            What was stored (also emitted to subscribers).
        """
        seen: set[str] = set()
        fresh: list[HistoryRecord] = []
        for record in records:
            if record.sid is not None:
                if record.sid in seen:
                    continue
                seen.add(record.sid)
            fresh.append(record)
        if not fresh:
            return StoreChange()
        now = _aware(now, default_now=True)
        fresh.sort(key=lambda r: r.created_at)
        with self._writer.begin() as conn:
            current = self._get_or_create_conversations(conn, fresh, now)
            ids = {peer: row.id for peer, row in current.items()}
            if conn.dialect.name == "sqlite" and self._sqlite_fast_ingest:
                stored = self._insert_history_sqlite(conn, fresh, ids, now)
            else:
                stored = self._insert_history_core(conn, fresh, ids, now)
            if not stored:
                return StoreChange()
            changed = self._update_history_summaries(conn, stored, current.values(), now)
        return self._emit(StoreChange(conversations=tuple(changed), messages=tuple(stored)))

    def _insert_history_sqlite(
        self,
        conn: Connection,
        records: Sequence[HistoryRecord],
        conversation_ids: Mapping[str, int],
        now: datetime,
    ) -> list[Message]:
        # Multi-row VALUES at the driver level, as _insert_inbound_sqlite. SQLite gives the
        # rows of one INSERT ascending rowids in VALUES order (the write lock is held), so the
        # returned ids, sorted, belong to the records that were not skipped, in order.
        updated_at = sqlite_text(now)
        stored: list[Message] = []
        for batch in _chunks(records, _SQLITE_HISTORY_ROWS):
            params: list[Any] = []
            for r in batch:
                row = _history_row(r, conversation_ids[r.peer_number])
                params += (sqlite_text(v) if isinstance(v, datetime) else v for v in row.values())
                params.append(updated_at)
            sql = _SQLITE_HISTORY_SQL.format(values=",".join([_SQLITE_HISTORY_ROW] * len(batch)))
            new_ids = sorted(mid for (mid,) in conn.exec_driver_sql(sql, tuple(params)))
            kept: Sequence[HistoryRecord] = batch
            if len(new_ids) < len(batch):
                # Some sids were stored already: keep the records whose sid this INSERT wrote.
                mine = set(
                    conn.execute(
                        select(messages.c.gateway_sid).where(
                            messages.c.id.in_(_json_values(new_ids))
                        )
                    ).scalars()
                )
                kept = [r for r in batch if r.sid is None or r.sid in mine]
            stored.extend(
                _history_message(mid, conversation_ids[r.peer_number], r)
                for mid, r in zip(new_ids, kept, strict=True)
            )
        stored.sort(key=lambda m: (m.conversation_id, m.id))
        return stored

    def _insert_history_core(
        self,
        conn: Connection,
        records: Sequence[HistoryRecord],
        conversation_ids: Mapping[str, int],
        now: datetime,
    ) -> list[Message]:
        stmt = (
            self._upsert(messages)
            .values(updated_at=now)
            .on_conflict_do_nothing(index_elements=[messages.c.gateway_sid])
            .returning(messages.c.id, messages.c.gateway_sid, sort_by_parameter_order=True)
        )
        params = [_history_row(r, conversation_ids[r.peer_number]) for r in records]
        returned = conn.execute(stmt, params).all()
        by_sid = {sid: mid for mid, sid in returned if sid is not None}
        unnamed = iter(sorted(mid for mid, sid in returned if sid is None))
        stored = []
        for r in records:
            if r.sid is None:
                mid = next(unnamed)
            elif r.sid in by_sid:
                mid = by_sid[r.sid]
            else:
                continue
            stored.append(_history_message(mid, conversation_ids[r.peer_number], r))
        stored.sort(key=lambda m: (m.conversation_id, m.id))
        return stored

    def _update_history_summaries(
        self,
        conn: Connection,
        stored: Sequence[Message],
        current: Iterable[Row[Any]],
        now: datetime,
    ) -> list[Conversation]:
        """Move each conversation's summary on to its newest imported message, if newer."""
        newest_of: dict[int, Message] = {}
        inbound_of: dict[int, int] = {}
        for message in stored:  # sorted by (conversation, id)
            newest_of[message.conversation_id] = message
            if message.direction is Direction.INBOUND:
                inbound_of[message.conversation_id] = message.id
        params: list[dict[str, Any]] = []
        for row in sorted(current, key=lambda row: row.id):
            newest = newest_of.get(row.id)
            if newest is None:
                continue
            newer = row.last_message_id is None or row.last_message_id < newest.id
            params.append(
                {
                    "b_id": row.id,
                    "b_at": max(row.last_activity_at, newest.created_at),
                    "b_mid": newest.id if newer else row.last_message_id,
                    "b_newer": newer,
                    "b_preview": _preview(newest.body),
                    "b_direction": newest.direction.value,
                    "b_status": newest.status.value,
                    "b_inbound": max(row.last_inbound_id or 0, inbound_of.get(row.id, 0)) or None,
                }
            )
        newer = [p for p in params if p["b_newer"]]
        older = [p for p in params if not p["b_newer"]]
        if newer:
            conn.execute(
                _summary_update(now, whole=True),
                [{k: v for k, v in p.items() if k != "b_newer"} for p in newer],
            )
        if older:
            conn.execute(
                _summary_update(now, whole=False),
                [{k: p[k] for k in _ACTIVITY_KEYS} for p in older],
            )
        return self._select_conversations(conn, [p["b_id"] for p in params])

    def known_sids(self, sids: Iterable[str]) -> set[str]:
        """Return which of these gateway ids are stored already."""
        with self._read() as conn:
            return self._known_sids(conn, list(dict.fromkeys(sids)))

    def _known_sids(self, conn: Connection, sids: Sequence[str]) -> set[str]:
        sid = messages.c.gateway_sid
        known: set[str] = set()
        for chunk in _chunks(sids):
            known.update(conn.execute(select(sid).where(sid.in_(chunk))).scalars())
        return known

    def get_watermark(self, key: str) -> datetime | None:
        """Return the time stored under ``key`` (e.g. the inbound polling watermark)."""
        with self._read() as conn:
            return conn.execute(
                select(sync_state.c.value_at).where(sync_state.c.key == key)
            ).scalar_one_or_none()

    def set_watermark(self, key: str, value: datetime) -> None:
        """Store a time under ``key``, replacing what was there."""
        stmt = self._upsert(sync_state).values(key=key, value_at=_aware(value), updated_at=utcnow())
        stmt = stmt.on_conflict_do_update(
            index_elements=[sync_state.c.key],
            set_={"value_at": stmt.excluded.value_at, "updated_at": stmt.excluded.updated_at},
        )
        with self._writer.begin() as conn:
            conn.execute(stmt)

    # -- sync writes: outbox ---------------------------------------------------------------

    def due_outbox(self, now: datetime, limit: int = 20) -> list[OutboxItem]:
        """Return outbox rows due by ``now`` (pending and in flight), the most overdue first.

        An in-flight row is due for its look-up at once, whoever made the attempt (this desk,
        another desk, an earlier run of this desk): a copy the gateway has is recorded without
        delay. The engine sends one again only once the attempt is a grace old (see
        ``SyncEngine._too_early_to_resend``).
        """
        stmt = (
            select(*_OUTBOX_COLUMNS)
            .join(messages, messages.c.id == outbox.c.message_id)
            .where(outbox.c.next_attempt_at <= _aware(now))
            .order_by(outbox.c.next_attempt_at, outbox.c.message_id)
            .limit(limit)
        )
        with self._read() as conn:
            return [_outbox_item(row) for row in conn.execute(stmt)]

    def in_flight_outbox(self) -> list[OutboxItem]:
        """Return every outbox row handed to the gateway without a recorded outcome.

        After a crash these must be checked with the gateway, not blindly sent again.
        """
        stmt = (
            select(*_OUTBOX_COLUMNS)
            .join(messages, messages.c.id == outbox.c.message_id)
            .where(outbox.c.state == IN_FLIGHT)
            .order_by(outbox.c.attempt_started_at, outbox.c.message_id)
        )
        with self._read() as conn:
            return [_outbox_item(row) for row in conn.execute(stmt)]

    def begin_send(
        self, mid: MessageId, now: datetime, *, claimant: Claimant | None = None
    ) -> bool:
        """Claim a pending outbox row for sending: it becomes in flight, the message SENDING.

        The claim is one conditional UPDATE, so of two callers at once exactly one wins. A
        message to a number that opted out is not claimed but FAILED with the reason, so the
        gateway is never called for it. In a team the claimant's lease token is checked in
        the same transaction first (``desktop.store.fencing``): a desk that no longer leads
        claims nothing, so it cannot send.

        Args:
            mid: the message.
            now: when the attempt starts.
            claimant: who claims it (recorded on the row); None for callers outside the
                sync engine (recorded as nobody: another claimant for everyone).

        Returns:
            True if this call claimed it; False if it was not pending (already claimed,
            settled, or not in the outbox) or was refused because the number opted out.

        Raises:
            LeaseLost: the claimant's lease token no longer holds; nothing was written.
        """
        now = _aware(now)
        o, m = outbox.c, messages.c
        with self._writer.begin() as conn:
            lease = claimant.lease if claimant is not None else None
            if lease is not None and not token_holds(conn, lease):
                raise LeaseLost()
            numbers = conn.execute(
                select(m.from_number, m.to_number).where(m.id == mid)
            ).one_or_none()
            if numbers is not None and self._opt_out_row(
                conn, numbers.from_number, numbers.to_number
            ):
                # Refused before the gateway is called: the number opted out meanwhile.
                refused = conn.execute(
                    delete(outbox).where(o.message_id == mid, o.state == PENDING)
                ).rowcount
                if refused != 1:
                    return False
                conn.execute(
                    update(messages)
                    .where(m.id == mid)
                    .values(
                        status=MessageStatus.FAILED.value,
                        error_code=None,
                        error_message=REFUSED,
                        updated_at=now,
                    )
                )
                change = self._message_change(conn, [mid], now)
                claimed = 0
            else:
                claimed = conn.execute(
                    update(outbox)
                    .where(o.message_id == mid, o.state == PENDING)
                    .values(
                        state=IN_FLIGHT,
                        attempts=o.attempts + 1,
                        attempt_started_at=now,
                        claimed_by=claimant.desk if claimant is not None else None,
                        claim_epoch=claimant.epoch if claimant is not None else None,
                    )
                ).rowcount
                if claimed != 1:
                    return False
                conn.execute(
                    update(messages)
                    .where(m.id == mid)
                    .values(
                        status=MessageStatus.SENDING.value,
                        # A scheduled message is dated when it goes, not when it was written.
                        created_at=case(
                            (m.status == MessageStatus.SCHEDULED.value, now),
                            else_=m.created_at,
                        ),
                        updated_at=now,
                    )
                )
                change = self._message_change(conn, [mid], now)
        self._emit(change)
        return claimed == 1

    def mark_uncertain(self, mid: MessageId, next_attempt_at: datetime, error: str) -> None:
        """Keep an in-flight message in flight, to be checked again at ``next_attempt_at``.

        For an attempt whose outcome is unknown (the gateway may have the message): it must
        be looked up, not resent. The message stays SENDING, so nothing is emitted.
        """
        o = outbox.c
        with self._writer.begin() as conn:
            conn.execute(
                update(outbox)
                .where(o.message_id == mid, o.state == IN_FLIGHT)
                .values(next_attempt_at=_aware(next_attempt_at), last_error=error)
            )

    def reschedule(
        self,
        mid: MessageId,
        next_attempt_at: datetime,
        error: str,
        *,
        now: datetime | None = None,
        attempt: int | None = None,
    ) -> None:
        """Put a message back in the queue, to be sent again at ``next_attempt_at``.

        For an attempt known not to have reached the gateway. The message shows QUEUED.

        Args:
            mid: the message.
            next_attempt_at: when to send it again.
            error: why the attempt failed (kept on the outbox row).
            now: the time of recording; defaults to now.
            attempt: only if the row is still at this attempt: a look-up's "not there" is
                about the attempt it looked up, not one another desk has started since.
        """
        now = _aware(now, default_now=True)
        where = [outbox.c.message_id == mid]
        if attempt is not None:
            where.append(outbox.c.attempts == attempt)
        with self._writer.begin() as conn:
            found = conn.execute(
                update(outbox)
                .where(*where)
                .values(state=PENDING, next_attempt_at=_aware(next_attempt_at), last_error=error)
            ).rowcount
            if not found:
                return
            conn.execute(
                update(messages)
                .where(
                    messages.c.id == mid,
                    messages.c.status.in_(
                        [MessageStatus.QUEUED.value, MessageStatus.SENDING.value]
                    ),
                )
                .values(status=MessageStatus.QUEUED.value, updated_at=now)
            )
            change = self._message_change(conn, [mid], now)
        self._emit(change)

    def record_sent(
        self,
        mid: MessageId,
        sid: str,
        status: MessageStatus,
        sent_at: datetime | None,
        *,
        now: datetime | None = None,
    ) -> None:
        """Record that the gateway accepted a message: its id and status; the outbox row goes.

        Args:
            mid: the message.
            sid: the gateway's id for it.
            status: SENT or DELIVERED.
            sent_at: when the gateway sent it, if it said.
            now: the time of recording; defaults to now.

        Raises:
            ValueError: ``status`` is neither SENT nor DELIVERED.
            StoreError: the gateway id belongs to another message already.
        """
        if status not in (MessageStatus.SENT, MessageStatus.DELIVERED):
            raise ValueError(f"a sent message is SENT or DELIVERED, not {status}")
        now = _aware(now, default_now=True)
        sent_at = _aware(sent_at) if sent_at is not None else None
        with self._writer.begin() as conn:
            try:
                conn.execute(
                    update(messages)
                    .where(messages.c.id == mid)
                    .values(
                        gateway_sid=sid,
                        status=status.value,
                        sent_at=sent_at,
                        error_code=None,
                        error_message=None,
                        updated_at=now,
                    )
                )
            except IntegrityError as exc:
                raise StoreError(
                    f"The gateway's message id {sid} already belongs to another message"
                ) from exc
            conn.execute(delete(outbox).where(outbox.c.message_id == mid))
            change = self._message_change(conn, [mid], now)
        self._emit(change)

    def requeue_dropped(
        self,
        sid: str,
        next_attempt_at: datetime,
        reason: str,
        *,
        now: datetime | None = None,
    ) -> bool:
        """Put a message back in the outbox that the gateway accepted, then dropped unsent.

        For a "try again later" failure reported after the send (30001, the queue
        overflowed; 30022...): that copy was never sent and never will be, so sending the
        message again is no second copy. Its gateway id is cleared (a later report about the
        dropped copy must not touch the new attempt) and it waits, QUEUED, for
        ``next_attempt_at``, with ``reason`` as its last error. Only a message still SENT is
        requeued: one that has been delivered, failed or retried since is left alone.

        Returns:
            True if the message was requeued.
        """
        now = _aware(now, default_now=True)
        m = messages.c
        with self._writer.begin() as conn:
            mid = conn.execute(
                select(m.id).where(
                    m.gateway_sid == sid,
                    m.direction == Direction.OUTBOUND.value,
                    m.status == MessageStatus.SENT.value,
                )
            ).scalar_one_or_none()
            if mid is None:
                return False
            conn.execute(
                update(messages)
                .where(m.id == mid)
                .values(
                    status=MessageStatus.QUEUED.value,
                    gateway_sid=None,
                    sent_at=None,
                    error_code=None,
                    error_message=None,
                    updated_at=now,
                )
            )
            conn.execute(delete(outbox).where(outbox.c.message_id == mid))
            conn.execute(
                insert(outbox).values(
                    message_id=mid,
                    state=PENDING,
                    attempts=1,
                    next_attempt_at=_aware(next_attempt_at),
                    last_error=reason,
                )
            )
            change = self._message_change(conn, [mid], now)
        self._emit(change)
        return True

    def record_failed(
        self,
        mid: MessageId,
        error_code: int | None,
        error_message: str,
        *,
        opt_out: bool = False,
        now: datetime | None = None,
    ) -> None:
        """Record that a message could not be sent: FAILED with the reason; the outbox row goes.

        With ``opt_out`` (the carrier says the recipient unsubscribed) the number is also
        opted out of the message's desk number, with a history line, in the same transaction.

        Args:
            mid: the message.
            error_code: the gateway's error code, if any.
            error_message: the reason, in words a person understands.
            opt_out: the recipient unsubscribed at the carrier.
            now: the time of recording; defaults to now.
        """
        now = _aware(now, default_now=True)
        with self._writer.begin() as conn:
            conn.execute(
                update(messages)
                .where(messages.c.id == mid)
                .values(
                    status=MessageStatus.FAILED.value,
                    error_code=error_code,
                    error_message=error_message,
                    updated_at=now,
                )
            )
            conn.execute(delete(outbox).where(outbox.c.message_id == mid))
            change = self._message_change(conn, [mid], now)
            if opt_out:
                row = conn.execute(
                    select(
                        messages.c.conversation_id, messages.c.from_number, messages.c.to_number
                    ).where(messages.c.id == mid)
                ).one_or_none()
                if row is not None:
                    line = self._set_opt_out(
                        conn,
                        row.from_number,
                        row.to_number,
                        carrier_reason(error_code),
                        message_id=mid,
                        at=now,
                        now=now,
                        cid=row.conversation_id,
                    )
                    if line is not None:
                        extra = self._history_change(conn, row.conversation_id, line)
                        change = StoreChange(
                            conversations=extra.conversations,
                            messages=(*change.messages, *extra.messages),
                        )
        self._emit(change)

    # -- sync writes: status ---------------------------------------------------------------

    def unsettled_outbound(self, *, since: datetime, limit: int = 100) -> list[UnsettledMessage]:
        """Return outbound messages the gateway accepted (SENT) but has not settled yet.

        Args:
            since: only messages written at or after this time.
            limit: at most this many, newest first (so a pile of old messages whose carrier
                never reports delivery cannot starve the recent ones).
        """
        m = messages.c
        stmt = (
            select(m.id, m.gateway_sid, m.status)
            .where(
                m.status == MessageStatus.SENT.value,
                m.created_at >= _aware(since),
                m.direction == Direction.OUTBOUND.value,
                m.kind == _SMS,
                m.gateway_sid.is_not(None),
            )
            .order_by(m.created_at.desc(), m.id.desc())
            .limit(limit)
        )
        with self._read() as conn:
            return [
                UnsettledMessage(MessageId(mid), sid, MessageStatus(status))
                for mid, sid, status in conn.execute(stmt)
            ]

    def apply_status_updates(
        self, updates: Sequence[StatusUpdate], *, now: datetime | None = None
    ) -> StoreChange:
        """Apply the gateway's status reports to our outbound messages, by gateway id.

        A status only moves forward: QUEUED → SENDING → SENT → DELIVERED or FAILED, and
        DELIVERED and FAILED are final. A failure with ``opt_out`` (unsubscribed) opts the
        recipient out, as in ``record_failed``. Reports about unknown ids or inbound messages, and
        reports that change nothing, are ignored.

        Args:
            updates: the reports, oldest first (several for one id are applied in order).
            now: the time of recording; defaults to now.

        Returns:
            The messages that changed, and the conversations whose summary changed
            (also emitted to subscribers).
        """
        by_sid: dict[str, list[StatusUpdate]] = {}
        for status_update in updates:
            by_sid.setdefault(status_update.sid, []).append(status_update)
        if not by_sid:
            return StoreChange()
        now = _aware(now, default_now=True)

        m = messages.c
        with self._writer.begin() as conn:
            current: list[Message] = []
            for chunk in _chunks(list(by_sid)):
                current.extend(
                    _message(row)
                    for row in conn.execute(
                        select(*_MESSAGE_COLUMNS).where(
                            m.gateway_sid.in_(chunk), m.direction == Direction.OUTBOUND.value
                        )
                    )
                )
            changed: list[Message] = []
            for message in current:
                assert message.gateway_sid is not None  # selected by it
                updated = message
                for status_update in by_sid[message.gateway_sid]:
                    updated = _apply_status(updated, status_update)
                if updated != message:
                    changed.append(updated)
            if not changed:
                return StoreChange()
            conn.execute(
                update(messages)
                .where(m.id == bindparam("b_id", type_=Integer()))
                .values(
                    status=bindparam("b_status", type_=String()),
                    error_code=bindparam("b_error_code", type_=Integer()),
                    error_message=bindparam("b_error_message", type_=String()),
                    sent_at=bindparam("b_sent_at", type_=UTCDateTime()),
                    delivered_at=bindparam("b_delivered_at", type_=UTCDateTime()),
                    updated_at=now,
                ),
                [
                    {
                        "b_id": message.id,
                        "b_status": message.status.value,
                        "b_error_code": message.error_code,
                        "b_error_message": message.error_message,
                        "b_sent_at": message.sent_at,
                        "b_delivered_at": message.delivered_at,
                    }
                    for message in changed
                ],
            )
            summaries = self._refresh_last_status(conn, changed, now)
            opting_out = {u.sid for u in updates if u.opt_out}
            lines = self._opt_out_unsubscribed(conn, changed, opting_out, now)
            if lines:
                summaries = self._select_conversations(
                    conn, {c.id for c in summaries} | {m.conversation_id for m in lines}
                )
        return self._emit(StoreChange(conversations=tuple(summaries), messages=(*changed, *lines)))

    def _opt_out_unsubscribed(
        self, conn: Connection, changed: Sequence[Message], opting_out: set[str], now: datetime
    ) -> list[Message]:
        """Opt out the recipients of messages that failed as unsubscribed (sids in
        ``opting_out``).

        Returns:
            The history lines added.
        """
        lines: list[Message] = []
        for message in changed:
            if message.status is not MessageStatus.FAILED:
                continue
            if message.gateway_sid not in opting_out:
                continue
            numbers = conn.execute(
                select(messages.c.from_number, messages.c.to_number).where(
                    messages.c.id == message.id
                )
            ).one()
            line = self._set_opt_out(
                conn,
                numbers.from_number,
                numbers.to_number,
                carrier_reason(message.error_code),
                message_id=message.id,
                at=now,
                now=now,
                cid=message.conversation_id,
            )
            if line is not None:
                found = self._select_message(conn, line)
                assert found is not None
                lines.append(found)
        return lines

    # -- helpers ---------------------------------------------------------------------------

    def _select_conversation(self, conn: Connection, cid: int) -> Conversation | None:
        row = conn.execute(self._rows().where(conversations.c.id == cid)).one_or_none()
        return _conversation(row) if row is not None else None

    def _select_conversations(self, conn: Connection, cids: Iterable[int]) -> list[Conversation]:
        found: list[Conversation] = []
        for chunk in _chunks(sorted(cids)):
            found.extend(
                _conversation(row)
                for row in conn.execute(self._rows().where(conversations.c.id.in_(chunk)))
            )
        return found

    def _select_message(self, conn: Connection, mid: int) -> Message | None:
        row = conn.execute(select(*_MESSAGE_COLUMNS).where(messages.c.id == mid)).one_or_none()
        return _message(row) if row is not None else None

    def _message_change(self, conn: Connection, mids: Sequence[int], now: datetime) -> StoreChange:
        """Read back changed messages and bring their conversations' last_status in line."""
        changed = [m for mid in mids if (m := self._select_message(conn, mid)) is not None]
        summaries = self._refresh_last_status(conn, changed, now)
        return StoreChange(conversations=tuple(summaries), messages=tuple(changed))

    def _refresh_last_status(
        self, conn: Connection, changed: Sequence[Message], now: datetime
    ) -> list[Conversation]:
        """Copy the new status into the summary of conversations whose last message changed.

        Every conversation of a changed message gets its ``updated_at`` bumped (other desks
        catch up by it, and must see the new ticks), but only those whose summary changed
        are returned.

        Returns:
            Those conversations as they now are.
        """
        by_id = {m.id: m for m in changed}
        c = conversations.c
        stale: list[dict[str, Any]] = []
        touched = sorted({m.conversation_id for m in changed})
        self._touch(conn, touched, now)
        for chunk in _chunks(touched):
            for cid, last_mid, last_status in conn.execute(
                select(c.id, c.last_message_id, c.last_status).where(c.id.in_(chunk))
            ):
                last = by_id.get(last_mid)
                if last is not None and last.status.value != last_status:
                    stale.append({"b_id": cid, "b_status": last.status.value})
        if not stale:
            return []
        conn.execute(
            update(conversations)
            .where(c.id == bindparam("b_id", type_=Integer()))
            .values(last_status=bindparam("b_status", type_=String())),
            stale,
        )
        return self._select_conversations(conn, [row["b_id"] for row in stale])


def _apply_status(message: Message, report: StatusUpdate) -> Message:
    """Apply one status report to a message, never moving its status backwards.

    A report with the message's current status may still fill in or correct its details
    (times, error); a report that would move it backwards or out of a final status is ignored.
    """
    current, new = message.status, report.status
    if new != current:
        if current.is_final or new not in _STATUS_RANK or current not in _STATUS_RANK:
            return message
        if _STATUS_RANK[new] <= _STATUS_RANK[current]:
            return message
    return replace(
        message,
        status=new,
        error_code=report.error_code if report.error_code is not None else message.error_code,
        error_message=(
            report.error_message if report.error_message is not None else message.error_message
        ),
        sent_at=_aware(report.sent_at) if report.sent_at is not None else message.sent_at,
        delivered_at=(
            _aware(report.delivered_at) if report.delivered_at is not None else message.delivered_at
        ),
    )

"""The database connection: the engine for a URL and the settings the store relies on.

SQLite gets WAL, ``synchronous=FULL``, foreign keys, a busy timeout, the folding function
name searches use, and transactions that take the write lock up front when they are meant to
write (``for_writing``); its file is made readable by its owner only. PostgreSQL gets one
pooled connection, kept open, checked for a server that went away without a round trip, and
reads without a transaction of their own (``for_reading``). Nothing here knows the tables.
"""

from __future__ import annotations

import logging
import select
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError

from desktop.core.i18n import translate
from desktop.store.errors import StoreError
from desktop.store.sql import FOLD_FUNCTION, fold_for_search

__all__ = [
    "SUPPORTED_DIALECTS",
    "create_store_engine",
    "for_reading",
    "for_writing",
    "release_idle_caches",
]

logger = logging.getLogger("smsdesk.store")

SUPPORTED_DIALECTS = ("sqlite", "postgresql")

# Execution option that makes a SQLite transaction take the write lock at BEGIN.
_WRITE_OPTION = "smsdesk_write"

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
            translate(
                "Database",
                "The database URL in Settings is not valid. Examples: {examples}",
            ).format(
                examples="sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms"
            )
        ) from None
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_DIALECTS:
        raise StoreError(
            translate(
                "Database",
                "SMS Desk cannot keep its data in a {backend} database; use SQLite or PostgreSQL.",
            ).format(backend=backend)
        )
    if backend != "sqlite":
        # hide_parameters: a failed statement's text must not carry message bodies or
        # password hashes into logs and error messages.
        # One pooled connection, kept open: with the team connection (LISTEN and the poller
        # lease) a desk holds two connections to the team's server, whatever its threads do,
        # so twenty desks fit PostgreSQL's default of 100 with room to spare. The store's
        # threads take turns on it (each call is one short transaction); it is replaced
        # after a server restart (_postgresql_on_checkout).
        engine = create_engine(
            parsed,
            pool_size=_POSTGRES_POOL_SIZE,
            max_overflow=0,
            hide_parameters=True,
        )
        event.listen(engine, "connect", _postgresql_on_connect)
        event.listen(engine, "checkout", _postgresql_on_checkout)
        return engine

    database = parsed.database or ""
    uri = str(parsed.query.get("uri", "")).lower() in ("1", "true")
    mode = str(parsed.query.get("mode", ""))
    if database in ("", ":memory:") or mode == "memory" or database.startswith("file::memory:"):
        # Each pooled connection would see its own empty database: threads would disagree.
        raise StoreError(
            translate(
                "Database", "SMS Desk needs a database file; an in-memory SQLite database won't do."
            )
        )
    if not uri:
        _private_database_file(Path(database))
    # Last in, first out: the connection just returned is taken again, so the threads reuse
    # one or two connections with their page cache warm (64 MiB each at most, below),
    # instead of the pool handing out, in turn, every connection a busy moment opened, each
    # filling a cache of its own over a day.
    engine = create_engine(parsed, hide_parameters=True, pool_use_lifo=True)
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
    from desktop.system.private_files import (
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
            raise StoreError(
                translate(
                    "Database", "Cannot create the database folder {folder}: {reason}"
                ).format(folder=folder, reason=exc)
            ) from exc
    try:
        create_private_file(path)
    except OSError as exc:
        raise StoreError(
            translate("Database", "Cannot open the database {database}: {reason}").format(
                database=path, reason=exc.strerror or exc
            )
        ) from exc
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


def for_reading(engine: Engine) -> Engine:
    """Return a view of the engine for calls that only read.

    On PostgreSQL each of their statements runs on its own (autocommit): a transaction
    around them would cost a BEGIN and a ROLLBACK, two of the four round trips a read of
    one statement made (with the pre-ping), and would see no more than each statement
    sees on its own, as every statement of a READ COMMITTED transaction takes a new
    snapshot. SQLite keeps its transactions (one snapshot for all the statements).
    """
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="AUTOCOMMIT")
    return engine


def _postgresql_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The store's statements are short, typed as you go: the just-in-time compiler (used
    # for plans estimated above jit_above_cost, as hashing a common word's matches can be)
    # spent 1.2 s compiling one measured search plan, more than most take to run.
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET jit = off")
    dbapi_connection.commit()


def _postgresql_on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """Hand out the pooled connection only if the server is still there, as
    ``pool_pre_ping`` does, without its round trip on every call.

    An idle connection's socket has nothing to read until the server says something
    unasked: at a restart or shutdown it says why it ends the connection, then closes it.
    Only then is it pinged; a failed ping makes the pool connect again.

    Raises:
        DisconnectionError: the connection is gone (the pool replaces it).
    """
    if dbapi_connection.closed or dbapi_connection.broken:
        raise DisconnectionError("the connection is closed")
    try:
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
        if readable:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            dbapi_connection.rollback()
    except Exception as exc:  # whatever the driver says: this connection is unusable
        raise DisconnectionError(str(exc)) from exc


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
        dbapi_connection.create_function(FOLD_FUNCTION, 1, fold_for_search, deterministic=True)
        # 64 MiB of page cache (the default is 2 MiB; it fills only as pages are read): an
        # ingest touching thousands of conversations in a large database stays in memory.
        # Reads keep it too: search as you type reads again what the previous keystroke
        # read (8 MiB for reading transactions cost 20 ms at the p95 on the 1M store).
        # What a big read leaves behind is freed when idle (release_idle_caches).
        cursor.execute("PRAGMA cache_size=-65536")
        # SQLite copies the WAL back into the database file (and syncs it) inside the commit
        # that takes the WAL past this many pages: 1000 by default, which a burst of a few
        # thousand messages passes, so the checkpoint (0.1-0.2 s) lands in the middle of
        # ingest. The sync worker checkpoints after each cycle that wrote (Store.checkpoint);
        # this bound only stops the WAL growing without end (about 40 MB) when it does not.
        cursor.execute(f"PRAGMA wal_autocheckpoint={_WAL_AUTOCHECKPOINT_PAGES}")
    finally:
        cursor.close()


def release_idle_caches(engine: Engine) -> int:
    """Free the page caches of the SQLite connections idle in the pool (``shrink_memory``).

    A connection keeps the pages it read (up to ``cache_size``) until its next transaction
    finds that another connection wrote since: then WAL mode makes it drop them all, as
    they may be stale. On a desk receiving messages that is every few seconds: a cache
    serves the reads of a moment (the keystrokes of one search), and what it holds at rest
    is mostly the last big read (a search, an open), tens of MiB, kept while the connection
    sits in the pool. Freeing it now and then costs the next read at most what that drop
    would have.

    Connections are taken from the pool one by one, as a call would take them, so none is
    touched while another thread uses it. Nothing to do on PostgreSQL (its server holds
    the cache).

    Returns:
        How many connections were shrunk.
    """
    if engine.dialect.name != "sqlite":
        return 0
    taken = []
    try:
        for _ in range(engine.pool.checkedin()):  # type: ignore[attr-defined]
            taken.append(engine.raw_connection())
        for raw in taken:
            raw.cursor().execute("PRAGMA shrink_memory").close()
    finally:
        for raw in taken:
            raw.close()
    return len(taken)


def _sqlite_on_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get(_WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

"""The demo gateway's messages: the rows it keeps in SQLite (in memory or a state file).

MessageRows owns the one connection, serialised by a lock, and every statement the demo
runs; what the rows look like as Twilio's JSON is demo_json.py.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.optouts import OptOutAction, opt_out_action

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY,
    sid TEXT NOT NULL UNIQUE,
    direction TEXT NOT NULL,
    from_number TEXT NOT NULL,
    to_number TEXT NOT NULL,
    body TEXT NOT NULL,
    messaging_service_sid TEXT,
    created_ts REAL NOT NULL,
    sent_ts REAL,
    final_ts REAL NOT NULL,
    final_status TEXT NOT NULL,
    error_code INTEGER,
    error_message TEXT,
    via_api INTEGER NOT NULL DEFAULT 0,
    send_at REAL
);
CREATE INDEX IF NOT EXISTS messages_newest ON messages (created_ts DESC, seq DESC);
CREATE INDEX IF NOT EXISTS messages_to_newest ON messages (to_number, created_ts DESC, seq DESC);
CREATE TABLE IF NOT EXISTS media (
    sid TEXT PRIMARY KEY,
    message_sid TEXT NOT NULL,
    position INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    data BLOB,
    url TEXT
);
CREATE INDEX IF NOT EXISTS media_of_message ON media (message_sid, position);
"""
_COLUMNS = (
    "seq, sid, direction, from_number, to_number, body, messaging_service_sid, created_ts, "
    "sent_ts, final_ts, final_status, error_code, error_message, via_api, send_at"
)
# Columns later versions added, for a state file an older demo wrote.
_ADDED_COLUMNS = {"send_at": "REAL"}


@dataclass(frozen=True, slots=True)
class Row:
    """One stored message. Outbound rows hold their whole planned life-cycle.

    A row is "queued" until ``sent_ts``, "sent" until ``final_ts``, then ``final_status``;
    the status is computed from the clock when read, so no timer thread is needed and the
    life-cycle carries on across restarts. Rows with ``created_ts`` in the future (contact
    replies still being "typed") are invisible until then. As on Twilio, a row sent through
    a Messaging Service is "accepted" (with no sender yet) until sent, and one scheduled
    (``send_at``) is "scheduled" until then.
    """

    seq: int
    sid: str
    direction: str
    from_number: str
    to_number: str
    body: str
    messaging_service_sid: str | None
    created_ts: float
    sent_ts: float | None
    final_ts: float
    final_status: str
    error_code: int | None
    error_message: str | None
    via_api: int
    send_at: float | None

    def state_at(self, now: float) -> tuple[str, float | None, float, int | None, str | None]:
        """Return (status, date_sent, date_updated, error_code, error_message) at ``now``."""
        sent = self.sent_ts if self.sent_ts is not None and self.sent_ts <= now else None
        if now >= self.final_ts:
            return self.final_status, sent, self.final_ts, self.error_code, self.error_message
        if sent is not None:
            return "sent", sent, sent, None, None
        if self.send_at is not None:
            return "scheduled", None, self.created_ts, None, None
        if self.messaging_service_sid:
            return "accepted", None, self.created_ts, None, None
        return "queued", None, self.created_ts, None, None

    def sender_at(self, now: float) -> str | None:
        """The ``from`` at ``now``: a Messaging Service picks it when the message goes."""
        if self.messaging_service_sid and (self.sent_ts is None or self.sent_ts > now):
            return None
        return self.from_number


def new_sid(prefix: str) -> str:
    """A new sid as Twilio writes them: a two-letter kind ("SM", "MM", "ME") and 32 hex."""
    return prefix + uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class PlannedReply:
    """A demo contact's answer, stored now and dated ``ts`` (in the future: see
    MessageRows.create_outbound).

    Attributes:
        from_number: the contact's number.
        body: what they answer.
        ts: when it arrives.
        picture: a PNG sent with it (an MMS), or None.
    """

    from_number: str
    body: str
    ts: float
    picture: bytes | None = None


class MessageRows:
    """The demo's messages and their media in one SQLite database (thread-safe).

    Args:
        state_path: a SQLite file to keep them in across restarts; in memory when None.
        desk_number: the desk's number (the To of inbound rows, the From of outbound ones).
    """

    def __init__(self, state_path: Path | None, desk_number: str) -> None:
        self._state_path = state_path
        self._desk_number = desk_number
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None

    def open(self) -> None:
        """Open (and create or upgrade) the database; later calls open it when needed."""
        self._connection()

    def close(self) -> None:
        """Close the database: an in-memory one is gone."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _connection(self) -> sqlite3.Connection:
        with self._lock:
            if self._db is None:
                target = str(self._state_path) if self._state_path is not None else ":memory:"
                # One connection shared by the handler threads, serialised by self._lock.
                self._db = sqlite3.connect(target, check_same_thread=False)
                self._db.executescript(_SCHEMA)
                have = {row[1] for row in self._db.execute("PRAGMA table_info(messages)")}
                for column, kind in _ADDED_COLUMNS.items():
                    if column not in have:  # a state file an older demo wrote
                        self._db.execute(f"ALTER TABLE messages ADD COLUMN {column} {kind}")
            return self._db

    # -- reading -------------------------------------------------------------------------------

    def select(self, where: str, args: tuple[Any, ...]) -> list[Row]:
        """The rows ``where`` (one of our own fixed clauses) picks."""
        sql = f"SELECT {_COLUMNS} FROM messages {where}"  # noqa: S608 (our own fixed clauses)
        with self._lock:
            cursor = self._connection().execute(sql, args)
            return [Row(*values) for values in cursor]

    def one(self, sid: str) -> Row:
        """The row ``sid`` (which exists)."""
        (row,) = self.select("WHERE sid = ?", (sid,))
        return row

    def visible(self, sid: str, now: float) -> Row | None:
        """The row ``sid`` if it exists at ``now`` (a reply still being "typed" does not)."""
        rows = self.select("WHERE sid = ? AND created_ts <= ?", (sid, now))
        return rows[0] if rows else None

    def count(self) -> int:
        """How many messages there are (future ones included)."""
        with self._lock:
            (count,) = self._connection().execute("SELECT count(*) FROM messages").fetchone()
        return int(count)

    def newest(
        self, where: list[str], args: list[Any], after_sid: str | None, limit: int, offset: int
    ) -> list[Row]:
        """Up to ``limit`` rows matching every clause of ``where``, newest first, from
        ``offset``; after the row ``after_sid`` (from its position, whatever ``offset`` says)
        when that row exists.

        Keyset paging from the last message of the previous page: messages that arrive
        meanwhile do not shift the pages.
        """
        where, args = list(where), list(args)
        with self._lock:
            if after_sid is not None:
                anchor = self.select("WHERE sid = ?", (after_sid,))
                if anchor:
                    where.append("(created_ts, seq) < (?, ?)")
                    args.extend([anchor[0].created_ts, anchor[0].seq])
                    offset = 0
            return self.select(
                f"WHERE {' AND '.join(where)} ORDER BY created_ts DESC, seq DESC LIMIT ? OFFSET ?",
                (*args, limit, offset),
            )

    def opted_out(self, number: str, now: float) -> bool:
        """Whether ``number``'s latest opt-out keyword to the desk (so far) was a STOP."""
        with self._lock:
            cursor = self._connection().execute(
                "SELECT body FROM messages WHERE direction = 'inbound' AND from_number = ? "
                "AND created_ts <= ? ORDER BY created_ts DESC LIMIT 500",
                (number, now),
            )
            for (body,) in cursor:
                action = opt_out_action(body)
                if action is not None:
                    return action is OptOutAction.STOP
        return False

    # -- writing -------------------------------------------------------------------------------

    def insert_inbound(self, items: Iterable[tuple[str, str]], ts: float, prefix: str) -> list[str]:
        """Store (from_number, body) pairs arriving at ``ts``, in one transaction.

        Returns:
            Their new sids (``prefix`` and 32 hex), in the order given.
        """
        rows = [
            (new_sid(prefix), "inbound", sender, self._desk_number, body, ts, ts, ts, "received")
            for sender, body in items
        ]
        with self._lock:
            db = self._connection()
            with db:
                db.executemany(
                    "INSERT INTO messages (sid, direction, from_number, to_number, body, "
                    "created_ts, sent_ts, final_ts, final_status) VALUES (?,?,?,?,?,?,?,?,?)",
                    rows,
                )
        return [row[0] for row in rows]

    def create_outbound(
        self,
        *,
        sid: str,
        to: str,
        body: str,
        service: str | None,
        now: float,
        plan: tuple[float | None, float, str, int | None, str | None],
        send_at: float | None,
        reply: PlannedReply | None,
        media_urls: list[str],
    ) -> Row:
        """Store a message the desk sends, with its planned life and (in the same
        transaction) the contact's reply to it.

        The reply is kept in the database rather than on a timer, so no thread outlives the
        server and an answer still arrives after a restart.

        Args:
            sid: its sid.
            to: the recipient.
            body: the text.
            service: the Messaging Service sid it goes through, or None.
            now: when it was created.
            plan: (sent_ts, final_ts, final status, error code, error text).
            send_at: when a scheduled message goes, or None.
            reply: the contact's answer, or None.
            media_urls: the pictures' addresses (MediaUrl), in order.

        Returns:
            The stored row.
        """
        with self._lock:
            db = self._connection()
            with db:
                db.execute(
                    "INSERT INTO messages (sid, direction, from_number, to_number, body, "
                    "messaging_service_sid, created_ts, sent_ts, final_ts, final_status, "
                    "error_code, error_message, via_api, send_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1,?)",
                    (
                        sid,
                        "outbound-api",
                        self._desk_number,
                        to,
                        body,
                        service,
                        now,
                        *plan,
                        send_at,
                    ),
                )
                if reply is not None:
                    self._insert_reply(db, reply)
            self.add_media(sid, [("", None, url) for url in media_urls])
            return self.one(sid)

    def _insert_reply(self, db: sqlite3.Connection, reply: PlannedReply) -> None:
        sid = new_sid("MM" if reply.picture is not None else "SM")
        db.execute(
            "INSERT INTO messages (sid, direction, from_number, to_number, body, created_ts, "
            "sent_ts, final_ts, final_status) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                sid,
                "inbound",
                reply.from_number,
                self._desk_number,
                reply.body,
                reply.ts,
                reply.ts,
                reply.ts,
                "received",
            ),
        )
        if reply.picture is not None:
            db.execute(
                "INSERT INTO media (sid, message_sid, position, content_type, data) "
                "VALUES (?,?,0,?,?)",
                (new_sid("ME"), sid, "image/png", reply.picture),
            )

    def update(self, sid: str, *, cancel_at: float | None, redact: bool) -> Row:
        """Cancel message ``sid`` at ``cancel_at`` (when given) and blank its text (when
        ``redact``), in one transaction.

        Returns:
            The row as it is now.
        """
        with self._lock:
            db = self._connection()
            with db:
                if cancel_at is not None:
                    db.execute(
                        "UPDATE messages SET sent_ts = NULL, final_ts = ?, "
                        "final_status = 'canceled', error_code = NULL, error_message = NULL "
                        "WHERE sid = ?",
                        (cancel_at, sid),
                    )
                if redact:
                    db.execute("UPDATE messages SET body = '' WHERE sid = ?", (sid,))
            return self.one(sid)

    def delete(self, sid: str) -> None:
        """Delete message ``sid`` and its media."""
        with self._lock:
            db = self._connection()
            with db:
                db.execute("DELETE FROM messages WHERE sid = ?", (sid,))
                db.execute("DELETE FROM media WHERE message_sid = ?", (sid,))

    # -- media ---------------------------------------------------------------------------------

    def add_media(
        self, message_sid: str, items: list[tuple[str, bytes | None, str | None]]
    ) -> None:
        """Attach (content type, bytes or None, url or None) items to a message, in order."""
        if not items:
            return
        with self._lock:
            db = self._connection()
            with db:
                db.executemany(
                    "INSERT INTO media (sid, message_sid, position, content_type, data, url) "
                    "VALUES (?,?,?,?,?,?)",
                    [
                        (new_sid("ME"), message_sid, position, ctype, data, url)
                        for position, (ctype, data, url) in enumerate(items)
                    ],
                )

    def media_rows(self, message_sid: str) -> list[tuple[str, str, int, str | None]]:
        """(sid, content type, size, url) of a message's pictures, in order."""
        with self._lock:
            return list(
                self._connection().execute(
                    "SELECT sid, content_type, length(data), url FROM media "
                    "WHERE message_sid = ? ORDER BY position",
                    (message_sid,),
                )
            )

    def delete_media(self, media_sid: str) -> None:
        """Delete one picture of a message."""
        with self._lock:
            db = self._connection()
            with db:
                db.execute("DELETE FROM media WHERE sid = ?", (media_sid,))

    def has_content(self, message_sid: str, media_sid: str) -> bool:
        """Whether message ``message_sid`` has picture ``media_sid`` with its bytes here."""
        with self._lock:
            row = (
                self._connection()
                .execute(
                    "SELECT data IS NOT NULL FROM media WHERE message_sid = ? AND sid = ?",
                    (message_sid, media_sid),
                )
                .fetchone()
            )
        return row is not None and bool(row[0])

    def content(self, media_sid: str) -> tuple[str, bytes] | None:
        """A picture's (content type, bytes), or None when it has no bytes here."""
        with self._lock:
            row = (
                self._connection()
                .execute("SELECT content_type, data FROM media WHERE sid = ?", (media_sid,))
                .fetchone()
            )
        if row is None or row[1] is None:
            return None
        return str(row[0]), bytes(row[1])

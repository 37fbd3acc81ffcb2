"""Ingest: storing messages the desk did not write, in bulk, in one transaction each batch:
inbound SMS from the gateway, and history imported from elsewhere.

One message-insert builder serves both (``_insert_messages``): a multi-row INSERT that
skips gateway ids stored already (ON CONFLICT DO NOTHING) and says, with RETURNING, exactly
which rows went in; on SQLite it runs at the driver level (SQLAlchemy's per-row parameter
handling costs more than SQLite's insert, and ingest must stay within a small factor of a
raw executemany), on PostgreSQL as one INSERT … SELECT of one JSON array per column
(a multi-row VALUES of 10,000 rows is 80,000 placeholders, which psycopg parses in Python
for every batch: 6 of the 7 s a poll of 10,000 took; and psycopg builds a PostgreSQL
array's text in Python too), elsewhere as a Core statement. One
summary update moves each
conversation's preview and activity on. Inbound ingest also brings conversations back from
the archive, applies opt-out keywords and cancels scheduled messages the reply overtook, in
the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    Connection,
    DateTime,
    Integer,
    String,
    Text,
    any_,
    bindparam,
    cast,
    column,
    func,
    select,
    update,
)

from desktop.core.i18n import translate
from desktop.core.models import (
    Conversation,
    ConversationId,
    Direction,
    Message,
    MessageId,
    MessageKind,
    MessageStatus,
    StoreChange,
)
from desktop.core.phone import format_for_display
from desktop.store.context import Context
from desktop.store.opt_outs import OptOuts
from desktop.store.outbound import Outbound
from desktop.store.records import HistoryRecord, InboundRecord, aware
from desktop.store.rows import CONVERSATION_FROM, AnyRow, preview
from desktop.store.sql import chunks
from desktop.store.tables import UTCDateTime, contacts, conversations, messages, sqlite_text

__all__ = ["Ingest"]


@dataclass(frozen=True, slots=True)
class _MessageRows:
    """The columns one kind of ingest writes (``updated_at`` is added), in its rows' order.

    Attributes:
        columns: the columns, in the order of each row's values.
        sqlite_rows: rows per multi-row INSERT on SQLite's fast path (well inside SQLite's
            limit of bound parameters).
        ordered: ask SQLAlchemy to return the Core statement's rows in parameter order.
    """

    columns: tuple[str, ...]
    sqlite_rows: int
    ordered: bool = False

    @property
    def sid_index(self) -> int:
        return self.columns.index("gateway_sid")

    @property
    def time_indexes(self) -> tuple[int, ...]:
        """Where the datetimes are, which SQLite's driver is given as text."""
        return tuple(i for i, name in enumerate(self.columns) if name.endswith("_at"))


_INBOUND = _MessageRows(
    (
        "conversation_id",
        "direction",
        "body",
        "from_number",
        "to_number",
        "gateway_sid",
        "status",
        "created_at",
    ),
    sqlite_rows=500,
)
_HISTORY = _MessageRows(
    (
        "conversation_id",
        "direction",
        "body",
        "from_number",
        "to_number",
        "gateway_sid",
        "status",
        "error_code",
        "error_message",
        "created_at",
        "sent_at",
        "delivered_at",
        "user_id",
    ),
    sqlite_rows=400,
    ordered=True,
)


@cache
def _sqlite_insert(kind: _MessageRows, rows: int) -> str:
    """The fast path's INSERT of ``rows`` rows of ``kind`` (made once per size)."""
    row = "(" + ", ".join(["?"] * (len(kind.columns) + 1)) + ")"
    return (
        f"INSERT INTO messages ({', '.join(kind.columns)}, updated_at)"  # noqa: S608
        f" VALUES {','.join([row] * rows)}"
        " ON CONFLICT (gateway_sid) DO NOTHING RETURNING id, gateway_sid"
    )


@cache
def _postgresql_insert(kind: _MessageRows) -> str:
    """The PostgreSQL fast path's INSERT: one JSON array parameter per column, read back
    side by side in the rows' order (``ROWS FROM … WITH ORDINALITY``), so the ids are
    handed out in that order too.

    JSON, not a PostgreSQL array: psycopg builds an array's text in Python, element by
    element (a regular expression per string to decide its quoting: about 25 ms per column
    of 10,000, twice that under load), whereas ``json.dumps`` does it in C (5 ms)."""
    from sqlalchemy.dialects import postgresql

    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    names = ", ".join(kind.columns)
    elements = ", ".join("json_array_elements_text(CAST(%s AS json))" for _ in kind.columns)
    values = ", ".join(
        f"CAST(r.{name} AS {messages.c[name].type.compile(dialect=dialect)})"
        for name in kind.columns
    )
    return (
        f"INSERT INTO messages ({names}, updated_at)"  # noqa: S608
        f" SELECT {values}, %s FROM ROWS FROM ({elements}) WITH ORDINALITY AS r({names}, n)"
        " ORDER BY r.n ON CONFLICT (gateway_sid) DO NOTHING RETURNING id, gateway_sid"
    )


def _naive_utc(value: datetime | None) -> datetime | None:
    """What ``UTCDateTime`` stores for an aware datetime (the fast paths bind it themselves)."""
    return None if value is None else value.astimezone(UTC).replace(tzinfo=None)


def _history_values(record: HistoryRecord, cid: int) -> tuple[Any, ...]:
    """The values an imported record is stored with, in the order of ``_HISTORY``."""
    inbound = record.direction is Direction.INBOUND
    at = record.created_at
    return (
        cid,
        record.direction.value,
        record.body,
        record.peer_number if inbound else record.desk_number,
        record.desk_number if inbound else record.peer_number,
        record.sid,
        record.status.value,
        record.error_code,
        record.error_message,
        at,
        None if inbound or record.status is MessageStatus.FAILED else at,
        at if record.status is MessageStatus.DELIVERED else None,
        record.user_id,
    )


def _history_message(mid: int, values: Sequence[Any], record: HistoryRecord) -> Message:
    """The Message an imported record became (stored with ``values``)."""
    return Message(
        MessageId(mid),
        ConversationId(values[0]),
        record.direction,
        record.body,
        record.status,
        record.created_at,
        record.sid,
        record.error_code,
        record.error_message,
        values[10],
        values[11],
        MessageKind.SMS,
        record.user_id,
    )


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


def _naive_utc_text(value: datetime) -> str:
    """A datetime in JSON: naive UTC in ISO 8601, which PostgreSQL reads as a timestamp."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat()


_TEXT_ARRAY = ARRAY(String())

# The ``b_*`` parameters of _summary_update as the columns of one JSON array of objects.
_MOVES = (
    func.json_to_recordset(cast(bindparam("moves", type_=String()), JSON()))
    .table_valued(
        column("b_id", Integer()),
        column("b_at", DateTime()),
        column("b_inbound", Integer()),
        column("b_mid", Integer()),
        column("b_preview", Text()),
        column("b_direction", Text()),
        column("b_status", Text()),
    )
    .render_derived(name="moves", with_types=True)
)


def _postgresql_summary_update(now: datetime, *, whole: bool, **extra: Any) -> Any:
    """The update of ``_summary_update`` for all the conversations at once (PostgreSQL): its
    ``b_*`` parameters are read from the rows of the JSON array bound as ``moves``."""
    b = _MOVES.c
    values: dict[str, Any] = {
        "last_activity_at": b.b_at,
        "last_inbound_id": b.b_inbound,
        "updated_at": now,
        **extra,
    }
    if whole:
        values |= {
            "last_message_id": b.b_mid,
            "last_message_preview": b.b_preview,
            "last_direction": b.b_direction,
            "last_status": b.b_status,
        }
    return update(conversations).where(conversations.c.id == b.b_id).values(values)


class Ingest:
    """Inbound messages and imported history (``store.ingest``).

    Args:
        context: the store's engine, emitter and session.
        opt_outs: opt-out keywords, applied in the same transaction.
        outbound: scheduled messages a reply cancels, in the same transaction.

    Attributes:
        sqlite_fast_path: insert through the driver on SQLite (tests turn it off to run the
            portable Core statement there too).
    """

    def __init__(self, context: Context, opt_outs: OptOuts, outbound: Outbound) -> None:
        self._ctx = context
        self._opt_outs = opt_outs
        self._outbound = outbound
        self.sqlite_fast_path = True

    def inbound(
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
        now = aware(now, default_now=True)

        # Stored oldest first, so that ids (the display order) follow the gateway's times.
        fresh = sorted(fresh_by_sid.values(), key=lambda r: r.created_at)
        with self._ctx.writer.begin() as conn:
            current = self._conversations_for(conn, fresh, now)
            ids = {peer: row.id for peer, row in current.items()}
            reopened = self._reopen_lines(conn, fresh, current, now)
            inserted = self._insert_inbound(conn, fresh, ids, now)
            if not inserted:
                return StoreChange()
            lines = self._opt_outs.apply_keywords(conn, inserted, fresh_by_sid, now)
            lines += self._outbound.cancel_on_reply(conn, inserted, now)
            changed = self._update_summaries(conn, inserted, current.values(), now, reopen=True)
            if reopened or lines:
                inserted = sorted(
                    [*inserted, *reopened, *lines], key=lambda m: (m.conversation_id, m.id)
                )
        return self._ctx.emit(StoreChange(conversations=tuple(changed), messages=tuple(inserted)))

    def history(
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
        now = aware(now, default_now=True)
        fresh.sort(key=lambda r: r.created_at)
        with self._ctx.writer.begin() as conn:
            current = self._conversations_for(conn, fresh, now)
            ids = {peer: row.id for peer, row in current.items()}
            rows = [_history_values(r, ids[r.peer_number]) for r in fresh]
            new_ids = self._insert_messages(conn, _HISTORY, rows, now)
            stored = [
                _history_message(mid, row, r)
                for mid, row, r in zip(new_ids, rows, fresh, strict=True)
                if mid is not None
            ]
            if not stored:
                return StoreChange()
            stored.sort(key=lambda m: (m.conversation_id, m.id))
            changed = self._update_summaries(conn, stored, current.values(), now, reopen=False)
        return self._ctx.emit(StoreChange(conversations=tuple(changed), messages=tuple(stored)))

    def known_sids(self, sids: Iterable[str]) -> set[str]:
        """Return which of these gateway ids are stored already."""
        with self._ctx.read() as conn:
            return self._known_in(conn, list(dict.fromkeys(sids)))

    def _known_in(self, conn: Connection, sids: Sequence[str]) -> set[str]:
        sid = messages.c.gateway_sid
        known: set[str] = set()
        for chunk in chunks(sids):
            known.update(conn.execute(select(sid).where(sid.in_(chunk))).scalars())
        return known

    def _conversations_for(
        self, conn: Connection, records: Sequence[InboundRecord | HistoryRecord], now: datetime
    ) -> dict[str, AnyRow]:
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
                self._ctx.upsert(conversations).on_conflict_do_nothing(
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

    def _lock_conversations(self, conn: Connection, peers: Sequence[str]) -> dict[str, AnyRow]:
        # The summaries are computed from these rows and written back, so on PostgreSQL they
        # are locked (FOR UPDATE) until commit; SQLite's BEGIN IMMEDIATE already holds the
        # whole database, and SQLAlchemy renders no FOR UPDATE there.
        c = conversations.c
        found: dict[str, AnyRow] = {}
        # On PostgreSQL all at once, as one array: an IN-list of 500 numbers is a statement
        # psycopg parses in Python each time (too long for its cache), twice per thousand.
        batches = [peers] if self._ctx.dialect == "postgresql" and peers else chunks(peers)
        for chunk in batches:
            wanted = (
                c.peer_number == any_(bindparam("peers", list(chunk), type_=_TEXT_ARRAY))
                if self._ctx.dialect == "postgresql"
                else c.peer_number.in_(chunk)
            )
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
                .select_from(CONVERSATION_FROM)
                .where(wanted)
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
        current: Mapping[str, AnyRow],
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
        known = self._known_in(conn, [record.sid for record in waking])
        first_new: dict[str, InboundRecord] = {}
        for record in waking:  # oldest first
            if record.sid not in known:
                first_new.setdefault(record.peer_number, record)
        lines: list[Message] = []
        # A history line, stored as the desk shows it; translated once per batch.
        back_in_chats = translate("Ingest", "Back in Chats: new message from {sender}")
        for peer, record in sorted(first_new.items(), key=lambda item: current[item[0]].id):
            row = current[peer]
            sender = row.display_name or format_for_display(peer, "")
            body = back_in_chats.format(sender=sender)
            # Dated like the message that woke it, so it sits under the same day heading.
            mid = self._ctx.add_history(
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
        """Insert the records whose sid is new; return those, sorted by conversation and time."""
        inbound, received = Direction.INBOUND.value, MessageStatus.RECEIVED.value
        rows = [
            (
                conversation_ids[r.peer_number],
                inbound,
                r.body,
                r.peer_number,
                r.desk_number,
                r.sid,
                received,
                r.created_at,
            )
            for r in records
        ]
        new_ids = self._insert_messages(conn, _INBOUND, rows, now)
        stored = [
            Message(
                MessageId(mid),
                ConversationId(cid),
                Direction.INBOUND,
                body,
                MessageStatus.RECEIVED,
                created_at,
                sid,
            )
            for mid, (cid, _, body, _peer, _desk, sid, _, created_at) in zip(
                new_ids, rows, strict=True
            )
            if mid is not None
        ]
        stored.sort(key=lambda m: (m.conversation_id, m.id))
        return stored

    def _insert_messages(
        self, conn: Connection, kind: _MessageRows, rows: Sequence[tuple[Any, ...]], now: datetime
    ) -> list[int | None]:
        """Insert message rows, skipping those whose gateway id is stored already.

        ON CONFLICT DO NOTHING skips sids stored already (by an earlier poll, or by a
        concurrent writer in team mode) and RETURNING names exactly the rows this call
        stored: by their sid, and rows without one (history) by their ids in insertion
        order, which follows the rows' order.

        Args:
            kind: the columns of ``rows``.
            rows: the values, one tuple per message, in ``kind.columns`` order.
            now: their ``updated_at``.

        Returns:
            Per row, the id it was stored with, or None when it was skipped.
        """
        if self._ctx.dialect == "sqlite" and self.sqlite_fast_path:
            returned = self._insert_sqlite(conn, kind, rows, now)
        elif self._ctx.dialect == "postgresql" and rows:
            returned = self._insert_postgresql(conn, kind, rows, now)
        else:
            returned = self._insert_core(conn, kind, rows, now)
        by_sid = {sid: mid for mid, sid in returned if sid is not None}
        unnamed = iter(sorted(mid for mid, sid in returned if sid is None))
        at = kind.sid_index
        return [next(unnamed) if row[at] is None else by_sid.get(row[at]) for row in rows]

    def _insert_core(
        self, conn: Connection, kind: _MessageRows, rows: Sequence[tuple[Any, ...]], now: datetime
    ) -> list[Any]:
        stmt = (
            self._ctx.upsert(messages)
            .values(updated_at=now)
            .on_conflict_do_nothing(index_elements=[messages.c.gateway_sid])
            .returning(messages.c.id, messages.c.gateway_sid, sort_by_parameter_order=kind.ordered)
        )
        params = [dict(zip(kind.columns, row, strict=True)) for row in rows]
        return [(mid, sid) for mid, sid in conn.execute(stmt, params)]

    def _insert_sqlite(
        self, conn: Connection, kind: _MessageRows, rows: Sequence[tuple[Any, ...]], now: datetime
    ) -> list[Any]:
        # The statement of _insert_core at the driver level: multi-row VALUES with
        # RETURNING, in batches well under SQLite's bound-parameter limit.
        updated_at = sqlite_text(now)
        times = kind.time_indexes
        returned: list[tuple[int, str | None]] = []
        for batch in chunks(rows, kind.sqlite_rows):
            params: list[Any] = []
            for row in batch:
                values = list(row)
                for i in times:
                    values[i] = sqlite_text(values[i])
                params += values
                params.append(updated_at)
            sql = _sqlite_insert(kind, len(batch))
            returned.extend(conn.exec_driver_sql(sql, tuple(params)))
        return returned

    def _insert_postgresql(
        self, conn: Connection, kind: _MessageRows, rows: Sequence[tuple[Any, ...]], now: datetime
    ) -> list[Any]:
        # The statement of _insert_core with one JSON array per column: one short statement
        # however many rows, typed by its casts (a column of NULLs is still an integer).
        times = kind.time_indexes
        columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
        for i in times:  # as naive UTC in ISO 8601, which PostgreSQL reads as a timestamp
            columns[i] = [
                at and at.astimezone(UTC).replace(tzinfo=None).isoformat() for at in columns[i]
            ]
        # updated_at comes first in the statement. One parameter set in a list: a bare
        # tuple would read as many sets.
        as_json = (json.dumps(column, ensure_ascii=False) for column in columns)
        params = [(_naive_utc(now), *as_json)]
        # fetchall: iterating the result fetches (and checks) one row at a time.
        return list(conn.exec_driver_sql(_postgresql_insert(kind), params).all())

    def _update_summaries(
        self,
        conn: Connection,
        stored: Sequence[Message],
        current: Iterable[AnyRow],
        now: datetime,
        *,
        reopen: bool,
    ) -> list[Conversation]:
        """Move each conversation's summary on to its last stored message, if newer.

        The last message to arrive is the one the conversation shows at its bottom, so it
        is the one the chat list previews, even if it is dated a little earlier than the
        last activity (the activity time itself never goes backwards); ``last_inbound_id``
        moves on to its newest inbound message. With ``reopen`` (inbound messages), an
        archived or dealt-with conversation comes back to Chats for everyone: unowned, no
        longer dealt with.

        Args:
            stored: the new messages, sorted by (conversation, id).
            current: the conversations' rows as read (and locked) before the insert.

        Returns:
            The updated conversations, as they now are.
        """
        newest_of: dict[int, Message] = {}
        inbound_of: dict[int, int] = {}
        for message in stored:  # sorted by (conversation, id): the last arrived last
            newest_of[message.conversation_id] = message
            if message.direction is Direction.INBOUND:
                inbound_of[message.conversation_id] = message.id
        whole: list[dict[str, Any]] = []
        activity: list[dict[str, Any]] = []
        closed: list[int] = []
        for row in sorted(current, key=lambda row: row.id):
            newest = newest_of.get(row.id)
            if newest is None:
                continue
            if reopen and (row.archived_at is not None or row.dealt_with_at is not None):
                closed.append(row.id)
            moved = {
                "b_id": row.id,
                "b_at": max(row.last_activity_at, newest.created_at),
                "b_inbound": max(row.last_inbound_id or 0, inbound_of.get(row.id, 0)) or None,
            }
            if row.last_message_id is None or row.last_message_id < newest.id:
                whole.append(
                    moved
                    | {
                        "b_mid": newest.id,
                        "b_preview": preview(newest.body),
                        "b_direction": newest.direction.value,
                        "b_status": newest.status.value,
                    }
                )
            else:  # a newer message is already its summary (PostgreSQL races, live traffic)
                activity.append(moved)
        reopened: dict[str, Any] = {"archived_at": None} if reopen else {}
        for moves, is_whole in ((whole, True), (activity, False)):
            if not moves:
                continue
            if self._ctx.dialect == "postgresql":
                # One statement for them all: an executemany is one UPDATE per conversation,
                # each parameter adapted in Python (a burst moves a thousand).
                stmt = _postgresql_summary_update(now, whole=is_whole, **reopened)
                conn.execute(stmt, {"moves": json.dumps(moves, default=_naive_utc_text)})
            else:
                conn.execute(_summary_update(now, whole=is_whole, **reopened), moves)
        c = conversations.c
        for chunk in chunks(closed):
            # Back in Chats for everyone: no owner, no longer dealt with.
            conn.execute(
                update(conversations)
                .where(c.id.in_(chunk))
                .values(owner_id=None, owner_since=None, dealt_with_at=None, dealt_with_by=None)
            )
        return self._ctx.conversations(conn, [p["b_id"] for p in whole + activity])

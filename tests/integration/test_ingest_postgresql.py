"""A poll of 10,000 inbound SMS goes into PostgreSQL in one INSERT of one array per column.

SQLAlchemy's multi-row VALUES for it were ten statements of 1,000 rows, 8,000 placeholders
each, which psycopg parsed in Python every time: 6 of the 7 s such a poll took on a team's
database, and ingest took several times SQLite's (``make bench``, the team rows). These
tests look at the statements the store sends to a real PostgreSQL server and at what it
stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from desktop.core.models import Direction, MessageStatus
from desktop.store import HistoryRecord, InboundRecord, Store

pytestmark = pytest.mark.postgres

DESK = "+15550000000"
T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
POLL = 10_000
SENDERS = 250


@pytest.fixture
def store(postgres_url: str) -> Iterator[Store]:
    from desktop.store import open_store

    opened = open_store(postgres_url)
    yield opened
    opened.close()


@contextmanager
def inserts_into_messages(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO MESSAGES"):
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


def sender(n: int) -> str:
    return f"+1415555{n % SENDERS:04d}"


def poll(count: int, *, first: int = 0) -> list[InboundRecord]:
    """Inbound SMS numbered from ``first``, a second apart, from ``SENDERS`` numbers."""
    return [
        InboundRecord(
            sid=f"SM{n:032d}",
            peer_number=sender(n),
            desk_number=DESK,
            body=f"Message {n}: is my order ready?",
            created_at=T0 + timedelta(seconds=n),
        )
        for n in range(first, first + count)
    ]


def test_a_poll_of_ten_thousand_is_one_insert_and_stores_each_message_once(store: Store) -> None:
    records = poll(POLL)
    with inserts_into_messages(store) as inserts:
        change = store.ingest.inbound(list(reversed(records)))  # any order: stored by time

    assert len(inserts) == 1
    assert len(change.messages) == POLL
    # Ids follow the gateway's times, and each sid got the id the database gave it.
    first = store.conversations.find(sender(0))
    assert first is not None
    page = store.conversations.messages(first.id, limit=POLL)
    assert [m.body for m in page] == [
        f"Message {n}: is my order ready?" for n in range(0, POLL, SENDERS)
    ]
    assert [m.id for m in page] == sorted(m.id for m in page)
    stored = {m.gateway_sid: m.id for m in change.messages}
    assert all(stored[m.gateway_sid] == m.id for m in page)
    assert first.last_message_preview == f"Message {POLL - SENDERS}: is my order ready?"

    # The next poll overlaps this one: only what is new goes in, in one statement again.
    with inserts_into_messages(store) as inserts:
        again = store.ingest.inbound(poll(POLL, first=POLL // 2))
    assert len(inserts) == 1
    assert sorted(m.gateway_sid for m in again.messages) == [
        f"SM{n:032d}" for n in range(POLL, POLL + POLL // 2)
    ]


def test_history_without_gateway_ids_keeps_its_order_and_its_empty_columns(store: Store) -> None:
    records = [
        HistoryRecord(
            sender(n),
            DESK,
            Direction.OUTBOUND if n % 2 else Direction.INBOUND,
            f"Old {n}",
            T0 + timedelta(minutes=n),
            MessageStatus.DELIVERED if n % 2 else MessageStatus.RECEIVED,
        )
        for n in range(6 * SENDERS)
    ]
    with inserts_into_messages(store) as inserts:
        change = store.ingest.history(records)

    assert len(inserts) == 1
    assert [m.body for m in sorted(change.messages, key=lambda m: m.id)] == [
        f"Old {n}" for n in range(6 * SENDERS)
    ]
    message = store.conversations.get_message(change.messages[0].id)
    assert message is not None
    assert message.gateway_sid is None
    assert message.error_code is None


def test_a_poll_travels_as_json_text_and_every_character_and_time_survives(store: Store) -> None:
    # psycopg builds a PostgreSQL array's text in Python, element by element (a regular
    # expression per string to quote it): 25 ms per column of 10,000 on a quiet machine.
    # Each column goes as one JSON text instead, made by json.dumps in C.
    tricky = [
        'He said "yes", then {left}',
        "back\\slash and a \\u0041 that stays",
        "line one\nline two\ttab",
        "Zoë, Ærø, Straße, Ünïcödé — 😊 👍🏽",
        "NULL",
        "",
        "[1, 2]",
    ]
    records = [
        InboundRecord(
            sid=f"SMJSON{n:02d}",
            peer_number=sender(n),
            desk_number=DESK,
            body=body,
            created_at=T0 + timedelta(seconds=n, microseconds=123_456 * n % 1_000_000),
        )
        for n, body in enumerate(tricky)
    ]
    parameters: list[Any] = []

    def record(conn, cursor, statement, params, context, executemany) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO MESSAGES"):
            parameters.append(params)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        change = store.ingest.inbound(records)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)

    (sent,) = parameters
    sent = sent[0] if isinstance(sent, list) else sent
    assert not any(isinstance(value, list | tuple) for value in sent), sent
    assert len(change.messages) == len(tricky)
    for record in records:
        conversation = store.conversations.find(record.peer_number)
        assert conversation is not None
        (stored,) = store.conversations.messages(conversation.id)
        assert (stored.body, stored.gateway_sid) == (record.body, record.sid)
        assert stored.created_at == record.created_at


def test_a_poll_moves_its_conversations_summaries_in_one_update(store: Store) -> None:
    # An executemany was one UPDATE per conversation, each parameter adapted in Python.
    updates: list[bool] = []

    def record(conn, cursor, statement, params, context, executemany) -> None:
        if statement.lstrip().upper().startswith("UPDATE CONVERSATIONS"):
            updates.append(executemany)

    store.ingest.inbound(poll(SENDERS))  # the conversations exist: they are updated
    event.listen(store.engine, "before_cursor_execute", record)
    try:
        store.ingest.inbound(poll(POLL, first=SENDERS))
    finally:
        event.remove(store.engine, "before_cursor_execute", record)

    assert updates == [False], updates
    last = POLL + SENDERS - 1
    newest = store.conversations.find(sender(last))
    assert newest is not None
    assert newest.last_message_preview == f"Message {last}: is my order ready?"
    assert newest.last_activity_at == T0 + timedelta(seconds=last)
    assert newest.unread_count == (POLL + SENDERS) // SENDERS


def test_a_poll_locks_its_conversations_in_one_statement(store: Store) -> None:
    # In IN-lists of 500 numbers it was two statements per thousand senders, each too long
    # for psycopg's cache of parsed statements: parsed in Python every time.
    senders = 4 * SENDERS
    records = [
        InboundRecord(f"SMLOCK{n:04d}", f"+1415666{n:04d}", DESK, "Hi", T0 + timedelta(seconds=n))
        for n in range(senders)
    ]
    store.ingest.inbound(records)  # the conversations exist
    locks: list[str] = []

    def record(conn, cursor, statement, params, context, executemany) -> None:
        if statement.rstrip().upper().endswith("FOR UPDATE OF CONVERSATIONS"):
            locks.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        change = store.ingest.inbound(
            [
                InboundRecord(f"SMAGAIN{r.sid}", r.peer_number, DESK, "Again", r.created_at)
                for r in records
            ]
        )
    finally:
        event.remove(store.engine, "before_cursor_execute", record)

    assert len(locks) == 1, [lock[-200:] for lock in locks]
    assert len(change.conversations) == senders
    assert len(change.messages) == senders

"""The store on a real SQLite file and a real PostgreSQL server: writes, reads, pagination,
outbox, status and change events. Tests that read or change the SQLite file behind the
store's back run on SQLite only."""

from __future__ import annotations

import logging
import re
import threading
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import StatementError

from desktop.accounts.staff import Accounts
from desktop.core.models import (
    Conversation,
    ConversationId,
    Direction,
    MessageId,
    MessageStatus,
    StoreChange,
    UserId,
)
from desktop.store import (
    InboundRecord,
    StatusUpdate,
    Store,
    StoreError,
    UnsettledMessage,
)
from desktop.store.database import for_writing
from desktop.store.set_aside_store import UnstorableRecord
from desktop.store.tables import sqlite_text, sync_state

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
DESK = "+15550000000"
ALICE = "+15550000001"
BOB = "+15550000002"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def inbound(sid: str, peer: str = ALICE, minutes: float = 0, body: str = "hi") -> InboundRecord:
    return InboundRecord(sid, peer, DESK, body, at(minutes))


@pytest.fixture(params=["sqlite-fast-path", "core-statement"])
def ingest_store(request: pytest.FixtureRequest, store: Store) -> Store:
    """The store, with ingest through the SQLite fast path or the portable Core statement."""
    if request.param == "sqlite-fast-path" and store.dialect != "sqlite":
        pytest.skip("the fast path is SQLite's")
    store.ingest.sqlite_fast_path = request.param == "sqlite-fast-path"
    return store


@pytest.fixture
def reader(store: Store) -> UserId:
    """A colleague made before any message arrived (the tests read as them)."""
    return Accounts(store).create_user("101", "Anna Smith", "correct horse 42").id


@pytest.fixture
def events(store: Store) -> list[StoreChange]:
    received: list[StoreChange] = []
    store.subscribe(received.append)
    return received


def raw(db_path: Path, sql: str, **params: object) -> list[tuple[object, ...]]:
    """Read or change the file behind the store's back, as another program would."""
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def queued(store: Store, peer: str = ALICE, body: str = "hello", minutes: float = 0) -> MessageId:
    conversation = store.conversations.open(peer, now=at(minutes))
    return store.outbound.queue(conversation.id, body, desk_number=DESK, now=at(minutes)).id


def sent(store: Store, sid: str, peer: str = ALICE, minutes: float = 0) -> MessageId:
    mid = queued(store, peer, minutes=minutes)
    assert store.outbox.begin_send(mid, at(minutes))
    store.outbox.record_sent(mid, sid, MessageStatus.SENT, at(minutes))
    return mid


# -- times -----------------------------------------------------------------------------------


def test_naive_datetimes_are_rejected(store: Store, db_path: Path) -> None:
    conversation = store.conversations.open(ALICE)
    naive = datetime(2025, 3, 1, 9, 0)

    with pytest.raises(ValueError, match="naive"):
        store.outbound.queue(conversation.id, "hi", desk_number=DESK, now=naive)
    with pytest.raises(ValueError, match="naive"):
        InboundRecord("SM1", ALICE, DESK, "hi", naive)
    with pytest.raises(ValueError, match="naive"):
        store.outbox.set_watermark("inbound", naive)
    with pytest.raises(StatementError) as raised, for_writing(store.engine).begin() as conn:
        conn.execute(insert(sync_state).values(key="k", updated_at=naive))
    assert isinstance(raised.value.orig, ValueError)
    assert store.conversations.messages(conversation.id) == []


def test_times_are_stored_as_utc_and_come_back_aware_utc(store: Store, db_path: Path) -> None:
    paris = timezone(timedelta(hours=1))
    conversation = store.conversations.open(ALICE)

    message = store.outbound.queue(
        conversation.id, "hi", desk_number=DESK, now=datetime(2025, 3, 1, 10, 0, tzinfo=paris)
    )

    (stored,) = store.conversations.messages(conversation.id)
    assert stored.created_at == T0
    assert stored.created_at.tzinfo is UTC
    assert message.created_at.tzinfo is UTC
    assert raw(db_path, "SELECT created_at FROM messages WHERE id = :id", id=message.id) == [
        ("2025-03-01 09:00:00.000000",)
    ]


@pytest.mark.parametrize(
    "value",
    [T0, datetime(1, 1, 1, tzinfo=UTC), datetime(2025, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)],
)
def test_sqlite_time_text_is_what_sqlalchemy_writes_for_datetime(value: datetime) -> None:
    generic = sqlite.DATETIME().bind_processor(sqlite.dialect())
    assert generic is not None

    assert sqlite_text(value) == generic(value.replace(tzinfo=None))


# -- conversations ---------------------------------------------------------------------------


def test_open_conversation_creates_once_and_emits_only_on_creation(
    store: Store, events: list[StoreChange]
) -> None:
    first = store.conversations.open(ALICE, now=T0)
    again = store.conversations.open(ALICE, now=at(5))

    assert again == first
    assert first == Conversation(id=first.id, peer_number=ALICE, last_activity_at=T0)
    assert events == [StoreChange(conversations=(first,))]
    assert store.conversations.find(ALICE) == first
    assert store.conversations.get(first.id) == first
    assert store.conversations.find(BOB) is None
    assert store.conversations.get(ConversationId(999)) is None


def test_opening_the_same_number_from_many_threads_gives_one_conversation(store: Store) -> None:
    barrier = threading.Barrier(6)
    results: list[Conversation] = []

    def open_it() -> None:
        barrier.wait()
        results.append(store.conversations.open(ALICE))

    threads = [threading.Thread(target=open_it) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(results) == 6
    assert {c.id for c in results} == {results[0].id}
    assert len(store.conversations.list()) == 1


def test_mark_read_clears_unread_and_emits_only_when_something_was_unread(
    store: Store, reader: UserId, events: list[StoreChange]
) -> None:
    store = store.for_session(reader)
    store.ingest.inbound([inbound("SM1"), inbound("SM2", minutes=1)])
    conversation = store.conversations.find(ALICE)
    assert conversation is not None
    assert conversation.unread_count == 2
    events.clear()

    store.conversations.mark_read(conversation.id)
    store.conversations.mark_read(conversation.id)

    read = store.conversations.get(conversation.id)
    assert read is not None
    assert read.unread_count == 0
    assert events == [StoreChange(conversations=(read,))]
    assert store.conversations.unread_count() == 0


def test_unread_count_counts_conversations_archived_or_not(store: Store) -> None:
    store.ingest.inbound([inbound("SM1", ALICE), inbound("SM2", ALICE), inbound("SM3", BOB)])
    bob = store.conversations.find(BOB)
    assert bob is not None
    store.ownership.set_archived(bob.id, True)

    assert store.conversations.unread_count() == 2


# -- queue_outbound --------------------------------------------------------------------------


def test_queue_outbound_stores_message_outbox_row_and_summary_and_emits(
    store: Store, events: list[StoreChange]
) -> None:
    conversation = store.conversations.open(ALICE, now=T0)
    store.ownership.set_archived(conversation.id, True, now=T0)
    events.clear()

    message = store.outbound.queue(
        conversation.id, "  Running late,\n\tsee you at 10  ", desk_number=DESK, now=at(1)
    )

    assert message.direction is Direction.OUTBOUND
    assert message.status is MessageStatus.QUEUED
    assert message.body == "  Running late,\n\tsee you at 10  "
    assert message.created_at == at(1)
    assert store.conversations.get_message(message.id) == message
    (item,) = store.outbox.due(at(1))
    assert (item.message_id, item.conversation_id, item.to_number, item.body) == (
        message.id,
        conversation.id,
        ALICE,
        message.body,
    )
    assert (item.state, item.attempts, item.next_attempt_at) == ("pending", 0, at(1))
    summary = store.conversations.get(conversation.id)
    assert summary == Conversation(
        id=conversation.id,
        peer_number=ALICE,
        last_activity_at=at(1),
        last_message_preview="Running late, see you at 10",
        last_direction=Direction.OUTBOUND,
        last_status=MessageStatus.QUEUED,
        archived=False,
    )
    assert events == [StoreChange(conversations=(summary,), messages=(message,))]


def test_queue_outbound_is_all_or_nothing(
    store: Store, db_path: Path, events: list[StoreChange]
) -> None:
    conversation = store.conversations.open(ALICE, now=T0)
    events.clear()
    # Make the last insert of the transaction fail, as a full disk or a crash would.
    raw(
        db_path,
        "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox "
        "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END",
    )

    with pytest.raises(Exception, match="outbox refused"):
        store.outbound.queue(conversation.id, "hello", desk_number=DESK, now=at(1))

    assert raw(db_path, "SELECT count(*) FROM messages") == [(0,)]
    assert store.conversations.get(conversation.id) == conversation
    assert events == []


@pytest.mark.parametrize("body", ["", "   ", "\n\t "])
def test_queue_outbound_refuses_an_empty_message(store: Store, body: str) -> None:
    conversation = store.conversations.open(ALICE)

    with pytest.raises(ValueError, match="empty"):
        store.outbound.queue(conversation.id, body, desk_number=DESK)

    assert store.conversations.messages(conversation.id) == []


def test_queue_outbound_to_a_missing_conversation_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError):
        store.outbound.queue(ConversationId(404), "hello", desk_number=DESK)


def test_preview_is_at_most_200_characters(store: Store) -> None:
    conversation = store.conversations.open(ALICE)

    store.outbound.queue(conversation.id, "x" * 500, desk_number=DESK)

    summary = store.conversations.get(conversation.id)
    assert summary is not None
    assert summary.last_message_preview == "x" * 200


# -- ingest ----------------------------------------------------------------------------------


def test_ingest_dedupes_by_sid_within_and_across_batches_and_counts_unread(
    ingest_store: Store,
) -> None:
    store = ingest_store
    first = store.ingest.inbound(
        [
            inbound("SM1", ALICE, 0),
            inbound("SM2", ALICE, 1),
            inbound("SM1", ALICE, 0),
            inbound("SM3", BOB, 2),
        ]
    )
    # A polling window that overlaps the last one: two old, one new.
    second = store.ingest.inbound(
        [inbound("SM2", ALICE, 1), inbound("SM3", BOB, 2), inbound("SM4", ALICE, 3, "later")]
    )

    assert sorted(m.gateway_sid or "" for m in first.messages) == ["SM1", "SM2", "SM3"]
    assert [m.gateway_sid for m in second.messages] == ["SM4"]
    alice, bob = store.conversations.find(ALICE), store.conversations.find(BOB)
    assert alice is not None
    assert bob is not None
    assert (alice.unread_count, bob.unread_count) == (3, 1)
    assert alice.last_message_preview == "later"
    assert alice.last_activity_at == at(3)
    assert (alice.last_direction, alice.last_status) == (Direction.INBOUND, MessageStatus.RECEIVED)
    assert [m.gateway_sid for m in store.conversations.messages(alice.id)] == ["SM1", "SM2", "SM4"]
    assert store.ingest.known_sids(["SM1", "SM4", "SM9"]) == {"SM1", "SM4"}
    assert store.conversations.unread_count() == 2
    assert second.conversations == (alice,)


def test_fully_duplicate_ingest_changes_nothing_and_emits_nothing(
    ingest_store: Store, events: list[StoreChange]
) -> None:
    ingest_store.ingest.inbound([inbound("SM1"), inbound("SM2", minutes=1)])
    events.clear()
    before = ingest_store.conversations.list()

    change = ingest_store.ingest.inbound([inbound("SM2", minutes=1), inbound("SM1")])

    assert not change
    assert events == []
    assert ingest_store.conversations.list() == before


def test_ingest_brings_an_archived_conversation_back_unread(
    ingest_store: Store, reader: UserId
) -> None:
    store = ingest_store.for_session(reader)
    store.ingest.inbound([inbound("SM1")])
    alice = store.conversations.find(ALICE)
    assert alice is not None
    store.conversations.mark_read(alice.id)
    store.ownership.set_archived(alice.id, True)
    assert store.conversations.list() == []

    store.ingest.inbound([inbound("SM2", minutes=5, body="are you there?")])

    back = store.conversations.get(alice.id)
    assert back is not None
    assert (back.archived, back.unread_count, back.last_message_preview) == (
        False,
        1,
        "are you there?",
    )
    assert store.conversations.list() == [back]
    assert store.conversations.list(archived=True) == []


def test_a_late_message_shows_last_but_the_activity_time_never_goes_back(
    ingest_store: Store,
) -> None:
    store = ingest_store
    mid = queued(store, ALICE, body="see you", minutes=10)

    store.ingest.inbound([inbound("SM1", ALICE, 5, body="delayed by the carrier")])

    alice = store.conversations.find(ALICE)
    assert alice is not None
    # It arrived last, so it is at the bottom of the conversation and in the preview...
    assert alice.last_message_preview == "delayed by the carrier"
    assert alice.last_direction is Direction.INBOUND
    assert alice.unread_count == 1
    assert [m.id for m in store.conversations.messages(alice.id)][-2] == mid
    # ...but the chat list's sort time stays at the newest time seen.
    assert alice.last_activity_at == at(10)


def test_first_message_of_a_just_opened_conversation_becomes_its_summary(
    ingest_store: Store,
) -> None:
    # Opened at 10:00, but the peer's SMS is stamped 09:55 by the gateway.
    opened = ingest_store.conversations.open(ALICE, now=at(60))

    ingest_store.ingest.inbound([inbound("SM1", ALICE, 55, body="hello?")])

    alice = ingest_store.conversations.get(opened.id)
    assert alice is not None
    assert (alice.last_message_preview, alice.last_activity_at) == ("hello?", at(60))


def test_ingest_of_ten_thousand_records_completes(ingest_store: Store) -> None:
    records = [
        InboundRecord(f"SM{i:06d}", f"+1555{i % 100:07d}", DESK, f"message {i}", at(i / 60))
        for i in range(10_000)
    ]

    started = time.perf_counter()
    change = ingest_store.ingest.inbound(records)
    elapsed = time.perf_counter() - started

    print(f"\ningest of 10,000 records over 100 numbers: {elapsed * 1000:.0f} ms")
    assert len(change.messages) == 10_000
    assert len(change.conversations) == 100
    assert sum(c.unread_count for c in ingest_store.conversations.list(limit=200)) == 10_000
    assert not ingest_store.ingest.inbound(records[::7])


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("sid", "", "The gateway gave it no message id."),
        ("sid", "S" * 65, "Its message id is longer than 64 characters."),
        ("peer_number", "", "The sender is empty."),
        ("peer_number", "+1" * 20, "The sender is longer than 32 characters."),
        ("desk_number", "", "The number it was sent to is empty."),
        ("body", "half an emoji \ud83d", "Its text holds a broken character"),
        ("body", "nul \x00", "Its text holds a NUL character"),
        ("peer_number", "AC\udc00ME", "The sender holds a broken character"),
    ],
)
def test_inbound_records_with_unstorable_fields_are_refused_with_the_reason(
    field: str, value: str, reason: str
) -> None:
    fields = {"sid": "SM1", "peer_number": ALICE, "desk_number": DESK, "body": "hi"}
    fields[field] = value

    # A ValueError (as before) whose sentence an administrator reads in the set-aside list.
    with pytest.raises(UnstorableRecord, match=re.escape(reason)) as refused:
        InboundRecord(**fields, created_at=T0)
    assert isinstance(refused.value, ValueError)
    assert value not in str(refused.value) or not value  # the sentence never repeats it


# -- pagination ------------------------------------------------------------------------------


def test_conversation_pages_follow_activity_order_without_gaps_or_overlaps(
    store: Store,
) -> None:
    # 23 conversations, created out of activity order and several sharing a last-activity
    # time, so the order needs both keys.
    for i in range(23):
        store.conversations.open(f"+1555000{i:04d}", now=at((i * 7) % 23 // 3))
    archived = store.conversations.open("+15559990000", now=at(100))
    store.ownership.set_archived(archived.id, True)
    expected = sorted(
        (c for c in (store.conversations.find(f"+1555000{i:04d}") for i in range(23)) if c),
        key=lambda c: (c.last_activity_at, c.id),
        reverse=True,
    )

    pages: list[list[Conversation]] = []
    before = None
    while page := store.conversations.list(before=before, limit=5):
        pages.append(page)
        before = (page[-1].last_activity_at, page[-1].id)

    assert [len(p) for p in pages] == [5, 5, 5, 5, 3]
    assert [c for p in pages for c in p] == expected
    assert store.conversations.list(archived=True) == [store.conversations.get(archived.id)]


def test_message_pages_are_oldest_first_and_walk_back_without_gaps_or_overlaps(
    store: Store,
) -> None:
    conversation = store.conversations.open(ALICE, now=T0)
    # 25 messages, pairs of them written at the same instant.
    written = [
        store.outbound.queue(conversation.id, f"m{i}", desk_number=DESK, now=at(i // 2))
        for i in range(25)
    ]
    store.outbound.queue(store.conversations.open(BOB).id, "elsewhere", desk_number=DESK)

    pages = []
    before = None
    while page := store.conversations.messages(conversation.id, before=before, limit=7):
        assert page == sorted(page, key=lambda m: m.id)  # in arrival order
        pages.append(page)
        before = page[0].id

    assert [len(p) for p in pages] == [7, 7, 7, 4]
    assert pages[0][-1] == written[-1]
    assert [m for p in reversed(pages) for m in p] == written


# -- outbox ----------------------------------------------------------------------------------


def test_begin_send_claims_a_message_only_once(store: Store, events: list[StoreChange]) -> None:
    mid = queued(store)
    events.clear()

    assert store.outbox.begin_send(mid, at(1)) is True
    assert store.outbox.begin_send(mid, at(1)) is False

    message = store.conversations.get_message(mid)
    assert message is not None
    assert message.status is MessageStatus.SENDING
    (item,) = store.outbox.in_flight()
    assert (item.message_id, item.state, item.attempts, item.attempt_started_at) == (
        mid,
        "in_flight",
        1,
        at(1),
    )
    summary = store.conversations.get(message.conversation_id)
    assert summary is not None
    assert summary.last_status is MessageStatus.SENDING
    assert events == [StoreChange(conversations=(summary,), messages=(message,))]


def test_begin_send_from_many_threads_at_once_claims_exactly_once(store: Store) -> None:
    mids = [queued(store, body=f"m{i}") for i in range(10)]
    workers = 4
    claims: list[tuple[MessageId, bool]] = []
    lock = threading.Lock()

    def race(mid: MessageId, barrier: threading.Barrier) -> None:
        barrier.wait()
        claimed = store.outbox.begin_send(mid, at(1))
        with lock:
            claims.append((mid, claimed))

    for mid in mids:
        barrier = threading.Barrier(workers)
        threads = [threading.Thread(target=race, args=(mid, barrier)) for _ in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert len(claims) == workers * len(mids)
    assert sorted(mid for mid, claimed in claims if claimed) == mids
    assert {item.attempts for item in store.outbox.in_flight()} == {1}


def test_due_outbox_lists_due_rows_of_both_states_oldest_first(store: Store) -> None:
    late = queued(store, ALICE, minutes=0)
    early = queued(store, BOB, minutes=1)
    future = queued(store, "+15550000003", minutes=2)
    store.outbox.reschedule(late, at(5), "gateway unreachable")
    assert store.outbox.begin_send(early, at(1))
    store.outbox.mark_uncertain(early, at(3), "timed out")
    store.outbox.reschedule(future, at(30), "gateway unreachable")

    due = store.outbox.due(at(10))

    assert [(i.message_id, i.state) for i in due] == [(early, "in_flight"), (late, "pending")]
    assert store.outbox.due(at(2)) == []
    assert [i.message_id for i in store.outbox.due(at(60), limit=2)] == [early, late]


def test_mark_uncertain_keeps_the_message_in_flight_and_sending(
    store: Store, db_path: Path, events: list[StoreChange]
) -> None:
    mid = queued(store)
    assert store.outbox.begin_send(mid, at(1))
    events.clear()

    store.outbox.mark_uncertain(mid, at(2), "connection reset")

    (item,) = store.outbox.in_flight()
    assert (item.state, item.next_attempt_at, item.attempts) == ("in_flight", at(2), 1)
    message = store.conversations.get_message(mid)
    assert message is not None
    assert message.status is MessageStatus.SENDING
    assert raw(db_path, "SELECT last_error FROM outbox") == [("connection reset",)]
    assert events == []


def test_reschedule_puts_the_message_back_in_the_queue(
    store: Store, db_path: Path, events: list[StoreChange]
) -> None:
    mid = queued(store)
    assert store.outbox.begin_send(mid, at(1))
    events.clear()

    store.outbox.reschedule(mid, at(5), "HTTP 503")

    assert store.outbox.in_flight() == []
    (item,) = store.outbox.due(at(5))
    assert (item.message_id, item.state, item.attempts) == (mid, "pending", 1)
    assert raw(db_path, "SELECT last_error FROM outbox") == [("HTTP 503",)]
    message = store.conversations.get_message(mid)
    assert message is not None
    assert message.status is MessageStatus.QUEUED
    assert [m.status for e in events for m in e.messages] == [MessageStatus.QUEUED]
    assert store.outbox.begin_send(mid, at(5)) is True


def test_record_sent_attaches_the_sid_and_clears_the_outbox(
    store: Store, events: list[StoreChange]
) -> None:
    mid = queued(store)
    assert store.outbox.begin_send(mid, at(1))
    events.clear()

    store.outbox.record_sent(mid, "SM123", MessageStatus.SENT, at(1))

    message = store.conversations.get_message(mid)
    assert message is not None
    assert (message.status, message.gateway_sid, message.sent_at) == (
        MessageStatus.SENT,
        "SM123",
        at(1),
    )
    assert store.outbox.due(at(60)) == []
    assert store.outbox.in_flight() == []
    assert store.ingest.known_sids(["SM123"]) == {"SM123"}
    summary = store.conversations.get(message.conversation_id)
    assert summary is not None
    assert summary.last_status is MessageStatus.SENT
    assert events == [StoreChange(conversations=(summary,), messages=(message,))]


def test_record_sent_with_a_sid_of_another_message_is_refused_and_changes_nothing(
    store: Store,
) -> None:
    sent(store, "SM1", ALICE)
    mid = queued(store, BOB)
    assert store.outbox.begin_send(mid, at(1))

    with pytest.raises(StoreError, match="SM1"):
        store.outbox.record_sent(mid, "SM1", MessageStatus.SENT, at(1))

    assert [i.message_id for i in store.outbox.in_flight()] == [mid]
    message = store.conversations.get_message(mid)
    assert message is not None
    assert message.gateway_sid is None


def test_record_failed_clears_the_outbox_and_retry_queues_it_again(
    store: Store, events: list[StoreChange]
) -> None:
    mid = queued(store)
    assert store.outbox.begin_send(mid, at(1))
    store.outbox.record_failed(mid, 30003, "The phone could not be reached")

    failed = store.conversations.get_message(mid)
    assert failed is not None
    assert (failed.status, failed.error_code, failed.error_message) == (
        MessageStatus.FAILED,
        30003,
        "The phone could not be reached",
    )
    assert store.outbox.due(at(60)) == []
    assert store.outbox.in_flight() == []
    summary = store.conversations.get(failed.conversation_id)
    assert summary is not None
    assert summary.last_status is MessageStatus.FAILED
    events.clear()

    retried = store.outbound.retry(mid, now=at(2))

    assert (retried.status, retried.error_code, retried.error_message) == (
        MessageStatus.QUEUED,
        None,
        None,
    )
    (item,) = store.outbox.due(at(2))
    assert (item.message_id, item.state, item.attempts, item.next_attempt_at) == (
        mid,
        "pending",
        0,
        at(2),
    )
    assert events[-1].messages == (retried,)
    with pytest.raises(StoreError, match="Only a failed message can be sent again"):
        store.outbound.retry(mid)


def test_only_a_failed_outbound_message_can_be_retried(store: Store) -> None:
    store.ingest.inbound([inbound("SM1")])
    (received,) = store.conversations.messages(ConversationId(1))

    with pytest.raises(StoreError, match="Only a failed message can be sent again"):
        store.outbound.retry(received.id)
    with pytest.raises(StoreError, match="Only a failed message can be sent again"):
        store.outbound.retry(sent(store, "SM2", BOB))


# -- status updates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reports", "final"),
    [
        ([MessageStatus.DELIVERED], MessageStatus.DELIVERED),
        ([MessageStatus.FAILED], MessageStatus.FAILED),
        ([MessageStatus.DELIVERED, MessageStatus.SENT], MessageStatus.DELIVERED),
        ([MessageStatus.DELIVERED, MessageStatus.FAILED], MessageStatus.DELIVERED),
        ([MessageStatus.FAILED, MessageStatus.DELIVERED], MessageStatus.FAILED),
        ([MessageStatus.QUEUED], MessageStatus.SENT),
        ([MessageStatus.SENDING], MessageStatus.SENT),
        ([MessageStatus.RECEIVED], MessageStatus.SENT),
    ],
)
def test_status_updates_never_go_backwards(
    store: Store, reports: list[MessageStatus], final: MessageStatus
) -> None:
    mid = sent(store, "SM1")

    for status in reports:  # one report per poll
        store.outbox.apply_status_updates([StatusUpdate("SM1", status)])

    message = store.conversations.get_message(mid)
    assert message is not None
    assert message.status is final
    summary = store.conversations.get(message.conversation_id)
    assert summary is not None
    assert summary.last_status is final


def test_status_reports_in_one_batch_apply_in_order(store: Store) -> None:
    mid = sent(store, "SM1")

    change = store.outbox.apply_status_updates(
        [
            StatusUpdate("SM1", MessageStatus.DELIVERED, delivered_at=at(2)),
            StatusUpdate("SM1", MessageStatus.SENT),
            StatusUpdate("SM1", MessageStatus.FAILED, 30003, "Unreachable"),
        ]
    )

    message = store.conversations.get_message(mid)
    assert message is not None
    assert (message.status, message.delivered_at, message.error_code) == (
        MessageStatus.DELIVERED,
        at(2),
        None,
    )
    assert change.messages == (message,)


def test_status_update_emits_exactly_the_changed_rows(
    store: Store, events: list[StoreChange]
) -> None:
    older = sent(store, "SM1", ALICE, minutes=0)
    newest = sent(store, "SM2", ALICE, minutes=1)
    other = sent(store, "SM3", BOB, minutes=2)
    events.clear()

    change = store.outbox.apply_status_updates(
        [
            StatusUpdate("SM1", MessageStatus.FAILED, 30005, "Unknown number"),
            StatusUpdate("SM2", MessageStatus.DELIVERED, delivered_at=at(3)),
            StatusUpdate("SM3", MessageStatus.SENT),  # no change
            StatusUpdate("SM404", MessageStatus.DELIVERED),  # not ours
        ]
    )

    assert sorted(m.id for m in change.messages) == [older, newest]
    failed = store.conversations.get_message(older)
    assert failed is not None
    assert failed.error_message == "Unknown number"
    # Only Alice's summary changes, and only because her newest message was delivered.
    alice = store.conversations.find(ALICE)
    assert alice is not None
    assert alice.last_status is MessageStatus.DELIVERED
    assert change.conversations == (alice,)
    assert events == [change]
    bob = store.conversations.find(BOB)
    assert bob is not None
    assert bob.last_status is MessageStatus.SENT
    assert other not in {m.id for m in change.messages}


def test_status_updates_that_change_nothing_emit_nothing(
    store: Store, events: list[StoreChange]
) -> None:
    sent(store, "SM1")
    store.ingest.inbound([inbound("SM9", BOB)])
    events.clear()

    change = store.outbox.apply_status_updates(
        [StatusUpdate("SM1", MessageStatus.SENT), StatusUpdate("SM9", MessageStatus.DELIVERED)]
    )

    assert not change
    assert events == []


def test_unsettled_outbound_lists_accepted_messages_awaiting_a_final_status(
    store: Store,
) -> None:
    old = sent(store, "SM0", ALICE, minutes=-120)
    waiting = sent(store, "SM1", ALICE, minutes=1)
    newer = sent(store, "SM2", BOB, minutes=2)
    delivered = sent(store, "SM3", BOB, minutes=3)
    store.outbox.apply_status_updates([StatusUpdate("SM3", MessageStatus.DELIVERED)])
    queued(store, ALICE, minutes=4)
    store.ingest.inbound([inbound("SM9", ALICE, 5)])

    unsettled = store.outbox.unsettled(since=at(0))

    assert unsettled == [
        UnsettledMessage(newer, "SM2", MessageStatus.SENT),
        UnsettledMessage(waiting, "SM1", MessageStatus.SENT),
    ]
    assert old not in {u.message_id for u in unsettled}
    assert delivered not in {u.message_id for u in unsettled}
    assert store.outbox.unsettled(since=at(0), limit=1) == unsettled[:1]


# -- sync state ------------------------------------------------------------------------------


def test_watermarks_are_stored_replaced_and_read_back(store: Store) -> None:
    assert store.outbox.watermark("inbound") is None

    store.outbox.set_watermark("inbound", at(1))
    store.outbox.set_watermark("inbound", at(2))
    store.outbox.set_watermark("status", at(3))

    assert store.outbox.watermark("inbound") == at(2)
    assert store.outbox.watermark("status") == at(3)


# -- change events ---------------------------------------------------------------------------


def test_a_raising_subscriber_is_logged_and_does_not_break_the_write(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[StoreChange] = []

    def broken(change: StoreChange) -> None:
        raise RuntimeError("view crashed")

    store.subscribe(broken)
    store.subscribe(seen.append)
    conversation = store.conversations.open(ALICE)

    with caplog.at_level(logging.ERROR, logger="smsdesk.store"):
        message = store.outbound.queue(conversation.id, "still sent", desk_number=DESK)

    assert store.conversations.get_message(message.id) == message
    assert seen[-1].messages == (message,)
    assert any(
        r.name == "smsdesk.store" and r.exc_info and "view crashed" in str(r.exc_info[1])
        for r in caplog.records
    )


def test_unsubscribed_callbacks_hear_nothing_more(store: Store) -> None:
    seen: list[StoreChange] = []
    unsubscribe = store.subscribe(seen.append)
    store.conversations.open(ALICE)

    unsubscribe()
    unsubscribe()
    store.conversations.open(BOB)

    assert [c.peer_number for e in seen for c in e.conversations] == [ALICE]


def test_subscribers_are_called_in_the_committing_thread_after_commit(
    store: Store, db_path: Path
) -> None:
    observed: list[tuple[str, list[tuple[object, ...]]]] = []

    def look(change: StoreChange) -> None:
        # Another connection must already see the row: the event comes after the commit.
        observed.append((threading.current_thread().name, raw(db_path, "SELECT id FROM messages")))

    store.subscribe(look)
    conversation = store.conversations.open(ALICE)
    observed.clear()

    worker = threading.Thread(
        target=store.outbound.queue,
        args=(conversation.id, "from the worker"),
        kwargs={"desk_number": DESK},
        name="sync-worker",
    )
    worker.start()
    worker.join()

    assert observed == [("sync-worker", [(1,)])]


# -- concurrency -----------------------------------------------------------------------------


def test_concurrent_writers_and_readers_all_succeed(store: Store) -> None:
    errors: list[BaseException] = []
    conversation = store.conversations.open(ALICE)

    def guard(work: callable) -> None:  # type: ignore[valid-type]
        try:
            work()
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)

    def gui() -> None:
        for i in range(40):
            store.outbound.queue(conversation.id, f"out {i}", desk_number=DESK)
            store.conversations.list()

    def sync() -> None:
        for batch in range(40):
            store.ingest.inbound([inbound(f"SM{batch}-{k}", BOB, batch) for k in range(5)])
            for item in store.outbox.due(at(10_000)):
                if store.outbox.begin_send(item.message_id, at(1)):
                    store.outbox.record_sent(
                        item.message_id, f"OUT{item.message_id}", MessageStatus.SENT, at(1)
                    )

    def reader() -> None:
        for _ in range(80):
            store.conversations.messages(conversation.id, limit=20)
            store.conversations.unread_count()

    threads = [threading.Thread(target=guard, args=(work,)) for work in (gui, sync, reader)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(store.conversations.messages(conversation.id, limit=1000)) == 40
    bob = store.conversations.find(BOB)
    assert bob is not None
    assert bob.unread_count == 200

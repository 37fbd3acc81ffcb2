"""Importing history in bulk (``Store.import_history``) on a real SQLite file and a real
PostgreSQL server: conversations, summaries, duplicates, read state and search."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.accounts.staff import Accounts
from desktop.core.models import Direction, MessageStatus, StoreChange
from desktop.store import HistoryRecord, InboundRecord, Store

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
DESK = "+15550000000"
ALICE = "+14155550134"
BOB = "+442079460123"
PASSWORD = "correct horse 42"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def said(
    peer: str,
    body: str,
    minutes: float,
    *,
    sid: str | None = None,
    inbound: bool = True,
    status: MessageStatus | None = None,
) -> HistoryRecord:
    direction = Direction.INBOUND if inbound else Direction.OUTBOUND
    default = MessageStatus.RECEIVED if inbound else MessageStatus.DELIVERED
    return HistoryRecord(peer, DESK, direction, body, at(minutes), status or default, sid)


@pytest.fixture(params=["sqlite-fast-path", "core-statement"])
def import_store(request: pytest.FixtureRequest, store: Store) -> Store:
    """The store, importing through the SQLite fast path or the portable Core statement."""
    if request.param == "sqlite-fast-path" and store.dialect != "sqlite":
        pytest.skip("the fast path is SQLite's")
    store.ingest.sqlite_fast_path = request.param == "sqlite-fast-path"
    return store


def test_import_creates_a_conversation_per_number_with_messages_in_time_order(
    import_store: Store,
) -> None:
    store = import_store
    events: list[StoreChange] = []
    store.subscribe(events.append)

    change = store.ingest.history(
        [
            said(ALICE, "second", 2, sid="SM2", inbound=False),
            said(BOB, "from bob", 1, sid="SM3"),
            said(ALICE, "first", 0, sid="SM1"),
            said(ALICE, "no sid", 3, inbound=False, status=MessageStatus.SENT),
        ]
    )

    alice, bob = store.conversations.find(ALICE), store.conversations.find(BOB)
    assert alice is not None
    assert bob is not None
    assert [(m.body, m.direction) for m in store.conversations.messages(alice.id)] == [
        ("first", Direction.INBOUND),
        ("second", Direction.OUTBOUND),
        ("no sid", Direction.OUTBOUND),
    ]
    stored = {m.body: m for m in store.conversations.messages(alice.id)}
    assert stored["second"].status is MessageStatus.DELIVERED
    assert stored["second"].gateway_sid == "SM2"
    assert stored["no sid"].status is MessageStatus.SENT
    assert stored["no sid"].gateway_sid is None
    assert [m.body for m in store.conversations.messages(bob.id)] == ["from bob"]
    # What the change says was stored is what the store holds.
    assert sorted(m.id for m in change.messages) == sorted(
        m.id for cid in (alice.id, bob.id) for m in store.conversations.messages(cid)
    )
    assert {c.id for c in change.conversations} == {alice.id, bob.id}
    assert events == [change]
    # Nothing imported is waiting to be sent.
    assert store.outbox.due(at(60)) == []


def test_summaries_move_to_the_last_stored_message_and_activity_never_goes_back(
    import_store: Store,
) -> None:
    store = import_store
    store.ingest.history([said(ALICE, "hello", 0, sid="SM1")])
    store.ingest.history(
        [said(ALICE, "the newest", 10, sid="SM2", inbound=False), said(ALICE, "older", 5)]
    )

    alice = store.conversations.find(ALICE)
    assert alice is not None
    assert alice.last_message_preview == "the newest"
    assert alice.last_activity_at == at(10)
    assert (alice.last_direction, alice.last_status) == (
        Direction.OUTBOUND,
        MessageStatus.DELIVERED,
    )
    # Live traffic after the import is newer and takes over the summary.
    store.ingest.inbound([InboundRecord("SM9", ALICE, DESK, "live", at(20))])
    alice = store.conversations.find(ALICE)
    assert alice is not None
    assert alice.last_message_preview == "live"
    # Older history imported after it is shown last, as a late message is (messages are in
    # the order they reached the store), but the activity time never goes back.
    store.ingest.history([said(ALICE, "from the archive", 1, sid="SM0")])
    alice = store.conversations.find(ALICE)
    assert alice is not None
    assert alice.last_message_preview == "from the archive"
    assert [m.body for m in store.conversations.messages(alice.id)][-1] == "from the archive"
    assert alice.last_activity_at == at(20)
    assert store.conversations.list()[0].id == alice.id


def test_duplicate_sids_are_skipped_in_the_batch_and_against_the_store(
    import_store: Store,
) -> None:
    store = import_store
    store.ingest.inbound([InboundRecord("SM1", ALICE, DESK, "already here", at(0))])

    change = store.ingest.history(
        [
            said(ALICE, "duplicate of stored", 0, sid="SM1"),
            said(ALICE, "new", 1, sid="SM2"),
            said(ALICE, "repeat in batch", 1, sid="SM2"),
            said(BOB, "bob", 2, sid="SM3"),
        ]
    )
    again = store.ingest.history([said(ALICE, "new", 1, sid="SM2"), said(BOB, "bob", 2, sid="SM3")])

    alice = store.conversations.find(ALICE)
    assert alice is not None
    assert [m.body for m in store.conversations.messages(alice.id)] == ["already here", "new"]
    assert sorted(m.gateway_sid or "" for m in change.messages) == ["SM2", "SM3"]
    assert again == StoreChange()
    assert store.ingest.known_sids(["SM1", "SM2", "SM3"]) == {"SM1", "SM2", "SM3"}


def test_imported_inbound_is_unread_for_colleagues_who_came_before_not_after(
    store: Store,
) -> None:
    accounts = Accounts(store)
    before = accounts.create_user("101", "Anna Smith", PASSWORD)
    store.ingest.history(
        [said(ALICE, "one", 0, sid="SM1"), said(ALICE, "two", 1, sid="SM2"), said(BOB, "b", 2)]
    )
    store.ingest.history([said(BOB, "reply", 3, inbound=False)])
    after = accounts.create_user("102", "Ben Jones", PASSWORD)

    store = store.for_session(before.id)
    alice, bob = store.conversations.find(ALICE), store.conversations.find(BOB)
    assert alice is not None
    assert bob is not None
    assert (alice.unread_count, bob.unread_count) == (2, 1)
    assert store.conversations.unread_count() == 2
    store.conversations.mark_read(alice.id)
    assert store.conversations.unread_count() == 1

    # A colleague whose account is newer than the history has it as read history.
    store = store.for_session(after.id)
    assert store.conversations.unread_count() == 0
    bob = store.conversations.find(BOB)
    assert bob is not None
    assert bob.unread_count == 0


def test_imported_bodies_are_found_by_search(store: Store) -> None:
    store.ingest.history(
        [
            said(ALICE, "Your invoice INV-2024 is settled", 0, sid="SM1", inbound=False),
            said(BOB, "Merci beaucoup, à demain", 1, sid="SM2"),
        ]
    )

    assert [c.peer_number for c in store.search.conversations("invoice settled")] == [ALICE]
    assert [c.peer_number for c in store.search.conversations("beaucoup")] == [BOB]
    assert store.search.conversations("nowhere") == []


def test_records_that_would_be_sent_again_are_refused() -> None:
    with pytest.raises(ValueError, match="cannot be"):
        said(ALICE, "queued", 0, inbound=False, status=MessageStatus.QUEUED)
    with pytest.raises(ValueError, match="cannot be"):
        said(ALICE, "delivered?", 0, inbound=True, status=MessageStatus.DELIVERED)


def test_a_batch_larger_than_one_statement_is_stored_whole(import_store: Store) -> None:
    records = [said(ALICE if n % 3 else BOB, f"message {n}", n, sid=f"SM{n}") for n in range(1000)]
    change = import_store.ingest.history(records)

    assert len(change.messages) == 1000
    alice = import_store.conversations.find(ALICE)
    assert alice is not None
    bodies = [m.body for m in import_store.conversations.messages(alice.id, limit=1000)]
    assert bodies == [f"message {n}" for n in range(1000) if n % 3]

"""The chat-list model on a real SQLite store: pages, then live changes, always in the
store's order, with every row found where it is."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex

from desktop.store import InboundRecord, Store
from desktop.ui.bridge import StoreEvents
from desktop.ui.chat_list import PAGE_SIZE, ChatListModel
from desktop.ui.tasks import TaskRunner

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
DESK = "+15550000000"
CONVERSATIONS = PAGE_SIZE * 2 + 50


def peer(n: int) -> str:
    return f"+1415555{n:04d}"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


pytestmark = pytest.mark.sqlite_only  # the shared ``store`` fixture, on a SQLite file


@pytest.fixture
def store(store: Store) -> Store:
    """The shared store, with 250 conversations in it."""
    store.ingest.inbound(
        [InboundRecord(f"SM{n}", peer(n), DESK, f"hello {n}", at(n)) for n in range(250)]
    )
    return store


@pytest.fixture
def model(qtbot, store: Store) -> Iterator[ChatListModel]:
    tasks = TaskRunner()
    events = StoreEvents(store)
    chats = ChatListModel(store, tasks, "US")
    events.sig_changed.connect(chats.apply_change)
    for pages in (1, 2):
        chats.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda p=pages: chats.rowCount() == p * PAGE_SIZE, timeout=5000)
    yield chats
    events.close()
    tasks.shutdown()


def in_step(model: ChatListModel, store: Store) -> bool:
    """The loaded rows are the store's first rows, in its order, each found at its row."""
    rows = [model.conversation_at(r) for r in range(model.rowCount())]
    expected = store.conversations.list(limit=model.rowCount())
    return [c.id for c in rows] == [c.id for c in expected] and all(
        model.row_of(c.id) == r for r, c in enumerate(rows)
    )


def test_live_changes_move_insert_and_remove_rows_in_the_stores_order(
    qtbot, qtmodeltester, model: ChatListModel, store: Store
) -> None:
    qtmodeltester.check(model)
    assert in_step(model, store)
    loaded = model.rowCount()

    # A conversation deep in the loaded rows writes again: it moves to the top.
    moved = model.conversation_at(150)
    store.ingest.inbound([InboundRecord("SM-move", moved.peer_number, DESK, "again", at(500))])
    qtbot.waitUntil(lambda: model.conversation_at(0).id == moved.id, timeout=5000)
    assert model.rowCount() == loaded
    assert in_step(model, store)

    # One beyond the loaded rows writes: it comes in at the top.
    beyond = store.conversations.find(peer(5))
    assert beyond is not None
    assert model.row_of(beyond.id) is None
    store.ingest.inbound([InboundRecord("SM-beyond", peer(5), DESK, "me too", at(501))])
    qtbot.waitUntil(lambda: model.conversation_at(0).id == beyond.id, timeout=5000)
    assert model.rowCount() == loaded + 1
    assert in_step(model, store)

    # An archived one leaves the list; a brand-new number arrives at the top.
    archived = model.conversation_at(10)
    store.ownership.set_archived(archived.id, True)
    qtbot.waitUntil(lambda: model.row_of(archived.id) is None, timeout=5000)
    store.ingest.inbound([InboundRecord("SM-new", peer(999), DESK, "new here", at(502))])
    qtbot.waitUntil(lambda: model.conversation_at(0).peer_number == peer(999), timeout=5000)
    assert model.rowCount() == loaded + 1
    assert in_step(model, store)

    # The next page continues where the loaded rows end, without repeats.
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() > loaded + 1, timeout=5000)
    assert in_step(model, store)
    qtmodeltester.check(model)


def test_a_change_to_many_conversations_lands_in_one_pass_and_keeps_the_selection(
    qtbot, qtmodeltester, model: ChatListModel, store: Store
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    selection = QItemSelectionModel(model)
    chosen = model.conversation_at(120)
    selection.setCurrentIndex(model.index(120), QItemSelectionModel.SelectionFlag.Select)
    loaded = model.rowCount()
    # Loaded ones deep in the list, some beyond the loaded rows and some new numbers, in one
    # change: more than BULK_CHANGE conversations.
    peers = [model.conversation_at(r).peer_number for r in range(60, 180, 4)]
    peers += [peer(n) for n in range(10)] + [peer(1000 + n) for n in range(5)]
    records = [
        InboundRecord(f"SM-bulk-{n}", number, DESK, f"bulk {n}", at(600 + n))
        for n, number in enumerate(peers)
    ]
    events: list[object] = []
    store.subscribe(events.append)
    store.ingest.inbound(records)
    assert len(events) == 1
    qtbot.waitUntil(lambda: model.conversation_at(0).peer_number == peers[-1], timeout=5000)

    assert model.rowCount() == loaded + 15  # the ones from beyond and the new ones came in
    assert in_step(model, store)
    assert selection.currentIndex().row() == model.row_of(chosen.id)
    qtmodeltester.check(model)

"""The chat-list model on a real SQLite store: pages, then live changes, always in the
store's order, with every row found where it is."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from desktop.core.models import ConversationId
from desktop.store import InboundRecord, Store
from desktop.ui.threads.bridge import StoreEvents
from desktop.ui.threads.tasks import TaskRunner
from desktop.ui.window.chat_list import PAGE_SIZE, AnyIndex, ChatListModel
from desktop.ui.window.chat_list_view import ChatListView

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


class PageCountingModel(ChatListModel):
    """Notes where each page it goes to read begins: after which conversation (None: the
    first page)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.pages: list[ConversationId | None] = []

    def fetchMore(self, parent: AnyIndex) -> None:
        if self.canFetchMore(parent):
            rows = self.rowCount()
            last = self.conversation_at(rows - 1).id if rows and not self.from_snapshot else None
            self.pages.append(last)
        super().fetchMore(parent)


def test_snapshot_search_and_archived_view_keep_qts_model_rules_and_the_view_in_step(
    qtbot, qtmodeltester, store: Store
) -> None:
    tasks = TaskRunner()
    events = StoreEvents(store)
    chats = PageCountingModel(store, tasks, "US")
    pages = chats.pages
    view = ChatListView()
    qtbot.addWidget(view)
    view.setModel(chats)
    view.resize(360, 600)
    view.show()
    # From here on every signal of the model is checked against Qt's model rules (and on
    # each the tester asks the model for more rows, as a view may at any time).
    qtmodeltester.check(chats)
    events.sig_changed.connect(chats.apply_change)

    def shown_in_step() -> bool:
        """The table has a row for each of the model's, and they are the store's rows."""
        return view.verticalHeader().count() == chats.rowCount() and (
            chats.searching or in_step(chats, store)
        )

    def all_loaded() -> bool:
        """Every page is in, asked for as a view scrolled to the end asks."""
        if chats.canFetchMore(QModelIndex()):
            chats.fetchMore(QModelIndex())
        return not chats.loading and not chats.canFetchMore(QModelIndex())

    try:
        # The last session's first rows, with the names it showed, until the store's rows
        # replace them in one step; the conversation selected stays selected.
        last_session = store.conversations.list(limit=30)
        chats.show_snapshot(last_session, [f"Name {c.id}" for c in last_session])
        pages.clear()  # the first page the tester asked the fresh model for: the snapshot won
        assert chats.from_snapshot
        assert chats.index(0).data() == f"Name {last_session[0].id}"
        chosen = last_session[3]
        view.setCurrentIndex(chats.index(3))
        chats.reload()
        qtbot.waitUntil(lambda: not chats.from_snapshot and all_loaded(), timeout=5000)
        assert chats.rowCount() == CONVERSATIONS
        assert shown_in_step()
        assert view.currentIndex().row() == chats.row_of(chosen.id)

        # A new conversation on top, one moving up, one archived away, the top one writing
        # again (updated in place), then a burst to many at once (one re-layout).
        store.ingest.inbound([InboundRecord("SM-new", peer(900), DESK, "new", at(700))])
        store.ingest.inbound([InboundRecord("SM-up", peer(40), DESK, "up", at(701))])
        archived = store.conversations.find(peer(41))
        assert archived is not None
        store.ownership.set_archived(archived.id, True)
        store.ingest.inbound([InboundRecord("SM-again", peer(40), DESK, "again", at(702))])
        assert chats.row_of(archived.id) is None
        assert chats.conversation_at(0).peer_number == peer(40)
        assert chats.conversation_at(0).last_message_preview == "again"
        assert shown_in_step()
        burst = [peer(n) for n in range(100, 140)] + [peer(950 + n) for n in range(5)]
        store.ingest.inbound(
            [
                InboundRecord(f"SM-burst-{n}", p, DESK, "burst", at(710 + n))
                for n, p in enumerate(burst)
            ]
        )
        assert chats.conversation_at(0).peer_number == burst[-1]
        assert chats.rowCount() == CONVERSATIONS + 1 - 1 + 5  # new, archived, new in the burst
        assert shown_in_step()

        # Search results replace the list; a found conversation that changes is updated
        # where it is; clearing the search brings the list back page by page.
        found = store.search.conversations("hello 12", limit=200)
        assert len(found) > 1
        chats.show_search_results(found)
        assert [chats.conversation_at(r).id for r in range(chats.rowCount())] == [
            c.id for c in found
        ]
        store.ingest.inbound(
            [InboundRecord("SM-found", found[-1].peer_number, DESK, "hi", at(800))]
        )
        assert chats.conversation_at(len(found) - 1).last_message_preview == "hi"
        assert shown_in_step()
        chats.clear_search()
        qtbot.waitUntil(all_loaded, timeout=5000)
        assert shown_in_step()

        # The Archived view: its own rows; archiving there adds one, moving back removes it.
        chats.set_archived(True)
        qtbot.waitUntil(lambda: all_loaded() and chats.rowCount() == 1, timeout=5000)
        assert chats.conversation_at(0).id == archived.id
        other = store.conversations.find(peer(42))
        assert other is not None
        store.ownership.set_archived(other.id, True)
        assert [chats.conversation_at(r).id for r in range(chats.rowCount())] == [
            other.id,  # newer
            archived.id,
        ]
        store.ownership.set_archived(archived.id, False)
        assert [chats.conversation_at(r).id for r in range(chats.rowCount())] == [other.id]
        assert view.verticalHeader().count() == 1
        chats.set_archived(False)
        qtbot.waitUntil(all_loaded, timeout=5000)
        assert shown_in_step()

        # Another default region repaints every row.
        chats.set_region("GB")
        assert chats.index(chats.row_of(archived.id)).data() == "+1 415-555-0041"

        # Each page was read once: the first page once per load (after the snapshot, the
        # search, into the Archived view and back), each next one after another row.
        loads: list[list[ConversationId]] = []
        for before in pages:
            if before is None:
                loads.append([])
            else:
                loads[-1].append(before)
        assert len(loads) == 4
        assert all(len(set(following)) == len(following) for following in loads)
    finally:
        events.close()
        tasks.shutdown()

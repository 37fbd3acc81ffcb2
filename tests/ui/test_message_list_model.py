"""The messages model under Qt's model tester, on a real SQLite store: the newest page, older
pages above it, live messages below, a missed message caught up in the middle, a find
result far back, pictures and find highlights repainted, and another conversation."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.models import (
    ConversationId,
    Direction,
    Message,
    MessageId,
    MessageStatus,
    StoreChange,
)
from desktop.store import InboundRecord, Store
from desktop.store.media_store import MediaItem
from desktop.ui.conversation.messages import (
    PAGE_SIZE,
    PROVISIONAL_ID,
    MessageListModel,
    MessageRole,
)
from desktop.ui.threads.bridge import StoreEvents
from desktop.ui.threads.tasks import TaskRunner

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
DESK = "+15550000000"
OLIVIA = "+14155550134"
SAM = "+14155550188"
HISTORY = PAGE_SIZE * 3 + 20  # three pages and a bit: the window never holds all of it


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


pytestmark = pytest.mark.sqlite_only  # the shared ``store`` fixture, on a SQLite file


@pytest.fixture
def store(store: Store) -> Store:
    """The shared store, with Olivia's long history and Sam's three messages in it."""
    store.ingest.inbound(
        [InboundRecord(f"SM{n}", OLIVIA, DESK, f"hello {n}", at(n)) for n in range(HISTORY)]
        + [InboundRecord(f"SM-sam-{n}", SAM, DESK, f"sam {n}", at(n)) for n in range(3)]
    )
    return store


class Listener:
    """Forwards the store's changes to the model as the conversation widget does, unless
    told to miss them (a notification another desk's change never delivered)."""

    def __init__(self, store: Store, model: MessageListModel) -> None:
        self.listening = True
        self._model = model
        self._events = StoreEvents(store)
        self._events.sig_changed.connect(self._changed)

    def _changed(self, change: StoreChange) -> None:
        if self.listening:
            self._model.apply_messages(change.messages)

    def close(self) -> None:
        self._events.close()


def conversation_id(store: Store, number: str) -> ConversationId:
    conversation = store.conversations.find(number)
    assert conversation is not None
    return conversation.id


def window_ids(model: MessageListModel) -> list[MessageId]:
    return [model.message_at(row).id for row in range(model.rowCount())]


def is_the_newest_of(model: MessageListModel, store: Store, cid: ConversationId) -> bool:
    """The rows are the conversation's newest messages, in the store's order, none missing,
    each found at its row."""
    ids = window_ids(model)
    everything = [m.id for m in store.conversations.messages(cid, limit=10_000)]
    return ids == everything[len(everything) - len(ids) :] and all(
        model.row_of(mid) == row for row, mid in enumerate(ids)
    )


def test_the_message_window_grows_both_ways_and_updates_within_qts_model_rules(
    qtbot, qtmodeltester, store: Store
) -> None:
    tasks = TaskRunner()
    model = MessageListModel(store, tasks)
    qtmodeltester.check(model)  # stays attached: every signal below is checked too
    listener = Listener(store, model)
    olivia = conversation_id(store, OLIVIA)
    try:
        # Opening: the newest page (a reset), with a message that came in while it loaded.
        model.load(olivia)
        tasks.run(lambda: None).result(timeout=5)  # the page is read (not yet delivered)
        store.ingest.inbound([InboundRecord("SM-early", OLIVIA, DESK, "while loading", at(900))])
        qtbot.waitUntil(lambda: not model.loading and model.rowCount() > 1, timeout=5000)
        assert model.rowCount() == PAGE_SIZE + 1
        assert model.message_at(model.rowCount() - 1).body == "while loading"
        assert is_the_newest_of(model, store, olivia)

        # Scrolling up: older pages come in above.
        for pages in (2, 3):
            model.fetch_older()
            qtbot.waitUntil(
                lambda p=pages: not model.loading and model.rowCount() == p * PAGE_SIZE + 1,
                timeout=5000,
            )
            assert is_the_newest_of(model, store, olivia)

        # Live messages arrive below, one and several at a time; Sam's do not belong here.
        store.ingest.inbound([InboundRecord("SM-live", OLIVIA, DESK, "live", at(901))])
        store.ingest.inbound(
            [InboundRecord(f"SM-burst-{n}", OLIVIA, DESK, f"burst {n}", at(902)) for n in range(5)]
            + [InboundRecord("SM-sam-live", SAM, DESK, "not here", at(902))]
        )
        assert model.message_at(model.rowCount() - 1).body == "burst 4"
        assert is_the_newest_of(model, store, olivia)

        # A message this desk never heard about, then one it did: the refresh after a
        # missed notification puts the missed one in between and re-reads the newest page.
        listener.listening = False
        store.ingest.inbound([InboundRecord("SM-missed", OLIVIA, DESK, "missed", at(903))])
        listener.listening = True
        store.ingest.inbound([InboundRecord("SM-after", OLIVIA, DESK, "after", at(904))])
        assert "missed" not in [model.message_at(r).body for r in range(model.rowCount())]
        model.refresh()
        qtbot.waitUntil(
            lambda: model.message_at(model.rowCount() - 2).body == "missed", timeout=5000
        )
        assert is_the_newest_of(model, store, olivia)

        # A find result far back: it and everything up to the window come in above.
        oldest = store.conversations.messages(olivia, limit=10_000)[5]
        with qtbot.waitSignal(model.sig_range_loaded, timeout=5000):
            assert model.ensure_loaded(oldest.id) is False
        assert model.message_at(0).id == oldest.id
        assert is_the_newest_of(model, store, olivia)

        # Find highlights over many rows, moved and cleared.
        matches = [m for m in window_ids(model) if "7" in model.message_at(model.row_of(m)).body]
        model.set_find("7", matches, matches[-1])
        assert model.index(model.row_of(matches[-1])).data(MessageRole.FIND) == ("7", True)
        model.set_find("7", matches, matches[0])
        model.set_find("", [], None)
        assert model.index(model.row_of(matches[0])).data(MessageRole.FIND) is None

        # A picture announced for a loaded message: its row is repainted once read.
        pictured = model.message_at(model.rowCount() - 3)
        store.media.add(pictured.id, [MediaItem("https://media.example.com/1.png", "image/png")])
        qtbot.waitUntil(lambda: len(model.media_of(pictured.id)) == 1, timeout=5000)

        # Another conversation, then none: resets.
        sam = conversation_id(store, SAM)
        with qtbot.waitSignal(model.sig_loaded, timeout=5000):
            model.load(sam)
        assert [model.message_at(r).body for r in range(model.rowCount())] == [
            "sam 0",
            "sam 1",
            "sam 2",
            "not here",
        ]
        model.load(None)
        assert model.rowCount() == 0
        assert not model.loading
    finally:
        listener.close()
        tasks.shutdown()


def test_a_provisional_bubble_is_replaced_in_place_and_stays_in_order(
    qtbot, qtmodeltester, store: Store
) -> None:
    """A message shown before the store has it stays last; one that arrives meanwhile goes
    above it; the stored copy takes its row; every step within Qt's model rules."""
    tasks = TaskRunner()
    model = MessageListModel(store, tasks)
    qtmodeltester.check(model)
    listener = Listener(store, model)
    sam = conversation_id(store, SAM)
    try:
        model.load(sam)
        qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 3, timeout=5000)
        typed = Message(
            MessageId(0), sam, Direction.OUTBOUND, "On my way", MessageStatus.QUEUED, at(950)
        )
        provisional = model.show_provisional(typed)
        assert provisional is not None
        assert provisional >= PROVISIONAL_ID
        assert [model.message_at(r).body for r in range(4)][-1] == "On my way"
        assert model.newest_stored_id() == window_ids(model)[2]

        # Sam writes while it is being stored: his message goes above the provisional one.
        store.ingest.inbound([InboundRecord("SM-sam-meanwhile", SAM, DESK, "meanwhile", at(951))])
        assert [model.message_at(r).body for r in range(5)][-2:] == ["meanwhile", "On my way"]

        # The stored copy (its change) takes the provisional row: no row added or removed.
        moved: list[int] = []
        model.rowsRemoved.connect(lambda _parent, first, _last: moved.append(first))
        stored = store.outbound.queue(sam, "On my way", desk_number=DESK)
        assert model.rowCount() == 5
        assert moved == []
        assert window_ids(model)[-1] == stored.id
        assert is_the_newest_of(model, store, sam)
        model.settle_provisional(provisional, stored)  # the store's answer: nothing left to do
        assert model.rowCount() == 5

        # One that cannot be stored goes.
        dropped = model.show_provisional(replace(typed, body="Never stored"))
        assert dropped is not None
        assert model.rowCount() == 6
        model.settle_provisional(dropped, None)
        assert is_the_newest_of(model, store, sam)
    finally:
        listener.close()
        tasks.shutdown()

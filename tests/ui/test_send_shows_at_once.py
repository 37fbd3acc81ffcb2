"""Enter in "Say something" paints the message's bubble (with its clock) at once, before the
store thread has stored it; the stored message takes its place (one bubble, sent once), and
one that cannot be stored goes again, its text back in the box."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, Qt

from desktop.core.models import Direction, MessageStatus
from desktop.store.errors import StoreError
from desktop.ui.conversation.messages import PROVISIONAL_ID

PEER = "+14155550134"


def bubbles(window) -> list:
    model = window.conversation.model
    return [model.message_at(row) for row in range(model.rowCount())]


def open_conversation(qtbot, window, demo_gateway) -> None:
    demo_gateway.inbound(PEER, "Hello, is my order ready?")
    chats = window.chat_model
    qtbot.waitUntil(lambda: chats.rowCount() == 1, timeout=5000)
    window.open_conversation(chats.conversation_at(0))
    messages = window.conversation.model
    qtbot.waitUntil(lambda: messages.rowCount() == 1 and not messages.loading, timeout=3000)


def test_the_bubble_is_painted_before_the_store_has_it_then_the_stored_one_takes_its_place(
    qtbot, main_window, demo_gateway
):
    window = main_window
    desk = window.desk
    open_conversation(qtbot, window, demo_gateway)
    view = window.conversation.view

    class PaintWatch(QObject):
        """The bodies shown at each paint of the message view."""

        def __init__(self) -> None:
            super().__init__()
            self.painted: list[list[str]] = []

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted.append([m.body for m in bubbles(window)])
            return False

    watch = PaintWatch()
    view.viewport().installEventFilter(watch)

    # The store thread is busy (a slow disk): the message cannot be stored yet.
    gate = threading.Event()
    desk.tasks.run("a slow disk", lambda: gate.wait(10))
    editor = window.conversation.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Yes, it is ready.")
    watch.painted.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    view.viewport().removeEventFilter(watch)
    painted = watch.painted
    # On screen when Enter returns: the bubble, with its clock, and the box empty.
    assert painted
    assert painted[-1][-1] == "Yes, it is ready."
    shown = bubbles(window)[-1]
    assert shown.direction is Direction.OUTBOUND
    assert shown.status is MessageStatus.QUEUED
    assert shown.id >= PROVISIONAL_ID
    assert editor.toPlainText() == ""
    assert desk.session.conversations.messages(shown.conversation_id, limit=10)[-1].body != (
        "Yes, it is ready."
    )  # not stored yet

    gate.set()
    qtbot.waitUntil(lambda: bubbles(window)[-1].status is MessageStatus.DELIVERED, timeout=5000)
    mine = [m for m in bubbles(window) if m.body == "Yes, it is ready."]
    assert len(mine) == 1
    assert mine[0].id < PROVISIONAL_ID
    assert [m["body"] for m in demo_gateway.sent()] == ["Yes, it is ready."]
    # What Dealt with and Archive apply to is a stored message, never a provisional one.
    assert window.conversation.newest_shown_id(mine[0].conversation_id) == mine[0].id


def test_a_message_that_cannot_be_stored_goes_and_its_text_is_back_in_the_box(
    qtbot, main_window, demo_gateway, monkeypatch
):
    window = main_window
    desk = window.desk
    open_conversation(qtbot, window, demo_gateway)

    def refuse(*_args, **_kwargs):
        raise StoreError("The disk is full")

    monkeypatch.setattr(desk.session.outbound, "queue", refuse)
    editor = window.conversation.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "This one is not stored")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.toPlainText() == "This one is not stored", timeout=3000)
    assert [m.body for m in bubbles(window)] == ["Hello, is my order ready?"]
    assert demo_gateway.sent() == []

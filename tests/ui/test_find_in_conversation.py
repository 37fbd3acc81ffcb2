"""Find in a conversation (Ctrl+F inside it): counts, next and previous across a long
conversation, including matches older than the loaded window, highlights, Escape."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.ui.conversation.messages import PAGE_SIZE, MessageRole
from desktop.ui.window.chat_list import ChatListRole

OLIVIA = "+14155550134"
MATCHES = (5, 150, 420, 590)


def visible(view, message_id) -> bool:
    row = view.model().row_of(message_id)
    if row is None:
        return False
    rect: QRect = view.visualRect(view.model().index(row))
    return rect.isValid() and view.viewport().rect().intersects(rect)


def listed_preview(main_window, number: str) -> str | None:
    model = main_window.chat_model
    for row in range(model.rowCount()):
        conversation = model.index(row).data(ChatListRole.CONVERSATION)
        if conversation.peer_number == number:
            return conversation.last_message_preview
    return None


def test_find_walks_matches_across_the_whole_conversation(qtbot, main_window, demo_gateway):
    demo_gateway.inbound_many(
        (OLIVIA, f"Message {i}" + (" — the Delivéry is booked" if i in MATCHES else ""))
        for i in range(600)
    )
    store = main_window.desk.session
    qtbot.waitUntil(lambda: store.conversations.find(OLIVIA) is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            len(store.conversations.messages(store.conversations.find(OLIVIA).id, limit=700)) == 600
        ),
        timeout=10000,
    )
    # The window, not only the store, has heard of the whole burst: otherwise the last batches
    # would reach the conversation live, after it opened, and fill it past its first page.
    qtbot.waitUntil(lambda: listed_preview(main_window, OLIVIA) == "Message 599", timeout=10000)
    conversation = store.conversations.find(OLIVIA)
    ids = [m.id for m in store.conversations.messages(conversation.id, limit=700)]
    match_ids = [ids[i] for i in MATCHES]
    main_window.open_conversation(conversation)
    widget = main_window.conversation
    model, view, bar = widget.model, widget.view, widget.find_bar
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE, timeout=5000)
    assert model.row_of(match_ids[0]) is None  # far above the loaded window

    # Ctrl+F (the window's Find action) with the focus in the conversation finds in it.
    assert main_window.search_action.shortcut() == QKeySequence("Ctrl+F")
    # Offscreen, a pop-up shown takes the activation: Olivia's one (shown while her messages
    # arrived, dismissed as her conversation opened) must be gone before coming back.
    qtbot.waitUntil(lambda: not main_window.desk.popups.popups, timeout=5000)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=3000)
    widget.editor.setFocus()
    qtbot.waitUntil(widget.editor.hasFocus, timeout=3000)
    main_window.search_action.trigger()
    assert bar.isVisible()
    assert not main_window.search.hasFocus()  # the chat list's search keeps its own Ctrl+F
    for name in ("Find in conversation", "Previous", "Next", "Close find"):
        assert any(w.accessibleName() == name for w in bar.findChildren(type(bar.field).__base__))

    qtbot.keyClicks(bar.field, "delivery")  # accents and case ignored
    qtbot.waitUntil(lambda: bar.count.text() == "4 of 4", timeout=3000)
    newest = model.index(model.row_of(match_ids[3]))
    assert model.data(newest, MessageRole.FIND) == ("delivery", True)
    qtbot.waitUntil(lambda: visible(view, match_ids[3]), timeout=3000)

    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # previous
    assert bar.count.text() == "3 of 4"
    assert model.data(newest, MessageRole.FIND) == ("delivery", False)
    qtbot.waitUntil(lambda: visible(view, match_ids[2]), timeout=3000)

    bar.previous_button.click()  # message 150: not loaded yet
    assert bar.count.text() == "2 of 4"
    qtbot.waitUntil(lambda: model.row_of(match_ids[1]) is not None, timeout=5000)
    qtbot.waitUntil(lambda: visible(view, match_ids[1]), timeout=5000)

    bar.previous_button.click()  # message 5
    qtbot.waitUntil(lambda: visible(view, match_ids[0]), timeout=5000)
    assert bar.count.text() == "1 of 4"
    oldest = model.index(model.row_of(match_ids[0]))
    assert model.data(oldest, MessageRole.FIND) == ("delivery", True)

    qtbot.keyClick(bar.field, Qt.Key.Key_Return)  # next
    assert bar.count.text() == "2 of 4"
    qtbot.waitUntil(lambda: visible(view, match_ids[1]), timeout=3000)
    bar.previous_button.click()
    bar.previous_button.click()  # wraps to the newest
    assert bar.count.text() == "4 of 4"
    qtbot.waitUntil(lambda: visible(view, match_ids[3]), timeout=3000)

    bar.field.clear()
    qtbot.keyClicks(bar.field, "no such words")
    qtbot.waitUntil(lambda: bar.count.text() == "No matches", timeout=3000)

    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert model.data(oldest, MessageRole.FIND) is None

"""A chat row's context menu: right-click, the Menu key or Shift+F10 on the chat list offers
the Conversation menu's actions for that row (not the open conversation), in the guide's
words. The demo gateway over HTTP, real SQLite."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.windows import activate

OLIVIA = "+14155550134"
LIAM = "+14155550177"


@pytest.fixture
def two_rows(qtbot, main_window, demo_gateway):
    """Two unread conversations in the list, none open, the window active."""
    demo_gateway.inbound(OLIVIA, "Hi, is my order ready?")
    qtbot.waitUntil(lambda: main_window.chat_model.find(OLIVIA) is not None, timeout=5000)
    demo_gateway.inbound(LIAM, "Can I change my booking?")
    qtbot.waitUntil(lambda: main_window.chat_model.find(LIAM) is not None, timeout=5000)
    # Each pop-up shown offscreen takes the activation: until the window keeps it.
    qtbot.waitUntil(lambda: main_window.desk.notifier.idle, timeout=5000)
    qtbot.waitUntil(
        lambda: (main_window.activateWindow(), QApplication.activeWindow() is main_window)[1],
        timeout=10000,
    )
    return main_window


def row_of(window, number):
    return window.chat_model.index(window.chat_model.row_of(window.chat_model.find(number).id))


def menu_key(qtbot, window):
    """The Menu key, through the window as the platform delivers it."""
    if not window.chat_list.hasFocus():
        activate(qtbot, window)
        window.chat_list.setFocus()
    qtbot.waitUntil(window.chat_list.hasFocus, timeout=3000)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Menu)


def shown_menu(qtbot, window):
    qtbot.waitUntil(
        lambda: window.chat_menu.menu is not None and window.chat_menu.menu.isVisible(),
        timeout=3000,
    )
    return window.chat_menu.menu


def entries(menu):
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def choose(qtbot, menu, text):
    """Move down to the entry ``text`` with the arrows and press Enter."""
    target = next(a for a in menu.actions() if a.text() == text)
    for _ in range(len(menu.actions())):
        if menu.activeAction() is target:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is target
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=3000)


def test_the_menu_key_offers_the_current_row_s_actions_and_marks_it_read(qtbot, two_rows):
    window = two_rows
    window.chat_list.setFocus()
    window.chat_list.selectionModel().setCurrentIndex(
        row_of(window, LIAM), window.chat_list.selectionModel().SelectionFlag.NoUpdate
    )
    menu_key(qtbot, window)
    menu = shown_menu(qtbot, window)
    assert entries(menu) == [
        "Open",
        "Mark as read",
        "Transfer…",
        "Dealt with",
        "Archive",
        "Copy number",
    ]
    choose(qtbot, menu, "Mark as read")
    qtbot.waitUntil(lambda: window.chat_model.find(LIAM).unread_count == 0, timeout=3000)
    assert window.chat_model.find(OLIVIA).unread_count == 1  # only the row's
    assert window.conversation.conversation is None  # marked read, not opened

    # Read now: the menu offers Mark as unread instead (Shift+F10 opens it too).
    qtbot.keyClick(window.chat_list, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = shown_menu(qtbot, window)
    assert "Mark as unread" in entries(menu)
    assert "Mark as read" not in entries(menu)
    choose(qtbot, menu, "Mark as unread")
    qtbot.waitUntil(lambda: window.chat_model.find(LIAM).unread_count == 1, timeout=3000)


def test_right_click_archives_the_row_under_the_pointer_not_the_open_one(qtbot, two_rows):
    window = two_rows
    window.open_conversation(window.chat_model.find(OLIVIA))
    qtbot.waitUntil(lambda: window.conversation.conversation is not None, timeout=3000)
    rect = window.chat_list.visualRect(row_of(window, LIAM))
    # A right-click: the press, then the context menu event the platform sends with it.
    viewport = window.chat_list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=rect.center())
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, rect.center(), viewport.mapToGlobal(rect.center())
        ),
    )
    menu = shown_menu(qtbot, window)
    assert entries(menu)[4] == "Archive"
    archive = menu.actions()[4]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(archive).center())
    qtbot.waitUntil(lambda: window.chat_model.find(LIAM) is None, timeout=3000)
    assert window.desk.session.conversations.find(LIAM).archived
    assert not window.desk.session.conversations.find(OLIVIA).archived
    assert window.conversation.conversation.peer_number == OLIVIA  # still open

    # In Archived the same entry brings it back.
    window.show_archived(True)
    qtbot.waitUntil(lambda: window.chat_model.find(LIAM) is not None, timeout=3000)
    window.chat_list.setFocus()
    window.chat_list.setCurrentIndex(row_of(window, LIAM))
    menu_key(qtbot, window)
    menu = shown_menu(qtbot, window)
    assert "Unarchive" in entries(menu)
    choose(qtbot, menu, "Unarchive")
    qtbot.waitUntil(lambda: not window.desk.session.conversations.find(LIAM).archived, timeout=3000)


def test_dealt_with_and_copy_number_from_the_row(qtbot, two_rows):
    window = two_rows
    window.chat_list.setFocus()
    window.chat_list.setCurrentIndex(row_of(window, OLIVIA))
    qtbot.waitUntil(lambda: window.conversation.conversation is not None, timeout=3000)
    window.close_conversation()
    window.chat_list.selectionModel().setCurrentIndex(
        row_of(window, OLIVIA), window.chat_list.selectionModel().SelectionFlag.NoUpdate
    )
    menu_key(qtbot, window)
    choose(qtbot, shown_menu(qtbot, window), "Copy number")
    assert QGuiApplication.clipboard().text() == OLIVIA
    assert window.statusBar().currentMessage() == f"Copied {OLIVIA}."

    menu_key(qtbot, window)
    choose(qtbot, shown_menu(qtbot, window), "Dealt with")
    qtbot.waitUntil(lambda: window.chat_model.find(OLIVIA) is None, timeout=3000)
    dealt = window.desk.session.conversations.find(OLIVIA)
    assert dealt.archived
    assert dealt.dealt_with_at is not None
    assert window.chat_model.find(LIAM) is not None

    window.chat_list.setCurrentIndex(row_of(window, LIAM))
    qtbot.waitUntil(lambda: window.conversation.conversation is not None, timeout=3000)
    window.close_conversation()
    window.chat_list.selectionModel().setCurrentIndex(
        row_of(window, LIAM), window.chat_list.selectionModel().SelectionFlag.NoUpdate
    )
    menu_key(qtbot, window)
    choose(qtbot, shown_menu(qtbot, window), "Open")
    qtbot.waitUntil(
        lambda: (
            window.conversation.conversation is not None
            and window.conversation.conversation.peer_number == LIAM
        ),
        timeout=3000,
    )


def test_dealt_with_from_a_row_applies_to_what_the_row_showed(qtbot, two_rows, demo_gateway):
    """An SMS stored after the row was listed (the row not updated yet) is not archived
    unseen: the conversation stays in Chats, unread."""
    window = two_rows
    store = window.desk.session
    listed = window.chat_model.find(OLIVIA)  # as the row knew it
    assert listed.last_inbound_id is not None
    demo_gateway.inbound(OLIVIA, "Actually, one more thing!")
    qtbot.waitUntil(
        lambda: store.conversations.find(OLIVIA).last_inbound_id != listed.last_inbound_id,
        timeout=5000,
    )
    window.mark_dealt_with(listed)  # the row's menu acts on the row's conversation
    qtbot.waitUntil(
        lambda: "a new message arrived just now" in window.statusBar().currentMessage(),
        timeout=5000,
    )
    now = store.conversations.find(OLIVIA)
    assert now.dealt_with_at is None
    assert not now.archived
    assert now.unread_count >= 1


def test_undo_of_dealt_with_from_a_row_leaves_it_unread_and_closed(qtbot, two_rows):
    """Dealt with from a row's menu reads what nobody saw: Undo gives the unread count back
    and does not open the conversation (which would read it)."""
    window = two_rows
    window.open_conversation(window.chat_model.find(OLIVIA))
    qtbot.waitUntil(lambda: window.conversation.conversation is not None, timeout=3000)
    assert window.chat_model.find(LIAM).unread_count == 1
    window.chat_list.setFocus()
    window.chat_list.selectionModel().setCurrentIndex(
        row_of(window, LIAM), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    menu_key(qtbot, window)
    choose(qtbot, shown_menu(qtbot, window), "Dealt with")
    qtbot.waitUntil(lambda: window.chat_model.find(LIAM) is None, timeout=3000)
    assert window.desk.session.conversations.find(LIAM).unread_count == 0

    qtbot.waitUntil(window.undo_notice.isVisible, timeout=3000)
    qtbot.mouseClick(window.undo_notice.button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.chat_model.find(LIAM) is not None, timeout=3000)
    qtbot.waitUntil(lambda: window.chat_model.find(LIAM).unread_count == 1, timeout=3000)
    assert window.desk.session.conversations.find(LIAM).unread_count == 1
    qtbot.wait(300)  # an open would come in the answer's turn: it does not
    assert window.conversation.conversation is None or (
        window.conversation.conversation.peer_number != LIAM
    )
    assert window.chat_model.find(LIAM).unread_count == 1

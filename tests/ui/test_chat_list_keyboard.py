"""The chat list from the keyboard: the arrows browse it without leaving it, Enter opens,
a conversation passed over stays unread, and Chats / Archived are a real tab bar."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from desktop.ui.window.main_window import ARCHIVED_TAB, BROWSE_SETTLE_MS, CHATS_TAB
from tests.ui.windows import activate

OLIVIA, SAM, MIA = "+14155550134", "+12025550173", "+13125550188"


def three_unread(qtbot, window, demo_gateway):
    for number in (OLIVIA, SAM, MIA):
        demo_gateway.inbound(number, f"hello from {number}")
    qtbot.waitUntil(lambda: window.chat_model.rowCount() == 3, timeout=5000)
    # Their pop-ups come after the list has the rows (the notifier reads the change a turn
    # later), and offscreen each one shown takes the activation: wait for them first.
    qtbot.waitUntil(lambda: len(window.desk.popups.popups) == 3, timeout=5000)
    activate(qtbot, window)
    window.chat_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.chat_list, timeout=3000)


def shown(window):
    current = window.conversation.conversation
    return current.peer_number if current is not None else None


def unread(window, number):
    return window.desk.session.conversations.find(number).unread_count


def test_arrow_keys_browse_the_list_and_the_focus_stays_in_it(qtbot, main_window, demo_gateway):
    three_unread(qtbot, main_window, demo_gateway)
    rows = [main_window.chat_model.conversation_at(r).peer_number for r in range(3)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert main_window.chat_list.currentIndex().row() == 0
    assert shown(main_window) == rows[0]  # the pane follows the current row
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert main_window.chat_list.currentIndex().row() == 1
    assert shown(main_window) == rows[1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    assert main_window.chat_list.currentIndex().row() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home)
    assert main_window.chat_list.currentIndex().row() == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert main_window.chat_list.currentIndex().row() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert main_window.chat_list.currentIndex().row() == 1
    assert shown(main_window) == rows[1]
    assert QApplication.focusWidget() is main_window.chat_list


def test_enter_opens_the_current_row_with_the_focus_in_the_box(qtbot, main_window, demo_gateway):
    three_unread(qtbot, main_window, demo_gateway)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    second = main_window.chat_model.conversation_at(1).peer_number
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert shown(main_window) == second
    assert QApplication.focusWidget() is main_window.conversation.editor
    # Opened (not merely passed over): read at once.
    qtbot.waitUntil(lambda: unread(main_window, second) == 0, timeout=3000)


def test_a_conversation_passed_over_stays_unread_the_one_stayed_on_is_read(
    qtbot, main_window, demo_gateway
):
    three_unread(qtbot, main_window, demo_gateway)
    rows = [main_window.chat_model.conversation_at(r).peer_number for r in range(3)]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert shown(main_window) == rows[2]
    # Not yet: it must stay shown a moment first.
    assert main_window.browsing_unsettled
    assert unread(main_window, rows[2]) == 1
    qtbot.waitUntil(lambda: unread(main_window, rows[2]) == 0, timeout=BROWSE_SETTLE_MS + 4000)
    assert unread(main_window, rows[0]) == 1
    assert unread(main_window, rows[1]) == 1
    assert QApplication.focusWidget() is main_window.chat_list


def test_a_click_still_opens_with_the_focus_in_the_box(qtbot, main_window, demo_gateway):
    three_unread(qtbot, main_window, demo_gateway)
    view = main_window.chat_list
    rect = view.visualRect(main_window.chat_model.index(1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown(main_window) == main_window.chat_model.conversation_at(1).peer_number
    assert QApplication.focusWidget() is main_window.conversation.editor


def test_chats_and_archived_are_page_tabs(qtbot, main_window):
    tabs = main_window.view_tabs
    tab_list = QAccessible.queryAccessibleInterface(tabs)
    assert tab_list.role() == QAccessible.Role.PageTabList
    pages = [tab_list.child(i) for i in range(tab_list.childCount())]
    page_tabs = [p for p in pages if p.role() == QAccessible.Role.PageTab]
    names = [p.text(QAccessible.Text.Name) for p in page_tabs]
    assert names == ["Chats", "Archived"]


def test_ctrl_tab_and_the_arrows_on_the_tab_bar_switch_lists(qtbot, main_window):
    activate(qtbot, main_window)
    main_window.chat_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.chat_list, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert main_window.view_tabs.currentIndex() == ARCHIVED_TAB
    assert main_window.chat_model.archived
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert main_window.view_tabs.currentIndex() == CHATS_TAB
    assert not main_window.chat_model.archived
    main_window.view_tabs.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.view_tabs, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert main_window.chat_model.archived
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert not main_window.chat_model.archived

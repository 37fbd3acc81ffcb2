"""The pane shows the conversation the list selects, around Archived: a reply in an archived
conversation takes the list to Chats with it, a tab never leaves the pane on a conversation
it does not list, and search results say which conversations are archived."""

from PySide6.QtCore import Qt

from desktop.ui.window.chat_list import ChatListRole
from desktop.ui.window.main_window import ARCHIVED_TAB, CHATS_TAB
from tests.ui.windows import activate

OLIVIA = "+14155550134"
SAM = "+12025550173"


def selected(window):
    rows = window.chat_list.selectionModel().selectedRows()
    return window.chat_model.conversation_at(rows[0].row()).peer_number if rows else None


def shown(window):
    if window.right.currentWidget() is not window.conversation:
        return None
    current = window.conversation.conversation
    return current.peer_number if current is not None else None


def two_conversations(qtbot, window, demo_gateway, *, archive_olivia):
    """Olivia (archived, if asked) and Sam (newer, in Chats), the window active."""
    demo_gateway.inbound(OLIVIA, "Can you send the quote?")
    qtbot.waitUntil(lambda: window.chat_model.find(OLIVIA) is not None, timeout=5000)
    demo_gateway.inbound(SAM, "Are you open on Sunday?")
    qtbot.waitUntil(lambda: window.chat_model.find(SAM) is not None, timeout=5000)
    # Their pop-ups first: offscreen, each one shown takes the activation.
    qtbot.waitUntil(lambda: len(window.desk.popups.popups) == 2, timeout=5000)
    if archive_olivia:
        cid = window.desk.session.conversations.find(OLIVIA).id
        window.desk.session.ownership.set_archived(cid, True)
        qtbot.waitUntil(lambda: window.chat_model.find(OLIVIA) is None, timeout=3000)
    activate(qtbot, window)


def click_tab(qtbot, window, index):
    tabs = window.view_tabs
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(index).center())
    assert tabs.currentIndex() == index


def test_a_reply_in_an_archived_conversation_takes_the_list_to_chats_with_it(
    qtbot, main_window, demo_gateway
):
    window = main_window
    two_conversations(qtbot, window, demo_gateway, archive_olivia=True)
    click_tab(qtbot, window, ARCHIVED_TAB)
    qtbot.waitUntil(lambda: window.chat_model.find(OLIVIA) is not None, timeout=3000)
    row = window.chat_model.row_of(window.chat_model.find(OLIVIA).id)
    qtbot.mouseClick(
        window.chat_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.chat_list.visualRect(window.chat_model.index(row)).center(),
    )
    qtbot.waitUntil(lambda: shown(window) == OLIVIA, timeout=3000)

    window.conversation.editor.setPlainText("Here is the quote")
    window.conversation.send()

    qtbot.waitUntil(lambda: window.view_tabs.currentIndex() == CHATS_TAB, timeout=5000)
    qtbot.waitUntil(lambda: selected(window) == OLIVIA, timeout=5000)
    assert shown(window) == OLIVIA
    assert not window.desk.session.conversations.find(OLIVIA).archived
    qtbot.wait(300)  # (the sent and delivered changes that follow move nothing)
    assert selected(window) == OLIVIA
    assert shown(window) == OLIVIA


def test_a_tab_that_does_not_list_the_open_conversation_empties_the_pane(
    qtbot, main_window, demo_gateway
):
    window = main_window
    two_conversations(qtbot, window, demo_gateway, archive_olivia=True)
    window.open_conversation(window.chat_model.find(SAM))
    assert shown(window) == SAM

    click_tab(qtbot, window, ARCHIVED_TAB)

    assert shown(window) is None
    assert window.right.currentWidget() is window.empty
    qtbot.waitUntil(lambda: window.chat_model.find(OLIVIA) is not None, timeout=3000)
    assert selected(window) is None


def test_opening_an_archived_conversation_from_chats_takes_the_list_to_it(
    qtbot, main_window, demo_gateway
):
    # As a pop-up or a link does: the conversation is not in the tab shown.
    window = main_window
    two_conversations(qtbot, window, demo_gateway, archive_olivia=True)
    window.open_conversation(window.chat_model.find(SAM))
    olivia = window.desk.session.conversations.find(OLIVIA)

    window.open_conversation(olivia)

    assert shown(window) == OLIVIA
    assert window.view_tabs.currentIndex() == ARCHIVED_TAB
    qtbot.waitUntil(lambda: selected(window) == OLIVIA, timeout=3000)


def test_search_results_say_which_conversations_are_archived(qtbot, main_window, demo_gateway):
    window = main_window
    two_conversations(qtbot, window, demo_gateway, archive_olivia=True)
    for tab in (CHATS_TAB, ARCHIVED_TAB):
        click_tab(qtbot, window, tab)
        window.search.setText("quote")
        qtbot.waitUntil(
            lambda: window.chat_model.searching and window.chat_model.rowCount() == 1,
            timeout=3000,
        )
        index = window.chat_model.index(0)
        assert index.data(ChatListRole.CONVERSATION).peer_number == OLIVIA
        assert index.data(ChatListRole.TAG) == "Archived"
        assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", archived")
        window.search.setText("sunday")
        qtbot.waitUntil(
            lambda: (
                window.chat_model.rowCount() == 1
                and window.chat_model.conversation_at(0).peer_number == SAM
            ),
            timeout=3000,
        )
        assert window.chat_model.index(0).data(ChatListRole.TAG) is None
        window.search.clear()
    # The tab's own list has no tags (every row of Archived is archived).
    qtbot.waitUntil(lambda: window.chat_model.find(OLIVIA) is not None, timeout=3000)
    assert window.chat_model.index(0).data(ChatListRole.TAG) is None


def test_a_search_result_from_the_other_tab_stays_open_when_the_search_is_cleared(
    qtbot, main_window, demo_gateway
):
    window = main_window
    two_conversations(qtbot, window, demo_gateway, archive_olivia=True)
    window.search.setText("quote")
    qtbot.waitUntil(
        lambda: window.chat_model.searching and window.chat_model.rowCount() == 1, timeout=3000
    )
    window.chat_list.setCurrentIndex(window.chat_model.index(0))
    qtbot.waitUntil(lambda: shown(window) == OLIVIA, timeout=3000)

    qtbot.keyClick(window.search, Qt.Key.Key_Escape)

    assert window.view_tabs.currentIndex() == ARCHIVED_TAB
    qtbot.waitUntil(lambda: selected(window) == OLIVIA, timeout=3000)
    assert shown(window) == OLIVIA

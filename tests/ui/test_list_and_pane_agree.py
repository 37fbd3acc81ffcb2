"""The pane shows the conversation the list selects, around Archived: a reply in an archived
conversation takes the list to Chats with it, a tab never leaves the pane on a conversation
it does not list, and search results say which conversations are archived. A conversation
that a colleague moves into Archived while it is read stays open and the list stays on
Chats, with a note that says so; one brought back to Chats takes the list with it."""

import pytest
from PySide6.QtCore import Qt

from desktop.config.settings import Settings
from desktop.store import Store
from desktop.ui.window.chat_list import ChatListRole
from desktop.ui.window.main_window import ARCHIVED_TAB, CHATS_TAB
from tests.ui.windows import PASSWORD, activate, record_announcements

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


@pytest.fixture
def anna_and_ben(qtbot, make_desk):
    """Anna's window (101, signed in at this desk) and Ben (102), a colleague whose desk
    writes to the same database (``colleague_desk``); Anna's window knows his name."""
    desk = make_desk(
        settings=Settings(default_region="US", no_tray_notice_shown=True, quiet_hours=False)
    )
    anna = desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD)
    ben = desk.accounts.create_user("102", "Ben Jones", PASSWORD)
    desk.start_session(anna)
    window = desk.window
    window.desk = desk
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.author_name(ben.id) == "Ben Jones (102)", timeout=3000)
    return window, ben


def colleague_desk(window):
    """Another desk on the window's database: its writes reach the window only as the team
    listener brings them, a remote change (``colleague_change``)."""
    return Store(window.desk.store.engine)


def colleague_change(window, cid):
    """What the team listener does when another desk changed ``cid``: re-read it and its
    newest message (the history line that says who) and emit them, marked remote."""
    newest = window.desk.session.conversations.messages(cid, limit=1)
    change = window.desk.session.changes.reload([cid], [m.id for m in newest])
    assert change.remote
    return change


def open_and_read(qtbot, window, number):
    """Open ``number``'s conversation from the list and wait for its read mark to come back
    (a change still on its way would arrive after the test's own)."""
    window.open_conversation(window.chat_model.find(number))
    assert selected(window) == number
    qtbot.waitUntil(lambda: window.chat_model.find(number).unread_count == 0, timeout=3000)
    return window.chat_model.find(number).id


def test_a_colleague_archiving_the_open_conversation_leaves_the_list_on_chats(
    qtbot, anna_and_ben, demo_gateway, monkeypatch
):
    window, ben = anna_and_ben
    two_conversations(qtbot, window, demo_gateway, archive_olivia=False)
    cid = open_and_read(qtbot, window, OLIVIA)
    announced = record_announcements(monkeypatch)

    colleague_desk(window).ownership.mark_dealt_with(cid, by=ben.id)
    colleague_change(window, cid)

    note = "This conversation was moved to Archived by Ben Jones (102)."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == note, timeout=3000)
    assert (note, False) in announced  # read out politely
    assert window.view_tabs.currentIndex() == CHATS_TAB
    assert not window.chat_model.archived
    assert window.chat_model.find(OLIVIA) is None
    assert selected(window) is None
    assert not window.chat_list.currentIndex().isValid()
    assert shown(window) == OLIVIA
    open_now = window.conversation.conversation
    assert open_now.archived
    assert open_now.owner_id is None
    # Nothing left to mark dealt with; More options offers Unarchive.
    header = window.conversation.header
    assert not header.dealt_with_action.isEnabled()
    assert header.archive_action.text() == "Unarchive"

    # Later changes to it (read marks, statuses) neither move the list nor tell again.
    announced.clear()
    colleague_change(window, cid)
    qtbot.wait(100)  # (the change is applied in this turn; nothing follows it)
    assert window.view_tabs.currentIndex() == CHATS_TAB
    assert shown(window) == OLIVIA
    assert announced == []

    # Unarchive from the pane: back in Chats, selected, still open.
    window.toggle_archived(window.conversation.conversation)
    qtbot.waitUntil(lambda: selected(window) == OLIVIA, timeout=3000)
    assert window.view_tabs.currentIndex() == CHATS_TAB
    assert shown(window) == OLIVIA


def test_an_archive_on_this_desk_that_is_not_mine_keeps_the_list_too(
    qtbot, main_window, demo_gateway
):
    # Not a remote change, nor this window's own Archive (a script on this desk's store):
    # what decides is whose action it was, not which desk wrote it.
    window = main_window
    two_conversations(qtbot, window, demo_gateway, archive_olivia=False)
    cid = open_and_read(qtbot, window, OLIVIA)

    window.desk.session.ownership.set_archived(cid, True)

    note = "This conversation was moved to Archived."  # (nobody named: nobody to name)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == note, timeout=3000)
    assert window.view_tabs.currentIndex() == CHATS_TAB
    assert window.chat_model.find(OLIVIA) is None
    assert shown(window) == OLIVIA

    # A search and its clearing leave the list where the user had it, the pane as it was.
    window.search.setText("quote")
    qtbot.waitUntil(lambda: selected(window) == OLIVIA, timeout=3000)
    window.search.clear()
    qtbot.waitUntil(lambda: window.chat_model.find(SAM) is not None, timeout=3000)
    assert window.view_tabs.currentIndex() == CHATS_TAB
    assert shown(window) == OLIVIA
    assert selected(window) is None

    # An SMS from Olivia brings it back to Chats, selected, still open.
    demo_gateway.inbound(OLIVIA, "Any news?")
    qtbot.waitUntil(lambda: selected(window) == OLIVIA, timeout=5000)
    assert shown(window) == OLIVIA
    assert window.view_tabs.currentIndex() == CHATS_TAB


def test_a_colleague_bringing_the_open_conversation_back_takes_the_list_to_chats(
    qtbot, anna_and_ben, demo_gateway
):
    window, ben = anna_and_ben
    two_conversations(qtbot, window, demo_gateway, archive_olivia=True)
    click_tab(qtbot, window, ARCHIVED_TAB)
    qtbot.waitUntil(lambda: window.chat_model.find(OLIVIA) is not None, timeout=3000)
    cid = open_and_read(qtbot, window, OLIVIA)

    colleague_desk(window).ownership.set_archived(cid, False, by=ben.id)
    colleague_change(window, cid)

    qtbot.waitUntil(lambda: window.view_tabs.currentIndex() == CHATS_TAB, timeout=3000)
    qtbot.waitUntil(lambda: selected(window) == OLIVIA, timeout=3000)
    assert shown(window) == OLIVIA
    assert not window.conversation.conversation.archived

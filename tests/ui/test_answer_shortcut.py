"""Answering from the keyboard alone: Ctrl+R brings the newest unanswered message's reply box
into focus from anywhere in SMS Desk (a pop-up's, or the conversation's), Escape goes back;
and the tray menu lists the unanswered messages. Only key events: no mouse event is sent."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.models import ContactDraft
from desktop.ui.dialogs.help_shortcuts import ShortcutsDialog, shortcut_rows
from desktop.ui.notifications.answer_shortcut import REPLY_SHORTCUT, REPLY_SHORTCUT_TEXT
from desktop.ui.notifications.popups import MessagePopup

OLIVIA, SAM = "+14155550134", "+12025550173"


def wait_popup(qtbot, desk, number=OLIVIA) -> MessagePopup:
    def found():
        return next(
            (
                p
                for p in desk.popups.popups
                if isinstance(p, MessagePopup)
                and p.conversation.peer_number == number
                and p.isVisible()
            ),
            None,
        )

    qtbot.waitUntil(lambda: found() is not None, timeout=5000)
    return found()


def press_reply_shortcut(qtbot) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)


def focus_search(qtbot, desk):
    desk.window.activateWindow()
    desk.window.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.window.search, timeout=3000)


def test_the_shortcut_answers_the_newest_popup_by_keyboard_alone(
    qtbot, make_tray_desk, demo_gateway
):
    desk = make_tray_desk(popup_seconds=30)
    focus_search(qtbot, desk)
    demo_gateway.inbound(SAM, "Older")
    wait_popup(qtbot, desk, SAM)
    demo_gateway.inbound(OLIVIA, "Is my order ready?")
    popup = wait_popup(qtbot, desk, OLIVIA)
    # (The offscreen platform gives new windows the keyboard, which a real desktop does not:
    # tests/session/test_tray.py proves pop-ups take nothing there. Back to the search.)
    focus_search(qtbot, desk)

    press_reply_shortcut(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is popup.editor, timeout=3000)
    assert popup.reply_area.isVisible()
    qtbot.keyClicks(popup.editor, "Yes, since 10 am")
    qtbot.keyClick(popup.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)
    assert [(m["to"], m["body"]) for m in demo_gateway.sent()] == [(OLIVIA, "Yes, since 10 am")]
    # Sent, the pop-up goes and the keyboard is back where it was.
    qtbot.waitUntil(lambda: popup not in desk.popups.popups, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.window.search, timeout=3000)


def test_escape_closes_the_popup_and_gives_the_keyboard_back(qtbot, make_tray_desk, demo_gateway):
    desk = make_tray_desk(popup_seconds=30)
    demo_gateway.inbound(OLIVIA, "Hello")
    popup = wait_popup(qtbot, desk)
    focus_search(qtbot, desk)
    press_reply_shortcut(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is popup.editor, timeout=3000)
    qtbot.keyClick(popup.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: popup not in desk.popups.popups, timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.window.search, timeout=3000)
    assert demo_gateway.sent() == []


def test_without_a_popup_the_shortcut_opens_the_conversation_in_say_something(
    qtbot, make_tray_desk, demo_gateway
):
    desk = make_tray_desk(popup_seconds=30)
    demo_gateway.inbound(SAM, "Older")
    wait_popup(qtbot, desk, SAM)
    demo_gateway.inbound(OLIVIA, "Newest")
    wait_popup(qtbot, desk, OLIVIA)
    desk.popups.close_all()  # gone by themselves, or shown on the desktop instead
    qtbot.waitUntil(lambda: desk.window.chat_model.unread_conversations() == 2, timeout=5000)
    focus_search(qtbot, desk)
    press_reply_shortcut(qtbot)
    view = desk.window.conversation
    qtbot.waitUntil(
        lambda: view.conversation is not None and view.conversation.peer_number == OLIVIA,
        timeout=3000,
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.editor, timeout=3000)
    assert view.editor.placeholderText() == "Say something"
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.window.search, timeout=3000)


def test_the_shortcut_is_in_the_keyboard_shortcuts_list(qtbot, make_tray_desk):
    desk = make_tray_desk(popup_seconds=30)
    rows = shortcut_rows(desk.window.shortcut_actions())
    dialog = ShortcutsDialog(rows, desk.window)
    qtbot.addWidget(dialog)
    assert (REPLY_SHORTCUT_TEXT, REPLY_SHORTCUT) in dialog.rows()
    taken = [k for row in rows if row.what != REPLY_SHORTCUT_TEXT for k in row.keys]
    assert REPLY_SHORTCUT not in taken  # no clash


def test_the_tray_menu_lists_the_unanswered_messages_and_opens_one(
    qtbot, make_tray_desk, demo_gateway
):
    desk = make_tray_desk(popup_seconds=30)
    desk.session.contacts.save(ContactDraft("Olivia Park", (OLIVIA,)))
    # One after the other (the gateway's times have whole seconds: the newer must be
    # known to be the newer).
    demo_gateway.inbound(SAM, "Hi & hello")
    qtbot.waitUntil(lambda: len(desk.tray.unanswered) == 1, timeout=5000)
    demo_gateway.inbound(OLIVIA, "Is my order ready? <b>now</b>")
    qtbot.waitUntil(lambda: len(desk.tray.unanswered) == 2, timeout=5000)
    assert desk.tray.unanswered == [
        "Olivia Park: Is my order ready? <b>now<…",
        "(202) 555-0173: Hi & hello",
    ]
    assert desk.tray.unanswered_actions[1].text() == "(202) 555-0173: Hi && hello"  # not a mnemonic
    desk.window.hide()
    desk.tray.unanswered_actions[0].trigger()
    qtbot.waitUntil(lambda: desk.window.isVisible(), timeout=3000)
    view = desk.window.conversation
    qtbot.waitUntil(
        lambda: view.conversation is not None and view.conversation.peer_number == OLIVIA,
        timeout=3000,
    )
    # Read, it leaves the list.
    qtbot.waitUntil(lambda: desk.tray.unanswered == ["(202) 555-0173: Hi & hello"], timeout=5000)

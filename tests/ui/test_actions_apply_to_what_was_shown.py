"""Dealt with, Archive and a pop-up's Mark as read apply to the messages on screen:
an SMS stored after the window (or pop-up) showed the conversation, and before the click, is
left unread in Chats. The SMS is stored from another thread, so the window hears of it only
after the click, as when it arrives at that moment."""

import threading

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.core.models import utcnow
from desktop.store import InboundRecord
from desktop.ui.notifications.popups import MessagePopup

OLIVIA = "+14155550134"
SAM = "+12025550173"


def store_meanwhile(desk, sid: str, body: str) -> None:
    """Store an inbound SMS for Olivia as the sync thread would: from another thread, so
    the GUI hears of it through a queued signal, after the test's next click."""
    record = InboundRecord(sid, OLIVIA, desk.gateway.number, body, utcnow())
    thread = threading.Thread(target=desk.session.ingest.inbound, args=([record],))
    thread.start()
    thread.join(10)


def olivia(desk):
    return desk.session.conversations.find(OLIVIA)


@pytest.fixture
def opened(qtbot, main_window, demo_gateway):
    """The main window with Olivia's conversation open, her one message shown."""
    demo_gateway.inbound(OLIVIA, "Hi, is my order ready?")
    qtbot.waitUntil(lambda: main_window.chat_model.find(OLIVIA) is not None, timeout=5000)
    main_window.open_conversation(main_window.chat_model.find(OLIVIA))
    model = main_window.conversation.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading, timeout=3000)
    return main_window


def test_dealt_with_keeps_a_conversation_whose_new_sms_was_not_shown_yet_in_chats(qtbot, opened):
    desk = opened.desk
    store_meanwhile(desk, "SMlate1", "Actually, one more question")

    opened.conversation.header.dealt_with_action.trigger()

    qtbot.waitUntil(
        lambda: opened.statusBar().currentMessage().startswith("Marked dealt with, but a new"),
        timeout=5000,
    )
    assert not olivia(desk).archived
    assert olivia(desk).dealt_with_at is None
    # It stays open, and the new SMS appears in it.
    assert opened.conversation.conversation is not None
    model = opened.conversation.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=3000)  # SMS, line, new SMS
    assert opened.chat_model.find(OLIVIA) is not None


def test_dealt_with_archives_what_was_shown(qtbot, opened):
    desk = opened.desk
    opened.conversation.header.dealt_with_action.trigger()

    qtbot.waitUntil(
        lambda: opened.undo_notice.label.text() == "Marked dealt with and archived.",
        timeout=5000,
    )
    assert opened.undo_notice.isVisible()
    assert olivia(desk).archived
    assert opened.conversation.conversation is None  # back to the list


def test_archive_keeps_a_conversation_whose_new_sms_was_not_shown_yet_in_chats(qtbot, opened):
    desk = opened.desk
    store_meanwhile(desk, "SMlate2", "Wait!")

    opened.conversation.header.archive_action.trigger()

    qtbot.waitUntil(
        lambda: opened.statusBar().currentMessage().startswith("Not archived: a new message"),
        timeout=5000,
    )
    assert not olivia(desk).archived


@pytest.mark.parametrize(
    ("action", "said"),
    [("archive_action", "Archived."), ("dealt_with_action", "Marked dealt with and archived.")],
)
def test_the_conversation_next_to_one_that_leaves_chats_is_not_opened_nor_read(
    qtbot, opened, demo_gateway, action, said
):
    desk = opened.desk
    demo_gateway.inbound(SAM, "Are you open on Sunday?")
    qtbot.waitUntil(lambda: opened.chat_model.find(SAM) is not None, timeout=5000)

    getattr(opened.conversation.header, action).trigger()

    qtbot.waitUntil(lambda: opened.undo_notice.label.text() == said, timeout=5000)
    assert opened.conversation.conversation is None  # back to the list, nothing opened
    assert opened.right.currentWidget() is opened.empty
    assert not opened.chat_list.selectionModel().hasSelection()
    desk.tasks.run(lambda: None).result(timeout=5)  # (a mark-read asked for would be done)
    assert desk.session.conversations.find(SAM).unread_count == 1


@pytest.fixture
def popup(qtbot, make_tray_desk, demo_gateway):
    """A pop-up showing Olivia's first SMS (the window is not on her conversation)."""
    desk = make_tray_desk(popup_seconds=30)
    demo_gateway.inbound(OLIVIA, "Hello")
    qtbot.waitUntil(
        lambda: any(isinstance(p, MessagePopup) and p.isVisible() for p in desk.popups.popups),
        timeout=5000,
    )
    shown = next(p for p in desk.popups.popups if isinstance(p, MessagePopup))
    shown.desk = desk
    return shown


def test_mark_as_read_in_a_popup_leaves_an_sms_it_did_not_show_unread(qtbot, popup):
    desk = popup.desk
    store_meanwhile(desk, "SMlate3", "Are you there?")
    assert olivia(desk).unread_count == 2

    next(b for b in popup.findChildren(QPushButton) if b.text() == "Mark as read").click()

    qtbot.waitUntil(lambda: olivia(desk).unread_count == 1, timeout=5000)
    qtbot.waitUntil(lambda: desk.tray.count == 1, timeout=5000)


def test_replying_in_a_popup_leaves_an_sms_it_did_not_show_unread(qtbot, popup, demo_gateway):
    desk = popup.desk
    popup.start_reply()
    popup.editor.setPlainText("On my way")
    store_meanwhile(desk, "SMlate4", "Actually, make it tomorrow")  # arrives while typing

    popup.send()

    qtbot.waitUntil(lambda: [m["body"] for m in demo_gateway.sent()] == ["On my way"], timeout=8000)
    qtbot.waitUntil(lambda: olivia(desk).unread_count == 1, timeout=5000)
    qtbot.wait(200)  # nothing more must happen: no later mark-read
    assert olivia(desk).unread_count == 1  # the reply read "Hello", not what came after

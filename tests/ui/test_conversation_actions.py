"""The conversation toolbar: Call, Transfer, Dealt with, Archive (More options), Close, and
ownership (the first to reply owns it; taking over asks first)."""

import dataclasses
import os
import stat
from datetime import UTC, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolButton

from desktop.core.models import MessageKind, MessageStatus
from desktop.ui.look import formatting
from desktop.ui.window.chat_list import ChatListRole
from desktop.ui.window.main_window import CHATS_TAB
from tests.ui.windows import activate

OLIVIA = "+14155550134"
EARLY_UTC = datetime(2036, 11, 25, 5, 40, tzinfo=UTC)  # 21:40 in Los Angeles
PASSWORD = "correct horse 42"


def header_button(window, name):
    header = window.conversation.header
    return next(b for b in header.findChildren(QToolButton) if b.accessibleName() == name)


def click_tab(qtbot, window, name):
    """Click the Chats or Archived tab of the tab bar above the chat list."""
    tabs = window.view_tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == name)
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(index).center())
    assert tabs.currentIndex() == index


@pytest.fixture
def opened(qtbot, main_window, demo_gateway):
    """The main window with Olivia's conversation open (she wrote first)."""
    demo_gateway.inbound(OLIVIA, "Hi, is my order ready?")
    qtbot.waitUntil(lambda: main_window.chat_model.find(OLIVIA) is not None, timeout=5000)
    main_window.open_conversation(main_window.chat_model.find(OLIVIA))
    model = main_window.conversation.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading, timeout=3000)
    return main_window


def selected(window):
    """The number of the conversation selected in the chat list, or None."""
    rows = window.chat_list.selectionModel().selectedRows()
    if not rows:
        return None
    return window.chat_model.conversation_at(rows[0].row()).peer_number


def history(window):
    model = window.conversation.model
    rows = [model.message_at(r) for r in range(model.rowCount())]
    return [m.body for m in rows if m.kind is not MessageKind.SMS]


def send(qtbot, window, text):
    window.conversation.editor.setPlainText(text)
    window.conversation.send()


def test_the_toolbar_has_the_guide_s_actions_with_names_and_shortcuts(opened):
    for name in ("Call", "Transfer", "Dealt with", "More options", "Close"):
        assert header_button(opened, name).isVisible()
    header = opened.conversation.header
    assert [a.text() for a in header.more_menu.actions() if not a.isSeparator()] == [
        "Archive",
        "Add contact",
        "Mark as unread",
        "Export…",
    ]
    for action in (
        header.call_action,
        header.transfer_action,
        header.dealt_with_action,
        header.close_action,
        header.archive_action,
        header.unread_action,
    ):
        assert action.shortcut().toString() in action.toolTip()


def test_the_first_to_reply_owns_the_conversation(qtbot, opened, demo_gateway):
    owner = opened.conversation.header.owner
    assert owner.text().startswith("Unowned")
    send(qtbot, opened, "Yes, it is!")
    qtbot.waitUntil(lambda: owner.text() == "Owner: you", timeout=5000)
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)


def owned_by_ben(qtbot, window):
    desk = window.desk
    pane = window.conversation
    # Opening it marked it read: that change first, so no older copy follows Ben's claim.
    qtbot.waitUntil(lambda: pane.conversation.unread_count == 0, timeout=3000)
    ben = desk.accounts.create_user("102", "Ben Jones", PASSWORD)
    desk.session.ownership.claim(desk.session.conversations.find(OLIVIA).id, ben.id)
    qtbot.waitUntil(lambda: "Ben (102)" in pane.header.owner.text(), timeout=3000)
    qtbot.waitUntil(lambda: pane.conversation.owner_id == ben.id, timeout=3000)
    return ben


def no_dialogs(window):
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()] == []


def test_replying_where_a_colleague_owns_asks_to_take_over(qtbot, opened, demo_gateway):
    owned_by_ben(qtbot, opened)
    activate(qtbot, opened)
    send(qtbot, opened, "I can help with that")
    bar = opened.conversation.question_bar
    assert bar.asking
    assert bar.isVisible()
    assert no_dialogs(opened)  # asked inline, above the box
    assert bar.sentence.text().startswith(
        "Ben Jones (102) is answering this conversation. Take over from Ben Jones and send?"
    )
    assert [b.text() for b in bar.buttons] == ["Take over and send", "Cancel"]
    assert bar.default_button is bar.button("Cancel")  # the safe choice
    qtbot.waitUntil(lambda: bar.button("Cancel").hasFocus(), timeout=2000)  # it took the keys
    assert demo_gateway.sent() == []
    assert opened.conversation.editor.toPlainText() == "I can help with that"  # not lost
    bar.button("Take over and send").click()
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)
    assert demo_gateway.sent()[0]["body"] == "I can help with that"
    qtbot.waitUntil(
        lambda: any("took over from Ben Jones (102)" in h for h in history(opened)), timeout=3000
    )
    assert opened.conversation.editor.toPlainText() == ""
    assert not bar.isVisible()


def test_declining_to_take_over_keeps_the_text(qtbot, opened, demo_gateway):
    owned_by_ben(qtbot, opened)
    activate(qtbot, opened)
    send(qtbot, opened, "Draft reply")
    bar = opened.conversation.question_bar
    qtbot.waitUntil(lambda: bar.button("Cancel").hasFocus(), timeout=2000)
    qtbot.keyClick(bar.button("Cancel"), Qt.Key.Key_Escape)  # Escape cancels
    assert not bar.isVisible()
    qtbot.wait(200)  # nothing must be sent
    assert demo_gateway.sent() == []
    assert opened.conversation.editor.toPlainText() == "Draft reply"
    assert opened.conversation.editor.hasFocus()


def test_a_colleague_s_conversation_at_night_asks_one_question(qtbot, opened, demo_gateway):
    """Both reasons in one sentence; Tab goes round its buttons; Enter on the default takes
    over and schedules for 08:00 their time (never sends now at night)."""
    owned_by_ben(qtbot, opened)
    pane = opened.conversation
    pane.quiet_hours = lambda: (True, time(8, 0), time(21, 0))
    pane.clock = lambda: EARLY_UTC  # 21:40 in Los Angeles
    activate(qtbot, opened)
    send(qtbot, opened, "We open at nine")
    bar = pane.question_bar
    assert no_dialogs(opened)
    assert bar.sentence.text() == (
        "Ben Jones (102) is answering this conversation, and it is 21:40 for "
        "(415) 555-0134 (Los Angeles). Take over from Ben Jones and send now anyway?"
    )
    mine = formatting.clock_time(datetime(2036, 11, 25, 16, 0, tzinfo=UTC))
    later = f"Take over and send at 08:00 their time — {mine} yours"
    if mine == "08:00":  # this computer is on Los Angeles time: one clock says it
        later = "Take over and send at 08:00"
    assert [b.text() for b in bar.buttons] == ["Take over and send now", later, "Cancel"]
    qtbot.waitUntil(lambda: bar.button(later).hasFocus(), timeout=2000)  # the default
    qtbot.keyClick(bar.button(later), Qt.Key.Key_Tab)
    assert bar.button("Cancel").hasFocus()
    qtbot.keyClick(bar.button("Cancel"), Qt.Key.Key_Tab)
    assert bar.button("Take over and send now").hasFocus()  # round, not out of the bar
    qtbot.keyClick(bar.button("Take over and send now"), Qt.Key.Key_Tab)
    assert bar.button(later).hasFocus()
    qtbot.keyClick(bar.button(later), Qt.Key.Key_Return)
    store = opened.desk.session

    def scheduled():
        conversation = store.conversations.find(OLIVIA)
        rows = store.conversations.messages(conversation.id)
        return [m for m in rows if m.body == "We open at nine"]

    qtbot.waitUntil(lambda: len(scheduled()) == 1, timeout=5000)
    (message,) = scheduled()
    assert message.status is MessageStatus.SCHEDULED
    assert message.scheduled_at == datetime(2036, 11, 25, 16, 0, tzinfo=UTC)  # 08:00 PST
    qtbot.waitUntil(
        lambda: any("took over from Ben Jones (102)" in h for h in history(opened)), timeout=3000
    )
    assert demo_gateway.sent() == []
    assert pane.editor.toPlainText() == ""


def test_typing_again_withdraws_the_question(qtbot, opened, demo_gateway):
    owned_by_ben(qtbot, opened)
    activate(qtbot, opened)
    send(qtbot, opened, "Hello")
    pane = opened.conversation
    assert pane.question_bar.isVisible()
    pane.editor.setFocus()
    pane.editor.moveCursor(pane.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(pane.editor, "!")
    assert not pane.question_bar.isVisible()
    assert not pane.question_bar.asking
    assert pane.editor.toPlainText() == "Hello!"  # nothing lost
    qtbot.wait(200)
    assert demo_gateway.sent() == []


def test_switching_conversation_withdraws_the_question(qtbot, opened, demo_gateway):
    owned_by_ben(qtbot, opened)
    send(qtbot, opened, "Hello there")
    pane = opened.conversation
    assert pane.question_bar.asking
    other = opened.desk.session.conversations.open("+12125550100")
    opened.open_conversation(other)
    assert not pane.question_bar.isVisible()
    opened.open_conversation(opened.desk.session.conversations.find(OLIVIA))
    assert pane.editor.toPlainText() == "Hello there"  # the draft came back
    assert not pane.question_bar.asking
    assert demo_gateway.sent() == []


def test_a_take_over_this_desk_had_not_heard_of_asks_after_the_refusal(qtbot, opened, demo_gateway):
    owned_by_ben(qtbot, opened)
    pane = opened.conversation
    # As if Ben's claim were still on its way to this desk: the store refuses the send.
    pane._conversation = dataclasses.replace(pane.conversation, owner_id=None, owner_label=None)
    send(qtbot, opened, "Are you still there?")
    bar = pane.question_bar
    qtbot.waitUntil(lambda: bar.asking, timeout=3000)
    assert "Take over from Ben Jones and send?" in bar.sentence.text()
    assert pane.editor.toPlainText() == "Are you still there?"  # back in the box
    bar.button("Take over and send").click()
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)
    assert demo_gateway.sent()[0]["body"] == "Are you still there?"


def test_transfer_to_a_colleague_with_a_note(qtbot, opened):
    desk = opened.desk
    desk.accounts.create_user("102", "Ben Jones", PASSWORD)
    send(qtbot, opened, "Let me check")
    qtbot.waitUntil(lambda: "you" in opened.conversation.header.owner.text(), timeout=5000)
    header_button(opened, "Transfer").click()
    qtbot.waitUntil(lambda: getattr(opened, "transfer_dialog", None) is not None, timeout=3000)
    dialog = opened.transfer_dialog
    qtbot.keyClicks(dialog.search, "ben")
    dialog.choose("Ben")
    qtbot.keyClicks(dialog.note, "wants a call back after 3 pm")
    dialog.transfer_button.click()
    qtbot.waitUntil(
        lambda: (
            "Transferred from Test Desk (101) to Ben Jones (102) — wants a call back after "
            "3 pm" in history(opened)
        ),
        timeout=3000,
    )
    qtbot.waitUntil(
        lambda: opened.conversation.header.owner.text() == "Owner: Ben (102)", timeout=3000
    )
    # The task's answer can reach the window just after the change event: wait for it.
    qtbot.waitUntil(
        lambda: "Transferred to Ben Jones (102)" in opened.statusBar().currentMessage(),
        timeout=3000,
    )


def test_only_the_owner_or_an_admin_can_transfer(qtbot, opened, make_desk):
    desk = opened.desk
    ben = desk.accounts.create_user("102", "Ben Jones", PASSWORD)
    cara = desk.accounts.create_user("103", "Cara Diaz", PASSWORD)
    conversation = desk.session.conversations.find(OLIVIA)
    desk.session.ownership.claim(conversation.id, ben.id)
    # The data layer refuses it even when asked directly, not only the button.
    from desktop.store import NotAllowed

    with pytest.raises(NotAllowed, match="Only the owner"):
        desk.session.ownership.transfer(conversation.id, by=cara.id, to=desk.user.id)
    errors = []
    opened.show_error = errors.append
    opened.user = dataclasses.replace(opened.user, is_admin=False)
    opened.conversation.header.transfer_action.trigger()
    assert errors
    assert "Only the owner, Ben Jones (102), or an administrator" in errors[0]


def test_dealt_with_archives_releases_and_records(qtbot, opened, demo_gateway):
    send(qtbot, opened, "Here you go")
    qtbot.waitUntil(lambda: "you" in opened.conversation.header.owner.text(), timeout=5000)
    header_button(opened, "Dealt with").click()
    qtbot.waitUntil(lambda: opened.conversation.conversation is None, timeout=3000)
    assert opened.right.currentWidget() is opened.empty
    qtbot.waitUntil(lambda: opened.chat_model.find(OLIVIA) is None, timeout=3000)
    archived = opened.desk.session.conversations.find(OLIVIA)
    assert archived.archived
    assert archived.owner_id is None
    assert archived.dealt_with_at
    click_tab(qtbot, opened, "Archived")
    qtbot.waitUntil(lambda: opened.chat_model.find(OLIVIA) is not None, timeout=3000)
    opened.open_conversation(opened.chat_model.find(OLIVIA))
    qtbot.waitUntil(
        lambda: any(h.startswith("Marked dealt with by Test Desk (101)") for h in history(opened)),
        timeout=3000,
    )

    # A new SMS brings it back to Chats: unread, unowned.
    click_tab(qtbot, opened, "Chats")
    opened.close_conversation()
    demo_gateway.inbound(OLIVIA, "One more question")
    qtbot.waitUntil(lambda: opened.chat_model.find(OLIVIA) is not None, timeout=5000)
    back = opened.chat_model.find(OLIVIA)
    assert back.unread_count == 1
    assert back.owner_id is None
    assert not back.archived


def test_archive_and_unarchive_from_more_options(qtbot, opened):
    header = opened.conversation.header
    assert header.archive_action.text() == "Archive"
    header.archive_action.trigger()
    qtbot.waitUntil(lambda: opened.chat_model.find(OLIVIA) is None, timeout=3000)
    opened.show_archived(True)
    qtbot.waitUntil(lambda: opened.chat_model.find(OLIVIA) is not None, timeout=3000)
    opened.open_conversation(opened.chat_model.find(OLIVIA))
    qtbot.waitUntil(lambda: header.archive_action.text() == "Unarchive", timeout=3000)
    header.archive_action.trigger()
    # Back in Chats, and the list follows it there: still open, and selected.
    qtbot.waitUntil(lambda: opened.view_tabs.currentIndex() == CHATS_TAB, timeout=3000)
    qtbot.waitUntil(lambda: opened.chat_model.find(OLIVIA) is not None, timeout=3000)
    qtbot.waitUntil(lambda: selected(opened) == OLIVIA, timeout=3000)
    assert opened.conversation.conversation.peer_number == OLIVIA


def test_close_returns_to_the_list(qtbot, opened):
    header_button(opened, "Close").click()
    assert opened.right.currentWidget() is opened.empty
    assert opened.conversation.conversation is None
    assert opened.chat_model.find(OLIVIA) is not None


def test_mark_as_unread(qtbot, opened):
    # With the window active, as a user has it: the open conversation would be read again
    # the moment the unread change arrived, unless marking unread leaves it first.
    opened.show()
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow, timeout=3000)
    opened.conversation.header.unread_action.trigger()
    assert opened.conversation.conversation is None
    assert opened.right.currentWidget() is opened.empty
    qtbot.waitUntil(
        lambda: opened.statusBar().currentMessage() == "Marked as unread.", timeout=3000
    )
    qtbot.wait(200)  # time for a change event that would read it again
    assert opened.desk.session.conversations.find(OLIVIA).unread_count == 1
    assert opened.chat_model.find(OLIVIA).unread_count == 1
    qtbot.waitUntil(lambda: opened.windowTitle() == "(1) SMS Desk", timeout=3000)
    qtbot.waitUntil(lambda: opened.chat_model.find(OLIVIA).unread_count >= 1, timeout=3000)
    row = opened.chat_model.row_of(opened.chat_model.find(OLIVIA).id)
    assert opened.chat_model.index(row).data(ChatListRole.CONVERSATION).unread_count >= 1
    qtbot.waitUntil(lambda: opened.windowTitle() == "(1) SMS Desk", timeout=3000)


def test_call_runs_the_configured_command_with_the_number(qtbot, opened, tmp_path):
    record = tmp_path / "called.txt"
    script = tmp_path / "softphone"
    script.write_text(f'#!/bin/sh\necho "$1" > {record}\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    opened.desk.live_settings.update(call_template=f"{script} {{number}}")
    header_button(opened, "Call").click()
    # The shell creates the file before it writes the line: wait for the line.
    qtbot.waitUntil(lambda: record.exists() and record.read_text().endswith("\n"), timeout=5000)
    assert record.read_text().strip() == OLIVIA
    assert opened.statusBar().currentMessage() == "Calling (415) 555-0134…"


def test_call_without_a_phone_handler_says_what_to_do(qtbot, opened, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")  # no xdg-open: nothing handles tel:
    errors = []
    opened.show_error = errors.append
    header_button(opened, "Call").click()
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert "No app on this computer handles tel: links" in errors[0]


def test_call_never_dials_an_inbound_sender_id_as_it_came(
    qtbot, main_window, demo_gateway, tmp_path
):
    record = tmp_path / "called.txt"
    script = tmp_path / "softphone"
    script.write_text(f'#!/bin/sh\necho "$@" > {record}\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    main_window.desk.live_settings.update(call_template=f"{script} {{number}}")
    errors = []
    main_window.show_error = errors.append
    store = main_window.desk.session
    demo_gateway.inbound("ACME", "Your parcel is on its way")  # an alphanumeric sender id
    qtbot.waitUntil(lambda: store.conversations.find("ACME") is not None, timeout=5000)
    main_window.open_conversation(store.conversations.find("ACME"))

    header_button(main_window, "Call").click()

    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert errors == [
        "“ACME” is a sender name, not a phone number: it cannot be called, and carriers don't "
        "deliver replies to it. Contact the sender another way."
    ]
    qtbot.wait(300)  # nothing must be run
    assert not record.exists()  # nothing was run


def test_a_broken_call_command_is_reported(qtbot, opened):
    errors = []
    opened.show_error = errors.append
    opened.desk.live_settings.update(call_template="/no/such/phone --dial {number}")
    header_button(opened, "Call").click()
    assert "could not be started" in errors[0]


def test_history_lines_are_painted_without_a_bubble(qtbot, opened):
    desk = opened.desk
    ben = desk.accounts.create_user("102", "Ben Jones", PASSWORD)
    conversation = desk.session.conversations.find(OLIVIA)
    desk.session.ownership.claim(conversation.id, desk.user.id)
    desk.session.ownership.transfer(conversation.id, by=desk.user.id, to=ben.id, note="VIP")
    qtbot.waitUntil(lambda: len(history(opened)) == 1, timeout=3000)
    opened.conversation.view.viewport().repaint()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert isinstance(opened.conversation.header.call_action, QAction)

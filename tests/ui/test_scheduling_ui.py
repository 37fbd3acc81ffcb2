"""Quiet hours and scheduled sends as the user sees them: the question before texting
someone at night in their time zone (a fixed clock; numbers in New York, Los Angeles, London
and Sydney), "Send later" with its dialog, scheduled bubbles edited and cancelled, "Too
late" when the worker has it, and a scheduled message sent once across an app restart."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.config.settings import Settings
from desktop.core.models import MessageStatus
from desktop.store import Store
from desktop.ui.conversation.message_delegate import MessageDelegate
from desktop.ui.conversation.question_bar import QuestionBar
from desktop.ui.look import formatting
from desktop.ui.notifications.popups import MessagePopup

PASSWORD = "correct horse 42"
NEW_YORK, LOS_ANGELES, LONDON, SYDNEY = (
    "+12125550100",
    "+14155550134",
    "+442079460000",
    "+61293744000",
)
# Years ahead (same time zone rules as November 2026): what the question schedules is still in
# the future for the real sync worker, which sends anything due by the real clock.
EARLY_UTC = datetime(2036, 11, 25, 5, 40, tzinfo=UTC)  # NY 00:40, LA 21:40, London 05:40
NOON_UTC = datetime(2036, 11, 25, 12, 0, tzinfo=UTC)  # London 12:00, Sydney 23:00


def quiet_on() -> tuple[bool, time, time]:
    return True, time(8, 0), time(21, 0)


def open_number(qtbot, window, number):
    store: Store = window.desk.session
    conversation = store.conversations.open(number)
    window.open_conversation(conversation)
    qtbot.waitUntil(lambda: not window.conversation.model.loading, timeout=3000)
    return window.conversation


def messages(store: Store, number: str):
    conversation = store.conversations.find(number)
    return store.conversations.messages(conversation.id) if conversation else []


def button(bar: QuestionBar, text: str):
    return bar.button(text)


def at_eight_la() -> str:
    """The scheduled choice for 08:00 in Los Angeles on 25 November 2036: both clocks."""
    mine = formatting.clock_time(datetime(2036, 11, 25, 16, 0, tzinfo=UTC))
    return f"Send at 08:00 their time — {mine} yours"


@pytest.mark.parametrize(
    ("number", "clock", "question"),
    [
        (NEW_YORK, EARLY_UTC, "It is 00:40 for (212) 555-0100 (New York). Send now anyway?"),
        (
            LOS_ANGELES,
            EARLY_UTC,
            "It is 21:40 for (415) 555-0134 (Los Angeles). Send now anyway?",
        ),
        (LONDON, EARLY_UTC, "It is 05:40 for +44 20 7946 0000 (London). Send now anyway?"),
        (SYDNEY, NOON_UTC, "It is 23:00 for +61 2 9374 4000 (Sydney). Send now anyway?"),
        (SYDNEY, EARLY_UTC, None),  # 16:40 in Sydney: no question
        (LONDON, NOON_UTC, None),
    ],
)
def test_sending_outside_their_hours_asks_first(qtbot, main_window, number, clock, question):
    conversation = open_number(qtbot, main_window, number)
    conversation.quiet_hours = quiet_on
    conversation.clock = lambda: clock
    conversation.editor.setPlainText("Hello")
    conversation.send()
    store = main_window.desk.session
    bar = conversation.question_bar
    if question is None:
        assert not bar.asking
        qtbot.waitUntil(lambda: len(messages(store, number)) == 1, timeout=3000)
        return
    assert bar.asking
    assert bar.isVisible()
    assert bar.sentence.text() == question
    texts = [b.text() for b in bar.buttons]
    assert texts[0] == "Send now"
    # 08:00 on their clock, and on the user's when it reads otherwise (London's is UTC's).
    assert texts[1] == "Send at 08:00" or (
        texts[1].startswith("Send at 08:00 their time — ") and texts[1].endswith(" yours")
    )
    assert texts[2] == "Cancel"
    assert all(b.accessibleName() == b.text() for b in bar.buttons)
    assert bar.default_button is bar.buttons[1]  # the safe choice, never "send now"
    assert messages(store, number) == []  # nothing stored while asking

    button(bar, "Cancel").click()
    assert not bar.isVisible()
    assert conversation.editor.toPlainText() == "Hello"  # kept
    qtbot.wait(100)  # nothing must be stored
    assert messages(store, number) == []


def test_send_at_eight_their_time_schedules_it(qtbot, main_window):
    conversation = open_number(qtbot, main_window, LOS_ANGELES)
    conversation.quiet_hours = quiet_on
    conversation.clock = lambda: EARLY_UTC
    conversation.editor.setPlainText("Your table is booked")
    conversation.send()
    button(conversation.question_bar, at_eight_la()).click()
    store = main_window.desk.session
    qtbot.waitUntil(lambda: len(messages(store, LOS_ANGELES)) == 1, timeout=3000)
    (scheduled,) = messages(store, LOS_ANGELES)
    assert scheduled.status is MessageStatus.SCHEDULED
    assert scheduled.scheduled_at == datetime(2036, 11, 25, 16, 0, tzinfo=UTC)  # 08:00 PST
    assert scheduled.cancel_if_reply
    assert conversation.editor.toPlainText() == ""
    # The bubble says when on both clocks.
    qtbot.waitUntil(lambda: len(scheduled_rows(conversation)) == 1, timeout=3000)
    (row,) = scheduled_rows(conversation)
    label = conversation.view.itemDelegate()._meta_text(row)
    mine = formatting.clock_time(datetime(2036, 11, 25, 16, 0, tzinfo=UTC))
    if mine != "08:00":  # (on Los Angeles time one clock says it)
        assert label.startswith("Scheduled for 08:00 their time — ")
        assert label.endswith(f"{mine} yours")
        # A screen reader hears both clocks too.
        model = conversation.model
        said = model.data(model.index(model.rowCount() - 1), Qt.ItemDataRole.AccessibleTextRole)
        assert "Scheduled for 08:00 their time — " in said
        assert f"{mine} yours" in said


def test_send_now_sends_it_anyway(qtbot, main_window, demo_gateway):
    conversation = open_number(qtbot, main_window, NEW_YORK)
    conversation.quiet_hours = quiet_on
    conversation.clock = lambda: EARLY_UTC
    conversation.editor.setPlainText("Sorry for the late text")
    conversation.send()
    button(conversation.question_bar, "Send now").click()
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)


def test_the_popup_reply_asks_too(qtbot, make_desk, demo_gateway):
    desk = make_desk(
        settings=Settings(
            default_region="US", popup_seconds=30, no_tray_notice_shown=True, quiet_hours=True
        ),
        tray_available=True,
    )
    desk.start_session(desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD))
    qtbot.waitExposed(desk.window)
    desk.window.hide()
    desk.popups.clock = lambda: EARLY_UTC
    demo_gateway.inbound(LOS_ANGELES, "Can I come by tomorrow?")

    def popup() -> MessagePopup | None:
        return next((p for p in desk.popups.popups if isinstance(p, MessagePopup)), None)

    qtbot.waitUntil(lambda: popup() is not None, timeout=5000)
    shown = popup()
    shown.start_reply()
    shown.editor.setPlainText("Yes, any time after 9")
    qtbot.keyClick(shown.editor, Qt.Key.Key_Return)
    bar = shown.question_bar
    assert bar.asking
    assert bar.isVisible()
    assert shown.reply_area.isAncestorOf(bar)  # inside the pop-up: nothing covers it
    qtbot.waitUntil(lambda: bar.button(at_eight_la()).hasFocus(), timeout=2000)  # the default
    for choice in bar.buttons:  # one a line: each reads whole in the narrow pop-up
        assert choice.width() >= choice.sizeHint().width()
    assert bar.sentence.text() == "It is 21:40 for (415) 555-0134 (Los Angeles). Send now anyway?"
    button(bar, at_eight_la()).click()
    qtbot.waitUntil(lambda: shown.status_text.startswith("Scheduled for"), timeout=5000)
    mine = formatting.clock_time(datetime(2036, 11, 25, 16, 0, tzinfo=UTC))
    assert "Scheduled for 08:00 their time — " in shown.status_text
    assert f"{mine} yours" in shown.status_text
    outbound = [m for m in messages(desk.session, LOS_ANGELES) if m.body.startswith("Yes")]
    assert outbound[0].status is MessageStatus.SCHEDULED
    assert outbound[0].scheduled_at == datetime(2036, 11, 25, 16, 0, tzinfo=UTC)
    assert demo_gateway.sent() == []


def scheduled_rows(conversation):
    model = conversation.model
    return [
        model.message_at(r)
        for r in range(model.rowCount())
        if model.message_at(r).status is MessageStatus.SCHEDULED
    ]


def test_send_later_schedules_then_the_bubble_can_be_edited_and_cancelled(
    qtbot, main_window, demo_gateway
):
    conversation = open_number(qtbot, main_window, LOS_ANGELES)
    assert conversation.send_later_button.accessibleName() == "Send later"
    assert [a.text() for a in conversation.send_later_button.menu().actions()] == ["Send later…"]
    conversation.editor.setPlainText("Reminder: your appointment")
    assert conversation.send_later_button.isEnabled()
    conversation.send_later_action.trigger()
    dialog = conversation.send_later_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.cancel_if_reply.isChecked()  # on by default
    assert dialog.when.calendarPopup()
    assert dialog.when.findChild(QLineEdit).textMargins().left() >= 4  # the 2 px ring and air
    named = {w.accessibleName(): w for w in dialog.findChildren(QWidget)}
    for name in ("Send at", "In 1 hour", "Tomorrow 08:00", "Cancel if they reply first"):
        assert named[name].isVisible()
    named["In 1 hour"].click()
    assert abs(dialog.scheduled_at - (datetime.now(UTC) + timedelta(hours=1))) < timedelta(
        minutes=1
    )
    when = (datetime.now(UTC) + timedelta(hours=3)).replace(second=0, microsecond=0)
    dialog.set_when(when)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(scheduled_rows(conversation)) == 1, timeout=3000)
    (message,) = scheduled_rows(conversation)
    assert message.scheduled_at == when
    assert conversation.editor.toPlainText() == ""
    delegate = conversation.view.itemDelegate()
    assert isinstance(delegate, MessageDelegate)
    assert delegate._meta_text(message).startswith("Scheduled for ")

    menu = conversation.view.context_menu_for(message)
    texts = [a.text() for a in menu.actions()]
    assert "Edit scheduled message…" in texts
    assert "Cancel scheduled message" in texts

    # Edit: text and time.
    next(a for a in menu.actions() if a.text() == "Edit scheduled message…").trigger()
    editor_dialog = conversation.send_later_dialog
    assert editor_dialog is not None
    assert editor_dialog.editor is not None
    assert editor_dialog.editor.toPlainText() == "Reminder: your appointment"
    editor_dialog.editor.setPlainText("Reminder: your appointment at 10")
    editor_dialog.set_when(when + timedelta(hours=1))
    editor_dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: (
            scheduled_rows(conversation)
            and scheduled_rows(conversation)[0].body == "Reminder: your appointment at 10"
        ),
        timeout=3000,
    )
    assert scheduled_rows(conversation)[0].scheduled_at == when + timedelta(hours=1)

    # Cancel: it stays in the conversation, shown as cancelled, and is never sent.
    menu = conversation.view.context_menu_for(scheduled_rows(conversation)[0])
    next(a for a in menu.actions() if a.text() == "Cancel scheduled message").trigger()
    model = conversation.model
    qtbot.waitUntil(
        lambda: model.message_at(model.row_of(message.id)).status is MessageStatus.CANCELLED,
        timeout=3000,
    )
    cancelled = model.message_at(model.row_of(message.id))
    assert delegate._meta_text(cancelled).startswith("Cancelled")
    assert demo_gateway.sent() == []


def test_editing_a_message_the_worker_claimed_says_too_late(qtbot, main_window):
    conversation = open_number(qtbot, main_window, LOS_ANGELES)
    store = main_window.desk.session
    message = store.outbound.queue(
        conversation.conversation.id,
        "Later",
        desk_number=conversation.desk_number,
        scheduled_at=datetime.now(UTC) + timedelta(hours=2),
    )
    qtbot.waitUntil(lambda: len(scheduled_rows(conversation)) == 1, timeout=3000)
    assert store.outbox.begin_send(message.id, datetime.now(UTC))  # the worker has it now
    conversation.edit_scheduled(message)
    dialog = conversation.send_later_dialog
    dialog.editor.setPlainText("Changed")
    with qtbot.waitSignal(conversation.sig_error, timeout=3000) as blocker:
        dialog.ok_button.click()
    assert blocker.args == ["Too late: it is being sent."]
    assert store.conversations.get_message(message.id).body == "Later"
    with qtbot.waitSignal(conversation.sig_error, timeout=3000) as blocker:
        conversation.cancel_scheduled(message.id)
    assert blocker.args == ["Too late: it is being sent."]


def test_a_scheduled_message_is_sent_once_after_the_app_restarts(qtbot, make_desk, demo_gateway):
    first = make_desk()
    user = first.accounts.create_first_admin("101", "Test Desk", PASSWORD)
    first.start_session(user)
    qtbot.waitExposed(first.window)
    conversation = first.store.conversations.open(LOS_ANGELES)
    message = first.store.outbound.queue(
        conversation.id,
        "See you at 3",
        desk_number=first.gateway.number,
        scheduled_at=datetime.now(UTC) + timedelta(seconds=2),
    )
    first.shutdown()  # closed before it fell due
    assert demo_gateway.sent() == []

    second = make_desk()
    second.start_session(second.accounts.sign_in("101", PASSWORD))
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            second.store.conversations.get_message(message.id).status
            in (MessageStatus.SENT, MessageStatus.DELIVERED)
        ),
        timeout=5000,
    )
    qtbot.wait(800)  # several more cycles: it must not go again
    assert [m["body"] for m in demo_gateway.sent()] == ["See you at 3"]

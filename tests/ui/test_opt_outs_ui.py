"""Opt-outs as the user sees them: a banner at the top of the conversation and a disabled
"Say something" box with the reason, in the main window and in the pop-ups; the opt-out
list exported as CSV."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.gateway.demo import Fault
from desktop.ui.notifications.popups import MessagePopup

OLIVIA, SAM = "+14155550134", "+12025550173"


def today() -> str:
    now = datetime.now().astimezone()
    return f"{now.day} {now:%B}"


def open_chat(qtbot, window, demo_gateway, number=OLIVIA, text="Hi there"):
    demo_gateway.inbound(number, text)
    qtbot.waitUntil(lambda: window.chat_model.find(number) is not None, timeout=5000)
    window.open_conversation(window.chat_model.find(number))
    model = window.conversation.model
    qtbot.waitUntil(lambda: model.rowCount() >= 1 and not model.loading, timeout=3000)
    return window.conversation


def test_a_stop_shows_the_banner_and_disables_the_box_until_start(qtbot, main_window, demo_gateway):
    conversation = open_chat(qtbot, main_window, demo_gateway)
    assert conversation.opt_out_banner.isHidden()
    conversation.editor.setPlainText("A draft")

    demo_gateway.inbound(OLIVIA, "STOP")
    qtbot.waitUntil(lambda: conversation.opt_out_banner.isVisible(), timeout=5000)
    reason = f"This number replied STOP on {today()} — messages to it are blocked"
    assert conversation.opt_out_banner.text == reason
    assert not conversation.editor.isEnabled()
    assert conversation.editor.placeholderText() == "Blocked — this number replied STOP"
    assert conversation.editor.toolTip() == reason
    assert conversation.banner.isHidden()
    assert conversation.editor.accessibleName() == "Say something"
    assert not conversation.send_button.isEnabled()
    assert not conversation.send_later_button.isEnabled()
    assert not conversation.template_button.isEnabled()
    assert not conversation.attach_button.isEnabled()
    conversation.send()  # Enter or Ctrl+Return do nothing either
    qtbot.wait(300)  # nothing must be sent
    assert demo_gateway.sent() == []
    qtbot.waitUntil(
        lambda: "Opted out: replied STOP" in [m.body for m in rows(conversation)], timeout=3000
    )

    demo_gateway.inbound(OLIVIA, "START")
    qtbot.waitUntil(lambda: conversation.opt_out_banner.isHidden(), timeout=5000)
    assert conversation.editor.isEnabled()
    assert conversation.template_button.isEnabled()
    assert conversation.editor.placeholderText() == "Say something"
    assert conversation.send_button.isEnabled()  # the draft can go now
    qtbot.waitUntil(
        lambda: "Opted back in: replied START" in [m.body for m in rows(conversation)],
        timeout=3000,
    )


def rows(conversation):
    model = conversation.model
    return [model.message_at(r) for r in range(model.rowCount())]


def test_a_21610_from_the_gateway_shows_the_carrier_banner(qtbot, main_window, demo_gateway):
    conversation = open_chat(qtbot, main_window, demo_gateway)
    demo_gateway.inject(Fault.REJECT, code=21610)
    conversation.editor.setPlainText("Your order is ready")
    conversation.send()
    qtbot.waitUntil(lambda: conversation.opt_out_banner.isVisible(), timeout=5000)
    assert conversation.opt_out_banner.text == (
        "The carrier reports this number has unsubscribed (error 21610) on "
        f"{today()} — messages to it are blocked"
    )
    assert not conversation.editor.isEnabled()
    assert conversation.editor.placeholderText() == (
        "Blocked — the carrier reports this number unsubscribed"
    )
    assert conversation.banner.isHidden()  # no Retry: the banner above says why
    failed = [m for m in rows(conversation) if m.body == "Your order is ready"]
    assert failed[0].error_code == 21610


def test_a_message_queued_before_the_stop_is_not_sent(qtbot, main_window, demo_gateway):
    conversation = open_chat(qtbot, main_window, demo_gateway)
    desk = main_window.desk
    desk._stop_sync()  # the worker is busy elsewhere: the message waits in the outbox
    store = desk.session
    store.outbound.queue(
        conversation.conversation.id, "Queued", desk_number=demo_gateway.phone_number
    )
    demo_gateway.inbound(OLIVIA, "STOP")
    desk._start_sync()
    qtbot.waitUntil(
        lambda: any(m.body == "Queued" and m.status.value == "failed" for m in rows(conversation)),
        timeout=5000,
    )
    assert demo_gateway.sent() == []


@pytest.fixture
def tray_desk(make_tray_desk):
    desk = make_tray_desk(popup_seconds=30)
    desk.window.hide()  # in the tray: pop-ups show
    return desk


def popup_for(desk, number) -> MessagePopup | None:
    return next(
        (
            p
            for p in desk.popups.popups
            if isinstance(p, MessagePopup) and p.conversation.peer_number == number
        ),
        None,
    )


def test_the_popup_reply_is_disabled_with_the_reason(qtbot, tray_desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Is my order ready?")
    qtbot.waitUntil(lambda: popup_for(tray_desk, OLIVIA) is not None, timeout=5000)
    popup = popup_for(tray_desk, OLIVIA)
    qtbot.mouseClick(popup.reply_button, Qt.MouseButton.LeftButton)
    assert popup.editor.isEnabled()

    demo_gateway.inbound(OLIVIA, "stop")
    qtbot.waitUntil(lambda: bool(popup.blocked_reason), timeout=5000)
    reason = f"This number replied STOP on {today()} — messages to it are blocked"
    assert popup.blocked.text() == reason
    assert popup.blocked.isVisible()
    assert not popup.editor.isEnabled()
    assert popup.editor.placeholderText() == "Blocked — this number replied STOP"
    assert popup.editor.toolTip() == reason
    assert not popup.send_button.isEnabled()
    reply = next(b for b in popup.findChildren(QPushButton) if b.accessibleName() == "Reply")
    assert not reply.isEnabled()
    assert reply.toolTip() == reason


def test_a_popup_for_an_opted_out_number_opens_with_reply_disabled(qtbot, tray_desk, demo_gateway):
    demo_gateway.inbound(SAM, "STOP")
    qtbot.waitUntil(lambda: popup_for(tray_desk, SAM) is not None, timeout=5000)
    popup = popup_for(tray_desk, SAM)
    assert not popup.reply_button.isEnabled()
    assert popup.blocked.text().startswith("This number replied STOP on")


def test_the_opt_out_list_exports_as_csv(qtbot, main_window, demo_gateway, tmp_path):
    demo_gateway.inbound(OLIVIA, "STOP")
    demo_gateway.inbound(SAM, "Unsubscribe")
    store = main_window.desk.session
    qtbot.waitUntil(lambda: len(store.opt_outs.list(demo_gateway.phone_number)) == 2, timeout=5000)
    actions = [a.text() for a in main_window.menuBar().actions()[0].menu().actions()]
    assert "&Export opt-out list…" in actions
    target = tmp_path / "opt-outs.csv"
    main_window.export_opt_outs_to(target)
    qtbot.waitUntil(target.exists, timeout=3000)
    qtbot.waitUntil(lambda: "Exported 2" in main_window.statusBar().currentMessage(), timeout=3000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["Number", "Desk number", "Opted out at", "Reason"]
    by_number = {line[0]: line for line in lines[1:]}
    assert set(by_number) == {OLIVIA, SAM}
    assert by_number[OLIVIA][1] == demo_gateway.phone_number
    assert by_number[OLIVIA][3] == "replied STOP"
    assert by_number[SAM][3] == "replied UNSUBSCRIBE"
    assert datetime.fromisoformat(by_number[SAM][2]).tzinfo is not None
    assert target.stat().st_mode & 0o777 == 0o600  # readable by its owner only

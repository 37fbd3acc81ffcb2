"""What the desk shows administrators of inbound records it could not store: a notice in
the status bar and a dialog listing them (plain text) with Try again and Dismiss; colleagues
get neither. The real worker polls the demo gateway over HTTP.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.gateway.demo import DemoGateway
from tests.conftest import PASSWORD


def notice_shows(window, count: int) -> bool:
    notice = window.set_aside_notice
    plural = "s" if count != 1 else ""
    return notice.isVisible() and notice.text() == f"{count} message{plural} set aside"


def open_dialog(qtbot, window):
    dialog = window.show_set_aside()
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.selected_ids()), timeout=3000)
    return dialog


def test_an_administrator_sees_what_was_set_aside_as_plain_text(qtbot, main_window, demo_gateway):
    assert main_window.set_aside_notice.isHidden()
    sid = demo_gateway.inbound_raw(
        {"from": "", "body": '<b>bold</b><img src="https://evil.example/x.png"> \ud83d'}
    )
    demo_gateway.inbound("+14155550134", "the next one arrives")
    qtbot.waitUntil(lambda: notice_shows(main_window, 1), timeout=5000)
    # The bad record blocks nothing: the next one reaches the chat list (which reloads a
    # turn after the change that set the record aside).
    qtbot.waitUntil(lambda: main_window.chat_model.find("+14155550134") is not None, timeout=5000)

    dialog = open_dialog(qtbot, main_window)

    (item,) = [dialog.records.item(row) for row in range(dialog.records.count())]
    assert item.text().startswith(f"{sid} · ")
    assert item.text().endswith("The sender is empty.")
    details = dialog.details.toPlainText()
    assert '"body": "<b>bold</b><img src=\\"https://evil.example/x.png\\"> \\ud83d"' in details
    assert dialog.try_again_button.isEnabled()
    assert dialog.dismiss_button.isEnabled()


def test_dismiss_takes_them_off_the_notice_and_keeps_them(qtbot, main_window, demo_gateway):
    demo_gateway.inbound("", "no sender")
    demo_gateway.inbound("S" * 40, "long sender")
    qtbot.waitUntil(lambda: notice_shows(main_window, 2), timeout=5000)
    dialog = open_dialog(qtbot, main_window)
    assert len(dialog.selected_ids()) == 2  # all, to begin with

    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: main_window.set_aside_notice.isHidden(), timeout=3000)
    store = main_window.desk.session
    assert store.set_aside.count() == 0
    assert len(store.set_aside.list(dismissed=True)) == 2


def test_try_again_stores_a_record_the_gateway_has_fixed(qtbot, main_window, demo_gateway):
    sid = demo_gateway.inbound_raw(
        {"date_created": DemoGateway.OMIT}, from_number="+14155550177", body="at last"
    )
    qtbot.waitUntil(lambda: notice_shows(main_window, 1), timeout=5000)
    demo_gateway.restore_record(sid)
    dialog = open_dialog(qtbot, main_window)

    qtbot.mouseClick(dialog.try_again_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: main_window.chat_model.find("+14155550177") is not None, timeout=5000)
    qtbot.waitUntil(lambda: main_window.set_aside_notice.isHidden(), timeout=5000)
    qtbot.waitUntil(lambda: dialog.selected_ids() == [], timeout=3000)
    assert dialog.records.item(0).text() == "Nothing is set aside."


def test_a_colleague_who_is_not_an_administrator_sees_no_notice(qtbot, make_desk, demo_gateway):
    desk = make_desk()
    desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD)
    colleague = desk.accounts.create_user("102", "Ben Jones", PASSWORD)
    desk.start_session(colleague)
    qtbot.waitExposed(desk.window)
    reports = []  # the worker's reports, each after the window's own slot had it
    desk.sync.worker.sig_report.connect(reports.append, Qt.ConnectionType.QueuedConnection)
    demo_gateway.inbound("", "no sender")
    qtbot.waitUntil(lambda: desk.session.set_aside.count() == 1, timeout=5000)
    # The report that would show the notice has come to the window, and what the window
    # asked of the store thread for it has been answered.
    qtbot.waitUntil(lambda: any(r.set_aside for r in reports), timeout=5000)
    answered = []
    desk.tasks.run(lambda: None, answered.append)
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)

    assert desk.window.set_aside_notice.isHidden()
    assert desk.window.show_set_aside() is None

"""Help and keyboard: About (Copy diagnostics, no secrets), the shortcuts list, moving
between conversations from the keyboard, light and dark styles, starting in the tray."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from desktop.app import apply_colour_scheme
from desktop.config.settings import Settings
from desktop.system.logs import register_secret
from tests.ui.windows import activate

OLIVIA, SAM = "+14155550134", "+12025550173"


def test_f1_lists_every_shortcut_from_the_actions_themselves(qtbot, main_window):
    activate(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: getattr(main_window, "shortcuts_dialog", None) is not None, timeout=2000
    )
    rows = dict(main_window.shortcuts_dialog.rows())
    for action in (
        "New SMS",
        "Search",
        "Next conversation",
        "Previous conversation",
        "Mark as read",
        "Dealt with",
        "Settings",
        "Quit",
        "Call",
        "Transfer",
    ):
        assert action in rows, action
    assert rows["New SMS"] == QKeySequence("Ctrl+N").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert "Ctrl+Shift+D" in rows["Dealt with"]


def test_alt_down_and_up_move_between_conversations(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(OLIVIA, "one")
    demo_gateway.inbound(SAM, "two")
    qtbot.waitUntil(lambda: main_window.chat_model.rowCount() == 2, timeout=5000)
    activate(qtbot, main_window)
    main_window.next_action.trigger()
    first = main_window.conversation.conversation
    main_window.next_action.trigger()
    second = main_window.conversation.conversation
    assert {first.peer_number, second.peer_number} == {OLIVIA, SAM}
    main_window.previous_action.trigger()
    assert main_window.conversation.conversation.id == first.id


def test_mark_as_read_from_the_keyboard(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(OLIVIA, "hello")
    qtbot.waitUntil(lambda: main_window.chat_model.rowCount() == 1, timeout=5000)
    main_window.chat_list.setCurrentIndex(main_window.chat_model.index(0))
    main_window.read_action.trigger()
    qtbot.waitUntil(
        lambda: main_window.chat_model.conversation_at(0).unread_count == 0, timeout=3000
    )


def test_about_copies_diagnostics_without_secrets(qtbot, main_window):
    desk = main_window.desk
    register_secret("hunter2-very-secret")
    main_window.about_action.trigger()
    qtbot.waitUntil(lambda: getattr(desk, "about_dialog", None) is not None, timeout=2000)
    about = desk.about_dialog
    QGuiApplication.clipboard().clear()
    about.copy_diagnostics()
    qtbot.waitUntil(lambda: "clipboard" in about.status.text(), timeout=30000)
    text = QGuiApplication.clipboard().text()
    assert "SMS Desk" in text
    assert "Database" in text
    assert "hunter2-very-secret" not in text


def test_light_and_dark_styles(qtbot, main_window, monkeypatch):
    app = QApplication.instance()
    monkeypatch.setenv("SMSDESK_THEME", "dark")
    apply_colour_scheme(app)
    assert app.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.3
    assert "#1f2126" in app.styleSheet()
    monkeypatch.setenv("SMSDESK_THEME", "light")
    apply_colour_scheme(app)
    assert app.palette().color(QPalette.ColorRole.Base).lightnessF() > 0.9
    assert "#1f2126" not in app.styleSheet()


def test_started_at_login_it_waits_in_the_tray(qtbot, make_desk):
    desk = make_desk(
        settings=Settings(default_region="US", no_tray_notice_shown=True, quiet_hours=False),
        tray_available=True,
    )
    desk.start_minimized = True
    desk.start_session(desk.accounts.create_first_admin("101", "Anna", "correct horse 42"))
    qtbot.wait(200)  # the window must not show
    assert not desk.window.isVisible()
    desk.tray.sig_open.emit()
    assert desk.window.isVisible()

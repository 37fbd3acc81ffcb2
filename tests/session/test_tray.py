"""The tray and pop-ups on a real X screen with a tray host (run inside desktop-session); and
Quit quits: File > Quit, Ctrl+Q, the tray's Quit and SIGTERM each end the SMS Desk process
within 2 s with status 0, while closing the window only hides it into the tray. Those runs are
the real app (``desktop.app.main``) on the session's screen, driven by
``tests.session.quit_driver``."""

import signal
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QSystemTrayIcon

from desktop.ui.notifications.popups import MessagePopup
from tests.app_process import App, app_env, launch, signed_in_home

pytestmark = pytest.mark.desktop_session

OLIVIA = "+14155550134"


@pytest.fixture
def desk(make_tray_desk):
    return make_tray_desk(popup_seconds=30, tray_available=None)  # ask the desktop


def wait_popup(qtbot, desk):
    qtbot.waitUntil(
        lambda: any(isinstance(p, MessagePopup) and p.isVisible() for p in desk.popups.popups),
        timeout=5000,
    )
    return next(p for p in desk.popups.popups if isinstance(p, MessagePopup))


def test_the_tray_icon_is_visible_and_its_badge_counts_unread(qtbot, desk, demo_gateway):
    assert QSystemTrayIcon.isSystemTrayAvailable()
    assert desk.tray.available
    qtbot.waitUntil(lambda: desk.tray.icon.isVisible(), timeout=3000)
    demo_gateway.inbound(OLIVIA, "Hello")
    qtbot.waitUntil(lambda: desk.tray.count == 1, timeout=5000)
    assert desk.window.unread_conversations == 1
    assert desk.tray.tooltip == "SMS Desk — 1 unread conversation"
    demo_gateway.inbound("+12025550173", "Hi")
    qtbot.waitUntil(lambda: desk.tray.count == 2, timeout=5000)
    assert "2 unread conversations" in desk.tray.tooltip


def test_a_popup_sits_inside_the_available_screen_geometry(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Hello " * 40)
    popup = wait_popup(qtbot, desk)
    screen = QGuiApplication.screenAt(popup.geometry().center()) or popup.screen()
    assert screen.availableGeometry().contains(popup.frameGeometry())


def test_a_popup_never_takes_the_keyboard_until_it_is_clicked(qtbot, desk, demo_gateway):
    other = QLineEdit()
    other.setWindowTitle("Another application")
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other, timeout=3000)
    qtbot.keyClicks(other, "typing")

    demo_gateway.inbound(OLIVIA, "Hello")
    popup = wait_popup(qtbot, desk)
    qtbot.wait(500)  # the pop-up must not take the keyboard
    assert QApplication.focusWidget() is other
    assert QGuiApplication.focusWindow() is other.windowHandle()

    reply = next(b for b in popup.findChildren(QPushButton) if b.accessibleName() == "Reply")
    qtbot.mouseClick(reply, Qt.MouseButton.LeftButton)
    box = next(
        e for e in popup.findChildren(QPlainTextEdit) if e.accessibleName() == "Say something"
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box, timeout=3000)


# -- Quit quits ---------------------------------------------------------------------------

QUIT_LIMIT = 2.0


def start(tmp_path: Path, how: str) -> App:
    paths = signed_in_home(tmp_path / "home")
    app = launch(paths, app_env(), how, module="tests.session.quit_driver")
    app.wait_for_log("test driver: ready", timeout=20)
    return app


def ended_after(app: App, line: str) -> tuple[int, float]:
    """Wait for the driver's ``line``, then for the process; its status and the time."""
    app.wait_for_log(line, timeout=20)
    asked = time.monotonic()
    status = app.finish(timeout=15)
    return status, app.ended_at - asked


def assert_quit_cleanly(app: App, status: int, took: float) -> None:
    assert status == 0, app.stderr
    assert took < QUIT_LIMIT
    assert "Traceback" not in app.stderr + app.log_text, app.stderr
    assert app.log_text.rstrip().endswith("SMS Desk stopped"), app.log_text


@pytest.mark.parametrize(
    ("how", "asked"),
    [
        ("file-menu", "test driver: clicking Quit in the File menu"),
        ("ctrl-q", "test driver: pressing Ctrl+Q"),
    ],
)
def test_the_window_s_quit_ends_the_process(tmp_path: Path, how: str, asked: str):
    app = start(tmp_path, how)
    try:
        status, took = ended_after(app, asked)
    finally:
        app.stop()
    assert_quit_cleanly(app, status, took)


def test_closing_the_window_goes_to_the_tray_and_the_tray_s_quit_ends_the_process(
    tmp_path: Path,
):
    app = start(tmp_path, "tray")
    try:
        app.wait_for_log("test driver: the window closed into the tray, SMS Desk still runs")
        assert app.process.poll() is None
        status, took = ended_after(app, "test driver: clicking Quit in the tray menu")
    finally:
        app.stop()
    assert_quit_cleanly(app, status, took)


def test_sigterm_ends_the_process_with_a_tray(tmp_path: Path):
    app = start(tmp_path, "wait")
    try:
        sent = time.monotonic()
        app.process.send_signal(signal.SIGTERM)
        status = app.finish(timeout=15)
    finally:
        app.stop()
    assert_quit_cleanly(app, status, app.ended_at - sent)
    assert "quitting (SIGTERM)" in app.log_text

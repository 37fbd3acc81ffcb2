"""The tray and pop-ups on a real X screen with a tray host (run inside desktop-session)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QSystemTrayIcon

from desktop.ui.popups import MessagePopup

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
    qtbot.wait(500)
    assert QApplication.focusWidget() is other
    assert QGuiApplication.focusWindow() is other.windowHandle()

    reply = next(b for b in popup.findChildren(QPushButton) if b.accessibleName() == "Reply")
    qtbot.mouseClick(reply, Qt.MouseButton.LeftButton)
    box = next(
        e for e in popup.findChildren(QPlainTextEdit) if e.accessibleName() == "Say something"
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box, timeout=3000)

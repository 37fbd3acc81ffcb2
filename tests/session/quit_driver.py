"""Runs SMS Desk's real start-up (``desktop.app.main``) in this process and, once the signed-in
window is live on the desktop session's screen with a tray, quits it the way a person does:

    python -m tests.session.quit_driver --home HOME file-menu|ctrl-q|tray|wait

``file-menu`` clicks File, then Quit; ``ctrl-q`` presses Ctrl+Q in the window; ``tray`` first
closes the window (it goes to the tray), then right-clicks the tray icon and clicks Quit;
``wait`` does nothing (the test sends a signal). Each step is written to the app's log
("test driver: …") for the test to follow; the process's exit status is the app's.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from desktop import app as desktop_app
from desktop.ui.session.desk import SmsDesk

log = logging.getLogger("smsdesk.test")
STEP_MS = 100


def live_window() -> QMainWindow | None:
    """The signed-in main window, shown, closing into a tray."""
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, QMainWindow)
            and widget.objectName() == "mainWindow"
            and widget.isVisible()
            and not widget.from_snapshot  # type: ignore[attr-defined]
            and widget.close_to_tray()  # type: ignore[attr-defined]
        ):
            return widget
    return None


_desks: list[SmsDesk] = []


def remember_desks() -> None:
    """Note each SmsDesk made (``desktop.app.run`` keeps its own in a local variable)."""
    made = SmsDesk.__init__

    def init(self: SmsDesk, *args: object, **kwargs: object) -> None:
        made(self, *args, **kwargs)  # type: ignore[arg-type]
        _desks.append(self)

    SmsDesk.__init__ = init  # type: ignore[method-assign]


def desk() -> SmsDesk | None:
    return _desks[-1] if _desks else None


def tray_icon() -> QSystemTrayIcon | None:
    """SMS Desk's tray icon, once the tray host shows it."""
    running = desk()
    tray = running.tray if running is not None else None
    if tray is None or not tray.icon.isVisible() or tray.icon.geometry().isEmpty():
        return None
    return tray.icon


def open_menu_with(text: str) -> QMenu | None:
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, QMenu)
            and widget.isVisible()
            and any(a.text().replace("&", "") == text for a in widget.actions())
        ):
            return widget
    return None


def click_action(menu: QMenu, text: str) -> None:
    action: QAction = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def when(condition: Callable[[], object], then: Callable[[object], None]) -> None:
    """Call ``then(found)`` once ``condition()`` returns something (polling the loop)."""
    found = condition()
    if found:
        then(found)
    else:
        QTimer.singleShot(STEP_MS, lambda: when(condition, then))


def file_menu(window: QMainWindow) -> None:
    bar = window.menuBar()
    file_action = next(a for a in bar.actions() if a.text().replace("&", "") == "File")
    log.info("test driver: clicking File")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_action).center())

    def quit_in(menu: object) -> None:
        log.info("test driver: clicking Quit in the File menu")
        click_action(menu, "Quit")  # type: ignore[arg-type]

    when(lambda: open_menu_with("Quit") if open_menu_with("Sign out") else None, quit_in)


def ctrl_q(window: QMainWindow) -> None:
    window.activateWindow()

    def press(_active: object) -> None:
        log.info("test driver: pressing Ctrl+Q")
        QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    when(lambda: window.isActiveWindow(), press)


def tray(window: QMainWindow) -> None:
    window.close()

    def still_running() -> None:
        if window.isVisible():
            log.error("test driver: closing the window did not hide it")
            return
        log.info("test driver: the window closed into the tray, SMS Desk still runs")
        when(tray_icon, right_click)

    def right_click(icon: object) -> None:
        assert isinstance(icon, QSystemTrayIcon)
        centre = icon.geometry().center()
        # The icon as X11 embeds it in the tray host is a window of this process: a right
        # click on it opens the menu as a person's would.
        embedded = QApplication.widgetAt(centre)
        if embedded is not None:
            log.info("test driver: right-clicking the tray icon")
            QTest.mouseClick(
                embedded, Qt.MouseButton.RightButton, pos=embedded.mapFromGlobal(centre)
            )
        else:
            log.info("test driver: opening the tray icon's menu at the icon")
            menu = icon.contextMenu()
            assert menu is not None
            menu.popup(centre)
        when(lambda: open_menu_with("Open SMS Desk"), quit_in)

    def quit_in(menu: object) -> None:
        log.info("test driver: clicking Quit in the tray menu")
        click_action(menu, "Quit")  # type: ignore[arg-type]

    QTimer.singleShot(500, still_running)


def describe() -> None:
    """Log what there is, for a run that is not ready yet."""
    if live_window() and tray_icon():
        return
    windows = [
        f"{w.metaObject().className()}:{w.objectName()}:{w.isVisible()}"
        for w in QApplication.topLevelWidgets()
    ]
    running = desk()
    tray = running.tray if running is not None else None
    icons = f"visible={tray.icon.isVisible()} at {tray.icon.geometry()}" if tray else "none"
    available = QSystemTrayIcon.isSystemTrayAvailable()
    log.info("test driver: windows %s, tray icons %s, tray %s", windows, icons, available)


def main() -> int:
    how = sys.argv[-1]
    home_args = sys.argv[1:-1]
    steps: dict[str, Callable[[QMainWindow], None]] = {
        "file-menu": file_menu,
        "ctrl-q": ctrl_q,
        "tray": tray,
        "wait": lambda _window: None,
    }
    step = steps[how]
    remember_desks()
    application = desktop_app.create_application([sys.argv[0]])

    def ready(window: object) -> None:
        log.info("test driver: ready")
        step(window)  # type: ignore[arg-type]

    QTimer.singleShot(0, lambda: when(lambda: tray_icon() and live_window(), ready))
    QTimer.singleShot(10_000, describe)  # (says what there is, if it was never ready)
    status = desktop_app.main(home_args)  # on the same application object
    del application
    return status


if __name__ == "__main__":
    sys.exit(main())

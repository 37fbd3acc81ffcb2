"""Helpers the UI tests share for bringing windows to the state a user would have them in."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.config.settings import Settings

PASSWORD = "correct horse 42"


def activate(qtbot: Any, window: QWidget) -> None:
    """Make ``window`` the active window, as a window manager would after a click on it.

    Pop-ups come a turn of the event loop after the change that brings them, and offscreen
    each one shown takes the activation: let them all arrive first.
    """
    notifier = getattr(getattr(window, "desk", None), "notifier", None)
    if notifier is not None:
        qtbot.waitUntil(lambda: notifier.idle, timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def signed_in_desk(
    qtbot: Any,
    make_desk: Any,
    *,
    tray_available: bool | None,
    popup_seconds: int = 30,
    **values: Any,
) -> Any:
    """A desk signed in as Anna Smith (101, the first administrator), its window exposed;
    ``values`` are more settings (pop-ups stay ``popup_seconds``, quiet hours off, US
    numbers)."""
    desk = make_desk(
        settings=Settings(
            default_region="US",
            popup_seconds=popup_seconds,
            no_tray_notice_shown=True,
            quiet_hours=False,
            **values,
        ),
        tray_available=tray_available,
    )
    desk.start_session(desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD))
    qtbot.waitExposed(desk.window)
    return desk


def record_announcements(monkeypatch: Any) -> list[tuple[str, bool]]:
    """Record every announcement made from now on, as (text, assertive), while Qt still
    gets each event (the list fills as the app announces)."""
    made: list[tuple[str, bool]] = []
    real = QAccessible.updateAccessibility

    def spy(event: Any) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            made.append((event.message(), assertive))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", spy)
    return made

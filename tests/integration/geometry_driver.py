"""Runs SMS Desk's real start-up (``desktop.app.main`` with this process's arguments, so Qt
gets what ``--geometry`` hands it) and, once the signed-in window is live, prints its
geometry as one JSON line, then quits the app:

    python -m tests.integration.geometry_driver --home HOME [--geometry WxH+X+Y]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop import app as desktop_app


def live_window() -> QMainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, QMainWindow)
            and widget.objectName() == "mainWindow"
            and widget.isVisible()
            and not widget.from_snapshot  # type: ignore[attr-defined]
        ):
            return widget
    return None


def when(condition: Callable[[], object], then: Callable[[], None]) -> None:
    if condition():
        then()
    else:
        QTimer.singleShot(100, lambda: when(condition, then))


def report() -> None:
    window = live_window()
    assert window is not None
    # X11's WxH+X+Y: the size inside the frame, the place of the frame's corner.
    rect, frame = window.geometry(), window.frameGeometry()
    line = {"x": frame.x(), "y": frame.y(), "width": rect.width(), "height": rect.height()}
    print(json.dumps(line), flush=True)
    # Let the session snapshot (with this geometry) be written, then quit.
    QTimer.singleShot(1500, QApplication.quit)


def main() -> int:
    made = desktop_app.create_application

    def create(argv: list[str]) -> QApplication:
        application = made(argv)
        QTimer.singleShot(0, lambda: when(live_window, report))
        return application

    desktop_app.create_application = create  # type: ignore[assignment]
    return desktop_app.main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())

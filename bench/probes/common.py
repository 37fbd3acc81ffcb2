"""What the probes share: running the event loop until a condition holds, and noting when a
view has painted what a measurement waits for."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    """Run the event loop until ``condition`` holds (checked every millisecond)."""
    if condition():
        return True
    loop = QEventLoop()
    checker = QTimer()
    checker.setInterval(1)
    checker.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    checker.start()
    deadline.start(int(timeout * 1000))
    loop.exec()
    checker.stop()
    return condition()


class PaintClock(QObject):
    """Notes when a view's viewport has finished a paint that satisfies ``ready``."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.ready: Callable[[], bool] | None = None
        self.painted_at: float | None = None
        view.viewport().installEventFilter(self)

    def arm(self, ready: Callable[[], bool]) -> None:
        self.ready, self.painted_at = ready, None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.ready is not None and self.ready():
            self.ready = None
            # Paint now, then note the time: the paint is done when this returns.
            watched.removeEventFilter(self)
            QApplication.sendEvent(watched, event)
            watched.installEventFilter(self)
            self.painted_at = time.perf_counter()
            return True
        return False

"""Reports when the chat list is first painted with rows (``make bench`` measures start-up).

Nothing here runs unless ``SMSDESK_BENCH_FIRST_PAINT`` is set: then the first paint of the
chat list that shows conversations prints one JSON line (wall-clock time and resident memory)
to stdout, and the value ``quit`` ends the app right after it.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

ENVIRONMENT = "SMSDESK_BENCH_FIRST_PAINT"


def resident_kib() -> int:
    """This process's resident memory in KiB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class FirstPaintReporter(QObject):
    """Watches a list view's viewport for its first paint with rows."""

    def __init__(self, view: QAbstractItemView, *, then_quit: bool) -> None:
        super().__init__(view)
        self._view = view
        self._then_quit = then_quit
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            model = self._view.model()
            if model is not None and model.rowCount() > 0:
                watched.removeEventFilter(self)
                # Reported once the paint is done: the zero timer runs right after it.
                QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        line = {"painted_at": time.time(), "rss_kib": resident_kib(), "pid": os.getpid()}
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()
        if self._then_quit:
            QApplication.quit()


def watch_first_paint(view: QAbstractItemView) -> None:
    """Report the view's first paint with rows, if the benchmark asked for it."""
    wanted = os.environ.get(ENVIRONMENT, "")
    if wanted:
        FirstPaintReporter(view, then_quit=wanted == "quit")

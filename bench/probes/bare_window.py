"""The floor for start-up, memory and idle CPU: a bare PySide6 process with an empty window.

Prints one JSON line at the window's first paint (wall-clock time, resident memory), then
quits, or with ``--stay`` keeps running until terminated (to measure idle CPU beside the app).
With ``--heartbeat SECONDS`` it then runs the app's 5 ms GUI-thread heartbeat
(``desktop.ui.session.first_paint``) that long, prints its longest gap, and quits: the floor
of the freeze after the first paint.
"""

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def resident_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def heartbeat_seconds() -> float:
    if "--heartbeat" in sys.argv:
        return float(sys.argv[sys.argv.index("--heartbeat") + 1])
    return 0.0


class FirstPaint(QObject):
    def __init__(self, window: QMainWindow, stay: bool) -> None:
        super().__init__(window)
        self._stay = stay
        self._beating = heartbeat_seconds()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        line = {"painted_at": time.time(), "rss_kib": resident_kib(), "pid": os.getpid()}
        print(json.dumps(line), flush=True)
        if self._beating:
            # The same heartbeat as the app's (imported only for this floor).
            from desktop.ui.session.first_paint import Heartbeat

            heartbeat = Heartbeat(self)

            def done() -> None:
                heartbeat.stop()
                print(json.dumps({"longest_gap_s": heartbeat.longest}), flush=True)
                QApplication.quit()

            QTimer.singleShot(int(self._beating * 1000), done)
        elif not self._stay:
            QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    FirstPaint(window, "--stay" in sys.argv)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

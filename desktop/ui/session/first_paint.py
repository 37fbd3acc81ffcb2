"""Reports when the chat list is first painted with rows, and when the window is live
(``make bench`` measures start-up).

Nothing here runs unless ``SMSDESK_BENCH_FIRST_PAINT`` is set: then the first paint of the
chat list that shows conversations prints one JSON line (wall-clock time and resident memory)
to stdout, and the value ``quit`` ends the app right after it.

The value ``live`` measures what a user feels after that first paint, and reports it in
more JSON lines:

- ``shown_at``: the chat list's first paint, with rows or not (a first start paints the
  window with an empty list while it connects);
- ``live_at``: the window left its "connecting" state (``MainWindow.from_snapshot`` is
  False: the store is open, the sign-in checked, clicks are taken) and the chat list shows
  the store's rows (not the last session's snapshot);
- ``longest_gap_s``: the longest gap of a 5 ms heartbeat timer on the GUI thread from the
  first paint (``shown_at``) until two seconds after ``live_at`` (how long the window froze
  at worst, with no input meanwhile);
- ``acted_at``: then a mouse click on the list's first row has opened that conversation on
  the right (the live window acts on clicks), ``click_to_open_s`` after the click;

then the app quits. With the variable unset, nothing is watched and no timer runs.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

if TYPE_CHECKING:
    from desktop.ui.window.main_window import MainWindow

ENVIRONMENT = "SMSDESK_BENCH_FIRST_PAINT"
# The heartbeat's period, and how long it goes on beating once the window is live.
HEARTBEAT_MS = 5
AFTER_LIVE_S = 2.0
# What the store's workers load (``desktop.app.open_store_aside``): the keyring, the
# database layer, the desk; and the phone-number library, which the store's first rows
# load there (the snapshot's rows carry the titles they were shown with).
WORKERS_LOAD = (
    "keyring",
    "sqlalchemy",
    "desktop.system.credentials",
    "desktop.ui.session.desk",
    "phonenumbers",
)
# Gaps longer than this are listed (with when they began) beside the longest.
LONG_GAP_S = 0.03


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


def _say(line: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


class Heartbeat(QObject):
    """A GUI-thread timer every ``HEARTBEAT_MS``; notes the longest gap between beats."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.longest = 0.0
        self.beats = 0
        self.long_gaps: list[tuple[float, float]] = []
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self.beat)
        self._timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        self.longest = max(self.longest, gap)
        if gap > LONG_GAP_S:
            # When they began (wall clock), to tell what ran then.
            self.long_gaps.append((round(time.time() - gap, 3), round(gap, 4)))
        self._last = now
        self.beats += 1

    def stop(self) -> None:
        self.beat()
        self._timer.stop()


class FirstPaintReporter(QObject):
    """Watches a list view's viewport for its first paint with rows."""

    def __init__(self, view: QAbstractItemView, *, then_quit: bool, live: bool = False) -> None:
        super().__init__(view)
        self._view = view
        self._then_quit = then_quit
        self._live = live
        self._shown = False
        self._loading: list[str] = []
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if self._live and not self._shown:
                # The window's first paint, rows or not (a first start shows an empty list
                # while it connects): what the user sees first.
                self._shown = True
                QTimer.singleShot(0, self._report_shown)
            model = self._view.model()
            if model is not None and model.rowCount() > 0:
                watched.removeEventFilter(self)
                # What of the store's workers had begun loading by this paint (none should).
                self._loading = sorted(set(WORKERS_LOAD) & sys.modules.keys())
                # Reported once the paint is done: the zero timer runs right after it.
                QTimer.singleShot(0, self._report)
        return False

    def _report_shown(self) -> None:
        _say({"shown_at": time.time()})
        _start_heartbeat()

    def _report(self) -> None:
        _say(
            {
                "painted_at": time.time(),
                "rss_kib": resident_kib(),
                "pid": os.getpid(),
                "workers_loading": self._loading,
            }
        )
        if self._then_quit:
            QApplication.quit()


# The one heartbeat of a ``live`` run (from the first paint on).
_heartbeat: list[Heartbeat] = []


def _start_heartbeat() -> None:
    app = QApplication.instance()
    if not _heartbeat and app is not None:
        _heartbeat.append(Heartbeat(app))


class LiveReporter(QObject):
    """Waits for the window to be live; ``AFTER_LIVE_S`` later reports the heartbeat's
    longest gap (start-up's alone: no input meanwhile), then clicks the first row, waits
    for that conversation to open and quits."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._live_at = 0.0
        self._clicked: int | None = None
        self._clicked_at = 0.0
        model = window.chat_model
        for changed in (model.layoutChanged, model.modelReset, model.rowsInserted):
            changed.connect(self._check)
        self._poll = QTimer(self)  # (also when the signals came before this was made)
        self._poll.setInterval(HEARTBEAT_MS)
        self._poll.timeout.connect(self._check)
        self._poll.start()

    def _check(self, *_: object) -> None:
        window = self._window
        if self._live_at:
            if self._clicked is not None and window.current_conversation_id == self._clicked:
                self._clicked = None
                now = time.time()
                _say({"acted_at": now, "click_to_open_s": now - self._clicked_at, "acted": True})
                QApplication.quit()
            return
        model = window.chat_model
        if window.from_snapshot or model.from_snapshot or model.rowCount() == 0:
            return
        self._live_at = time.time()
        self._poll.stop()
        _start_heartbeat()
        _say({"live_at": self._live_at})
        QTimer.singleShot(int(AFTER_LIVE_S * 1000), self._finish)

    def _finish(self) -> None:
        heartbeat = _heartbeat[0] if _heartbeat else None
        if heartbeat is not None:
            heartbeat.stop()
        _say(
            {
                "longest_gap_s": heartbeat.longest if heartbeat else None,
                "beats": heartbeat.beats if heartbeat else 0,
                "long_gaps": heartbeat.long_gaps if heartbeat else [],
            }
        )
        self._click_first_row()
        QTimer.singleShot(5000, self._gave_up)

    def _click_first_row(self) -> None:
        """Click the first row as the mouse does: a press and a release on the viewport
        (QtTest is not shipped in the bundle, so its mouseClick is not used)."""
        view = self._window.chat_list
        index = view.model().index(0, 0)
        self._clicked = int(self._window.chat_model.conversation_at(0).id)
        self._clicked_at = time.time()
        self._poll.start()  # (the conversation opens in this turn or a later one)
        viewport = view.viewport()
        local = QPointF(view.visualRect(index).center())
        button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        for kind, buttons in (
            (QEvent.Type.MouseButtonPress, button),
            (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        ):
            event = QMouseEvent(kind, local, viewport.mapToGlobal(local), button, buttons, none)
            QApplication.sendEvent(viewport, event)
        self._check()

    def _gave_up(self) -> None:
        if self._clicked is not None:
            _say({"acted": False})
            QApplication.quit()


def watch_first_paint(view: QAbstractItemView) -> None:
    """Report the view's first paint with rows, if the benchmark asked for it."""
    wanted = os.environ.get(ENVIRONMENT, "")
    if wanted:
        FirstPaintReporter(view, then_quit=wanted == "quit", live=wanted == "live")


def watch_live(window: MainWindow) -> None:
    """Report when ``window`` is live and a click on it is acted on, if the benchmark
    asked for it (``SMSDESK_BENCH_FIRST_PAINT=live``)."""
    if os.environ.get(ENVIRONMENT, "") == "live":
        LiveReporter(window)

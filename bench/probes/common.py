"""What the probes share: a desk of the real app on a store and a home, signed in with its
window shown; printing a measurement; running the event loop until a condition holds or for
a while; clicking a row; noting when a view has painted what a measurement waits for; and
the raw FTS5 MATCH that is a search's floor."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.config.settings import Paths, Settings
from desktop.gateway.twilio_carrier import twilio_config
from desktop.ui.session.desk import SmsDesk
from desktop.ui.session.live_settings import LiveSettings
from desktop.ui.session.opening import open_desk_store
from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

if TYPE_CHECKING:
    from desktop.gateway.demo import DemoGateway
    from desktop.ui.window.main_window import MainWindow

    from bench.probes.gateway_process import GatewayProcess

WINDOW_SIZE = (1100, 720)


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


def emit(name: str, **values: object) -> None:
    """Print one measurement: a JSON line ``{"probe": name, **values}``."""
    print(json.dumps({"probe": name, **values}), flush=True)


def desk_settings(database_url: str, **choices: Any) -> Settings:
    """A probe's desk settings: US numbers, the tray notice already seen, the store at
    ``database_url``, and the ``choices`` that probe makes (the defaults otherwise)."""
    return Settings(
        default_region="US", no_tray_notice_shown=True, database_url=database_url, **choices
    )


def open_desk(
    settings: Settings,
    home: Path,
    gateway: DemoGateway | GatewayProcess,
    *,
    tray_available: bool = False,
) -> SmsDesk:
    """The real app (``SmsDesk``) with ``settings`` in ``home``, talking to the demo
    ``gateway`` over HTTP on 127.0.0.1 as to Twilio; not signed in yet. Its store is opened
    as the app opens it (``open_desk_store``: with the first rows' numbers formatted)."""
    config = twilio_config(
        base_url=gateway.base_url,
        account_sid=gateway.account_sid,
        auth_token=gateway.auth_token,
        from_number=gateway.phone_number,
    )
    paths = Paths.under(home)
    opened = open_desk_store(settings, paths)
    return SmsDesk(
        LiveSettings(settings, paths.settings_file),
        paths,
        gateway=config,
        tray_available=tray_available,
        credentials=opened.credentials,
        store=opened.store,
        accounts=opened.accounts,
    )


def signed_in_window(desk: SmsDesk, info: dict[str, Any]) -> MainWindow:
    """Sign ``desk`` in as the store's account (``info``: the store's info JSON) and return
    its window, shown at ``WINDOW_SIZE``, once the chat list holds conversations."""
    user = desk.accounts.sign_in(info["extension"], info["password"])
    desk.start_session(user)
    window = desk.window
    assert window is not None
    window.resize(*WINDOW_SIZE)
    QTest.qWaitForWindowExposed(window)
    assert wait_until(lambda: window.chat_model.rowCount() > 0)
    return window


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (0.95: the value 95 % of the samples are at or under)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))
    return ordered[int(rank) - 1]


def later(ms: int) -> None:
    """Run the event loop for ``ms`` (a timer, not a sleep: the app goes on)."""
    done: list[bool] = []
    QTimer.singleShot(ms, lambda: done.append(True))
    wait_until(lambda: bool(done), timeout=ms / 1000 + 5)


def click_row(view: QAbstractItemView, row: int) -> None:
    """Click the middle of ``row`` of ``view``, scrolled into sight first."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    point: QPoint = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), point)


def fts_match_times(raw: sqlite3.Connection, text: str, runs: int) -> list[float]:
    """The raw FTS5 MATCH of ``text`` (each word a prefix), the newest 200, on ``raw`` (a
    plain sqlite3 connection to the store): each of ``runs`` runs' seconds. The least any
    search of that text costs, with no app around it."""
    words = [w for w in text.replace('"', " ").split() if w]
    query = " ".join(f'"{w}"*' for w in words)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        raw.execute(
            "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?"
            " ORDER BY rowid DESC LIMIT 200",
            (query,),
        ).fetchall()
        times.append(time.perf_counter() - started)
    return times

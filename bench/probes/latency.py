"""Measure how long a user waits for messages in a running SMS Desk at its default settings.

The app is the real one (``SmsDesk``: main window, models, store thread, sync worker thread,
pop-ups) on a copy of the store, talking to the demo gateway over HTTP on 127.0.0.1, with the
default poll settings (no interval override). Prints one JSON object per measurement:

- ``popup_idle`` / ``popup_in_use``: an SMS put into the gateway at a random moment (uniform
  over the poll period, from a timer that knows nothing of the poll) until its pop-up is
  shown and painted (an event filter on the pop-up's Paint). Idle: nobody has touched the
  desk (the schedule is at the setting; after each message the probe tells the worker's
  schedule to forget it, as a long quiet would, and waits for one cycle to pass); in use:
  a key is pressed in the window before each message, as someone working there would.
- ``popup_floor``: one list request's HTTP round trip to the same gateway (what a poll costs
  at minimum).
- ``bubble`` / ``sent``: Enter in "Say something" of an open conversation (QTest.keyClick)
  until the message view has painted the new bubble, and until it has painted it sent (✓).
- ``bubble_floor``: a bare QListView of strings repainting after one row is appended;
  ``send_floor``: one send request's HTTP round trip to the same gateway.

Usage: python -m bench.probes.latency STORE_COPY INFO_JSON HOME [--messages N] [--sends N]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests
from desktop.app import create_application
from desktop.core.models import MessageStatus
from desktop.gateway.demo import DemoGateway
from desktop.gateway.twilio import TwilioGateway
from desktop.sync.status import LinkState
from desktop.ui.notifications.popups import MessagePopup
from desktop.ui.session.desk import SmsDesk
from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QStringListModel, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView

from bench.probes.common import (
    PaintClock,
    desk_settings,
    emit,
    open_desk,
    percentile,
    signed_in_window,
    wait_until,
)

FLOOR_RUNS = 20


def summary(seconds: list[float]) -> dict[str, object]:
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 2),
        "p95_ms": round(percentile(ms, 0.95), 2),
        "max_ms": round(max(ms), 2),
        "runs_ms": [round(m, 1) for m in ms],
    }


class PopupClock(QObject):
    """Notes when the pop-up of ``conversation_id`` is shown and has finished a paint.

    An application-wide event filter, installed only while one pop-up is awaited (it sees
    every event of the app, so it is not left in place between measurements).
    """

    def __init__(self) -> None:
        super().__init__()
        self.conversation_id: int | None = None
        self.shown_at: float | None = None
        self.painted_at: float | None = None

    def arm(self, conversation_id: int) -> None:
        self.conversation_id, self.shown_at, self.painted_at = conversation_id, None, None
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Paint):
            return False
        if not isinstance(watched, MessagePopup) or watched.conversation.id != self.conversation_id:
            return False
        if kind == QEvent.Type.Show:
            self.shown_at = time.perf_counter()
            return False
        app = QApplication.instance()
        app.removeEventFilter(self)
        QApplication.sendEvent(watched, event)  # paint now; the paint is done when this returns
        self.painted_at = time.perf_counter()
        return True


def later(seconds: float) -> None:
    """Run the event loop for ``seconds`` (a timer, not a sleep: the app goes on)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def popup_series(
    desk: SmsDesk,
    gateway: DemoGateway,
    peers: list[tuple[int, str]],
    *,
    in_use: bool,
    rng: random.Random,
) -> dict[str, object]:
    """Latency of one SMS each from ``peers``: into the gateway → its pop-up painted."""
    window, sync, popups = desk.window, desk.sync, desk.popups
    assert window is not None
    assert sync is not None
    assert popups is not None
    worker = sync.worker
    reports: list[float] = []
    worker.sig_report.connect(lambda report: reports.append(report.retry_in))
    clock = PopupClock()
    latencies: list[float] = []
    shown: list[float] = []
    periods: list[float] = []
    polls_before = list_polls(gateway)
    started = time.perf_counter()
    for n, (cid, peer) in enumerate(peers):
        if in_use:
            QTest.keyClick(window.chat_list, Qt.Key.Key_Shift)  # someone at the desk
        else:
            # As after a long quiet: the last message made it fast; the desk forgets that.
            QTimer.singleShot(0, worker, lambda: worker_engine_forget(worker))
        # Wait for a cycle to pass so the timer runs at the schedule's interval now.
        count = len(reports)
        assert wait_until(lambda c=count: len(reports) > c, timeout=30)
        period = reports[-1]
        periods.append(period)
        later(rng.uniform(0.0, period))
        clock.arm(cid)
        gateway.inbound(peer, f"Latency probe {n}: is my order ready?")
        arrived = time.perf_counter()
        assert wait_until(lambda: clock.painted_at is not None, timeout=max(30, 4 * period)), (
            f"no pop-up for {peer}"
        )
        assert clock.painted_at is not None
        latencies.append(clock.painted_at - arrived)
        if clock.shown_at is not None:
            shown.append(clock.shown_at - arrived)
        popups.close_all()
        later(0.05)
    elapsed = time.perf_counter() - started
    polls = list_polls(gateway) - polls_before
    return {
        **summary(latencies),
        "shown_p50_ms": round(statistics.median(shown) * 1000, 2) if shown else None,
        "period_s": round(statistics.median(periods), 2),
        "polls_per_minute": round(polls * 60 / elapsed, 1),
    }


def cpu_in_use(desk: SmsDesk, gateway: DemoGateway, seconds: float) -> dict[str, object]:
    """CPU of this process (the app and the demo gateway it talks to) while the desk is in
    use (a key every 5 s) and nothing arrives: the cost of polling every second."""
    window = desk.window
    assert window is not None
    QTest.keyClick(window.chat_list, Qt.Key.Key_Shift)
    later(2.0)
    polls = list_polls(gateway)
    cpu, started = time.process_time(), time.perf_counter()
    while time.perf_counter() - started < seconds:
        QTest.keyClick(window.chat_list, Qt.Key.Key_Shift)
        later(5.0)
    elapsed = time.perf_counter() - started
    return {
        "seconds": round(elapsed, 1),
        "percent": round(100 * (time.process_time() - cpu) / elapsed, 2),
        "polls_per_minute": round((list_polls(gateway) - polls) * 60 / elapsed, 1),
    }


def worker_engine_forget(worker: QObject) -> None:
    engine = getattr(worker, "_engine", None)
    if engine is not None:
        engine.schedule.forget()


def list_polls(gateway: DemoGateway) -> int:
    return sum(
        1
        for method, path in gateway.requests_seen()
        if method == "GET" and "/Messages.json" in path
    )


def http_floor(gateway: DemoGateway) -> tuple[float, float]:
    """Median round trips of one list request and one send request to ``gateway``."""
    session = requests.Session()
    session.auth = (gateway.account_sid, gateway.auth_token)
    base = f"{gateway.base_url}/2010-04-01/Accounts/{gateway.account_sid}/Messages.json"
    since = (datetime.now(UTC) - timedelta(minutes=2)).date().isoformat()
    # The first page a poll reads, as the app's adapter asks for it.
    params = {
        "To": gateway.phone_number,
        "DateSent>": since,
        "PageSize": TwilioGateway.FIRST_PAGE_SIZE,
    }
    lists, sends = [], []
    for n in range(FLOOR_RUNS):
        begun = time.perf_counter()
        answer = session.get(base, params=params)
        lists.append(time.perf_counter() - begun)
        answer.raise_for_status()
        begun = time.perf_counter()
        answer = session.post(
            base,
            data={"To": "+14155550999", "From": gateway.phone_number, "Body": f"Floor {n}"},
        )
        sends.append(time.perf_counter() - begun)
        answer.raise_for_status()
    session.close()
    return statistics.median(lists), statistics.median(sends)


def bare_append_floor() -> float:
    """Median time for a bare QListView of strings to paint one appended row."""
    model = QStringListModel([f"Message {n}" for n in range(200)])
    view = QListView()
    view.setModel(model)
    view.resize(700, 560)
    view.show()
    QTest.qWaitForWindowExposed(view)
    clock = PaintClock(view)
    times = []
    for n in range(FLOOR_RUNS):
        rows = model.rowCount()
        clock.arm(lambda r=rows: model.rowCount() > r)
        begun = time.perf_counter()
        model.insertRows(rows, 1)
        model.setData(model.index(rows, 0), f"Appended {n}")
        view.scrollToBottom()
        assert wait_until(lambda: clock.painted_at is not None, timeout=10)
        assert clock.painted_at is not None
        times.append(clock.painted_at - begun)
    view.close()
    return statistics.median(times)


class SendClock(QObject):
    """Notes when the message view has painted the bubble of ``body``, then painted it sent."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.model = view.model()
        self.body = ""
        self.bubble_at: float | None = None
        self.sent_at: float | None = None
        view.viewport().installEventFilter(self)

    def arm(self, body: str) -> None:
        self.body, self.bubble_at, self.sent_at = body, None, None

    def _status(self) -> MessageStatus | None:
        model = self.model
        for row in range(model.rowCount() - 1, max(-1, model.rowCount() - 6), -1):
            message = model.message_at(row)
            if message.body == self.body:
                return message.status
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not self.body or self.sent_at is not None:
            return False
        status = self._status()
        if status is None:
            return False
        watched.removeEventFilter(self)
        QApplication.sendEvent(watched, event)
        watched.installEventFilter(self)
        now = time.perf_counter()
        if self.bubble_at is None:
            self.bubble_at = now
        if status in (MessageStatus.SENT, MessageStatus.DELIVERED):
            self.sent_at = now
        return True


def send_series(desk: SmsDesk, peer: str, sends: int, rng: random.Random) -> dict[str, object]:
    """Enter in "Say something" of ``peer``'s open conversation → bubble painted, → ✓."""
    window = desk.window
    assert window is not None
    assert desk.session is not None
    chats = window.chat_model
    target = desk.session.conversations.find(peer)
    assert target is not None
    pane = window.conversation
    view = pane.view
    messages = view.model()
    opened = PaintClock(view)
    opened.arm(lambda: messages.conversation_id == target.id and messages.rowCount() > 0)
    row = chats.row_of(target.id)
    assert row is not None
    index = chats.index(row, 0)
    window.chat_list.scrollTo(index)
    point: QPoint = window.chat_list.visualRect(index).center()
    QTest.mouseClick(
        window.chat_list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), point
    )
    assert wait_until(lambda: opened.painted_at is not None, timeout=10)
    window.activateWindow()
    editor = pane.editor
    editor.setFocus()
    clock = SendClock(view)
    bubbles: list[float] = []
    ticks: list[float] = []
    for n in range(sends):
        body = f"Latency send {n} {rng.getrandbits(32):08x}"
        QTest.keyClicks(editor, body)
        later(0.05)
        clock.arm(body)
        begun = time.perf_counter()
        QTest.keyClick(editor, Qt.Key.Key_Return)
        assert wait_until(lambda: clock.sent_at is not None, timeout=15), f"no ✓ for {body!r}"
        assert clock.bubble_at is not None
        assert clock.sent_at is not None
        bubbles.append(clock.bubble_at - begun)
        ticks.append(clock.sent_at - begun)
        later(rng.uniform(0.2, 0.6))
    return {"bubble": summary(bubbles), "sent": summary(ticks)}


def pick_peers(store_file: Path, info: dict, count: int) -> list[str]:
    """Numbers of open, unowned conversations that have not opted out (their SMS pop up)."""
    raw = sqlite3.connect(store_file)
    rows = raw.execute(
        "SELECT peer_number FROM conversations WHERE archived_at IS NULL AND owner_id IS NULL"
        " AND peer_number LIKE '+%' AND peer_number NOT IN (SELECT peer_number FROM opt_outs)"
        " AND peer_number NOT IN (?, ?) ORDER BY id LIMIT ? OFFSET 50",
        (info["big_peer"], info["small_peer"], count),
    ).fetchall()
    raw.close()
    return [peer for (peer,) in rows]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("info", type=Path)
    parser.add_argument("home", type=Path)
    parser.add_argument("--messages", type=int, default=30)
    parser.add_argument("--sends", type=int, default=20)
    parser.add_argument("--skip-idle", action="store_true", help="(while working)")
    args = parser.parse_args(argv)
    info = json.loads(args.info.read_text())
    rng = random.Random(18)
    app = create_application([sys.argv[0]])

    gateway = DemoGateway(desk_number=info["desk_number"], greet=False, auto_reply=False).start()
    list_floor, send_floor = http_floor(gateway)
    emit("popup_floor", median_ms=round(list_floor * 1000, 3))
    emit("send_floor", median_ms=round(send_floor * 1000, 3))
    emit("bubble_floor", median_ms=round(bare_append_floor() * 1000, 3))

    # The default settings (the poll interval among them); quiet hours off, so that a send
    # does not depend on the hour the benchmark runs at.
    settings = desk_settings(f"sqlite:///{args.store}", quiet_hours=False)
    desk = open_desk(settings, args.home, gateway)
    window = signed_in_window(desk, info)
    assert desk.session is not None
    assert wait_until(lambda: window.connection.state is LinkState.ONLINE, timeout=20)
    emit("settings", poll_interval_s=settings.poll_interval_seconds)

    numbers = pick_peers(args.store, info, 2 * args.messages)
    peers = []
    for number in numbers:
        found = desk.session.conversations.find(number)
        assert found is not None
        peers.append((int(found.id), number))
    # Idle first: nobody has touched this desk yet.
    if not args.skip_idle:
        emit(
            "popup_idle",
            **popup_series(desk, gateway, peers[: args.messages], in_use=False, rng=rng),
        )
    emit(
        "popup_in_use", **popup_series(desk, gateway, peers[args.messages :], in_use=True, rng=rng)
    )
    emit("cpu_in_use", **cpu_in_use(desk, gateway, 30.0))
    emit("send", **send_series(desk, info["small_peer"], args.sends, rng))
    desk.shutdown()
    gateway.stop()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

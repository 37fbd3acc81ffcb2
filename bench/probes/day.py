"""A compressed working day of SMS Desk: memory and CPU after many minutes of traffic and use.

The app is the real one (``SmsDesk`` on a copy of the store, the demo gateway over HTTP on
127.0.0.1 in a process of its own, the default poll settings). For ``--minutes`` it gets
what an office desk gets:
an inbound SMS every few seconds (most from existing customers, some from new numbers,
now and then a burst of thirty), with pop-ups shown and closed; and it is used: a
conversation opened, the chat list searched (typed key by key), the list and the open
conversation scrolled, replies typed and sent with Enter, the window hidden for a while
and shown again.

Every 10 s the resident memory is sampled; process CPU is summed separately while the
window is hidden and while it is shown. With ``--tracemalloc`` the Python allocations at
minute 5 and at the end are compared by file:line (slow: for finding leaks, not timing).

Prints one JSON object per measurement on stdout.

Usage: python -m bench.probes.day STORE_COPY INFO_JSON HOME [--minutes M] [--tracemalloc]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sqlite3
import sys
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

from desktop.app import create_application
from desktop.ui.session.desk import SmsDesk
from desktop.ui.session.first_paint import resident_kib
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from bench.probes.common import (
    click_row,
    desk_settings,
    emit,
    later,
    open_desk,
    signed_in_window,
)
from bench.probes.gateway_process import GatewayProcess
from bench.probes.native_memory import breakdown, reclaim_experiment

SAMPLE_S = 10
BASELINE_MINUTE = 5
WORDS = ("a", "an", "th", "thanks", "invoice", "415", "555 01", "Aisha", "order")


class Day:
    """The day's script: traffic on timers, use in ``step``, samples on a timer."""

    def __init__(
        self, desk: SmsDesk, gateway: GatewayProcess, peers: list[str], seed: int, baseline: float
    ) -> None:
        self.desk, self.gateway, self.peers = desk, gateway, peers
        self.baseline_minute = baseline
        self.window = desk.window
        self.rng = random.Random(seed)
        self.began = time.monotonic()
        self.samples: list[tuple[float, int]] = []
        self.breakdowns: list[dict[str, object]] = []
        self.baseline_breakdown: dict[str, object] | None = None
        self.cpu = {"hidden": 0.0, "shown": 0.0}
        self.seconds = {"hidden": 0.0, "shown": 0.0}
        self._mark = (time.monotonic(), time.process_time())
        self.counts: dict[str, int] = {}
        self.new_numbers = 0
        self.snapshot: tracemalloc.Snapshot | None = None
        self.baseline_kib: int | None = None
        self._sampler = QTimer()
        self._sampler.timeout.connect(self.sample)
        self._sampler.start(SAMPLE_S * 1000)
        self._traffic = QTimer()
        self._traffic.setSingleShot(True)
        self._traffic.timeout.connect(self.inbound)
        self._traffic.start(2000)

    def minute(self) -> float:
        return (time.monotonic() - self.began) / 60

    def count(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1

    def account(self) -> None:
        """Add the CPU and time since the last mark to the window's present state."""
        now, cpu = time.monotonic(), time.process_time()
        state = "shown" if self.window.isVisible() else "hidden"
        self.cpu[state] += cpu - self._mark[1]
        self.seconds[state] += now - self._mark[0]
        self._mark = (now, cpu)

    def sample(self) -> None:
        self.samples.append((round(self.minute(), 2), resident_kib()))
        # Every minute or so: where the memory is (anonymous or file, SQLite's, glibc's).
        if len(self.samples) % 6 == 1:
            self.breakdowns.append({"minute": self.samples[-1][0], **breakdown()})
        if self.baseline_kib is None and self.minute() >= self.baseline_minute:
            self.baseline_kib = self.samples[-1][1]
            self.baseline_breakdown = breakdown()
            if tracemalloc.is_tracing():
                self.snapshot = tracemalloc.take_snapshot()

    def inbound(self) -> None:
        """An SMS from a customer (a new number one time in eight); a burst now and then."""
        now = datetime.now(UTC)
        if self.rng.random() < 0.03:
            items = [(self.rng.choice(self.peers), f"Burst {n}: any news?") for n in range(30)]
            self.gateway.inbound_many(items, at=now)
            self.count("bursts")
        else:
            if self.rng.random() < 0.125:
                self.new_numbers += 1
                peer = f"+1202555{7000 + self.new_numbers % 3000:04d}"
            else:
                peer = self.rng.choice(self.peers)
            self.gateway.inbound(peer, f"Hello, is my order {self.rng.randrange(10_000)} ready?")
            self.count("inbound")
        self._traffic.start(self.rng.randint(2000, 6000))

    # -- use ------------------------------------------------------------------------------

    def step(self) -> None:
        """One thing a person does, then a pause."""
        self.account()
        window = self.window
        if not window.isVisible():
            if self.rng.random() < 0.25:
                window.show()
                window.activateWindow()
                self.count("shown")
            self.close_popups()
            later(self.rng.randint(3000, 8000))
            return
        action = self.rng.choices(
            ("open", "search", "scroll", "reply", "hide", "popups"), (5, 3, 3, 3, 1, 2)
        )[0]
        getattr(self, action)()
        self.count(action)
        later(self.rng.randint(1000, 4000))

    def open(self) -> None:
        chats = self.window.chat_model
        if chats.rowCount():
            click_row(self.window.chat_list, self.rng.randrange(min(30, chats.rowCount())))

    def search(self) -> None:
        box = self.window.search
        box.setFocus()
        for char in self.rng.choice(WORDS):
            QTest.keyClick(box, char)
            later(120)
        later(800)
        QTest.keyClick(box, Qt.Key.Key_Escape)

    def scroll(self) -> None:
        for view in (self.window.chat_list, self.window.conversation.view):
            bar = view.verticalScrollBar()
            for _ in range(self.rng.randint(3, 15)):
                bar.setValue(bar.value() + self.rng.choice((-1, 1)) * bar.pageStep())
                later(16)
        self.window.chat_list.scrollToTop()

    def reply(self) -> None:
        pane = self.window.conversation
        if pane.conversation is None:
            self.open()
            later(500)
        if pane.conversation is None:
            return
        pane.editor.setFocus()
        QTest.keyClicks(pane.editor, f"Thanks, it is ready: ref {self.rng.randrange(1000)}")
        QTest.keyClick(pane.editor, Qt.Key.Key_Return)

    def hide(self) -> None:
        self.window.hide()

    def popups(self) -> None:
        self.close_popups()

    def close_popups(self) -> None:
        stack = self.desk.popups
        if stack is None:
            return
        for popup in list(stack.popups):
            popup.close()
            self.count("popups_closed")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("info", type=Path)
    parser.add_argument("home", type=Path)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--baseline", type=float, default=BASELINE_MINUTE, help="minute")
    args = parser.parse_args(argv)
    if args.tracemalloc:
        tracemalloc.start(1)
    info = json.loads(args.info.read_text())
    app = create_application([sys.argv[0]])
    # In a process of its own: its rows and threads are not the app's memory.
    gateway = GatewayProcess(
        desk_number=info["desk_number"], greet=False, auto_reply=True, status_delays=(0.2, 0.8)
    )
    settings = desk_settings(f"sqlite:///{args.store}")
    desk = open_desk(settings, args.home, gateway)
    window = signed_in_window(desk, info)
    window.activateWindow()
    raw = sqlite3.connect(args.store)
    peers = [
        peer
        for (peer,) in raw.execute(
            "SELECT peer_number FROM conversations ORDER BY last_activity_at DESC LIMIT 2000"
        )
    ]
    raw.close()

    day = Day(desk, gateway, peers, seed=18, baseline=args.baseline)
    day.sample()
    while day.minute() < args.minutes:
        day.step()
    day.account()
    day.sample()
    end_breakdown = breakdown()
    frozen = gc.get_freeze_count()
    # What the frozen generation held that nothing used any more: garbage a freeze pinned.
    gc.unfreeze()
    pinned = gc.collect()
    emit(
        "day",
        minutes=round(day.minute(), 2),
        rss_samples=day.samples,
        baseline_minute=args.baseline,
        baseline_kib=day.baseline_kib,
        end_kib=day.samples[-1][1],
        cpu_seconds=day.cpu,
        wall_seconds=day.seconds,
        counts=day.counts,
        gc_frozen=frozen,
        gc_pinned_garbage=pinned,
        gc_objects=len(gc.get_objects()),
        conversations_loaded=window.chat_model.rowCount(),
        store_pool=desk.store.engine.pool.status(),
        baseline_breakdown=day.baseline_breakdown,
        end_breakdown=end_breakdown,
        breakdowns=day.breakdowns,
    )
    if day.snapshot is not None:
        end = tracemalloc.take_snapshot()
        growth = end.compare_to(day.snapshot, "lineno")[:25]
        emit(
            "tracemalloc",
            top=[
                {
                    "where": str(s.traceback),
                    "kib": round(s.size_diff / 1024, 1),
                    "count": s.count_diff,
                }
                for s in growth
            ],
        )
    # What closing the store's pooled connections, then malloc_trim(0), would give back now.
    emit("reclaim", steps=reclaim_experiment(desk.store.engine))
    desk.shutdown()
    gateway.stop()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

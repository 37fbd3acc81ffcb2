"""Measure a running SMS Desk on a generated store: open, scroll, ingest burst, search, memory.

The app is the real one (``SmsDesk``: main window, chat-list and message models, store
thread, sync worker thread) on a copy of the store, talking to a demo gateway over HTTP on
127.0.0.1. Prints one JSON object per measurement on stdout.

Usage: python -m bench.probes.session STORE_COPY INFO_JSON HOME [--quick]
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from desktop.app import create_application
from desktop.gateway.demo import DemoGateway
from desktop.ui.session.first_paint import resident_kib
from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView

from bench.probes.common import (
    WINDOW_SIZE,
    PaintClock,
    click_row,
    desk_settings,
    emit,
    fts_match_times,
    open_desk,
    signed_in_window,
    wait_until,
)

BURST = 10_000
BURST_SENDERS = 1_000
FLOOR_ROWS = 20_000  # rows of the bare list scrolled for the frame-time floor
SEARCH_WORDS = ("thanks", "invoice", "warranty", "merci", "appointment tomorrow", "zebra")


class Heartbeat(QObject):
    """A timer on the GUI thread; the longest gap between its ticks is the longest stall."""

    INTERVAL_MS = 5

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self._last, self.longest = time.perf_counter(), 0.0
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        self._tick()
        return self.longest

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


def frames(view: QAbstractItemView, *, upwards: bool, more: Callable[[], bool]) -> list[float]:
    """Scroll ``view`` a page per frame from one end to the other; return each frame's time.

    A frame is one step of the scroll bar and the repaint it causes, with whatever the
    event loop has to do meanwhile (rows arriving from the store thread). When the end of
    the loaded rows is reached while ``more()`` says more are coming, the wait for them is
    not a frame: the loop runs until the bar can move again.
    """
    bar = view.verticalScrollBar()
    app = QApplication.instance()
    times: list[float] = []
    stuck = 0
    while True:
        at_end = bar.value() <= bar.minimum() if upwards else bar.value() >= bar.maximum()
        if at_end:
            if not more():
                break
            before = bar.maximum()
            model = view.model()
            if model.canFetchMore(view.rootIndex()):
                model.fetchMore(view.rootIndex())  # as the view does at the end of its range
            if not wait_until(lambda b=before: bar.maximum() != b or not more(), timeout=10):
                stuck += 1
                if stuck > 3:
                    break
            continue
        started = time.perf_counter()
        step = bar.pageStep()
        bar.setValue(bar.value() - step if upwards else bar.value() + step)
        view.viewport().repaint()
        app.processEvents()
        times.append(time.perf_counter() - started)
    return times


def frame_summary(times: list[float]) -> dict[str, object]:
    ordered = sorted(times)
    return {
        "frames": len(times),
        "over_16ms": sum(1 for t in times if t > 0.016),
        "p50_ms": round(ordered[len(ordered) // 2] * 1000, 2) if ordered else None,
        "p95_ms": round(ordered[int(len(ordered) * 0.95)] * 1000, 2) if ordered else None,
        "max_ms": round(ordered[-1] * 1000, 2) if ordered else None,
    }


def bare_list_frames(rows: int, row_height: int) -> list[float]:
    """The floor for scrolling: a plain QListView of strings, scrolled the same way."""
    model = QStringListModel([f"Conversation {n} — last message preview" for n in range(rows)])
    view = QListView()
    view.setUniformItemSizes(True)
    view.setStyleSheet(f"QListView::item {{ height: {row_height}px; }}")
    view.setModel(model)
    view.resize(360, WINDOW_SIZE[1] - 120)
    view.show()
    QTest.qWaitForWindowExposed(view)
    times = frames(view, upwards=False, more=lambda: False)
    view.close()
    return times


def scroll_both(window, view, messages, chats) -> None:
    """Scroll the open conversation to its first message, then the chat list to its end."""
    long_frames = frames(
        view, upwards=True, more=lambda: messages.loading or messages.can_fetch_older
    )
    emit("scroll_conversation", rows=messages.rowCount(), **frame_summary(long_frames))
    chat_view = window.chat_list
    chat_view.scrollToTop()
    list_frames = frames(
        chat_view,
        upwards=False,
        more=lambda: chats.loading or chats.canFetchMore(chat_view.rootIndex()),
    )
    emit("scroll_chat_list", rows=chats.rowCount(), **frame_summary(list_frames))
    row_height = chat_view.sizeHintForRow(0)
    emit("scroll_floor", **frame_summary(bare_list_frames(FLOOR_ROWS, row_height)))
    chat_view.scrollToTop()
    QTest.qWait(200)


def main(argv: list[str]) -> int:
    store_file, info_file, home = Path(argv[0]), Path(argv[1]), Path(argv[2])
    quick = "--quick" in argv
    scroll = "--no-scroll" not in argv  # (while working on the other figures)
    info = json.loads(info_file.read_text())
    app = create_application([sys.argv[0]])

    gateway = DemoGateway(
        desk_number=info["desk_number"], greet=False, auto_reply=False, status_delays=(0.1, 0.3)
    ).start()
    settings = desk_settings(f"sqlite:///{store_file}", poll_interval_seconds=5.0)
    desk = open_desk(settings, home, gateway)
    window = signed_in_window(desk, info)
    chats = window.chat_model
    wait_until(lambda: window.connection.state.name == "ONLINE", timeout=10)
    emit("rss_started", rss_kib=resident_kib())

    # -- open the big conversation: click → painted ---------------------------------------
    big = desk.session.conversations.find(info["big_peer"])
    small = desk.session.conversations.find(info["small_peer"])
    assert big is not None
    assert small is not None
    view = window.conversation.view
    messages = view.model()
    clock = PaintClock(view)
    opens: list[float] = []
    for attempt in range(6):
        for target in (small, big) if attempt else (big,):
            row = chats.row_of(target.id)
            assert row is not None, "the generated conversations are at the top of the list"
            cid = target.id
            clock.arm(lambda c=cid: messages.conversation_id == c and messages.rowCount() > 0)
            started = time.perf_counter()
            click_row(window.chat_list, row)
            assert wait_until(lambda: clock.painted_at is not None, timeout=10)
            if cid == big.id:
                opens.append(clock.painted_at - started)
    emit(
        "open_big",
        first_ms=round(opens[0] * 1000, 2),
        median_ms=round(statistics.median(opens[1:]) * 1000, 2),
        runs_ms=[round(t * 1000, 2) for t in opens],
        rows_loaded=messages.rowCount(),
    )
    emit("rss_opened", rss_kib=resident_kib())

    # Floor for opening: the same page read with sqlite3, no app around it.
    raw = sqlite3.connect(store_file)
    reads = []
    for _ in range(5):
        started = time.perf_counter()
        raw.execute(
            "SELECT * FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT 200",
            (big.id,),
        ).fetchall()
        reads.append(time.perf_counter() - started)
    emit("open_floor", median_ms=round(statistics.median(reads) * 1000, 3))
    if quick:
        desk.shutdown()
        gateway.stop()
        return 0

    # -- scrolling ------------------------------------------------------------------------
    if scroll:
        scroll_both(window, view, messages, chats)

    # -- a burst of 10k inbound messages from the gateway ---------------------------------
    rng = random.Random(9)
    total = raw.execute("SELECT count(*) FROM conversations").fetchone()[0]
    senders = [
        peer
        for (peer,) in raw.execute(
            "SELECT peer_number FROM conversations WHERE archived_at IS NULL"
            " ORDER BY id LIMIT ? OFFSET ?",
            (BURST_SENDERS, min(1000, total // 2)),
        )
    ]
    items = [(senders[n % len(senders)], f"Burst {n}: is my order ready?") for n in range(BURST)]
    marker = f"Burst done {rng.getrandbits(64):x}"
    items[-1] = (items[-1][0], marker)
    ids_by_peer = dict(raw.execute("SELECT peer_number, id FROM conversations"))
    heartbeat = Heartbeat()
    heartbeat.start()
    QTest.qWait(1000)
    idle_stall = heartbeat.stop()
    gateway.inbound_many(items, at=datetime.now(UTC))
    heartbeat.start()
    started = time.perf_counter()
    assert desk.sync is not None
    desk.sync.sig_wake.emit()
    last = ids_by_peer[items[-1][0]]

    def listed() -> bool:
        row = chats.row_of(last)
        return row is not None and chats.conversation_at(row).last_message_preview == marker

    done = wait_until(listed, timeout=120)
    ingest = time.perf_counter() - started
    QTest.qWait(300)  # what the GUI does right after (unread badge, repaint)
    stall = heartbeat.stop()
    stored = raw.execute(
        "SELECT count(*) FROM messages WHERE body LIKE 'Burst %' AND direction = 'inbound'"
    ).fetchone()[0]
    emit(
        "ingest",
        seconds=round(ingest, 3),
        completed=done,
        stored=stored,
        longest_stall_ms=round(stall * 1000, 1),
        idle_stall_ms=round(idle_stall * 1000, 1),
    )

    # -- search ---------------------------------------------------------------------------
    store = desk.session
    results = {}
    for word in SEARCH_WORDS:
        times = []
        found = 0
        for _ in range(5):
            started = time.perf_counter()
            found = len(store.search.conversations(word, limit=200))
            times.append(time.perf_counter() - started)
        results[word] = {"median_ms": round(statistics.median(times) * 1000, 2), "found": found}
    floors = {
        word: round(statistics.median(fts_match_times(raw, word, 5)) * 1000, 3)
        for word in SEARCH_WORDS
    }
    emit("search", words=results, floor_ms=floors)
    desk.shutdown()
    gateway.stop()

    # -- the floor for the burst: sqlite3.executemany of the same rows --------------------
    ids = ids_by_peer
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    rows = [
        (ids[peer], "inbound", body, peer, info["desk_number"], f"SMFLOOR{n:026d}", "received", now)
        for n, (peer, body) in enumerate(items)
    ]
    started = time.perf_counter()
    with raw:
        raw.executemany(
            "INSERT INTO messages (conversation_id, direction, body, from_number, to_number,"
            " gateway_sid, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*r, r[-1]) for r in rows],
        )
    emit("ingest_floor", seconds=round(time.perf_counter() - started, 4))
    raw.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Measure search as you type in a running SMS Desk: keystroke → the answer painted.

The app is the real one (``SmsDesk`` on a copy of the store, the demo gateway over HTTP on
127.0.0.1). Queries are typed key by key with ``QTest.keyClick`` into the chat list's search
box at a typist's pace (``--pace`` ms between keys): one and two letters, names of the
store's contacts, a word, number fragments, a text found nowhere. Each keystroke is timed to
the first paint of the chat list's viewport that shows the answer to it or to a later
keystroke of the same query (an answer overtaken by the next key is never shown, as users
see it); whatever delay the app puts between typing and searching counts.

The floor is the raw FTS5 MATCH of each keystroke's text (the newest 200 matches, as the
session probe's search floor) on a sqlite3 connection of the same file: the least any
search of that text costs, with no app around it.

Prints one JSON object per measurement on stdout.

Usage: python -m bench.probes.typing STORE_COPY INFO_JSON HOME [--pace MS] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from desktop.app import create_application
from desktop.core.models import Conversation
from desktop.gateway.demo import DemoGateway
from desktop.ui.session.desk import SmsDesk
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bench.probes.common import (
    desk_settings,
    emit,
    fts_match_times,
    later,
    open_desk,
    percentile,
    signed_in_window,
    wait_until,
)

NO_MATCH = "qxzv"


def summary(ms: list[float]) -> dict[str, object]:
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 2),
        "p95_ms": round(percentile(ms, 0.95), 2),
        "max_ms": round(max(ms), 2),
    }


class AnswerClock(QObject):
    """Notes each paint of the chat list's viewport that follows a new answer of the search.

    ``answers`` holds (text, painted_at) in order: the text the answer is for, and when the
    viewport had finished painting it.
    """

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.pending: str | None = None
        self.answers: list[tuple[str, float]] = []
        self.viewport = viewport
        viewport.installEventFilter(self)

    def found(self, _rows: list[Conversation], text: str) -> None:
        self.pending = text  # the model holds this answer now (the window's slot ran first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.pending is not None:
            text, self.pending = self.pending, None
            # Paint now, then note the time: the paint is done when this returns.
            watched.removeEventFilter(self)
            QApplication.sendEvent(watched, event)
            watched.installEventFilter(self)
            self.answers.append((text, time.perf_counter()))
            return True
        return False


def watch_answers(desk: SmsDesk, window, clock: AnswerClock) -> None:
    """Tell ``clock`` of each answer the chat list shows, with the text it answers.

    Wraps the store's search (the text each answer is for) and the chat list model's
    ``show_search_results`` (the answer is in the model), so the same probe times any
    version of the window's search wiring.
    """
    search = desk.session.search
    real_search = search.conversations
    texts: dict[int, str] = {}

    def conversations(text: str, **options: object) -> list[Conversation]:
        rows = real_search(text, **options)
        texts[id(rows)] = text.strip()
        return rows

    model = window.chat_model
    real_show = model.show_search_results

    def show_search_results(rows: list[Conversation]) -> None:
        real_show(rows)
        clock.found(rows, texts.pop(id(rows), ""))

    search.conversations = conversations
    model.show_search_results = show_search_results


def queries(raw: sqlite3.Connection) -> list[str]:
    """What is typed: letters, names of contacts of recent conversations, a word, number
    fragments and a text found nowhere."""
    names = [
        name
        for (name,) in raw.execute(
            "SELECT k.name FROM conversations AS c"
            " JOIN contact_numbers AS n ON n.number = c.peer_number"
            " JOIN contacts AS k ON k.id = n.contact_id"
            " ORDER BY c.last_activity_at DESC LIMIT 20"
        )
    ]
    first = names[0].split()[0] if names else "Anna"
    last = names[-1].split()[-1] if names else "Smith"
    return ["a", "an", "ann", first, last, "th", "thanks", "41", "415", "4155", "555 01", NO_MATCH]


def press(box, char: str) -> None:
    """One key typed into ``box``: QTest's for ASCII; for other characters ("á" of
    "Fernández", which ``QTest.keyClick`` types as "Ã"), the key events a keyboard layout
    with that key sends: no key code, the character as their text."""
    if char.isascii():
        QTest.keyClick(box, char)
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(box, event)


def type_query(window, clock: AnswerClock, query: str, pace_ms: int) -> dict:
    """Type ``query`` key by key; return each keystroke's wait until its answer was painted."""
    box = window.search
    keys: list[tuple[str, float]] = []  # (the box's text after the key, when it was pressed)
    clock.answers.clear()
    for char in query:
        started = time.perf_counter()
        press(box, char)
        keys.append((box.text().strip(), started))
        later(pace_ms)
    final = query.strip()
    if not wait_until(lambda: any(text == final for text, _ in clock.answers), timeout=20):
        raise RuntimeError(f"no answer painted for {query!r}")
    waits = []
    for k, (_, pressed) in enumerate(keys):
        # The first answer painted after this key to this key's text or a later key's.
        later_texts = {text for text, _ in keys[k:]}
        answered = next(at for text, at in clock.answers if at >= pressed and text in later_texts)
        waits.append((answered - pressed) * 1000)
    return {"query": query, "waits_ms": [round(w, 1) for w in waits]}


def clear(window, clock: AnswerClock) -> None:
    QTest.keyClick(window.search, Qt.Key.Key_Escape)
    wait_until(lambda: not window.searching, timeout=10)
    later(300)
    clock.pending = None


def fts_floor(raw: sqlite3.Connection, texts: list[str]) -> dict[str, float]:
    """The raw FTS5 MATCH of each text (each word a prefix), newest 200: median of 3, ms."""
    return {text: statistics.median(fts_match_times(raw, text, 3)) * 1000 for text in texts}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("info", type=Path)
    parser.add_argument("home", type=Path)
    parser.add_argument("--pace", type=int, default=120, help="ms between keys")
    parser.add_argument("--rounds", type=int, default=3, help="times each query is typed")
    args = parser.parse_args(argv)
    info = json.loads(args.info.read_text())
    app = create_application([sys.argv[0]])
    gateway = DemoGateway(
        desk_number=info["desk_number"], greet=False, auto_reply=False, status_delays=(0.1, 0.3)
    ).start()
    settings = desk_settings(f"sqlite:///{args.store}", poll_interval_seconds=5.0)
    desk = open_desk(settings, args.home, gateway)
    window = signed_in_window(desk, info)
    window.activateWindow()
    later(1000)  # the first poll and the unread count
    clock = AnswerClock(window.chat_list.viewport())
    watch_answers(desk, window, clock)
    window.search.setFocus()

    raw = sqlite3.connect(args.store)
    typed = queries(raw)
    rounds: list[list[dict]] = []
    clear(window, clock)
    for _ in range(args.rounds):
        done = []
        for query in typed:
            done.append(type_query(window, clock, query, args.pace))
            clear(window, clock)
        rounds.append(done)
    every = [w for one in rounds for q in one for w in q["waits_ms"]]
    last = [q["waits_ms"][-1] for one in rounds for q in one]
    by_query = {
        query: summary(
            [w for one in rounds for q in one if q["query"] == query for w in q["waits_ms"]]
        )
        for query in typed
    }
    emit(
        "typing",
        pace_ms=args.pace,
        rounds=args.rounds,
        queries=typed,
        keystrokes=summary(every),
        last_keys=summary(last),
        by_query=by_query,
        waits_ms=[[q["waits_ms"] for q in one] for one in rounds],
    )
    texts = sorted({query[: n + 1].strip() for query in typed for n in range(len(query))})
    floors = fts_floor(raw, [t for t in texts if t])
    per_key = [floors[q[: n + 1].strip()] for q in typed for n in range(len(q))]
    emit(
        "typing_floor",
        fts_p95_ms=round(percentile(per_key, 0.95), 3),
        fts_max_ms=round(max(per_key), 3),
        fts_ms={t: round(ms, 3) for t, ms in floors.items()},
    )
    raw.close()
    desk.shutdown()
    gateway.stop()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

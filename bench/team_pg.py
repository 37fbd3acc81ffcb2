"""The ``team`` rows of ``make bench``: team mode on PostgreSQL at a busy office's scale.

The same store on both databases, the same calls through ``Store`` signed in as the
generated colleague, each case taken on SQLite (the floor: a copy of the cached file) and on
PostgreSQL (a private server with the store restored from its dump, ``bench/pg_store.py``)
in turn, run by run, so both see the same moment of a shared machine:

- opening the 10,001-message conversation: what the window reads (its newest page of
  messages, the pictures of that page, the reply templates), median of the runs, and the
  first open on a store just opened (the conversation is unread then: marking it read too),
  the median of as many stores, each just opened (it was one sample);
- search: the session probe's words and a word found nowhere
  (``store.search.conversations(text, limit=200)``), the slowest reported;
- Find in the big conversation: many matches, a few, and none, the slowest reported;
- ingest of a burst of 10,000 inbound SMS from 1,000 senders in one call of
  ``store.ingest.inbound``, as the sync worker stores one poll (one transaction);

then twenty desks on the same database (``bench/team_desks.py``).
Targets (issue 18): each PostgreSQL figure at most twice SQLite's, search and Find < 100 ms.
"""

from __future__ import annotations

import shutil
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from typing import Any

from desktop.store import InboundRecord, Store
from desktop.store.tables import conversations
from sqlalchemy import func, select

from bench import team_desks
from bench.common import log
from bench.context import Context
from bench.generate import SCALES, StoreInfo
from bench.pg_store import PostgresServer, load_store, signed_in
from bench.table import Row

# The session probe's words (bench/probes/session.py) and one found nowhere.
SEARCH_WORDS = ("thanks", "invoice", "warranty", "merci", "appointment tomorrow", "zebra")
NO_MATCH = "zeppelin"
FIND_WORDS = ("order", "warranty", NO_MATCH)
BURST = 10_000
BURST_SENDERS = 1_000
INGEST_RUNS = 3
SEARCH_LIMIT = 200
PAGE_SIZE = 200  # the conversation view's page (desktop/ui/conversation/messages.py)
BACKENDS = ("sqlite", "postgresql")
RATIO = 2.0
TARGET_MS = 100.0


def measure(ctx: Context) -> dict:
    log("team: the store on PostgreSQL beside SQLite, then twenty desks")
    copy = ctx.work / "team.sqlite3"
    shutil.copyfile(ctx.info.path, copy)
    with PostgresServer(durable=True) as server:
        url, info = load_store(server, SCALES[ctx.scale])
        urls = {"sqlite": f"sqlite:///{copy}", "postgresql": url}
        results = {"store": compare(urls, info, ctx.runs)}
        results["desks"] = team_desks.measure(server, url, info, ctx.work)
    return results


def compare(urls: dict[str, str], info: StoreInfo, runs: int) -> dict[str, Any]:
    """Every case on both databases, alternating; medians in ms by case and backend."""
    with ExitStack() as stack:
        cold = _cold_opens(urls, info, runs)
        stores = {name: stack.enter_context(signed_in(urls[name], info)) for name in BACKENDS}
        big = {name: _big_id(stores[name], info) for name in BACKENDS}
        results: dict[str, Any] = {"open_cold_ms": cold}
        results["open_ms"] = _alternate(
            {name: _opening(stores[name], big[name]) for name in BACKENDS}, runs
        )
        results["search_ms"] = {
            word: _alternate({name: _searching(stores[name], word) for name in BACKENDS}, runs)
            for word in (*SEARCH_WORDS, NO_MATCH)
        }
        results["find_ms"] = {
            word: _alternate(
                {name: _finding(stores[name], big[name], word) for name in BACKENDS}, runs
            )
            for word in FIND_WORDS
        }
        results["ingest_ms"] = _ingest(stores, info)
    for name, figures in results.items():
        log(f"team: {name} {figures}")
    return results


# -- the cases -------------------------------------------------------------------------------


def _big_id(store: Store, info: StoreInfo) -> int:
    big = store.conversations.find(info.big_peer)
    assert big is not None
    return big.id


def _opening(store: Store, cid: int) -> Callable[[], object]:
    """What the window reads to show a conversation (``ConversationPane.show_conversation``):
    the newest page, the pictures of its messages, the reply templates."""
    viewer = store.viewer

    def run() -> object:
        page = store.conversations.messages(cid, limit=PAGE_SIZE)
        store.media.for_messages([m.id for m in page])
        return store.templates.list(viewer)

    return run


def _cold_opens(urls: dict[str, str], info: StoreInfo, runs: int) -> dict[str, float]:
    """Each backend's median of ``runs`` first opens, each on a store just opened (its own
    connection, a new server process on PostgreSQL), taken in turn. The conversation is
    unread for the first as generated; before each other, it is marked unread again."""
    times: dict[str, list[float]] = {name: [] for name in BACKENDS}
    for run in range(runs):
        for name in BACKENDS:
            if run:
                with signed_in(urls[name], info) as store:
                    store.conversations.mark_unread(_big_id(store, info))
            times[name].append(_cold_open(urls[name], info))
    log(f"team: first opens {times}")
    return {name: round(statistics.median(t), 2) for name, t in times.items()}


def _cold_open(url: str, info: StoreInfo) -> float:
    """The first open on a store just opened, as the window's first click after the chat list
    is shown: the conversation is unread, so it is marked read too (``open_conversation``)."""
    with signed_in(url, info) as store:
        store.conversations.list(limit=50)
        store.conversations.unread_count()
        cid = _big_id(store, info)
        started = time.perf_counter()
        _opening(store, cid)()
        store.conversations.mark_read(cid)
        return round((time.perf_counter() - started) * 1000, 2)


def _searching(store: Store, word: str) -> Callable[[], object]:
    return lambda: store.search.conversations(word, limit=SEARCH_LIMIT)


def _finding(store: Store, cid: int, word: str) -> Callable[[], object]:
    return lambda: store.conversations.find_in(cid, word)


def _alternate(runs_of: dict[str, Callable[[], object]], runs: int) -> dict[str, Any]:
    """Each backend's median of ``runs`` timed runs (after one untimed), taken in turn."""
    times: dict[str, list[float]] = {name: [] for name in runs_of}
    found = {name: _count(run()) for name, run in runs_of.items()}
    for _ in range(runs):
        for name, run in runs_of.items():
            started = time.perf_counter()
            run()
            times[name].append((time.perf_counter() - started) * 1000)
    return {
        name: {"median_ms": round(statistics.median(t), 2), "found": found[name]}
        for name, t in times.items()
    }


def _count(result: object) -> int:
    return len(result) if isinstance(result, list | dict) else 0


def _burst(store: Store, info: StoreInfo) -> Iterator[list[InboundRecord]]:
    """Bursts shaped as the session probe's: 10,000 SMS from 1,000 senders with a
    conversation each (not archived), new message ids every time."""
    c = conversations.c
    with store.engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(conversations)).scalar_one()
        senders = list(
            conn.execute(
                select(c.peer_number)
                .where(c.archived_at.is_(None))
                .order_by(c.id)
                .limit(BURST_SENDERS)
                .offset(min(1000, count // 2))
            ).scalars()
        )
    while True:
        now = datetime.now(UTC)
        batch = uuid.uuid4().hex[:8]
        yield [
            InboundRecord(
                sid=f"SMBURST{batch}{n:025d}",
                peer_number=senders[n % len(senders)],
                desk_number=info.desk_number,
                body=f"Burst {n}: is my order ready?",
                created_at=now,
            )
            for n in range(BURST)
        ]


def _ingest(stores: dict[str, Store], info: StoreInfo) -> dict[str, Any]:
    bursts = {name: _burst(store, info) for name, store in stores.items()}
    times: dict[str, list[float]] = {name: [] for name in stores}
    stored: dict[str, int] = {}
    for _ in range(INGEST_RUNS):
        for name, store in stores.items():
            records = next(bursts[name])
            started = time.perf_counter()
            change = store.ingest.inbound(records)
            times[name].append((time.perf_counter() - started) * 1000)
            stored[name] = len(change.messages)
    return {
        name: {"median_ms": round(statistics.median(t), 1), "found": stored[name]}
        for name, t in times.items()
    }


# -- the table -------------------------------------------------------------------------------


def _slowest(figures: dict[str, dict[str, Any]]) -> str:
    return max(figures, key=lambda word: figures[word]["postgresql"]["median_ms"])


def _furthest(figures: dict[str, dict[str, Any]]) -> str:
    """The word whose PostgreSQL figure is the most times SQLite's."""
    return max(
        figures,
        key=lambda word: (
            figures[word]["postgresql"]["median_ms"]
            / max(figures[word]["sqlite"]["median_ms"], 1e-3)
        ),
    )


def _row(figure: str, pg: float, floor: float, *, under: float | None = None) -> Row:
    holds = pg <= RATIO * floor and (under is None or pg < under)
    target = f"≤ {RATIO:g}× SQLite" + (f", < {under:g} ms" if under is not None else "")
    return Row(figure, pg, "ms", floor, "SQLite, same call", target, holds)


def rows(results: dict) -> list[Row]:
    team = results["team"]
    store = team["store"]
    big = results["store"]["big_messages"]
    opened = store["open_ms"]
    out = [
        _row(
            f"PostgreSQL: open the {big:,}-message conversation (median)",
            opened["postgresql"]["median_ms"],
            opened["sqlite"]["median_ms"],
        ),
        _row(
            "  … first open (cold)",
            store["open_cold_ms"]["postgresql"],
            store["open_cold_ms"]["sqlite"],
        ),
    ]
    for key, figure in (
        ("search_ms", f"PostgreSQL: search, slowest of {len(store['search_ms'])} words"),
        ("find_ms", f"PostgreSQL: Find in the big conversation, slowest of {len(FIND_WORDS)}"),
    ):
        figures = store[key]
        word = _slowest(figures)
        out.append(
            _row(
                f"{figure} ({word!r})",
                figures[word]["postgresql"]["median_ms"],
                figures[word]["sqlite"]["median_ms"],
                under=TARGET_MS,
            )
        )
        word = _furthest(figures)
        out.append(
            _row(
                f"  … the furthest from SQLite ({word!r})",
                figures[word]["postgresql"]["median_ms"],
                figures[word]["sqlite"]["median_ms"],
                under=TARGET_MS,
            )
        )
    ingest = store["ingest_ms"]
    out.append(
        _row(
            f"PostgreSQL: ingest {BURST:,} inbound in one poll's transaction",
            ingest["postgresql"]["median_ms"],
            ingest["sqlite"]["median_ms"],
        )
    )
    return out + team_desks.rows(team["desks"])

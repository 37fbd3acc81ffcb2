"""Rows of ``make bench`` taken in a running app (``bench/probes/session.py``): opening the
big conversation, scrolling, a burst of inbound messages, search, and memory on the large
store against the small one."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT, json_lines, log, probe_env
from bench.context import Context
from bench.generate import SCALES, info_path
from bench.table import Row


def measure(ctx: Context) -> dict:
    log("session: open, scroll, burst, search")
    session_store = ctx.work / "session.sqlite3"
    shutil.copyfile(ctx.info.path, session_store)
    big = session(ctx.work, session_store, info_path(SCALES[ctx.scale]))
    small_store = ctx.work / "small.sqlite3"
    shutil.copyfile(ctx.small_info.path, small_store)
    small = session(ctx.work, small_store, info_path(SCALES["small"]), quick=True)
    return {"large": big, "small": small}


def session(work: Path, store: Path, info_file: Path, *, quick: bool = False) -> dict:
    home = Path(tempfile.mkdtemp(prefix="session-", dir=work))
    argv = [sys.executable, "-m", "bench.probes.session", str(store), str(info_file), str(home)]
    done = subprocess.run(
        [*argv, *(["--quick"] if quick else [])],
        cwd=ROOT,
        env=probe_env(),
        stdout=subprocess.PIPE,
        text=True,
        check=True,
        timeout=600,
    )
    return {line["probe"]: line for line in json_lines(done.stdout)}


def rows(results: dict) -> list[Row]:
    big, small = results["session"]["large"], results["session"]["small"]
    rows: list[Row] = []
    o = big["open_big"]
    rows.append(
        Row(
            f"open the {results['store']['big_messages']:,}-message conversation (median)",
            o["median_ms"],
            "ms",
            big["open_floor"]["median_ms"],
            "sqlite3 read of its newest page",
            "< 50 ms",
            o["median_ms"] < 50,
        )
    )
    rows.append(
        Row(
            "  … first open (cold)",
            o["first_ms"],
            "ms",
            big["open_floor"]["median_ms"],
            "sqlite3 read of its newest page",
            "< 50 ms",
            o["first_ms"] < 50,
        )
    )
    floor = big["scroll_floor"]
    for key, name in (("scroll_chat_list", "chat list"), ("scroll_conversation", "conversation")):
        f = big[key]
        rows.append(
            Row(
                f"scroll the {name} end to end ({f['rows']:,} rows, {f['frames']:,} frames):"
                " frames over 16 ms",
                f["over_16ms"],
                "frames",
                None,
                "",
                "reported",
                None,
            )
        )
        rows.append(
            Row(
                f"  … {name} frame time p95",
                f["p95_ms"],
                "ms",
                floor["p95_ms"],
                "bare QListView p95",
                "≤ 16 ms",
                f["p95_ms"] <= 16,
            )
        )
    i = big["ingest"]
    rows.append(
        Row(
            "ingest 10k inbound from the demo gateway (poll → stored → list updated)",
            i["seconds"] * 1000,
            "ms",
            big["ingest_floor"]["seconds"] * 1000,
            "sqlite3.executemany of the rows",
            "≤ 3× floor",
            i["completed"] and i["seconds"] <= 3 * big["ingest_floor"]["seconds"],
        )
    )
    rows.append(
        Row(
            "longest GUI-thread stall during the burst",
            i["longest_stall_ms"],
            "ms",
            i["idle_stall_ms"],
            "same heartbeat, idle",
            "< 50 ms",
            i["longest_stall_ms"] < 50,
        )
    )
    search = big["search"]
    worst = max(search["words"], key=lambda w: search["words"][w]["median_ms"])
    rows.append(
        Row(
            f"chat-list search over {results['store']['messages']:,} messages"
            f" (slowest word: {worst!r})",
            search["words"][worst]["median_ms"],
            "ms",
            search["floor_ms"][worst],
            "raw FTS5 MATCH, newest 200",
            "< 50 ms",
            search["words"][worst]["median_ms"] < 50,
        )
    )
    small_started = small["rss_started"]["rss_kib"] / 1024
    small_opened = small["rss_opened"]["rss_kib"] / 1024
    started = big["rss_started"]["rss_kib"] / 1024
    opened = big["rss_opened"]["rss_kib"] / 1024
    rows.append(
        Row(
            "RSS after start-up, 1M-message store vs 10k-message store",
            started,
            "MiB",
            small_started,
            "same, 10k-message store",
            "≤ 1.1× (no growth with history)",
            started <= 1.1 * small_started,
        )
    )
    rows.append(
        Row(
            "RSS after opening the big conversation, 1M vs 10k store",
            opened,
            "MiB",
            small_opened,
            "same, 10k-message store",
            "≤ 1.1× (no growth with history)",
            opened <= 1.1 * small_opened,
        )
    )
    return rows

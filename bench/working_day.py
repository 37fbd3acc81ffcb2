"""The working-day rows of ``make bench`` (``bench/probes/day.py``): the real app for
``--day-minutes`` (30 by default) of traffic and use, its resident memory from minute 5 to
the end, and its CPU while the window is hidden and while it is shown."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT, json_lines, log, probe_env
from bench.context import Context
from bench.generate import SCALES, info_path
from bench.table import Row

# RSS growth from minute 5 to the end: the limit, and where it holds with margin.
LIMIT_GROWTH = 0.10
MARGIN_GROWTH = 0.08


def measure(ctx: Context) -> dict:
    minutes = ctx.day_minutes
    log(f"day: {minutes:g} minutes of traffic and use")
    store = ctx.work / "day.sqlite3"
    shutil.copyfile(ctx.info.path, store)
    home = Path(tempfile.mkdtemp(prefix="day-", dir=ctx.work))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.probes.day",
            str(store),
            str(info_path(SCALES[ctx.scale])),
            str(home),
            "--minutes",
            str(minutes),
            "--baseline",
            str(min(5.0, minutes / 3)),
        ],
        cwd=ROOT,
        env=probe_env(),
        stdout=subprocess.PIPE,
        text=True,
        check=True,
        timeout=minutes * 60 + 600,
    )
    return {line["probe"]: line for line in json_lines(done.stdout)}


def _minute_medians(day: dict) -> tuple[float, float]:
    """RSS (MiB) over the minute from the baseline minute and over the last minute, each the
    median of its samples (one every 10 s): one sample could fall just before or just after
    the desk hands memory back (every 30 s), or in a burst. A run without samples: the
    single readings at those moments."""
    samples = day.get("rss_samples") or []
    first = day["baseline_minute"]
    last = day["minutes"] - 1
    at_base = [kib for minute, kib in samples if first <= minute < first + 1]
    at_end = [kib for minute, kib in samples if minute >= last]
    base = statistics.median(at_base) if at_base else day["baseline_kib"]
    end = statistics.median(at_end) if at_end else day["end_kib"]
    return base / 1024, end / 1024


def rows(results: dict) -> list[Row]:
    day = results["day"]["day"]
    base, end = _minute_medians(day)
    growth = end / base - 1
    cpu, wall = day["cpu_seconds"], day["wall_seconds"]
    counts = day["counts"]
    rows = [
        Row(
            f"a working day of {day['minutes']:.0f} min ({counts.get('inbound', 0):,} SMS in,"
            f" {counts.get('bursts', 0)} bursts, {counts.get('open', 0)} opens,"
            f" {counts.get('search', 0)} searches, {counts.get('reply', 0)} replies):"
            f" RSS over its last minute (median)",
            end,
            "MiB",
            base,
            f"RSS over minute {day['baseline_minute']:g} (median)",
            f"≤ {1 + LIMIT_GROWTH:.2f}× (holds at ≤ {1 + MARGIN_GROWTH:.2f}×)",
            growth <= MARGIN_GROWTH,
        ),
        Row(
            "  … garbage a heap freeze pinned by the end (objects)",
            day["gc_pinned_garbage"],
            "",
            None,
            "",
            "reported",
            None,
        ),
    ]
    rows += _where_the_memory_is(results)
    for state in ("shown", "hidden"):
        if wall[state] > 0:
            rows.append(
                Row(
                    f"  … CPU while the window is {state} ({wall[state] / 60:.0f} min,"
                    " traffic and pop-ups going on)",
                    100 * cpu[state] / wall[state],
                    "%",
                    None,
                    "",
                    "reported",
                    None,
                )
            )
    return rows


def _where_the_memory_is(results: dict) -> list[Row]:
    """Where the RSS was at the end (bench/probes/native_memory.py): for the next engineer."""
    end = results["day"]["day"].get("end_breakdown") or {}
    steps = (results["day"].get("reclaim") or {}).get("steps") or {}
    rows: list[Row] = []

    def reported(figure: str, kib: int | None) -> None:
        if kib is not None:
            rows.append(Row(figure, kib / 1024, "MiB", None, "", "reported", None))

    reported("  … of it anonymous (heaps: Python's, the C heap, Qt's)", end.get("anon_kib"))
    reported(
        "  … SQLite's own (page caches, schemas, statements) at the end", end.get("sqlite_kib")
    )
    reported("  … SQLite's peak during the day", end.get("sqlite_peak_kib"))
    reported("  … free inside the C heap, kept by glibc (mallinfo2)", end.get("malloc_free_kib"))
    now, trimmed = steps.get("now") or {}, steps.get("malloc_trimmed") or {}
    if now.get("rss_kib") and trimmed.get("rss_kib"):
        reported(
            "  … given back at the end by closing the pool, then malloc_trim(0)",
            now["rss_kib"] - trimmed["rss_kib"],
        )
    return rows

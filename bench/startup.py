"""Start-up rows of ``make bench``: the app's repeat start (yesterday's snapshot) and its
first-ever start, each from process start to the first painted chat list and until the
window is live (a click acted on), the longest freeze of the GUI thread after the first
paint, against a bare PySide6 window started the same way; and the first-ever start's
resident memory."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from desktop.config.settings import Paths

from bench.common import (
    ROOT,
    app_argv,
    app_env,
    app_home,
    bare_argv,
    json_lines,
    launch,
    log,
    probe_env,
)
from bench.context import Context
from bench.table import Row

# How long the bare window's heartbeat beats after its first paint: about as long as the
# app's does (from its first paint until two seconds after it is live).
BARE_HEARTBEAT_S = 2.5
# The targets (multiples of the bare window, or milliseconds).
REPEAT_PAINT_LIMIT = 2.5
REPEAT_LIVE_LIMIT = 4.0
FIRST_LIMIT = 5.0
FREEZE_LIMIT_MS = 50.0


# Start-up on a real display: the shared desktop session (Xvfb, a window manager, D-Bus and
# the Secret Service keyring), one run at a time on the machine (its lock).
DESKTOP_SESSION = Path(
    os.environ.get("SMSDESK_DESKTOP_SESSION", ROOT.parent / "shared" / "tools" / "desktop-session")
)
DESKTOP_LOCK = "/tmp/smsdesk-desktop-session.lock"  # noqa: S108  (the one lock every user of the session takes)


def measure(ctx: Context) -> dict:
    log(f"start-up: {ctx.runs} launches of the app and of a bare window")
    results = startup(ctx)
    if DESKTOP_SESSION.exists() and shutil.which("flock"):
        log(f"start-up on a real display ({DESKTOP_SESSION.name} --wm): {ctx.runs} runs")
        results["desktop"] = desktop_session(ctx)
    else:
        log(f"start-up on a real display: skipped ({DESKTOP_SESSION} not found)")
    return results


def desktop_session(ctx: Context) -> dict:
    """The bare window, the first-ever and the repeat start inside ``desktop-session --wm``
    (``bench/probes/desktop_startup.py``), on a copy of the store; medians."""
    store = ctx.work / "desktop-store.sqlite3"
    shutil.copyfile(ctx.store, store)
    argv = [
        "flock",
        DESKTOP_LOCK,
        str(DESKTOP_SESSION),
        "--wm",
        "--",
        sys.executable,
        "-m",
        "bench.probes.desktop_startup",
        str(store),
        ctx.info.extension,
        str(ctx.runs),
    ]
    env = probe_env()
    env.pop("QT_QPA_PLATFORM", None)  # the session's own (xcb)
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    found = json_lines(done.stdout)
    if done.returncode != 0 or not found:
        raise RuntimeError(f"start-up in {DESKTOP_SESSION} failed: {done.stderr[-2000:]}")
    raw = found[-1]

    def median(kind: str, key: str) -> float:
        return statistics.median(r[key] for r in raw[kind])

    return {
        "platform": raw["platform"],
        "keyring": raw["keyring"],
        "bare_s": statistics.median(raw["bare_s"]),
        "app_s": median("repeat", "paint_s"),
        "live_s": median("repeat", "live_s"),
        "gap_s": median("repeat", "gap_s"),
        "first_s": median("first", "shown_s"),
        "first_live_s": median("first", "live_s"),
        "runs": raw,
    }


def launch_live(argv: list[str], env: dict[str, str]) -> dict:
    """Run the app with ``SMSDESK_BENCH_FIRST_PAINT=live`` (``desktop.ui.session.first_paint``)
    to its end; return its reports, times in seconds from the process's start."""
    started = time.time()
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    report: dict = {}
    for line in json_lines(done.stdout):
        report.update(line)
    missing = {"shown_at", "painted_at", "live_at", "acted_at", "longest_gap_s"} - report.keys()
    if done.returncode != 0 or missing or not report.get("acted"):
        raise RuntimeError(
            f"{argv} did not report a live window (exit {done.returncode}, missing "
            f"{sorted(missing)}): {done.stderr[-2000:]}"
        )
    return {
        "shown_s": report["shown_at"] - started,
        "paint_s": report["painted_at"] - started,
        # A start without a snapshot paints the live window: live at its first paint.
        "live_s": max(report["live_at"], report["painted_at"]) - started,
        "acted_s": report["acted_at"] - started,
        "click_to_open_s": report["click_to_open_s"],
        "gap_s": report["longest_gap_s"],
        # (when each gap over 30 ms began, from the process's start, and how long it was)
        "long_gaps": [(round(at - started, 3), gap) for at, gap in report.get("long_gaps", [])],
        "rss_kib": report["rss_kib"],
    }


def startup(ctx: Context) -> dict:
    """Medians from process start: first paint, live (clicks acted on), and the longest
    freeze after the first paint — the app's repeat start, its first-ever start and the
    bare window.

    Each run makes a fresh home and launches the app twice in it. The first launch is the
    first-ever start (no snapshot): it paints the window connecting (an empty list), signs
    in with the remembered sign-in (a token), paints the store's first page, is clicked on
    and quits normally, which writes the chat list's snapshot. The second launch is the repeat start
    a user has every day: it paints that snapshot, then goes live and is clicked on.
    """
    work, store, info, runs = ctx.work, ctx.store, ctx.info, ctx.runs
    bare: list[float] = []
    bare_rss: list[float] = []
    bare_gap: list[float] = []
    first: list[dict] = []
    repeat: list[dict] = []
    # One warm-up of each, so both start from the same page cache.
    launch(bare_argv(), probe_env())
    warm = app_home(work, store, info)
    launch_live(app_argv(warm), app_env(info, "live", store))
    launch_live(app_argv(warm), app_env(info, "live", store))
    for _ in range(runs):
        started, report = launch(bare_argv(), probe_env())
        bare.append(report["painted_at"] - started)
        bare_rss.append(report["rss_kib"])
        bare_gap.append(bare_heartbeat())
        home = app_home(work, store, info)
        first.append(launch_live(app_argv(home), app_env(info, "live", store)))
        if not Paths.under(home).snapshot_file.exists():
            raise RuntimeError("the first launch quit without writing its snapshot")
        repeat.append(launch_live(app_argv(home), app_env(info, "live", store)))

    def median(of: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in of)

    def each(of: list[dict], key: str) -> list[float]:
        return [round(r[key], 3) for r in of]

    return {
        "app_s": median(repeat, "paint_s"),
        "live_s": median(repeat, "live_s"),
        "acted_s": median(repeat, "acted_s"),
        "click_to_open_s": median(repeat, "click_to_open_s"),
        "gap_s": median(repeat, "gap_s"),
        "first_s": median(first, "shown_s"),
        "first_rows_s": median(first, "paint_s"),
        "first_live_s": median(first, "live_s"),
        "first_gap_s": median(first, "gap_s"),
        "bare_s": statistics.median(bare),
        "bare_gap_s": statistics.median(bare_gap),
        "app_runs_s": each(repeat, "paint_s"),
        "live_runs_s": each(repeat, "live_s"),
        "gap_runs_s": each(repeat, "gap_s"),
        "first_runs_s": each(first, "shown_s"),
        "first_rows_runs_s": each(first, "paint_s"),
        "first_live_runs_s": each(first, "live_s"),
        "first_gap_runs_s": each(first, "gap_s"),
        "repeat_runs": repeat,
        "first_runs": first,
        "bare_runs_s": [round(t, 3) for t in bare],
        "bare_gap_runs_s": [round(t, 3) for t in bare_gap],
        "app_rss_kib": median(repeat, "rss_kib"),
        "first_rss_kib": median(first, "rss_kib"),
        "bare_rss_kib": statistics.median(bare_rss),
    }


def bare_heartbeat() -> float:
    """The bare window's longest heartbeat gap after its first paint, in seconds."""
    argv = [*bare_argv(), "--heartbeat", str(BARE_HEARTBEAT_S)]
    done = subprocess.run(
        argv, cwd=ROOT, env=probe_env(), capture_output=True, text=True, timeout=60, check=True
    )
    gaps = [line["longest_gap_s"] for line in json_lines(done.stdout) if "longest_gap_s" in line]
    return float(gaps[0])


def rows(results: dict) -> list[Row]:
    s = results["startup"]
    bare_ms = s["bare_s"] * 1000
    bare_name = "bare PySide6 QMainWindow"
    rows = [
        Row(
            "start-up to first painted chat list (repeat start, last session's snapshot)",
            s["app_s"] * 1000,
            "ms",
            bare_ms,
            bare_name,
            f"≤ {REPEAT_PAINT_LIMIT}× floor",
            s["app_s"] <= REPEAT_PAINT_LIMIT * s["bare_s"],
        ),
    ]
    if "live_s" in s:  # (results.json of runs before the live rows)
        rows += [
            Row(
                "  … until live: store's first page shown, a click on a row acted on",
                s["live_s"] * 1000,
                "ms",
                bare_ms,
                bare_name,
                f"≤ {REPEAT_LIVE_LIMIT:g}× floor",
                s["live_s"] <= REPEAT_LIVE_LIMIT * s["bare_s"],
            ),
            Row(
                "  … longest GUI freeze, first paint until 2 s after live",
                s["gap_s"] * 1000,
                "ms",
                s["bare_gap_s"] * 1000,
                "same 5 ms heartbeat, bare window",
                f"< {FREEZE_LIMIT_MS:g} ms",
                s["gap_s"] * 1000 < FREEZE_LIMIT_MS,
            ),
        ]
    first_live = s.get("first_live_s", s["first_s"])
    rows += [
        Row(
            "first-ever start to first paint (fresh home, no snapshot: the window, connecting)",
            s["first_s"] * 1000,
            "ms",
            bare_ms,
            bare_name,
            f"≤ {FIRST_LIMIT:g}× floor",
            s["first_s"] <= FIRST_LIMIT * s["bare_s"],
        ),
    ]
    if "first_live_s" in s:
        rows += [
            Row(
                "  … until the store's first page is painted",
                s["first_rows_s"] * 1000,
                "ms",
                bare_ms,
                bare_name,
                "reported",
                None,
            ),
            Row(
                "  … until live (store's first page shown, a click acted on)",
                first_live * 1000,
                "ms",
                bare_ms,
                bare_name,
                "reported",
                None,
            ),
            Row(
                "  … longest GUI freeze, first paint until 2 s after live",
                s["first_gap_s"] * 1000,
                "ms",
                s["bare_gap_s"] * 1000,
                "same 5 ms heartbeat, bare window",
                "reported",
                None,
            ),
        ]
    if "desktop" in s:
        rows += desktop_rows(s["desktop"])
    rows.append(
        Row(
            "RSS after start-up (first paint, real launch, first-ever start)",
            s["first_rss_kib"] / 1024,
            "MiB",
            s["bare_rss_kib"] / 1024,
            "bare PySide6 window",
            "reported",
            None,
        )
    )
    return rows


def desktop_rows(d: dict) -> list[Row]:
    """The real display's rows: the same targets, against the bare window started there."""
    floor = d["bare_s"] * 1000
    where = f"on a real display ({d['platform']}, window manager; keyring: {d['keyring']})"
    name = "bare PySide6 QMainWindow, same display"
    return [
        Row(
            f"start-up {where}: repeat start to first paint",
            d["app_s"] * 1000,
            "ms",
            floor,
            name,
            f"≤ {REPEAT_PAINT_LIMIT}× floor",
            d["app_s"] <= REPEAT_PAINT_LIMIT * d["bare_s"],
        ),
        Row(
            "  … repeat start until live (a click acted on)",
            d["live_s"] * 1000,
            "ms",
            floor,
            name,
            f"≤ {REPEAT_LIVE_LIMIT:g}× floor",
            d["live_s"] <= REPEAT_LIVE_LIMIT * d["bare_s"],
        ),
        Row(
            "  … longest GUI freeze, first paint until 2 s after live",
            d["gap_s"] * 1000,
            "ms",
            None,
            "",
            f"< {FREEZE_LIMIT_MS:g} ms",
            d["gap_s"] * 1000 < FREEZE_LIMIT_MS,
        ),
        Row(
            "  … first-ever start to first paint (the window, connecting)",
            d["first_s"] * 1000,
            "ms",
            floor,
            name,
            f"≤ {FIRST_LIMIT:g}× floor",
            d["first_s"] <= FIRST_LIMIT * d["bare_s"],
        ),
        Row(
            "  … first-ever start until live",
            d["first_live_s"] * 1000,
            "ms",
            floor,
            name,
            "reported",
            None,
        ),
    ]

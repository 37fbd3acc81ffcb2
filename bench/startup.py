"""Start-up rows of ``make bench``: the app's repeat start (yesterday's snapshot) and its
first-ever start, each from process start to the first painted chat list, against a bare
PySide6 window started the same way; and the first-ever start's resident memory."""

from __future__ import annotations

import statistics

from desktop.config.settings import Paths

from bench.common import app_argv, app_env, app_home, bare_argv, launch, log, probe_env
from bench.context import Context
from bench.table import Row


def measure(ctx: Context) -> dict:
    log(f"start-up: {ctx.runs} launches of the app and of a bare window")
    return startup(ctx)


def startup(ctx: Context) -> dict:
    """Median time from process start to first paint: the app's repeat start, its first-ever
    start and the bare window.

    Each run makes a fresh home and launches the app twice in it. The first launch is the
    first-ever start (no snapshot): it signs in with the remembered password, paints the
    store's first page and quits normally, which writes the chat list's snapshot. The second
    launch is the repeat start a user has every day: it paints that snapshot.
    """
    work, store, info, runs = ctx.work, ctx.store, ctx.info, ctx.runs
    bare, app, first, bare_rss, app_rss, first_rss = [], [], [], [], [], []
    # One warm-up of each, so both start from the same page cache.
    launch(bare_argv(), probe_env())
    warm = app_home(work, store, info)
    launch(app_argv(warm), app_env(info, "quit"))
    launch(app_argv(warm), app_env(info, "quit"))
    for _ in range(runs):
        started, report = launch(bare_argv(), probe_env())
        bare.append(report["painted_at"] - started)
        bare_rss.append(report["rss_kib"])
        home = app_home(work, store, info)
        started, report = launch(app_argv(home), app_env(info, "quit"))
        first.append(report["painted_at"] - started)
        first_rss.append(report["rss_kib"])
        if not Paths.under(home).snapshot_file.exists():
            raise RuntimeError("the first launch quit without writing its snapshot")
        started, report = launch(app_argv(home), app_env(info, "quit"))
        app.append(report["painted_at"] - started)
        app_rss.append(report["rss_kib"])
    return {
        "app_s": statistics.median(app),
        "first_s": statistics.median(first),
        "bare_s": statistics.median(bare),
        "app_runs_s": [round(t, 3) for t in app],
        "first_runs_s": [round(t, 3) for t in first],
        "bare_runs_s": [round(t, 3) for t in bare],
        "app_rss_kib": statistics.median(app_rss),
        "first_rss_kib": statistics.median(first_rss),
        "bare_rss_kib": statistics.median(bare_rss),
    }


def rows(results: dict) -> list[Row]:
    s = results["startup"]
    bare_rss = s["bare_rss_kib"] / 1024
    rows = [
        Row(
            "start-up to first painted chat list (repeat start, last session's snapshot)",
            s["app_s"] * 1000,
            "ms",
            s["bare_s"] * 1000,
            "bare PySide6 QMainWindow",
            "≤ 2.5× floor",
            s["app_s"] <= 2.5 * s["bare_s"],
        ),
        Row(
            "  … first-ever start (fresh home, no snapshot: store's first page)",
            s["first_s"] * 1000,
            "ms",
            s["bare_s"] * 1000,
            "bare PySide6 QMainWindow",
            "reported",
            None,
        ),
    ]
    rows.append(
        Row(
            "RSS after start-up (first paint, real launch, first-ever start)",
            s["first_rss_kib"] / 1024,
            "MiB",
            bare_rss,
            "bare PySide6 window",
            "reported",
            None,
        )
    )
    return rows

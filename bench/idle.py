"""The idle-CPU row of ``make bench``: the signed-in app with its poller running, beside an
idle bare window, over the same seconds."""

from __future__ import annotations

import signal
import subprocess
import time

from bench.common import app_argv, app_env, app_home, bare_argv, cpu_seconds, launch, log, probe_env
from bench.context import Context
from bench.table import Row


def measure(ctx: Context) -> dict:
    log(f"idle CPU over {ctx.idle_seconds:.0f} s")
    return idle_cpu(ctx)


def idle_cpu(ctx: Context) -> dict:
    """CPU used over ``seconds`` by the idle app (poller running) and by the bare window."""
    seconds = ctx.idle_seconds
    home = app_home(ctx.work, ctx.store, ctx.info)
    _, app = launch(app_argv(home), app_env(ctx.info, "stay", ctx.store), stay=True)
    _, bare = launch(bare_argv(stay=True), probe_env(), stay=True)
    processes = {"app": app["process"], "bare": bare["process"]}
    try:
        time.sleep(5)  # let start-up work (first poll, unread count) finish
        before = {name: cpu_seconds(p.pid) for name, p in processes.items()}
        started = time.monotonic()
        time.sleep(seconds)
        elapsed = time.monotonic() - started
        used = {name: cpu_seconds(p.pid) - before[name] for name, p in processes.items()}
    finally:
        for process in processes.values():
            process.send_signal(signal.SIGTERM)
        for process in processes.values():
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
    return {
        "seconds": round(elapsed, 1),
        "app_percent": 100 * used["app"] / elapsed,
        "bare_percent": 100 * used["bare"] / elapsed,
    }


def rows(results: dict) -> list[Row]:
    idle = results["idle"]
    rows: list[Row] = []
    rows.append(
        Row(
            f"idle CPU over {idle['seconds']:.0f} s, poller running",
            idle["app_percent"],
            "%",
            idle["bare_percent"],
            "bare PySide6 window",
            "< 1 %",
            idle["app_percent"] < 1,
        )
    )
    return rows

"""Rows of ``make bench`` on how long a user waits for messages (``bench/probes/latency.py``):
an SMS at the gateway until its pop-up is painted (the desk in use, and idle), Enter until the
bubble is painted, Enter until it shows sent (✓); at the default settings, against the demo
gateway over HTTP."""

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

MESSAGES = 30  # SMS in each series (in use, idle)
SENDS = 20
# The limits (milliseconds). The idle ones are multiples of the poll setting: idle, a new
# SMS waits for the next poll, up to the whole interval.
POPUP_P50_MS = 1500
POPUP_P95_MS = 3000
IDLE_P50_SETTINGS = 1.0
IDLE_P95_SETTINGS = 1.5
BUBBLE_MS = 50
SENT_P95_MS = 1000


def measure(ctx: Context) -> dict:
    log(f"latency: {MESSAGES} SMS idle and {MESSAGES} in use → pop-up, {SENDS} sends")
    store = ctx.work / "latency.sqlite3"
    shutil.copyfile(ctx.info.path, store)
    home = Path(tempfile.mkdtemp(prefix="latency-", dir=ctx.work))
    argv = [
        sys.executable,
        "-m",
        "bench.probes.latency",
        str(store),
        str(info_path(SCALES[ctx.scale])),
    ]
    done = subprocess.run(
        [*argv, str(home), "--messages", str(MESSAGES), "--sends", str(SENDS)],
        cwd=ROOT,
        env=probe_env(),
        stdout=subprocess.PIPE,
        text=True,
        check=True,
        timeout=900,
    )
    return {line["probe"]: line for line in json_lines(done.stdout)}


def rows(results: dict) -> list[Row]:
    r = results["latency"]
    rows: list[Row] = []
    popup_floor = r["popup_floor"]["median_ms"]
    use = r["popup_in_use"]
    rows.append(
        Row(
            f"SMS at the gateway → pop-up painted, desk in use (p50 of {use['n']};"
            f" polls every {use['period_s']:g} s, {use['polls_per_minute']:g}/min)",
            use["p50_ms"],
            "ms",
            popup_floor,
            "one list request over HTTP",
            f"≤ {POPUP_P50_MS:,} ms",
            use["p50_ms"] <= POPUP_P50_MS,
        )
    )
    rows.append(
        Row(
            "  … p95, desk in use",
            use["p95_ms"],
            "ms",
            popup_floor,
            "one list request over HTTP",
            f"≤ {POPUP_P95_MS:,} ms",
            use["p95_ms"] <= POPUP_P95_MS,
        )
    )
    if "popup_idle" in r:
        idle = r["popup_idle"]
        setting_ms = r["settings"]["poll_interval_s"] * 1000
        rows.append(
            Row(
                f"  … p50, desk idle (polls every {idle['period_s']:g} s, the setting)",
                idle["p50_ms"],
                "ms",
                popup_floor,
                "one list request over HTTP",
                f"≤ {IDLE_P50_SETTINGS:g}× the setting",
                idle["p50_ms"] <= IDLE_P50_SETTINGS * setting_ms,
            )
        )
        rows.append(
            Row(
                "  … p95, desk idle",
                idle["p95_ms"],
                "ms",
                popup_floor,
                "one list request over HTTP",
                f"≤ {IDLE_P95_SETTINGS:g}× the setting",
                idle["p95_ms"] <= IDLE_P95_SETTINGS * setting_ms,
            )
        )
    if "cpu_in_use" in r:
        cpu = r["cpu_in_use"]
        rows.append(
            Row(
                f"CPU while in use, nothing arriving ({cpu['polls_per_minute']:g} polls/min,"
                " app and demo gateway in one process)",
                cpu["percent"],
                "%",
                None,
                "",
                "reported",
                None,
            )
        )
    send = r["send"]
    bubble_floor = r["bubble_floor"]["median_ms"]
    for key, name in (("p50_ms", "median"), ("p95_ms", "p95")):
        rows.append(
            Row(
                f"Enter → bubble painted ({name} of {send['bubble']['n']})",
                send["bubble"][key],
                "ms",
                bubble_floor,
                "bare QListView, one row appended",
                f"≤ {BUBBLE_MS} ms",
                send["bubble"][key] <= BUBBLE_MS,
            )
        )
    sent = send["sent"]
    rows.append(
        Row(
            f"Enter → ✓ painted (p95 of {sent['n']}; median {sent['p50_ms']:.0f} ms)",
            send["sent"]["p95_ms"],
            "ms",
            r["send_floor"]["median_ms"],
            "one send request over HTTP",
            f"≤ {SENT_P95_MS:,} ms",
            send["sent"]["p95_ms"] <= SENT_P95_MS,
        )
    )
    return rows

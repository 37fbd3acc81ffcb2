"""The search-as-you-type rows of ``make bench`` (``bench/probes/typing.py``): queries typed
key by key into the real app's search box at a typist's pace, each keystroke timed to the
paint of its answer, beside the raw FTS5 MATCH of the same texts."""

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

# p95 keystroke → answer painted: the limit, and where it holds with margin (80 %).
LIMIT_MS = 250
MARGIN_MS = 0.8 * LIMIT_MS


def measure(ctx: Context) -> dict:
    log("typing: search as you type, keystroke → answer painted")
    store = ctx.work / "typing.sqlite3"
    shutil.copyfile(ctx.info.path, store)
    home = Path(tempfile.mkdtemp(prefix="typing-", dir=ctx.work))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.probes.typing",
            str(store),
            str(info_path(SCALES[ctx.scale])),
            str(home),
            "--rounds",
            str(max(1, min(ctx.runs, 5))),
        ],
        cwd=ROOT,
        env=probe_env(),
        stdout=subprocess.PIPE,
        text=True,
        check=True,
        timeout=900,
    )
    return {line["probe"]: line for line in json_lines(done.stdout)}


def rows(results: dict) -> list[Row]:
    typing, floor = results["typing"]["typing"], results["typing"]["typing_floor"]
    every, last = typing["keystrokes"], typing["last_keys"]
    messages = results["store"]["messages"]
    return [
        Row(
            f"search as you type over {messages:,} messages: keystroke → answer painted p95"
            f" ({every['n']:,} keys at {typing['pace_ms']} ms apart)",
            every["p95_ms"],
            "ms",
            floor["fts_p95_ms"],
            "raw FTS5 MATCH of the typed text, p95",
            f"≤ {LIMIT_MS} ms (holds at ≤ {MARGIN_MS:.0f})",
            every["p95_ms"] <= MARGIN_MS,
        ),
        Row(
            "  … the last key of each query → its answer painted, p95",
            last["p95_ms"],
            "ms",
            floor["fts_p95_ms"],
            "raw FTS5 MATCH of the typed text, p95",
            f"≤ {LIMIT_MS} ms (holds at ≤ {MARGIN_MS:.0f})",
            last["p95_ms"] <= MARGIN_MS,
        ),
    ]

"""``make bench``: measure SMS Desk on a busy office's store and print the table.

Generates (or reuses) the store of 100,000 conversations and 1,000,000 messages, then runs
each measurement in its own process so every start-up is cold and every memory figure is
the process's own:

- start-up: ``python -m desktop`` signed in through a remembered password, until the chat
  list is first painted with conversations, against a bare PySide6 window (median of runs):
  a repeat start (the home's previous session quit normally and left its snapshot, as a
  user's yesterday did) and, reported beside it, the first-ever start of a fresh home;
- a session of the real app (``bench/probes/session.py``): opening the 10k-message
  conversation, scrolling it and the chat list end to end, a burst of 10k inbound messages
  from the demo gateway over HTTP with a GUI-thread heartbeat, search, memory;
- memory on a small store (10k messages) beside the large one: it must not grow with history;
- idle CPU over 60 s of the app with its poller running, beside the bare window;
- search as you type (``bench/probes/typing.py``): queries typed key by key into the real
  app's search box, each keystroke to the paint of its answer, beside the raw FTS5 MATCH;
- a compressed working day (``bench/probes/day.py``, ``--day-minutes``): traffic, pop-ups,
  opens, searches, scrolls, replies, the window hidden and shown; memory growth from minute
  5 to the end, CPU while hidden and while shown.

Each figure is printed with its ratio to a floor measured in the same run; the results go to
stdout and ``bench/results.json`` with the machine described.

Each part is a section module with ``measure(Context) -> dict`` (its results, kept under
its name in ``bench/results.json``) and ``rows(results) -> list[Row]`` (its lines of the
table); ``SECTIONS`` lists them in the table's order. ``--only NAME`` runs some of them.

Usage: python -m bench.run [--runs N] [--idle-seconds S] [--day-minutes M] [--scale large|small]
    [--only NAME]
"""

from __future__ import annotations

import argparse
import compileall
import json
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from bench import (
    app_session,
    idle,
    latency,
    startup,
    team_pg,
    team_relay,
    typing_search,
    working_day,
)
from bench.common import BENCH_DIR, ROOT
from bench.context import Context
from bench.generate import SCALES, generate
from bench.machine import machine
from bench.table import Row, render

RESULTS = BENCH_DIR / "results.json"
# The key of a section's results when it raised: its reason, printed as a failed row.
FAILED = "failed"

# (name, module): each module has measure(Context) -> dict and rows(results) -> list[Row].
SECTIONS: list[tuple[str, ModuleType]] = [
    ("startup", startup),
    ("session", app_session),
    ("team", team_pg),
    ("idle", idle),
    ("latency", latency),
    ("relay", team_relay),
    ("typing", typing_search),
    ("day", working_day),
]


def rows_from(results: dict) -> list[Row]:
    rows: list[Row] = []
    for name, module in SECTIONS:
        if name in results:
            failed = results[name].get(FAILED) if isinstance(results[name], dict) else None
            if failed:
                rows.append(
                    Row(f"section {name} did not finish: {failed}", 0, "", None, "", "runs", False)
                )
            else:
                rows += module.rows(results)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="start-ups of each kind")
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--day-minutes", type=float, default=30.0, help="the working day's")
    parser.add_argument("--scale", choices=sorted(SCALES), default="large")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        choices=[name for name, _ in SECTIONS],
        help="run this section only (repeat for several)",
    )
    args = parser.parse_args(argv)
    begun = time.monotonic()
    # Measure the app as installed: pip compiles an installed package's bytecode, but an
    # editable checkout (or PYTHONDONTWRITEBYTECODE=1) would compile every module at each
    # start-up.
    compileall.compile_dir(ROOT / "desktop", quiet=1)
    compileall.compile_dir(BENCH_DIR, quiet=1)

    info = generate(SCALES[args.scale])
    small_info = generate(SCALES["small"])
    results: dict = {"machine": machine(), "store": info.__dict__ | {"path": Path(info.path).name}}
    with tempfile.TemporaryDirectory(prefix="smsdesk-bench-", dir=BENCH_DIR) as tmp:
        work = Path(tmp)
        # A working copy: the probes write (greetings, a burst); the cached stores stay as built.
        store = work / "store.sqlite3"
        shutil.copyfile(info.path, store)
        ctx = Context(
            work=work,
            store=store,
            info=info,
            small_info=small_info,
            scale=args.scale,
            runs=args.runs,
            idle_seconds=args.idle_seconds,
            day_minutes=args.day_minutes,
            only=frozenset(args.only),
        )
        for name, module in SECTIONS:
            if not args.only or name in args.only:
                measure: Callable[[Context], dict] = module.measure
                try:
                    results[name] = measure(ctx)
                except Exception as problem:  # one section's failure keeps the others' figures
                    traceback.print_exc()
                    print(f"  [bench] {name} did not finish; going on", file=sys.stderr)
                    first_line = str(problem).splitlines()[0] if str(problem) else ""
                    results[name] = {FAILED: f"{type(problem).__name__}: {first_line}"}

    rows = rows_from(results)
    results["table"] = [row.as_dict() for row in rows]
    results["total_seconds"] = round(time.monotonic() - begun, 1)
    table = render(rows)
    m = results["machine"]
    print(
        f"SMS Desk benchmark — {info.messages:,} messages in {info.conversations:,} conversations"
        f"\n{m['cpu']}, {m['cores']} cores, {m['ram_mib']:,} MiB RAM; Python {m['python']},"
        f" PySide6 {m['pyside6']} (Qt {m['qt']}), SQLite {m['sqlite']}\n"
    )
    print(table)
    print(f"\n{results['total_seconds']:.0f} s in all; details in {RESULTS.relative_to(ROOT)}")
    RESULTS.write_text(json.dumps(results, indent=2, default=str) + "\n")
    return 0 if all(row.holds is not False for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())

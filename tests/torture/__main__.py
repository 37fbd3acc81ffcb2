"""``python -m tests.torture``: run the kill scenarios and print what was lost or sent twice."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from tests.torture import sqlite_kills, team_kills
from tests.torture.harness import Tally


def _row(name: str, kills: int, result: Tally, seconds: float) -> str:
    return (
        f"| {name} | {kills} | {result.queued} | {result.sent} | {result.failed} | "
        f"{result.lost} | {result.duplicated} | {result.received} | {result.inbound_lost} | "
        f"{seconds:.0f} s |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make torture", description=__doc__)
    parser.add_argument("--sqlite-kills", type=int, default=200)
    parser.add_argument("--leader-rounds", type=int, default=30)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--only", choices=["sqlite", "team"], default=None)
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 32)
    rng = random.Random(seed)
    print(f"torture run, seed {seed}", flush=True)
    rows: list[str] = []
    results: list[Tally] = []
    with tempfile.TemporaryDirectory(prefix="smsdesk-torture-") as tmp:
        folder = Path(tmp)
        if args.only in (None, "sqlite"):
            started = time.monotonic()
            result, kills = sqlite_kills.run(folder, args.sqlite_kills, rng)
            rows.append(
                _row("one desk, SQLite, SIGKILL", kills, result, time.monotonic() - started)
            )
            results.append(result)
        if args.only in (None, "team"):
            started = time.monotonic()
            result, kills, splits = team_kills.run(folder, args.leader_rounds, rng)
            rows.append(
                _row(
                    f"three desks, PostgreSQL, leader killed ({kills}) or split ({splits})",
                    kills + splits,
                    result,
                    time.monotonic() - started,
                )
            )
            results.append(result)
    print()
    print(
        "| scenario | kills | queued | sent | failed | lost | duplicated | received "
        "| inbound lost | time |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(row)
    problems = [p for r in results for p in r.problems]
    for problem in problems[:50]:
        print("  " + problem)
    return 0 if all(r.clean for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

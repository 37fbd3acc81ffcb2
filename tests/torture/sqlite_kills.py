"""One desk on a SQLite file, killed with SIGKILL over and over mid-send and mid-ingest."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from desktop.gateway.demo import DemoGateway
from desktop.store import open_store
from tests.torture import harness
from tests.torture.harness import PEERS, DeskProcess, Tally, arm_random_fault, tally

TAG = "sqlite"


def desk_config(demo: DemoGateway, url: str, **extra: object) -> dict[str, object]:
    return harness.desk_config(demo, url, TAG, **extra)


def _pending(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM outbox").fetchone()[0]


def _stored(path: Path, sids: list[str]) -> int:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TEMP TABLE wanted (sid TEXT)")
        db.executemany("INSERT INTO wanted VALUES (?)", [(s,) for s in sids])
        return db.execute(
            "SELECT count(*) FROM messages WHERE gateway_sid IN (SELECT sid FROM wanted)"
        ).fetchone()[0]


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]


def run(folder: Path, kills: int, rng: random.Random, say: object = print) -> tuple[Tally, int]:
    """Kill the desk ``kills`` times, then let it drain; return the tally and the kill count."""
    path = folder / "torture.sqlite3"
    url = f"sqlite:///{path}"
    open_store(url).close()  # migrated before the first kill
    demo = DemoGateway(greet=False, auto_reply=False, status_delays=(0.2, 0.6)).start()
    inbound: list[str] = []
    done = 0
    try:
        for round_ in range(kills):
            arm_random_fault(demo, rng)
            if rng.random() < 0.1:
                inbound += demo.inbound_many(
                    (rng.choice(PEERS), f"burst {round_}-{i}")
                    for i in range(rng.randint(200, 2000))
                )
            else:
                for _ in range(rng.randint(0, 4)):
                    inbound.append(demo.inbound(rng.choice(PEERS), f"inbound {round_}"))
            desk = DeskProcess(
                desk_config(demo, url, queue_every=0.25, first_seq=round_ * 1000),
                folder,
                f"desk-{round_}",
            )
            trigger = rng.choice(["S", "S", "S", "I", "Q", "time"])
            if trigger == "time":
                time.sleep(rng.uniform(0.3, 2.5))
            else:
                desk.wait_for(trigger, rng.randint(1, 4), timeout=6.0)
                time.sleep(rng.uniform(0.0, 0.03))
            desk.kill()
            done += 1
            if round_ % 50 == 49:
                state = _integrity(path)
                if state != "ok":
                    raise AssertionError(f"integrity check after {done} kills: {state}")
                say(f"  SQLite: {done} kills, {_pending(path)} in the outbox")
        demo.clear_faults()
        desk = DeskProcess(desk_config(demo, url), folder, "desk-drain")
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            if _pending(path) == 0 and _stored(path, inbound) == len(inbound):
                break
            time.sleep(0.5)
        desk.stop()
        state = _integrity(path)
        if state != "ok":
            raise AssertionError(f"integrity check at the end: {state}")
        return tally(url, demo, TAG, inbound), done
    finally:
        demo.stop()

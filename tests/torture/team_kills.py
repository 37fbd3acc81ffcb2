"""Three desks of a team on PostgreSQL: the leader killed mid-send on a slow gateway, and split.

Each round finds the desk that leads (the holder of the poller lease's advisory lock, named by
its connection's ``application_name``) and either kills it with SIGKILL while it sends (its
gateway slower than its adapter's timeout, so the message is created after the desk gave up
or died) and starts it again, or cuts its lock connection with ``pg_terminate_backend``
while the process goes on (a split brain: it must stop sending the moment it lost the lease).
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg

from desktop.gateway.demo import DemoGateway, Fault
from desktop.store import open_store
from tests.pg import PostgresServer
from tests.torture.harness import PEERS, DeskProcess, Tally, desk_config, tally

TAG = "team"
DESKS = 3
# The lock key of desktop.store.fencing.POLLER_LOCK_KEY, split as pg_locks shows it.
_LEADER = """
SELECT a.application_name, l.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = %s AND l.objid::bigint = %s
"""


def _named(url: str, name: str) -> str:
    parts = urlsplit(url)
    query = "&".join(filter(None, [parts.query, urlencode({"application_name": name})]))
    return urlunsplit(parts._replace(query=query))


def _lock_parts() -> tuple[int, int]:
    from desktop.store.fencing import POLLER_LOCK_KEY

    return (POLLER_LOCK_KEY >> 32) & 0xFFFFFFFF, POLLER_LOCK_KEY & 0xFFFFFFFF


def _leader(admin: psycopg.Connection) -> tuple[str, int] | None:
    row = admin.execute(_LEADER, _lock_parts()).fetchone()
    return (row[0], row[1]) if row else None


def _config(demo: DemoGateway, url: str, name: str, **extra: object) -> dict[str, object]:
    # The gateway is often slower than this timeout: the desk gives up (or dies) while the
    # gateway goes on to create the message.
    settings: dict[str, object] = {"name": name, "team": True, "timeout": [1.0, 0.6], **extra}
    return desk_config(demo, _named(url, name), f"{TAG}-{name}", **settings)


def _pending(admin: psycopg.Connection) -> int:
    return admin.execute("SELECT count(*) FROM outbox").fetchone()[0]


def _stored(admin: psycopg.Connection, sids: list[str]) -> int:
    return admin.execute(
        "SELECT count(*) FROM messages WHERE gateway_sid = ANY(%s)", (sids,)
    ).fetchone()[0]


def run(
    folder: Path, rounds: int, rng: random.Random, say: object = print
) -> tuple[Tally, int, int]:
    """Kill or split the leader ``rounds`` times; return the tally, kills and splits."""
    with PostgresServer() as server:
        url = server.create_database("torture")
        open_store(url).close()  # migrated before the desks start
        demo = DemoGateway(greet=False, auto_reply=False, status_delays=(0.2, 0.6)).start()
        admin = psycopg.connect(server.url("torture"), autocommit=True)
        desks: dict[str, DeskProcess] = {}
        generation: dict[str, int] = {}

        def start(name: str, **extra: object) -> None:
            generation[name] = generation.get(name, -1) + 1
            desks[name] = DeskProcess(
                _config(demo, url, name, first_seq=generation[name] * 100_000, **extra),
                folder,
                f"{name}-{generation[name]}",
            )

        inbound: list[str] = []
        kills = splits = 0
        try:
            for i in range(DESKS):
                start(f"desk{i}", queue_every=0.6)
            for round_ in range(rounds):
                demo.clear_faults()
                demo.inject(Fault.SLOW_CREATE, times=3, delay=rng.uniform(0.7, 1.6))
                for _ in range(rng.randint(0, 3)):
                    inbound.append(demo.inbound(rng.choice(PEERS), f"team inbound {round_}"))
                deadline = time.monotonic() + 20
                leader = None
                while leader is None and time.monotonic() < deadline:
                    leader = _leader(admin)
                    if leader is None:
                        time.sleep(0.1)
                if leader is None:
                    raise AssertionError("no desk took the lead within 20 s")
                name, lock_pid = leader
                desk = desks[name]
                desk.wait_for("S", rng.randint(1, 3), timeout=8.0)
                time.sleep(rng.uniform(0.0, 0.3))
                if round_ % 3 == 2:
                    # Split brain: its lock connection dies, the desk itself goes on.
                    admin.execute("SELECT pg_terminate_backend(%s)", (lock_pid,))
                    splits += 1
                else:
                    desk.kill()
                    kills += 1
                    start(name, queue_every=0.6)
                if round_ % 10 == 9:
                    say(f"  team: {kills} leader kills, {splits} splits, {_pending(admin)} queued")
            for desk in desks.values():
                desk.kill()
            demo.clear_faults()
            for i in range(DESKS):
                start(f"desk{i}")
            deadline = time.monotonic() + 240
            while time.monotonic() < deadline:
                if _pending(admin) == 0 and _stored(admin, inbound) == len(inbound):
                    break
                time.sleep(0.5)
            for desk in desks.values():
                desk.stop()
            return tally(url, demo, TAG, inbound), kills, splits
        finally:
            for desk in desks.values():
                if desk.process.poll() is None:
                    desk.kill()
            admin.close()
            demo.stop()

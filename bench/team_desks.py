"""Twenty desks on one team database: the gateway's requests per minute and each desk's
connections, beside one desk alone (rows of the ``team`` section of ``make bench``).

Each desk is the real app in its own process (``python -m desktop --home …`` offscreen,
signed in through a remembered sign-in, its token in the benchmark keyring) as a colleague of its
own (extensions 201…), with the team's PostgreSQL as its database and one demo gateway over
HTTP on 127.0.0.1 as its Twilio-compatible gateway: its store, sync worker and team link
(change listener and poller lease) as an office runs them. Every desk's connections carry
its name as ``application_name`` (a parameter of its database URL, as an administrator may
set it), so ``pg_stat_activity`` tells whose each is; it is sampled every few seconds and
each desk's most is kept. The gateway
counts the requests it serves. One desk alone over the same time, first, is the floor: in a
team only the leader polls, so twenty desks should cost the gateway one desk's rate. The
desks start a second apart (``STAGGER_SECONDS``), as colleagues arrive; each is watched
once all have painted their chat list and settled.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop.accounts.staff import Accounts
from desktop.config.settings import Paths, Settings, save_settings
from desktop.gateway.demo import DemoGateway
from desktop.store import open_store

from bench.common import KEYRING, app_argv, log, probe_env, remembered_token
from bench.generate import StoreInfo
from bench.pg_store import PostgresServer
from bench.table import Row

DESKS = 20
SECONDS = 60.0
SETTLE_SECONDS = 10.0  # after the last desk painted: start-up polls and catch-up end
SAMPLE_SECONDS = 3.0
# Desks start this far apart, as an office's colleagues arrive. (Started in the same second
# they would all sign in at once too: a remembered sign-in is a token checked against its
# digest, with no turn in the sign-in throttle; when it was the password, the throttle's
# allowance of ten in flight refused a few of them: "its turn would be in 34 s".)
STAGGER_SECONDS = 1.0
FIRST_EXTENSION = 201
CONNECTIONS_PER_DESK = 2
# Twenty desks may cost the gateway one desk's rate and a little: a poll more or less falls
# in the minute watched (12 polls of 5 s).
RATE_SLACK = 1.2
PREFIX = "bench-desk-"


def measure(server: PostgresServer, url: str, info: StoreInfo, work: Path) -> dict[str, Any]:
    """One desk alone, then ``DESKS`` together, each watched for ``SECONDS``."""
    _add_colleagues(url, info, DESKS)
    gateway = DemoGateway(desk_number=info.desk_number, greet=False, auto_reply=False).start()
    try:
        one = _watch(server, url, info, gateway, work, 1)
        many = _watch(server, url, info, gateway, work, DESKS)
    finally:
        gateway.stop()
    return {"one": one, "many": many}


def _add_colleagues(url: str, info: StoreInfo, count: int) -> None:
    store = open_store(url)
    try:
        accounts = Accounts(store)
        for n in range(count):
            extension = str(FIRST_EXTENSION + n)
            if accounts.get_user(extension) is None:
                accounts.create_user(extension, f"Desk {n + 1}", info.password)
    finally:
        store.close()


def _home(work: Path, url: str, gateway: DemoGateway, extension: str) -> Path:
    home = Path(tempfile.mkdtemp(prefix="desk-", dir=work))
    paths = Paths.under(home)
    paths.ensure()
    settings = Settings(
        gateway="twilio",
        gateway_base_url=gateway.base_url,
        account_sid=gateway.account_sid,
        from_number=gateway.phone_number,
        database_url=url,
        default_region="US",
        no_tray_notice_shown=True,
        remembered_extension=extension,
    )
    save_settings(paths.settings_file, settings)
    return home


def _start(
    url: str, info: StoreInfo, gateway: DemoGateway, work: Path, count: int
) -> dict[str, subprocess.Popen[str]]:
    """Start ``count`` desks at once; return them once each has painted its chat list."""
    desks: dict[str, subprocess.Popen[str]] = {}
    # Each colleague signed in once with "Remember me": a token of their own.
    tokens = [remembered_token(url, str(FIRST_EXTENSION + n)) for n in range(count)]
    for n in range(count):
        name = f"{PREFIX}{n + 1:02d}"
        env = probe_env(
            SMSDESK_BENCH_FIRST_PAINT="stay",
            PYTHON_KEYRING_BACKEND=KEYRING,
            SMSDESK_BENCH_REMEMBERED=tokens[n],
            SMSDESK_BENCH_GATEWAY_TOKEN=gateway.auth_token,
        )
        named = f"{url}{'&' if '?' in url else '?'}application_name={name}"
        home = _home(work, named, gateway, str(FIRST_EXTENSION + n))
        if desks:
            time.sleep(STAGGER_SECONDS)
        desks[name] = subprocess.Popen(
            app_argv(home), env=env, stdout=subprocess.PIPE, text=True, cwd=work
        )
    waiting = {desk.stdout.fileno(): name for name, desk in desks.items() if desk.stdout}
    deadline = time.monotonic() + 60 + 10 * count
    while waiting:
        ready, _, _ = select.select(list(waiting), [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            _stop(desks)
            raise RuntimeError(f"desks that never painted: {sorted(waiting.values())}")
        for fd in ready:
            line = os.read(fd, 65536).decode()
            name = waiting.pop(fd)
            if not line.startswith("{"):
                _stop(desks)
                raise RuntimeError(f"{name} ended without painting (exit {desks[name].poll()})")
            json.loads(line.splitlines()[0])
    return desks


def _stop(desks: dict[str, subprocess.Popen[str]]) -> None:
    for desk in desks.values():
        if desk.poll() is None:
            desk.send_signal(signal.SIGTERM)
    for desk in desks.values():
        try:
            desk.wait(30)
        except subprocess.TimeoutExpired:
            desk.kill()
            desk.wait(10)


def _resident_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _connections(server: PostgresServer) -> dict[str, int]:
    with server.connect("postgres") as admin:
        rows = admin.execute(
            "SELECT application_name, count(*) FROM pg_stat_activity"
            " WHERE application_name LIKE %s GROUP BY application_name",
            (PREFIX + "%",),
        ).fetchall()
    return {name: int(count) for name, count in rows}


def _watch(
    server: PostgresServer,
    url: str,
    info: StoreInfo,
    gateway: DemoGateway,
    work: Path,
    count: int,
) -> dict[str, Any]:
    log(f"team: {count} desk(s) on one database and one gateway, {SECONDS:.0f} s")
    started = time.monotonic()
    desks = _start(url, info, gateway, work, count)
    try:
        log(f"team: {count} desk(s) painted in {time.monotonic() - started:.0f} s")
        time.sleep(SETTLE_SECONDS)
        most: dict[str, int] = {}
        before = len(gateway.requests_seen())
        begun = time.monotonic()
        while time.monotonic() - begun < SECONDS:
            for name, held in _connections(server).items():
                most[name] = max(most.get(name, 0), held)
            time.sleep(SAMPLE_SECONDS)
        elapsed = time.monotonic() - begun
        seen = gateway.requests_seen()
        after = len(seen)
        alive = sum(desk.poll() is None for desk in desks.values())
        rss = [_resident_kib(desk.pid) for desk in desks.values() if desk.poll() is None]
    finally:
        _stop(desks)
    return {
        "desks": count,
        "alive": alive,
        "seconds": round(elapsed, 1),
        "requests": after - before,
        "requests_per_minute": round((after - before) * 60 / elapsed, 1),
        "connections": most,
        "most_connections": max(most.values(), default=0),
        "rss_mib_median": round(sorted(rss)[len(rss) // 2] / 1024, 1) if rss else None,
        "paths": sorted({path.split("?")[0] for _, path in seen[before:]}),
    }


def rows(results: dict[str, Any]) -> list[Row]:
    one, many = results["one"], results["many"]
    rate, floor = many["requests_per_minute"], one["requests_per_minute"]
    return [
        Row(
            f"{many['desks']} desks on one database: gateway requests per minute",
            rate,
            "/min",
            floor,
            "one desk alone",
            f"≤ {RATE_SLACK:g}× one desk's (only the leader polls)",
            many["alive"] == many["desks"] and rate <= max(floor, 1) * RATE_SLACK,
        ),
        Row(
            f"  … connections per desk (most of {many['desks']}, sampled)",
            many["most_connections"],
            "",
            one["most_connections"],
            "one desk alone",
            f"≤ {CONNECTIONS_PER_DESK}",
            len(many["connections"]) == many["desks"]
            and many["most_connections"] <= CONNECTIONS_PER_DESK,
        ),
    ]

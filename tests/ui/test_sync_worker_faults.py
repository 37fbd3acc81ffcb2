"""The sync worker thread waits out a database outage in words and comes back within a few
seconds of the database's return; a bug is reported and retried, never the end of syncing.

The worker runs in its own QThread, as in the app; the database is the real PostgreSQL
server of tests/pg.py, stopped and started again.
"""

from __future__ import annotations

import socket
import time

import psycopg
import pytest

from desktop.store import open_store
from desktop.sync.engine import DATABASE_RETRY_CAP, LinkState, SyncReport
from desktop.ui.threads import worker as worker_module
from desktop.ui.threads.worker import SyncThread
from desktop.ui.window.main_window import ConnectionIndicator
from tests.integration.engines import make_engine


class Reports:
    """Every report the worker sent, with when it arrived."""

    def __init__(self) -> None:
        self.received: list[tuple[float, SyncReport]] = []

    def __call__(self, report: SyncReport) -> None:
        self.received.append((time.monotonic(), report))

    def first(self, state: LinkState, after: float = 0.0) -> tuple[float, SyncReport] | None:
        return next(((t, r) for t, r in self.received if r.state is state and t >= after), None)


@pytest.mark.postgres
def test_the_worker_says_the_database_is_unreachable_and_polls_soon_after_it_returns(
    qtbot, postgres_server, postgres_url, demo_gateway
):
    store = open_store(postgres_url)
    sync = SyncThread(lambda: make_engine(store, demo_gateway, poll_interval=0.3))
    reports = Reports()
    indicator = ConnectionIndicator()
    sync.worker.sig_report.connect(reports)
    sync.worker.sig_report.connect(indicator.show_report)
    sync.start()
    try:
        qtbot.waitUntil(lambda: reports.first(LinkState.ONLINE) is not None, timeout=10_000)
        postgres_server.halt()
        try:
            halted = time.monotonic()
            qtbot.waitUntil(
                lambda: reports.first(LinkState.DATABASE_FAULT, halted) is not None,
                timeout=10_000,
            )
            _at, fault = reports.first(LinkState.DATABASE_FAULT, halted)
            assert fault.message == "Can't reach the database"
            assert fault.retry_in <= 1.0
            # (The indicator's own queued copy of the report may come a moment later.)
            qtbot.waitUntil(
                lambda: indicator.text.startswith("Can't reach the database — retrying"),
                timeout=3000,
            )
            demo_gateway.inbound("+14155550134", "while it was down")

            def backed_off() -> bool:
                """A few failed attempts since the halt, the back-off grown."""
                waits = [
                    r.retry_in
                    for t, r in reports.received
                    if r.state is LinkState.DATABASE_FAULT and t >= halted
                ]
                return len(waits) >= 3 and waits[-1] > waits[0]

            qtbot.waitUntil(backed_off, timeout=15_000)
        finally:
            postgres_server.resume()
        back = time.monotonic()

        qtbot.waitUntil(lambda: reports.first(LinkState.ONLINE, back) is not None, timeout=15_000)
        online_at, _report = reports.first(LinkState.ONLINE, back)
        assert online_at - back < DATABASE_RETRY_CAP + 2  # a few seconds, not 30
        qtbot.waitUntil(lambda: indicator.text == "Connected", timeout=3000)
        conversation = store.conversations.find("+14155550134")
        assert conversation is not None
        waits = [r.retry_in for t, r in reports.received if r.state is LinkState.DATABASE_FAULT]
        assert max(waits) <= DATABASE_RETRY_CAP
    finally:
        assert sync.stop()
        store.close()


class Failing:
    """An engine with a bug in its first cycles (the worker is what is tested here)."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.cycles = 0

    def run_cycle(self) -> SyncReport:
        self.cycles += 1
        if self.cycles <= self.failures:
            raise RuntimeError("a bug")
        return SyncReport(LinkState.ONLINE, "Connected", 60.0)

    def close(self) -> None:
        pass


def test_a_bug_is_reported_and_retried_on_a_back_off_never_given_up(qtbot, monkeypatch):
    monkeypatch.setattr(worker_module, "BUG_RETRY_BASE", 0.2)
    engine = Failing(failures=3)
    sync = SyncThread(lambda: engine)
    reports = Reports()
    sync.worker.sig_report.connect(reports)
    sync.start()
    try:
        qtbot.waitUntil(lambda: reports.first(LinkState.ONLINE) is not None, timeout=10_000)
    finally:
        assert sync.stop()
    failed = [r for _t, r in reports.received if r.state is LinkState.NEEDS_ATTENTION]
    assert len(failed) == 3
    assert all("Syncing failed unexpectedly" in r.message for r in failed)
    assert [r.retry_in for r in failed] == sorted(r.retry_in for r in failed)  # backing off
    assert failed[0].retry_in <= 0.2


def unreachable_postgresql() -> None:
    """Raise what psycopg raises for a server that is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    psycopg.connect(host="127.0.0.1", port=port, user="x", dbname="x", connect_timeout=2)


class LeaseDown(Failing):
    """An engine whose first cycle meets a database outage the engine itself does not catch
    (the team's lease is asked before the cycle's own work)."""

    def run_cycle(self) -> SyncReport:
        self.cycles += 1
        if self.cycles == 1:
            unreachable_postgresql()
        return SyncReport(LinkState.ONLINE, "Connected", 60.0)


@pytest.mark.parametrize("where", ["building the engine", "in a cycle"])
def test_a_database_fault_outside_the_engines_work_is_waited_out_not_called_a_bug(qtbot, where):
    # A server that is down is an outage like any other, retried within a second, not
    # "could not start" or "failed unexpectedly".
    attempts = []

    def make_engine():
        attempts.append(time.monotonic())
        if where == "in a cycle":
            return LeaseDown(failures=0)
        if len(attempts) == 1:
            unreachable_postgresql()
        return Failing(failures=0)

    sync = SyncThread(make_engine)
    reports = Reports()
    sync.worker.sig_report.connect(reports)
    sync.start()
    try:
        qtbot.waitUntil(lambda: reports.first(LinkState.ONLINE) is not None, timeout=10_000)
    finally:
        assert sync.stop()
    (first_at, first), (second_at, _second), *_rest = reports.received
    assert first.state is LinkState.DATABASE_FAULT
    assert first.message == "Can't reach the database"
    assert second_at - first_at <= 1.5

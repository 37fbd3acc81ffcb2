"""A database outage is an expected fault: the sync engine backs off briefly with a sentence
and polls again within a few seconds of the database's return, losing nothing.

The real PostgreSQL server of tests/pg.py is stopped and started again (as a restart does)
between cycles; a real SQLite file is locked by another connection.
"""

from __future__ import annotations

import sqlite3
import time

import pytest

from desktop.store import open_store
from desktop.sync.engine import DATABASE_RETRY_CAP, LinkState
from tests.integration.engines import make_engine

ALICE = "+14155550134"


@pytest.mark.postgres
def test_a_postgresql_restart_is_waited_out_briefly_and_nothing_is_lost(
    postgres_server, postgres_url, demo_gateway
):
    store = open_store(postgres_url)
    engine = make_engine(store, demo_gateway, rng=lambda: 0.999)
    try:
        assert engine.run_cycle().state is LinkState.ONLINE
        conversation = store.conversations.open(ALICE)
        queued = store.outbound.queue(conversation.id, "sent once", desk_number="+14155550100")

        postgres_server.halt()
        try:
            demo_gateway.inbound(ALICE, "arrived while the database was down")
            reports = [engine.run_cycle() for _ in range(6)]
        finally:
            postgres_server.resume()
        back_at = time.monotonic()

        assert {r.state for r in reports} == {LinkState.DATABASE_FAULT}
        assert {r.message for r in reports} == {"Can't reach the database"}
        assert "carries on by itself" in reports[0].detail
        delays = [r.retry_in for r in reports]
        assert delays[0] <= 1.0  # starting short
        assert delays == sorted(delays)
        assert max(delays) <= DATABASE_RETRY_CAP  # a few seconds at most, never 30

        # The worker waits what the last report said; then the desk is back.
        time.sleep(reports[-1].retry_in)
        report = engine.run_cycle()
        assert report.state is LinkState.ONLINE
        assert time.monotonic() - back_at < DATABASE_RETRY_CAP + 3
        messages = store.conversations.messages(conversation.id)
        assert "arrived while the database was down" in [m.body for m in messages]
        sent = [m for m in demo_gateway.sent() if m["body"] == "sent once"]
        assert len(sent) == 1
        assert store.conversations.get_message(queued.id).gateway_sid == sent[0]["sid"]
    finally:
        engine.close()
        store.close()


def test_a_sqlite_file_locked_by_another_program_is_a_busy_database(tmp_path, demo_gateway):
    path = tmp_path / "desk.sqlite3"
    store = open_store(f"sqlite:///{path}")
    engine = make_engine(store, demo_gateway)
    demo_gateway.inbound(ALICE, "waits for the lock")
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # longer than the store's 10 s busy timeout
        report = engine.run_cycle()
    finally:
        holder.close()

    assert report.state is LinkState.DATABASE_FAULT
    assert report.message == "The database is busy"
    assert report.retry_in <= 1.0
    assert engine.run_cycle().received == 1
    store.close()

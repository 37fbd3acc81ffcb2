"""A read on PostgreSQL is its statements alone: no ping, no BEGIN, no ROLLBACK around them.

Each read of one statement cost four round trips to the server (the pool's pre-ping, BEGIN,
the statement, ROLLBACK), and opening a conversation makes three reads: on a team's database
it took twice SQLite's time (``make bench``, the team rows). The server's own log of the
statements the store's connection ran tells what went over the wire. A server restart is
still noticed before a read, without the ping's round trip: the read after it just works.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from desktop.accounts.staff import Accounts
from desktop.store import InboundRecord, Store, open_store

if TYPE_CHECKING:
    from pg import PostgresServer

pytestmark = pytest.mark.postgres

ALICE = "+14155550134"


def logged_statements(server: PostgresServer, pid: int, since: int) -> list[str]:
    """What the server logged for backend ``pid`` after byte ``since`` of its log."""
    assert server.folder is not None
    log = Path(server.folder / "postgres.log").read_bytes()[since:].decode(errors="replace")
    return [
        line.split(": ", 2)[-1].strip()
        for line in log.splitlines()
        if f"[{pid}]" in line and ("statement: " in line or "execute " in line)
    ]


def log_size(server: PostgresServer) -> int:
    assert server.folder is not None
    return (server.folder / "postgres.log").stat().st_size


def logging_backend(store: Store) -> int:
    """Log every statement of the store's pooled connection; return its backend's pid."""
    with store.engine.connect() as conn:
        pid = int(conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
        conn.exec_driver_sql("SET log_statement = 'all'")
        conn.commit()
    return pid


def test_reads_send_their_statements_and_nothing_else(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    with open_store(postgres_url) as store:
        conversation = store.conversations.open(ALICE)
        pid = logging_backend(store)
        since = log_size(postgres_server)

        store.conversations.messages(conversation.id)
        store.media.for_messages([1, 2, 3])
        store.templates.list(None)

        sent = logged_statements(postgres_server, pid, since)
    assert len(sent) == 3, sent
    assert [s.split()[0] for s in sent] == ["SELECT"] * 3, sent
    assert not any(s.startswith(("BEGIN", "ROLLBACK", "SELECT 1")) for s in sent), sent


def test_a_read_after_a_server_restart_reconnects_by_itself(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    with open_store(postgres_url) as store:
        conversation = store.conversations.open(ALICE)
        with store.engine.connect() as conn:
            before = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()

        postgres_server.halt()
        postgres_server.resume()

        assert store.conversations.get(conversation.id) == conversation
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one() != before


def test_marking_an_unread_conversation_read_is_one_statement_and_its_read_back(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    # The first open of an unread conversation marks it read: BEGIN, its read state, its
    # newest message, the new read state, the conversation touched, its read-back and
    # COMMIT were seven round trips on the open's path, each a wake-up of the server.
    with open_store(postgres_url) as opened:
        user = Accounts(opened).create_user("101", "Anna Smith", "a long enough password")
        store = opened.for_session(user.id)
        store.ingest.inbound(
            [InboundRecord("SM1", ALICE, "+15550000000", "Hello", datetime(2025, 3, 3, tzinfo=UTC))]
        )
        conversation = store.conversations.find(ALICE)
        assert conversation is not None
        assert conversation.unread_count == 1
        pid = logging_backend(store)
        since = log_size(postgres_server)

        store.conversations.mark_read(conversation.id)

        sent = logged_statements(postgres_server, pid, since)
        after = store.conversations.get(conversation.id)
    assert [s.split()[0] for s in sent] == ["WITH", "SELECT"], sent
    assert after is not None
    assert after.unread_count == 0

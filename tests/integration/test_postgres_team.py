"""Team mode on a real PostgreSQL server: the store on PostgreSQL, desks hearing each other's
changes (NOTIFY, and the fallback catch-up when a notification is missed), and the poller
lease that lets exactly one desk poll the gateway.

Two "desks" are two ``Store`` instances on one database in this process, each with its own
publisher and listener, as the app runs them.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.models import StoreChange
from desktop.store import HEAD_REVISION, InboundRecord, Store, open_store
from desktop.store.migrate import current_revision
from desktop.store.team import (
    ChangeListener,
    ChangePublisher,
    LocalLease,
    PollerLease,
    lease_for,
)

DESK = "+15550000000"
ALICE = "+15550000001"
BOB = "+15550000002"
REPO = Path(__file__).resolve().parents[2]


def inbound(sid: str, peer: str = ALICE, body: str = "hello") -> InboundRecord:
    return InboundRecord(
        sid=sid, peer_number=peer, desk_number=DESK, body=body, created_at=datetime.now(UTC)
    )


def wait_until(condition: Callable[[], object], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return bool(condition())


@dataclass
class Desk:
    """One desk of a team: its store, what its subscribers heard, its publisher, listener."""

    store: Store
    heard: list[StoreChange] = field(default_factory=list)
    publisher: ChangePublisher | None = None
    listener: ChangeListener | None = None

    def remote(self) -> list[StoreChange]:
        return [change for change in self.heard if change.remote]

    def local(self) -> list[StoreChange]:
        return [change for change in self.heard if not change.remote]

    def heard_conversation(self, cid: int) -> bool:
        """Whether a remote change brought conversation ``cid`` (catch-ups reload those)."""
        return any(c.id == cid for change in self.remote() for c in change.conversations)


@pytest.fixture
def make_team_desk(postgres_url: str) -> Iterator[Callable[..., Desk]]:
    """Opens desks on the test's database; stops their listeners and publishers afterwards."""
    made: list[Desk] = []

    def make(*, publish: bool = True, listen: bool = True, **listener_options) -> Desk:
        store = open_store(postgres_url)
        desk = Desk(store)
        made.append(desk)
        store.subscribe(desk.heard.append)
        instance_id = uuid.uuid4().hex
        if publish:
            desk.publisher = ChangePublisher(store, instance_id).start()
        if listen:
            desk.listener = ChangeListener(store, postgres_url, instance_id, **listener_options)
            desk.listener.start()
            assert desk.listener.connected.wait(5), "the listener did not connect"
        return desk

    yield make
    for desk in made:
        if desk.listener is not None:
            desk.listener.stop()
        if desk.publisher is not None:
            desk.publisher.stop()
        desk.store.close()


# -- the server and the store on it -------------------------------------------------------


@pytest.mark.postgres
def test_each_test_gets_an_empty_database_of_its_own(postgres_server, postgres_url):
    database = postgres_url.rsplit("/", 1)[1]
    with postgres_server.connect(database) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
        settings = dict(
            conn.execute(
                "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'listen_addresses')"
            ).fetchall()
        )
    assert tables == (0,)
    assert settings == {"fsync": "off", "listen_addresses": "127.0.0.1"}


@pytest.mark.postgres
def test_open_store_migrates_a_fresh_postgres_database_and_round_trips_a_message(postgres_url):
    with open_store(postgres_url) as store:
        assert store.dialect == "postgresql"
        assert current_revision(store.engine) == HEAD_REVISION
        change = store.ingest.inbound([inbound("SM-round-trip", body="Grüße 👋")])
        [message] = change.messages
    # A second store (another desk, or the app restarted) reads what the first one wrote.
    with open_store(postgres_url) as again:
        conversation = again.conversations.find(ALICE)
        assert conversation is not None
        assert conversation.id == message.conversation_id
        assert conversation.unread_count == 1
        assert [m.body for m in again.conversations.messages(conversation.id)] == ["Grüße 👋"]
        assert again.conversations.get_message(message.id) == message


# -- changes travel between desks ----------------------------------------------------------


@pytest.mark.postgres
def test_a_change_on_one_desk_reaches_the_other_by_its_notification(make_team_desk):
    # A fallback poll a minute away: what arrives within the wait came by the notification
    # (about 10 ms here; the bench's relay row times it). A 1 s bound flaked on a busy machine.
    anna = make_team_desk(fallback_seconds=60)
    ben = make_team_desk(fallback_seconds=60)

    change = anna.store.ingest.inbound([inbound("SM-notify")])
    [message] = change.messages

    assert wait_until(lambda: ben.remote(), timeout=20.0), "desk B heard nothing within 20 s"
    [heard] = ben.remote()
    assert [m.id for m in heard.messages] == [message.id]
    assert heard.messages[0].body == "hello"
    assert [c.id for c in heard.conversations] == [message.conversation_id]
    # Desk A heard its own write once, as local; its listener skipped its own notification.
    time.sleep(0.5)  # desk A's own notification must not come back to it
    assert anna.heard == [change]
    assert anna.remote() == []
    # A remote change is not published again (no echo between desks).
    assert ben.local() == []
    assert len(anna.heard) == 1


@pytest.mark.postgres
def test_a_change_too_large_for_one_notification_arrives_whole(make_team_desk):
    anna = make_team_desk(fallback_seconds=60)
    ben = make_team_desk(fallback_seconds=60)

    change = anna.store.ingest.inbound(
        [inbound(f"SM-bulk-{n:04}", peer=f"+1555010{n:04}") for n in range(1500)]
    )
    expected = {m.id for m in change.messages}
    assert len(expected) == 1500

    def heard_ids() -> set[int]:
        return {m.id for c in ben.remote() for m in c.messages}

    assert wait_until(lambda: heard_ids() >= expected, timeout=3.0)


@pytest.mark.postgres
def test_a_missed_notification_is_caught_by_the_fallback_check(make_team_desk):
    ben = make_team_desk(fallback_seconds=0.3)
    # Desk A publishes nothing: as if its notification was lost.
    anna = make_team_desk(publish=False, listen=False)

    change = anna.store.ingest.inbound([inbound("SM-missed")])
    [message] = change.messages

    assert wait_until(lambda: ben.heard_conversation(message.conversation_id), timeout=2.0)


@pytest.mark.postgres
def test_a_listener_started_late_catches_up_with_what_it_missed(make_team_desk, postgres_url):
    before = datetime.now(UTC) - timedelta(seconds=1)
    anna = make_team_desk(listen=False)
    change = anna.store.ingest.inbound([inbound("SM-before-listening")])
    [message] = change.messages

    ben = make_team_desk(publish=False, listen=False)
    ben.listener = ChangeListener(ben.store, postgres_url, "ben", since=before, fallback_seconds=60)
    ben.listener.start()

    assert wait_until(lambda: ben.heard_conversation(message.conversation_id), timeout=2.0)


@pytest.mark.postgres
def test_the_listener_reconnects_after_losing_its_connection(
    make_team_desk, postgres_server, postgres_url
):
    ben = make_team_desk(fallback_seconds=60)
    anna = make_team_desk(listen=False)
    database = postgres_url.rsplit("/", 1)[1]

    # The server drops every connection listening on the channel (a restart, a network cut).
    with postgres_server.connect() as admin:
        killed = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = %s AND query LIKE 'LISTEN%%'",
            (database,),
        ).fetchone()
    assert killed == (1,)
    # Written while desk B may still be reconnecting: the catch-up after reconnecting or the
    # notification brings it.
    change = anna.store.ingest.inbound([inbound("SM-during-outage")])
    [message] = change.messages

    assert wait_until(lambda: ben.heard_conversation(message.conversation_id), timeout=3.0)
    assert ben.listener is not None
    assert ben.listener.connected.wait(3)


@pytest.mark.postgres
def test_stopping_the_listener_takes_under_a_second(make_team_desk):
    ben = make_team_desk()
    assert ben.listener is not None
    started = time.monotonic()
    ben.listener.stop()
    # Woken at once, not at its 30 s fallback nor its 5 s join: about 10 ms, far below.
    assert time.monotonic() - started < 3.0
    assert not ben.listener.connected.is_set()


def test_a_publisher_that_cannot_notify_never_fails_a_write(tmp_path, caplog):
    """When NOTIFY fails, the publisher logs and drops: the write itself succeeds."""
    # SQLite has no pg_notify: every notification fails, as with a server that went away.
    with open_store(f"sqlite:///{tmp_path / 'desk.sqlite3'}") as store:
        publisher = ChangePublisher(store, "anna").start()
        try:
            change = store.ingest.inbound([inbound("SM-offline")])
            assert len(change.messages) == 1
            assert store.conversations.get_message(change.messages[0].id) is not None
            assert "Could not tell the other desks" in caplog.text
            caplog.clear()
            # Within the retry pause the next change is dropped without trying again.
            store.ingest.inbound([inbound("SM-offline-2")])
            assert "Could not tell the other desks" not in caplog.text
        finally:
            publisher.stop()


@pytest.mark.postgres
def test_the_publisher_notifies_through_the_stores_own_connection(make_team_desk, postgres_server):
    anna = make_team_desk(listen=False)
    database = anna.store.engine.url.database

    anna.store.ingest.inbound([inbound("SM-one-connection")])

    with postgres_server.connect() as admin:
        (count,) = admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (database,),
        ).fetchone()
    assert count == 1  # the store's one pooled connection wrote, and published


# -- the poller lease ----------------------------------------------------------------------


@pytest.fixture
def team_url(postgres_url: str) -> str:
    """The test's database, migrated (the lease writes its epoch to team_lease)."""
    open_store(postgres_url).close()
    return postgres_url


@pytest.mark.postgres
def test_only_one_desk_holds_the_poller_lease_until_it_releases_it(team_url):
    anna, ben = PollerLease(team_url), PollerLease(team_url)
    try:
        assert anna.try_acquire() is True
        assert ben.try_acquire() is False
        assert anna.held
        assert not ben.held
        # Asking again while holding keeps the one lease (session locks would stack).
        assert anna.try_acquire() is True

        anna.release()
        assert not anna.held
        assert ben.try_acquire()  # released at once: the first try takes it
        assert ben.held
        assert anna.try_acquire() is False
    finally:
        anna.release()
        ben.release()


@pytest.mark.postgres
def test_a_lease_whose_connection_died_is_lost_and_taken_over(postgres_server, team_url):
    anna, ben = PollerLease(team_url), PollerLease(team_url)
    try:
        assert anna.try_acquire()
        with postgres_server.connect() as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_locks"
                " WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()"
            )
        assert wait_until(ben.try_acquire, timeout=10.0)
        assert not anna.held
        assert anna.try_acquire() is False
    finally:
        anna.release()
        ben.release()


HOLDER = textwrap.dedent(
    """
    import sys, time
    from desktop.store.team import PollerLease
    lease = PollerLease(sys.argv[1])
    print("held" if lease.try_acquire() else "refused", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.postgres
def test_a_killed_holders_lease_is_taken_over_within_a_second(team_url):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, team_url],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    ben = PollerLease(team_url)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        assert ben.try_acquire() is False

        holder.send_signal(signal.SIGKILL)  # no clean-up of any kind: the OS closes its socket
        holder.wait(5)
        # Freed as the server sees the socket close (milliseconds), not after a TCP
        # keepalive's minutes: 10 s proves it without failing on a loaded machine.
        assert wait_until(ben.try_acquire, timeout=10.0)
    finally:
        ben.release()
        if holder.poll() is None:
            holder.kill()
            holder.wait(5)


def test_an_unreachable_server_is_asked_again_with_back_off_not_at_every_cycle(monkeypatch):
    """A lease (or listener) that cannot reach its server waits 0.5 s, 1 s, 2 s… between
    attempts, however often it is asked: no storm of connects while the server is away."""
    import psycopg

    from desktop.store import team_connection

    attempts: list[float] = []
    real_connect = psycopg.connect

    def counting_connect(*args, **kwargs):
        attempts.append(time.monotonic())
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(team_connection.psycopg, "connect", counting_connect)
    with socket_closed() as port:
        lease = PollerLease(f"postgresql://desk@127.0.0.1:{port}/team?connect_timeout=2")
        started = time.monotonic()
        asked = 0
        while time.monotonic() - started < 2.0:
            assert lease.try_acquire() is False  # never raises
            asked += 1
            time.sleep(0.01)
        lease.release()

    assert asked > 100
    assert 2 <= len(attempts) <= 3  # at 0, 0.5 and 1.5 s
    gaps = [later - earlier for earlier, later in itertools.pairwise(attempts)]
    assert all(gap >= 0.45 for gap in gaps)


@contextlib.contextmanager
def socket_closed() -> Iterator[int]:
    """A loopback port nothing listens on (bound, then closed again)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    yield port


def test_a_desk_alone_always_holds_its_local_lease(tmp_path):
    for url in (None, "", f"sqlite:///{tmp_path / 'desk.sqlite3'}"):
        lease = lease_for(url)
        assert isinstance(lease, LocalLease)
        assert lease.try_acquire()
        assert lease.held
        assert lease.token is None  # nothing to fence: the desk is alone
        lease.release()
        assert lease.held
    assert isinstance(lease_for("postgres://desk@db.example.com/sms"), PollerLease)


def test_the_first_account_is_created_once_on_postgresql(postgres_url: str) -> None:
    """INSERT … SELECT WHERE NOT EXISTS reports rowcount -1 under psycopg: the store must
    not read that as "someone else was first"."""
    from desktop.accounts.staff import AccountError, Accounts
    from desktop.store import open_store

    store = open_store(postgres_url)
    try:
        accounts = Accounts(store)
        anna = accounts.create_first_admin("101", "Anna Smith", "correct horse 42")
        assert anna.is_admin
        with pytest.raises(AccountError, match="already exists"):
            accounts.create_first_admin("102", "Ben Jones", "correct horse 42")
    finally:
        store.close()

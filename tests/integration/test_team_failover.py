"""A team on a real PostgreSQL server, its desks' sync engines on the demo gateway over HTTP:
a desk calls the gateway only while it provably leads, a new leader leaves the old one's
in-flight message alone until it cannot be on its way any more, and every desk holds at most
two connections, kept open.

The desks are threads of this process, each with its own store, team connection, listener,
lease and engine (``tests/integration/team_desks.py``), as separate apps would have.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from desktop.core.models import MessageStatus
from desktop.gateway.demo import DemoGateway, Fault
from desktop.store import Store, open_store
from tests.integration.team_desks import (
    Send,
    TeamDesk,
    backends,
    queue_messages,
    team_of,
    terminate,
    wait_for,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def writer(postgres_url: str) -> Iterator[Store]:
    """The store of a colleague's desk that only writes messages (and migrates the database)."""
    with open_store(postgres_url) as store:
        yield store


@pytest.fixture
def stopper() -> Iterator[list[TeamDesk]]:
    """Desks put here are stopped after the test, whatever happened."""
    desks: list[TeamDesk] = []
    yield desks
    for desk in desks:
        desk.stop()


def all_sent(store: Store) -> bool:
    """Whether the outbox is empty: every message sent (or failed)."""
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM outbox")).scalar_one() == 0


def assert_each_sent_once(demo: DemoGateway, store: Store, bodies: list[str]) -> None:
    at_gateway = Counter(m["body"] for m in demo.sent())
    twice = {body: n for body, n in at_gateway.items() if n > 1}
    assert twice == {}, f"sent more than once: {twice}"
    assert set(at_gateway) == set(bodies)
    conversation = store.conversations.find("+14155550134")
    assert conversation is not None
    stored = store.conversations.messages(conversation.id, limit=1000)
    assert {m.body for m in stored} == set(bodies)
    assert {m.status for m in stored} <= {MessageStatus.SENT, MessageStatus.DELIVERED}
    assert {m.gateway_sid for m in stored} == {m["sid"] for m in demo.sent()}


def leader_of(desks: list[TeamDesk]) -> TeamDesk | None:
    holding = [d for d in desks if d.lease.token is not None]
    return holding[0] if len(holding) == 1 else None


# -- split brain ---------------------------------------------------------------------------------


def test_a_leader_whose_lock_connection_dies_mid_cycle_sends_nothing_more(
    demo_gateway, postgres_url, postgres_server, writer, stopper
):
    (anna, ben), sends = team_of(["split-anna", "split-ben"], postgres_url, demo_gateway)
    stopper.extend([anna, ben])
    bodies = [f"split {n:02}" for n in range(20)]
    # Twenty messages wait, so Anna's next cycle lists them all. Her first send is slow (the
    # gateway answers after 1 s, within her read timeout of 3 s), and so is the first of
    # whoever sends next: the old leader resumes her cycle while the new one is still busy.
    queue_messages(writer, demo_gateway, bodies)
    demo_gateway.inject(Fault.SLOW_CREATE, delay=1.0, times=2)
    assert anna.lease.try_acquire()
    token = anna.lease.token
    assert token is not None
    anna.start()
    ben.start()

    # While that send is at the gateway, Anna's lock connection dies; her cycle goes on.
    wait_for(lambda: anna.gateway.in_progress is not None, 5, "Anna's first send")
    with postgres_server.connect() as admin:
        terminate(admin, [token.holder_pid])
    lost_at = time.monotonic()

    wait_for(lambda: all_sent(writer), 30, "every message to be sent")
    annas = [s for s in sends if s.desk == "split-anna"]
    late: list[Send] = [s for s in annas if s.started > lost_at]
    assert late == [], "Anna called the gateway after she lost the lease"
    assert len(annas) == 1  # the slow one, started while she led
    assert {s.desk for s in sends} == {"split-anna", "split-ben"}
    assert_each_sent_once(demo_gateway, writer, bodies)
    assert anna.errors == []
    assert ben.errors == []


# -- failover ------------------------------------------------------------------------------------


def test_killing_the_leader_mid_send_again_and_again_sends_every_message_once(
    demo_gateway, postgres_url, postgres_server, writer, stopper
):
    # The adapters give up after 0.6 s; the slow gateway creates a message only after 1.2 s.
    # A new leader that looked up the killed leader's message at once would find nothing and
    # send it again; it waits 2 x (1.0 + 0.6) = 3.2 s instead.
    desks, sends = team_of(
        ["failover-a", "failover-b", "failover-c"],
        postgres_url,
        demo_gateway,
        timeout=(1.0, 0.6),
    )
    stopper.extend(desks)
    assert {d.engine.in_flight_grace.total_seconds() for d in desks} == {3.2}
    for desk in desks:
        desk.start()
    bodies = [f"burst {n:03}" for n in range(100)]
    killed: list[str] = []

    with postgres_server.connect() as admin:
        for round_number in range(5):
            demo_gateway.inject(Fault.SLOW_CREATE, delay=1.2)
            queue_messages(writer, demo_gateway, bodies[round_number * 20 : round_number * 20 + 20])

            # The desk whose send hangs at the gateway leads: kill it mid-send (all of its
            # connections, as when its machine drops off the network and the server notices),
            # before its own adapter gives up.
            def hanging() -> TeamDesk | None:
                now = time.monotonic()
                for desk in desks:
                    started = desk.gateway.in_progress
                    if started is not None and now - started > 0.1:
                        return desk
                return None

            wait_for(hanging, 10, "a send to hang at the slow gateway")
            victim = hanging()
            assert victim is not None
            pids = [pid for pid, _ in backends(admin, victim.name).get(victim.name, ())]
            terminate(admin, pids)
            killed.append(victim.name)
            wait_for(lambda: all_sent(writer), 30, "this round's messages to be sent")

    assert len(killed) == 5
    assert_each_sent_once(demo_gateway, writer, bodies)
    timed_out = [s for s in sends if s.outcome != "accepted"]
    assert len(timed_out) == 5  # the five hanging sends, each looked up, none sent again
    assert len({s.desk for s in sends}) >= 2  # the lead moved


# -- connections ---------------------------------------------------------------------------------


def test_twenty_desks_keep_at_most_two_connections_each_and_open_none_per_cycle(
    demo_gateway, postgres_url, postgres_server, writer, stopper
):
    names = [f"conn-{n:02}" for n in range(20)]
    desks, _ = team_of(names, postgres_url, demo_gateway, pause=0.05)
    stopper.extend(desks)
    for desk in desks:
        desk.start()
    wait_for(lambda: min(d.cycles for d in desks) >= 3, 20, "every desk to run its cycles")
    wait_for(lambda: leader_of(desks) is not None, 5, "one desk to lead")

    with postgres_server.connect() as admin:
        before = backends(admin, "conn-")
        cycles_before = sum(d.cycles for d in desks)
        seen: set[tuple[int, object]] = set()
        most = 0
        deadline = time.monotonic() + 3.0
        n = 0
        while time.monotonic() < deadline:
            # Colleagues write (each write notifies the others through the writer's store).
            queue_messages(desks[n % 20].store, demo_gateway, [f"written at desk {n % 20}"])
            n += 1
            now = backends(admin, "conn-")
            most = max(most, *(len(found) for found in now.values()))
            for found in now.values():
                seen |= found
            time.sleep(0.1)
        cycles = sum(d.cycles for d in desks) - cycles_before

    assert sorted(before) == names
    assert most <= 2
    assert {len(found) for found in before.values()} <= {1, 2}
    new = seen - set().union(*before.values())
    assert new == set(), f"{len(new)} connections were opened during {cycles} cycles"
    assert cycles >= 200
    assert all(d.errors == [] for d in desks)

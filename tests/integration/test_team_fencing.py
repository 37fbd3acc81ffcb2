"""Fencing in the store: a claim for the gateway is made only under the lease's current token
(on a real PostgreSQL server), and each claim records who made it (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.models import MessageId, MessageStatus
from desktop.store import Store, open_store
from desktop.store.fencing import Claimant, LeaseLost, LeaseToken
from desktop.store.lease import PollerLease

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DESK = "+15550000000"
PEER = "+14155550134"


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def queued(store: Store, body: str = "On it") -> MessageId:
    conversation = store.conversations.open(PEER, now=at(0))
    return store.outbound.queue(conversation.id, body, desk_number=DESK, now=at(0)).id


@pytest.fixture
def team_store(postgres_url: str) -> Iterator[Store]:
    with open_store(postgres_url) as opened:
        yield opened


@pytest.fixture
def leases(postgres_url: str, team_store: Store) -> Iterator[tuple[PollerLease, PollerLease]]:
    anna, ben = PollerLease(postgres_url), PollerLease(postgres_url)
    yield anna, ben
    anna.release()
    ben.release()


# -- who made an attempt ---------------------------------------------------------------------


def test_a_claim_records_who_made_it_and_the_row_is_due_to_everyone_for_its_look_up(
    store: Store,
) -> None:
    mid = queued(store)
    anna = Claimant("anna-run-1")
    assert store.outbox.begin_send(mid, at(1), claimant=anna)
    store.outbox.mark_uncertain(mid, at(2), "timed out")

    # Due for its look-up at once, for whoever runs the outbox now (the engine decides when
    # a message not found may be sent again: see test_sync_engine's grace tests).
    assert [i.message_id for i in store.outbox.due(at(2))] == [mid]
    assert store.outbox.due(at(1)) == []
    (item,) = store.outbox.in_flight()
    assert (item.claimed_by, item.claim_epoch, item.attempts) == ("anna-run-1", None, 1)


def test_a_look_ups_not_there_does_not_undo_a_newer_attempt(store: Store) -> None:
    mid = queued(store)
    assert store.outbox.begin_send(mid, at(1), claimant=Claimant("anna"))
    (looked_up,) = store.outbox.due(at(40))
    # Meanwhile Carol looked it up too, found nothing, and started a new attempt.
    store.outbox.reschedule(mid, at(41), "Not received by the gateway", attempt=looked_up.attempts)
    assert store.outbox.begin_send(mid, at(41), claimant=Claimant("carol"))

    # Ben's answer is about attempt 1: it must not put attempt 2 back in the queue.
    store.outbox.reschedule(mid, at(42), "Not received by the gateway", attempt=looked_up.attempts)

    (item,) = store.outbox.in_flight()
    assert (item.attempts, item.claimed_by) == (2, "carol")
    assert store.conversations.get_message(mid).status is MessageStatus.SENDING  # type: ignore[union-attr]


# -- claims are fenced by the lease's token (PostgreSQL) ---------------------------------------


@pytest.mark.postgres
def test_a_claim_under_the_current_lease_records_who_and_which_epoch(
    team_store: Store, leases: tuple[PollerLease, PollerLease]
) -> None:
    anna, _ = leases
    assert anna.try_acquire()
    token = anna.token
    assert token is not None
    mid = queued(team_store)

    assert team_store.outbox.begin_send(mid, at(1), claimant=Claimant("anna", token))

    (item,) = team_store.outbox.in_flight()
    assert (item.claimed_by, item.claim_epoch) == ("anna", token.epoch)
    # Anna loses the lease and takes it again: a new tenure, with a higher epoch, and what
    # she claimed before still says which tenure made that attempt.
    anna.release()
    assert anna.try_acquire()
    again = anna.token
    assert again is not None
    assert again.epoch > token.epoch
    (item,) = team_store.outbox.in_flight()
    assert (item.claimed_by, item.claim_epoch) == ("anna", token.epoch)


@pytest.mark.postgres
def test_every_new_leader_gets_a_higher_epoch_and_the_old_token_claims_nothing(
    team_store: Store, leases: tuple[PollerLease, PollerLease]
) -> None:
    anna, ben = leases
    assert anna.try_acquire()
    annas = anna.token
    anna.release()
    assert ben.try_acquire()
    bens = ben.token
    assert annas is not None
    assert bens is not None
    assert bens.epoch == annas.epoch + 1
    mid = queued(team_store)

    with pytest.raises(LeaseLost, match="Another desk is talking to the gateway"):
        team_store.outbox.begin_send(mid, at(1), claimant=Claimant("anna", annas))

    assert team_store.outbox.in_flight() == []
    assert team_store.conversations.get_message(mid).status is MessageStatus.QUEUED  # type: ignore[union-attr]
    assert team_store.outbox.begin_send(mid, at(2), claimant=Claimant("ben", bens))


@pytest.mark.postgres
def test_a_claim_after_the_lock_connection_died_is_refused_even_before_a_new_leader(
    postgres_server, team_store: Store, leases: tuple[PollerLease, PollerLease]
) -> None:
    anna, _ = leases
    assert anna.try_acquire()
    token = anna.token
    assert token is not None
    mid = queued(team_store)
    # The lock connection dies (a network cut, a server-side kill); nobody has taken over yet,
    # so the epoch in team_lease is still Anna's: only the lock itself proves she leads.
    with postgres_server.connect() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (token.holder_pid,))
        deadline = datetime.now(UTC) + timedelta(seconds=5)
        while admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (token.holder_pid,)
        ).fetchone() != (0,):
            assert datetime.now(UTC) < deadline, "the backend did not end"

    with pytest.raises(LeaseLost):
        team_store.outbox.begin_send(mid, at(1), claimant=Claimant("anna", token))

    assert team_store.outbox.in_flight() == []
    assert not anna.held


@pytest.mark.postgres
def test_a_token_for_a_pid_that_never_held_the_lock_claims_nothing(
    team_store: Store, leases: tuple[PollerLease, PollerLease]
) -> None:
    anna, _ = leases
    assert anna.try_acquire()
    token = anna.token
    assert token is not None
    forged = LeaseToken(token.key, token.epoch, token.holder_pid + 1)
    mid = queued(team_store)

    with pytest.raises(LeaseLost):
        team_store.outbox.begin_send(mid, at(1), claimant=Claimant("anna", forged))
    assert team_store.outbox.begin_send(mid, at(1), claimant=Claimant("anna", token))

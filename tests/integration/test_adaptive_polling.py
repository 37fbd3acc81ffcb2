"""The engine's pace under the poll schedule, against the demo gateway over real HTTP: fast
while in use, after a send and after an inbound message; the user's interval when idle; a
rate limit's Retry-After wins over the fast rate; a desk that follows another one for the
team never polls, in use or not."""

from __future__ import annotations

import pytest

from desktop.gateway.demo import Fault
from desktop.store.fencing import LeaseToken
from desktop.sync.engine import LinkState
from tests.integration.engines import make_engine

PEER = "+14155550134"

pytestmark = pytest.mark.sqlite_only  # the shared ``store`` fixture, on a SQLite file


def list_requests(demo) -> int:
    return sum(
        1 for method, path in demo.requests_seen() if method == "GET" and "/Messages.json" in path
    )


def test_an_idle_desk_polls_at_the_setting_and_one_in_use_every_second(store, demo_gateway):
    engine = make_engine(store, demo_gateway, poll_interval=5.0)
    assert engine.run_cycle().retry_in == 5.0
    engine.schedule.note_input()
    assert engine.run_cycle().retry_in == 1.0


def test_a_send_and_an_inbound_message_each_make_it_fast(store, demo_gateway):
    engine = make_engine(store, demo_gateway, poll_interval=5.0)
    engine.run_cycle()
    conversation = store.conversations.open(PEER)
    store.outbound.queue(
        conversation.id, "Your order is ready", desk_number=demo_gateway.phone_number
    )
    report = engine.run_cycle()
    assert report.sent == 1
    assert engine.schedule.warm  # a reply may come: fast for a few minutes

    other = make_engine(store, demo_gateway, poll_interval=5.0)
    other.run_cycle()
    other.schedule.forget()
    demo_gateway.inbound("+14155550177", "Are you open today?")
    report = other.run_cycle()
    assert report.received == 1
    assert report.retry_in == 1.0


def test_the_backlog_read_at_start_does_not_make_it_fast(store, demo_gateway):
    demo_gateway.inbound("+14155550177", "Sent while the desk was off")
    engine = make_engine(store, demo_gateway, poll_interval=5.0)
    report = engine.run_cycle()
    assert report.received == 1
    assert report.retry_in == 5.0
    assert not engine.schedule.warm


def test_a_rate_limit_wins_over_the_fast_rate(store, demo_gateway):
    engine = make_engine(store, demo_gateway, poll_interval=5.0)
    engine.schedule.note_input()
    demo_gateway.inject(Fault.RATE_LIMIT, retry_after=7)
    report = engine.run_cycle()
    assert report.state is LinkState.OFFLINE
    assert report.retry_in >= 7


class HeldElsewhere:
    """The team's poller lease, held by another desk."""

    held = False
    token: LeaseToken | None = None

    def try_acquire(self) -> bool:
        return False

    def release(self) -> None:
        pass


def test_a_desk_following_the_leader_never_polls_even_in_use(store, demo_gateway):
    leader = make_engine(store, demo_gateway, poll_interval=5.0)
    before = list_requests(demo_gateway)
    leader.run_cycle()
    assert list_requests(demo_gateway) == before + 1
    assert leader.polling

    engine = make_engine(store, demo_gateway, poll_interval=5.0, lease=HeldElsewhere())
    engine.schedule.note_input()
    before = list_requests(demo_gateway)
    report = engine.run_cycle()
    assert report.retry_in == 5.0
    assert not engine.polling
    assert list_requests(demo_gateway) == before


def test_with_the_team_s_relay_polling_and_status_checks_are_only_the_fallback(store, demo_gateway):
    """A desk whose sends name the relay as status callback hears news by webhook: it polls
    every 30 s however busy it is, and asks for a sent message's status only after 30 s."""
    from datetime import UTC, datetime, timedelta

    from desktop.gateway.twilio import TwilioGateway
    from desktop.sync.engine import SyncEngine

    now = [datetime.now(UTC)]
    gateway = TwilioGateway(
        account_sid=demo_gateway.account_sid,
        auth_token=demo_gateway.auth_token,
        base_url=demo_gateway.base_url,
        from_number=demo_gateway.phone_number,
        timeout=(2.0, 2.0),
        status_callback="https://sms-relay.example.com/twilio/status",
    )
    engine = SyncEngine(
        store,
        gateway,
        poll_interval=5.0,
        default_region="US",
        rng=lambda: 0.0,
        clock=lambda: now[0],
    )
    assert engine.by_webhook
    assert engine.run_cycle().retry_in == 30.0
    engine.schedule.note_input()
    assert engine.run_cycle().retry_in == 30.0

    conversation = store.conversations.open(PEER)
    store.outbound.queue(conversation.id, "Ready at 4", desk_number=demo_gateway.phone_number)
    now[0] = datetime.now(UTC)
    report = engine.run_cycle()
    assert report.sent == 1
    assert report.retry_in == 30.0
    sent = demo_gateway.sent()[-1]
    status_reads = [p for m, p in demo_gateway.requests_seen() if m == "GET" and sent["sid"] in p]
    engine.run_cycle()
    assert (
        [p for m, p in demo_gateway.requests_seen() if m == "GET" and sent["sid"] in p]
        == (status_reads)
        == []
    )  # the status comes by webhook: not asked for
    now[0] += timedelta(seconds=31)
    engine.run_cycle()
    assert [p for m, p in demo_gateway.requests_seen() if m == "GET" and sent["sid"] in p]

"""A failing status check holds back only its own message; the desk is Offline only when the
gateway itself can't be reached. Over real HTTP to the demo gateway, on a real SQLite file."""

from __future__ import annotations

import time

import pytest

from desktop.core.models import MessageStatus
from desktop.gateway.demo import DemoGateway, Fault
from desktop.sync.engine import LinkState
from tests.integration.engines import cycle_until, make_engine

ALICE = "+14155550134"
BOB = "+14155550177"

pytestmark = pytest.mark.sqlite_only  # the shared ``store`` fixture, on a SQLite file


def send(store, demo, peer, body):
    conversation = store.conversations.open(peer)
    return store.outbound.queue(conversation.id, body, desk_number=demo.phone_number)


def fetches_of(demo: DemoGateway, sid: str) -> int:
    return sum(1 for method, path in demo.requests_seen() if method == "GET" and sid in path)


def test_an_unreadable_status_for_one_message_neither_stops_the_others_nor_the_desk(
    store, demo_gateway
):
    engine = make_engine(store, demo_gateway)
    stuck = send(store, demo_gateway, ALICE, "its record goes bad")
    fine = send(store, demo_gateway, BOB, "its ticks arrive")
    engine.run_cycle()
    stuck_sid = store.conversations.get_message(stuck.id).gateway_sid
    demo_gateway.serve_record_as(stuck_sid, {"date_created": DemoGateway.OMIT})

    reports = []

    def delivered() -> bool:
        reports.append(engine.run_cycle())
        demo_gateway.inbound(ALICE, f"still arriving {len(reports)}")
        return store.conversations.get_message(fine.id).status is MessageStatus.DELIVERED

    cycle_until(engine, delivered)

    assert {r.state for r in reports} == {LinkState.ONLINE}
    assert (
        store.conversations.get_message(stuck.id).status is MessageStatus.SENT
    )  # waits, not failed
    conversation = store.conversations.find(ALICE)
    assert any(
        m.body.startswith("still arriving") for m in store.conversations.messages(conversation.id)
    )


def test_a_message_whose_status_check_fails_waits_on_its_own_back_off(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    stuck = send(store, demo_gateway, ALICE, "its record goes bad")
    engine.run_cycle()  # sent; its first check is due half a second later
    sid = store.conversations.get_message(stuck.id).gateway_sid
    demo_gateway.serve_record_as(sid, {"direction": "sideways"})
    before = fetches_of(demo_gateway, sid)

    states = set()
    deadline = time.monotonic() + 4.5
    while time.monotonic() < deadline:  # a desk cycling as fast as it can for 4.5 s
        states.add(engine.run_cycle().state)
        time.sleep(0.1)

    assert states == {LinkState.ONLINE}
    # Checked once, failed, then left alone for 5 s (its usual schedule would have asked
    # again after 1 s and 2 s more).
    assert fetches_of(demo_gateway, sid) - before == 1

    demo_gateway.restore_record(sid)  # readable again: it is followed to the end
    cycle_until(
        engine,
        lambda: store.conversations.get_message(stuck.id).status is MessageStatus.DELIVERED,
        timeout=15,
    )


def test_server_errors_on_status_checks_alone_do_not_make_the_desk_offline(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.SERVER_ERROR, route="fetch")  # status checks only
    message = send(store, demo_gateway, ALICE, "hello")

    report = engine.run_cycle()  # sends it, and its first status check fails

    assert (report.state, report.message, report.sent) == (LinkState.ONLINE, "Connected", 1)
    cycle_until(
        engine,
        lambda: store.conversations.get_message(message.id).status is MessageStatus.DELIVERED,
        timeout=15,
    )


def test_an_unreachable_gateway_still_makes_the_desk_offline(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    send(store, demo_gateway, ALICE, "hello")
    engine.run_cycle()
    demo_gateway.go_down()

    report = engine.run_cycle()

    assert report.state is LinkState.OFFLINE
    assert "Can't reach the SMS gateway" in report.message

"""Opt-outs and scheduled sends in the store (SQLite, both ingest paths, and PostgreSQL) and
through the sync engine against the demo gateway over real HTTP.

An inbound STOP opts the number out of the desk number it was sent to (START opts it back
in), a send refused with 21610 does the same, and nothing is sent to an opted-out number.
A scheduled message waits in the outbox until its time, is sent exactly once (also after a
restart), can be edited or cancelled until the worker claims it, and is cancelled by a reply
when the user asked for that.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.models import MessageKind, MessageStatus, StoreChange
from desktop.core.optouts import REFUSED
from desktop.gateway.demo import DemoGateway, Fault
from desktop.store import InboundRecord, OptedOut, Store, TooLate, open_store
from tests.integration.engines import cycle_until, make_engine

T0 = datetime(2026, 5, 3, 9, 0, tzinfo=UTC)
DESK = "+15550000000"
OTHER_DESK = "+15550000009"
ALICE = "+15550000001"
BOB = "+15550000002"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def inbound(sid: str, body: str, peer: str = ALICE, minutes: float = 0, desk: str = DESK):
    return InboundRecord(sid, peer, desk, body, at(minutes))


@pytest.fixture(params=["sqlite-fast-path", "core-statement"])
def store(request: pytest.FixtureRequest, store: Store) -> Store:
    """The shared store (each backend) as the desk number's session sees it (its opt-outs),
    with ingest through the SQLite fast path or the portable Core statement."""
    if request.param == "sqlite-fast-path" and store.dialect != "sqlite":
        pytest.skip("the fast path is SQLite's")
    store.ingest.sqlite_fast_path = request.param == "sqlite-fast-path"
    return store.for_session(None, DESK)


def history(store: Store, peer: str = ALICE) -> list[str]:
    conversation = store.conversations.find(peer)
    assert conversation is not None
    return [
        m.body
        for m in store.conversations.messages(conversation.id)
        if m.kind is not MessageKind.SMS
    ]


# -- opt-outs in the store -------------------------------------------------------------------


def test_an_inbound_stop_opts_the_number_out_with_a_history_line(store: Store) -> None:
    events: list[StoreChange] = []
    store.subscribe(events.append)
    store.ingest.inbound([inbound("SM1", "hello"), inbound("SM2", "  stop ", minutes=1)])

    opt_out = store.opt_outs.find(ALICE, DESK)
    assert opt_out is not None
    assert (opt_out.reason, opt_out.opted_out_at) == ("STOP", at(1))
    conversation = store.conversations.find(ALICE)
    assert conversation is not None
    assert (conversation.opted_out_at, conversation.opt_out_reason) == (at(1), "STOP")
    assert history(store) == ["Opted out: replied STOP"]
    # One change carries the message, the history line and the opted-out conversation.
    (change,) = events
    assert [m.kind for m in change.messages] == [
        MessageKind.SMS,
        MessageKind.SMS,
        MessageKind.OPTED_OUT,
    ]
    assert change.conversations[0].opted_out_at == at(1)


def test_start_unstop_or_yes_opts_it_back_in(store: Store) -> None:
    store.ingest.inbound([inbound("SM1", "UNSUBSCRIBE")])
    store.ingest.inbound([inbound("SM2", "Yes", minutes=5)])
    assert store.opt_outs.find(ALICE, DESK) is None
    conversation = store.conversations.find(ALICE)
    assert conversation is not None
    assert conversation.opted_out_at is None
    assert history(store) == ["Opted out: replied UNSUBSCRIBE", "Opted back in: replied YES"]
    # A START from a number that never opted out changes nothing and says nothing.
    store.ingest.inbound([inbound("SM3", "START", minutes=6)])
    assert history(store) == ["Opted out: replied UNSUBSCRIBE", "Opted back in: replied YES"]


def test_stop_in_a_sentence_is_not_an_opt_out(store: Store) -> None:
    store.ingest.inbound([inbound("SM1", "stop please"), inbound("SM2", "Please STOP calling")])
    assert store.opt_outs.find(ALICE, DESK) is None
    assert history(store) == []


def test_opt_outs_are_per_desk_number(store: Store) -> None:
    store.ingest.inbound([inbound("SM1", "STOP", desk=OTHER_DESK)])
    assert store.opt_outs.find(ALICE, OTHER_DESK) is not None
    assert store.opt_outs.find(ALICE, DESK) is None
    conversation = store.conversations.find(ALICE)
    assert conversation is not None
    assert conversation.opted_out_at is None
    assert [o.peer_number for o in store.opt_outs.list(OTHER_DESK)] == [ALICE]
    assert store.opt_outs.list(DESK) == []
    # Sending from our number is still allowed; from the other one it is refused.
    store.outbound.queue(conversation.id, "Hello", desk_number=DESK)
    with pytest.raises(OptedOut, match="replied STOP"):
        store.outbound.queue(conversation.id, "Hello", desk_number=OTHER_DESK)


def test_a_message_to_an_opted_out_number_is_refused_before_it_is_stored(store: Store) -> None:
    store.ingest.inbound([inbound("SM1", "STOP")])
    conversation = store.conversations.find(ALICE)
    assert conversation is not None
    with pytest.raises(OptedOut, match="This number replied STOP on 3 May"):
        store.outbound.queue(conversation.id, "Are you there?", desk_number=DESK)
    assert [m.body for m in store.conversations.messages(conversation.id)] == [
        "STOP",
        "Opted out: replied STOP",
    ]


def test_a_queued_message_is_refused_at_send_time_if_the_number_opted_out_meanwhile(
    store: Store,
) -> None:
    conversation = store.conversations.open(ALICE, now=at(0))
    queued = store.outbound.queue(conversation.id, "Reminder", desk_number=DESK, now=at(0))
    store.ingest.inbound([inbound("SM1", "STOP", minutes=1)])

    assert store.outbox.begin_send(queued.id, at(2)) is False  # never handed to the gateway
    refused = store.conversations.get_message(queued.id)
    assert refused is not None
    assert (refused.status, refused.error_message) == (MessageStatus.FAILED, REFUSED)
    assert store.outbox.due(at(60)) == []
    with pytest.raises(OptedOut):
        store.outbound.retry(queued.id)


def test_a_21610_failure_opts_the_number_out(store: Store) -> None:
    conversation = store.conversations.open(ALICE, now=at(0))
    queued = store.outbound.queue(conversation.id, "Hi", desk_number=DESK, now=at(0))
    assert store.outbox.begin_send(queued.id, at(1))
    store.outbox.record_failed(queued.id, 21610, "They unsubscribed", now=at(2))

    opt_out = store.opt_outs.find(ALICE, DESK)
    assert opt_out is not None
    assert (opt_out.reason, opt_out.message_id) == ("21610", queued.id)
    assert history(store) == [
        "Opted out: the carrier reports this number unsubscribed (error 21610)"
    ]
    refreshed = store.conversations.find(ALICE)
    assert refreshed is not None
    assert refreshed.opt_out_reason == "21610"


def test_opt_out_and_opt_in_by_hand(store: Store) -> None:
    store.conversations.open(BOB, now=at(0))
    assert store.opt_outs.add(BOB, DESK, "STOP", now=at(1))
    assert not store.opt_outs.add(BOB, DESK, "STOP", now=at(2))  # already: nothing changes
    assert store.opt_outs.find(BOB, DESK) is not None
    assert store.opt_outs.remove(BOB, DESK, now=at(3))
    assert store.opt_outs.find(BOB, DESK) is None
    assert history(store, BOB) == ["Opted out: replied STOP", "Opted back in: replied START"]


# -- scheduled messages in the store ---------------------------------------------------------


def schedule(store: Store, minutes: float, *, cancel_if_reply: bool = True, body: str = "Later"):
    conversation = store.conversations.open(ALICE, now=at(0))
    return store.outbound.queue(
        conversation.id,
        body,
        desk_number=DESK,
        now=at(0),
        scheduled_at=at(minutes),
        cancel_if_reply=cancel_if_reply,
    )


def test_a_scheduled_message_waits_in_the_outbox_until_its_time(store: Store) -> None:
    message = schedule(store, 60)
    assert (message.status, message.scheduled_at, message.cancel_if_reply) == (
        MessageStatus.SCHEDULED,
        at(60),
        True,
    )
    assert store.outbox.due(at(59)) == []
    (due,) = store.outbox.due(at(60))
    assert due.message_id == message.id
    assert store.outbox.begin_send(message.id, at(61))
    sending = store.conversations.get_message(message.id)
    assert sending is not None
    assert sending.status is MessageStatus.SENDING
    assert sending.created_at == at(61)  # dated when it went, not when it was written


def test_a_scheduled_message_can_be_edited_and_cancelled_until_it_is_claimed(
    store: Store,
) -> None:
    message = schedule(store, 60)
    edited = store.outbound.edit_scheduled(
        message.id, "Later, edited", at(90), cancel_if_reply=False
    )
    assert (edited.body, edited.scheduled_at, edited.cancel_if_reply) == (
        "Later, edited",
        at(90),
        False,
    )
    assert store.outbox.due(at(60)) == []
    assert [d.body for d in store.outbox.due(at(90))] == ["Later, edited"]
    conversation = store.conversations.find(ALICE)
    assert conversation is not None
    assert conversation.last_message_preview == "Later, edited"

    cancelled = store.outbound.cancel_scheduled(message.id)
    assert cancelled.status is MessageStatus.CANCELLED
    assert store.outbox.due(at(1000)) == []
    with pytest.raises(TooLate, match="cancelled already"):
        store.outbound.cancel_scheduled(message.id)


def test_editing_or_cancelling_a_message_being_sent_is_refused(store: Store) -> None:
    message = schedule(store, 60)
    assert store.outbox.begin_send(message.id, at(60))
    with pytest.raises(TooLate, match="Too late: it is being sent"):
        store.outbound.edit_scheduled(message.id, "changed", at(120))
    with pytest.raises(TooLate, match="Too late: it is being sent"):
        store.outbound.cancel_scheduled(message.id)
    sending = store.conversations.get_message(message.id)
    assert sending is not None
    assert sending.body == "Later"
    store.outbox.record_sent(message.id, "SMX1", MessageStatus.SENT, at(60))
    with pytest.raises(TooLate, match="it has been sent"):
        store.outbound.edit_scheduled(message.id, "changed", at(120))


def test_a_reply_cancels_scheduled_messages_that_asked_for_it(store: Store) -> None:
    cancelled_by_reply = schedule(store, 60)
    kept = schedule(store, 60, cancel_if_reply=False, body="Kept")
    store.ingest.inbound([inbound("SM1", "Actually I'm here now", minutes=10)])

    first = store.conversations.get_message(cancelled_by_reply.id)
    second = store.conversations.get_message(kept.id)
    assert first is not None
    assert first.status is MessageStatus.CANCELLED
    assert second is not None
    assert second.status is MessageStatus.SCHEDULED
    assert [d.message_id for d in store.outbox.due(at(60))] == [kept.id]
    assert history(store) == ["Scheduled message cancelled: they replied first"]


def test_a_reply_sent_before_the_message_was_scheduled_does_not_cancel_it(store: Store) -> None:
    conversation = store.conversations.open(ALICE, now=at(0))
    message = store.outbound.queue(
        conversation.id,
        "See you",
        desk_number=DESK,
        now=at(30),
        scheduled_at=at(60),
        cancel_if_reply=True,
    )
    # Their message was written at minute 10 and reaches the desk only now.
    store.ingest.inbound([inbound("SM1", "late hello", minutes=10)])
    found = store.conversations.get_message(message.id)
    assert found is not None
    assert found.status is MessageStatus.SCHEDULED


def test_a_reply_cannot_cancel_a_message_the_worker_claimed(store: Store) -> None:
    message = schedule(store, 60)
    assert store.outbox.begin_send(message.id, at(60))
    store.ingest.inbound([inbound("SM1", "hi", minutes=59)])
    found = store.conversations.get_message(message.id)
    assert found is not None
    assert found.status is MessageStatus.SENDING
    assert history(store) == []


# -- through the sync engine and the demo gateway over HTTP -----------------------------------


PEER = "+14155550134"  # Olivia, a demo contact


@pytest.fixture
def file_store(tmp_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{tmp_path / 'desk.sqlite3'}") as opened:
        yield opened


def test_a_demo_contact_replying_stop_is_opted_out_and_then_refused(file_store: Store) -> None:
    demo = DemoGateway(
        status_delays=(0.05, 0.1), reply_delay=(0.1, 0.2), greet=False, auto_reply=True
    ).start()
    try:
        file_store = file_store.for_session(file_store.viewer, demo.phone_number)
        engine = make_engine(file_store, demo)
        conversation = file_store.conversations.open(PEER)
        file_store.outbound.queue(conversation.id, "Please stop me", desk_number=demo.phone_number)
        cycle_until(engine, lambda: file_store.opt_outs.find(PEER, demo.phone_number) is not None)

        shown = file_store.conversations.find(PEER)
        assert shown is not None
        assert shown.opt_out_reason == "STOP"
        assert history(file_store, PEER) == ["Opted out: replied STOP"]
        with pytest.raises(OptedOut):
            file_store.outbound.queue(conversation.id, "Sorry!", desk_number=demo.phone_number)

        # START through the gateway opts them back in, and sending works again.
        demo.inbound(PEER, "START")
        cycle_until(engine, lambda: file_store.opt_outs.find(PEER, demo.phone_number) is None)
        again = file_store.outbound.queue(
            conversation.id, "Welcome back", desk_number=demo.phone_number
        )
        cycle_until(
            engine,
            lambda: (
                file_store.conversations.get_message(again.id).status
                in (MessageStatus.SENT, MessageStatus.DELIVERED)
            ),
        )
        assert [m["body"] for m in demo.sent()] == ["Please stop me", "Welcome back"]
        engine.close()
    finally:
        demo.stop()


def test_the_demo_gateway_refuses_an_opted_out_number_with_21610(
    file_store: Store, demo_gateway: DemoGateway
) -> None:
    # The gateway knows of the STOP, the desk does not (e.g. the desk was set up later).
    demo_gateway.inbound(PEER, "STOP", at=datetime.now(UTC) - timedelta(days=30))
    engine = make_engine(file_store, demo_gateway)
    conversation = file_store.conversations.open(PEER)
    file_store.outbound.queue(conversation.id, "Hello", desk_number=demo_gateway.phone_number)
    file_store = file_store.for_session(file_store.viewer, demo_gateway.phone_number)
    engine.run_cycle()

    failed = [m for m in file_store.conversations.messages(conversation.id) if m.body == "Hello"]
    assert failed[0].status is MessageStatus.FAILED
    assert failed[0].error_code == 21610
    assert "START" in (failed[0].error_message or "")
    opt_out = file_store.opt_outs.find(PEER, demo_gateway.phone_number)
    assert opt_out is not None
    assert opt_out.reason in ("21610", "STOP")
    assert demo_gateway.sent() == []


def test_a_21610_rejection_opts_out_through_the_engine(
    file_store: Store, demo_gateway: DemoGateway
) -> None:
    demo_gateway.inject(Fault.REJECT, code=21610)
    engine = make_engine(file_store, demo_gateway)
    conversation = file_store.conversations.open(PEER)
    message = file_store.outbound.queue(
        conversation.id, "Hello", desk_number=demo_gateway.phone_number
    )
    engine.run_cycle()
    failed = file_store.conversations.get_message(message.id)
    assert failed is not None
    assert failed.error_code == 21610
    opt_out = file_store.opt_outs.find(PEER, demo_gateway.phone_number)
    assert opt_out is not None
    assert opt_out.reason == "21610"


def test_a_scheduled_message_is_sent_once_at_its_time_across_a_restart(
    tmp_path: Path, demo_gateway: DemoGateway
) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    now = datetime.now(UTC)
    clock = {"now": now}
    with open_store(url) as first:
        conversation = first.conversations.open(PEER)
        message = first.outbound.queue(
            conversation.id,
            "Your appointment is tomorrow",
            desk_number=demo_gateway.phone_number,
            scheduled_at=now + timedelta(minutes=2),
        )
        engine = make_engine(first, demo_gateway, clock=lambda: clock["now"])
        engine.run_cycle()
        engine.run_cycle()
        assert demo_gateway.sent() == []  # not yet
        engine.close()

    # The app restarts after the message fell due: a new store and engine on the same file.
    clock["now"] = now + timedelta(minutes=3)
    with open_store(url) as second:
        engine = make_engine(second, demo_gateway, clock=lambda: clock["now"])
        cycle_until(
            engine,
            lambda: (
                second.conversations.get_message(message.id).status
                in (MessageStatus.SENT, MessageStatus.DELIVERED)
            ),
        )
        for _ in range(3):
            engine.run_cycle()
        engine.close()
    assert [m["body"] for m in demo_gateway.sent()] == ["Your appointment is tomorrow"]


def test_a_reply_through_the_gateway_cancels_a_scheduled_message(
    file_store: Store, demo_gateway: DemoGateway
) -> None:
    now = datetime.now(UTC)
    clock = {"now": now}
    engine = make_engine(file_store, demo_gateway, clock=lambda: clock["now"])
    conversation = file_store.conversations.open(PEER)
    message = file_store.outbound.queue(
        conversation.id,
        "Just checking in",
        desk_number=demo_gateway.phone_number,
        scheduled_at=now + timedelta(minutes=5),
        cancel_if_reply=True,
    )
    demo_gateway.inbound(PEER, "All good, thanks")
    cycle_until(
        engine,
        lambda: file_store.conversations.get_message(message.id).status is MessageStatus.CANCELLED,
    )
    clock["now"] = now + timedelta(minutes=10)
    engine.run_cycle()
    assert demo_gateway.sent() == []
    assert history(file_store, PEER) == ["Scheduled message cancelled: they replied first"]
    engine.close()


@pytest.mark.postgres
def test_in_a_team_only_the_poller_sends_a_scheduled_message_once(
    postgres_url: str, demo_gateway: DemoGateway
) -> None:
    from desktop.store.team import PollerLease

    now = datetime.now(UTC)
    clock = {"now": now}
    with open_store(postgres_url) as anna_store, open_store(postgres_url) as ben_store:
        conversation = ben_store.conversations.open(PEER)
        message = ben_store.outbound.queue(  # Ben schedules it on his desk
            conversation.id,
            "Team reminder",
            desk_number=demo_gateway.phone_number,
            scheduled_at=now + timedelta(minutes=1),
        )
        anna_engine, ben_engine = (
            make_engine(
                store,
                demo_gateway,
                clock=lambda: clock["now"],
                lease=PollerLease(postgres_url),
            )
            for store in (anna_store, ben_store)
        )
        try:
            anna_engine.run_cycle()  # Anna's desk polls for the team
            ben_engine.run_cycle()
            assert anna_engine.leading
            assert not ben_engine.leading
            assert demo_gateway.sent() == []
            clock["now"] = now + timedelta(minutes=2)
            for _ in range(3):
                ben_engine.run_cycle()
                anna_engine.run_cycle()
            sent = ben_store.conversations.get_message(message.id)
            assert sent is not None
            assert sent.status in (MessageStatus.SENT, MessageStatus.DELIVERED)
            assert [m["body"] for m in demo_gateway.sent()] == ["Team reminder"]
        finally:
            anna_engine.close()
            ben_engine.close()

"""The sync engine against the demo gateway over real HTTP and a real SQLite file.

These prove the outbox's promise: every message is stored before it is sent, and ends up
sent exactly once or shown as failed — across outages, lost answers and crashes.
"""

import dataclasses
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.models import Direction, MessageStatus, utcnow
from desktop.gateway.demo import DemoGateway, Fault
from desktop.gateway.errors import describe_refusal
from desktop.gateway.twilio import TwilioGateway
from desktop.sync.engine import LinkState, SyncEngine
from desktop.sync.outbound import grace_for_timeout
from tests.integration.engines import cycle_until, make_engine

PEER = "+14155550134"

pytestmark = pytest.mark.sqlite_only  # the shared ``store`` fixture, on a SQLite file


def queue(store, demo, body="Your order is ready"):
    conversation = store.conversations.open(PEER)
    return store.outbound.queue(conversation.id, body, desk_number=demo.phone_number)


def test_a_queued_message_is_sent_once_and_followed_to_delivered(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    message = queue(store, demo_gateway)
    assert store.conversations.get_message(message.id).status is MessageStatus.QUEUED

    report = engine.run_cycle()
    assert report.state is LinkState.ONLINE
    assert report.sent == 1
    sent = store.conversations.get_message(message.id)
    assert sent.status is MessageStatus.SENT
    assert sent.gateway_sid
    assert store.outbox.due(sent.created_at.replace(year=2100)) == []

    cycle_until(
        engine,
        lambda: store.conversations.get_message(message.id).status is MessageStatus.DELIVERED,
    )
    assert [(m["to"], m["body"]) for m in demo_gateway.sent()] == [(PEER, "Your order is ready")]
    engine.run_cycle()
    assert len(demo_gateway.sent()) == 1


def test_inbound_messages_arrive_once_despite_overlapping_polls(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    for text in ("Hello", "Are you open today?", "Thanks"):
        demo_gateway.inbound(PEER, text)
    assert engine.run_cycle().received == 3
    for _ in range(3):
        assert engine.run_cycle().received == 0  # the overlap re-reads them; none is new
    conversation = store.conversations.find(PEER)
    messages = store.conversations.messages(conversation.id)
    assert [m.body for m in messages] == ["Hello", "Are you open today?", "Thanks"]
    assert all(m.direction is Direction.INBOUND for m in messages)
    assert conversation.unread_count == 3
    demo_gateway.inbound(PEER, "One more")
    assert engine.run_cycle().received == 1
    assert store.conversations.find(PEER).unread_count == 4


def test_inbound_national_numbers_are_stored_in_e164(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inbound("+12025550173", "Hi")
    engine.run_cycle()
    assert store.conversations.find("+12025550173") is not None


def test_gateway_down_keeps_the_message_and_sends_it_once_when_back(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.go_down()
    message = queue(store, demo_gateway)
    report = engine.run_cycle()
    assert report.state is LinkState.OFFLINE
    assert "Can't reach the SMS gateway" in report.message
    assert report.retry_in > 0
    assert store.conversations.get_message(message.id).status is MessageStatus.QUEUED
    second = engine.run_cycle()
    assert second.retry_in >= report.retry_in  # backing off

    demo_gateway.come_back()
    assert engine.run_cycle().state is LinkState.ONLINE
    assert store.conversations.get_message(message.id).status in (
        MessageStatus.SENT,
        MessageStatus.DELIVERED,
    )
    engine.run_cycle()
    assert len(demo_gateway.sent()) == 1


def test_a_lost_answer_is_checked_with_the_gateway_not_sent_again(store, demo_gateway):
    engine = make_engine(store, demo_gateway, timeout=(2.0, 0.5))
    demo_gateway.inject(Fault.TIMEOUT, apply=True, stall=1.5, route="send")
    message = queue(store, demo_gateway)
    report = engine.run_cycle()
    assert report.state is LinkState.OFFLINE
    assert store.conversations.get_message(message.id).status is MessageStatus.SENDING  # uncertain
    assert len(demo_gateway.sent()) == 1  # the gateway did get it

    engine.run_cycle()  # looked up at once: found, so recorded without waiting out a grace
    recorded = store.conversations.get_message(message.id)
    assert recorded.status in (MessageStatus.SENT, MessageStatus.DELIVERED)
    assert recorded.gateway_sid == demo_gateway.sent()[0]["sid"]
    engine.run_cycle()
    assert len(demo_gateway.sent()) == 1


def test_a_server_error_before_the_send_is_retried_and_sent_once(store, demo_gateway):
    clock = FakeClock()
    engine = make_engine(store, demo_gateway, clock=clock)
    demo_gateway.inject(Fault.SERVER_ERROR, apply=False, route="send")
    message = queue(store, demo_gateway)
    assert engine.run_cycle().state is LinkState.OFFLINE
    assert demo_gateway.sent() == []
    clock.advance(engine.in_flight_grace + timedelta(seconds=1))
    engine.run_cycle()
    assert store.conversations.get_message(message.id).gateway_sid
    assert len(demo_gateway.sent()) == 1


def test_a_message_not_found_after_a_lost_answer_waits_out_the_grace_before_a_resend(
    store, demo_gateway
):
    """The gateway may still be creating it: "not there" is no proof until the grace is over."""
    clock = FakeClock()
    engine = make_engine(store, demo_gateway, clock=clock)
    demo_gateway.inject(Fault.SERVER_ERROR, apply=False, route="send")
    message = queue(store, demo_gateway)
    engine.run_cycle()
    clock.advance(engine.in_flight_grace - timedelta(seconds=2))
    for _ in range(3):
        engine.run_cycle()
    assert demo_gateway.sent() == []
    assert store.conversations.get_message(message.id).status is MessageStatus.SENDING
    clock.advance(timedelta(seconds=3))
    engine.run_cycle()
    assert len(demo_gateway.sent()) == 1


def test_a_server_error_after_the_send_is_not_sent_twice(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.SERVER_ERROR, apply=True, route="send")
    message = queue(store, demo_gateway)
    assert engine.run_cycle().state is LinkState.OFFLINE
    engine.run_cycle()
    engine.run_cycle()
    assert len(demo_gateway.sent()) == 1
    assert store.conversations.get_message(message.id).gateway_sid == demo_gateway.sent()[0]["sid"]


def test_malformed_json_is_treated_as_uncertain(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.MALFORMED_JSON, route="send")
    message = queue(store, demo_gateway)
    assert engine.run_cycle().state is LinkState.OFFLINE
    engine.run_cycle()
    assert len(demo_gateway.sent()) == 1
    assert store.conversations.get_message(message.id).gateway_sid == demo_gateway.sent()[0]["sid"]


def test_a_crash_after_the_gateway_accepted_does_not_send_twice(store, demo_gateway):
    # The previous run claimed the message, the gateway accepted it, then the process died
    # before recording the answer.
    message = queue(store, demo_gateway, "Sent just before the crash")
    assert store.outbox.begin_send(message.id, message.created_at)
    first = make_engine(store, demo_gateway)
    first._gateway.send(PEER, "Sent just before the crash")
    first.close()

    restarted = make_engine(store, demo_gateway, clock=a_minute_later)
    restarted.run_cycle()
    assert len(demo_gateway.sent()) == 1
    assert store.conversations.get_message(message.id).gateway_sid == demo_gateway.sent()[0]["sid"]


def test_a_crash_before_the_request_left_sends_it_once(store, demo_gateway):
    message = queue(store, demo_gateway, "Claimed, never sent")
    assert store.outbox.begin_send(message.id, message.created_at)  # then the process died

    restarted = make_engine(store, demo_gateway, clock=a_minute_later)
    restarted.run_cycle()
    restarted.run_cycle()
    assert [m["body"] for m in demo_gateway.sent()] == ["Claimed, never sent"]
    assert store.conversations.get_message(message.id).gateway_sid


def a_minute_later():
    """The clock of a desk restarted after a crash, once the grace of the run before is over."""
    return utcnow() + timedelta(minutes=1)


def test_a_crashed_runs_in_flight_message_is_looked_up_only_after_the_grace(store, demo_gateway):
    # The previous run claimed the message and called a slow gateway, then died; the gateway
    # creates the message 0.8 s later. Looked up at once, it would be "not there".
    demo_gateway.inject(Fault.SLOW_CREATE, delay=0.8)
    message = queue(store, demo_gateway, "Claimed, then the desk died")
    first = make_engine(store, demo_gateway)
    assert store.outbox.begin_send(message.id, utcnow())
    request = threading.Thread(
        target=lambda: first._gateway.send(PEER, "Claimed, then the desk died"), daemon=True
    )
    request.start()
    deadline = time.monotonic() + 5
    while not any(method == "POST" for method, _ in demo_gateway.requests_seen()):
        assert time.monotonic() < deadline, "the send never reached the gateway"
        time.sleep(0.01)
    # The request is at the gateway; the desk is gone.

    restarted = make_engine(store, demo_gateway, in_flight_grace=timedelta(seconds=1.5))
    assert restarted.in_flight_grace == timedelta(seconds=1.5)
    restarted.run_cycle()
    assert demo_gateway.sent() == []  # not looked up yet, so not sent again
    assert store.conversations.get_message(message.id).status is MessageStatus.SENDING

    cycle_until(
        restarted, lambda: store.conversations.get_message(message.id).gateway_sid is not None
    )
    request.join(5)
    assert [m["body"] for m in demo_gateway.sent()] == ["Claimed, then the desk died"]
    assert store.conversations.get_message(message.id).gateway_sid == demo_gateway.sent()[0]["sid"]


def test_the_grace_is_derived_from_the_gateways_timeout(store, demo_gateway):
    assert make_engine(store, demo_gateway, timeout=(1.0, 2.5)).in_flight_grace == timedelta(
        seconds=7
    )
    # Twilio's adapter's default timeout (3.05, 15.0): twice connect + read.
    assert grace_for_timeout() == timedelta(seconds=36.1)


def test_identical_messages_are_each_sent_once(store, demo_gateway):
    engine = make_engine(store, demo_gateway, timeout=(2.0, 0.5))
    demo_gateway.inject(Fault.TIMEOUT, apply=True, stall=1.0, route="send", times=1)
    first = queue(store, demo_gateway, "ok")
    engine.run_cycle()  # lost answer
    second = queue(store, demo_gateway, "ok")
    engine.run_cycle()
    engine.run_cycle()
    assert [m["body"] for m in demo_gateway.sent()] == ["ok", "ok"]
    sids = {
        store.conversations.get_message(first.id).gateway_sid,
        store.conversations.get_message(second.id).gateway_sid,
    }
    assert sids == {m["sid"] for m in demo_gateway.sent()}


def test_rate_limiting_waits_at_least_retry_after(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.RATE_LIMIT, retry_after=7)
    report = engine.run_cycle()
    assert report.state is LinkState.OFFLINE
    assert report.retry_in >= 7


def test_a_rejected_number_fails_with_the_reason_in_words(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.REJECT, code=21211)
    message = queue(store, demo_gateway)
    report = engine.run_cycle()
    assert report.state is LinkState.ONLINE  # the gateway is fine; this message is not
    failed = store.conversations.get_message(message.id)
    assert failed.status is MessageStatus.FAILED
    assert failed.error_code == 21211
    assert "number" in failed.error_message.lower()
    assert store.outbox.due(failed.created_at.replace(year=2100)) == []


def test_a_failed_delivery_shows_the_gateways_reason(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.FAIL_DELIVERY, error_code=21610)
    message = queue(store, demo_gateway)
    cycle_until(
        engine, lambda: store.conversations.get_message(message.id).status is MessageStatus.FAILED
    )
    failed = store.conversations.get_message(message.id)
    assert failed.error_code == 21610
    assert "STOP" in failed.error_message


def test_a_failed_message_can_be_retried_and_is_sent_again(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.REJECT, code=21211)
    message = queue(store, demo_gateway)
    engine.run_cycle()
    store.outbound.retry(message.id)
    engine.run_cycle()
    assert store.conversations.get_message(message.id).status in (
        MessageStatus.SENT,
        MessageStatus.DELIVERED,
    )
    assert len(demo_gateway.sent()) == 1


def test_refused_credentials_need_the_users_attention(store, demo_gateway):
    engine = make_engine(store, demo_gateway, token="0" * 32)
    message = queue(store, demo_gateway)
    report = engine.run_cycle()
    assert report.state is LinkState.NEEDS_ATTENTION
    assert "Settings" in report.message
    assert "0" * 32 not in report.message
    assert store.conversations.get_message(message.id).status is MessageStatus.QUEUED


def bodies_in_the_database_file_alone(path, tmp_path):
    """The message bodies a copy of the database file holds without its write-ahead log."""
    import shutil
    import sqlite3

    copy = tmp_path / "file-only.sqlite3"
    shutil.copyfile(path, copy)  # the -wal file stays behind
    with sqlite3.connect(copy) as raw:
        return {body for (body,) in raw.execute("SELECT body FROM messages")}


def test_a_cycle_that_stored_messages_moves_them_into_the_database_file(
    store, demo_gateway, tmp_path
):
    # The checkpoint is the worker's, after the cycle: SQLite's own one waits for 10,000
    # pages of log, so without it these few messages would be in the log only.
    path = tmp_path / "desk.sqlite3"
    engine = make_engine(store, demo_gateway)
    demo_gateway.inbound(PEER, "Checkpointed after the cycle")

    assert engine.run_cycle().received == 1

    assert "Checkpointed after the cycle" in bodies_in_the_database_file_alone(path, tmp_path)


def test_without_the_workers_checkpoint_the_log_holds_a_small_write(store, tmp_path):
    # The other side of the test above: a write of its own stays in the log.
    store.checkpoint()  # the schema the migrations wrote, into the file
    conversation = store.conversations.open(PEER)
    store.outbound.queue(conversation.id, "Still in the log", desk_number="+14155550100")

    assert "Still in the log" not in bodies_in_the_database_file_alone(
        tmp_path / "desk.sqlite3", tmp_path
    )
    store.checkpoint()
    assert "Still in the log" in bodies_in_the_database_file_alone(
        tmp_path / "desk.sqlite3", tmp_path
    )


# -- issue 13: nothing sent twice, nothing stuck --------------------------------------------------

SERVICE = "MG" + "c" * 32
FAR_FUTURE = datetime(2100, 1, 1, tzinfo=UTC)


class FakeClock:
    """The engine's clock, moved by the test. The store dates what it queues by the real
    clock, so this one starts a few seconds ahead: what the test queues next is due."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC) + timedelta(seconds=5)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def service_engine(store, demo) -> SyncEngine:
    """An engine whose adapter sends through a Messaging Service, not from a number."""
    gateway = TwilioGateway(
        account_sid=demo.account_sid,
        auth_token=demo.auth_token,
        base_url=demo.base_url,
        messaging_service_sid=SERVICE,
        desk_number=demo.phone_number,
        timeout=(2.0, 2.0),
        page_size=50,
    )
    return SyncEngine(store, gateway, poll_interval=5.0, rng=lambda: 0.0)


def send_requests(demo) -> int:
    return sum(
        1 for method, path in demo.requests_seen() if method == "POST" and "/Messages.json" in path
    )


def test_a_lost_answer_to_a_messaging_service_send_is_not_sent_twice(store):
    # The service picks its sender late: the message's "from" is still null when looked up.
    with DemoGateway(status_delays=(30.0, 31.0), greet=False, auto_reply=False) as demo:
        engine = service_engine(store, demo)
        demo.inject(Fault.SERVER_ERROR, apply=True, route="send")  # carried out, then 500
        message = queue(store, demo, "Your table is booked")
        assert engine.run_cycle().state is LinkState.OFFLINE
        [at_gateway] = demo.sent()
        assert at_gateway["from"] is None

        for _ in range(3):
            engine.run_cycle()

        assert len(demo.sent()) == 1
        assert store.conversations.get_message(message.id).gateway_sid == at_gateway["sid"]


def test_eighty_queued_to_one_number_with_the_first_uncertain_are_sent_once_each(
    store, demo_gateway
):
    # The uncertain one is due again after the other 79 have gone; at the gateway it is the
    # oldest of 80 to that number, on the look-up's second page (pages of 50).
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.SERVER_ERROR, apply=True, route="send")
    messages = [queue(store, demo_gateway, "Your order is ready") for _ in range(80)]

    cycle_until(
        engine,
        lambda: all(store.conversations.get_message(m.id).gateway_sid for m in messages),
        timeout=30,
    )
    engine.run_cycle()

    assert len(demo_gateway.sent()) == 80
    recorded = {store.conversations.get_message(m.id).gateway_sid for m in messages}
    assert recorded == {m["sid"] for m in demo_gateway.sent()}


def test_an_incomplete_look_up_never_sends_again_and_does_not_hold_up_the_rest(
    store, demo_gateway, monkeypatch
):
    monkeypatch.setattr(TwilioGateway, "LOOKUP_MAX_PAGES", 1)
    clock = FakeClock()
    engine = make_engine(store, demo_gateway, clock=clock)
    demo_gateway.inject(Fault.SERVER_ERROR, apply=True, route="send")
    first = queue(store, demo_gateway, "First")
    others = [queue(store, demo_gateway, f"Next {i}") for i in range(59)]

    cycle_until(
        engine, lambda: all(store.conversations.get_message(m.id).gateway_sid for m in others), 30
    )
    for _ in range(2):
        engine.run_cycle()

    # One page of 50 could not reach back to the attempt: still "maybe sent", not resent.
    assert len(demo_gateway.sent()) == 60
    assert store.conversations.get_message(first.id).status is MessageStatus.SENDING
    monkeypatch.setattr(TwilioGateway, "LOOKUP_MAX_PAGES", 100)
    clock.advance(timedelta(minutes=6))  # checked again later, completely this time
    engine.run_cycle()
    assert len(demo_gateway.sent()) == 60
    assert store.conversations.get_message(first.id).gateway_sid == demo_gateway.sent()[0]["sid"]


@pytest.mark.parametrize(
    ("status", "body", "content_type"),
    [
        (400, "<html><body><h1>400 Bad Request</h1>nginx</body></html>", "text/html"),
        (413, "<html><body><h1>413 Request Entity Too Large</h1></body></html>", "text/html"),
        (422, '{"detail": "Unprocessable Entity"}', "application/json"),
    ],
)
def test_a_send_a_proxy_refuses_fails_with_a_sentence_and_is_not_sent_again(
    store, demo_gateway, status, body, content_type
):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(
        Fault.PROXY_ERROR, status=status, body=body, content_type=content_type, route="send"
    )
    message = queue(store, demo_gateway)

    report = engine.run_cycle()

    assert report.state is LinkState.ONLINE  # the gateway answers; this message was refused
    failed = store.conversations.get_message(message.id)
    assert failed.status is MessageStatus.FAILED
    assert failed.error_message == describe_refusal(status, this_message=True)
    for _ in range(3):
        assert engine.run_cycle().state is LinkState.ONLINE
    assert send_requests(demo_gateway) == 1
    assert demo_gateway.sent() == []
    assert store.outbox.due(FAR_FUTURE) == []


def test_a_proxy_refusing_every_request_needs_attention_and_the_message_waits(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.PROXY_ERROR, times=1000, route="any")
    message = queue(store, demo_gateway)

    report = engine.run_cycle()

    assert report.state is LinkState.NEEDS_ATTENTION
    assert "refuses SMS Desk's requests (HTTP 400)" in report.message
    assert report.retry_in >= 30  # no loop: the next try is a while away
    assert store.conversations.get_message(message.id).status is MessageStatus.QUEUED
    assert send_requests(demo_gateway) == 1

    demo_gateway.clear_faults()  # the proxy is fixed
    assert engine.run_cycle().state is LinkState.ONLINE
    assert [m["body"] for m in demo_gateway.sent()] == ["Your order is ready"]


def test_a_full_queue_21611_makes_the_message_wait_and_go_later_not_fail(store, demo_gateway):
    clock = FakeClock()
    engine = make_engine(store, demo_gateway, clock=clock)
    demo_gateway.inject(Fault.REJECT, code=21611)
    message = queue(store, demo_gateway)

    assert engine.run_cycle().state is LinkState.ONLINE
    waiting = store.conversations.get_message(message.id)
    assert waiting.status is MessageStatus.QUEUED
    assert demo_gateway.sent() == []
    engine.run_cycle()
    assert send_requests(demo_gateway) == 1  # not due again at once

    clock.advance(timedelta(seconds=31))
    engine.run_cycle()
    sent = store.conversations.get_message(message.id)
    assert sent.status in (MessageStatus.SENT, MessageStatus.DELIVERED)
    assert [m["sid"] for m in demo_gateway.sent()] == [sent.gateway_sid]


def test_a_copy_the_gateway_dropped_unsent_is_no_proof_and_the_message_goes_again(
    store, demo_gateway
):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.SERVER_ERROR, apply=True, route="send")
    demo_gateway.inject(Fault.FAIL_DELIVERY, error_code=30001)  # queue overflow
    message = queue(store, demo_gateway)
    engine.run_cycle()
    deadline = time.monotonic() + 5
    while demo_gateway.sent()[0]["status"] != "failed":  # dropped at the gateway meanwhile
        assert time.monotonic() < deadline
        time.sleep(0.02)

    cycle_until(engine, lambda: store.conversations.get_message(message.id).gateway_sid is not None)

    dropped, again = demo_gateway.sent()
    assert (dropped["status"], dropped["error_code"]) == ("failed", 30001)
    assert store.conversations.get_message(message.id).gateway_sid == again["sid"]


def test_a_send_answered_as_dropped_waits_and_goes_again(store, demo_gateway):
    clock = FakeClock()
    engine = make_engine(store, demo_gateway, clock=clock)
    adapter = engine._gateway
    real_send = adapter.send
    answers = []

    def send_dropped_once(*args, **kwargs):
        accepted = real_send(*args, **kwargs)
        if not answers:
            accepted = dataclasses.replace(accepted, status="failed", error_code=30001)
        answers.append(accepted)
        return accepted

    adapter.send = send_dropped_once
    message = queue(store, demo_gateway)
    engine.run_cycle()
    assert store.conversations.get_message(message.id).status is MessageStatus.QUEUED
    clock.advance(timedelta(minutes=1))
    engine.run_cycle()
    assert store.conversations.get_message(message.id).gateway_sid == answers[1].sid


def test_a_message_reported_dropped_after_it_was_accepted_is_sent_again_later(store, demo_gateway):
    """30001 in a later status report: the copy was never sent, so the message goes again."""
    clock = FakeClock()
    engine = make_engine(store, demo_gateway, clock=clock)
    demo_gateway.inject(Fault.FAIL_DELIVERY, error_code=30001)  # queue overflow
    message = queue(store, demo_gateway)
    engine.run_cycle()
    first_sid = store.conversations.get_message(message.id).gateway_sid
    assert first_sid is not None
    deadline = time.monotonic() + 5
    while demo_gateway.sent()[0]["status"] != "failed":  # dropped at the gateway meanwhile
        assert time.monotonic() < deadline
        time.sleep(0.02)

    for _ in range(3):  # the status check learns of it; the message waits, not failed
        clock.advance(timedelta(seconds=1))
        engine.run_cycle()
    requeued = store.conversations.get_message(message.id)
    assert (requeued.status, requeued.gateway_sid) == (MessageStatus.QUEUED, None)
    assert len(demo_gateway.sent()) == 1

    clock.advance(timedelta(seconds=31))
    engine.run_cycle()
    dropped, again = demo_gateway.sent()
    assert (dropped["status"], dropped["error_code"]) == ("failed", 30001)
    assert store.conversations.get_message(message.id).gateway_sid == again["sid"] != first_sid
    clock.advance(timedelta(minutes=5))
    engine.run_cycle()
    assert len(demo_gateway.sent()) == 2  # and no third


def test_partially_delivered_is_final_and_shown_delivered(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.FINAL_STATUS, status="partially_delivered")
    message = queue(store, demo_gateway)

    cycle_until(
        engine,
        lambda: store.conversations.get_message(message.id).status is MessageStatus.DELIVERED,
    )

    recent = datetime.now(UTC) - timedelta(hours=1)
    assert store.outbox.unsettled(since=recent) == []  # no longer followed

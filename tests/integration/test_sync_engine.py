"""The sync engine against the demo gateway over real HTTP and a real SQLite file.

These prove the outbox's promise: every message is stored before it is sent, and ends up
sent exactly once or shown as failed — across outages, lost answers and crashes.
"""

import threading
import time
from datetime import timedelta

import pytest

from desktop.core.models import Direction, MessageStatus, utcnow
from desktop.gateway.demo import Fault
from desktop.store import open_store
from desktop.sync.engine import LinkState, grace_for_timeout
from tests.integration.engines import cycle_until, make_engine

PEER = "+14155550134"


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    yield store
    store.close()


def queue(store, demo, body="Your order is ready"):
    conversation = store.open_conversation(PEER)
    return store.queue_outbound(conversation.id, body, desk_number=demo.phone_number)


def test_a_queued_message_is_sent_once_and_followed_to_delivered(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    message = queue(store, demo_gateway)
    assert store.get_message(message.id).status is MessageStatus.QUEUED

    report = engine.run_cycle()
    assert report.state is LinkState.ONLINE
    assert report.sent == 1
    sent = store.get_message(message.id)
    assert sent.status is MessageStatus.SENT
    assert sent.gateway_sid
    assert store.due_outbox(sent.created_at.replace(year=2100)) == []

    cycle_until(engine, lambda: store.get_message(message.id).status is MessageStatus.DELIVERED)
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
    conversation = store.find_conversation(PEER)
    messages = store.list_messages(conversation.id)
    assert [m.body for m in messages] == ["Hello", "Are you open today?", "Thanks"]
    assert all(m.direction is Direction.INBOUND for m in messages)
    assert conversation.unread_count == 3
    demo_gateway.inbound(PEER, "One more")
    assert engine.run_cycle().received == 1
    assert store.find_conversation(PEER).unread_count == 4


def test_inbound_national_numbers_are_stored_in_e164(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inbound("+12025550173", "Hi")
    engine.run_cycle()
    assert store.find_conversation("+12025550173") is not None


def test_gateway_down_keeps_the_message_and_sends_it_once_when_back(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.go_down()
    message = queue(store, demo_gateway)
    report = engine.run_cycle()
    assert report.state is LinkState.OFFLINE
    assert "Can't reach the SMS gateway" in report.message
    assert report.retry_in > 0
    assert store.get_message(message.id).status is MessageStatus.QUEUED
    second = engine.run_cycle()
    assert second.retry_in >= report.retry_in  # backing off

    demo_gateway.come_back()
    assert engine.run_cycle().state is LinkState.ONLINE
    assert store.get_message(message.id).status in (MessageStatus.SENT, MessageStatus.DELIVERED)
    engine.run_cycle()
    assert len(demo_gateway.sent()) == 1


def test_a_lost_answer_is_checked_with_the_gateway_not_sent_again(store, demo_gateway):
    engine = make_engine(store, demo_gateway, timeout=(2.0, 0.5))
    demo_gateway.inject(Fault.TIMEOUT, apply=True, stall=1.5, route="send")
    message = queue(store, demo_gateway)
    report = engine.run_cycle()
    assert report.state is LinkState.OFFLINE
    assert store.get_message(message.id).status is MessageStatus.SENDING  # uncertain
    assert len(demo_gateway.sent()) == 1  # the gateway did get it

    engine.run_cycle()
    recorded = store.get_message(message.id)
    assert recorded.status in (MessageStatus.SENT, MessageStatus.DELIVERED)
    assert recorded.gateway_sid == demo_gateway.sent()[0]["sid"]
    engine.run_cycle()
    assert len(demo_gateway.sent()) == 1


def test_a_server_error_before_the_send_is_retried_and_sent_once(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.SERVER_ERROR, apply=False, route="send")
    message = queue(store, demo_gateway)
    assert engine.run_cycle().state is LinkState.OFFLINE
    assert demo_gateway.sent() == []
    engine.run_cycle()
    assert store.get_message(message.id).gateway_sid
    assert len(demo_gateway.sent()) == 1


def test_a_server_error_after_the_send_is_not_sent_twice(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.SERVER_ERROR, apply=True, route="send")
    message = queue(store, demo_gateway)
    assert engine.run_cycle().state is LinkState.OFFLINE
    engine.run_cycle()
    engine.run_cycle()
    assert len(demo_gateway.sent()) == 1
    assert store.get_message(message.id).gateway_sid == demo_gateway.sent()[0]["sid"]


def test_malformed_json_is_treated_as_uncertain(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.MALFORMED_JSON, route="send")
    message = queue(store, demo_gateway)
    assert engine.run_cycle().state is LinkState.OFFLINE
    engine.run_cycle()
    assert len(demo_gateway.sent()) == 1
    assert store.get_message(message.id).gateway_sid == demo_gateway.sent()[0]["sid"]


def test_a_crash_after_the_gateway_accepted_does_not_send_twice(store, demo_gateway):
    # The previous run claimed the message, the gateway accepted it, then the process died
    # before recording the answer.
    message = queue(store, demo_gateway, "Sent just before the crash")
    assert store.begin_send(message.id, message.created_at)
    first = make_engine(store, demo_gateway)
    first._gateway.send(PEER, "Sent just before the crash")
    first.close()

    restarted = make_engine(store, demo_gateway, clock=a_minute_later)
    restarted.run_cycle()
    assert len(demo_gateway.sent()) == 1
    assert store.get_message(message.id).gateway_sid == demo_gateway.sent()[0]["sid"]


def test_a_crash_before_the_request_left_sends_it_once(store, demo_gateway):
    message = queue(store, demo_gateway, "Claimed, never sent")
    assert store.begin_send(message.id, message.created_at)  # then the process died

    restarted = make_engine(store, demo_gateway, clock=a_minute_later)
    restarted.run_cycle()
    restarted.run_cycle()
    assert [m["body"] for m in demo_gateway.sent()] == ["Claimed, never sent"]
    assert store.get_message(message.id).gateway_sid


def a_minute_later():
    """The clock of a desk restarted after a crash, once the grace of the run before is over."""
    return utcnow() + timedelta(minutes=1)


def test_a_crashed_runs_in_flight_message_is_looked_up_only_after_the_grace(store, demo_gateway):
    # The previous run claimed the message and called a slow gateway, then died; the gateway
    # creates the message 0.8 s later. Looked up at once, it would be "not there".
    demo_gateway.inject(Fault.SLOW_CREATE, delay=0.8)
    message = queue(store, demo_gateway, "Claimed, then the desk died")
    first = make_engine(store, demo_gateway)
    assert store.begin_send(message.id, utcnow())
    request = threading.Thread(
        target=lambda: first._gateway.send(PEER, "Claimed, then the desk died"), daemon=True
    )
    request.start()
    time.sleep(0.1)  # the request is at the gateway; the desk is gone

    restarted = make_engine(store, demo_gateway, in_flight_grace=timedelta(seconds=1.5))
    assert restarted.in_flight_grace == timedelta(seconds=1.5)
    restarted.run_cycle()
    assert demo_gateway.sent() == []  # not looked up yet, so not sent again
    assert store.get_message(message.id).status is MessageStatus.SENDING

    cycle_until(restarted, lambda: store.get_message(message.id).gateway_sid is not None)
    request.join(5)
    assert [m["body"] for m in demo_gateway.sent()] == ["Claimed, then the desk died"]
    assert store.get_message(message.id).gateway_sid == demo_gateway.sent()[0]["sid"]


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
    sids = {store.get_message(first.id).gateway_sid, store.get_message(second.id).gateway_sid}
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
    failed = store.get_message(message.id)
    assert failed.status is MessageStatus.FAILED
    assert failed.error_code == 21211
    assert "number" in failed.error_message.lower()
    assert store.due_outbox(failed.created_at.replace(year=2100)) == []


def test_a_failed_delivery_shows_the_gateways_reason(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.FAIL_DELIVERY, error_code=21610)
    message = queue(store, demo_gateway)
    cycle_until(engine, lambda: store.get_message(message.id).status is MessageStatus.FAILED)
    failed = store.get_message(message.id)
    assert failed.error_code == 21610
    assert "STOP" in failed.error_message


def test_a_failed_message_can_be_retried_and_is_sent_again(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inject(Fault.REJECT, code=21211)
    message = queue(store, demo_gateway)
    engine.run_cycle()
    store.retry(message.id)
    engine.run_cycle()
    assert store.get_message(message.id).status in (MessageStatus.SENT, MessageStatus.DELIVERED)
    assert len(demo_gateway.sent()) == 1


def test_refused_credentials_need_the_users_attention(store, demo_gateway):
    engine = make_engine(store, demo_gateway, token="0" * 32)
    message = queue(store, demo_gateway)
    report = engine.run_cycle()
    assert report.state is LinkState.NEEDS_ATTENTION
    assert "Settings" in report.message
    assert "0" * 32 not in report.message
    assert store.get_message(message.id).status is MessageStatus.QUEUED


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
    conversation = store.open_conversation(PEER)
    store.queue_outbound(conversation.id, "Still in the log", desk_number="+14155550100")

    assert "Still in the log" not in bodies_in_the_database_file_alone(
        tmp_path / "desk.sqlite3", tmp_path
    )
    store.checkpoint()
    assert "Still in the log" in bodies_in_the_database_file_alone(
        tmp_path / "desk.sqlite3", tmp_path
    )

"""A Telnyx send whose answer was lost, matched by the relay: Telnyx's ``message.sent`` event
(signed, posted to the relay under its real server) about an id no message has gives that id
to the one message whose answer was lost with the same From, To and text; ✓, and nothing
is sent twice. With two identical candidates nothing is guessed: both are set aside."""

from __future__ import annotations

import copy
from datetime import timedelta

import pytest

from desktop.core.models import MessageStatus
from desktop.store.fencing import Claimant
from desktop.store.outbox import UNKNOWN_IF_SENT
from desktop.sync.outbound import LOST_ANSWER_WAIT
from tests.integration.test_telnyx_lost_answer import Clock, desk, lose_the_answer
from tests.relay.test_telnyx_relay import PUBLIC, post

pytestmark = pytest.mark.postgres


@pytest.fixture
def relay_settings() -> dict[str, str]:
    """The relay (conftest.py's ``relay``) of a Telnyx team, with its public key."""
    return {"carrier": "telnyx", "telnyx_public_key": PUBLIC}


@pytest.fixture
def telnyx():
    from tests.fake_telnyx import FakeTelnyx

    with FakeTelnyx() as fake:
        yield fake


def message_sent(telnyx, sid: str) -> dict:
    """Telnyx's ``message.sent`` event for the message it created as ``sid``."""
    telnyx.set_status(sid, "sent")
    payload = copy.deepcopy(telnyx.messages[sid])
    return {
        "data": {
            "event_type": "message.sent",
            "id": "c5ea2b0e-7e0a-4f7f-9a0b-3f0d7c2f4a11",
            "occurred_at": payload["sent_at"],
            "payload": payload,
            "record_type": "event",
        },
        "meta": {"attempt": 1, "delivered_to": "https://sms-relay.example.com/telnyx"},
    }


def test_the_event_gives_the_lost_answer_s_message_its_id_and_nothing_is_sent_twice(relay, telnyx):
    store = relay.store
    clock = Clock()
    message = lose_the_answer(store, telnyx, clock, "Your car is ready")
    [sid] = telnyx.messages
    event = message_sent(telnyx, sid)
    assert post(relay, event).status_code == 200
    assert post(relay, event).status_code == 200  # Telnyx's retry changes nothing
    shown = store.conversations.get_message(message.id)
    assert (shown.status, shown.gateway_sid) == (MessageStatus.SENT, sid)

    sender, gateway = desk(store, telnyx, clock)
    clock.later(LOST_ANSWER_WAIT * 2)
    assert sender.send_due(Claimant("anna-run-1")) == (0, False)
    gateway.close()
    assert len(telnyx.posted()) == 1
    assert store.conversations.get_message(message.id).status is MessageStatus.SENT


def test_a_late_event_still_ticks_a_message_set_aside(relay, telnyx):
    store = relay.store
    clock = Clock()
    message = lose_the_answer(store, telnyx, clock, "Your car is ready")
    sender, gateway = desk(store, telnyx, clock)
    clock.later(LOST_ANSWER_WAIT + timedelta(minutes=1))
    sender.send_due(Claimant("anna-run-1"))
    gateway.close()
    assert store.conversations.get_message(message.id).error_code == UNKNOWN_IF_SENT
    [sid] = telnyx.messages
    assert post(relay, message_sent(telnyx, sid)).status_code == 200
    shown = store.conversations.get_message(message.id)
    assert (shown.status, shown.gateway_sid, shown.error_code) == (MessageStatus.SENT, sid, None)


def test_two_identical_candidates_are_not_guessed_between_and_are_set_aside(relay, telnyx):
    store = relay.store
    clock = Clock()
    first = lose_the_answer(store, telnyx, clock, "See you at 4")
    second = lose_the_answer(store, telnyx, clock, "See you at 4")
    one_sid = next(iter(telnyx.messages))
    assert post(relay, message_sent(telnyx, one_sid)).status_code == 200
    for message in (first, second):
        shown = store.conversations.get_message(message.id)
        assert (shown.status, shown.gateway_sid) == (MessageStatus.SENDING, None)

    sender, gateway = desk(store, telnyx, clock)
    clock.later(LOST_ANSWER_WAIT + timedelta(minutes=1))
    assert sender.send_due(Claimant("anna-run-1")) == (0, False)
    gateway.close()
    for message in (first, second):
        shown = store.conversations.get_message(message.id)
        assert (shown.status, shown.error_code) == (MessageStatus.FAILED, UNKNOWN_IF_SENT)
    assert len(telnyx.posted()) == 2

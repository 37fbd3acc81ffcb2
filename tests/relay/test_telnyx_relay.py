"""A Telnyx team's relay: ``message.received`` and ``message.finalized`` events signed with
the account's Ed25519 key (as Telnyx signs them; checked by the telnyx library's own
verification too) are stored; forged, stale and Twilio-shaped requests are refused."""

from __future__ import annotations

import base64
import json
import time
from datetime import UTC, datetime

import pytest
import requests
from nacl.signing import SigningKey
from telnyx.lib.webhook_verification import verify_webhook_signature

from desktop.core.models import Direction, MessageStatus
from tests.relay.relay_process import DESK

pytestmark = pytest.mark.postgres

KEY = SigningKey(bytes(range(1, 33)))
PUBLIC = base64.b64encode(bytes(KEY.verify_key)).decode()
OLIVIA = "+14155550134"


@pytest.fixture
def relay_settings() -> dict[str, str]:
    """The relay (conftest.py's ``relay``) of a Telnyx team, with its public key."""
    return {"carrier": "telnyx", "telnyx_public_key": PUBLIC}


def post(relay, event: dict, *, key: SigningKey = KEY, age: int = 0) -> requests.Response:
    body = json.dumps(event).encode()
    timestamp = str(int(time.time()) - age)
    signature = base64.b64encode(key.sign(timestamp.encode() + b"|" + body).signature).decode()
    headers = {
        "Content-Type": "application/json",
        "telnyx-signature-ed25519": signature,
        "telnyx-timestamp": timestamp,
    }
    if key is KEY and age == 0:
        verify_webhook_signature(body, headers, PUBLIC)  # what Telnyx's library accepts
    return requests.post(relay.url + "/telnyx", data=body, headers=headers, timeout=10)


def received(message_id: str, text: str, media=()) -> dict:
    """A ``message.received`` event in Telnyx's published shape."""
    return {
        "data": {
            "event_type": "message.received",
            "id": "b301ed3f-1490-491f-995f-6e64e69674d4",
            "occurred_at": "2026-12-06T09:00:00.000+00:00",
            "payload": {
                "direction": "inbound",
                "from": {
                    "carrier": "T-Mobile USA",
                    "line_type": "Wireless",
                    "phone_number": OLIVIA,
                },
                "id": message_id,
                "media": [{"content_type": c, "url": u, "size": 1000} for c, u in media],
                "received_at": "2026-12-06T09:00:00.000+00:00",
                "record_type": "message",
                "text": text,
                "to": [{"phone_number": DESK, "status": "webhook_delivered"}],
                "type": "MMS" if media else "SMS",
            },
            "record_type": "event",
        },
        "meta": {"attempt": 1, "delivered_to": "https://sms-relay.example.com/telnyx"},
    }


def finalized(message_id: str, status: str, errors=()) -> dict:
    return {
        "data": {
            "event_type": "message.finalized",
            "id": "86f58db9-0e6b-4d1c-a5b1-2bd9e6d4c5a1",
            "payload": {
                "completed_at": "2026-12-06T09:01:00.000+00:00",
                "direction": "outbound",
                "errors": list(errors),
                "from": {"phone_number": DESK},
                "id": message_id,
                "sent_at": "2026-12-06T09:00:30.000+00:00",
                "to": [{"phone_number": OLIVIA, "status": status}],
                "type": "SMS",
            },
            "record_type": "event",
        }
    }


def test_a_signed_inbound_message_with_a_picture_is_stored_once(relay):
    event = received(
        "40385f64-5717-4562-b3fc-2c963f66afa6",
        "Here is the damage",
        [("image/jpeg", "https://media.telnyx.example/abc.jpg")],
    )
    assert post(relay, event).status_code == 200
    assert post(relay, event).status_code == 200  # Telnyx's retry
    conversation = relay.store.conversations.find(OLIVIA)
    inbound = [
        m
        for m in relay.store.conversations.messages(conversation.id)
        if m.direction is Direction.INBOUND
    ]
    assert [m.body for m in inbound] == ["Here is the damage"]
    pictures = relay.store.media.for_messages([inbound[0].id])[inbound[0].id]
    assert [p.content_type for p in pictures] == ["image/jpeg"]


def test_a_finalized_event_settles_the_message_in_telnyx_s_terms(relay):
    store = relay.store
    conversation = store.conversations.open(OLIVIA)
    message = store.outbound.queue(conversation.id, "Ready at 4", desk_number=DESK)
    now = datetime.now(UTC)
    assert store.outbox.begin_send(message.id, now)
    store.outbox.record_sent(
        message.id, "40317159-1111-4a4a-9b9b-000000000001", MessageStatus.SENT, now
    )
    assert (
        post(relay, finalized("40317159-1111-4a4a-9b9b-000000000001", "delivered")).status_code
        == 200
    )
    assert store.conversations.get_message(message.id).status is MessageStatus.DELIVERED


def test_forged_stale_and_misdirected_requests_are_refused(relay):
    event = received("40385f64-5717-4562-b3fc-2c963f66aaaa", "Send the refund to me")
    assert post(relay, event, key=SigningKey(bytes(32))).status_code == 403
    assert post(relay, event, age=600).status_code == 403  # replayed ten minutes later
    unsigned = requests.post(relay.url + "/telnyx", json=event, timeout=10)
    assert unsigned.status_code == 403
    assert requests.post(relay.url + "/twilio/inbound", data={}, timeout=10).status_code == 404
    assert relay.store.conversations.find(OLIVIA) is None
    assert "Send the refund" not in relay.log


def test_an_event_of_another_kind_is_acknowledged_and_ignored(relay):
    other = {"data": {"event_type": "call.initiated", "payload": {}}}
    assert post(relay, other).status_code == 200

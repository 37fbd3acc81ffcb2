"""The relay's signature checks against the carriers' own libraries: a request Twilio's
``RequestValidator`` signs is accepted and one it refuses is refused; a Telnyx webhook that
``telnyx``'s verification accepts is accepted, tampered or stale ones are not."""

from __future__ import annotations

import base64
import time

import pytest
from nacl.signing import SigningKey
from telnyx.lib.webhook_verification import WebhookVerificationError, verify_webhook_signature
from twilio.request_validator import RequestValidator

from desktop.gateway.twilio_signature import twilio_signature
from desktop.relay.signatures import telnyx_valid, twilio_valid

TOKEN = "12345678901234567890123456789012"
URL = "https://sms-relay.example.com/twilio/inbound"
FORM = [
    ("AccountSid", "AC0123456789abcdef0123456789abcdef"),
    ("Body", "Is my order ready? £5 \u2013 ok"),
    ("From", "+14155550134"),
    ("MessageSid", "SM0123456789abcdef0123456789abcdef"),
    ("NumMedia", "0"),
    ("To", "+14155550100"),
]


def test_twilio_signatures_are_what_twilio_s_library_computes():
    validator = RequestValidator(TOKEN)
    assert twilio_signature(URL, FORM, TOKEN) == validator.compute_signature(URL, dict(FORM))
    signature = validator.compute_signature(URL, dict(FORM))
    assert twilio_valid(URL, FORM, signature, TOKEN)
    assert validator.validate(URL, dict(FORM), signature)


@pytest.mark.parametrize(
    ("signed_url", "checked_url"),
    [
        ("https://sms-relay.example.com:443/twilio/inbound", URL),
        (URL, "https://sms-relay.example.com:443/twilio/inbound"),
    ],
)
def test_a_twilio_url_signed_with_or_without_its_default_port_is_accepted(signed_url, checked_url):
    signature = RequestValidator(TOKEN).compute_signature(signed_url, dict(FORM))
    assert twilio_valid(checked_url, FORM, signature, TOKEN)


def test_forged_or_tampered_twilio_requests_are_refused():
    validator = RequestValidator(TOKEN)
    signature = validator.compute_signature(URL, dict(FORM))
    tampered = [(k, "Send the refund to me" if k == "Body" else v) for k, v in FORM]
    assert not validator.validate(URL, dict(tampered), signature)
    assert not twilio_valid(URL, tampered, signature, TOKEN)
    assert not twilio_valid(URL + "?x=1", FORM, signature, TOKEN)  # another URL
    assert not twilio_valid(URL, FORM, signature, "another token")
    assert not twilio_valid(URL, FORM, None, TOKEN)
    assert not twilio_valid(URL, FORM, "", TOKEN)
    assert not twilio_valid(URL, FORM, "not base64 ✓", TOKEN)
    forged = RequestValidator("guessed").compute_signature(URL, dict(FORM))
    assert not twilio_valid(URL, FORM, forged, TOKEN)


# -- Telnyx ----------------------------------------------------------------------------------

KEY = SigningKey(bytes(range(32)))
PUBLIC = base64.b64encode(bytes(KEY.verify_key)).decode()
BODY = b'{"data":{"event_type":"message.received","payload":{"id":"b0c1"}}}'


def signed(body: bytes, timestamp: int, key: SigningKey = KEY) -> dict[str, str]:
    signature = key.sign(f"{timestamp}|".encode() + body).signature
    return {
        "telnyx-signature-ed25519": base64.b64encode(signature).decode(),
        "telnyx-timestamp": str(timestamp),
    }


def ours(body: bytes, headers: dict[str, str], now: float) -> bool:
    return telnyx_valid(
        body,
        headers.get("telnyx-signature-ed25519"),
        headers.get("telnyx-timestamp"),
        PUBLIC,
        now=now,
    )


def telnyx_accepts(body: bytes, headers: dict[str, str]) -> bool:
    try:
        verify_webhook_signature(body, headers, PUBLIC)
    except WebhookVerificationError:
        return False
    return True


def test_a_telnyx_webhook_telnyx_s_library_accepts_is_accepted():
    now = int(time.time())
    headers = signed(BODY, now)
    assert telnyx_accepts(BODY, headers)
    assert ours(BODY, headers, now)


def test_tampered_forged_and_stale_telnyx_webhooks_are_refused():
    now = int(time.time())
    headers = signed(BODY, now)
    tampered = BODY.replace(b"b0c1", b"b0c2")
    assert not telnyx_accepts(tampered, headers)
    assert not ours(tampered, headers, now)
    forged = signed(BODY, now, SigningKey(bytes(32)))
    assert not telnyx_accepts(BODY, forged)
    assert not ours(BODY, forged, now)
    # A timestamp changed after signing, or an old request replayed later.
    moved = {**headers, "telnyx-timestamp": str(now + 1)}
    assert not ours(BODY, moved, now)
    stale = signed(BODY, now - 301)
    assert not telnyx_accepts(BODY, stale)
    assert not ours(BODY, stale, now)
    assert ours(BODY, signed(BODY, now - 299), now)
    assert not ours(BODY, {}, now)
    assert not ours(BODY, {**headers, "telnyx-signature-ed25519": "!!"}, now)
    assert not ours(BODY, {**headers, "telnyx-timestamp": "soon"}, now)

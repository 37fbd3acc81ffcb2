"""The Telnyx adapter checked against Telnyx's published OpenAPI description (the pieces in
``tests/data/telnyx``, with their source): what it sends is a ``CreateMessageRequest``, what
it reads is an ``OutboundMessagePayload`` or an ``Errors`` body, and every status word the
description lists means something to the app.

No network: the request bodies are the adapter's own, the answers are the description's
examples and the fake Telnyx server's, which is held to the same schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core.models import Direction, MessageStatus
from desktop.gateway.base import InvalidBody, RejectedNumber
from desktop.gateway.telnyx import TelnyxGateway
from desktop.gateway.telnyx_parse import first_error, parse_message
from desktop.gateway.telnyx_terms import STATUSES, TELNYX_TERMS
from tests.fake_telnyx import API_KEY, DESK, PROFILE_ID, FakeTelnyx, error_body

SPEC = json.loads((Path(__file__).parent.parent / "data/telnyx/messaging-openapi.json").read_text())
SCHEMAS = SPEC["components"]["schemas"]
#: Dates the description's own example gives as null although its schema does not say
#: ``nullable`` (a message not sent or not finished yet): Telnyx sends null there, so the
#: parser reads null, and the check accepts it for these alone.
NULL_IN_PRACTICE = frozenset({"$.sent_at", "$.completed_at"})


class SchemaError(AssertionError):
    pass


def validate(value: Any, schema: dict[str, Any], where: str = "$", *, strict: bool = False) -> None:
    """Check ``value`` against an OpenAPI 3.0 schema (the keywords these pieces use).

    ``strict``: no property the schema does not name (what the adapter sends must be
    nothing Telnyx does not know).
    """
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        validate(value, SCHEMAS[name], where, strict=strict)
        return
    if value is None:
        if schema.get("nullable") or where in NULL_IN_PRACTICE:
            return
        if schema.get("type") or schema.get("properties"):
            raise SchemaError(f"{where}: null where {schema.get('type', 'an object')} is expected")
        return
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    checks = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "array": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
    }
    if kind is not None and not checks[kind](value):
        raise SchemaError(f"{where}: {value!r} is not of type {kind}")
    if "enum" in schema and value not in schema["enum"]:
        raise SchemaError(f"{where}: {value!r} is not one of {schema['enum']}")
    if "minimum" in schema and value < schema["minimum"]:
        raise SchemaError(f"{where}: {value!r} is below {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        raise SchemaError(f"{where}: {value!r} is above {schema['maximum']}")
    if kind == "array":
        for index, item in enumerate(value):
            validate(item, schema.get("items", {}), f"{where}[{index}]", strict=strict)
    if kind == "object":
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                raise SchemaError(f"{where}: {name!r} is required")
        for name, item in value.items():
            if name in properties:
                validate(item, properties[name], f"{where}.{name}", strict=strict)
            elif strict:
                raise SchemaError(f"{where}: {name!r} is not in the schema")


def test_the_validator_refuses_what_the_schema_refuses():
    """The checks below prove something only if this validator says no."""
    request = SCHEMAS["CreateMessageRequest"]
    with pytest.raises(SchemaError, match="'to' is required"):
        validate({"text": "Hi"}, request)
    with pytest.raises(SchemaError, match="not in the schema"):
        validate({"to": "+1", "body": "Hi"}, request, strict=True)
    with pytest.raises(SchemaError, match="not one of"):
        validate({"to": "+1", "type": "RCS"}, request)
    with pytest.raises(SchemaError, match="not of type array"):
        validate({"to": "+1", "media_urls": "https://a/b.png"}, request)
    payload = SCHEMAS["OutboundMessagePayload"]
    with pytest.raises(SchemaError, match="not one of"):
        validate({"to": [{"status": "read"}]}, payload)
    with pytest.raises(SchemaError, match="above"):
        validate({"parts": 11}, payload)
    with pytest.raises(SchemaError, match="null"):
        validate({"received_at": None}, payload)


def gateway(**kwargs: Any) -> TelnyxGateway:
    kwargs.setdefault("sender", DESK)
    return TelnyxGateway(api_key=API_KEY, base_url="http://127.0.0.1:9", **kwargs)


@pytest.mark.parametrize(
    ("settings", "media"),
    [
        ({"sender": DESK}, ()),
        (
            {"sender": DESK},
            ("https://pictures.example.com/a.png", "https://pictures.example.com/b.jpg"),
        ),
        ({"sender": "ACME", "messaging_profile_id": PROFILE_ID, "desk_number": DESK}, ()),
        ({"sender": None, "messaging_profile_id": PROFILE_ID, "desk_number": DESK}, ()),
        ({"sender": DESK, "webhook_url": "https://relay.example.com/telnyx"}, ()),
    ],
    ids=["sms", "mms", "sender-id", "number-pool", "relay-webhook"],
)
def test_every_request_body_the_adapter_sends_is_a_create_message_request(settings, media):
    body = gateway(**settings).message_request("+13125550147", "Your order is ready", media)
    validate(body, SCHEMAS["CreateMessageRequest"], strict=True)
    assert body["to"] == "+13125550147"
    assert ("media_urls" in body) is bool(media)
    if media:
        assert body["type"] == "MMS"
    if settings.get("sender"):
        assert body["from"] == settings["sender"]
    if settings.get("messaging_profile_id"):
        assert body["messaging_profile_id"] == PROFILE_ID


def test_a_picture_only_mms_leaves_out_the_text_telnyx_wants_non_empty():
    body = gateway().message_request("+13125550147", "", ["https://pictures.example.com/a.png"])
    validate(body, SCHEMAS["CreateMessageRequest"], strict=True)
    assert "text" not in body


def test_the_descriptions_example_message_reads_as_an_outbound_message():
    example = SCHEMAS["OutboundMessagePayload"]["example"]
    validate(example, SCHEMAS["OutboundMessagePayload"])
    message = parse_message(example)
    assert message.sid == "40385f64-5717-4562-b3fc-2c963f66afa6"
    assert message.direction is Direction.OUTBOUND
    assert (message.from_number, message.to_number) == ("+18445550001", "+18665550001")
    assert (message.body, message.status, message.num_segments, message.num_media) == (
        "Hello, World!",
        "queued",
        1,
        1,
    )
    assert message.date_created.isoformat() == "2019-01-23T18:10:02.574000+00:00"
    assert message.date_sent is None
    assert TELNYX_TERMS.read(message).status is MessageStatus.SENT


def test_every_status_word_of_the_description_means_something_to_the_app():
    words = SCHEMAS["OutboundMessagePayload"]["properties"]["to"]["items"]["properties"]["status"][
        "enum"
    ]
    assert set(words) <= set(STATUSES), set(words) - set(STATUSES)
    assert TELNYX_TERMS.status("delivered") is MessageStatus.DELIVERED
    for failed in ("sending_failed", "delivery_failed", "expired"):
        assert TELNYX_TERMS.status(failed) is MessageStatus.FAILED
    # No receipt is no failure: Retry would send a message that went.
    assert TELNYX_TERMS.status("delivery_unconfirmed") is MessageStatus.SENT


def test_an_error_body_of_the_description_becomes_the_apps_error_with_a_sentence():
    body = error_body("40300", "Blocked due to STOP message", detail="The recipient opted out.")
    validate(body, SCHEMAS["Errors"])
    code, words = first_error(body)
    assert (code, words) == (40300, "The recipient opted out.")
    refusal = TELNYX_TERMS.refusal(code, words)
    assert isinstance(refusal, RejectedNumber)
    assert refusal.opt_out
    assert "replied STOP" in str(refusal)
    invalid = TELNYX_TERMS.refusal(*first_error(error_body("40009", "Invalid message body")))
    assert isinstance(invalid, InvalidBody)


def test_the_fake_telnyx_answers_as_the_description_says():
    """The adapter tests run against this server: it must speak the described shapes."""
    with FakeTelnyx() as telnyx:
        adapter = TelnyxGateway(api_key=API_KEY, base_url=telnyx.url, sender=DESK)
        sent = adapter.send("+13125550147", "Hi", ["https://pictures.example.com/a.png"])
        telnyx.set_status(sent.sid, "delivery_failed", code="40008", title="Undeliverable")
        for record in telnyx.messages.values():
            validate(record, SCHEMAS["OutboundMessagePayload"])
        for body in telnyx.posted():
            validate(body, SCHEMAS["CreateMessageRequest"], strict=True)
        adapter.close()

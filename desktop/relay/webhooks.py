"""What a carrier's webhook says, read into the app's own terms: an inbound message (with its
pictures' addresses) or a delivery status of one of our messages, as ``GatewayMessage`` —
the same shape a poll of the carrier gives, so both are stored by the same code.

- Twilio posts form fields: an inbound SMS/MMS (``MessageSid``, ``From``, ``To``, ``Body``,
  ``NumMedia``, ``MediaUrl0``/``MediaContentType0``…) to the messaging webhook, and a
  status (``MessageSid``, ``MessageStatus``, ``ErrorCode``) to the status callback.
- Telnyx posts JSON events (Messaging API v2): ``message.received`` for an inbound message,
  ``message.sent`` and ``message.finalized`` for our messages' statuses; other events are
  acknowledged and ignored.

Anything that is not what the carrier documents raises ``MalformedWebhook`` (the relay
answers 400 and stores nothing).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.core.models import Direction
from desktop.gateway.base import GatewayMessage
from desktop.store.media_store import MediaItem

#: The most pictures one MMS may carry (Twilio's and Telnyx's limit is 10).
MAX_MEDIA = 10


class MalformedWebhook(ValueError):
    """The request is not a webhook the carrier documents; the text says what is wrong."""


@dataclass(frozen=True, slots=True)
class Inbound:
    """An inbound SMS or MMS, and the addresses of its pictures at the carrier."""

    message: GatewayMessage
    media: tuple[MediaItem, ...] = ()


@dataclass(frozen=True, slots=True)
class Status:
    """The carrier's status for one of our messages (``message.sid``)."""

    message: GatewayMessage


Webhook = Inbound | Status


def _required(fields: Mapping[str, str], *names: str) -> str:
    for name in names:
        value = fields.get(name, "")
        if value:
            return value
    raise MalformedWebhook(f"the field {names[0]} is missing")


def _count(text: str, name: str) -> int:
    try:
        value = int(text or "0")
    except ValueError:
        raise MalformedWebhook(f"{name} is not a number") from None
    if not 0 <= value <= MAX_MEDIA:
        raise MalformedWebhook(f"{name} is out of range")
    return value


def twilio_inbound(fields: Mapping[str, str], now: datetime) -> Inbound:
    """An inbound message posted to Twilio's messaging webhook (received ``now``)."""
    sid = _required(fields, "MessageSid", "SmsMessageSid", "SmsSid")
    media_count = _count(fields.get("NumMedia", "0"), "NumMedia")
    media = []
    for index in range(media_count):
        url = _required(fields, f"MediaUrl{index}")
        media.append(MediaItem(url=url, content_type=fields.get(f"MediaContentType{index}", "")))
    message = GatewayMessage(
        sid=sid,
        direction=Direction.INBOUND,
        from_number=_required(fields, "From"),
        to_number=_required(fields, "To"),
        body=fields.get("Body", ""),
        status=fields.get("SmsStatus") or fields.get("MessageStatus") or "received",
        date_created=now,
        num_media=media_count,
    )
    return Inbound(message, tuple(media))


def twilio_status(fields: Mapping[str, str], now: datetime) -> Status:
    """A status posted to a Twilio message's status callback (received ``now``)."""
    sid = _required(fields, "MessageSid", "SmsSid")
    status = _required(fields, "MessageStatus", "SmsStatus")
    code_text = fields.get("ErrorCode", "")
    try:
        code = int(code_text) if code_text else None
    except ValueError:
        raise MalformedWebhook("ErrorCode is not a number") from None
    message = GatewayMessage(
        sid=sid,
        direction=Direction.OUTBOUND,
        from_number=fields.get("From", ""),
        to_number=fields.get("To", ""),
        body="",
        status=status,
        date_created=now,
        date_updated=now,
        error_code=code,
        error_message=fields.get("ErrorMessage") or None,
    )
    return Status(message)


# -- Telnyx ----------------------------------------------------------------------------------


def _object(value: object, what: str) -> Mapping[str, object]:
    if not isinstance(value, dict):
        raise MalformedWebhook(f"{what} is not an object")
    return value


def _text(value: object, what: str, *, required: bool = True) -> str:
    if isinstance(value, str) and (value or not required):
        return value
    if value is None and not required:
        return ""
    raise MalformedWebhook(f"{what} is missing or not text")


def _when(value: object, fallback: datetime) -> datetime:
    if not isinstance(value, str) or not value:
        return fallback
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise MalformedWebhook("a date is not an ISO 8601 time") from None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _first_recipient(payload: Mapping[str, object]) -> Mapping[str, object]:
    """The first of ``payload.to``: a list of recipients with their statuses (Telnyx's
    published form), or one number as text (which some inbound events carry)."""
    recipients = payload.get("to")
    if isinstance(recipients, str) and recipients:
        return {"phone_number": recipients}
    if not isinstance(recipients, list) or not recipients:
        raise MalformedWebhook("payload.to is missing")
    return _object(recipients[0], "payload.to[0]")


def telnyx_event(body: bytes, now: datetime) -> Webhook | None:
    """The message event in a Telnyx webhook body, or None for an event of another kind."""
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise MalformedWebhook("the body is not JSON") from None
    data = _object(_object(document, "the body").get("data"), "data")
    kind = _text(data.get("event_type"), "data.event_type")
    if kind not in ("message.received", "message.sent", "message.finalized"):
        return None
    payload = _object(data.get("payload"), "data.payload")
    sid = _text(payload.get("id"), "payload.id")
    sender = _object(payload.get("from"), "payload.from")
    recipient = _first_recipient(payload)
    from_number = _text(sender.get("phone_number"), "payload.from.phone_number")
    to_number = _text(recipient.get("phone_number"), "payload.to[0].phone_number")
    if kind == "message.received":
        items = payload.get("media") or []
        if not isinstance(items, list) or len(items) > MAX_MEDIA:
            raise MalformedWebhook("payload.media is not a list of pictures")
        media = tuple(
            MediaItem(
                url=_text(_object(item, "a picture").get("url"), "a picture's url"),
                content_type=_text(
                    _object(item, "a picture").get("content_type"), "content_type", required=False
                ),
            )
            for item in items
        )
        message = GatewayMessage(
            sid=sid,
            direction=Direction.INBOUND,
            from_number=from_number,
            to_number=to_number,
            body=_text(payload.get("text"), "payload.text", required=False),
            status="received",
            date_created=_when(payload.get("received_at"), now),
            num_media=len(media),
        )
        return Inbound(message, media)
    errors = payload.get("errors") or []
    first: Mapping[str, object] = {}
    if isinstance(errors, Sequence) and errors and isinstance(errors[0], dict):
        first = errors[0]
    code_text = first.get("code")
    try:
        code = int(code_text) if isinstance(code_text, str | int) and code_text != "" else None
    except ValueError:
        code = None
    detail = first.get("detail") or first.get("title")
    message = GatewayMessage(
        sid=sid,
        direction=Direction.OUTBOUND,
        from_number=from_number,
        to_number=to_number,
        # The text lets the relay match the event to a message whose answer was lost.
        body=_text(payload.get("text"), "payload.text", required=False),
        status=_text(recipient.get("status"), "payload.to[0].status"),
        date_created=now,
        date_sent=_when(payload.get("sent_at"), now) if payload.get("sent_at") else None,
        date_updated=_when(payload.get("completed_at"), now),
        error_code=code,
        error_message=detail if isinstance(detail, str) else None,
    )
    return Status(message)

"""Reading Telnyx's JSON (Messaging API v2): a message record, its dates, its errors.

Pure functions (no I/O), used by the adapter (``telnyx``) and its transport
(``telnyx_http``). The shapes are those of Telnyx's OpenAPI description: a message is an
``OutboundMessagePayload`` (``id``, ``direction``, ``from.phone_number``, ``to[]`` with each
recipient's ``status``, ``text``, ``media[]``, ``parts``, ``received_at``/``sent_at``/
``completed_at``, ``errors[]``), an error answer is ``Errors`` (``errors[]`` of
``{code, title, detail, source, meta}``, its ``code`` a string of digits).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from desktop.core.i18n import translate
from desktop.core.models import Direction
from desktop.gateway.base import GatewayMessage, MalformedResponse


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 date-time as Telnyx writes it ("2019-01-23T18:10:02.574Z"), as aware UTC.

    Raises:
        ValueError: neither null nor an ISO 8601 date-time.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"date is not a string: {value!r}")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _code(value: Any) -> int | None:
    """An error code as Telnyx sends it (a string of digits, or a number), or None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def first_error(payload: Mapping[str, Any] | None) -> tuple[int | None, str | None]:
    """The code and the words of the first entry of an ``errors`` list, if there is one.

    The words are the entry's ``detail`` (what Telnyx says happened), else its ``title``.
    """
    if payload is None:
        return None, None
    errors = payload.get("errors")
    if not isinstance(errors, list) or not errors or not isinstance(errors[0], dict):
        return None, None
    entry = errors[0]
    words = entry.get("detail") or entry.get("title")
    return _code(entry.get("code")), words if isinstance(words, str) and words else None


def _direction(value: Any) -> Direction:
    if value == "outbound":
        return Direction.OUTBOUND
    if value == "inbound":
        return Direction.INBOUND
    raise ValueError(f"unknown direction {value!r}")


def _address(value: Any) -> str:
    """A ``from`` object's (or a ``to`` entry's) ``phone_number``."""
    if isinstance(value, dict):
        number = value.get("phone_number")
        return number if isinstance(number, str) else ""
    return value if isinstance(value, str) else ""


def parse_message(data: Mapping[str, Any], *, now: datetime | None = None) -> GatewayMessage:
    """Turn one Telnyx message record (``data`` of a message answer) into a GatewayMessage.

    SMS Desk sends to one recipient at a time, so the record's status is its first
    recipient's. ``received_at`` (when Telnyx took the request) is the date it was created;
    a record without one is dated ``now``: it is the answer to a request made just now.

    Args:
        data: the ``data`` object of ``POST /v2/messages`` or ``GET /v2/messages/{id}``.
        now: the time to date a record without ``received_at``; the clock by default.

    Raises:
        MalformedResponse: a required key is missing or a value has the wrong shape.
    """
    try:
        sid = data["id"]
        recipients = data["to"]
        if not isinstance(sid, str) or not sid:
            raise ValueError("id is not a string")
        if not isinstance(recipients, list) or not recipients:
            raise ValueError("to is not a list of recipients")
        recipient = recipients[0]
        if not isinstance(recipient, dict) or not isinstance(recipient.get("status"), str):
            raise ValueError("the recipient has no status")
        media = data.get("media") or []
        if not isinstance(media, list):
            raise ValueError("media is not a list")
        parts = data.get("parts")
        if parts is not None and (isinstance(parts, bool) or not isinstance(parts, int)):
            raise ValueError("parts is not a number")
        code, words = first_error(data)
        created = parse_time(data.get("received_at")) or now or datetime.now(UTC)
        sent = parse_time(data.get("sent_at"))
        completed = parse_time(data.get("completed_at"))
        return GatewayMessage(
            sid=sid,
            direction=_direction(data.get("direction")),
            from_number=_address(data.get("from")),
            to_number=_address(recipient),
            body=str(data.get("text") or ""),
            status=recipient["status"],
            date_created=created,
            date_sent=sent,
            date_updated=completed or sent,
            error_code=code,
            error_message=words,
            num_segments=parts,
            num_media=len(media),
        )
    except (KeyError, TypeError, ValueError, IndexError, OverflowError) as exc:
        raise MalformedResponse(
            translate(
                "Telnyx",
                "Telnyx sent a message record SMS Desk can't read. SMS Desk will try again; "
                "if it keeps happening, check the API address in Settings.",
            )
        ) from exc

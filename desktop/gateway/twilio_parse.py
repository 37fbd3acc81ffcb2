"""Reading Twilio's JSON: message records, dates, directions, unreadable entries, Retry-After.

Pure functions (no I/O), used by the adapter (``twilio``) and its transport
(``twilio_http``); SignalWire and the demo gateway write the same records.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from desktop.core.i18n import translate
from desktop.core.models import Direction
from desktop.gateway.base import GatewayMessage, MalformedResponse, UnreadableRecord

_OUTBOUND_DIRECTIONS = frozenset({"outbound-api", "outbound-reply", "outbound-call"})
# Fields of a message record that name the account: left out of a record kept as it came.
_ACCOUNT_FIELDS = frozenset({"account_sid", "uri", "subresource_uris"})


@functools.lru_cache(maxsize=4096)  # a burst's messages share a few seconds' dates
def _parse_date(value: Any) -> datetime | None:
    """Parse an RFC 2822 date as the API sends it into an aware UTC datetime.

    Raises:
        ValueError: the value is neither null nor an RFC 2822 date.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"date is not a string: {value!r}")
    parsed = parsedate_to_datetime(value)
    if parsed.tzinfo is None:  # "-0000" means UTC with no stated origin
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _optional_int(value: Any) -> int | None:
    """Read a count or code the API sends as an int, a numeric string or null."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    return int(value)


def _direction(value: Any) -> Direction:
    """Map the API's direction word onto ours."""
    if value == "inbound":
        return Direction.INBOUND
    if value in _OUTBOUND_DIRECTIONS or (isinstance(value, str) and value.startswith("outbound")):
        return Direction.OUTBOUND
    raise ValueError(f"unknown direction {value!r}")


def parse_message(data: Mapping[str, Any]) -> GatewayMessage:
    """Turn one message resource of the API into a GatewayMessage.

    Args:
        data: the decoded JSON object of one message.

    Returns:
        The message, with dates as aware UTC datetimes and counts as ints.

    Raises:
        MalformedResponse: a required key is missing or a value has the wrong shape.
    """
    try:
        date_created = _parse_date(data["date_created"])
        if date_created is None:
            raise ValueError("date_created is null")
        sid = data["sid"]
        status = data["status"]
        if not isinstance(sid, str) or not sid or not isinstance(status, str):
            raise ValueError("sid or status is not a string")
        error_message = data.get("error_message")
        return GatewayMessage(
            sid=sid,
            direction=_direction(data["direction"]),
            # A messaging-service send has no "from" until the service picks a number.
            from_number=str(data.get("from") or ""),
            to_number=str(data.get("to") or ""),
            body=str(data.get("body") or ""),
            status=status,
            date_created=date_created,
            date_sent=_parse_date(data.get("date_sent")),
            date_updated=_parse_date(data.get("date_updated")),
            error_code=_optional_int(data.get("error_code")),
            error_message=str(error_message) if error_message else None,
            num_segments=_optional_int(data.get("num_segments")),
            num_media=_optional_int(data.get("num_media")) or 0,
        )
    except (KeyError, TypeError, ValueError, IndexError, OverflowError) as exc:
        raise MalformedResponse(
            translate(
                "Twilio",
                "The SMS gateway sent a message record SMS Desk can't read. SMS Desk will try "
                "again; if it keeps happening, check the gateway address in Settings.",
            )
        ) from exc


def _why_unreadable(entry: Any) -> str:
    """Say, for an administrator, why ``parse_message`` could not read an entry.

    Checks the fields in the order ``parse_message`` reads them; the first problem is told.
    """
    if not isinstance(entry, dict):
        return translate("Twilio", "The gateway's entry is not a message record.")
    sid = entry.get("sid")
    if not isinstance(sid, str) or not sid:
        return translate("Twilio", "The gateway's record has no message id (sid).")
    if not isinstance(entry.get("status"), str):
        return translate("Twilio", "The gateway's record has no status.")
    try:
        _direction(entry.get("direction"))
    except ValueError:
        shown = ascii(entry.get("direction"))[:40]
        return translate(
            "Twilio", "The gateway's record has an unknown direction ({direction})."
        ).format(direction=shown)
    if entry.get("date_created") in (None, ""):
        #: date_created is the name of the gateway's field: not translated
        return translate("Twilio", "The gateway's record has no date_created.")
    for key in ("date_created", "date_sent", "date_updated"):
        try:
            _parse_date(entry.get(key))
        except (TypeError, ValueError, IndexError, OverflowError):
            #: {field} is the name of the gateway's field (date_sent…): not translated
            return translate(
                "Twilio", "The gateway's record has a {field} that is not a date."
            ).format(field=key)
    for key in ("error_code", "num_segments", "num_media"):
        try:
            _optional_int(entry.get(key))
        except (TypeError, ValueError, OverflowError):
            #: {field} is the name of the gateway's field (num_media…): not translated
            return translate(
                "Twilio", "The gateway's record has a {field} that is not a number."
            ).format(field=key)
    return translate("Twilio", "The gateway's record could not be read.")


def message_date(message: GatewayMessage) -> datetime:
    """The date the paging and ``since`` rules use: when it was sent, else when created."""
    return message.date_sent or message.date_created


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Read a Retry-After header: delay seconds or an HTTP date; None if absent or unreadable.

    Args:
        value: the header's value.
        now: the current time (for the HTTP-date form); defaults to the clock.

    Returns:
        Seconds to wait, never negative, or None.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def optional_code(payload: Mapping[str, Any] | None) -> int | None:
    """The Twilio error code of an error body, when there is a usable one."""
    if payload is None:
        return None
    try:
        return _optional_int(payload.get("code"))
    except (TypeError, ValueError):
        return None


def read_entries(entries: list[Any]) -> tuple[list[GatewayMessage], list[UnreadableRecord]]:
    """The entries of one list page that can be read as messages, and those that cannot.

    For polling only: one bad entry must not hide the others. Look-ups that decide whether
    to send again read strictly (``parse_message`` on each): there an entry that cannot be
    read must fail the look-up, never count as "not there". Entries that say they are
    outbound are left out (polling wants inbound messages only). An entry is kept as the
    gateway gave it, without the fields that name the account (its sid is half of the
    credentials).
    """
    readable: list[GatewayMessage] = []
    unreadable: list[UnreadableRecord] = []
    for entry in entries:
        if isinstance(entry, dict):
            try:
                readable.append(parse_message(entry))
                continue
            except MalformedResponse:
                direction = entry.get("direction")
                if isinstance(direction, str) and direction.startswith("outbound"):
                    continue
        sid = entry.get("sid") if isinstance(entry, dict) else None
        kept = (
            {k: v for k, v in entry.items() if k not in _ACCOUNT_FIELDS}
            if isinstance(entry, dict)
            else entry
        )
        unreadable.append(
            UnreadableRecord(
                sid=sid if isinstance(sid, str) and sid else None,
                raw=json.dumps(kept, ensure_ascii=True),
                reason=_why_unreadable(entry),
            )
        )
    return readable, unreadable

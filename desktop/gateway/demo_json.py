"""What the demo gateway answers, shaped as Twilio's JSON: records, errors, dates, paging.

Pure functions of a row and the request (no state): demo_api.py decides what to answer,
these write it the way Twilio's Messaging API does.
"""

from __future__ import annotations

import functools
import math
import re
from datetime import UTC, date, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from desktop.gateway.demo_rows import Row

API_VERSION = "2010-04-01"


def rfc2822(ts: float | None) -> str | None:
    """A timestamp as the API writes dates: "Thu, 24 Aug 2023 05:01:45 +0000"."""
    if ts is None:
        return None
    return _rfc2822_second(int(ts))


@functools.lru_cache(maxsize=4096)  # a page's messages share a few seconds
def _rfc2822_second(second: int) -> str:
    return format_datetime(datetime.fromtimestamp(second, UTC))


_GSM7 = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")


def segments(body: str) -> int:
    """Roughly how many SMS parts the gateway would bill (GSM-7 or UCS-2)."""
    if all(c in _GSM7 or c in _GSM7_EXTENDED for c in body):
        units, single, multi = sum(2 if c in _GSM7_EXTENDED else 1 for c in body), 160, 153
    else:
        units, single, multi = sum(2 if ord(c) > 0xFFFF else 1 for c in body), 70, 67
    return 1 if units <= single else math.ceil(units / multi)


def error(status: int, code: int, message: str) -> tuple[int, dict[str, Any]]:
    """A Twilio-shaped error body."""
    return status, {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


def format_text(text: str, values: dict[str, str]) -> str:
    """Fill one of Twilio's text templates with the request's To, From and service sid."""
    try:
        return text.format(
            to=values.get("to", ""),
            from_=values.get("from", ""),
            service=values.get("service", ""),
        )
    except (KeyError, IndexError, ValueError):
        return text


def parse_day(value: str) -> float:
    """The start (UTC) of the GMT date a DateSent filter names, whatever its time of day.

    Twilio filters DateSent by whole dates: "2024-05-01", and a date given with a time
    ("2024-05-01T06:00:00Z", "2019-06-11 22:05:25.000", an RFC 2822 date, "06/11/2019
    22:05:25 MST") stands for its date.

    Raises:
        ValueError: not a date in any of those forms.
    """
    value = value.strip()
    if match := re.match(r"^(\d{4}-\d{2}-\d{2})", value):
        day = date.fromisoformat(match.group(1))
    elif match := re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})\b", value):
        day = date(int(match.group(3)), int(match.group(1)), int(match.group(2)))
    else:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, IndexError) as exc:
            raise ValueError(value) from exc
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC)
        day = moment.date()
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


class Refused(Exception):
    """A request the API refuses; ``answer`` is the (HTTP status, Twilio error body)."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.answer = error(status, code, message)


def paging(query: dict[str, str]) -> tuple[int, int]:
    """(page size, page) of a list request.

    Raises:
        Refused: values out of range: refused as Twilio does, not clamped (PageSize is 1
            to 1000, Page 0 or more).
    """
    try:
        page_size = int(query.get("PageSize", "50"))
        page = int(query.get("Page", "0"))
    except ValueError:
        raise Refused(400, 20001, "Invalid Page or PageSize") from None
    if not 1 <= page_size <= 1000:
        raise Refused(400, 20001, "PageSize must be between 1 and 1000")
    if page < 0:
        raise Refused(400, 20001, "Page must be 0 or more")
    return page_size, page


def date_filters(query: dict[str, str], filters: list[tuple[str, str]]) -> list[tuple[str, float]]:
    """SQL clauses for DateSent (that date), DateSent> (on or after that date) and
    DateSent< (on or before it): whole GMT dates, as Twilio filters, whatever time of
    day the value names. Each filter found is added to ``filters`` (for the page's uris).

    Raises:
        ValueError: a value that is not a date (see parse_day).
    """
    clauses: list[tuple[str, float]] = []
    one_day = 86400.0
    for key in ("DateSent", "DateSent>", "DateSent>=", "DateSent<", "DateSent<="):
        if key not in query:
            continue
        value = query[key]
        day = parse_day(value)
        filters.append((key, value))
        if key == "DateSent":
            clauses.append(("sent_ts >= ?", day))
            clauses.append(("sent_ts < ?", day + one_day))
        elif key.startswith("DateSent>"):
            clauses.append(("sent_ts >= ?", day))
        else:
            clauses.append(("sent_ts < ?", day + one_day))  # the whole of that date
    return clauses


def send_at(value: str, now: float) -> float | None:
    """A SendAt time Twilio accepts (ISO 8601, 15 minutes to 35 days ahead), or None."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    ts = moment.timestamp()
    if not now + 15 * 60 <= ts <= now + 35 * 86400:
        return None
    return ts


def account_json(account_sid: str, now: float) -> dict[str, Any]:
    """The account's record (what Test connection reads)."""
    uri = f"/{API_VERSION}/Accounts/{account_sid}"
    created = rfc2822(now)
    return {
        "date_created": created,
        "date_updated": created,
        "friendly_name": "SMS Desk demo",
        "owner_account_sid": account_sid,
        "sid": account_sid,
        "status": "active",
        "subresource_uris": {"messages": f"{uri}/Messages.json"},
        "type": "Full",
        "uri": f"{uri}.json",
    }


def message_json(row: Row, now: float, account_sid: str, num_media: int) -> dict[str, Any]:
    """A message's record as it is at ``now``."""
    status, sent, updated, error_code, error_message = row.state_at(now)
    uri = f"/{API_VERSION}/Accounts/{account_sid}/Messages/{row.sid}"
    billed = status in ("sent", "delivered", "received")
    return {
        "account_sid": account_sid,
        "api_version": API_VERSION,
        "body": row.body,
        "date_created": rfc2822(row.created_ts),
        "date_sent": rfc2822(sent),
        "date_updated": rfc2822(updated),
        "direction": row.direction,
        "error_code": error_code,
        "error_message": error_message,
        "from": row.sender_at(now),
        "messaging_service_sid": row.messaging_service_sid,
        "num_media": str(num_media),
        # A Messaging Service's message counts 0 segments until it has a sender.
        "num_segments": "0" if status in ("accepted", "scheduled") else str(segments(row.body)),
        "price": "-0.00790" if billed else None,
        "price_unit": "USD",
        "sid": row.sid,
        "status": status,
        "subresource_uris": {
            "media": f"{uri}/Media.json",
            "feedback": f"{uri}/Feedback.json",
        },
        "to": row.to_number,
        "uri": f"{uri}.json",
    }


def media_json(row: Row, account_sid: str, media_sid: str, content_type: str) -> dict[str, Any]:
    """The record of one picture of message ``row``."""
    base = f"/{API_VERSION}/Accounts/{account_sid}/Messages/{row.sid}/Media"
    return {
        "account_sid": account_sid,
        "content_type": content_type,
        "date_created": rfc2822(row.created_ts),
        "date_updated": rfc2822(row.created_ts),
        "parent_sid": row.sid,
        "sid": media_sid,
        "uri": f"{base}/{media_sid}.json",
    }

"""``sms:`` and ``smsto:`` links (RFC 5724 and the common smsto: form), as a browser or
another app hands them to SMS Desk: the number and, if given, the message body."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote

SCHEMES = ("sms", "smsto")


@dataclass(frozen=True, slots=True)
class SmsLink:
    """What a link asks for: a new conversation with ``number``, with ``body`` typed."""

    number: str
    body: str = ""


def is_sms_link(text: str) -> bool:
    scheme, sep, _ = text.partition(":")
    return bool(sep) and scheme.lower() in SCHEMES


def parse_sms_link(text: str) -> SmsLink | None:
    """Read ``sms:+14155550134?body=Hi``, ``sms://+1…``, ``smsto:+1…:Hi``; None if not a link.

    Only the first recipient is used (SMS Desk opens one conversation). The number is
    returned as written (unquoted): the New conversation dialog checks and corrects it.
    """
    scheme, sep, rest = text.strip().partition(":")
    if not sep or scheme.lower() not in SCHEMES:
        return None
    rest = rest.removeprefix("//")
    body = ""
    if scheme.lower() == "smsto" and ":" in rest:
        rest, _, body = rest.partition(":")
        body = unquote(body)
    if "?" in rest:
        rest, _, query = rest.partition("?")
        values = parse_qs(query, keep_blank_values=True)
        body = values.get("body", [body])[0]
    number = unquote(rest).split(",")[0].split(";")[0].strip()
    return SmsLink(number=number, body=body[:1600])

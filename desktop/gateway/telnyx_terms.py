"""Telnyx's status words and error codes in the app's terms, and its codes in words.

The status words are the ``to[].status`` values of Telnyx's OpenAPI description (the
``OutboundMessagePayload`` schema, copied in ``tests/data/telnyx``); the codes are those of
Telnyx's messaging error reference (10xxx: the request; 40xxx: delivery; 403xx: the number or
profile). Where a code means what a Twilio code means, the sentence is the same one (context
"GatewayErrors", already translated); Telnyx's own cases have their own.
"""

from __future__ import annotations

import re

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import MessageStatus
from desktop.gateway.terms import CarrierTerms, ErrorMeaning

#: "Blocked due to STOP message": the recipient opted out of the desk's number at Telnyx.
UNSUBSCRIBED = 40300

#: The recipient's (or the desk's) number is the problem, for good: invalid phone number,
#: must be +E.164, not routable (a landline), invalid destination, invalid source, invalid
#: 'from' address, invalid 'to' address.
REJECTED_NUMBER_CODES = frozenset({10002, 10016, 40001, 40012, 40013, 40305, 40310})
#: The text itself is the problem: invalid message body.
INVALID_BODY_CODES = frozenset({40009})
#: Nothing went out, and later it may: too many requests (the API's), rate limit exceeded
#: upstream ("a temporary condition"), expired in Telnyx's queue before it was sent, the
#: message queue is full. The engine sends such a message again later, by itself.
RETRY_LATER_CODES = frozenset({10011, 40011, 40014, 40318})

# Every status word of Telnyx's OpenAPI (OutboundMessagePayload.to[].status) mapped to ours.
STATUSES: dict[str, MessageStatus] = {
    # Not final: Telnyx has the message and is still working on it (followed).
    "queued": MessageStatus.SENT,
    "sending": MessageStatus.SENT,
    "sent": MessageStatus.SENT,  # handed to the recipient's carrier
    # Final. No receipt came from the carrier: it went, but nobody confirmed it arrived, so
    # one tick (sent), never a failure (Retry would send it twice).
    "delivery_unconfirmed": MessageStatus.SENT,
    "delivered": MessageStatus.DELIVERED,
    "sending_failed": MessageStatus.FAILED,  # it never left Telnyx
    "delivery_failed": MessageStatus.FAILED,
    "expired": MessageStatus.FAILED,
    # Inbound, as the relay will report it.
    "received": MessageStatus.RECEIVED,
    "webhook_delivered": MessageStatus.RECEIVED,
}

_GENERIC = QT_TRANSLATE_NOOP(
    "GatewayErrors",
    "The SMS gateway reported a problem but did not say what it was. "
    "Try again; if it keeps happening, tell your administrator.",
)

# What happened, then what to do. Marked here, translated where used (context first).
_SENTENCES: dict[int, tuple[str, str]] = {
    10002: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The recipient's number is not a valid phone number. Check the number and try again.",
        ),
    ),
    10011: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The SMS gateway is receiving too many requests right now. "
            "SMS Desk will try again in a moment.",
        ),
    ),
    40001: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The recipient's number is a landline or its carrier can't receive SMS. "
            "Call them instead.",
        ),
    ),
    40002: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The recipient's carrier filtered this message as possible spam. Rephrase it "
            "(fewer links and capitals) or contact them another way.",
        ),
    ),
    40003: (
        "Telnyx",
        QT_TRANSLATE_NOOP(
            "Telnyx",
            "The recipient's carrier blocks the desk's sending number as spam, so nothing "
            "sent from it arrives there. Ask your administrator to contact Telnyx.",
        ),
    ),
    40004: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The message was blocked by the recipient's phone or carrier; they may have blocked "
            "this number. Contact them another way.",
        ),
    ),
    40005: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The recipient's phone could not be reached; it may be switched off or out of "
            "coverage. Try again later.",
        ),
    ),
    40006: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The recipient's carrier could not deliver the message and gave no reason. "
            "Try sending it again later.",
        ),
    ),
    40008: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The recipient's carrier could not deliver the message and gave no reason. "
            "Try sending it again later.",
        ),
    ),
    40009: (
        "Telnyx",
        QT_TRANSLATE_NOOP(
            "Telnyx",
            "The recipient's carrier refused the text of this message. Remove unusual "
            "characters or symbols, then press Retry.",
        ),
    ),
    40011: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "Too many messages went to this number in a short time, so the gateway held this "
            "one back. Press Retry in a minute.",
        ),
    ),
    40012: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The recipient's number is not a valid phone number. Check the number and try again.",
        ),
    ),
    40013: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The desk's sending number can't send SMS on this gateway account. "
            "Ask your administrator to check the number in Settings.",
        ),
    ),
    40014: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The gateway had too many messages waiting and dropped this one. "
            "Send it again in a few minutes.",
        ),
    ),
    40015: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The recipient's carrier filtered this message as possible spam. Rephrase it "
            "(fewer links and capitals) or contact them another way.",
        ),
    ),
    UNSUBSCRIBED: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The recipient replied STOP to opt out of messages from this number. "
            "They must text START before you can message them again.",
        ),
    ),
    40305: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The desk's sending number can't send SMS on this gateway account. "
            "Ask your administrator to check the number in Settings.",
        ),
    ),
    40310: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The recipient's number is not a valid phone number. Check the number and try again.",
        ),
    ),
    40318: (
        "GatewayErrors",
        QT_TRANSLATE_NOOP(
            "GatewayErrors",
            "The gateway had too many messages waiting and dropped this one. "
            "Send it again in a few minutes.",
        ),
    ),
}
_SENTENCES[10016] = _SENTENCES[10002]

_EXPIRED = QT_TRANSLATE_NOOP(
    "Telnyx",
    "The message expired at Telnyx before it could be delivered. Press Retry to send it again.",
)

#: Longest piece of Telnyx's own text repeated: it is untrusted and written for developers.
FALLBACK_LIMIT = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]+")


def _clean(text: str) -> str:
    """``text`` on one line, without control characters, capped at FALLBACK_LIMIT."""
    text = " ".join(_CONTROL.sub(" ", text).split())
    if len(text) > FALLBACK_LIMIT:
        text = text[: FALLBACK_LIMIT - 1].rstrip() + "…"
    return text


def describe_error(code: int | None, text: str | None, status: str | None) -> str:
    """Say in plain words what a Telnyx error means and what to do about it.

    Args:
        code: Telnyx's error code (``errors[].code``), if it gave one.
        text: Telnyx's own words (its error's title or detail), used for a code without a
            sentence here: quoted as it came (cleaned, shortened), never translated.
        status: the message's status word, if the error is a failed message's.

    Returns:
        One or two sentences for the person at the desk; an unknown code ends with
        "(error N)" so support can look it up.
    """
    if code is not None and code in _SENTENCES:
        context, sentence = _SENTENCES[code]
        return translate(context, sentence)
    if code is None and status == "expired":
        return translate("Telnyx", _EXPIRED)
    cleaned = _clean(text) if text else ""
    if code is None:
        return cleaned or translate("GatewayErrors", _GENERIC)
    if cleaned:
        #: {gateway_text} is the gateway's own (English) explanation, shown as it came
        return translate("GatewayErrors", "{gateway_text} (error {code})").format(
            gateway_text=cleaned, code=code
        )
    return translate(
        "GatewayErrors",
        "The SMS gateway reported a problem it did not explain (error {code}). "
        "Try again; if it keeps happening, tell your administrator.",
    ).format(code=code)


def known_codes() -> frozenset[int]:
    """The codes ``describe_error`` has its own sentence for."""
    return frozenset(_SENTENCES)


def _errors() -> dict[int, ErrorMeaning]:
    meanings = dict.fromkeys(REJECTED_NUMBER_CODES, ErrorMeaning.REJECTED_NUMBER)
    meanings.update(dict.fromkeys(INVALID_BODY_CODES, ErrorMeaning.INVALID_BODY))
    meanings[UNSUBSCRIBED] = ErrorMeaning.UNSUBSCRIBED
    meanings.update(dict.fromkeys(RETRY_LATER_CODES, ErrorMeaning.RETRY_LATER))
    return meanings


TELNYX_TERMS = CarrierTerms(statuses=STATUSES, errors=_errors(), describe=describe_error)

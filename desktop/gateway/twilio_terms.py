"""Twilio's status words and error codes in the app's terms (SignalWire's compatible API and
the demo gateway use the same ones).

The sentences for the codes are in ``errors``; this says what each word and code means to
the app: which status, which are final, which codes are "try again later", a rejected
number, an invalid text, or a recipient who unsubscribed.
"""

from __future__ import annotations

from desktop.core.models import MessageStatus
from desktop.gateway.errors import RETRY_LATER_CODES, describe_error
from desktop.gateway.terms import CarrierTerms, ErrorMeaning

#: "Attempt to send to unsubscribed recipient": the carrier has them opted out (they replied
#: STOP to the desk's number), so they are opted out here too.
UNSUBSCRIBED = 21610

#: Codes that say the recipient's (or the desk's) number is the problem.
REJECTED_NUMBER_CODES = frozenset(
    {21211, 21265, 21266, 21401, 21408, 21604, 21606, UNSUBSCRIBED, 21612, 21614, 21659}
)
#: Codes that say the text itself is the problem.
INVALID_BODY_CODES = frozenset({21602, 21617, 21619})

# Every status word of Twilio's OpenAPI (message_enum_status) mapped to ours.
STATUSES: dict[str, MessageStatus] = {
    # Not final: the gateway has the message and is still working on it (followed).
    "accepted": MessageStatus.SENT,  # a Messaging Service is choosing the sender
    "scheduled": MessageStatus.SENT,  # waits at the gateway for its send time
    "queued": MessageStatus.SENT,
    "sending": MessageStatus.SENT,
    "sent": MessageStatus.SENT,  # final only if the carrier never confirms delivery
    # Final: nothing later comes (no longer followed).
    "delivered": MessageStatus.DELIVERED,
    "read": MessageStatus.DELIVERED,  # WhatsApp's read receipt
    # The carrier confirmed some of its parts: it reached the phone. Shown delivered, not
    # failed, because a Retry would send again the parts that arrived.
    "partially_delivered": MessageStatus.DELIVERED,
    "undelivered": MessageStatus.FAILED,
    "failed": MessageStatus.FAILED,
    "canceled": MessageStatus.FAILED,  # a scheduled message cancelled at the gateway
    "received": MessageStatus.RECEIVED,
    "receiving": MessageStatus.RECEIVED,  # inbound, still arriving
}


def _errors() -> dict[int, ErrorMeaning]:
    meanings = dict.fromkeys(REJECTED_NUMBER_CODES, ErrorMeaning.REJECTED_NUMBER)
    meanings.update(dict.fromkeys(INVALID_BODY_CODES, ErrorMeaning.INVALID_BODY))
    meanings[UNSUBSCRIBED] = ErrorMeaning.UNSUBSCRIBED
    meanings.update(dict.fromkeys(RETRY_LATER_CODES, ErrorMeaning.RETRY_LATER))
    return meanings


def _describe(code: int | None, text: str | None, status: str | None) -> str:
    return describe_error(code, text, status=status)


TWILIO_TERMS = CarrierTerms(statuses=STATUSES, errors=_errors(), describe=_describe)

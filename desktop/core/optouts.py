"""Opt-outs: the keywords with which a recipient stops (or restarts) messages from a number.

A legal must in the US and UK. The rules follow the carriers' and Twilio's: the whole
message must be one keyword, in any case, with surrounding whitespace ignored ("stop please"
is a sentence, not an opt-out). A carrier may also report that a number unsubscribed (it
refuses a send with its own error code): that opt-out's reason is the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP, day_and_month, translate

STOP_WORDS = frozenset(
    {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"}
)
START_WORDS = frozenset({"START", "UNSTOP", "YES"})

#: The reason of an opt-out a carrier reported without an error code.
CARRIER_REPORTED = "carrier"


def carrier_reason(code: int | None) -> str:
    """The reason an opt-out the carrier reported is kept with: its error code ("21610"),
    or CARRIER_REPORTED when it gave none."""
    return str(code) if code is not None else CARRIER_REPORTED


def reported_by_carrier(reason: str) -> bool:
    """Whether an opt-out's reason is the carrier's report (its code), not a keyword the
    number sent."""
    return reason == CARRIER_REPORTED or reason.isdigit()


_LONGEST_KEYWORD = max(map(len, STOP_WORDS | START_WORDS))


class OptOutAction(StrEnum):
    """What an inbound message does to the number's opt-out state."""

    STOP = "stop"
    START = "start"


def opt_out_action(body: str) -> OptOutAction | None:
    """STOP or START if ``body`` is exactly one such keyword, else None."""
    # Runs for every inbound SMS (a burst brings thousands): a text longer than the longest
    # keyword is a sentence, and no keyword has whitespace inside, so membership decides.
    word = body.strip()
    if len(word) > _LONGEST_KEYWORD:
        return None
    word = word.upper()
    if word in STOP_WORDS:
        return OptOutAction.STOP
    if word in START_WORDS:
        return OptOutAction.START
    return None


@dataclass(frozen=True, slots=True)
class OptOut:
    """A number that may not be sent SMS from one of our desk numbers.

    Attributes:
        desk_number: our number they opted out of.
        peer_number: their number.
        opted_out_at: when (UTC).
        reason: the keyword they sent ("STOP"), or the carrier's code ("21610": it reported
            them unsubscribed; see ``carrier_reason``).
        message_id: the inbound STOP, or the outbound message the gateway refused.
    """

    desk_number: str
    peer_number: str
    opted_out_at: datetime
    reason: str
    message_id: int | None = None


def blocked_reason(reason: str, opted_out_at: datetime) -> str:
    """The banner sentence for an opted-out number, with the day in the computer's zone.

    "This number replied STOP on 3 May — messages to it are blocked", or for the carrier's
    report (Twilio's 21610) "The carrier reports this number has unsubscribed (error 21610)
    on 3 May — …".
    """
    day = day_and_month(opted_out_at.astimezone().date())
    if reported_by_carrier(reason) and reason.isdigit():
        return translate(
            "OptOuts",
            "The carrier reports this number has unsubscribed (error {code}) "
            "on {day} — messages to it are blocked",
        ).format(code=reason, day=day)
    if reported_by_carrier(reason):
        return translate(
            "OptOuts",
            "The carrier reports this number has unsubscribed on {day} "
            "— messages to it are blocked",
        ).format(day=day)
    #: {keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated
    return translate(
        "OptOuts", "This number replied {keyword} on {day} — messages to it are blocked"
    ).format(keyword=reason, day=day)


def blocked_placeholder(reason: str) -> str:
    """The short form for the disabled "Say something" box (one line; the tooltip has the
    full sentence)."""
    if reported_by_carrier(reason):
        return translate("OptOuts", "Blocked — the carrier reports this number unsubscribed")
    #: {keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated
    return translate("OptOuts", "Blocked — this number replied {keyword}").format(keyword=reason)


def opted_out_line(reason: str) -> str:
    """The conversation's history line when the number opts out."""
    if reported_by_carrier(reason) and reason.isdigit():
        return translate(
            "OptOuts", "Opted out: the carrier reports this number unsubscribed (error {code})"
        ).format(code=reason)
    if reported_by_carrier(reason):
        return translate("OptOuts", "Opted out: the carrier reports this number unsubscribed")
    #: {keyword} is the word the number texted (STOP, UNSUBSCRIBE…), not translated
    return translate("OptOuts", "Opted out: replied {keyword}").format(keyword=reason)


def opted_in_line(keyword: str) -> str:
    """The conversation's history line when the number opts back in."""
    #: {keyword} is the word the number texted (START, UNSTOP, YES), not translated
    return translate("OptOuts", "Opted back in: replied {keyword}").format(keyword=keyword)


#: The reason a message to an opted-out number is refused (stored as its failure reason):
#: marked here, translated where it is used (``refused()``).
REFUSED = QT_TRANSLATE_NOOP(
    "OptOuts",
    "This number has opted out of messages from this desk, so it was not sent. "
    "They must text START before you can message them again.",
)


def refused() -> str:
    """REFUSED in the app's language: the failure reason to store and show."""
    return translate("OptOuts", REFUSED)

"""Opt-outs: the keywords with which a recipient stops (or restarts) messages from a number.

A legal must in the US and UK. The rules follow the carriers' and Twilio's: the whole
message must be one keyword, in any case, with surrounding whitespace ignored ("stop please"
is a sentence, not an opt-out).
"""

from __future__ import annotations

from enum import StrEnum

STOP_WORDS = frozenset(
    {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"}
)
START_WORDS = frozenset({"START", "UNSTOP", "YES"})

# Twilio: "Attempt to send to unsubscribed recipient" — the carrier has them opted out.
UNSUBSCRIBED_ERROR = 21610


class OptOutAction(StrEnum):
    """What an inbound message does to the number's opt-out state."""

    STOP = "stop"
    START = "start"


def opt_out_action(body: str) -> OptOutAction | None:
    """STOP or START if ``body`` is exactly one such keyword, else None."""
    word = body.strip().upper()
    if not word or any(ch.isspace() for ch in word):
        return None
    if word in STOP_WORDS:
        return OptOutAction.STOP
    if word in START_WORDS:
        return OptOutAction.START
    return None

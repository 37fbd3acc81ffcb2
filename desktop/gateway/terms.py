"""A carrier's words in the app's terms: its status words as ``MessageStatus``, its error
codes as meanings (retry later, rejected number, unsubscribed...), and its codes as sentences.

Each carrier brings one ``CarrierTerms`` (Twilio's is in ``twilio_terms``). The adapter uses it
to raise typed errors, the sync engine to read a message it got back (``read``): so the engine
and the store speak only the app's terms, never a carrier's status words or error numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.models import MessageStatus
from desktop.gateway.base import (
    GatewayBusy,
    GatewayError,
    GatewayMessage,
    InvalidBody,
    MessageRejected,
    RejectedNumber,
)


class ErrorMeaning(StrEnum):
    """What a carrier's error code means for the app.

    RETRY_LATER: the carrier created nothing, or dropped the message before sending it (its
        queue is full, a rate limit): the message waits and is sent again later.
    REJECTED_NUMBER: the recipient's (or the desk's) number is the problem, for good.
    UNSUBSCRIBED: the recipient opted out at the carrier: the number is opted out here too.
    INVALID_BODY: the text itself is the problem (empty, too long).
    """

    RETRY_LATER = "retry later"
    REJECTED_NUMBER = "rejected number"
    UNSUBSCRIBED = "unsubscribed"
    INVALID_BODY = "invalid body"


#: The typed error a refusal with each meaning raises (no meaning: MessageRejected).
_REFUSALS: dict[ErrorMeaning, type[GatewayError]] = {
    ErrorMeaning.RETRY_LATER: GatewayBusy,
    ErrorMeaning.REJECTED_NUMBER: RejectedNumber,
    ErrorMeaning.UNSUBSCRIBED: RejectedNumber,  # with opt_out
    ErrorMeaning.INVALID_BODY: InvalidBody,
}


@dataclass(frozen=True, slots=True)
class Reading:
    """A message the carrier reported, in the app's terms.

    Attributes:
        status: its status as ours.
        dropped: the carrier dropped it before sending it ("try again later" failure): it
            was never sent, so it is no proof that the message went; it goes again later.
        opt_out: it failed because the recipient unsubscribed at the carrier: opt them out.
        reason: why it failed or was dropped, for a person; None when it did neither.
    """

    status: MessageStatus
    dropped: bool = False
    opt_out: bool = False
    reason: str | None = None


#: (error code, the carrier's own text, its status word) -> a sentence for a person.
Describe = Callable[[int | None, str | None, str | None], str]


@dataclass(frozen=True, slots=True, eq=False)
class CarrierTerms:
    """One carrier's vocabulary, mapped to the app's.

    Attributes:
        statuses: each status word (lower case) and the status it means. Which words are
            final follows from the status (``MessageStatus.is_final``): a DELIVERED or
            FAILED word ends the following of a message; a SENT one keeps it followed.
        errors: each error code with a meaning; codes not listed are refusals for good.
        describe: says an error in words a person can act on (see ``Describe``).
        unknown_status: what a word not in ``statuses`` counts as: SENT by default (the
            carrier took the message; it is followed until a known final word or it ages out).
    """

    statuses: Mapping[str, MessageStatus]
    errors: Mapping[int, ErrorMeaning]
    describe: Describe
    unknown_status: MessageStatus = MessageStatus.SENT

    def status(self, word: str) -> MessageStatus:
        """The app's status for one of the carrier's status words (any case)."""
        return self.statuses.get(word.lower(), self.unknown_status)

    def final_words(self) -> frozenset[str]:
        """The status words after which the carrier reports nothing new."""
        return frozenset(word for word, status in self.statuses.items() if status.is_final)

    def meaning(self, code: int | None) -> ErrorMeaning | None:
        """What an error code means, or None (a refusal for good, or no code)."""
        return self.errors.get(code) if code is not None else None

    def read(self, message: GatewayMessage) -> Reading:
        """The app's reading of a message the carrier reported (accepted, listed, fetched)."""
        status = self.status(message.status)
        if status is not MessageStatus.FAILED:
            return Reading(status)
        meaning = self.meaning(message.error_code)
        return Reading(
            status,
            dropped=meaning is ErrorMeaning.RETRY_LATER,
            opt_out=meaning is ErrorMeaning.UNSUBSCRIBED,
            reason=self.describe(message.error_code, message.error_message, message.status),
        )

    def refusal(self, code: int | None, text: str | None) -> GatewayError:
        """The typed error for a request the carrier refused with ``code`` (and its text).

        Returns:
            GatewayBusy (retry later), RejectedNumber (with ``opt_out`` when the recipient
            unsubscribed), InvalidBody, or MessageRejected; its ``str()`` is the sentence
            ``describe`` gives.
        """
        meaning = self.meaning(code)
        kind = _REFUSALS[meaning] if meaning is not None else MessageRejected
        return kind(
            self.describe(code, text, None),
            code=code,
            opt_out=meaning is ErrorMeaning.UNSUBSCRIBED,
        )

"""What the store is given and hands back besides the core models: inbound and history
records to store, outbox items, status reports; and the checks every value passes first.

A record refuses, when it is made, what the database could not keep (``UnstorableRecord``
says why, for an administrator), so one bad record is set aside instead of stopping a batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import (
    ConversationId,
    Direction,
    MessageId,
    MessageStatus,
    UserId,
    utcnow,
)
from desktop.store.tables import GATEWAY_SID_LENGTH, PEER_NUMBER_LENGTH

__all__ = [
    "IN_FLIGHT",
    "PENDING",
    "HistoryRecord",
    "InboundRecord",
    "OutboxItem",
    "StatusUpdate",
    "UnsettledMessage",
    "UnstorableRecord",
    "aware",
    "check_number",
    "text_problem",
]

# Outbox states: waiting for its time, or handed to the gateway with no outcome recorded yet.
PENDING = "pending"
IN_FLIGHT = "in_flight"

# The statuses an imported message may have: history is never sent again.
_HISTORY_INBOUND = frozenset({MessageStatus.RECEIVED})
_HISTORY_OUTBOUND = frozenset({MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.FAILED})


class UnstorableRecord(ValueError):
    """An inbound record the store cannot keep; ``str()`` says why, for an administrator."""


#: Which value of a record a sentence is about (a key: each has its own whole sentences).
Field = Literal["number", "sender", "desk_number", "text", "sid"]

# Whole sentences per field, so each language words its subject; translated where raised.
_EMPTY: dict[Field, str] = {
    "number": QT_TRANSLATE_NOOP("Records", "A number is empty."),
    "sender": QT_TRANSLATE_NOOP("Records", "The sender is empty."),
    "desk_number": QT_TRANSLATE_NOOP("Records", "The number it was sent to is empty."),
}
_TOO_LONG: dict[Field, str] = {
    "number": QT_TRANSLATE_NOOP("Records", "A number is longer than {most} characters."),
    "sender": QT_TRANSLATE_NOOP("Records", "The sender is longer than {most} characters."),
    "desk_number": QT_TRANSLATE_NOOP(
        "Records", "The number it was sent to is longer than {most} characters."
    ),
}
_NUL: dict[Field, str] = {
    "number": QT_TRANSLATE_NOOP(
        "Records", "A number holds a NUL character, which the database can't keep."
    ),
    "sender": QT_TRANSLATE_NOOP(
        "Records", "The sender holds a NUL character, which the database can't keep."
    ),
    "desk_number": QT_TRANSLATE_NOOP(
        "Records",
        "The number it was sent to holds a NUL character, which the database can't keep.",
    ),
    "text": QT_TRANSLATE_NOOP(
        "Records", "Its text holds a NUL character, which the database can't keep."
    ),
    "sid": QT_TRANSLATE_NOOP(
        "Records", "Its message id holds a NUL character, which the database can't keep."
    ),
}
_BROKEN: dict[Field, str] = {
    "number": QT_TRANSLATE_NOOP(
        "Records", "A number holds a broken character (half of an emoji: a lone surrogate)."
    ),
    "sender": QT_TRANSLATE_NOOP(
        "Records", "The sender holds a broken character (half of an emoji: a lone surrogate)."
    ),
    "desk_number": QT_TRANSLATE_NOOP(
        "Records",
        "The number it was sent to holds a broken character (half of an emoji: a lone surrogate).",
    ),
    "text": QT_TRANSLATE_NOOP(
        "Records", "Its text holds a broken character (half of an emoji: a lone surrogate)."
    ),
    "sid": QT_TRANSLATE_NOOP(
        "Records",
        "Its message id holds a broken character (half of an emoji: a lone surrogate).",
    ),
}


def text_problem(value: str, what: Field) -> str | None:
    """Say why ``value`` cannot be stored as text, or None when it can.

    The databases keep UTF-8 text: a lone UTF-16 surrogate (half of an emoji, as a gateway
    that cut a message in the middle of one sends it) cannot be encoded, and PostgreSQL
    refuses the NUL character.

    Args:
        value: the text.
        what: which value it is ("sender", "text"): the sentence names it.
    """
    if "\x00" in value:
        return translate("Records", _NUL[what])
    if value.isascii():
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return translate("Records", _BROKEN[what])
    return None


def aware(value: datetime | None, *, default_now: bool = False) -> datetime:
    """Return ``value`` as aware UTC (or now, when allowed and None); refuse naive datetimes."""
    if value is None:
        if default_now:
            return utcnow()
        raise ValueError("a datetime is required")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}: the store needs an aware UTC datetime")
    return value.astimezone(UTC)


def check_number(number: str, what: Field = "number") -> None:
    """Refuse a number (or sender id) the ``peer_number`` columns cannot hold.

    Raises:
        UnstorableRecord: (a ValueError) it is empty or longer than 32 characters; the
            sentence names it by ``what`` ("sender": "The sender …") and never repeats it.
    """
    if not number:
        raise UnstorableRecord(translate("Records", _EMPTY[what]))
    if len(number) > PEER_NUMBER_LENGTH:
        raise UnstorableRecord(
            translate("Records", _TOO_LONG[what]).format(most=PEER_NUMBER_LENGTH)
        )


@dataclass(frozen=True, slots=True)
class InboundRecord:
    """An inbound SMS as the gateway reported it, already normalised by the caller.

    Attributes:
        sid: the gateway's message id (the de-duplication key).
        peer_number: the sender, E.164 or an alphanumeric sender id.
        desk_number: our number it was sent to.
        body: the text.
        created_at: when the gateway received it; any aware datetime, kept as UTC.
        status: the gateway's own status word, for the caller's logs; the store records every
            inbound message as ``MessageStatus.RECEIVED``.
    """

    sid: str
    peer_number: str
    desk_number: str
    body: str
    created_at: datetime
    status: str = "received"

    def __post_init__(self) -> None:
        """Refuse what the database cannot keep, saying why for an administrator.

        Raises:
            UnstorableRecord: (a ValueError) an empty or too long sid or number, or text
                that is not storable (see ``text_problem``); the sync engine sets such a
                record aside instead of letting it stop the others.
        """
        if not self.sid:
            raise UnstorableRecord(translate("Records", "The gateway gave it no message id."))
        if len(self.sid) > GATEWAY_SID_LENGTH:
            raise UnstorableRecord(
                translate("Records", "Its message id is longer than {most} characters.").format(
                    most=GATEWAY_SID_LENGTH
                )
            )
        check_number(self.peer_number, "sender")
        check_number(self.desk_number, "desk_number")
        # A burst checks thousands: plain text (nearly all) costs a few C calls per field.
        body, peer, desk, sid = self.body, self.peer_number, self.desk_number, self.sid
        if (
            "\x00" in body
            or "\x00" in peer
            or "\x00" in desk
            or "\x00" in sid
            or not (body.isascii() and peer.isascii() and desk.isascii() and sid.isascii())
        ):
            fields: tuple[tuple[str, Field], ...] = (
                (body, "text"),
                (peer, "sender"),
                (desk, "desk_number"),
                (sid, "sid"),
            )
            for value, what in fields:
                if problem := text_problem(value, what):
                    raise UnstorableRecord(problem)
        # Normalised once here, so the store and every reader see UTC.
        object.__setattr__(self, "created_at", aware(self.created_at))


@dataclass(frozen=True, slots=True)
class HistoryRecord:
    """A message from history kept elsewhere (another system, an export), to import as it is.

    Attributes:
        peer_number: the other side, E.164 or an alphanumeric sender id.
        desk_number: our number.
        direction: inbound (from the peer) or outbound (from the desk).
        body: the text.
        created_at: when it was sent; any aware datetime, kept as UTC.
        status: outbound: DELIVERED, SENT or FAILED (never QUEUED or SENDING: history is not
            sent again); inbound: RECEIVED.
        sid: the gateway's id, if known (an import skips ids stored already).
        error_code: a failure's gateway error code.
        error_message: a failure's reason, in words a person understands.
        user_id: the colleague who sent an outbound message, if known.
    """

    peer_number: str
    desk_number: str
    direction: Direction
    body: str
    created_at: datetime
    status: MessageStatus = MessageStatus.DELIVERED
    sid: str | None = None
    error_code: int | None = None
    error_message: str | None = None
    user_id: UserId | None = None

    def __post_init__(self) -> None:
        check_number(self.peer_number)
        check_number(self.desk_number)
        if self.sid is not None and not 0 < len(self.sid) <= GATEWAY_SID_LENGTH:
            raise ValueError(f"gateway sid must be 1-{GATEWAY_SID_LENGTH} characters: {self.sid!r}")
        inbound = self.direction is Direction.INBOUND
        allowed = _HISTORY_INBOUND if inbound else _HISTORY_OUTBOUND
        if self.status not in allowed:
            raise ValueError(f"an imported {self.direction} message cannot be {self.status}")
        object.__setattr__(self, "created_at", aware(self.created_at))


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """An outbound message waiting in the outbox, with what it takes to send it.

    Attributes:
        message_id: the message.
        conversation_id: its conversation.
        to_number: where it goes.
        body: the text.
        state: ``"pending"`` (waiting for ``next_attempt_at``) or ``"in_flight"`` (handed to
            the gateway, outcome not recorded yet).
        attempts: how many times sending was started.
        next_attempt_at: when to try (pending) or check (in flight) next.
        attempt_started_at: when the last attempt started.
        created_at: when the message was written.
        claimed_by: the run of the desk that made the last attempt (None before 0009).
        claim_epoch: the team lease epoch it made it under (None for a desk alone).
    """

    message_id: MessageId
    conversation_id: ConversationId
    to_number: str
    body: str
    state: str
    attempts: int
    next_attempt_at: datetime
    attempt_started_at: datetime | None
    created_at: datetime
    claimed_by: str | None = None
    claim_epoch: int | None = None


@dataclass(frozen=True, slots=True)
class StatusUpdate:
    """A status change the gateway reported for one of our outbound messages.

    Attributes:
        sid: the gateway's message id.
        status: the new status.
        error_code: the gateway's error code, for failures.
        error_message: the reason, in words a person understands.
        sent_at: when the gateway sent it, if it says.
        delivered_at: when it was delivered, if the gateway says.
        opt_out: it failed because the recipient unsubscribed at the carrier.
    """

    sid: str
    status: MessageStatus
    error_code: int | None = None
    error_message: str | None = None
    sent_at: datetime | None = None
    delivered_at: datetime | None = None
    opt_out: bool = False


@dataclass(frozen=True, slots=True)
class UnsettledMessage:
    """An outbound message the gateway accepted whose final status is not known yet."""

    message_id: MessageId
    sid: str
    status: MessageStatus

"""The plain data of SMS Desk: typed ids, enums and the immutable rows that cross threads.

Rows are frozen dataclasses so the worker thread, the store thread and the GUI thread can
hand them to each other through queued signals without sharing anything mutable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import NewType

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

ConversationId = NewType("ConversationId", int)
MessageId = NewType("MessageId", int)
ContactId = NewType("ContactId", int)
UserId = NewType("UserId", int)


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime (the only kind we store)."""
    return datetime.now(UTC)


class Direction(StrEnum):
    """Which way a message travelled, seen from the desk."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"


class MessageStatus(StrEnum):
    """Where a message is in its life.

    Outbound: QUEUED (stored, waiting in the outbox) → SENDING (handed to the gateway, its
    answer not yet recorded) → SENT (the gateway accepted it: one tick) → DELIVERED (two
    ticks), or FAILED (red mark with the reason, and Retry). Inbound messages are RECEIVED.
    A message to send later is SCHEDULED (in the outbox, due at its time) until the worker
    claims it (SENDING), or CANCELLED if the user cancelled it or the peer replied first.
    """

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    RECEIVED = "received"
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"

    @property
    def is_pending(self) -> bool:
        """True while the message has not yet reached the gateway (shown with a clock)."""
        return self in (MessageStatus.QUEUED, MessageStatus.SENDING, MessageStatus.SCHEDULED)

    @property
    def is_final(self) -> bool:
        """True when no later status can arrive from the gateway."""
        return self in (
            MessageStatus.DELIVERED,
            MessageStatus.FAILED,
            MessageStatus.RECEIVED,
            MessageStatus.CANCELLED,
        )


# How a message's status reads to a person (screen readers, exports): marked here,
# translated where used (``status_word``).
STATUS_WORDS: dict[MessageStatus, str] = {
    MessageStatus.QUEUED: QT_TRANSLATE_NOOP("MessageStatus", "waiting to send"),
    MessageStatus.SENDING: QT_TRANSLATE_NOOP("MessageStatus", "sending"),
    MessageStatus.SENT: QT_TRANSLATE_NOOP("MessageStatus", "sent"),
    MessageStatus.DELIVERED: QT_TRANSLATE_NOOP("MessageStatus", "delivered"),
    MessageStatus.FAILED: QT_TRANSLATE_NOOP("MessageStatus", "not sent"),
    MessageStatus.RECEIVED: QT_TRANSLATE_NOOP("MessageStatus", "received"),
    MessageStatus.SCHEDULED: QT_TRANSLATE_NOOP("MessageStatus", "scheduled"),
    MessageStatus.CANCELLED: QT_TRANSLATE_NOOP("MessageStatus", "cancelled"),
}


def status_word(status: MessageStatus) -> str:
    """How ``status`` reads to a person, in the app's language ("delivered")."""
    return translate("MessageStatus", STATUS_WORDS[status])


class MessageKind(StrEnum):
    """What a row of a conversation is: an SMS, or a history line about the team's work on it.

    History lines (every kind but SMS) are shown in the conversation, e.g. "Transferred from
    Anna (101) to Ben (102) — please call back". They are stored as delivered outbound rows
    without a gateway id, and never sent, counted as unread, searched or previewed.
    """

    SMS = "sms"
    TRANSFER = "transfer"
    TAKE_OVER = "take_over"
    DEALT_WITH = "dealt_with"
    ARCHIVED = "archived"
    UNARCHIVED = "unarchived"
    REOPENED = "reopened"
    OPTED_OUT = "opted_out"
    OPTED_IN = "opted_in"
    UNSCHEDULED = "unscheduled"  # a scheduled message cancelled because they replied first

    @property
    def is_history(self) -> bool:
        """True for a history line, False for an SMS."""
        return self is not MessageKind.SMS


@dataclass(frozen=True, slots=True)
class Message:
    """One SMS in a conversation, as the views show it.

    Attributes:
        id: the store's id.
        conversation_id: the conversation it belongs to.
        direction: inbound or outbound.
        body: the text, untrusted: shown as plain text only.
        status: see MessageStatus.
        created_at: when it was written (outbound) or sent by the other side (inbound), UTC.
        gateway_sid: the gateway's id once it has one.
        error_code: the gateway's error code for a failure, if any.
        error_message: the reason for a failure, in words a person understands.
        sent_at: when the gateway accepted it (outbound).
        delivered_at: when the gateway reported it delivered (outbound).
        kind: an SMS, or the kind of history line (see MessageKind).
        user_id: the colleague who sent an outbound SMS or did the action of a history line;
            None for inbound SMS and for messages sent outside any sign-in.
        target_user_id: a transfer's recipient; None otherwise.
        scheduled_at: for a message sent later, when it is (or was) due, UTC; else None.
        cancel_if_reply: a scheduled message is cancelled if the peer writes first.
    """

    id: MessageId
    conversation_id: ConversationId
    direction: Direction
    body: str
    status: MessageStatus
    created_at: datetime
    gateway_sid: str | None = None
    error_code: int | None = None
    error_message: str | None = None
    sent_at: datetime | None = None
    delivered_at: datetime | None = None
    kind: MessageKind = MessageKind.SMS
    user_id: UserId | None = None
    target_user_id: UserId | None = None
    scheduled_at: datetime | None = None
    cancel_if_reply: bool = False


@dataclass(frozen=True, slots=True)
class Conversation:
    """A conversation as the chat list shows it: one per peer number.

    Attributes:
        id: the store's id.
        peer_number: the other side's number in E.164 (or the sender id the gateway gave,
            for alphanumeric senders that have no number).
        display_name: the contact's name, when the number belongs to a contact.
        last_activity_at: time of the newest SMS (the chat list's sort key), UTC.
        last_message_preview: the newest SMS's text, for the list (history lines never).
        last_direction: the newest SMS's direction, if there is one.
        last_status: the newest SMS's status, if there is one.
        unread_count: inbound SMS not yet read by the store's viewer (see ``Store.viewer``);
            at least 1 when the viewer marked the conversation unread.
        archived: whether it sits in the Archived view.
        owner_id: the colleague answering it (the first to reply, or who it was transferred
            to), or None while nobody owns it.
        owner_label: the owner as colleagues see them, ``"Anna Smith (101)"``; None when
            unowned.
        dealt_with_at: when it was marked dealt with (UTC), until it comes back to Chats.
        opted_out_at: when the number opted out of the desk's number (``Store.desk_number``),
            UTC; None while messages to it are allowed.
        opt_out_reason: why: the keyword they sent ("STOP") or the gateway's code ("21610").
        last_inbound_id: the newest SMS received, as the list knows it: what a row's Dealt
            with or Archive applies to (one that arrives after it keeps the conversation in
            Chats).
    """

    id: ConversationId
    peer_number: str
    last_activity_at: datetime
    last_message_preview: str = ""
    last_direction: Direction | None = None
    last_status: MessageStatus | None = None
    unread_count: int = 0
    archived: bool = False
    display_name: str | None = None
    owner_id: UserId | None = None
    owner_label: str | None = None
    dealt_with_at: datetime | None = None
    opted_out_at: datetime | None = None
    opt_out_reason: str | None = None
    last_inbound_id: MessageId | None = None

    def answered_by_other(self, me: int | None) -> bool:
        """True when a colleague other than ``me`` owns it: its new messages are theirs to
        answer, so they neither pop up for ``me`` nor count in ``me``'s badge (the list
        still shows them unread)."""
        return self.owner_id is not None and me is not None and int(self.owner_id) != me


@dataclass(frozen=True, slots=True)
class Contact:
    """A person or business the desk knows by name: the name the chat list shows for its numbers.

    Attributes:
        id: the store's id.
        name: the name shown for its numbers.
        numbers: its numbers, E.164 or short codes; each number belongs to one contact only.
        company: the company, or "".
        note: free text, or "".
    """

    id: ContactId
    name: str
    numbers: tuple[str, ...]
    company: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """A contact as typed or imported, before the store has checked and saved it.

    Attributes:
        name: the name.
        numbers: normalised numbers (E.164 or short codes); the caller validates them.
        company: the company, or "".
        note: free text, or "".
        id: the contact it edits, or None for a new contact.
    """

    name: str
    numbers: tuple[str, ...]
    company: str = ""
    note: str = ""
    id: ContactId | None = None


@dataclass(frozen=True, slots=True)
class StoreChange:
    """What one committed write changed, so views can update without re-reading.

    Attributes:
        conversations: conversations whose summary changed (new or updated), as they now are.
        messages: messages that were added or changed, as they now are.
        remote: True when another desk made the change and this store re-read it
            (``Store.reload_change``); a publisher must not announce it again.
    """

    conversations: tuple[Conversation, ...] = field(default_factory=tuple)
    messages: tuple[Message, ...] = field(default_factory=tuple)
    remote: bool = False

    def __bool__(self) -> bool:
        return bool(self.conversations or self.messages)

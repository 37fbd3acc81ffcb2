"""Rows to models: the SELECTs of conversations and messages, and how their rows map to the
core dataclasses.

Every conversation read names its contact, its owner, the viewer's unread count and the
opt-out of the desk's number, each found by primary key per row, so a page costs the same
with or without them.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Row, Select, String, and_, case, func, literal, select, true

from desktop.core.models import (
    Conversation,
    ConversationId,
    Direction,
    Message,
    MessageId,
    MessageKind,
    MessageStatus,
    UserId,
)
from desktop.core.optouts import OptOut
from desktop.store.records import OutboxItem
from desktop.store.sql import greatest
from desktop.store.tables import (
    INBOUND_SMS,
    PREVIEW_LENGTH,
    UTCDateTime,
    contact_numbers,
    contacts,
    conversation_reads,
    conversations,
    messages,
    opt_outs,
    outbox,
    users,
)

__all__ = [
    "CONVERSATION_FROM",
    "INBOUND",
    "MESSAGE_COLUMNS",
    "OUTBOX_COLUMNS",
    "OWNER",
    "SMS",
    "AnyRow",
    "baseline_of",
    "label",
    "preview",
    "select_conversation_rows",
    "to_conversation",
    "to_message",
    "to_opt_out",
    "to_outbox_item",
]

# A result row of any width (Row is generic over the types of its columns).
AnyRow: TypeAlias = Row[*tuple[Any, ...]]

SMS = MessageKind.SMS.value
INBOUND = Direction.INBOUND.value


def preview(body: str) -> str:
    """The chat list's one-line preview of a message: whitespace collapsed, at most 200 chars."""
    return " ".join(body.split())[:PREVIEW_LENGTH]


# Who owns a conversation, and how far the store's viewer has read it: joined by primary key
# per row, like the contact's name.
OWNER = users.alias("owner_user")
VIEWER_READ = conversation_reads.alias("viewer_read")

# Every conversation read names its contact: one primary-key lookup of the peer number in
# contact_numbers, then one in contacts, per row, so pages stay as fast as without names.
CONVERSATION_FROM = conversations.outerjoin(
    contact_numbers, contact_numbers.c.number == conversations.c.peer_number
).outerjoin(contacts, contacts.c.id == contact_numbers.c.contact_id)

# In the order of Message's fields, so a row maps positionally.
MESSAGE_COLUMNS = (
    messages.c.id,
    messages.c.conversation_id,
    messages.c.direction,
    messages.c.body,
    messages.c.status,
    messages.c.created_at,
    messages.c.gateway_sid,
    messages.c.error_code,
    messages.c.error_message,
    messages.c.sent_at,
    messages.c.delivered_at,
    messages.c.kind,
    messages.c.user_id,
    messages.c.target_user_id,
    messages.c.scheduled_at,
    messages.c.cancel_if_reply,
)

OUTBOX_COLUMNS = (
    outbox.c.message_id,
    messages.c.conversation_id,
    messages.c.to_number,
    messages.c.body,
    outbox.c.state,
    outbox.c.attempts,
    outbox.c.next_attempt_at,
    outbox.c.attempt_started_at,
    messages.c.created_at,
    outbox.c.claimed_by,
    outbox.c.claim_epoch,
)


def inbound_sms_after(read_point: Any) -> ColumnElement[int]:
    """Count the conversation's inbound SMS with an id beyond ``read_point`` (correlated).

    A range of ``ix_messages_inbound_sms`` (migration 0015): only the inbound SMS after the
    read mark are visited, in the index alone.
    """
    m = messages.c
    return (
        select(func.count())
        .select_from(messages)
        .where(m.conversation_id == conversations.c.id, m.id > read_point, INBOUND_SMS)
        .scalar_subquery()
    )


def baseline_of(user_id: int) -> ColumnElement[int]:
    """The colleague's read baseline (0 for an unknown id): one lookup per statement."""
    baseline = select(users.c.read_baseline_id).where(users.c.id == user_id).scalar_subquery()
    return func.coalesce(baseline, 0)


def unread_for(viewer: int | None) -> ColumnElement[int]:
    """The unread count of the conversation in the row, as ``viewer`` sees it.

    For a colleague: inbound SMS beyond both their read mark and their baseline, or 1 when
    they marked it unread and nothing newer arrived. With no viewer: inbound SMS beyond the
    furthest read mark of anyone ("unread by everyone"), ignoring marks of unread. The count
    is only taken when ``last_inbound_id`` says there is something to count, so a page of read
    conversations costs no message lookups at all.
    """
    c = conversations.c
    if viewer is None:
        # Correlated explicitly: it is also nested inside the count of messages below, where
        # auto-correlation would only look one level up and miss the conversation.
        furthest = (
            select(func.max(conversation_reads.c.read_up_to_id))
            .where(conversation_reads.c.conversation_id == c.id)
            .correlate(conversations)
        )
        read_point: Any = func.coalesce(furthest.scalar_subquery(), 0)
        return case(
            (c.last_inbound_id > read_point, inbound_sms_after(read_point)), else_=literal(0)
        )
    read_point = greatest(func.coalesce(VIEWER_READ.c.read_up_to_id, 0), baseline_of(viewer))
    return case(
        (c.last_inbound_id > read_point, inbound_sms_after(read_point)),
        (VIEWER_READ.c.marked_unread == true(), literal(1)),
        else_=literal(0),
    )


def select_conversation_rows(
    viewer: int | None, desk_number: str | None, *extra: Any
) -> Select[Any]:
    """SELECT the columns ``_conversation`` maps (then ``extra``), as ``viewer`` sees them.

    Contact name, owner, the viewer's read mark and the number's opt-out of
    ``desk_number`` are each found by primary key.
    """
    c = conversations.c
    source = CONVERSATION_FROM.outerjoin(OWNER, OWNER.c.id == c.owner_id)
    if desk_number:
        source = source.outerjoin(
            opt_outs,
            and_(
                opt_outs.c.desk_number == desk_number,
                opt_outs.c.peer_number == c.peer_number,
            ),
        )
        opted: tuple[Any, ...] = (opt_outs.c.opted_out_at, opt_outs.c.reason)
    else:
        opted = (
            literal(None, UTCDateTime()).label("opted_out_at"),
            literal(None, String()).label("reason"),
        )
    if viewer is not None:
        source = source.outerjoin(
            VIEWER_READ,
            and_(VIEWER_READ.c.conversation_id == c.id, VIEWER_READ.c.user_id == viewer),
        )
    return select(
        c.id,
        c.peer_number,
        c.last_activity_at,
        c.last_message_preview,
        c.last_direction,
        c.last_status,
        unread_for(viewer).label("unread_count"),
        c.archived_at,
        contacts.c.name.label("display_name"),
        c.owner_id,
        OWNER.c.display_name.label("owner_name"),
        OWNER.c.extension.label("owner_extension"),
        c.dealt_with_at,
        *opted,
        c.last_inbound_id,
        *extra,
    ).select_from(source)


def label(display_name: str, extension: str) -> str:
    """A colleague as others see them: ``"Anna Smith (101)"`` (as ``User.label``)."""
    return f"{display_name} ({extension})"


def to_conversation(row: AnyRow) -> Conversation:
    (
        cid,
        peer,
        last_at,
        preview,
        direction,
        status,
        unread,
        archived_at,
        name,
        owner_id,
        owner_name,
        owner_extension,
        dealt_with_at,
        opted_out_at,
        opt_out_reason,
        last_inbound_id,
    ) = row[:16]
    owned = owner_id is not None and owner_name is not None
    return Conversation(
        id=ConversationId(cid),
        peer_number=peer,
        last_activity_at=last_at,
        last_message_preview=preview,
        last_direction=Direction(direction) if direction else None,
        last_status=MessageStatus(status) if status else None,
        unread_count=int(unread or 0),
        archived=archived_at is not None,
        display_name=name,
        owner_id=UserId(owner_id) if owned else None,
        owner_label=label(owner_name, owner_extension) if owned else None,
        dealt_with_at=dealt_with_at,
        opted_out_at=opted_out_at,
        opt_out_reason=opt_out_reason if opted_out_at is not None else None,
        last_inbound_id=MessageId(last_inbound_id) if last_inbound_id is not None else None,
    )


def to_message(row: AnyRow) -> Message:
    (
        mid,
        cid,
        direction,
        body,
        status,
        created_at,
        sid,
        error_code,
        error_message,
        sent_at,
        delivered_at,
        kind,
        user_id,
        target_user_id,
        scheduled_at,
        cancel_if_reply,
    ) = row
    return Message(
        MessageId(mid),
        ConversationId(cid),
        Direction(direction),
        body,
        MessageStatus(status),
        created_at,
        sid,
        error_code,
        error_message,
        sent_at,
        delivered_at,
        MessageKind(kind),
        UserId(user_id) if user_id is not None else None,
        UserId(target_user_id) if target_user_id is not None else None,
        scheduled_at,
        bool(cancel_if_reply),
    )


def to_opt_out(row: AnyRow) -> OptOut:
    return OptOut(row.desk_number, row.peer_number, row.opted_out_at, row.reason, row.message_id)


def to_outbox_item(row: AnyRow) -> OutboxItem:
    return OutboxItem(*row)

"""Messages the desk sends: stored and queued in one transaction, sent again after a failure,
and scheduled ones edited or cancelled until the worker claims them.

Every message is stored before it is sent: the message, its pending outbox row and the
conversation's summary are written together, so a crash leaves all or none. Sending a reply
claims the conversation, refuses an opted-out number and moves the sender's read mark, in
the same transaction. ``cancel_on_reply`` cancels "cancel if they reply first" messages
inside ingest's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    delete,
    exists,
    insert,
    literal,
    select,
    true,
    update,
)

from desktop.core.i18n import translate
from desktop.core.media import PICTURE_PREVIEW
from desktop.core.models import (
    ConversationId,
    Direction,
    Message,
    MessageId,
    MessageKind,
    MessageStatus,
    StoreChange,
    UserId,
)
from desktop.store.context import Context
from desktop.store.conversations import Conversations
from desktop.store.errors import StoreError, TooLate
from desktop.store.media_store import MediaItem, MessageMedia
from desktop.store.opt_outs import OptOuts
from desktop.store.ownership import Ownership
from desktop.store.records import PENDING, aware, check_number
from desktop.store.rows import SMS, AnyRow, preview
from desktop.store.sql import chunks
from desktop.store.tables import conversations, messages, outbox

__all__ = ["Outbound"]

# A reply cancels a scheduled message only if the user scheduled it before the reply was
# sent; the gateway's clock and ours may differ by this much.
_REPLY_CLOCK_TOLERANCE = timedelta(seconds=30)


class Outbound:
    """Sending (``store.outbound``): queue, retry, and edit or cancel what is scheduled.

    Args:
        context: the store's engine, emitter and session.
        conversations: the sender's read state, moved in the same transaction.
        ownership: the claim a reply makes.
        opt_outs: the refusal of an opted-out number.
        media: the pictures of a message.
    """

    def __init__(
        self,
        context: Context,
        conversations: Conversations,
        ownership: Ownership,
        opt_outs: OptOuts,
        media: MessageMedia,
    ) -> None:
        self._ctx = context
        self._conversations = conversations
        self._ownership = ownership
        self._opt_outs = opt_outs
        self._media = media

    def queue(
        self,
        cid: ConversationId,
        body: str,
        *,
        desk_number: str,
        user_id: UserId | None = None,
        now: datetime | None = None,
        scheduled_at: datetime | None = None,
        cancel_if_reply: bool = False,
        pictures: Sequence[MediaItem] = (),
        picture_keys: Sequence[str] = (),
        seen_up_to: MessageId | None = None,
    ) -> Message:
        """Store an outbound message and queue it for sending, in one transaction.

        The message (QUEUED), its pending outbox row and the conversation's summary are
        written together, so a crash leaves either all or none. Brings the conversation back
        from the archive (and from dealt with).

        With ``user_id``, the sender must be allowed to answer: the conversation becomes
        theirs if nobody owns it (the first to reply owns it), stays theirs if they own it,
        and if a colleague owns it nothing is stored and ``OwnedByOther`` names them. The
        claim is the same conditional UPDATE as ``claim``, in the same transaction. The
        message records the sender, and their read mark moves to it (or to ``seen_up_to``).

        Args:
            cid: the conversation.
            body: the text; must contain something besides whitespace.
            desk_number: our number it is sent from.
            user_id: the colleague sending it; None where no sign-in applies (no ownership
                rule then).
            now: the time of writing; defaults to now.
            scheduled_at: send it at this time instead of now: the message is SCHEDULED
                and its outbox row is due then (the worker sends it, exactly once).
            cancel_if_reply: for a scheduled message, cancel it if the peer writes first.
            pictures: pictures sent with it (an MMS), at their public addresses; stored
                with the message, so the worker never sends it without them.
            picture_keys: per picture, its key in the local picture cache.
            seen_up_to: the newest message the sender was shown, when they answered from
                something that shows only some (a pop-up): an SMS that arrived after it
                stays unread for them. None: everything before this message counts as read.

        Returns:
            The stored message.

        Raises:
            ValueError: the body is empty (and there is no picture).
            OptedOut: the number opted out of ``desk_number`` (nothing is stored).
            OwnedByOther: a colleague owns the conversation.
            NotAllowed: the sender's account is disabled.
            StoreError: the conversation does not exist.
        """
        if not body.strip() and not pictures:
            raise ValueError("An empty message cannot be sent")
        check_number(desk_number)
        now = aware(now, default_now=True)
        with self._ctx.writer.begin() as conn:
            if user_id is not None:
                self._ownership.claim_in(conn, cid, user_id, now)
            peer = conn.execute(
                select(conversations.c.peer_number).where(conversations.c.id == cid)
            ).scalar_one_or_none()
            if peer is None:
                raise StoreError(translate("Outbound", "This conversation no longer exists"))
            self._opt_outs.refuse_in(conn, desk_number, peer)
            status = MessageStatus.SCHEDULED if scheduled_at is not None else MessageStatus.QUEUED
            due = aware(scheduled_at) if scheduled_at is not None else now
            mid = conn.execute(
                insert(messages)
                .values(
                    conversation_id=cid,
                    direction=Direction.OUTBOUND.value,
                    body=body,
                    from_number=desk_number,
                    to_number=peer,
                    status=status.value,
                    created_at=now,
                    updated_at=now,
                    kind=SMS,
                    user_id=user_id,
                    scheduled_at=due if scheduled_at is not None else None,
                    cancel_if_reply=bool(cancel_if_reply and scheduled_at is not None),
                )
                .returning(messages.c.id)
            ).scalar_one()
            conn.execute(
                insert(outbox).values(
                    message_id=mid, state=PENDING, attempts=0, next_attempt_at=due
                )
            )
            if pictures:
                self._media.add_sent_in(conn, mid, pictures, picture_keys, now)
            conn.execute(
                update(conversations)
                .where(conversations.c.id == cid)
                .values(
                    last_activity_at=now,
                    last_message_id=mid,
                    last_message_preview=preview(body) or (PICTURE_PREVIEW if pictures else ""),
                    last_direction=Direction.OUTBOUND.value,
                    last_status=status.value,
                    archived_at=None,
                    dealt_with_at=None,
                    dealt_with_by=None,
                    updated_at=now,
                )
            )
            if user_id is not None:
                read_up_to = mid if seen_up_to is None else seen_up_to
                self._conversations.set_read(conn, user_id, cid, read_up_to=read_up_to)
            conversation = self._ctx.conversation(conn, cid)
            # Read back as written, rather than built again from the same values.
            message = self._ctx.message(conn, mid)
        assert conversation is not None  # written in this same transaction
        assert message is not None
        self._ctx.emit(StoreChange(conversations=(conversation,), messages=(message,)))
        return message

    def retry(self, mid: MessageId, *, now: datetime | None = None) -> Message:
        """Queue a failed outbound message to be sent again.

        The message goes back to QUEUED with its error and old gateway id cleared (a late
        report about the failed attempt must not touch the new one), with a new pending
        outbox row due now.

        Args:
            mid: the message.
            now: the time of the retry; defaults to now.

        Returns:
            The message as it now is.

        Raises:
            StoreError: the message is not a failed outbound message.
        """
        now = aware(now, default_now=True)
        m = messages.c
        with self._ctx.writer.begin() as conn:
            numbers = conn.execute(
                select(m.from_number, m.to_number).where(m.id == mid)
            ).one_or_none()
            if numbers is not None:
                self._opt_outs.refuse_in(conn, numbers.from_number, numbers.to_number)
            claimed = conn.execute(
                update(messages)
                .where(
                    m.id == mid,
                    m.direction == Direction.OUTBOUND.value,
                    m.status == MessageStatus.FAILED.value,
                )
                .values(
                    status=MessageStatus.QUEUED.value,
                    gateway_sid=None,
                    error_code=None,
                    error_message=None,
                    sent_at=None,
                    delivered_at=None,
                    updated_at=now,
                )
            ).rowcount
            if not claimed:
                raise StoreError(translate("Outbound", "Only a failed message can be sent again"))
            conn.execute(delete(outbox).where(outbox.c.message_id == mid))
            conn.execute(
                insert(outbox).values(
                    message_id=mid, state=PENDING, attempts=0, next_attempt_at=now
                )
            )
            change = self._ctx.message_change(conn, [mid], now)
        self._ctx.emit(change)
        return change.messages[0]

    def discard(self, mid: MessageId, *, now: datetime | None = None) -> Message:
        """Discard a failed outbound message the user will not send again: it shows CANCELLED.

        For a message set aside because SMS Desk cannot tell whether it went (see
        ``Outbox.set_aside_lost``) as for any other failure: its outbox row goes, so nothing
        sends it, and a late report of the carrier can no longer match it.

        Raises:
            StoreError: the message is not a failed outbound message.
        """
        now = aware(now, default_now=True)
        m = messages.c
        with self._ctx.writer.begin() as conn:
            claimed = conn.execute(
                update(messages)
                .where(
                    m.id == mid,
                    m.direction == Direction.OUTBOUND.value,
                    m.status == MessageStatus.FAILED.value,
                )
                .values(status=MessageStatus.CANCELLED.value, updated_at=now)
            ).rowcount
            if not claimed:
                raise StoreError(translate("Outbound", "Only a failed message can be discarded"))
            conn.execute(delete(outbox).where(outbox.c.message_id == mid))
            change = self._ctx.message_change(conn, [mid], now)
        self._ctx.emit(change)
        return change.messages[0]

    def edit_scheduled(
        self,
        mid: MessageId,
        body: str,
        scheduled_at: datetime,
        *,
        cancel_if_reply: bool | None = None,
        now: datetime | None = None,
    ) -> Message:
        """Change the text and time of a scheduled message the worker has not claimed yet.

        The outbox row moves with one conditional UPDATE (still pending, message still
        SCHEDULED), so an edit and the worker's claim never both win.

        Raises:
            ValueError: the body is empty.
            TooLate: it is being sent, was sent or was cancelled (the message says which).
        """
        if not body.strip():
            raise ValueError("An empty message cannot be sent")
        now = aware(now, default_now=True)
        due = aware(scheduled_at)
        o, m = outbox.c, messages.c
        values: dict[str, Any] = {"body": body, "scheduled_at": due, "updated_at": now}
        if cancel_if_reply is not None:
            values["cancel_if_reply"] = cancel_if_reply
        with self._ctx.writer.begin() as conn:
            moved = conn.execute(
                update(outbox)
                .where(o.message_id == mid, o.state == PENDING, self._still_scheduled(mid))
                .values(next_attempt_at=due)
            ).rowcount
            if moved != 1:
                raise TooLate(self._too_late(conn, mid))
            conn.execute(update(messages).where(m.id == mid).values(**values))
            cid = conn.execute(select(m.conversation_id).where(m.id == mid)).scalar_one()
            conn.execute(
                update(conversations)
                .where(conversations.c.id == cid, conversations.c.last_message_id == mid)
                .values(last_message_preview=preview(body))
            )
            change = self._ctx.message_change(conn, [mid], now)
            conversation = self._ctx.conversation(conn, cid)
        assert conversation is not None
        self._ctx.emit(replace(change, conversations=(conversation,)))
        return change.messages[0]

    def cancel_scheduled(self, mid: MessageId, *, now: datetime | None = None) -> Message:
        """Cancel a scheduled message the worker has not claimed yet: it shows CANCELLED.

        Raises:
            TooLate: it is being sent, was sent or was cancelled (the message says which).
        """
        now = aware(now, default_now=True)
        o = outbox.c
        with self._ctx.writer.begin() as conn:
            removed = conn.execute(
                delete(outbox).where(
                    o.message_id == mid, o.state == PENDING, self._still_scheduled(mid)
                )
            ).rowcount
            if removed != 1:
                raise TooLate(self._too_late(conn, mid))
            conn.execute(
                update(messages)
                .where(messages.c.id == mid)
                .values(status=MessageStatus.CANCELLED.value, updated_at=now)
            )
            cid = conn.execute(
                select(messages.c.conversation_id).where(messages.c.id == mid)
            ).scalar_one()
            summary_moved = self._preview_last_real(conn, cid, mid)
            change = self._ctx.message_change(conn, [mid], now)
            if summary_moved:
                conversation = self._ctx.conversation(conn, cid)
                assert conversation is not None
                change = replace(change, conversations=(conversation,))
        self._ctx.emit(change)
        return change.messages[0]

    @staticmethod
    def _preview_last_real(conn: Connection, cid: int, cancelled: int) -> bool:
        """When the cancelled message is the conversation's summary, the chat list previews
        the newest real message before it instead (none: "No messages yet"); the time of
        last activity stays, so the row does not move under the user. Written here, once,
        so the chat list's query stays as it is. True if the summary changed."""
        c, m = conversations.c, messages.c
        moved = conn.execute(
            update(conversations)
            .where(c.id == cid, c.last_message_id == cancelled)
            .values(
                last_message_id=None, last_message_preview="", last_direction=None, last_status=None
            )
        ).rowcount
        if moved != 1:
            return False
        # By ix_messages_conversation_order, newest first: cancelled ones are few.
        before = conn.execute(
            select(m.id, m.body, m.direction, m.status)
            .where(
                m.conversation_id == cid,
                m.id < cancelled,
                m.kind == SMS,
                m.status != MessageStatus.CANCELLED.value,
            )
            .order_by(m.id.desc())
            .limit(1)
        ).one_or_none()
        if before is not None:
            conn.execute(
                update(conversations)
                .where(c.id == cid)
                .values(
                    last_message_id=before.id,
                    last_message_preview=preview(before.body),
                    last_direction=before.direction,
                    last_status=before.status,
                )
            )
        return True

    def cancel_on_reply(
        self, conn: Connection, stored: Sequence[Message], now: datetime
    ) -> list[Message]:
        """Cancel scheduled "cancel if they reply first" messages the peer replied before.

        Only messages scheduled before the reply was sent (give or take the clocks), and
        not yet claimed by the worker (the same conditional DELETE as ``cancel_scheduled``).

        Returns:
            The cancelled messages and a history line per conversation.
        """
        latest: dict[int, datetime] = {}
        for message in stored:
            at = latest.get(message.conversation_id)
            if at is None or message.created_at > at:
                latest[message.conversation_id] = message.created_at
        m, o = messages.c, outbox.c
        waiting: list[AnyRow] = []
        for chunk in chunks(sorted(latest)):
            waiting.extend(
                conn.execute(
                    select(m.id, m.conversation_id, m.created_at)
                    .where(
                        m.status == MessageStatus.SCHEDULED.value,
                        m.cancel_if_reply == true(),
                        m.conversation_id.in_(chunk),
                    )
                    .order_by(m.id)
                )
            )
        cancelled: dict[int, list[int]] = {}
        for mid, cid, created_at in waiting:
            if created_at > latest[cid] + _REPLY_CLOCK_TOLERANCE:
                continue  # scheduled after they wrote
            removed = conn.execute(
                delete(outbox).where(o.message_id == mid, o.state == PENDING)
            ).rowcount
            if removed != 1:
                continue  # the worker has it already: too late
            conn.execute(
                update(messages)
                .where(m.id == mid)
                .values(status=MessageStatus.CANCELLED.value, updated_at=now)
            )
            cancelled.setdefault(cid, []).append(mid)
        changed: list[Message] = []
        for cid, mids in sorted(cancelled.items()):
            # A history line: stored as the desk shows it, so in the desk's language.
            count = len(mids)  # lupdate reads a plain name as the count
            text = (
                translate("Outbound", "Scheduled message cancelled: they replied first")
                if count == 1
                else translate(
                    "Outbound",
                    "%n scheduled message(s) cancelled: they replied first",
                    None,
                    count,
                )
            )
            line = self._ctx.add_history(
                conn, cid, MessageKind.UNSCHEDULED, text, None, now=now, created_at=latest[cid]
            )
            for mid in [*mids, line]:
                found = self._ctx.message(conn, mid)
                assert found is not None
                changed.append(found)
        return changed

    @staticmethod
    def _still_scheduled(mid: MessageId) -> ColumnElement[bool]:
        m = messages.c
        return exists(
            select(literal(1)).where(m.id == mid, m.status == MessageStatus.SCHEDULED.value)
        )

    def _too_late(self, conn: Connection, mid: MessageId) -> str:
        status = conn.execute(
            select(messages.c.status).where(messages.c.id == mid)
        ).scalar_one_or_none()
        if status == MessageStatus.CANCELLED.value:
            return translate("Outbound", "This scheduled message was cancelled already.")
        if status in (MessageStatus.SENT.value, MessageStatus.DELIVERED.value):
            return translate("Outbound", "Too late: it has been sent.")
        if status == MessageStatus.FAILED.value:
            return translate("Outbound", "Too late: it was sent and failed.")
        if status in (MessageStatus.QUEUED.value, MessageStatus.SENDING.value):
            return translate("Outbound", "Too late: it is being sent.")
        return translate("Outbound", "This message is not scheduled.")

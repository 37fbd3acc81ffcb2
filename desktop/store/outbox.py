"""The outbox the sync worker works through: what is due, claiming a message before the
gateway is called, recording what the gateway said, and the status reports that follow.

A message is claimed with one conditional UPDATE (of two claims, one wins), fenced in a team
by the claimant's lease token in the same transaction (``desktop.store.fencing``). An
attempt whose outcome is unknown stays in flight to be looked up, never blindly resent. A
status only moves forward. The inbound polling watermarks are kept here too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import Connection, Integer, String, bindparam, case, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from desktop.core.i18n import translate
from desktop.core.models import (
    Direction,
    Message,
    MessageId,
    MessageStatus,
    StoreChange,
    utcnow,
)
from desktop.core.optouts import REFUSED, carrier_reason
from desktop.store.context import Context
from desktop.store.errors import StoreError
from desktop.store.fencing import Claimant, LeaseLost, token_holds
from desktop.store.opt_outs import OptOuts
from desktop.store.records import (
    IN_FLIGHT,
    PENDING,
    OutboxItem,
    StatusUpdate,
    UnsettledMessage,
    aware,
)
from desktop.store.rows import MESSAGE_COLUMNS, OUTBOX_COLUMNS, SMS, to_message, to_outbox_item
from desktop.store.sql import chunks
from desktop.store.tables import UTCDateTime, messages, outbox, sync_state

__all__ = ["SET_ASIDE", "UNKNOWN_IF_SENT", "Outbox"]

#: The outbox state of a message whose answer was lost where the gateway has no list to
#: look it up in (Telnyx), once the wait for the carrier's event is over: the message shows
#: FAILED with a sentence saying SMS Desk cannot tell whether it went; the user Retries it
#: (``Outbound.retry``: a new attempt) or Discards it (``Outbound.discard``). The row is
#: kept, never due, so that a late event of the carrier can still match it (``adopt_lost``).
SET_ASIDE = "set_aside"
#: The error code of such a message (carriers' codes are positive): the UI says "cannot
#: tell whether it went", not "not sent".
UNKNOWN_IF_SENT = -1

# How far along its life each outbound status is; a status update may only move forward.
_STATUS_RANK = {
    MessageStatus.QUEUED: 0,
    MessageStatus.SENDING: 1,
    MessageStatus.SENT: 2,
    MessageStatus.DELIVERED: 3,
    MessageStatus.FAILED: 3,
}


class Outbox:
    """The outbox and what the gateway reports (``store.outbox``); the sync worker's side.

    Args:
        context: the store's engine, emitter and session.
        opt_outs: refusals of opted-out numbers, and a carrier's "unsubscribed" opting a number out.
    """

    def __init__(self, context: Context, opt_outs: OptOuts) -> None:
        self._ctx = context
        self._opt_outs = opt_outs

    def due(self, now: datetime, limit: int = 20) -> list[OutboxItem]:
        """Return outbox rows due by ``now`` (pending and in flight), the most overdue first.

        An in-flight row is due for its look-up at once, whoever made the attempt (this desk,
        another desk, an earlier run of this desk): a copy the gateway has is recorded without
        delay. The engine sends one again only once the attempt is a grace old (see
        ``SyncEngine._too_early_to_resend``).
        """
        stmt = (
            select(*OUTBOX_COLUMNS)
            .join(messages, messages.c.id == outbox.c.message_id)
            .where(outbox.c.next_attempt_at <= aware(now), outbox.c.state != SET_ASIDE)
            .order_by(outbox.c.next_attempt_at, outbox.c.message_id)
            .limit(limit)
        )
        with self._ctx.read() as conn:
            return [to_outbox_item(row) for row in conn.execute(stmt)]

    def in_flight(self) -> list[OutboxItem]:
        """Return every outbox row handed to the gateway without a recorded outcome.

        After a crash these must be checked with the gateway, not blindly sent again.
        """
        stmt = (
            select(*OUTBOX_COLUMNS)
            .join(messages, messages.c.id == outbox.c.message_id)
            .where(outbox.c.state == IN_FLIGHT)
            .order_by(outbox.c.attempt_started_at, outbox.c.message_id)
        )
        with self._ctx.read() as conn:
            return [to_outbox_item(row) for row in conn.execute(stmt)]

    def begin_send(
        self, mid: MessageId, now: datetime, *, claimant: Claimant | None = None
    ) -> bool:
        """Claim a pending outbox row for sending: it becomes in flight, the message SENDING.

        The claim is one conditional UPDATE, so of two callers at once exactly one wins. A
        message to a number that opted out is not claimed but FAILED with the reason, so the
        gateway is never called for it. In a team the claimant's lease token is checked in
        the same transaction first (``desktop.store.fencing``): a desk that no longer leads
        claims nothing, so it cannot send.

        Args:
            mid: the message.
            now: when the attempt starts.
            claimant: who claims it (recorded on the row); None for callers outside the
                sync engine (recorded as nobody: another claimant for everyone).

        Returns:
            True if this call claimed it; False if it was not pending (already claimed,
            settled, or not in the outbox) or was refused because the number opted out.

        Raises:
            LeaseLost: the claimant's lease token no longer holds; nothing was written.
        """
        now = aware(now)
        o, m = outbox.c, messages.c
        with self._ctx.writer.begin() as conn:
            lease = claimant.lease if claimant is not None else None
            if lease is not None and not token_holds(conn, lease):
                raise LeaseLost()
            numbers = conn.execute(
                select(m.from_number, m.to_number).where(m.id == mid)
            ).one_or_none()
            if numbers is not None and self._opt_outs.row_in(
                conn, numbers.from_number, numbers.to_number
            ):
                # Refused before the gateway is called: the number opted out meanwhile.
                refused = conn.execute(
                    delete(outbox).where(o.message_id == mid, o.state == PENDING)
                ).rowcount
                if refused != 1:
                    return False
                # Stored as the desk shows it; core.optouts marks REFUSED in context OptOuts.
                reason = translate("OptOuts", REFUSED)
                change = self._settle(conn, mid, now, MessageStatus.FAILED, None, reason)
                claimed = 0
            else:
                claimed = conn.execute(
                    update(outbox)
                    .where(o.message_id == mid, o.state == PENDING)
                    .values(
                        state=IN_FLIGHT,
                        attempts=o.attempts + 1,
                        attempt_started_at=now,
                        claimed_by=claimant.desk if claimant is not None else None,
                        claim_epoch=claimant.epoch if claimant is not None else None,
                    )
                ).rowcount
                if claimed != 1:
                    return False
                conn.execute(
                    update(messages)
                    .where(m.id == mid)
                    .values(
                        status=MessageStatus.SENDING.value,
                        # A scheduled message is dated when it goes, not when it was written.
                        created_at=case(
                            (m.status == MessageStatus.SCHEDULED.value, now),
                            else_=m.created_at,
                        ),
                        updated_at=now,
                    )
                )
                change = self._ctx.message_change(conn, [mid], now)
        self._ctx.emit(change)
        return claimed == 1

    def mark_uncertain(self, mid: MessageId, next_attempt_at: datetime, error: str) -> None:
        """Keep an in-flight message in flight, to be checked again at ``next_attempt_at``.

        For an attempt whose outcome is unknown (the gateway may have the message): it must
        be looked up, not resent. The message stays SENDING, so nothing is emitted.
        """
        o = outbox.c
        with self._ctx.writer.begin() as conn:
            conn.execute(
                update(outbox)
                .where(o.message_id == mid, o.state == IN_FLIGHT)
                .values(next_attempt_at=aware(next_attempt_at), last_error=error)
            )

    def set_aside_lost(self, mid: MessageId, attempt: int, reason: str) -> bool:
        """Set aside an in-flight message whose answer was lost and cannot be looked up.

        Only the attempt ``attempt`` of a row still in flight is set aside (a desk that has
        started another attempt since, or a relay that matched the carrier's event to it,
        wins). The message shows FAILED with ``reason``, which says what to do; its outbox
        row stays, in state SET_ASIDE, never due (see ``SET_ASIDE``).

        Returns:
            True if it was set aside.
        """
        now = utcnow()
        o = outbox.c
        with self._ctx.writer.begin() as conn:
            found = conn.execute(
                update(outbox)
                .where(o.message_id == mid, o.state == IN_FLIGHT, o.attempts == attempt)
                .values(state=SET_ASIDE, last_error=reason)
            ).rowcount
            if not found:
                return False
            conn.execute(
                update(messages)
                .where(messages.c.id == mid, messages.c.status == MessageStatus.SENDING.value)
                .values(
                    status=MessageStatus.FAILED.value,
                    error_code=UNKNOWN_IF_SENT,
                    error_message=reason,
                    updated_at=now,
                )
            )
            change = self._ctx.message_change(conn, [mid], now)
        self._ctx.emit(change)
        return True

    def adopt_lost(
        self,
        sid: str,
        from_number: str,
        to_number: str,
        body: str,
        at: datetime,
        *,
        window: timedelta,
        tolerance: timedelta,
        sent_at: datetime | None = None,
        now: datetime | None = None,
    ) -> MessageId | None:
        """Give the carrier's id to the one message whose answer was lost that it must be.

        For a carrier event (Telnyx's ``message.sent``) about an id no message has: the
        message it reports went, but the desk that sent it never learnt its id. It is
        matched to an outbound message still in flight or set aside (see ``SET_ASIDE``),
        with no carrier id yet, the same text, From and To (digits alone), whose attempt
        began within ``window`` before ``at`` (or up to ``tolerance`` after: the clocks
        differ). Exactly one such message is matched: with two or more nothing is guessed,
        and they are set aside for the user as without the event. The match is recorded
        like an answer (SENT, the id, out of the outbox) in one transaction; an id already
        known changes nothing, so a carrier's retry of the event is harmless.

        Returns:
            The message matched, or None.
        """
        now = aware(now, default_now=True)
        at = aware(at)
        m, o = messages.c, outbox.c
        wanted_from, wanted_to = _digits(from_number), _digits(to_number)
        with self._ctx.writer.begin() as conn:
            if conn.execute(select(m.id).where(m.gateway_sid == sid)).first() is not None:
                return None
            rows = conn.execute(
                select(m.id, m.from_number, m.to_number)
                .join(outbox, o.message_id == m.id)
                .where(
                    o.state.in_([IN_FLIGHT, SET_ASIDE]),
                    o.attempt_started_at >= at - window,
                    o.attempt_started_at <= at + tolerance,
                    m.direction == Direction.OUTBOUND.value,
                    m.gateway_sid.is_(None),
                    m.body == body,
                )
            ).all()
            matches = [
                row.id
                for row in rows
                if _digits(row.from_number) == wanted_from and _digits(row.to_number) == wanted_to
            ]
            if len(matches) != 1:
                return None
            mid = MessageId(matches[0])
            change = self._settle(
                conn,
                mid,
                now,
                MessageStatus.SENT,
                gateway_sid=sid,
                sent_at=aware(sent_at) if sent_at is not None else None,
            )
        self._ctx.emit(change)
        return mid

    def reschedule(
        self,
        mid: MessageId,
        next_attempt_at: datetime,
        error: str,
        *,
        now: datetime | None = None,
        attempt: int | None = None,
    ) -> None:
        """Put a message back in the queue, to be sent again at ``next_attempt_at``.

        For an attempt known not to have reached the gateway. The message shows QUEUED.

        Args:
            mid: the message.
            next_attempt_at: when to send it again.
            error: why the attempt failed (kept on the outbox row).
            now: the time of recording; defaults to now.
            attempt: only if the row is still at this attempt: a look-up's "not there" is
                about the attempt it looked up, not one another desk has started since.
        """
        now = aware(now, default_now=True)
        where = [outbox.c.message_id == mid]
        if attempt is not None:
            where.append(outbox.c.attempts == attempt)
        with self._ctx.writer.begin() as conn:
            found = conn.execute(
                update(outbox)
                .where(*where)
                .values(state=PENDING, next_attempt_at=aware(next_attempt_at), last_error=error)
            ).rowcount
            if not found:
                return
            conn.execute(
                update(messages)
                .where(
                    messages.c.id == mid,
                    messages.c.status.in_(
                        [MessageStatus.QUEUED.value, MessageStatus.SENDING.value]
                    ),
                )
                .values(status=MessageStatus.QUEUED.value, updated_at=now)
            )
            change = self._ctx.message_change(conn, [mid], now)
        self._ctx.emit(change)

    def record_sent(
        self,
        mid: MessageId,
        sid: str,
        status: MessageStatus,
        sent_at: datetime | None,
        *,
        now: datetime | None = None,
    ) -> None:
        """Record that the gateway accepted a message: its id and status; the outbox row goes.

        Args:
            mid: the message.
            sid: the gateway's id for it.
            status: SENT or DELIVERED.
            sent_at: when the gateway sent it, if it said.
            now: the time of recording; defaults to now.

        Raises:
            ValueError: ``status`` is neither SENT nor DELIVERED.
            StoreError: the gateway id belongs to another message already.
        """
        if status not in (MessageStatus.SENT, MessageStatus.DELIVERED):
            raise ValueError(f"a sent message is SENT or DELIVERED, not {status}")
        now = aware(now, default_now=True)
        sent_at = aware(sent_at) if sent_at is not None else None
        with self._ctx.writer.begin() as conn:
            try:
                change = self._settle(conn, mid, now, status, gateway_sid=sid, sent_at=sent_at)
            except IntegrityError as exc:
                raise StoreError(
                    translate(
                        "Outbox",
                        "The gateway's message id {sid} already belongs to another message",
                    ).format(sid=sid)
                ) from exc
        self._ctx.emit(change)

    def requeue_dropped(
        self,
        sid: str,
        next_attempt_at: datetime,
        reason: str,
        *,
        now: datetime | None = None,
    ) -> bool:
        """Put a message back in the outbox that the gateway accepted, then dropped unsent.

        For a "try again later" failure reported after the send (30001, the queue
        overflowed; 30022...): that copy was never sent and never will be, so sending the
        message again is no second copy. Its gateway id is cleared (a later report about the
        dropped copy must not touch the new attempt) and it waits, QUEUED, for
        ``next_attempt_at``, with ``reason`` as its last error. Only a message still SENT is
        requeued: one that has been delivered, failed or retried since is left alone.

        Returns:
            True if the message was requeued.
        """
        now = aware(now, default_now=True)
        m = messages.c
        with self._ctx.writer.begin() as conn:
            mid = conn.execute(
                select(m.id).where(
                    m.gateway_sid == sid,
                    m.direction == Direction.OUTBOUND.value,
                    m.status == MessageStatus.SENT.value,
                )
            ).scalar_one_or_none()
            if mid is None:
                return False
            change = self._settle(
                conn, mid, now, MessageStatus.QUEUED, gateway_sid=None, sent_at=None
            )
            conn.execute(
                insert(outbox).values(
                    message_id=mid,
                    state=PENDING,
                    attempts=1,
                    next_attempt_at=aware(next_attempt_at),
                    last_error=reason,
                )
            )
        self._ctx.emit(change)
        return True

    def record_failed(
        self,
        mid: MessageId,
        error_code: int | None,
        error_message: str,
        *,
        opt_out: bool = False,
        now: datetime | None = None,
    ) -> None:
        """Record that a message could not be sent: FAILED with the reason; the outbox row goes.

        With ``opt_out`` (the carrier says the recipient unsubscribed) the number is also
        opted out of the message's desk number, with a history line, in the same transaction.

        Args:
            mid: the message.
            error_code: the gateway's error code, if any.
            error_message: the reason, in words a person understands.
            opt_out: the recipient unsubscribed at the carrier.
            now: the time of recording; defaults to now.
        """
        now = aware(now, default_now=True)
        with self._ctx.writer.begin() as conn:
            change = self._settle(conn, mid, now, MessageStatus.FAILED, error_code, error_message)
            if opt_out:
                row = conn.execute(
                    select(
                        messages.c.conversation_id, messages.c.from_number, messages.c.to_number
                    ).where(messages.c.id == mid)
                ).one_or_none()
                if row is not None:
                    line = self._opt_outs.add_in(
                        conn,
                        row.from_number,
                        row.to_number,
                        carrier_reason(error_code),
                        message_id=mid,
                        at=now,
                        now=now,
                        cid=row.conversation_id,
                    )
                    if line is not None:
                        extra = self._ctx.history_change(conn, row.conversation_id, line)
                        change = StoreChange(
                            conversations=extra.conversations,
                            messages=(*change.messages, *extra.messages),
                        )
        self._ctx.emit(change)

    def unsettled(self, *, since: datetime, limit: int = 100) -> list[UnsettledMessage]:
        """Return outbound messages the gateway accepted (SENT) but has not settled yet.

        Args:
            since: only messages written at or after this time.
            limit: at most this many, newest first (so a pile of old messages whose carrier
                never reports delivery cannot starve the recent ones).
        """
        m = messages.c
        stmt = (
            select(m.id, m.gateway_sid, m.status)
            .where(
                m.status == MessageStatus.SENT.value,
                m.created_at >= aware(since),
                m.direction == Direction.OUTBOUND.value,
                m.kind == SMS,
                m.gateway_sid.is_not(None),
            )
            .order_by(m.created_at.desc(), m.id.desc())
            .limit(limit)
        )
        with self._ctx.read() as conn:
            return [
                UnsettledMessage(MessageId(mid), sid, MessageStatus(status))
                for mid, sid, status in conn.execute(stmt)
            ]

    def apply_status_updates(
        self, updates: Sequence[StatusUpdate], *, now: datetime | None = None
    ) -> StoreChange:
        """Apply the gateway's status reports to our outbound messages, by gateway id.

        A status only moves forward: QUEUED → SENDING → SENT → DELIVERED or FAILED, and
        DELIVERED and FAILED are final. A failure with ``opt_out`` (unsubscribed) opts the
        recipient out, as in ``record_failed``. Reports about unknown ids or inbound messages, and
        reports that change nothing, are ignored.

        Args:
            updates: the reports, oldest first (several for one id are applied in order).
            now: the time of recording; defaults to now.

        Returns:
            The messages that changed, and the conversations whose summary changed
            (also emitted to subscribers).
        """
        by_sid: dict[str, list[StatusUpdate]] = {}
        for status_update in updates:
            by_sid.setdefault(status_update.sid, []).append(status_update)
        if not by_sid:
            return StoreChange()
        now = aware(now, default_now=True)

        m = messages.c
        with self._ctx.writer.begin() as conn:
            current: list[Message] = []
            for chunk in chunks(list(by_sid)):
                current.extend(
                    to_message(row)
                    for row in conn.execute(
                        select(*MESSAGE_COLUMNS).where(
                            m.gateway_sid.in_(chunk), m.direction == Direction.OUTBOUND.value
                        )
                    )
                )
            changed: list[Message] = []
            for message in current:
                assert message.gateway_sid is not None  # selected by it
                updated = message
                for status_update in by_sid[message.gateway_sid]:
                    updated = _apply_status(updated, status_update)
                if updated != message:
                    changed.append(updated)
            if not changed:
                return StoreChange()
            conn.execute(
                update(messages)
                .where(m.id == bindparam("b_id", type_=Integer()))
                .values(
                    status=bindparam("b_status", type_=String()),
                    error_code=bindparam("b_error_code", type_=Integer()),
                    error_message=bindparam("b_error_message", type_=String()),
                    sent_at=bindparam("b_sent_at", type_=UTCDateTime()),
                    delivered_at=bindparam("b_delivered_at", type_=UTCDateTime()),
                    updated_at=now,
                ),
                [
                    {
                        "b_id": message.id,
                        "b_status": message.status.value,
                        "b_error_code": message.error_code,
                        "b_error_message": message.error_message,
                        "b_sent_at": message.sent_at,
                        "b_delivered_at": message.delivered_at,
                    }
                    for message in changed
                ],
            )
            summaries = self._ctx.refresh_last_status(conn, changed, now)
            opting_out = {u.sid for u in updates if u.opt_out}
            lines = self._opt_outs.unsubscribed_in(conn, changed, opting_out, now)
            if lines:
                summaries = self._ctx.conversations(
                    conn, {c.id for c in summaries} | {m.conversation_id for m in lines}
                )
        return self._ctx.emit(
            StoreChange(conversations=tuple(summaries), messages=(*changed, *lines))
        )

    def _settle(
        self,
        conn: Connection,
        mid: MessageId,
        now: datetime,
        status: MessageStatus,
        error_code: int | None = None,
        error_message: str | None = None,
        **details: object,
    ) -> StoreChange:
        """Write what became of a message (its status, and its error or none) and take it out
        of the outbox (a no-op where the caller already has); return the change.
        """
        conn.execute(
            update(messages)
            .where(messages.c.id == mid)
            .values(
                status=status.value,
                error_code=error_code,
                error_message=error_message,
                updated_at=now,
                **details,
            )
        )
        conn.execute(delete(outbox).where(outbox.c.message_id == mid))
        return self._ctx.message_change(conn, [mid], now)

    def watermark(self, key: str) -> datetime | None:
        """Return the time stored under ``key`` (e.g. the inbound polling watermark)."""
        with self._ctx.read() as conn:
            return conn.execute(
                select(sync_state.c.value_at).where(sync_state.c.key == key)
            ).scalar_one_or_none()

    def set_watermark(self, key: str, value: datetime) -> None:
        """Store a time under ``key``, replacing what was there."""
        stmt = self._ctx.upsert(sync_state).values(
            key=key, value_at=aware(value), updated_at=utcnow()
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[sync_state.c.key],
            set_={"value_at": stmt.excluded.value_at, "updated_at": stmt.excluded.updated_at},
        )
        with self._ctx.writer.begin() as conn:
            conn.execute(stmt)


def _apply_status(message: Message, report: StatusUpdate) -> Message:
    """Apply one status report to a message, never moving its status backwards.

    A report with the message's current status may still fill in or correct its details
    (times, error); a report that would move it backwards or out of a final status is ignored.
    """
    current, new = message.status, report.status
    if new != current:
        if current.is_final or new not in _STATUS_RANK or current not in _STATUS_RANK:
            return message
        if _STATUS_RANK[new] <= _STATUS_RANK[current]:
            return message
    return replace(
        message,
        status=new,
        error_code=report.error_code if report.error_code is not None else message.error_code,
        error_message=(
            report.error_message if report.error_message is not None else message.error_message
        ),
        sent_at=aware(report.sent_at) if report.sent_at is not None else message.sent_at,
        delivered_at=(
            aware(report.delivered_at) if report.delivered_at is not None else message.delivered_at
        ),
    )


def _digits(number: str | None) -> str:
    """A number's digits alone: how the carrier wrote it must not hide a match."""
    return re.sub(r"\D", "", number or "")

"""Opt-outs: numbers that replied STOP (or that the gateway says unsubscribed), per desk number.

Nothing is sent to an opted-out number. The store applies the rules where the messages are
written, each in the caller's transaction: an inbound STOP or START (``apply_keywords``,
inside ingest), a send the carrier refused because the recipient unsubscribed
(``unsubscribed_in``, inside the outbox's updates), and the refusal of a send to an
opted-out number (``refuse_in``). Every change of state adds a history line to the
number's conversation.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import Connection, delete, select

from desktop.core.models import Message, MessageId, MessageKind, MessageStatus, StoreChange
from desktop.core.optouts import (
    OptOut,
    OptOutAction,
    blocked_reason,
    carrier_reason,
    opt_out_action,
    opted_in_line,
    opted_out_line,
)
from desktop.store.aggregate import Aggregate
from desktop.store.errors import OptedOut
from desktop.store.records import InboundRecord, aware, check_number
from desktop.store.rows import AnyRow, to_opt_out
from desktop.store.tables import OPT_OUT_REASON_LENGTH, conversations, messages, opt_outs

__all__ = ["OptOuts"]


class OptOuts(Aggregate):
    """The opt-outs (``store.opt_outs``)."""

    def find(self, peer_number: str, desk_number: str) -> OptOut | None:
        """Return the number's opt-out of ``desk_number``, or None if messages are allowed."""
        with self._ctx.read() as conn:
            row = self.row_in(conn, desk_number, peer_number)
        return to_opt_out(row) if row is not None else None

    def list(self, desk_number: str) -> builtins.list[OptOut]:
        """Every number opted out of ``desk_number``, the earliest first."""
        o = opt_outs.c
        stmt = (
            select(o.desk_number, o.peer_number, o.opted_out_at, o.reason, o.message_id)
            .where(o.desk_number == desk_number)
            .order_by(o.opted_out_at, o.peer_number)
        )
        with self._ctx.read() as conn:
            return [to_opt_out(row) for row in conn.execute(stmt)]

    def add(
        self,
        peer_number: str,
        desk_number: str,
        reason: str,
        *,
        message_id: MessageId | None = None,
        now: datetime | None = None,
    ) -> StoreChange:
        """Opt the number out of ``desk_number`` (a no-op if it is already).

        Writes a history line ("Opted out: replied STOP") in its conversation, if it has one.

        Args:
            peer_number: their number.
            desk_number: our number.
            reason: the keyword they sent ("STOP") or the gateway's code ("21610").
            message_id: the message that opted them out, if any.
            now: the time; defaults to now.

        Returns:
            The conversation and its history line (also emitted); empty if nothing changed.
        """
        check_number(peer_number)
        check_number(desk_number)
        now = aware(now, default_now=True)
        with self._ctx.writer.begin() as conn:
            cid = self._conversation_of(conn, peer_number)
            line = self.add_in(
                conn,
                desk_number,
                peer_number,
                reason,
                message_id=message_id,
                at=now,
                now=now,
                cid=cid,
            )
            change = self._ctx.history_change(conn, cid, line) if cid and line else StoreChange()
        return self._ctx.emit(change)

    def remove(
        self,
        peer_number: str,
        desk_number: str,
        *,
        keyword: str = "START",
        now: datetime | None = None,
    ) -> StoreChange:
        """Allow messages to the number from ``desk_number`` again (a no-op if they are).

        Writes a history line ("Opted back in: replied START") in its conversation.

        Returns:
            The conversation and its history line (also emitted); empty if nothing changed.
        """
        now = aware(now, default_now=True)
        with self._ctx.writer.begin() as conn:
            cid = self._conversation_of(conn, peer_number)
            line = self.remove_in(conn, desk_number, peer_number, keyword, at=now, now=now, cid=cid)
            change = self._ctx.history_change(conn, cid, line) if cid and line else StoreChange()
        return self._ctx.emit(change)

    def _conversation_of(self, conn: Connection, peer_number: str) -> int | None:
        return conn.execute(
            select(conversations.c.id).where(conversations.c.peer_number == peer_number)
        ).scalar_one_or_none()

    def row_in(self, conn: Connection, desk_number: str, peer_number: str) -> AnyRow | None:
        o = opt_outs.c
        return conn.execute(
            select(o.desk_number, o.peer_number, o.opted_out_at, o.reason, o.message_id).where(
                o.desk_number == desk_number, o.peer_number == peer_number
            )
        ).one_or_none()

    def refuse_in(self, conn: Connection, desk_number: str, peer_number: str) -> None:
        row = self.row_in(conn, desk_number, peer_number)
        if row is not None:
            raise OptedOut(blocked_reason(row.reason, row.opted_out_at) + ".")

    def add_in(
        self,
        conn: Connection,
        desk_number: str,
        peer_number: str,
        reason: str,
        *,
        message_id: int | None,
        at: datetime,
        now: datetime,
        cid: int | None,
    ) -> int | None:
        """Insert the opt-out unless there is one; return the history line's id if it is new."""
        inserted = conn.execute(
            self._ctx.upsert(opt_outs)
            .values(
                desk_number=desk_number,
                peer_number=peer_number,
                opted_out_at=at,
                reason=reason[:OPT_OUT_REASON_LENGTH],
                message_id=message_id,
            )
            .on_conflict_do_nothing(index_elements=[opt_outs.c.desk_number, opt_outs.c.peer_number])
            .returning(opt_outs.c.peer_number)
        ).first()
        if inserted is None or cid is None:
            return None
        self._ctx.touch(conn, [cid], now)
        return self._ctx.add_history(
            conn,
            cid,
            MessageKind.OPTED_OUT,
            opted_out_line(reason),
            None,
            now=now,
            created_at=at,
            to_number=peer_number,
        )

    def remove_in(
        self,
        conn: Connection,
        desk_number: str,
        peer_number: str,
        keyword: str,
        *,
        at: datetime,
        now: datetime,
        cid: int | None,
    ) -> int | None:
        """Delete the opt-out if there is one; return the history line's id if there was."""
        o = opt_outs.c
        removed = conn.execute(
            delete(opt_outs).where(o.desk_number == desk_number, o.peer_number == peer_number)
        ).rowcount
        if not removed or cid is None:
            return None
        self._ctx.touch(conn, [cid], now)
        return self._ctx.add_history(
            conn,
            cid,
            MessageKind.OPTED_IN,
            opted_in_line(keyword),
            None,
            now=now,
            created_at=at,
            to_number=peer_number,
        )

    def apply_keywords(
        self,
        conn: Connection,
        stored: Sequence[Message],
        records: Mapping[str, InboundRecord],
        now: datetime,
    ) -> builtins.list[Message]:
        """Opt numbers out (STOP…) or back in (START…) for new messages that are a keyword.

        Applied in arrival order; a history line is added only when the state changes.

        Returns:
            The history lines added.
        """
        lines: builtins.list[Message] = []
        for message in sorted(stored, key=lambda m: m.id):
            action = opt_out_action(message.body)
            if action is None or message.gateway_sid is None:
                continue
            record = records[message.gateway_sid]
            desk, peer = record.desk_number, record.peer_number
            keyword = message.body.strip().upper()
            at, cid = message.created_at, message.conversation_id
            if action is OptOutAction.STOP:
                line = self.add_in(
                    conn, desk, peer, keyword, message_id=message.id, at=at, now=now, cid=cid
                )
            else:
                line = self.remove_in(conn, desk, peer, keyword, at=at, now=now, cid=cid)
            if line is not None:
                lines.append(self._line(conn, line))
        return lines

    def unsubscribed_in(
        self,
        conn: Connection,
        changed: Sequence[Message],
        opting_out: set[str],
        now: datetime,
    ) -> builtins.list[Message]:
        """Opt out the recipients of messages that failed as unsubscribed (sids in
        ``opting_out``).

        Returns:
            The history lines added.
        """
        lines: builtins.list[Message] = []
        for message in changed:
            if message.status is not MessageStatus.FAILED:
                continue
            if message.gateway_sid not in opting_out:
                continue
            numbers = conn.execute(
                select(messages.c.from_number, messages.c.to_number).where(
                    messages.c.id == message.id
                )
            ).one()
            desk, peer = numbers.from_number, numbers.to_number
            reason, cid = carrier_reason(message.error_code), message.conversation_id
            line = self.add_in(
                conn, desk, peer, reason, message_id=message.id, at=now, now=now, cid=cid
            )
            if line is not None:
                lines.append(self._line(conn, line))
        return lines

    def _line(self, conn: Connection, line: int) -> Message:
        """The history line with this id, just written in this transaction."""
        found = self._ctx.message(conn, line)
        assert found is not None
        return found

"""Undo of Dealt with and Archive: the conversation back as it was (owner, flags, the unread
count Dealt with took), in one conditional UPDATE with the action's own rules, or refused
with the reason when it changed since."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, or_, select, update

from desktop.core.i18n import translate
from desktop.core.models import (
    Conversation,
    ConversationId,
    MessageId,
    MessageKind,
    StoreChange,
    UserId,
)
from desktop.store.errors import NotAllowed, OwnershipChanged, StoreError
from desktop.store.ownership_rules import OwnershipBase, enabled, enabled_admin
from desktop.store.records import aware
from desktop.store.rows import INBOUND, SMS
from desktop.store.tables import conversation_reads, conversations, messages


class HandlingUndo(OwnershipBase):
    """``Ownership.undo_handling`` and what it needs."""

    def undo_handling(
        self,
        cid: ConversationId,
        *,
        by: UserId | None,
        dealt_with: bool,
        owner_id: UserId | None,
        archived: bool,
        seen_up_to: MessageId | None = None,
        unread: int = 0,
        now: datetime | None = None,
    ) -> Conversation:
        """Undo the Dealt with (``dealt_with``) or Archive that ``by`` has just done: the owner
        (``owner_id``), the Archived flag (``archived``) and, for Dealt with, ``by``'s unread
        count (``unread``: Dealt with marked it read) come back as they were before it.

        One conditional UPDATE, with the action's own rules: it applies only while the
        conversation is still as the action left it (dealt with by ``by``, or archived with
        the same owner), nobody claimed it since, no SMS newer than ``seen_up_to`` arrived,
        ``by`` is enabled, and an owner put back is enabled and was ``by`` or ``by`` is an
        administrator. Adds the history line "Anna Smith (101) undid Dealt with" (or
        "…undid Archive"); the chat list's order is left as it was.

        Args:
            cid: the conversation.
            by: the colleague who did it (None: a desk without accounts; no history line).
            dealt_with: True to undo Dealt with, False to undo Archive.
            owner_id: who owned it before the action.
            archived: whether it was archived before the action.
            seen_up_to: what the action applied to (``mark_dealt_with``'s ``seen_up_to``).
            unread: how many SMS were unread for ``by`` before Dealt with (a chat row's
                menu acts without opening the conversation); 0 leaves it read.
            now: the time; defaults to now.

        Returns:
            The conversation as it now is.

        Raises:
            OwnershipChanged: it changed since (a colleague took it, a new message arrived,
                it is back in Chats); the message says what.
            NotAllowed: ``by`` or the owner to put back may no longer have it.
            StoreError: the conversation does not exist.
        """
        now = aware(now, default_now=True)
        c = conversations.c
        stmt = update(conversations).where(c.id == cid, c.archived_at.is_not(None))
        if seen_up_to is not None:
            stmt = stmt.where(or_(c.last_inbound_id.is_(None), c.last_inbound_id <= seen_up_to))
        if by is not None:
            stmt = stmt.where(enabled(by))
        values: dict[str, object] = {"updated_at": now}
        if dealt_with:
            stmt = stmt.where(c.dealt_with_at.is_not(None), c.owner_id.is_(None))
            if by is not None:
                stmt = stmt.where(c.dealt_with_by == by)
            if owner_id is not None:
                stmt = stmt.where(enabled(owner_id))
                if by is not None and by != owner_id:
                    stmt = stmt.where(enabled_admin(by))
            values.update(
                dealt_with_at=None,
                dealt_with_by=None,
                owner_id=owner_id,
                owner_since=None if owner_id is None else now,
            )
        else:
            stmt = stmt.where(
                c.dealt_with_at.is_(None),
                c.owner_id.is_(None) if owner_id is None else c.owner_id == owner_id,
            )
        if not archived:
            values["archived_at"] = None
        change: StoreChange | None = None
        with self._ctx.writer.begin() as conn:
            if conn.execute(stmt.values(**values)).rowcount:
                if by is not None:
                    body = (
                        translate("Ownership", "{colleague} undid Dealt with")
                        if dealt_with
                        else translate("Ownership", "{colleague} undid Archive")
                    ).format(colleague=self._label_of(conn, by))
                    kind = MessageKind.UNARCHIVED
                    mid = self._ctx.add_history(conn, cid, kind, body, by, now=now)
                    if dealt_with and unread > 0:
                        self._unread_again(conn, by, cid, unread, seen_up_to)
                    change = self._ctx.history_change(conn, cid, mid)
                else:
                    found = self._ctx.conversation(conn, cid)
                    change = StoreChange(conversations=(found,)) if found else None
            else:
                self._refuse_undo(conn, cid, by, owner_id, seen_up_to)
            conversation = self._ctx.conversation(conn, cid)
        return self._committed(conversation, change)

    def _refuse_undo(
        self,
        conn: Connection,
        cid: int,
        by: int | None,
        owner_id: int | None,
        seen_up_to: int | None,
    ) -> None:
        """Raise the reason an undo's UPDATE changed nothing, as a sentence."""
        c = conversations.c
        row = conn.execute(
            select(c.archived_at, c.last_inbound_id, c.owner_id).where(c.id == cid)
        ).one_or_none()
        if row is None:
            raise StoreError(translate("Ownership", "This conversation no longer exists"))
        if by is not None:
            self._refuse_disabled(conn, by)
        if row.last_inbound_id is not None and (
            seen_up_to is not None and row.last_inbound_id > seen_up_to
        ):
            raise OwnershipChanged(
                translate(
                    "Ownership",
                    "It can no longer be undone: a new message arrived in the conversation.",
                )
            )
        state = self._ownership(conn, cid)
        current_owner, current_label = state if state is not None else (None, None)
        if current_owner is not None and current_owner != owner_id:
            raise OwnershipChanged(
                translate(
                    "Ownership",
                    "It can no longer be undone: {owner} is answering the conversation now.",
                ).format(owner=current_label)
            )
        if row.archived_at is None:
            raise OwnershipChanged(
                translate(
                    "Ownership", "It can no longer be undone: the conversation is back in Chats."
                )
            )
        if owner_id is not None:
            owner = self._user(conn, owner_id)
            if owner is None or owner.disabled_at is not None:
                raise NotAllowed(
                    translate(
                        "Ownership",
                        "It can no longer be undone: the account of the colleague who owned "
                        "the conversation is disabled.",
                    )
                )
        raise OwnershipChanged(
            translate(
                "Ownership",
                "It can no longer be undone: the conversation was changed meanwhile.",
            )
        )

    def _unread_again(
        self, conn: Connection, by: int, cid: int, unread: int, seen_up_to: MessageId | None
    ) -> None:
        """Put ``by``'s read mark back so the ``unread`` newest SMS they had not read (up to
        ``seen_up_to``) are unread again; the mark of unread when there are not that many
        (it was marked unread). The read mark moves back only here: Undo is the one action
        meant to unread what was read."""
        m = messages.c
        newest = (
            select(m.id)
            .where(m.conversation_id == cid, m.direction == INBOUND, m.kind == SMS)
            .order_by(m.id.desc())
            .offset(unread - 1)
            .limit(1)
        )
        if seen_up_to is not None:
            newest = newest.where(m.id <= seen_up_to)
        first_unread = conn.execute(newest).scalar_one_or_none()
        if first_unread is None:
            self._conversations.set_read(conn, by, cid, marked_unread=True)
            return
        r = conversation_reads.c
        conn.execute(
            update(conversation_reads)
            .where(r.user_id == by, r.conversation_id == cid)
            .values(read_up_to_id=first_unread - 1, marked_unread=False)
        )

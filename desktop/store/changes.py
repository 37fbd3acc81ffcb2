"""Team change-tracking: what other desks changed, re-read and announced here.

A team's desks tell each other the ids they changed (``desktop.store.team``); this desk
re-reads those rows as its session sees them and emits them marked ``remote``. Every change
bumps its conversation's ``updated_at``, so a desk that missed notifications asks what
changed since it last looked.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select

from desktop.core.models import ConversationId, Message, MessageId, StoreChange
from desktop.store.aggregate import Aggregate
from desktop.store.records import aware
from desktop.store.rows import MESSAGE_COLUMNS, to_message
from desktop.store.sql import chunks
from desktop.store.tables import conversations, messages

__all__ = ["Changes"]


class Changes(Aggregate):
    """Other desks' changes (``store.changes``)."""

    def reload(
        self,
        conversation_ids: Iterable[ConversationId],
        message_ids: Iterable[MessageId],
    ) -> StoreChange:
        """Re-read rows another desk changed and emit them, marked ``remote=True``.

        The conversations come as this session sees them; rows that no longer exist
        are left out. Nothing is emitted when nothing was found.

        Args:
            conversation_ids: conversations the other desk changed.
            message_ids: messages the other desk added or changed.

        Returns:
            The change, as emitted.
        """
        cids = sorted(set(conversation_ids))
        mids = sorted(set(message_ids))
        with self._ctx.read() as conn:
            found_conversations = self._ctx.conversations(conn, cids)
            found_messages: list[Message] = []
            for chunk in chunks(mids):
                found_messages.extend(
                    to_message(row)
                    for row in conn.execute(
                        select(*MESSAGE_COLUMNS)
                        .where(messages.c.id.in_(chunk))
                        .order_by(messages.c.id)
                    )
                )
        change = StoreChange(
            conversations=tuple(found_conversations),
            messages=tuple(found_messages),
            remote=True,
        )
        return self._ctx.emit(change)

    def since(
        self, moment: datetime | None, *, limit: int = 500
    ) -> tuple[list[ConversationId], datetime | None]:
        """List conversations changed after ``moment`` (by any desk), oldest change first.

        For the slow fallback poll of a team desk that may have missed notifications. Every
        change to a conversation or its messages bumps its ``updated_at`` with the writing
        desk's clock, and a transaction commits a little after its time was taken, so the
        caller should look back a few seconds before the moment it last saw (re-reading a
        row is harmless).

        Args:
            moment: changes after this time; None for every conversation.
            limit: about this many ids at most. Conversations sharing the last ``updated_at``
                of a full page are all included, so the next call, starting from the
                returned moment, misses none.

        Returns:
            The ids, and the newest ``updated_at`` among them (``moment`` when there are
            none).
        """
        c = conversations.c
        stmt = select(c.id, c.updated_at).order_by(c.updated_at, c.id).limit(max(limit, 0))
        if moment is not None:
            stmt = stmt.where(c.updated_at > aware(moment))
        with self._ctx.read() as conn:
            rows = conn.execute(stmt).all() if limit > 0 else []
            if rows and len(rows) == limit:
                last_at = rows[-1].updated_at
                rows = [row for row in rows if row.updated_at != last_at]
                rows += conn.execute(
                    select(c.id, c.updated_at).where(c.updated_at == last_at).order_by(c.id)
                ).all()
        if not rows:
            return [], moment
        return [ConversationId(row.id) for row in rows], rows[-1].updated_at

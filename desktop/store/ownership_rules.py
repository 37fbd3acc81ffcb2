"""What the ownership rules share: the conditions evaluated inside an UPDATE's WHERE clause
(an enabled account, an enabled administrator, who may handle a conversation), and the
lookups a refused action uses to say why (desktop.store.ownership, desktop.store.ownership_undo).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, exists, literal, or_, select, true

from desktop.core.i18n import translate
from desktop.core.models import Conversation, StoreChange
from desktop.store.context import Context
from desktop.store.conversations import Conversations
from desktop.store.errors import NotAllowed
from desktop.store.rows import OWNER, AnyRow, label
from desktop.store.tables import conversations, users


def enabled(user_id: int) -> ColumnElement[bool]:
    """True while the account exists and is not disabled (evaluated inside the statement)."""
    u = users.c
    return exists(select(literal(1)).where(u.id == user_id, u.disabled_at.is_(None)))


def enabled_admin(user_id: int) -> ColumnElement[bool]:
    """True while the account is an enabled administrator (evaluated inside the statement)."""
    u = users.c
    return exists(
        select(literal(1)).where(u.id == user_id, u.is_admin == true(), u.disabled_at.is_(None))
    )


def may_handle(user_id: int) -> ColumnElement[bool]:
    """The rule for dealt-with and archiving: unowned, owned by them, or they are an admin."""
    c = conversations.c
    return or_(c.owner_id.is_(None), c.owner_id == user_id, enabled_admin(user_id))


class OwnershipBase:
    """The store parts and lookups every ownership action uses.

    Args:
        context: the store's engine, emitter and session.
        conversations: the read state, written in the same transactions.
    """

    def __init__(self, context: Context, conversations: Conversations) -> None:
        self._ctx = context
        self._conversations = conversations

    def _committed(
        self, conversation: Conversation | None, change: StoreChange | None
    ) -> Conversation:
        """Once the transaction is committed: emit its change, if it made one, and return the
        conversation it read at its end."""
        assert conversation is not None  # found in the transaction that wrote it
        if change is not None:
            self._ctx.emit(change)
        return conversation

    def _user(self, conn: Connection, user_id: int) -> AnyRow | None:
        u = users.c
        return conn.execute(
            select(u.id, u.display_name, u.extension, u.is_admin, u.disabled_at).where(
                u.id == user_id
            )
        ).one_or_none()

    def _label_of(self, conn: Connection, user_id: int) -> str:
        """The colleague as others see them, ``"Anna Smith (101)"``, or a stand-in."""
        user = self._user(conn, user_id)
        if user is None:
            return translate("Ownership", "A former colleague")
        return label(user.display_name, user.extension)

    def _is_admin(self, conn: Connection, user_id: int) -> bool:
        user = self._user(conn, user_id)
        return bool(user is not None and user.is_admin and user.disabled_at is None)

    def _refuse_disabled(self, conn: Connection, user_id: int) -> None:
        """Raise NotAllowed when the acting colleague's account is disabled or gone."""
        user = self._user(conn, user_id)
        if user is None or user.disabled_at is not None:
            raise NotAllowed(
                translate(
                    "Ownership",
                    "Your account is disabled, so you cannot change conversations. "
                    "Ask an administrator.",
                )
            )

    def _ownership(self, conn: Connection, cid: int) -> tuple[int | None, str | None] | None:
        """The conversation's owner and their label, or None when the conversation is gone."""
        c = conversations.c
        row = conn.execute(
            select(c.owner_id, OWNER.c.display_name, OWNER.c.extension)
            .select_from(conversations.outerjoin(OWNER, OWNER.c.id == c.owner_id))
            .where(c.id == cid)
        ).one_or_none()
        if row is None:
            return None
        owner_id, name, extension = row
        if owner_id is None:
            return None, None
        if name is None:
            return owner_id, translate("Ownership", "A former colleague")
        shown = label(name, extension)
        return owner_id, shown

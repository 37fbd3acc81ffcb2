"""What every part of the store holds: the engine, the change emitter, the session it reads for,
and the reads and writes they all need (a conversation as the session sees it, a message, the
summary's status, a history line).

A ``Context`` is immutable: a session's view of the store is a new context with another
``Session`` (``Store.for_session``), sharing the engine and the subscribers, so no thread
ever reads a viewer or desk number another thread is changing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    Select,
    String,
    bindparam,
    insert,
    select,
    update,
)

from desktop.core.models import (
    Conversation,
    Direction,
    Message,
    MessageKind,
    MessageStatus,
    StoreChange,
    UserId,
)
from desktop.store.database import for_reading, for_writing
from desktop.store.records import aware
from desktop.store.rows import (
    MESSAGE_COLUMNS,
    select_conversation_rows,
    to_conversation,
    to_message,
)
from desktop.store.sql import chunks, upsert_for
from desktop.store.tables import conversations, messages

__all__ = ["ChangeEmitter", "Context", "Session"]

logger = logging.getLogger("smsdesk.store")


@dataclass(frozen=True, slots=True)
class Session:
    """Who the store's answers are for: made at sign-in, dropped at sign-out, never changed.

    Attributes:
        viewer: whose read state ``Conversation.unread_count`` shows: the signed-in
            colleague. None shows what nobody has read yet.
        desk_number: whose opt-outs ``Conversation.opted_out_at`` shows: the desk's own
            number; None shows none.
    """

    viewer: UserId | None = None
    desk_number: str | None = None


class ChangeEmitter:
    """The subscribers of one store (all its session views share them)."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[StoreChange], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, callback: Callable[[StoreChange], None]) -> Callable[[], None]:
        """Call ``callback`` with each committed change; returns the way to unsubscribe."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def emit(self, change: StoreChange) -> StoreChange:
        """Tell every subscriber about a committed change (if it holds anything)."""
        if change:
            with self._lock:
                subscribers = tuple(self._subscribers)
            for callback in subscribers:
                try:
                    callback(change)
                except Exception:
                    # A broken view must not undo or block a committed write.
                    logger.exception("Store subscriber %r failed", callback)
        return change


@dataclass(frozen=True)
class Context:
    """The engine, the emitter and the session, and the reads every aggregate shares.

    Attributes:
        engine: the database (one short connection per call).
        emitter: the subscribers, shared by every session view of the store.
        session: whose view the conversations read and emitted are.
        writer: the engine for transactions that write (``for_writing``).
        reader: the engine for calls that only read (``for_reading``).
        dialect: ``"sqlite"`` or ``"postgresql"``.
        upsert: the dialect's INSERT with ``on_conflict_do_*``.
    """

    engine: Engine
    emitter: ChangeEmitter = field(default_factory=ChangeEmitter)
    session: Session = Session()
    writer: Engine = field(init=False)
    reader: Engine = field(init=False)
    dialect: str = field(init=False)
    upsert: Any = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "writer", for_writing(self.engine))
        object.__setattr__(self, "reader", for_reading(self.engine))
        object.__setattr__(self, "dialect", self.engine.dialect.name)
        object.__setattr__(self, "upsert", upsert_for(self.engine.dialect.name))

    def for_session(self, session: Session) -> Context:
        """The same store, seen by ``session``."""
        return replace(self, session=session)

    def emit(self, change: StoreChange) -> StoreChange:
        """Announce a committed change to the subscribers; returns it."""
        return self.emitter.emit(change)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading: a transaction SQLAlchemy begins, ended on exit, on
        SQLite; each statement on its own on PostgreSQL (``database.for_reading``)."""
        with self.reader.connect() as conn:
            yield conn

    def rows(self, *extra: Any) -> Select[Any]:
        """SELECT conversations (then ``extra``) as the session sees them."""
        return select_conversation_rows(self.session.viewer, self.session.desk_number, *extra)

    def conversation(self, conn: Connection, cid: int) -> Conversation | None:
        """The conversation as the session sees it, or None."""
        row = conn.execute(self.rows().where(conversations.c.id == cid)).one_or_none()
        return to_conversation(row) if row is not None else None

    def conversations(self, conn: Connection, cids: Iterable[int]) -> list[Conversation]:
        """These conversations (those that exist) as the session sees them, by id."""
        found: list[Conversation] = []
        for chunk in chunks(sorted(cids)):
            found.extend(
                to_conversation(row)
                for row in conn.execute(self.rows().where(conversations.c.id.in_(chunk)))
            )
        return found

    def message(self, conn: Connection, mid: int) -> Message | None:
        """The message with this id, or None."""
        row = conn.execute(select(*MESSAGE_COLUMNS).where(messages.c.id == mid)).one_or_none()
        return to_message(row) if row is not None else None

    def touch(self, conn: Connection, cids: Iterable[int], now: datetime | None = None) -> None:
        """Bump ``updated_at`` of these conversations, for other desks' catch-up."""
        now = aware(now, default_now=True)
        for chunk in chunks(sorted(set(cids))):
            conn.execute(
                update(conversations).where(conversations.c.id.in_(chunk)).values(updated_at=now)
            )

    def message_change(self, conn: Connection, mids: Sequence[int], now: datetime) -> StoreChange:
        """Read back changed messages and bring their conversations' last_status in line."""
        changed = [m for mid in mids if (m := self.message(conn, mid)) is not None]
        summaries = self.refresh_last_status(conn, changed, now)
        return StoreChange(conversations=tuple(summaries), messages=tuple(changed))

    def refresh_last_status(
        self, conn: Connection, changed: Sequence[Message], now: datetime
    ) -> list[Conversation]:
        """Copy the new status into the summary of conversations whose last message changed.

        Every conversation of a changed message gets its ``updated_at`` bumped (other desks
        catch up by it, and must see the new ticks), but only those whose summary changed
        are returned.

        Returns:
            Those conversations as they now are.
        """
        by_id = {m.id: m for m in changed}
        c = conversations.c
        stale: list[dict[str, Any]] = []
        touched = sorted({m.conversation_id for m in changed})
        self.touch(conn, touched, now)
        for chunk in chunks(touched):
            for cid, last_mid, last_status in conn.execute(
                select(c.id, c.last_message_id, c.last_status).where(c.id.in_(chunk))
            ):
                last = by_id.get(last_mid)
                if last is not None and last.status.value != last_status:
                    stale.append({"b_id": cid, "b_status": last.status.value})
        if not stale:
            return []
        conn.execute(
            update(conversations)
            .where(c.id == bindparam("b_id", type_=Integer()))
            .values(last_status=bindparam("b_status", type_=String())),
            stale,
        )
        return self.conversations(conn, [row["b_id"] for row in stale])

    def add_history(
        self,
        conn: Connection,
        cid: int,
        kind: MessageKind,
        body: str,
        user_id: int | None,
        *,
        target_user_id: int | None = None,
        now: datetime,
        created_at: datetime | None = None,
        to_number: str | None = None,
    ) -> int:
        """Add a history line to the conversation; it leaves the chat list's summary alone.

        Stored as a delivered outbound row with no gateway id and no outbox row, so nothing
        sends it, polls for it or counts it as unread.

        Returns:
            Its id.
        """
        if to_number is None:
            to_number = conn.execute(
                select(conversations.c.peer_number).where(conversations.c.id == cid)
            ).scalar_one()
        return int(
            conn.execute(
                insert(messages)
                .values(
                    conversation_id=cid,
                    direction=Direction.OUTBOUND.value,
                    body=body,
                    from_number="",
                    to_number=to_number,
                    status=MessageStatus.DELIVERED.value,
                    created_at=created_at or now,
                    updated_at=now,
                    kind=kind.value,
                    user_id=user_id,
                    target_user_id=target_user_id,
                )
                .returning(messages.c.id)
            ).scalar_one()
        )

    def history_change(self, conn: Connection, cid: int, mid: int) -> StoreChange:
        """The conversation and its new history line, as they now are."""
        found = self.conversation(conn, cid)
        line = self.message(conn, mid)
        assert found is not None
        assert line is not None
        return StoreChange(conversations=(found,), messages=(line,))

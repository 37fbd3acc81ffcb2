"""Conversations and their messages as the session sees them, and each colleague's read state.

Listing (keyset pages, newest activity first), getting, finding and opening a conversation;
the messages of one, in arrival order; finding text in one; the unread count of the badge;
and marking read or unread. ``set_read`` is the one write of read state, also used inside
the transactions of sending, transferring and dealing with a conversation.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    and_,
    bindparam,
    func,
    literal,
    or_,
    select,
    text,
    true,
)

from desktop.core.models import (
    Conversation,
    ConversationId,
    Message,
    MessageId,
    StoreChange,
    UserId,
)
from desktop.store.aggregate import Aggregate
from desktop.store.records import aware, check_number
from desktop.store.rows import MESSAGE_COLUMNS, SMS, baseline_of, to_conversation, to_message
from desktop.store.sql import contains, folded_body_holds, greatest
from desktop.store.tables import (
    UTCDateTime,
    conversation_reads,
    conversations,
    messages,
    users,
)

__all__ = ["Conversations"]

# mark_read on PostgreSQL in one statement. The conversation is unread for the reader when
# they marked it so, or an inbound SMS is beyond both their read mark and their baseline;
# then the read mark moves to ``up_to`` or the newest message (never back: two desks of
# one colleague may read at once) and the mark of unread goes, as ``set_read`` writes it,
# and the conversation is touched for other desks' catch-up (``Context.touch``).
_MARK_READ = text(
    """WITH state AS (
        SELECT c.id, (SELECT max(m.id) FROM messages AS m WHERE m.conversation_id = c.id)
            AS newest
        FROM conversations AS c
        LEFT OUTER JOIN conversation_reads AS r
            ON r.conversation_id = c.id AND r.user_id = :reader
        WHERE c.id = :cid AND (
            r.marked_unread
            OR c.last_inbound_id > GREATEST(
                COALESCE(r.read_up_to_id, 0),
                COALESCE((SELECT u.read_baseline_id FROM users AS u WHERE u.id = :reader), 0)
            )
        )
    ), marked AS (
        INSERT INTO conversation_reads (user_id, conversation_id, read_up_to_id, marked_unread)
        SELECT :reader, state.id, COALESCE(:up_to, state.newest, 0), false FROM state
        ON CONFLICT (user_id, conversation_id) DO UPDATE SET
            read_up_to_id = GREATEST(conversation_reads.read_up_to_id, excluded.read_up_to_id),
            marked_unread = excluded.marked_unread
        RETURNING conversation_id
    )
    UPDATE conversations SET updated_at = :now
    WHERE id IN (SELECT conversation_id FROM marked)
    RETURNING id
    """
).bindparams(
    bindparam("cid", type_=Integer()),
    bindparam("reader", type_=Integer()),
    bindparam("up_to", type_=Integer()),
    bindparam("now", type_=UTCDateTime()),
)


class Conversations(Aggregate):
    """The conversations (``store.conversations``): reads, opening one, and read state."""

    def list(
        self,
        *,
        archived: bool = False,
        before: tuple[datetime, ConversationId] | None = None,
        limit: int = 50,
    ) -> builtins.list[Conversation]:
        """List conversations, newest activity first.

        Args:
            archived: list the Archived view instead of the inbox.
            before: the (last_activity_at, id) of the last conversation of the previous page;
                only conversations strictly after it in the order are listed.
            limit: the page size.

        Returns:
            Up to ``limit`` conversations ordered by last activity then id, descending.
        """
        c = conversations.c
        stmt = self._ctx.rows().where(
            c.archived_at.is_not(None) if archived else c.archived_at.is_(None)
        )
        if before is not None:
            at, cid = aware(before[0]), before[1]
            # The redundant "<=" bounds the index range; the OR breaks ties by id.
            stmt = stmt.where(c.last_activity_at <= at, or_(c.last_activity_at < at, c.id < cid))
        stmt = stmt.order_by(c.last_activity_at.desc(), c.id.desc()).limit(limit)
        with self._ctx.read() as conn:
            return [to_conversation(row) for row in conn.execute(stmt)]

    def get(self, cid: ConversationId) -> Conversation | None:
        """Return the conversation with this id, or None."""
        with self._ctx.read() as conn:
            return self._ctx.conversation(conn, cid)

    def find(self, peer_number: str) -> Conversation | None:
        """Return the conversation with this peer number, or None."""
        stmt = self._ctx.rows().where(conversations.c.peer_number == peer_number)
        with self._ctx.read() as conn:
            row = conn.execute(stmt).one_or_none()
        return to_conversation(row) if row is not None else None

    def open(self, peer_number: str, *, now: datetime | None = None) -> Conversation:
        """Return the conversation with ``peer_number``, creating it if there is none.

        Safe when two threads or machines open the same number at once: both get the one
        conversation. Emits a change only when the conversation was created.

        Args:
            peer_number: E.164 number (or alphanumeric sender id).
            now: the time of creation; defaults to now.

        Returns:
            The conversation as it is stored.
        """
        check_number(peer_number)
        now = aware(now, default_now=True)
        stmt = (
            self._ctx.upsert(conversations)
            .values(
                peer_number=peer_number,
                created_at=now,
                last_activity_at=now,
                last_message_preview="",
                updated_at=now,
            )
            .on_conflict_do_nothing(index_elements=[conversations.c.peer_number])
            # RETURNING tells whether a row went in: with psycopg, SQLAlchemy adds its own
            # RETURNING to a single-row insert and rowcount is then -1.
            .returning(conversations.c.id)
        )
        with self._ctx.writer.begin() as conn:
            created = conn.execute(stmt).first() is not None
            found = self._ctx.rows().where(conversations.c.peer_number == peer_number)
            row = conn.execute(found).one()
        conversation = to_conversation(row)
        if created:
            self._ctx.emit(StoreChange(conversations=(conversation,)))
        return conversation

    def get_message(self, mid: MessageId) -> Message | None:
        """Return the message with this id, or None."""
        with self._ctx.read() as conn:
            return self._ctx.message(conn, mid)

    def messages(
        self,
        cid: ConversationId,
        *,
        before: MessageId | None = None,
        limit: int = 200,
    ) -> builtins.list[Message]:
        """Return a page of a conversation's messages, in the order they reached the desk.

        Messages are ordered by id (arrival in this store), not by timestamp: the gateway's
        clock and ours differ and its times have whole seconds only, so ordering by time
        could show a reply above the message it answers.

        Args:
            cid: the conversation.
            before: the id of the oldest message already shown; only earlier ones are
                returned.
            limit: the page size.

        Returns:
            The newest ``limit`` messages older than ``before`` (all, without it), oldest
            first: ready to display, or to prepend to the page shown.
        """
        m = messages.c
        stmt = select(*MESSAGE_COLUMNS).where(m.conversation_id == cid)
        if before is not None:
            stmt = stmt.where(m.id < before)
        stmt = stmt.order_by(m.id.desc()).limit(limit)
        with self._ctx.read() as conn:
            page = [to_message(row) for row in conn.execute(stmt)]
        page.reverse()
        return page

    def messages_from(
        self, cid: ConversationId, first: MessageId, before: MessageId
    ) -> builtins.list[Message]:
        """Return the messages with ``first <= id < before``, oldest first.

        What the view needs to show an older message the user asked for (a find result)
        together with everything between it and the window already loaded.
        """
        m = messages.c
        stmt = (
            select(*MESSAGE_COLUMNS)
            .where(m.conversation_id == cid, m.id >= first, m.id < before)
            .order_by(m.id)
        )
        with self._ctx.read() as conn:
            return [to_message(row) for row in conn.execute(stmt)]

    def find_in(
        self, cid: ConversationId, text: str, *, limit: int = 10_000
    ) -> builtins.list[MessageId]:
        """The SMS of one conversation whose text contains ``text``, oldest first.

        Case and accents are ignored ("cafe" finds "Café"); the text is matched
        as typed, never as search syntax. Only ids travel back, so a long conversation's
        matches cost little more than their count.

        Args:
            cid: the conversation.
            text: what to find; blank finds nothing.
            limit: at most this many matches (the oldest are dropped beyond it).
        """
        text = text.strip()
        if not text:
            return []
        m = messages.c
        dialect = self._ctx.dialect
        # PostgreSQL reads each message's folded text as stored (migration 0012): folding
        # a long conversation's messages at each keystroke took most of Find's time.
        found_in = (
            folded_body_holds(text) if dialect == "postgresql" else contains(dialect, m.body, text)
        )
        stmt = (
            select(m.id)
            .where(m.conversation_id == cid, m.kind == SMS, found_in)
            .order_by(m.id.desc())
            .limit(limit)
        )
        with self._ctx.read() as conn:
            found = [MessageId(mid) for mid in conn.execute(stmt).scalars()]
        found.reverse()
        return found

    def unread_count(self) -> int:
        """Count the conversations unread for the viewer, archived or not (the badge number).

        For a colleague, a conversation counts when an inbound SMS arrived after their read
        mark and baseline and nobody else owns it (a colleague's conversation is theirs to
        answer: it shows unread in the list, but is not counted), or when they marked it
        unread. The walk starts from the
        conversations with an inbound SMS beyond their baseline (a range of
        ``ix_conversations_last_inbound_id``), so it stays short when few are unread. With no
        viewer, it counts conversations with an inbound SMS nobody has read.
        """
        c, r = conversations.c, conversation_reads.c
        viewer = self._ctx.session.viewer
        with self._ctx.read() as conn:
            if viewer is None:
                furthest = select(func.max(r.read_up_to_id)).where(r.conversation_id == c.id)
                stmt = select(func.count()).where(
                    c.last_inbound_id > func.coalesce(furthest.scalar_subquery(), 0)
                )
                return int(conn.execute(stmt).scalar_one())
            baseline = conn.execute(
                select(users.c.read_baseline_id).where(users.c.id == viewer)
            ).scalar_one_or_none()
            baseline = baseline or 0
            mine = and_(r.conversation_id == c.id, r.user_id == viewer)
            newer = select(func.count()).select_from(
                conversations.outerjoin(conversation_reads, mine)
            )
            newer = newer.where(
                c.last_inbound_id > baseline,
                or_(
                    and_(
                        or_(c.owner_id.is_(None), c.owner_id == viewer),
                        or_(r.read_up_to_id.is_(None), c.last_inbound_id > r.read_up_to_id),
                    ),
                    r.marked_unread == true(),
                ),
            )
            # Marked unread with nothing newer than the baseline: the first count missed them.
            marked = (
                select(func.count())
                .select_from(conversation_reads.join(conversations, c.id == r.conversation_id))
                .where(
                    r.user_id == viewer,
                    r.marked_unread == true(),
                    func.coalesce(c.last_inbound_id, 0) <= baseline,
                )
            )
            return int(conn.execute(newer).scalar_one()) + int(conn.execute(marked).scalar_one())

    def mark_read(
        self,
        cid: ConversationId,
        *,
        user_id: UserId | None = None,
        up_to: MessageId | None = None,
    ) -> None:
        """Mark the conversation read for a colleague, up to what they were shown.

        Clears their mark of unread too. Emits the conversation only if it was unread for
        them (nothing changes otherwise); a conversation that does not exist is ignored.

        Args:
            cid: the conversation.
            user_id: the colleague; None means the session's viewer.
            up_to: the newest message they were shown (a pop-up's last message): an inbound
                SMS that arrived after it stays unread. None: up to the conversation's newest
                message (it is open in front of them, so what arrives is shown at once).

        Raises:
            ValueError: no ``user_id`` was given and the session has no viewer.
        """
        reader = self._reader(user_id)
        if self._ctx.dialect == "postgresql":
            self._mark_read_postgresql(cid, reader, up_to)
            return
        c, r = conversations.c, conversation_reads.c
        mine = and_(r.conversation_id == c.id, r.user_id == reader)
        # Its newest message is read in the same statement (the end of one index range):
        # a statement less, a round trip less, on the first open of an unread conversation.
        newest_message = (
            select(func.max(messages.c.id)).where(messages.c.conversation_id == cid)
            if up_to is None
            else select(literal(up_to))
        )
        state = (
            select(
                c.last_inbound_id,
                r.read_up_to_id,
                r.marked_unread,
                baseline_of(reader),
                newest_message.scalar_subquery(),
            )
            .select_from(conversations.outerjoin(conversation_reads, mine))
            .where(c.id == cid)
        )
        with self._ctx.writer.begin() as conn:
            row = conn.execute(state).one_or_none()
            if row is None:
                return
            last_inbound, read_up_to, marked_unread, baseline, newest = row
            unread = bool(marked_unread) or (
                last_inbound is not None and last_inbound > max(read_up_to or 0, baseline)
            )
            if not unread:
                return
            self.set_read(conn, reader, cid, read_up_to=newest or 0)
            self._ctx.touch(conn, [cid])
            conversation = self._ctx.conversation(conn, cid)
        if conversation is not None:
            self._ctx.emit(StoreChange(conversations=(conversation,)))

    def _mark_read_postgresql(
        self, cid: ConversationId, reader: UserId, up_to: MessageId | None
    ) -> None:
        """``mark_read`` on PostgreSQL: the read state is read, written and the conversation
        touched in one statement (atomic on its own: no BEGIN, no COMMIT), then read back
        if it changed. It took six round trips (BEGIN, four statements, COMMIT) on the
        first open of an unread conversation, each a wake-up of the server's process."""
        with self._ctx.reader.connect() as conn:
            touched = conn.execute(
                _MARK_READ,
                {
                    "cid": cid,
                    "reader": reader,
                    "up_to": up_to,
                    "now": aware(None, default_now=True),
                },
            ).first()
            if touched is None:
                return
            conversation = self._ctx.conversation(conn, cid)
        if conversation is not None:
            self._ctx.emit(StoreChange(conversations=(conversation,)))

    def mark_unread(self, cid: ConversationId, *, user_id: UserId | None = None) -> None:
        """Mark the conversation unread for a colleague, until they read it (emits it).

        It then counts as unread (at least 1) for them; a conversation that does not exist is
        ignored.

        Args:
            cid: the conversation.
            user_id: the colleague; None means the session's viewer.

        Raises:
            ValueError: no ``user_id`` was given and the session has no viewer.
        """
        reader = self._reader(user_id)
        with self._ctx.writer.begin() as conn:
            if not conn.execute(
                select(conversations.c.id).where(conversations.c.id == cid)
            ).first():
                return
            self.set_read(conn, reader, cid, marked_unread=True)
            self._ctx.touch(conn, [cid])
            conversation = self._ctx.conversation(conn, cid)
        if conversation is not None:
            self._ctx.emit(StoreChange(conversations=(conversation,)))

    def _reader(self, user_id: UserId | None) -> UserId:
        reader = user_id if user_id is not None else self._ctx.session.viewer
        if reader is None:
            raise ValueError("Whose read state? Pass user_id or use a session view of the store")
        return reader

    def set_read(
        self,
        conn: Connection,
        user_id: int,
        cid: int,
        *,
        read_up_to: int | None = None,
        marked_unread: bool = False,
    ) -> None:
        """Write a colleague's read state of a conversation in one upsert.

        With ``read_up_to``, the read mark moves there (never back) and the mark of unread
        goes; with ``marked_unread``, the mark of unread is set and the read mark stays.
        """
        r = conversation_reads.c
        stmt = self._ctx.upsert(conversation_reads).values(
            user_id=user_id,
            conversation_id=cid,
            read_up_to_id=read_up_to or 0,
            marked_unread=marked_unread,
        )
        changes: dict[str, Any] = {"marked_unread": stmt.excluded.marked_unread}
        if read_up_to is not None:
            # Two desks of one colleague may read at once; the further mark wins.
            changes["read_up_to_id"] = greatest(r.read_up_to_id, stmt.excluded.read_up_to_id)
        conn.execute(
            stmt.on_conflict_do_update(index_elements=[r.user_id, r.conversation_id], set_=changes)
        )

"""Who answers a conversation: claiming it, taking it over, transferring it, dealing with it
and archiving it.

The rules live in the statements, not in the views: the owner changes only through single
conditional UPDATEs whose WHERE clause holds the rule (``owner_id IS NULL``, ``owner_id =
:me``, ``owner_id = :expected``, or "is an enabled administrator" read from ``users`` in the
same statement), so two desks can never both win, and a refused action raises an error whose
message is a sentence for the person. ``claim_in`` claims inside the caller's transaction
(sending a reply claims the conversation).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Connection,
    and_,
    func,
    literal,
    or_,
    select,
    update,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import (
    Conversation,
    ConversationId,
    MessageId,
    MessageKind,
    StoreChange,
    UserId,
)
from desktop.store.errors import (
    NotAllowed,
    OwnedByOther,
    OwnershipChanged,
    StoreError,
    transfer_refusal,
)
from desktop.store.ownership_rules import enabled, enabled_admin, may_handle
from desktop.store.ownership_undo import HandlingUndo
from desktop.store.records import aware
from desktop.store.rows import baseline_of
from desktop.store.tables import UTCDateTime, conversation_reads, conversations

__all__ = [
    "TRANSFERRED_BY_WITH_NOTE",
    "TRANSFERRED_WITH_NOTE",
    "TRANSFER_NOTE_LENGTH",
    "Ownership",
]

# The longest note a transfer carries (after stripping).
TRANSFER_NOTE_LENGTH = 500

# A transfer's history line with the colleague's note (the notice to the new owner reads
# the note back out of it: desktop.ui.notifications.notifier).
TRANSFERRED_WITH_NOTE = QT_TRANSLATE_NOOP(
    "Ownership", "Transferred from {owner} to {colleague} — {note}"
)
TRANSFERRED_BY_WITH_NOTE = QT_TRANSLATE_NOOP(
    "Ownership", "Transferred from {owner} to {colleague} by {by} — {note}"
)


class Ownership(HandlingUndo):
    """Ownership of conversations in a team (``store.ownership``).

    Args:
        context: the store's engine, emitter and session.
        conversations: the read state, written in the same transactions.
    """

    def claim(
        self, cid: ConversationId, user_id: UserId, *, now: datetime | None = None
    ) -> Conversation:
        """Make a colleague the owner of a conversation nobody owns (or that is theirs).

        One conditional UPDATE (``WHERE owner_id IS NULL``): of several colleagues claiming
        at once, on any number of desks, exactly one wins; the others get ``OwnedByOther``
        naming the winner. Emits the conversation when its owner changed.

        Args:
            cid: the conversation.
            user_id: the colleague.
            now: the time of claiming; defaults to now.

        Returns:
            The conversation, owned by them.

        Raises:
            OwnedByOther: a colleague owns it.
            NotAllowed: the colleague's account is disabled.
            StoreError: the conversation does not exist.
        """
        now = aware(now, default_now=True)
        with self._ctx.writer.begin() as conn:
            changed = self.claim_in(conn, cid, user_id, now)
            conversation = self._ctx.conversation(conn, cid)
        assert conversation is not None  # the claim found it in this transaction
        if changed:
            self._ctx.emit(StoreChange(conversations=(conversation,)))
        return conversation

    def claim_in(self, conn: Connection, cid: int, user_id: int, now: datetime) -> bool:
        """Claim the conversation for ``user_id`` inside the caller's transaction.

        Returns:
            True if it became theirs now, False if it was theirs already.

        Raises:
            OwnedByOther, NotAllowed, StoreError: as ``claim``.
        """
        c = conversations.c
        claimed = conn.execute(
            update(conversations)
            .where(c.id == cid, c.owner_id.is_(None), enabled(user_id))
            .values(owner_id=user_id, owner_since=now, updated_at=now)
        ).rowcount
        if claimed:
            return True
        # Not claimed: say why, from what the database holds now (after the winner's commit).
        state = self._ownership(conn, cid)
        if state is None:
            raise StoreError(translate("Ownership", "This conversation no longer exists"))
        self._refuse_disabled(conn, user_id)
        owner_id, owner_label = state
        if owner_id == user_id:
            return False
        if owner_id is None:
            # Released between the UPDATE and this read (PostgreSQL only): not refused.
            raise OwnershipChanged(
                translate("Ownership", "Nobody owns this conversation any more. Try again.")
            )
        raise OwnedByOther(UserId(owner_id), owner_label or translate("Ownership", "A colleague"))

    def take_over(
        self,
        cid: ConversationId,
        user_id: UserId,
        *,
        expected_owner: UserId,
        now: datetime | None = None,
    ) -> Conversation:
        """Take a conversation over from the colleague who owns it (after "Take over from Anna?").

        One conditional UPDATE (``WHERE owner_id = :expected``): if the owner changed since
        the question was asked, nothing happens and ``OwnershipChanged`` says who owns it now.
        On success a history line "Anna Smith (101) took over from Ben Jones (102)" is added.

        Args:
            cid: the conversation.
            user_id: the colleague taking over.
            expected_owner: the owner the colleague was shown.
            now: the time; defaults to now.

        Returns:
            The conversation, owned by ``user_id`` (unchanged, with no history line, when it
            was theirs already).

        Raises:
            OwnershipChanged: the owner is no longer ``expected_owner``.
            NotAllowed: the colleague's account is disabled.
            StoreError: the conversation does not exist.
        """
        now = aware(now, default_now=True)
        c = conversations.c
        with self._ctx.writer.begin() as conn:
            taken = conn.execute(
                update(conversations)
                .where(
                    c.id == cid,
                    c.owner_id == expected_owner,
                    c.owner_id != user_id,
                    enabled(user_id),
                )
                .values(owner_id=user_id, owner_since=now, updated_at=now)
            ).rowcount
            change: StoreChange | None = None
            if taken:
                # History lines are stored as the desk shows them: in its language.
                body = translate("Ownership", "{colleague} took over from {owner}").format(
                    colleague=self._label_of(conn, user_id),
                    owner=self._label_of(conn, expected_owner),
                )
                mid = self._ctx.add_history(
                    conn, cid, MessageKind.TAKE_OVER, body, user_id, now=now
                )
                change = self._ctx.history_change(conn, cid, mid)
            else:
                self._refuse_take_over(conn, cid, user_id)
            conversation = self._ctx.conversation(conn, cid)
        return self._committed(conversation, change)

    def _refuse_take_over(self, conn: Connection, cid: int, user_id: int) -> None:
        """Raise the reason a take-over's UPDATE changed nothing, unless it was theirs already."""
        state = self._ownership(conn, cid)
        if state is None:
            raise StoreError(translate("Ownership", "This conversation no longer exists"))
        self._refuse_disabled(conn, user_id)
        owner_id, owner_label = state
        if owner_id is None:
            raise OwnershipChanged(
                translate("Ownership", "Nobody owns this conversation any more.")
            )
        if owner_id != user_id:
            raise OwnershipChanged(
                translate("Ownership", "{owner} took this conversation meanwhile.").format(
                    owner=owner_label
                )
            )

    def transfer(
        self,
        cid: ConversationId,
        *,
        by: UserId,
        to: UserId,
        note: str = "",
        now: datetime | None = None,
    ) -> Conversation:
        """Hand a conversation to a colleague, who sees it unread and owns it from now on.

        Allowed to its owner and to an enabled administrator (while nobody owns it, to an
        administrator only: a colleague replies first and so owns it); ``by``'s rights are
        read from the users table inside the UPDATE's WHERE clause, never taken from the
        caller. ``to`` must be an enabled colleague who does not own it
        already. One transaction: the new owner (the conversation comes back to Chats if it
        was archived or dealt with), the history line ("Transferred from Anna Smith (101) to
        Ben Jones (102) — please call back") and the recipient's mark of unread.

        Args:
            cid: the conversation.
            by: the colleague transferring it.
            to: the colleague receiving it.
            note: a note for the recipient, shown in the history line; stripped, at most
                ``TRANSFER_NOTE_LENGTH`` characters.
            now: the time; defaults to now.

        Returns:
            The conversation as it now is.

        Raises:
            NotAllowed: ``by`` may not transfer it, or ``to`` cannot receive it; the message
                says which.
            StoreError: the note is too long, or the conversation does not exist.
        """
        note = note.strip()
        if len(note) > TRANSFER_NOTE_LENGTH:
            raise StoreError(
                translate(
                    "Ownership",
                    "A transfer note can be at most {most} characters long; this one has {count}.",
                ).format(most=TRANSFER_NOTE_LENGTH, count=len(note))
            )
        if by == to:
            raise NotAllowed(
                translate("Ownership", "Choose a colleague to transfer it to, not yourself.")
            )
        now = aware(now, default_now=True)
        c = conversations.c
        with self._ctx.writer.begin() as conn:
            # Locked (PostgreSQL) so the history line names the owner the UPDATE replaced;
            # the rules themselves are in the UPDATE below.
            previous = conn.execute(
                select(c.owner_id).where(c.id == cid).with_for_update()
            ).one_or_none()
            if previous is None:
                raise StoreError(translate("Ownership", "This conversation no longer exists"))
            previous_owner: int | None = previous.owner_id
            moved = conn.execute(
                update(conversations)
                .where(
                    c.id == cid,
                    c.owner_id.is_(None)
                    if previous_owner is None
                    else c.owner_id == previous_owner,
                    or_(c.owner_id == by, enabled_admin(by)),
                    or_(c.owner_id.is_(None), c.owner_id != to),
                    enabled(by),
                    enabled(to),
                )
                .values(
                    owner_id=to,
                    owner_since=now,
                    archived_at=None,
                    dealt_with_at=None,
                    dealt_with_by=None,
                    updated_at=now,
                )
            ).rowcount
            if not moved:
                self._refuse_transfer(conn, cid, by, to)
            by_label, to_label = self._label_of(conn, by), self._label_of(conn, to)
            if previous_owner is None or previous_owner == by:
                owner_label = by_label
                body = (
                    translate("Ownership", TRANSFERRED_WITH_NOTE)
                    if note
                    else translate("Ownership", "Transferred from {owner} to {colleague}")
                )
            else:
                # An administrator moving a colleague's conversation: say both.
                owner_label = self._label_of(conn, previous_owner)
                body = (
                    translate("Ownership", TRANSFERRED_BY_WITH_NOTE)
                    if note
                    else translate("Ownership", "Transferred from {owner} to {colleague} by {by}")
                )
            body = body.format(owner=owner_label, colleague=to_label, by=by_label, note=note)
            mid = self._ctx.add_history(
                conn, cid, MessageKind.TRANSFER, body, by, target_user_id=to, now=now
            )
            self._conversations.set_read(conn, to, cid, marked_unread=True)
            change = self._ctx.history_change(conn, cid, mid)
        self._ctx.emit(change)
        return change.conversations[0]

    def _refuse_transfer(self, conn: Connection, cid: int, by: int, to: int) -> None:
        """Raise the reason a transfer's UPDATE changed nothing."""
        self._refuse_disabled(conn, by)
        recipient = self._user(conn, to)
        if recipient is None:
            raise NotAllowed(translate("Ownership", "That colleague's account no longer exists."))
        if recipient.disabled_at is not None:
            raise NotAllowed(translate("Ownership", "That colleague's account is disabled."))
        state = self._ownership(conn, cid)
        if state is None:
            raise StoreError(translate("Ownership", "This conversation no longer exists"))
        owner_id, owner_label = state
        if owner_id == to:
            raise NotAllowed(
                translate("Ownership", "{owner} already owns it.").format(owner=owner_label)
            )
        refusal = transfer_refusal(owner_id, owner_label, by, self._is_admin(conn, by))
        # None: it was allowed now, so the owner changed between the read and the UPDATE.
        raise refusal or OwnershipChanged(
            translate("Ownership", "Someone changed who owns it just now. Try again.")
        )

    def mark_dealt_with(
        self,
        cid: ConversationId,
        *,
        by: UserId,
        seen_up_to: MessageId | None = None,
        now: datetime | None = None,
    ) -> Conversation:
        """Mark a conversation handled: it is archived, released, and read for ``by``.

        Allowed while nobody owns it, to its owner and to an enabled administrator (the rule
        is in the UPDATE's WHERE clause). Adds the history line "Marked dealt with by Anna
        Smith (101)". A conversation already dealt with is left as it is.

        Dealt with applies to what ``by`` was shown: it is read up to ``seen_up_to``, and
        when an inbound SMS newer than that is unread for them (it arrived while they
        looked), the conversation stays in Chats, unread and no longer dealt with, as if
        that SMS had arrived just after — in the same transaction, so no desk ever sees it
        archived with an SMS nobody read.

        Args:
            cid: the conversation.
            by: the colleague.
            seen_up_to: the newest message they were shown; None: everything (no newer
                message can have been missed, e.g. a script).
            now: the time; defaults to now.

        Returns:
            The conversation as it now is (``archived`` is False when a newer SMS kept it
            in Chats).

        Raises:
            NotAllowed: a colleague owns it and ``by`` is not an administrator, or ``by``'s
                account is disabled.
            StoreError: the conversation does not exist.
        """
        now = aware(now, default_now=True)
        c = conversations.c
        change: StoreChange | None = None
        with self._ctx.writer.begin() as conn:
            # The UPDATE locks the row (PostgreSQL; SQLite's BEGIN IMMEDIATE holds the whole
            # file): an SMS being stored for this conversation waits for this transaction,
            # and one stored before it is seen by the check below.
            done = conn.execute(
                update(conversations)
                .where(c.id == cid, c.dealt_with_at.is_(None), may_handle(by), enabled(by))
                .values(
                    dealt_with_at=now,
                    dealt_with_by=by,
                    archived_at=func.coalesce(c.archived_at, literal(now, UTCDateTime())),
                    owner_id=None,
                    owner_since=None,
                    updated_at=now,
                )
            ).rowcount
            if done:
                body = translate("Ownership", "Marked dealt with by {colleague}").format(
                    colleague=self._label_of(conn, by)
                )
                mid = self._ctx.add_history(conn, cid, MessageKind.DEALT_WITH, body, by, now=now)
                seen = mid if seen_up_to is None else seen_up_to
                self._conversations.set_read(conn, by, cid, read_up_to=seen)
                r = conversation_reads.c
                last_inbound, read_up_to, baseline = conn.execute(
                    select(c.last_inbound_id, r.read_up_to_id, baseline_of(by))
                    .select_from(conversations)
                    .join(conversation_reads, and_(r.conversation_id == c.id, r.user_id == by))
                    .where(c.id == cid)
                ).one()
                if last_inbound is not None and last_inbound > max(read_up_to, baseline):
                    conn.execute(
                        update(conversations)
                        .where(c.id == cid)
                        .values(archived_at=None, dealt_with_at=None, dealt_with_by=None)
                    )
                change = self._ctx.history_change(conn, cid, mid)
            else:
                self._refuse_handling(conn, cid, by, archiving=False)
            conversation = self._ctx.conversation(conn, cid)
        return self._committed(conversation, change)

    def _refuse_handling(self, conn: Connection, cid: int, by: int, *, archiving: bool) -> None:
        """Raise the reason a dealt-with or archive UPDATE changed nothing, if it was refused.

        Returns quietly when it changed nothing because it was done already: a second click,
        or a colleague who was quicker.
        """
        c = conversations.c
        row = conn.execute(select(c.dealt_with_at, c.archived_at).where(c.id == cid)).one_or_none()
        if row is None:
            raise StoreError(translate("Ownership", "This conversation no longer exists"))
        if (row.archived_at if archiving else row.dealt_with_at) is not None:
            return
        self._refuse_disabled(conn, by)
        state = self._ownership(conn, cid)
        owner_id, owner_label = state if state is not None else (None, None)
        if owner_id is None or owner_id == by or self._is_admin(conn, by):
            return  # allowed after all: it changed in between (PostgreSQL only)
        if archiving:
            sentence = translate(
                "Ownership",
                "{owner} is answering this conversation; only they or an administrator can "
                "archive it.",
            )
        else:
            sentence = translate(
                "Ownership",
                "{owner} is answering this conversation; only they or an administrator can "
                "mark it dealt with.",
            )
        raise NotAllowed(sentence.format(owner=owner_label))

    def set_archived(
        self,
        cid: ConversationId,
        archived: bool,
        *,
        by: UserId | None = None,
        seen_up_to: MessageId | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Move the conversation into or out of the Archived view (emits only on a change).

        Moving it back to Chats also ends "dealt with". With ``by``, a colleague does it: to
        archive they must be allowed as for dealt with (unowned, theirs, or they are an
        administrator; checked in the UPDATE), and a history line says who ("Archived by Anna
        Smith (101)", "Moved back to Chats by Anna Smith (101)"). Without ``by`` no rule
        applies and no history line is written.

        Archiving applies to what the colleague was shown: with ``seen_up_to``, a
        conversation with an inbound SMS newer than that message stays in Chats (checked in
        the UPDATE, so an SMS stored at the same moment cannot slip into the archive).

        Args:
            cid: the conversation.
            archived: True to archive, False to bring it back to the inbox.
            by: the colleague doing it, if any.
            seen_up_to: the newest message the colleague was shown; None: everything.
            now: the time of archiving; defaults to now.

        Returns:
            Whether the conversation is now where it was asked to go: False when a newer
            SMS kept it in Chats (or the conversation does not exist, without ``by``).

        Raises:
            NotAllowed: ``by`` may not archive it, or ``by``'s account is disabled.
            StoreError: ``by`` was given and the conversation does not exist.
        """
        now = aware(now, default_now=True)
        c = conversations.c
        if archived:
            stmt = update(conversations).where(c.id == cid, c.archived_at.is_(None))
            stmt = stmt.values(archived_at=now, updated_at=now)
            if by is not None:
                stmt = stmt.where(may_handle(by), enabled(by))
            if seen_up_to is not None:
                stmt = stmt.where(or_(c.last_inbound_id.is_(None), c.last_inbound_id <= seen_up_to))
        else:
            stmt = update(conversations).where(c.id == cid, c.archived_at.is_not(None))
            stmt = stmt.values(
                archived_at=None, dealt_with_at=None, dealt_with_by=None, updated_at=now
            )
            if by is not None:
                stmt = stmt.where(enabled(by))
        change: StoreChange | None = None
        with self._ctx.writer.begin() as conn:
            changed = conn.execute(stmt).rowcount
            if changed and by is not None:
                label = self._label_of(conn, by)
                if archived:
                    kind = MessageKind.ARCHIVED
                    body = translate("Ownership", "Archived by {colleague}").format(colleague=label)
                else:
                    kind = MessageKind.UNARCHIVED
                    body = translate("Ownership", "Moved back to Chats by {colleague}").format(
                        colleague=label
                    )
                mid = self._ctx.add_history(conn, cid, kind, body, by, now=now)
                change = self._ctx.history_change(conn, cid, mid)
            elif changed:
                conversation = self._ctx.conversation(conn, cid)
                if conversation is not None:
                    change = StoreChange(conversations=(conversation,))
            elif by is not None and archived:
                self._refuse_handling(conn, cid, by, archiving=True)
            elif by is not None:
                # Anyone enabled may bring it back: only a missing conversation or a disabled
                # account is refused; otherwise it was in Chats already.
                if self._ownership(conn, cid) is None:
                    raise StoreError(translate("Ownership", "This conversation no longer exists"))
                self._refuse_disabled(conn, by)
            row = conn.execute(select(c.archived_at).where(c.id == cid)).one_or_none()
            placed = row is not None and (row.archived_at is not None) == archived
        if change is not None:
            self._ctx.emit(change)
        return placed

"""The messages of one conversation: the windowed model and what it says about a message.

The model holds a window of the history (the newest page first, older pages prepended as
the user scrolls up), never the whole history. Here too: the data roles the delegate reads
(``MessageRole``), a message's text as laid out (``display_text``), its "Scheduled for…"
label and the sentence a screen reader speaks. The bubbles are painted by
desktop.ui.conversation.message_delegate and shown by desktop.ui.conversation.message_view.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP, day_and_month, translate
from desktop.core.media import PICTURE_PREVIEW, Media
from desktop.core.models import (
    ConversationId,
    Direction,
    Message,
    MessageId,
    MessageKind,
    MessageStatus,
    UserId,
    status_word,
)
from desktop.store.outbox import UNKNOWN_IF_SENT
from desktop.ui.conversation.scheduling import scheduled_for
from desktop.ui.look import formatting
from desktop.ui.threads.failures import failure_of
from desktop.ui.threads.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.store.ports import MessagesStore

# Messages read at a time: the newest page when a conversation opens, then an older page
# each time the view nears the top. Every row loaded is laid out (its text wrapped) before
# the first paint, so a page is a few screens, not more: 80 rows take ~12 ms to lay out,
# 200 took ~37 ms of a long conversation's first open.
PAGE_SIZE = 80
# The ids of messages shown before the store has them (see show_provisional): above any id
# the store gives, so such a bubble stays last until the stored message takes its place.
PROVISIONAL_ID = 2**62
GROUP_GAP = timedelta(minutes=3)

AnyIndex = QModelIndex | QPersistentModelIndex

_CONTROL = {c: None for c in range(32) if c not in (9, 10)}
_CONTROL[0x7F] = None


def display_text(body: str) -> str:
    """Message text ready for ``QTextLayout``: line breaks kept, control characters dropped."""
    text = body.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)
    return text.replace("\n", "\u2028")


class MessageRole(IntEnum):
    """Data roles shared by the model and its delegate."""

    MESSAGE = Qt.ItemDataRole.UserRole + 1
    DAY_BREAK = Qt.ItemDataRole.UserRole + 2
    GROUPED = Qt.ItemDataRole.UserRole + 3
    MEDIA = Qt.ItemDataRole.UserRole + 4  # tuple[Media, ...]: the message's pictures
    FIND = Qt.ItemDataRole.UserRole + 5  # (text, is current) when it matches the find bar
    # str | None: above a colleague's outbound message (the first of a run of theirs), who
    # wrote it ("Ben Jones"; "" while their name is not read yet); None for every other.
    AUTHOR = Qt.ItemDataRole.UserRole + 6


class MessageListModel(QAbstractListModel):
    """A window onto one conversation's messages, in arrival order (oldest at row 0).

    Signals:
        sig_loaded(ConversationId): the newest page of a conversation is in.
        sig_failed_changed(): the set of failed messages changed (for the Retry banner).
        sig_unknown_author(int): an outbound message names a user id that ``author_names``
            lacks (an account made since the names were read): read the names again.
    """

    sig_loaded = Signal(int)
    sig_failed_changed = Signal()
    sig_unknown_author = Signal(int)
    sig_range_loaded = Signal(int)

    def __init__(
        self, store: MessagesStore, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._rows: list[Message] = []
        self._row_of: dict[MessageId, int] = {}
        self._conversation: ConversationId | None = None
        self._has_older = False
        self._fetching = False
        self._generation = 0
        self._media: dict[int, tuple[Media, ...]] = {}
        self._find_text = ""
        self._find_ids: set[MessageId] = set()
        self._find_current: MessageId | None = None
        # Provisional ids given out (see show_provisional); never reset, so a late answer
        # about one from before a reload finds nothing to settle.
        self._provisional = 0
        # Who the conversation is with, for the sentence a screen reader speaks (spoken()).
        self.peer_name = ""
        self.peer_number = ""  # for a scheduled message's time on their clock
        # Who is signed in, and every colleague's name by user id: an outbound message is
        # read as "You" or as the colleague who sent it. The names are read off the GUI
        # thread (once per session, again when an unknown id turns up), never per item.
        self.me: UserId | None = None
        self.author_names: Mapping[UserId, str] = {}
        self._asked_about: set[UserId] = set()

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        message = self._rows[row]
        if role == MessageRole.MESSAGE:
            return message
        if role == MessageRole.DAY_BREAK:
            return row == 0 or _local_day(self._rows[row - 1]) != _local_day(message)
        if role == MessageRole.GROUPED:
            return self._grouped(row)
        if role == MessageRole.AUTHOR:
            return self._author_above(row)
        if role == MessageRole.MEDIA:
            return self._media.get(message.id, ())
        if role == MessageRole.FIND:
            if message.id in self._find_ids:
                return (self._find_text, message.id == self._find_current)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return message.body
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(message)
        return None

    def _grouped(self, row: int) -> bool:
        """Whether the message of ``row`` follows the one above closely (a small gap)."""
        if row == 0:
            return False
        message, previous = self._rows[row], self._rows[row - 1]
        return (
            previous.kind is MessageKind.SMS
            and message.kind is MessageKind.SMS
            and previous.direction is message.direction
            and _local_day(previous) == _local_day(message)
            and abs(message.created_at - previous.created_at) < GROUP_GAP
        )

    def _author_above(self, row: int) -> str | None:
        """The name shown above a colleague's outbound message (``MessageRole.AUTHOR``)."""
        message = self._rows[row]
        author = message.user_id
        if (
            message.kind is not MessageKind.SMS
            or message.direction is not Direction.OUTBOUND
            or author is None
            or self.me is None
            or author == self.me
        ):
            return None
        if self._grouped(row) and self._rows[row - 1].user_id == author:
            return None  # named above the first of their run
        name = self.author_names.get(author)
        if name is None:
            self._ask_about(author)
            return ""
        return name

    def _ask_about(self, author: UserId) -> None:
        if author not in self._asked_about:
            self._asked_about.add(author)  # asked once: an id that stays unknown reads
            self.sig_unknown_author.emit(int(author))  # "A colleague" without asking again

    def spoken(self, message: Message) -> str:
        """The sentence a screen reader speaks for ``message``, its author named."""
        author = message.user_id
        if (
            message.direction is Direction.OUTBOUND
            and author is not None
            and author != self.me
            and author not in self.author_names
        ):
            self._ask_about(author)
        return spoken(
            message, self.peer_name, me=self.me, names=self.author_names, number=self.peer_number
        )

    def set_author_names(self, names: Mapping[UserId, str]) -> None:
        """The colleagues' names were (re)read: items speak them from now on."""
        self.author_names = dict(names)
        if self._rows:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._rows) - 1),
                [Qt.ItemDataRole.AccessibleTextRole, MessageRole.AUTHOR],
            )

    # -- loading --------------------------------------------------------------------------

    @property
    def conversation_id(self) -> ConversationId | None:
        return self._conversation

    @property
    def loading(self) -> bool:
        """True while a page is being read from the store."""
        return self._fetching

    @property
    def can_fetch_older(self) -> bool:
        return self._has_older and not self._fetching

    def load(self, conversation_id: ConversationId | None) -> None:
        """Show ``conversation_id`` (None: nothing), starting with its newest page."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._row_of = {}
        self._conversation = conversation_id
        self._has_older = False
        self._fetching = conversation_id is not None
        self._media = {}
        self._find_text, self._find_ids, self._find_current = "", set(), None
        self.endResetModel()
        self.sig_failed_changed.emit()
        if conversation_id is None:
            return
        generation = self._generation
        self._tasks.run(
            lambda: self._store.conversations.messages(conversation_id, limit=PAGE_SIZE),
            lambda rows: self._loaded(rows, generation),
            lambda err: self._load_failed(err, generation),
        )

    def _loaded(self, rows: list[Message], generation: int) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._has_older = len(rows) == PAGE_SIZE
        # Live changes may have arrived while loading; keep them and merge.
        merged = {m.id: m for m in rows}
        merged.update({m.id: m for m in self._rows})
        self.beginResetModel()
        self._rows = sorted(merged.values(), key=_order)
        self._reindex()
        self.endResetModel()
        self.sig_failed_changed.emit()
        self._read_media([m.id for m in self._rows])
        if self._conversation is not None:
            self.sig_loaded.emit(self._conversation)

    def refresh(self) -> None:
        """Merge the newest page in again (after a change this desk only heard about)."""
        if self._conversation is None:
            return
        conversation_id = self._conversation
        generation = self._generation

        def merge(rows: list[Message]) -> None:
            if generation == self._generation:
                self.apply_messages(tuple(rows))

        self._tasks.run(
            lambda: self._store.conversations.messages(conversation_id, limit=PAGE_SIZE),
            merge,
        )

    def fetch_older(self) -> None:
        """Prepend the page before the oldest loaded message."""
        if not self.can_fetch_older or self._conversation is None or not self._rows:
            return
        self._fetching = True
        before = self._rows[0].id
        conversation_id = self._conversation
        generation = self._generation
        self._tasks.run(
            lambda: self._store.conversations.messages(
                conversation_id, before=before, limit=PAGE_SIZE
            ),
            lambda rows: self._prepend(rows, generation),
            lambda err: self._load_failed(err, generation),
        )

    def _prepend(self, rows: list[Message], generation: int) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._has_older = len(rows) == PAGE_SIZE
        fresh = [m for m in rows if m.id not in self._row_of]
        if not fresh:
            return
        self._insert_above(fresh)

    def _insert_above(self, fresh: list[Message]) -> None:
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self._rows[0:0] = fresh
        self._reindex()
        self.endInsertRows()
        # The first old row's day break and grouping may have changed.
        boundary = self.index(len(fresh))
        self.dataChanged.emit(boundary, boundary)
        self._read_media([m.id for m in fresh])

    def ensure_loaded(self, message_id: MessageId) -> bool:
        """Make sure ``message_id`` is in the window; True when it already is.

        An older message is read with everything between it and the window (the view
        scrolls through them), then ``sig_range_loaded`` says it is in.
        """
        if message_id in self._row_of:
            return True
        if self._conversation is None or not self._rows or message_id > self._rows[0].id:
            return False
        conversation_id, before = self._conversation, self._rows[0].id
        generation = self._generation
        self._fetching = True

        def loaded(rows: list[Message]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            fresh = [m for m in rows if m.id not in self._row_of]
            if fresh:
                self._insert_above(fresh)
            self.sig_range_loaded.emit(int(message_id))

        self._tasks.run(
            lambda: self._store.conversations.messages_from(conversation_id, message_id, before),
            loaded,
            lambda err: self._load_failed(err, generation),
        )
        return False

    # -- pictures and find -----------------------------------------------------------------

    def _read_media(self, message_ids: list[MessageId]) -> None:
        if not message_ids:
            return
        generation, store = self._generation, self._store
        self._tasks.run(
            lambda: store.media.for_messages(message_ids),
            lambda found: self._media_read(message_ids, found, generation),
        )

    def _media_read(
        self, message_ids: list[MessageId], found: dict[int, list[Media]], generation: int
    ) -> None:
        if generation != self._generation:
            return
        for message_id in message_ids:
            now = tuple(found.get(message_id, ()))
            if self._media.get(message_id, ()) == now:
                continue
            if now:
                self._media[message_id] = now
            else:
                self._media.pop(message_id, None)
            row = self._row_of.get(message_id)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def media_of(self, message_id: MessageId) -> tuple[Media, ...]:
        return self._media.get(message_id, ())

    def media_with_key(self, cache_key: str) -> Media | None:
        """A loaded picture stored under ``cache_key``, if any."""
        for items in self._media.values():
            for item in items:
                if item.cache_key == cache_key:
                    return item
        return None

    def repaint_media(self, cache_key: str) -> None:
        """A thumbnail is ready: repaint the rows that show it."""
        for message_id, items in self._media.items():
            if any(item.cache_key == cache_key for item in items):
                row = self._row_of.get(MessageId(message_id))
                if row is not None:
                    index = self.index(row)
                    self.dataChanged.emit(index, index)

    def set_find(self, text: str, ids: list[MessageId], current: MessageId | None) -> None:
        """Highlight ``text`` in the messages ``ids``; ``current`` the strongest."""
        touched = self._find_ids | set(ids)
        if self._find_current is not None:
            touched.add(self._find_current)
        self._find_text, self._find_ids, self._find_current = text, set(ids), current
        rows = [self._row_of[m] for m in touched if m in self._row_of]
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)))

    def _load_failed(self, error: Exception, generation: int) -> None:
        if generation == self._generation:
            self._fetching = False
        failure = failure_of(error, "load the messages")
        self._tasks.sig_error.emit(
            translate("Messages", "Could not load the messages. {reason}").format(
                reason=failure.sentence
            )
        )

    # -- live changes ---------------------------------------------------------------------

    def apply_messages(self, messages: tuple[Message, ...]) -> None:
        """Update or insert the changed messages that belong to the shown conversation."""
        failed_before = self.failed_messages()
        for message in messages:
            if message.conversation_id != self._conversation:
                continue
            row = self._row_of.get(message.id)
            if row is not None:
                self._rows[row] = message
                index = self.index(row)
                self.dataChanged.emit(index, index)
                continue
            provisional = self._provisional_for(message)
            if provisional is not None:
                self.settle_provisional(provisional, message)
                continue
            self._insert(message)
        if self.failed_messages() != failed_before:
            self.sig_failed_changed.emit()
        shown = [m.id for m in messages if m.id in self._row_of]
        self._read_media(shown)

    def _insert(self, message: Message) -> None:
        key = _order(message)
        row = len(self._rows)
        while row > 0 and _order(self._rows[row - 1]) > key:
            row -= 1
        if row == 0 and self._has_older:
            return  # older than the loaded window: it will come with that page
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, message)
        if row == len(self._rows) - 1:
            self._row_of[message.id] = row
        else:
            self._reindex()
        self.endInsertRows()
        if row + 1 < len(self._rows):
            below = self.index(row + 1)
            self.dataChanged.emit(below, below)

    def _reindex(self) -> None:
        self._row_of = {m.id: i for i, m in enumerate(self._rows)}

    # -- a message shown before the store has it ------------------------------------------

    def show_provisional(self, message: Message) -> MessageId | None:
        """Show ``message`` (typed and sent here, being stored) at the end, at once.

        The store's copy takes its place when it comes (``apply_messages``: the same
        conversation, author and text; or ``settle_provisional`` when the store answers).
        Enter paints the bubble without waiting for the store thread's commit.

        Returns:
            The provisional id, or None when the conversation is not shown.
        """
        if message.conversation_id != self._conversation or self._fetching:
            return None
        self._provisional += 1
        shown = replace(message, id=MessageId(PROVISIONAL_ID + self._provisional))
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(shown)
        self._row_of[shown.id] = row
        self.endInsertRows()
        return shown.id

    def settle_provisional(self, provisional: MessageId, stored: Message | None) -> None:
        """Put the stored message in place of the provisional one (None: drop it)."""
        row = self._row_of.get(provisional)
        if row is None or (stored is not None and stored.conversation_id != self._conversation):
            return
        if stored is not None and stored.id not in self._row_of:
            key = _order(stored)
            before = row == 0 or _order(self._rows[row - 1]) < key
            after = row + 1 == len(self._rows) or key < _order(self._rows[row + 1])
            if before and after:  # in order where it stands: no move, no flicker
                self._rows[row] = stored
                del self._row_of[provisional]
                self._row_of[stored.id] = row
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._reindex()
        self.endRemoveRows()
        if stored is not None and stored.id not in self._row_of:
            self._insert(stored)

    def _provisional_for(self, message: Message) -> MessageId | None:
        """The provisional row ``message`` is the stored copy of, if any."""
        if message.direction is not Direction.OUTBOUND or message.kind is not MessageKind.SMS:
            return None
        first = len(self._rows)  # provisional rows are the last ones
        while first > 0 and self._rows[first - 1].id >= PROVISIONAL_ID:
            first -= 1
        for shown in self._rows[first:]:  # the oldest first: sent in this order
            if shown.body == message.body and shown.user_id == message.user_id:
                return shown.id
        return None

    def newest_stored_id(self) -> MessageId:
        """The newest message shown that the store has (its last row but provisional
        ones), or 0 when there is none."""
        for message in reversed(self._rows):
            if message.id < PROVISIONAL_ID:
                return message.id
        return MessageId(0)

    def failed_messages(self) -> list[Message]:
        """Failed outbound messages in the loaded window, oldest first."""
        return [m for m in self._rows if m.status is MessageStatus.FAILED]

    def message_at(self, row: int) -> Message:
        return self._rows[row]

    def row_of(self, message_id: MessageId) -> int | None:
        return self._row_of.get(message_id)


def _order(message: Message) -> int:
    # Arrival order, as the store lists them (see Conversations.messages).
    return message.id


def scheduled_label(moment: datetime, *, in_sentence: bool = False) -> str:
    """ "Scheduled for Thu 08:00" (a date instead of the weekday beyond a week ahead);
    ``in_sentence``: as it reads inside a longer sentence ("scheduled for Thu 08:00")."""
    at = formatting.local(moment)
    today = datetime.now().astimezone().date()
    clock = formatting.clock_time(moment)
    if at.date() == today:
        if in_sentence:
            #: inside a sentence read aloud: "You, today at 16:02, scheduled for today 18:00: text"
            return translate("Messages", "scheduled for today {time}").format(time=clock)
        #: under a scheduled message: when it will be sent
        return translate("Messages", "Scheduled for today {time}").format(time=clock)
    if today < at.date() < today + timedelta(days=7):
        day = QLocale().dayName(at.isoweekday(), QLocale.FormatType.ShortFormat)
    else:
        day = day_and_month(at.date())
    if in_sentence:
        #: inside a sentence a screen reader speaks: {day} is "Thu" or "5 December"
        return translate("Messages", "scheduled for {day} {time}").format(day=day, time=clock)
    #: under a scheduled message: {day} is a weekday ("Thu") or a date ("5 December")
    return translate("Messages", "Scheduled for {day} {time}").format(day=day, time=clock)


def _local_day(message: Message) -> date:
    return formatting.local(message.created_at).date()


# Who an outbound message is read as when no account sent it: sent before accounts
# existed, or by the desk itself (translated where spoken).
FROM_THE_DESK = QT_TRANSLATE_NOOP("Messages", "Sent from the desk")
# An account this desk has not read the name of yet (made a moment ago on another desk).
A_COLLEAGUE = QT_TRANSLATE_NOOP("Messages", "A colleague")


def spoken(
    message: Message,
    peer: str = "",
    *,
    me: UserId | None = None,
    names: Mapping[UserId, str] | None = None,
    number: str = "",
) -> str:
    """The whole sentence a screen reader speaks for a message item: who wrote it, when (with
    its date, since the "Today" headings are painted, not items), its status, and the text.

    "You, today at 16:02, delivered: Thanks, see you then";
    "Anna Smith, today at 16:05, sent: I'll call them"; "Olivia Park, yesterday at 09:14:
    Is my order ready?"; a history line says what happened and when: "Anna took over,
    today at 10:00".

    Args:
        message: the message.
        peer: who the conversation is with, as the header names them ("" reads "They").
        me: who is signed in: their messages read "You".
        names: every colleague's display name by user id. Without it (None) every outbound
            message reads "You", as on a desk with no accounts to tell apart.
    """
    when = formatting.spoken_time(message.created_at)
    if message.kind is not MessageKind.SMS:
        #: a history line read aloud: what happened ("Anna took over"), then when
        return translate("Messages", "{event}, {when}").format(event=message.body, when=when)
    text = message.body or translate("Media", PICTURE_PREVIEW)
    if message.direction is not Direction.OUTBOUND:
        #: an incoming message read aloud: "Olivia Park, yesterday at 09:14: Is my order ready?"
        return translate("Messages", "{author}, {when}: {text}").format(
            #: who wrote an incoming message when the conversation has no name to show
            author=peer or translate("Messages", "They"),
            when=when,
            text=text,
        )
    author = _author(message, me, names)
    if message.status is MessageStatus.SCHEDULED and message.scheduled_at is not None:
        status = scheduled_for(message.scheduled_at, number) or scheduled_label(
            message.scheduled_at, in_sentence=True
        )
    else:
        status = status_word(message.status)
    if message.status is MessageStatus.FAILED and message.error_code == UNKNOWN_IF_SENT:
        #: a message SMS Desk cannot tell went, read aloud: "You, today at 16:02, {reason}: text"
        sentence = translate("Messages", "{author}, {when}, {reason}: {text}")
    elif message.status is MessageStatus.FAILED and message.error_message:
        #: a failed message read aloud: "You, today at 16:02, not sent, {reason}: text"
        sentence = translate("Messages", "{author}, {when}, {status}, {reason}: {text}")
    else:
        #: a sent message read aloud: "You, today at 16:02, delivered: Thanks, see you then"
        sentence = translate("Messages", "{author}, {when}, {status}: {text}")
    return sentence.format(
        author=author, when=when, status=status, reason=message.error_message, text=text
    )


def _author(message: Message, me: UserId | None, names: Mapping[UserId, str] | None) -> str:
    """Who sent an outbound message, as a screen reader names them."""
    author = message.user_id
    if names is None or (author is not None and author == me):
        #: who sent a message: the person signed in
        return translate("Messages", "You")
    if author is None:
        return translate("Messages", FROM_THE_DESK)
    name = names.get(author)
    return name if name is not None else translate("Messages", A_COLLEAGUE)

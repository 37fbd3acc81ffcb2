"""The chat list: conversations newest first, loaded page by page, updated in place.

``ChatListModel`` keeps only the rows loaded so far (a prefix of the list in sort order) and
fetches the next page in the store thread when the view scrolls near its end. Store changes
update, move or insert single rows; the list is never reloaded as a whole.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.models import (
    Conversation,
    ConversationId,
    Direction,
    MessageStatus,
    StoreChange,
)
from desktop.ui.look import formatting, glyphs
from desktop.ui.look.theme import Colors
from desktop.ui.threads.failures import failure_of
from desktop.ui.threads.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.store.ports import ChatListStore

PAGE_SIZE = 100
# A change to more conversations than this is applied in one pass (see _apply_many).
BULK_CHANGE = 20
ROW_HEIGHT = 68

AnyIndex = QModelIndex | QPersistentModelIndex


class ChatListRole(IntEnum):
    """Data roles shared by the model and its delegate."""

    CONVERSATION = Qt.ItemDataRole.UserRole + 1
    TITLE = Qt.ItemDataRole.UserRole + 2
    # The row's tag beside its name ("Archived" on a search result that is archived), or None.
    TAG = Qt.ItemDataRole.UserRole + 3


def _sort_key(conversation: Conversation) -> tuple[float, int]:
    # Ascending keys for a list shown newest first.
    return (-conversation.last_activity_at.timestamp(), -conversation.id)


def last_message_text(conversation: Conversation) -> str:
    """What the list shows of the newest SMS: its text, "Picture" for one without text (an
    MMS), or "" when there is none yet."""
    if conversation.last_message_preview:
        return conversation.last_message_preview
    if conversation.last_direction is None:
        return ""
    #: stands for the newest message when it is only pictures (an MMS without text)
    return translate("ChatList", "Picture")


def conversation_title(conversation: Conversation, region: str) -> str:
    """The name shown for a conversation: the contact's name, else the formatted number."""
    if conversation.display_name:
        return conversation.display_name
    # (The phone-number library loads with the first number formatted, not before the
    # first paint: a repeat start paints the last session's titles.)
    from desktop.core.phone import format_for_display

    return format_for_display(conversation.peer_number, region)


class ChatListModel(QAbstractListModel):
    """Conversations for one view (the chat list, or the Archived view), newest first.

    Args:
        store: read in the store thread only, through ``tasks``.
        tasks: the store thread.
        region: the default region, for formatting numbers.
        archived: True for the Archived view.
    """

    def __init__(
        self,
        store: ChatListStore,
        tasks: TaskRunner,
        region: str,
        *,
        archived: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._region = region
        self._archived = archived
        # Who is signed in: a colleague's conversations show a quiet unread badge.
        self.me: int | None = None
        self._rows: list[Conversation] = []
        self._keys: list[tuple[float, int]] = []  # the rows' sort keys, ascending
        self._key_of: dict[int, tuple[float, int]] = {}  # id → its key: rows found by bisect
        self._has_more = True
        self._fetching = False
        self._generation = 0
        self._searching = False
        self._snapshot = False
        self._snapshot_titles: dict[int, str] = {}

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conversation = self._rows[index.row()]
        if role == ChatListRole.CONVERSATION:
            return conversation
        if role in (Qt.ItemDataRole.DisplayRole, ChatListRole.TITLE):
            return self._title(conversation)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(conversation)
        if role == ChatListRole.TAG:
            # Search results come from both tabs: an archived one says so.
            if self._searching and conversation.archived:
                #: a small tag beside a search result's name: the conversation is archived
                return translate("ChatList", "Archived")
            return None
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._fetching or not self._has_more:
            return
        self._fetching = True
        before = None
        if self._rows and not self._snapshot:
            last = self._rows[-1]
            before = (last.last_activity_at, last.id)
        generation = self._generation
        archived, store = self._archived, self._store
        self._tasks.run(
            lambda: store.conversations.list(archived=archived, before=before, limit=PAGE_SIZE),
            lambda rows: self._append_page(rows, generation),
            lambda err: self._fetch_failed(err, generation),
        )

    def set_region(self, region: str) -> None:
        """Format numbers for another default region (repaints every row)."""
        self._region = region
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    # -- loading and updating ---------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._fetching

    @property
    def archived(self) -> bool:
        """True for the Archived view."""
        return self._archived

    def set_archived(self, archived: bool) -> None:
        """Switch between the chat list and the Archived view."""
        if archived != self._archived:
            self._archived = archived
            self._searching = False
            self.reload()

    @property
    def searching(self) -> bool:
        """True while the rows are search results rather than the chat list."""
        return self._searching

    def show_search_results(self, rows: list[Conversation]) -> None:
        """Show these conversations (a search's result, best first) instead of the list."""
        self._generation += 1
        self._searching = True
        self._snapshot = False
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [_sort_key(c) for c in rows]
        self._key_of = {c.id: key for c, key in zip(rows, self._keys, strict=True)}
        self._has_more = False
        self._fetching = False
        self.endResetModel()

    def clear_search(self) -> None:
        """Back to the chat list."""
        if self._searching:
            self._searching = False
            self.reload()

    @property
    def from_snapshot(self) -> bool:
        """True while the rows are the last session's (``show_snapshot``), not the store's."""
        return self._snapshot

    def show_snapshot(
        self, rows: Sequence[Conversation], titles: Sequence[str] | None = None
    ) -> None:
        """Show the last session's first rows until ``reload`` brings the store's; with
        the names as they were shown (``titles``), if given.

        The rows stay on screen while the first page loads; the page then takes their place
        in one step (no empty list in between).
        """
        self._generation += 1
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [_sort_key(c) for c in self._rows]
        self._key_of = {c.id: key for c, key in zip(self._rows, self._keys, strict=True)}
        self._has_more = False
        self._fetching = False
        self._searching = False
        self._snapshot = True
        self._snapshot_titles = (
            {c.id: t for c, t in zip(rows, titles, strict=True)} if titles is not None else {}
        )
        self.endResetModel()

    def use_store(self, store: ChatListStore) -> None:
        """Read through ``store`` from now on (the session's new view; GUI thread only)."""
        self._store = store

    def reload(self) -> None:
        """Drop the loaded rows and fetch the first page again."""
        self._generation += 1
        if self._snapshot and not self._searching:
            # Keep the snapshot on screen: the first page replaces it (_append_page).
            self._has_more = True
            self._fetching = False
            self.fetchMore(QModelIndex())
            return
        self.beginResetModel()
        self._snapshot = False
        self._rows.clear()
        self._keys.clear()
        self._key_of.clear()
        self._has_more = True
        self._fetching = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def _append_page(self, rows: list[Conversation], generation: int) -> None:
        if generation != self._generation:
            return
        self._has_more = len(rows) == PAGE_SIZE
        # Still fetching until the page is in: a fetchMore() made while its rows are being
        # inserted (by a view or Qt's model tester, on rowsAboutToBeInserted) would ask for
        # what follows the old last row, this page again, and the list stopped loading.
        if self._snapshot:
            self._replace_snapshot(rows)
            self._fetching = False
            return
        # Rows inserted by live changes while the page was loading may already be here.
        fresh = [c for c in rows if c.id not in self._key_of]
        if not fresh:
            self._fetching = False
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
        self._rows.extend(fresh)
        for conversation in fresh:
            key = _sort_key(conversation)
            self._keys.append(key)
            self._key_of[conversation.id] = key
        self.endInsertRows()
        self._fetching = False
        # Only the page and the row before it can be out of order (a page read while
        # conversations moved): check those, not the whole list.
        keys = self._keys
        if any(keys[i] > keys[i + 1] for i in range(max(0, start - 1), len(keys) - 1)):
            self._resort()

    def _replace_snapshot(self, rows: list[Conversation]) -> None:
        """The store's first page takes the snapshot's place: one re-layout, the same
        delegate and geometry, a selected conversation stays selected if it is there."""
        self._snapshot = False
        self.layoutAboutToBeChanged.emit()
        held = [(p, self._rows[p.row()].id) for p in self.persistentIndexList() if p.isValid()]
        self._rows = list(rows)
        self._keys = [_sort_key(c) for c in self._rows]
        self._key_of = {c.id: key for c, key in zip(self._rows, self._keys, strict=True)}
        for persistent, cid in held:
            row = self.row_of(cid)
            self.changePersistentIndex(
                persistent, QModelIndex() if row is None else self.index(row)
            )
        self.layoutChanged.emit()
        if any(a > b for a, b in zip(self._keys, self._keys[1:], strict=False)):
            self._resort()

    def _fetch_failed(self, error: Exception, generation: int) -> None:
        if generation == self._generation:
            self._fetching = False
        failure = failure_of(error, "load the chat list")
        self._tasks.sig_error.emit(
            translate("ChatList", "Could not load the chat list. {reason}").format(
                reason=failure.sentence
            )
        )

    def apply_change(self, change: StoreChange) -> None:
        """Bring the loaded rows up to date with conversations that changed."""
        if len(change.conversations) > BULK_CHANGE and not self._searching:
            self._apply_many(change.conversations)
            return
        for conversation in change.conversations:
            self._upsert(conversation)

    def _apply_many(self, changed: Sequence[Conversation]) -> None:
        """Apply many changed conversations at once: slices of the row lists, one re-layout.

        Moving rows one at a time costs two list shifts and a signal each: a burst of inbound
        messages to a thousand conversations, with the whole list loaded, took a quarter of a
        second of the GUI thread that way. Here the work per loaded row is a copy in C.
        """
        latest = {c.id: c for c in changed}
        self.layoutAboutToBeChanged.emit()
        held = [(p, self._rows[p.row()].id) for p in self.persistentIndexList() if p.isValid()]
        leaving = sorted(r for r in map(self.row_of, latest) if r is not None)
        keys: list[tuple[float, int]] = []
        rows: list[Conversation] = []
        start = 0
        for row in leaving:
            keys += self._keys[start:row]
            rows += self._rows[start:row]
            start = row + 1
        keys += self._keys[start:]
        rows += self._rows[start:]
        arriving: list[tuple[tuple[float, int], Conversation]] = []
        for conversation in latest.values():
            self._key_of.pop(conversation.id, None)
            if conversation.archived != self._archived:
                continue
            key = _sort_key(conversation)
            if self._has_more and (not keys or key > keys[-1]):
                continue  # beyond what is loaded: it will come with a later page
            arriving.append((key, conversation))
            self._key_of[conversation.id] = key
        arriving.sort(key=lambda pair: pair[0])
        self._keys, self._rows = [], []
        start = 0
        for key, conversation in arriving:
            at = bisect_left(keys, key, start)
            self._keys += keys[start:at]
            self._rows += rows[start:at]
            self._keys.append(key)
            self._rows.append(conversation)
            start = at
        self._keys += keys[start:]
        self._rows += rows[start:]
        for persistent, cid in held:
            now_at = self.row_of(cid)
            self.changePersistentIndex(
                persistent, QModelIndex() if now_at is None else self.index(now_at)
            )
        self.layoutChanged.emit()

    def _upsert(self, conversation: Conversation) -> None:
        row = self.row_of(conversation.id)
        if self._searching:
            # Search results stay as found; only what they show is brought up to date.
            if row is not None:
                self._rows[row] = conversation
                self.dataChanged.emit(self.index(row), self.index(row))
            return
        belongs = conversation.archived == self._archived
        if row is not None:
            if not belongs:
                self._remove(row)
                return
            key = _sort_key(conversation)
            self._rows[row] = conversation
            # Where it goes among the other rows (the list without this row).
            target = bisect_left(self._keys, key)
            if target > row:
                target -= 1
            if target == len(self._rows) - 1 and self._has_more:
                # It fell behind the loaded rows: a later page will bring it back.
                self._remove(row)
                return
            self._key_of[conversation.id] = key
            if target != row:
                # Qt counts the destination in the list as it is before the move.
                destination = target if target < row else target + 1
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
                moved = self._rows.pop(row)
                self._keys.pop(row)
                self._rows.insert(target, moved)
                self._keys.insert(target, key)
                self.endMoveRows()
                row = target
            else:
                self._keys[row] = key
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return
        if not belongs:
            return
        key = _sort_key(conversation)
        target = bisect_left(self._keys, key)
        if target == len(self._rows) and self._has_more:
            return  # beyond what is loaded: it will come with a later page
        self.beginInsertRows(QModelIndex(), target, target)
        self._rows.insert(target, conversation)
        self._keys.insert(target, key)
        self._key_of[conversation.id] = key
        self.endInsertRows()

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = self._rows.pop(row)
        self._keys.pop(row)
        self._key_of.pop(removed.id, None)
        self.endRemoveRows()

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._rows.sort(key=_sort_key)
        self._keys = [_sort_key(c) for c in self._rows]
        self._key_of = {c.id: key for c, key in zip(self._rows, self._keys, strict=True)}
        position = {c.id: i for i, c in enumerate(self._rows)}
        for persistent in self.persistentIndexList():
            if persistent.isValid():
                moved_to = position[old[persistent.row()].id]
                self.changePersistentIndex(persistent, self.index(moved_to))
        self.layoutChanged.emit()

    # -- lookups --------------------------------------------------------------------------

    def row_of(self, conversation_id: ConversationId) -> int | None:
        """The row of a loaded conversation, or None (a binary search on its sort key)."""
        key = self._key_of.get(conversation_id)
        if key is None:
            return None
        row = bisect_left(self._keys, key)
        if row < len(self._rows) and self._rows[row].id == conversation_id:
            return row
        # Rows out of key order (search results ranked otherwise): look the slow way.
        return next((r for r, c in enumerate(self._rows) if c.id == conversation_id), None)

    def find(self, peer_number: str) -> Conversation | None:
        """The loaded conversation with this number, if any."""
        return next((c for c in self._rows if c.peer_number == peer_number), None)

    def first_rows(self, count: int) -> list[tuple[Conversation, str]] | None:
        """The chat list's first ``count`` rows and their names as shown, for the session
        snapshot; None while the rows are not the chat list (search results, the Archived
        view)."""
        if self._searching or self._archived:
            return None
        return [(c, conversation_title(c, self._region)) for c in self._rows[:count]]

    def conversation_at(self, row: int) -> Conversation:
        return self._rows[row]

    def unread_conversations(self) -> int:
        """Loaded conversations with unread messages (the store has the full count)."""
        return sum(1 for c in self._rows if c.unread_count)

    def _title(self, conversation: Conversation) -> str:
        """The row's name: as the last session showed it while the snapshot's rows are shown,
        else ``conversation_title``."""
        if self._snapshot:
            title = self._snapshot_titles.get(conversation.id)
            if title is not None:
                return title
        return conversation_title(conversation, self._region)

    def _spoken(self, c: Conversation) -> str:
        # The row as one sentence for a screen reader: "Olivia Park, 2 unread, Is my order
        # ready?, today at 09:14, owner: Anna Smith (101), archived".
        # Each part is said on its own (a list read with pauses), each translated whole.
        parts = [self._title(c)]
        if c.unread_count:
            #: a screen reader's part of a chat list row: how many messages are unread
            unread = c.unread_count  # lupdate reads a plain name as the count
            parts.append(translate("ChatList", "%n unread", None, unread))
            if c.answered_by_other(self.me):
                parts.append(
                    translate("ChatList", "answered by {name}").format(name=c.owner_label)
                    if c.owner_label
                    else translate("ChatList", "answered by a colleague")
                )
        if preview := last_message_text(c):
            if c.last_direction is Direction.OUTBOUND:
                #: the newest message of a chat list row, which I sent
                preview = translate("ChatList", "You: {text}").format(text=preview)
            parts.append(preview)
        parts.append(formatting.spoken_time(c.last_activity_at))
        if c.owner_id is not None and not (c.unread_count and c.answered_by_other(self.me)):
            if self.me is not None and int(c.owner_id) == self.me:
                parts.append(translate("ChatList", "owner: you"))
            elif c.owner_label:
                parts.append(translate("ChatList", "owner: {name}").format(name=c.owner_label))
            else:
                parts.append(translate("ChatList", "owner: a colleague"))
        if c.archived:
            #: a screen reader's part of a chat list row: the conversation is archived
            parts.append(translate("ChatList", "archived"))
        return ", ".join(parts)


class ChatListDelegate(QStyledItemDelegate):
    """Paints a conversation row: avatar, name, time, last message and unread badge."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        conversation = index.data(ChatListRole.CONVERSATION)
        if not isinstance(conversation, Conversation):
            return
        title = index.data(ChatListRole.TITLE)
        colors = Colors.from_palette(option.palette)
        rect = QRectF(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        background = colors.selection if selected else colors.hover if hovered else colors.base
        painter.fillRect(rect, background)
        text_colour = colors.selection_text if selected else colors.text
        muted = colors.selection_muted if selected else colors.muted
        if option.state & QStyle.StateFlag.State_HasFocus:
            # The current row when the list has keyboard focus: a 2 px ring inside the row.
            painter.setPen(QPen(colors.focus_ring, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

        pad = 12.0
        avatar = QRectF(rect.left() + pad, rect.center().y() - 22, 44, 44)
        glyphs.paint_avatar(
            painter, avatar, conversation.display_name or "", str(conversation.peer_number)
        )

        unread = conversation.unread_count > 0
        model = index.model()
        me = model.me if isinstance(model, ChatListModel) else None
        # A colleague's conversation is unread for me too, but theirs to answer: its time
        # and count are grey, not the blue of what waits for me.
        theirs = conversation.answered_by_other(me)
        accent = colors.muted if theirs else colors.badge
        unread_time = muted if theirs else colors.link
        left = avatar.right() + 12
        right = rect.right() - pad
        top_line = QRectF(left, rect.top() + 13, right - left, 22)
        bottom_line = QRectF(left, rect.top() + 36, right - left, 20)

        base_font = QFont(option.font)
        time_font = QFont(base_font)
        time_font.setPointSizeF(base_font.pointSizeF() * 0.85)
        time_text = formatting.list_time(conversation.last_activity_at)
        time_width = QFontMetrics(time_font).horizontalAdvance(time_text)
        painter.setFont(time_font)
        painter.setPen(unread_time if unread else muted)
        painter.drawText(
            top_line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, time_text
        )

        title_font = QFont(base_font)
        title_font.setWeight(QFont.Weight.Bold if unread else QFont.Weight.DemiBold)
        title_rect = top_line.adjusted(0, 0, -(time_width + 10), 0)
        tag = index.data(ChatListRole.TAG)
        if isinstance(tag, str) and tag:
            # "Archived" on a search result: a small outlined tag before the time.
            tag_font = QFont(base_font)
            tag_font.setPointSizeF(base_font.pointSizeF() * 0.8)
            tag_font.setWeight(QFont.Weight.DemiBold)
            tag_width = QFontMetrics(tag_font).horizontalAdvance(tag) + 12.0
            tag_rect = QRectF(
                title_rect.right() - tag_width, top_line.center().y() - 9, tag_width, 18
            )
            painter.setPen(QPen(muted, 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(tag_rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.setFont(tag_font)
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
            title_rect = title_rect.adjusted(0, 0, -(tag_width + 8), 0)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        elided = QFontMetrics(title_font).elidedText(
            str(title), Qt.TextElideMode.ElideRight, int(title_rect.width())
        )
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )

        # Unread badge on the right of the second line.
        text_right = bottom_line.right()
        if unread:
            count = "99+" if conversation.unread_count > 99 else str(conversation.unread_count)
            badge_font = QFont(base_font)
            badge_font.setPointSizeF(base_font.pointSizeF() * 0.8)
            badge_font.setWeight(QFont.Weight.Bold)
            width = max(20.0, QFontMetrics(badge_font).horizontalAdvance(count) + 12.0)
            badge = QRectF(bottom_line.right() - width, bottom_line.center().y() - 10, width, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawRoundedRect(badge, 10, 10)
            painter.setFont(badge_font)
            painter.setPen(colors.badge_muted_text if theirs else colors.badge_text)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, count)
            text_right = badge.left() - 8

        preview_left = bottom_line.left()
        if conversation.last_direction is Direction.OUTBOUND and conversation.last_status not in (
            None,
            MessageStatus.CANCELLED,  # no mark: no gap before the preview
        ):
            glyph = QRectF(
                preview_left, bottom_line.top(), glyphs.STATUS_GLYPH_WIDTH, bottom_line.height()
            )
            glyphs.paint_status(painter, glyph, conversation.last_status, muted)
            preview_left = glyph.right() + 4
        preview_font = QFont(base_font)
        preview_font.setWeight(QFont.Weight.Medium if unread else QFont.Weight.Normal)
        painter.setFont(preview_font)
        painter.setPen(text_colour if unread else muted)
        preview_rect = QRectF(
            preview_left, bottom_line.top(), text_right - preview_left, bottom_line.height()
        )
        # (Translated only for a row without messages: rare, and never the common path.)
        preview = last_message_text(conversation) or translate("ChatList", "No messages yet")
        preview = QFontMetrics(preview_font).elidedText(
            preview, Qt.TextElideMode.ElideRight, int(preview_rect.width())
        )
        painter.drawText(
            preview_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, preview
        )
        painter.restore()

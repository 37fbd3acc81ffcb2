"""The messages of one conversation: a windowed model, a bubble delegate and its view.

The model holds a window of the history (the newest page first, older pages prepended as
the user scrolls up), never the whole history. The delegate paints every message, so there
is no widget per message. Text is laid out with ``QTextLayout``: plain text only, never
interpreted as rich text or HTML.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QResizeEvent,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.core.media import Media, MediaState
from desktop.core.models import (
    STATUS_WORDS,
    ConversationId,
    Direction,
    Message,
    MessageId,
    MessageKind,
    MessageStatus,
)
from desktop.core.text_find import find_spans
from desktop.ui import formatting, glyphs
from desktop.ui.failures import failure_of
from desktop.ui.pictures import Thumbnails, picture_box
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import Colors, blend

if TYPE_CHECKING:
    from desktop.store.ports import MessagesStore

# Messages read at a time: the newest page when a conversation opens, then an older page
# each time the view nears the top. Every row loaded is laid out (its text wrapped) before
# the first paint, so a page is a few screens, not more: 80 rows take ~12 ms to lay out,
# 200 took ~37 ms of a long conversation's first open.
PAGE_SIZE = 80
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


class MessageListModel(QAbstractListModel):
    """A window onto one conversation's messages, in arrival order (oldest at row 0).

    Signals:
        sig_loaded(ConversationId): the newest page of a conversation is in.
        sig_failed_changed(): the set of failed messages changed (for the Retry banner).
    """

    sig_loaded = Signal(int)
    sig_failed_changed = Signal()
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
            if row == 0:
                return False
            previous = self._rows[row - 1]
            return (
                previous.kind is MessageKind.SMS
                and message.kind is MessageKind.SMS
                and previous.direction is message.direction
                and _local_day(previous) == _local_day(message)
                and abs(message.created_at - previous.created_at) < GROUP_GAP
            )
        if role == MessageRole.MEDIA:
            return self._media.get(message.id, ())
        if role == MessageRole.FIND:
            if message.id in self._find_ids:
                return (self._find_text, message.id == self._find_current)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return message.body
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _spoken(message)
        return None

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
        self._tasks.sig_error.emit(f"Could not load the messages. {failure.sentence}")

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


def scheduled_label(moment: datetime) -> str:
    """ "Scheduled for Thu 08:00" (a date instead of the weekday beyond a week ahead)."""
    at = formatting.local(moment)
    today = datetime.now().astimezone().date()
    if at.date() == today:
        day = "today"
    elif today < at.date() < today + timedelta(days=7):
        day = f"{at:%a}"
    else:
        day = f"{at.day} {at:%b}"
    return f"Scheduled for {day} {formatting.clock_time(moment)}"


def _local_day(message: Message) -> date:
    return formatting.local(message.created_at).date()


def _spoken(message: Message) -> str:
    if message.kind is not MessageKind.SMS:
        return f"{message.body}, {formatting.clock_time(message.created_at)}"
    who = "You" if message.direction is Direction.OUTBOUND else "They"
    parts = [who, formatting.clock_time(message.created_at)]
    if message.status is MessageStatus.SCHEDULED and message.scheduled_at is not None:
        parts.append(scheduled_label(message.scheduled_at).lower())
    elif message.direction is Direction.OUTBOUND:
        parts.append(STATUS_WORDS[message.status])
    if message.status is MessageStatus.FAILED and message.error_message:
        parts.append(message.error_message)
    return ", ".join(parts) + ": " + message.body


# -- painting -------------------------------------------------------------------------------

SIDE_MARGIN = 16.0
BUBBLE_PAD_X = 12.0
BUBBLE_PAD_Y = 7.0
BUBBLE_RADIUS = 14.0
GAP = 10.0
GROUPED_GAP = 3.0
DAY_HEIGHT = 40.0
META_GAP = 10.0
FAILURE_GAP = 4.0
PICTURE_GAP = 6.0


@dataclass
class _Geometry:
    """Where everything of one message goes, relative to the item's top-left corner."""

    height: float
    day_rect: QRectF | None
    bubble: QRectF
    text_origin: QPointF
    layout: QTextLayout
    meta_rect: QRectF
    failure_layout: QTextLayout | None
    failure_origin: QPointF | None
    retry_rect: QRectF | None
    history: bool = False
    # Each picture: its box (a thumbnail or a placeholder) and the media shown there.
    pictures: tuple[tuple[QRectF, Media], ...] = ()
    # Pictures not shown: the sentence saying why, laid out, and where it goes.
    notes: tuple[tuple[QTextLayout, QPointF], ...] = ()


def _layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float, float, float]:
    """Lay out plain ``text``; return (layout, height, widest line, last line width)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = widest = last = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        last = line.naturalTextWidth()
        widest = max(widest, last)
    layout.endLayout()
    return layout, y, widest, last


class MessageDelegate(QStyledItemDelegate):
    """Paints a message as a bubble with its time and status, a day heading when the day
    changes, and for a failed message the reason and a Retry link.

    Signals:
        sig_retry(MessageId): the Retry link of a failed message was clicked.
    """

    sig_retry = Signal(int)
    sig_open_picture = Signal(object)

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._cache: OrderedDict[tuple[object, ...], _Geometry] = OrderedDict()
        self.thumbnails: Thumbnails | None = None

    def _max_bubble_width(self) -> float:
        width = float(self._view.viewport().width())
        return max(160.0, min(560.0, width * 0.72))

    def _meta_text(self, message: Message) -> str:
        if message.status is MessageStatus.SCHEDULED and message.scheduled_at is not None:
            return scheduled_label(message.scheduled_at)
        if message.status is MessageStatus.CANCELLED:
            return f"Cancelled · {formatting.clock_time(message.created_at)}"
        return formatting.clock_time(message.created_at)

    def _geometry(self, option: QStyleOptionViewItem, index: AnyIndex) -> _Geometry | None:
        message = index.data(MessageRole.MESSAGE)
        if not isinstance(message, Message):
            return None
        day_break = bool(index.data(MessageRole.DAY_BREAK))
        grouped = bool(index.data(MessageRole.GROUPED))
        media = index.data(MessageRole.MEDIA) or ()
        width = float(self._view.viewport().width())
        key = (message, day_break, grouped, width, option.font.key(), media)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        geometry = self._compute(message, day_break, grouped, width, option.font, media)
        self._cache[key] = geometry
        if len(self._cache) > 2000:
            self._cache.popitem(last=False)
        return geometry

    def _compute(
        self,
        message: Message,
        day_break: bool,
        grouped: bool,
        width: float,
        font: QFont,
        media: tuple[Media, ...] = (),
    ) -> _Geometry:
        top = GROUPED_GAP if grouped else GAP
        day_rect = None
        if day_break:
            day_rect = QRectF(0, top, width, DAY_HEIGHT - 8)
            top += DAY_HEIGHT
        if message.kind is not MessageKind.SMS:
            return self._compute_history(message, top, day_rect, width, font)
        outbound = message.direction is Direction.OUTBOUND
        max_bubble = self._max_bubble_width()
        text_width = max_bubble - 2 * BUBBLE_PAD_X
        text = display_text(message.body)
        layout, text_height, widest, last = _layout(text, font, text_width)
        if media and not text.strip():
            text_height = widest = last = 0.0
        # Pictures go below the text, each in a box of its own; refused ones as a sentence.
        picture_boxes: list[tuple[QRectF, Media]] = []
        note_layouts: list[tuple[QTextLayout, QPointF]] = []
        y = text_height + (PICTURE_GAP if text_height else 0.0)
        for item in media:
            if item.state in (MediaState.PENDING, MediaState.CACHED):
                box = picture_box(item, text_width)
                picture_boxes.append((QRectF(QPointF(0, y), box), item))
                y += box.height() + PICTURE_GAP
                widest = max(widest, box.width())
            else:
                note_font = _meta_font(font)
                note_font.setItalic(True)
                note, note_height, note_widest, _ = _layout(
                    display_text(item.error or "Picture not shown."), note_font, text_width
                )
                note_layouts.append((note, QPointF(0, y)))
                y += note_height + PICTURE_GAP
                widest = max(widest, note_widest)
        if media:
            text_height = y - PICTURE_GAP
            last = widest + text_width  # the time goes on a line of its own

        meta_font = _meta_font(font)
        meta_metrics = QFontMetricsF(meta_font)
        meta_width = meta_metrics.horizontalAdvance(self._meta_text(message))
        if outbound:
            meta_width += glyphs.STATUS_GLYPH_WIDTH + 4
        meta_height = meta_metrics.height()
        # The time sits after the last line when it fits there, else on a line of its own.
        if last + META_GAP + meta_width <= text_width:
            content_width = max(widest, last + META_GAP + meta_width)
            content_height = max(text_height, meta_height)
        else:
            content_width = max(widest, meta_width)
            content_height = text_height + meta_height
        bubble_width = content_width + 2 * BUBBLE_PAD_X
        bubble_height = content_height + 2 * BUBBLE_PAD_Y
        left = width - SIDE_MARGIN - bubble_width if outbound else SIDE_MARGIN
        bubble = QRectF(left, top, bubble_width, bubble_height)
        text_origin = QPointF(left + BUBBLE_PAD_X, top + BUBBLE_PAD_Y)
        pictures = tuple((rect.translated(text_origin), item) for rect, item in picture_boxes)
        notes = tuple((note, at + text_origin) for note, at in note_layouts)
        meta_rect = QRectF(
            bubble.right() - BUBBLE_PAD_X - meta_width,
            bubble.bottom() - BUBBLE_PAD_Y - meta_height,
            meta_width,
            meta_height,
        )
        height = bubble.bottom()
        failure_layout = failure_origin = retry_rect = None
        if message.status is MessageStatus.FAILED:
            reason = "Not sent: " + (message.error_message or "the gateway refused it.")
            failure_font = _meta_font(font)
            retry_width = QFontMetricsF(_link_font(font)).horizontalAdvance("Retry") + 4
            failure_layout, failure_height, failure_widest, _ = _layout(
                display_text(reason), failure_font, max_bubble - retry_width - 12
            )
            total = failure_widest + 12 + retry_width
            failure_left = width - SIDE_MARGIN - total if outbound else SIDE_MARGIN
            failure_origin = QPointF(failure_left, bubble.bottom() + FAILURE_GAP)
            retry_rect = QRectF(
                failure_left + failure_widest + 12,
                bubble.bottom() + FAILURE_GAP,
                retry_width,
                QFontMetricsF(_link_font(font)).height(),
            )
            height = bubble.bottom() + FAILURE_GAP + max(failure_height, retry_rect.height())
        return _Geometry(
            height=height + 1,
            day_rect=day_rect,
            bubble=bubble,
            text_origin=text_origin,
            layout=layout,
            meta_rect=meta_rect,
            failure_layout=failure_layout,
            failure_origin=failure_origin,
            retry_rect=retry_rect,
            pictures=pictures,
            notes=notes,
        )

    def _compute_history(
        self, message: Message, top: float, day_rect: QRectF | None, width: float, font: QFont
    ) -> _Geometry:
        """A history line (transfer, dealt with…): centred muted text, no bubble."""
        text = f"{message.body} · {formatting.clock_time(message.created_at)}"
        history_font = _meta_font(font)
        history_font.setItalic(True)
        max_width = max(200.0, width * 0.8)
        layout, height, widest, _ = _layout(display_text(text), history_font, max_width)
        for line_number in range(layout.lineCount()):
            line = layout.lineAt(line_number)
            line.setPosition(QPointF((max_width - line.naturalTextWidth()) / 2, line.y()))
        left = (width - max_width) / 2
        rect = QRectF(left, top + 4, max_width, height)
        return _Geometry(
            height=rect.bottom() + 4,
            day_rect=day_rect,
            bubble=QRectF(left + (max_width - widest) / 2, top + 4, widest, height),
            text_origin=QPointF(left, top + 4),
            layout=layout,
            meta_rect=QRectF(),
            failure_layout=None,
            failure_origin=None,
            retry_rect=None,
            history=True,
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        geometry = self._geometry(option, index)
        if geometry is None:
            return QSize(0, 0)
        return QSize(int(self._view.viewport().width()), int(geometry.height + 0.999))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        geometry = self._geometry(option, index)
        message = index.data(MessageRole.MESSAGE)
        if geometry is None or not isinstance(message, Message):
            return
        colors = Colors.from_palette(option.palette)
        origin = QPointF(option.rect.topLeft())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(origin)
        if geometry.day_rect is not None:
            self._paint_day(painter, geometry.day_rect, message, option.font, colors)
        if geometry.history:
            painter.setPen(colors.muted)
            geometry.layout.draw(painter, geometry.text_origin)
            painter.restore()
            return
        outbound = message.direction is Direction.OUTBOUND
        if message.status is MessageStatus.CANCELLED:
            painter.setOpacity(0.45)  # kept for the record, visibly not sent
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.bubble_out if outbound else colors.bubble_in)
        painter.drawRoundedRect(geometry.bubble, BUBBLE_RADIUS, BUBBLE_RADIUS)
        painter.setPen(colors.bubble_out_text if outbound else colors.bubble_in_text)
        geometry.layout.draw(
            painter, geometry.text_origin, _find_selections(message, index.data(MessageRole.FIND))
        )
        for rect, item in geometry.pictures:
            self._paint_picture(painter, rect, item, option.font, colors, outbound)
        for note, at in geometry.notes:
            painter.setPen(colors.bubble_out_muted if outbound else colors.muted)
            note.draw(painter, at)

        meta_color = colors.bubble_out_muted if outbound else colors.muted
        painter.setFont(_meta_font(option.font))
        painter.setPen(meta_color)
        meta = geometry.meta_rect
        painter.drawText(
            meta,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._meta_text(message),
        )
        if outbound:
            glyph = QRectF(
                meta.right() - glyphs.STATUS_GLYPH_WIDTH,
                meta.top(),
                glyphs.STATUS_GLYPH_WIDTH,
                meta.height(),
            )
            glyphs.paint_status(painter, glyph, message.status, meta_color)

        if geometry.failure_layout is not None and geometry.failure_origin is not None:
            painter.setPen(colors.danger)
            geometry.failure_layout.draw(painter, geometry.failure_origin)
        if geometry.retry_rect is not None:
            painter.setFont(_link_font(option.font))
            painter.setPen(colors.badge)
            painter.drawText(
                geometry.retry_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "Retry"
            )
        painter.restore()

    def _paint_picture(
        self,
        painter: QPainter,
        rect: QRectF,
        item: Media,
        font: QFont,
        colors: Colors,
        outbound: bool,
    ) -> None:
        """A thumbnail, or a placeholder while it is fetched or decoded."""
        pixmap = None
        broken = False
        if item.state is MediaState.CACHED and item.cache_key and self.thumbnails is not None:
            broken = self.thumbnails.is_broken(item.cache_key)
            if not broken:
                pixmap = self.thumbnails.pixmap(item.cache_key)
        painter.save()
        clip = QPainterPath()
        clip.addRoundedRect(rect, 8, 8)
        painter.setClipPath(clip)
        painter.fillRect(
            rect, blend(colors.bubble_out if outbound else colors.bubble_in, colors.text, 0.08)
        )
        if pixmap is not None:
            size = QSizeF(pixmap.size()).scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            if pixmap.width() <= rect.width() and pixmap.height() <= rect.height():
                size = QSizeF(pixmap.size())
            target = QRectF(QPointF(0, 0), size)
            target.moveCenter(rect.center())
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        else:
            painter.setFont(_meta_font(font))
            painter.setPen(colors.bubble_out_muted if outbound else colors.muted)
            text = "Picture could not be shown." if broken else "Loading picture…"
            painter.drawText(
                rect.adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                text,
            )
        painter.restore()

    def _paint_day(
        self, painter: QPainter, rect: QRectF, message: Message, font: QFont, colors: Colors
    ) -> None:
        text = formatting.day_heading(formatting.local(message.created_at).date())
        day_font = _meta_font(font)
        day_font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetricsF(day_font)
        pill_width = metrics.horizontalAdvance(text) + 24
        pill = QRectF(rect.center().x() - pill_width / 2, rect.center().y() - 11, pill_width, 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.separator)
        painter.drawRoundedRect(pill, 11, 11)
        painter.setFont(day_font)
        painter.setPen(colors.muted)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            geometry = self._geometry(option, index)
            local = event.position() - QPointF(option.rect.topLeft())
            if geometry is not None:
                for rect, item in geometry.pictures:
                    if rect.contains(local) and item.state is MediaState.CACHED:
                        self.sig_open_picture.emit(item)
                        return True
            retry = geometry.retry_rect if geometry is not None else None
            if retry is not None and retry.adjusted(-4, -4, 4, 4).contains(local):
                message = index.data(MessageRole.MESSAGE)
                self.sig_retry.emit(int(message.id))
                return True
        return super().editorEvent(event, model, option, index)

    def clear_cache(self) -> None:
        self._cache.clear()


def _find_selections(
    message: Message, find: tuple[str, bool] | None
) -> list[QTextLayout.FormatRange]:
    """The find bar's matches in this message's text, as highlighted ranges."""
    if not find:
        return []
    text, current = find
    highlight = QTextCharFormat()
    highlight.setBackground(QColor("#ff9632") if current else QColor("#ffe08a"))
    highlight.setForeground(QColor("#1f2329"))
    selections = []
    for start, end in find_spans(display_text(message.body), text):
        selection = QTextLayout.FormatRange()
        selection.start = start
        selection.length = end - start
        selection.format = highlight
        selections.append(selection)
    return selections


def _meta_font(font: QFont) -> QFont:
    meta = QFont(font)
    meta.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
    return meta


def _link_font(font: QFont) -> QFont:
    link = _meta_font(font)
    link.setWeight(QFont.Weight.DemiBold)
    link.setUnderline(True)
    return link


class MessageListView(QListView):
    """The conversation's messages; keeps to the bottom as messages arrive, and loads older
    pages when scrolled to the top without jumping.

    Signals:
        sig_retry(MessageId): the user asked to send a failed message again.
        sig_edit_scheduled(Message): "Edit scheduled message…" on a scheduled message.
        sig_cancel_scheduled(MessageId): "Cancel scheduled message" on a scheduled message.
    """

    sig_retry = Signal(int)
    sig_edit_scheduled = Signal(object)
    sig_cancel_scheduled = Signal(int)
    sig_open_picture = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageList")
        self.setAccessibleName("Messages")
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setUniformItemSizes(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalScrollBar().setSingleStep(24)
        self._delegate = MessageDelegate(self)
        self._delegate.sig_retry.connect(self.sig_retry)
        self._delegate.sig_open_picture.connect(self.sig_open_picture)
        self.setItemDelegate(self._delegate)
        self._stick_to_bottom = True
        self._distance_from_bottom: float | None = None
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.valueChanged.connect(self._scrolled)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, MessageListModel):
            model.modelAboutToBeReset.connect(self._before_reset)
            model.rowsAboutToBeInserted.connect(self._before_insert)

    def _before_reset(self) -> None:
        self._stick_to_bottom = True
        self._distance_from_bottom = None

    def _before_insert(self, _parent: QModelIndex, first: int, _last: int) -> None:
        bar = self.verticalScrollBar()
        if first == 0 and self.model().rowCount() > 0:
            # Older messages go above: keep what the user is looking at in place.
            self._distance_from_bottom = bar.maximum() - bar.value()
        else:
            self._stick_to_bottom = bar.value() >= bar.maximum() - 8

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        bar = self.verticalScrollBar()
        if self._distance_from_bottom is not None:
            bar.setValue(int(maximum - self._distance_from_bottom))
            self._distance_from_bottom = None
        elif self._stick_to_bottom:
            bar.setValue(maximum)

    def _scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick_to_bottom = value >= bar.maximum() - 8
        model = self.model()
        if value < 300 and isinstance(model, MessageListModel) and model.can_fetch_older:
            model.fetch_older()

    @property
    def delegate(self) -> MessageDelegate:
        return self._delegate

    def set_thumbnails(self, thumbnails: Thumbnails) -> None:
        """Paint pictures from ``thumbnails`` (repainting as they are decoded)."""
        self._delegate.thumbnails = thumbnails
        thumbnails.sig_ready.connect(self._thumbnail_ready)

    def _thumbnail_ready(self, key: str) -> None:
        model = self.model()
        if isinstance(model, MessageListModel):
            model.repaint_media(key)
        self.viewport().update()

    def scroll_to_message(self, message_id: MessageId) -> bool:
        """Scroll so the message is in the middle; False when it is not loaded."""
        model = self.model()
        if not isinstance(model, MessageListModel):
            return False
        row = model.row_of(message_id)
        if row is None:
            return False
        self._stick_to_bottom = False
        self._distance_from_bottom = None
        self.scrollTo(model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def scroll_to_end(self) -> None:
        self._stick_to_bottom = True
        self.scrollToBottom()

    def resizeEvent(self, event: QResizeEvent) -> None:
        was_at_bottom = self._stick_to_bottom
        self._delegate.clear_cache()
        super().resizeEvent(event)
        if was_at_bottom:
            self._stick_to_bottom = True

    def _context_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        message = index.data(MessageRole.MESSAGE) if index.isValid() else None
        if not isinstance(message, Message):
            return
        menu = self.context_menu_for(message)
        menu.exec(self.viewport().mapToGlobal(position))

    def context_menu_for(self, message: Message) -> QMenu:
        """The bubble's context menu: Copy text, and Retry or the scheduled-message actions."""
        menu = QMenu(self)
        copy = menu.addAction("Copy text")
        copy.triggered.connect(lambda: QApplication.clipboard().setText(message.body))
        if message.status is MessageStatus.FAILED:
            retry = menu.addAction("Retry")
            retry.triggered.connect(lambda: self.sig_retry.emit(int(message.id)))
        if message.status is MessageStatus.SCHEDULED:
            edit = menu.addAction("Edit scheduled message…")
            edit.triggered.connect(lambda: self.sig_edit_scheduled.emit(message))
            cancel = menu.addAction("Cancel scheduled message")
            cancel.triggered.connect(lambda: self.sig_cancel_scheduled.emit(int(message.id)))
        return menu

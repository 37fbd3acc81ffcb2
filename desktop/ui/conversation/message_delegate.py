"""How a message is painted: the bubble delegate of the conversation's message list.

Every message is painted, so there is no widget per message. Text is laid out with
``QTextLayout``: plain text only, never interpreted as rich text or HTML. The geometry of a
message (bubble, time, pictures, failure line and Retry link, day heading) is computed once
and cached; the find bar's matches are painted as highlighted ranges.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QEvent, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.i18n import translate
from desktop.core.media import Media, MediaState
from desktop.core.models import Direction, Message, MessageKind, MessageStatus
from desktop.core.text_find import find_spans
from desktop.store.outbox import UNKNOWN_IF_SENT
from desktop.ui.conversation.messages import (
    A_COLLEAGUE,
    AnyIndex,
    MessageListModel,
    MessageRole,
    display_text,
    scheduled_label,
)
from desktop.ui.conversation.pictures import Thumbnails, picture_box
from desktop.ui.conversation.scheduling import scheduled_for
from desktop.ui.look import formatting, glyphs
from desktop.ui.look.theme import Colors, blend

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
AUTHOR_GAP = 2.0


@dataclass(frozen=True, slots=True)
class _Words:
    """The delegate's own texts, translated once when it is made (the language never
    changes while the app runs): rows are painted without a translate() call each."""

    cancelled: str
    picture_not_shown: str
    not_sent: str
    not_sent_refused: str
    retry: str
    history: str
    picture_broken: str
    picture_loading: str
    colleague: str

    @classmethod
    def now(cls) -> _Words:
        return cls(
            #: under a scheduled message that was cancelled: "Cancelled · 14:05"
            cancelled=translate("MessageDelegate", "Cancelled · {time}"),
            picture_not_shown=translate("MessageDelegate", "Picture not shown."),
            #: under a failed message; {reason} is why ("The number is not valid.")
            not_sent=translate("MessageDelegate", "Not sent: {reason}"),
            not_sent_refused=translate("MessageDelegate", "Not sent: the gateway refused it."),
            #: link under a failed message: sends it again
            retry=translate("MessageDelegate", "Retry"),
            #: a history line in a conversation and its time: "Anna took over · 10:00"
            history=translate("MessageDelegate", "{event} · {time}"),
            picture_broken=translate("MessageDelegate", "Picture could not be shown."),
            picture_loading=translate("MessageDelegate", "Loading picture…"),
            # Above a colleague's message while their name is not read yet.
            colleague=translate("Messages", A_COLLEAGUE),
        )


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
    # Above a colleague's outbound bubble: who wrote it (elided to fit), and where.
    author: str = ""
    author_rect: QRectF | None = None


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
        self._words = _Words.now()

    def _max_bubble_width(self) -> float:
        width = float(self._view.viewport().width())
        return max(160.0, min(560.0, width * 0.72))

    def _meta_text(self, message: Message) -> str:
        if message.status is MessageStatus.SCHEDULED and message.scheduled_at is not None:
            model = self._view.model()
            number = model.peer_number if isinstance(model, MessageListModel) else ""
            return scheduled_for(message.scheduled_at, number) or scheduled_label(
                message.scheduled_at
            )
        if message.status is MessageStatus.CANCELLED:
            return self._words.cancelled.format(time=formatting.clock_time(message.created_at))
        return formatting.clock_time(message.created_at)

    def _geometry(self, option: QStyleOptionViewItem, index: AnyIndex) -> _Geometry | None:
        message = index.data(MessageRole.MESSAGE)
        if not isinstance(message, Message):
            return None
        day_break = bool(index.data(MessageRole.DAY_BREAK))
        grouped = bool(index.data(MessageRole.GROUPED))
        media = index.data(MessageRole.MEDIA) or ()
        author = index.data(MessageRole.AUTHOR)
        width = float(self._view.viewport().width())
        key = (message, day_break, grouped, width, option.font.key(), media, author)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        geometry = self._compute(message, day_break, grouped, width, option.font, media, author)
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
        author: str | None = None,
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
        author_text, author_rect = "", None
        if author is not None:
            # A colleague wrote it: their name, small and muted, right above the bubble.
            metrics = QFontMetricsF(_meta_font(font))
            author_text = metrics.elidedText(
                author or self._words.colleague, Qt.TextElideMode.ElideRight, max_bubble
            )
            author_width = metrics.horizontalAdvance(author_text) + 1
            author_rect = QRectF(
                width - SIDE_MARGIN - author_width, top, author_width, metrics.height()
            )
            top += metrics.height() + AUTHOR_GAP
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
                    display_text(item.error or self._words.picture_not_shown), note_font, text_width
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
        if outbound and message.status is not MessageStatus.CANCELLED:
            meta_width += glyphs.STATUS_GLYPH_WIDTH + 4  # cancelled: no mark, no gap
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
            if message.error_code == UNKNOWN_IF_SENT and message.error_message:
                # Set aside: not "not sent" (SMS Desk cannot tell); the reason says so.
                reason = message.error_message
            elif message.error_message:
                reason = self._words.not_sent.format(reason=message.error_message)
            else:
                reason = self._words.not_sent_refused
            failure_font = _meta_font(font)
            retry_width = QFontMetricsF(_link_font(font)).horizontalAdvance(self._words.retry) + 4
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
            author=author_text,
            author_rect=author_rect,
        )

    def _compute_history(
        self, message: Message, top: float, day_rect: QRectF | None, width: float, font: QFont
    ) -> _Geometry:
        """A history line (transfer, dealt with…): centred muted text, no bubble."""
        text = self._words.history.format(
            event=message.body, time=formatting.clock_time(message.created_at)
        )
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
        if option.state & QStyle.StateFlag.State_HasFocus:
            # The current message when the list has keyboard focus: a 2 px ring round the row.
            painter.save()
            painter.setPen(QPen(colors.focus_ring, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(1, 1, option.rect.width() - 2, option.rect.height() - 2))
            painter.restore()
        if geometry.day_rect is not None:
            self._paint_day(painter, geometry.day_rect, message, option.font, colors)
        if geometry.history:
            painter.setPen(colors.muted)
            geometry.layout.draw(painter, geometry.text_origin)
            painter.restore()
            return
        outbound = message.direction is Direction.OUTBOUND
        if geometry.author_rect is not None:
            painter.setFont(_meta_font(option.font))
            painter.setPen(colors.muted)
            painter.drawText(
                geometry.author_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                geometry.author,
            )
        # Cancelled, it is kept for the record and visibly not sent: a plain bubble with a
        # dashed edge, its words in the muted text colour (readable: an AA pair on
        # bubble_in), in place of the accent.
        cancelled = message.status is MessageStatus.CANCELLED
        accented = outbound and not cancelled
        if cancelled:
            painter.setPen(QPen(colors.muted, 1.0, Qt.PenStyle.DashLine))
        else:
            painter.setPen(_outline(colors) if not outbound else Qt.PenStyle.NoPen)
        painter.setBrush(colors.bubble_out if accented else colors.bubble_in)
        painter.drawRoundedRect(geometry.bubble, BUBBLE_RADIUS, BUBBLE_RADIUS)
        if cancelled:
            painter.setPen(colors.muted)
        else:
            painter.setPen(colors.bubble_out_text if outbound else colors.bubble_in_text)
        geometry.layout.draw(
            painter,
            geometry.text_origin,
            _find_selections(message, index.data(MessageRole.FIND), colors),
        )
        for rect, item in geometry.pictures:
            self._paint_picture(painter, rect, item, option.font, colors, accented)
        for note, at in geometry.notes:
            painter.setPen(colors.bubble_out_muted if accented else colors.muted)
            note.draw(painter, at)

        meta_color = colors.bubble_out_muted if accented else colors.muted
        painter.setFont(_meta_font(option.font))
        painter.setPen(meta_color)
        meta = geometry.meta_rect
        painter.drawText(
            meta,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._meta_text(message),
        )
        if accented:
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
            painter.setPen(colors.link)
            painter.drawText(
                geometry.retry_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                self._words.retry,
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
            text = self._words.picture_broken if broken else self._words.picture_loading
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
        painter.setPen(_outline(colors))
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


def _outline(colors: Colors) -> QPen | Qt.PenStyle:
    """The outline of incoming bubbles and day headings: none, unless the theme (high
    contrast) draws them in the window's own colour and outlines them instead."""
    if colors.bubble_in_border == colors.bubble_in:
        return Qt.PenStyle.NoPen
    return QPen(colors.bubble_in_border, 1.5)


def _find_selections(
    message: Message, find: tuple[str, bool] | None, colors: Colors
) -> list[QTextLayout.FormatRange]:
    """The find bar's matches in this message's text, as highlighted ranges."""
    if not find:
        return []
    text, current = find
    highlight = QTextCharFormat()
    highlight.setBackground(colors.find_current if current else colors.find_match)
    highlight.setForeground(colors.find_text)
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

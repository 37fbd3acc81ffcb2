"""Small painted marks for message status (clock, ticks, failure) and avatars.

Painted with paths rather than font glyphs so they look the same on every system font.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from desktop.core.models import MessageStatus

STATUS_GLYPH_WIDTH = 16.0


def paint_status(painter: QPainter, rect: QRectF, status: MessageStatus, color: QColor) -> None:
    """Paint the mark for ``status`` centred vertically in ``rect`` (left-aligned).

    Clock while waiting in the outbox, one tick when the gateway accepted it, two when it
    was delivered, a red circle with "!" when it failed. Received messages get nothing.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    size = min(rect.height(), 12.0)
    top = rect.top() + (rect.height() - size) / 2
    left = rect.left()
    pen = QPen(
        color, 1.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if status.is_pending:
        circle = QRectF(left + 1, top, size, size)
        painter.drawEllipse(circle)
        centre = circle.center()
        painter.drawLine(centre, QPointF(centre.x(), circle.top() + size * 0.25))
        painter.drawLine(centre, QPointF(centre.x() + size * 0.22, centre.y()))
    elif status is MessageStatus.SENT:
        painter.drawPath(_tick(left + 2, top, size))
    elif status is MessageStatus.DELIVERED:
        painter.drawPath(_tick(left, top, size))
        painter.drawPath(_tick(left + size * 0.42, top, size))
    elif status is MessageStatus.FAILED:
        circle = QRectF(left + 1, top, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#d93025"))
        painter.drawEllipse(circle)
        painter.setPen(QPen(QColor("white"), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        cx = circle.center().x()
        painter.drawLine(QPointF(cx, top + size * 0.22), QPointF(cx, top + size * 0.58))
        painter.drawPoint(QPointF(cx, top + size * 0.78))
    painter.restore()


def _tick(left: float, top: float, size: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(left + size * 0.05, top + size * 0.55)
    path.lineTo(left + size * 0.35, top + size * 0.85)
    path.lineTo(left + size * 0.95, top + size * 0.2)
    return path


def initials(name: str) -> str:
    """Two letters for an avatar ("Olivia Bennett" → "OB"); "#" for a bare number."""
    words = [w for w in name.replace(",", " ").split() if w[:1].isalpha()]
    if not words:
        return "#"
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[-1][:1]).upper()


_AVATAR_COLORS = ("#5b8def", "#e8710a", "#1e8e3e", "#9334e6", "#d01884", "#12a4af", "#c5221f")


def avatar_color(key: str) -> QColor:
    """A stable colour per conversation, so people recognise it at a glance."""
    return QColor(_AVATAR_COLORS[sum(key.encode()) % len(_AVATAR_COLORS)])


def paint_avatar(painter: QPainter, rect: QRectF, label: str, key: str) -> None:
    """Paint a round avatar with ``label``'s initials on a colour picked from ``key``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_color(key))
    painter.drawEllipse(rect)
    letters = initials(label)
    if letters == "#":
        _paint_person(painter, rect)
        painter.restore()
        return
    font = QFont(painter.font())
    font.setPixelSize(int(rect.height() * 0.4))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letters)
    painter.restore()


def _paint_person(painter: QPainter, rect: QRectF) -> None:
    """A head and shoulders, for a number that has no name yet."""
    painter.setBrush(QColor(255, 255, 255, 230))
    size = rect.height()
    head = size * 0.34
    centre_x = rect.center().x()
    painter.drawEllipse(QRectF(centre_x - head / 2, rect.top() + size * 0.2, head, head))
    shoulders = QPainterPath()
    width = size * 0.56
    top = rect.top() + size * 0.58
    shoulders.moveTo(centre_x - width / 2, rect.top() + size * 0.86)
    shoulders.cubicTo(
        centre_x - width / 2,
        top,
        centre_x + width / 2,
        top,
        centre_x + width / 2,
        rect.top() + size * 0.86,
    )
    shoulders.closeSubpath()
    clip = QPainterPath()
    clip.addEllipse(rect)
    painter.drawPath(shoulders.intersected(clip))

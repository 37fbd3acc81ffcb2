"""The app icon, and the tray's variants drawn at run time: the unread badge and offline."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap

BADGE_COLOR = QColor("#d93025")
_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def resource_path(*parts: str) -> str:
    """The file path of a resource in the installed ``desktop.resources`` package."""
    return str(resources.files("desktop.resources").joinpath(*parts))


@cache
def app_icon() -> QIcon:
    """SMS Desk's icon (a scalable SVG)."""
    return QIcon(resource_path("icons", "smsdesk.svg"))


def badge_text(count: int) -> str:
    """What the badge says: nothing at 0, the count, or "99+" past 99."""
    if count <= 0:
        return ""
    return "99+" if count > 99 else str(count)


def _badged_pixmap(base: QIcon, size: int, text: str, grey: bool) -> QPixmap:
    pixmap = base.pixmap(size, size)
    if grey:
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        faded = QPixmap.fromImage(image)
        pixmap = QPixmap(faded.size())
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setOpacity(0.75)
        painter.drawPixmap(0, 0, faded)
        painter.end()
    if not text:
        return pixmap
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    height = size * 0.56
    width = max(height, height * (0.45 + 0.3 * len(text)))
    rect = QRectF(size - width, 0, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BADGE_COLOR)
    painter.drawRoundedRect(rect, height / 2, height / 2)
    font = QFont()
    font.setPixelSize(max(6, int(height * (0.72 if len(text) < 3 else 0.58))))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def tray_icon(count: int = 0, *, online: bool = True) -> QIcon:
    """The tray icon: the app icon with a red unread badge, greyed out while offline."""
    text = badge_text(count)
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_badged_pixmap(app_icon(), size, text, grey=not online))
    return icon

"""The icons of the toolbar, composer and menus: Lucide SVGs (resources/icons/actions/)
drawn in the palette's text colour, so dark and high-contrast themes get light icons.

``action_icon(name)`` gives a QIcon whose engine draws the SVG at the size asked for, in
the colour of the application palette at paint time: a palette change (a theme switch, the
desktop's high-contrast mode) re-tints every icon at its next repaint, with nothing to
re-assign. Rendered pixmaps are cached by (icon, size, colour).
"""

from __future__ import annotations

from functools import cache

import shiboken6
from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QWidget

from desktop.ui.look.icons import resource_path

# What each icon stands for → its file in resources/icons/actions/ (Lucide's names).
ACTION_ICONS: dict[str, str] = {
    # The conversation's toolbar and More options.
    "call": "phone",
    "transfer": "arrow-right-left",
    "dealt_with": "circle-check",
    "more": "ellipsis",
    "close": "x",
    "archive": "archive",
    "unarchive": "archive-restore",
    "contact": "user-plus",
    "edit_contact": "user-pen",
    "unread": "mail",
    "read": "mail-open",
    "export": "download",
    # The composer and the chat list's header.
    "send": "send-horizontal",
    "attach_picture": "image-plus",
    "templates": "file-text",
    "new_sms": "message-square-plus",
    # Menus, the tray and pop-ups.
    "contacts": "contact",
    "settings": "settings",
    "search": "search",
    "reply": "reply",
    "open": "external-link",
    "sign_out": "log-out",
    "quit": "power",
    "do_not_disturb": "bell-off",
    "shortcuts": "keyboard",
    "help": "circle-help",
    "about": "info",
}

_SVG_COLOUR = b"currentColor"


def icon_file(name: str) -> str:
    """The SVG file of the icon ``name`` (a key of ``ACTION_ICONS``)."""
    return resource_path("icons", "actions", f"{ACTION_ICONS[name]}.svg")


@cache
def _svg(name: str) -> bytes:
    with open(icon_file(name), "rb") as f:
        return f.read()


@cache
def _rendered(name: str, width: int, height: int, colour: str, alpha: float) -> QPixmap:
    # The SVGs stroke in "currentColor": replaced by the colour (#RRGGBB) before rendering,
    # its opacity applied by the painter.
    renderer = QSvgRenderer(QByteArray(_svg(name).replace(_SVG_COLOUR, colour.encode())))
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(alpha)
    side = min(width, height)
    renderer.render(painter, QRectF((width - side) / 2, (height - side) / 2, side, side))
    painter.end()
    return pixmap


def icon_colour(mode: QIcon.Mode = QIcon.Mode.Normal, *, on_accent: bool = False) -> QColor:
    """The colour icons are drawn in: the application palette's text colour (its disabled
    text colour for disabled controls, the highlighted text's for selected menu entries);
    on an accent-coloured button (Send, New SMS) always the highlighted text's."""
    palette = QGuiApplication.palette()
    if on_accent:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class _TintedSvgEngine(QIconEngine):
    """Draws one SVG of the set in the palette's colour for the mode asked."""

    def __init__(self, name: str, on_accent: bool = False) -> None:
        super().__init__()
        self._name = name
        self._on_accent = on_accent

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = icon_colour(mode, on_accent=self._on_accent)
        return _rendered(
            self._name,
            max(1, size.width()),
            max(1, size.height()),
            colour.name(QColor.NameFormat.HexRgb),
            round(colour.alphaF(), 3),
        )

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        size = QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        pixmap = self.pixmap(size, mode, state)
        painter.drawPixmap(rect, pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        engine = _TintedSvgEngine(self._name, self._on_accent)
        _ENGINES.append(engine)  # owned by the QIcon that asked; kept alive from Python
        return engine

    def key(self) -> str:
        return "smsdesk-tinted-svg"

    def iconName(self) -> str:
        return self._name


# Engines handed to Qt: PySide must not collect them while a QIcon uses them.
_ENGINES: list[QIconEngine] = []


@cache
def action_icon(name: str, *, on_accent: bool = False) -> QIcon:
    """The icon ``name`` (a key of ``ACTION_ICONS``), tinted with the current palette's
    text colour whenever it is painted (``on_accent``: its highlighted text colour, for a
    button filled with the accent colour)."""
    engine = _TintedSvgEngine(name, on_accent)
    _ENGINES.append(engine)
    return QIcon(engine)


def prerender_icons(widget: QWidget) -> None:
    """Render the icons of ``widget``'s buttons at the size and pixel ratio they are shown
    at, so that their first paint finds them in the cache (parsing and rasterising the SVGs
    of a toolbar costs a few milliseconds: better spent while the app is idle than in the
    first click on a conversation)."""
    ratio = widget.devicePixelRatioF()
    for button in widget.findChildren(QAbstractButton):
        _render_icon(button, ratio)


def prerender_icons_in_turns(widget: QWidget, per_turn: int = 3) -> None:
    """``prerender_icons``, ``per_turn`` buttons per turn of the event loop: a whole
    panel's SVGs at once held the GUI thread for 10-30 ms at start-up."""
    ratio = widget.devicePixelRatioF()
    left = widget.findChildren(QAbstractButton)

    def some() -> None:
        for button in left[:per_turn]:
            if shiboken6.isValid(button):  # (a button may have gone meanwhile)
                _render_icon(button, ratio)
        del left[:per_turn]
        if left:
            QTimer.singleShot(0, widget, some)  # (not after the panel went)

    some()


def _render_icon(button: QAbstractButton, ratio: float) -> None:
    icon = button.icon()
    if not icon.isNull():
        icon.pixmap(button.iconSize(), ratio)

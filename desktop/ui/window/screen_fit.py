"""Keeping a window on its screen: the size and place it opens with (its default, or the
geometry restored from the last session, perhaps from a larger monitor) are cut down to the
screen's available geometry, so nothing of it (Send, Close...) starts off screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# The window frame's size before the window manager has drawn one (a title bar): room kept
# for it so the frame fits too.
UNKNOWN_FRAME = QMargins(0, 30, 0, 0)


def fitted_geometry(
    geometry: QRect, available: QRect, frame: QMargins, minimum: QSize | None = None
) -> QRect:
    """``geometry`` (the window's inside, without its frame) made to fit, frame included,
    in ``available``: smaller if it is larger (never below ``minimum`` unless the screen
    itself is smaller), then moved inside it."""
    room = available.marginsRemoved(frame)
    width = min(geometry.width(), room.width())
    height = min(geometry.height(), room.height())
    if minimum is not None:
        width = max(width, min(minimum.width(), room.width()))
        height = max(height, min(minimum.height(), room.height()))
    x = min(max(geometry.x(), room.left()), room.left() + room.width() - width)
    y = min(max(geometry.y(), room.top()), room.top() + room.height() - height)
    return QRect(x, y, width, height)


def screen_of(window: QWidget) -> QScreen | None:
    """The screen the window is on (or would open on)."""
    handle = window.windowHandle()
    if handle is not None and handle.screen() is not None:
        screen: QScreen | None = handle.screen()
    else:
        screen = QGuiApplication.screenAt(window.geometry().center())
    return screen if screen is not None else QGuiApplication.primaryScreen()


def fit_to_screen(window: QWidget) -> None:
    """Make ``window`` (not maximized or full screen) fit in its screen's available
    geometry, lowering its minimum size on a screen smaller than that."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = screen_of(window)
    if screen is None:
        return
    available = screen.availableGeometry()
    frame_rect, inside = window.frameGeometry(), window.geometry()
    frame = QMargins(
        inside.left() - frame_rect.left(),
        inside.top() - frame_rect.top(),
        frame_rect.right() - inside.right(),
        frame_rect.bottom() - inside.bottom(),
    )
    if frame.isNull():
        frame = UNKNOWN_FRAME
    room = available.marginsRemoved(frame)
    minimum = window.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        window.setMinimumSize(minimum.boundedTo(room.size()))
    fitted = fitted_geometry(inside, available, frame, window.minimumSize())
    if not window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        # Never placed (the default size): the size only, and the window manager places it.
        if fitted.size() != inside.size():
            window.resize(fitted.size())
    elif fitted != inside:
        window.setGeometry(fitted)

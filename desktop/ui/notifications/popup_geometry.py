"""Where pop-ups go and how they behave as windows, apart from what they show.

The window flags that keep a pop-up from taking the keyboard until it is clicked
(``take_focus``), the screen corner the tray is in, the band around the tray icon that
pop-ups keep clear of, the part of the screen clear of the main window's toolbars, how many
pop-ups fit there, where each pop-up of a stack goes, and a message cut to a few lines.
The placement functions are arithmetic on ``QRect``/``QSize``, tested without a window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from desktop.ui.conversation.messages import display_text

POPUP_WIDTH = 360
MARGIN = 12
GAP = 8

POPUP_FLAGS = (
    Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
)
# Until the user clicks it, a pop-up must not take the keyboard from the application they are
# typing in: it is shown without activation and refuses focus (X11: WM_HINTS input=false).
QUIET_FLAGS = POPUP_FLAGS | Qt.WindowType.WindowDoesNotAcceptFocus


def take_focus(widget: QWidget) -> None:
    """The user clicked a pop-up: from now on it may take the keyboard."""
    handle = widget.windowHandle()
    if handle is not None and handle.flags() & Qt.WindowType.WindowDoesNotAcceptFocus:
        handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
    widget.raise_()
    widget.activateWindow()


def tray_corner(screen: QRect, available: QRect, tray: QRect | None = None) -> Qt.Corner:
    """The screen corner the tray is in.

    From the tray icon's own geometry when the desktop reports it, else from the side the
    taskbar takes away from the screen; bottom-right when nothing tells.
    """
    if tray is not None and tray.isValid() and not tray.isEmpty():
        centre = tray.center()
        top = centre.y() < available.center().y()
        left = centre.x() < available.center().x()
    else:
        top = available.top() > screen.top() and available.bottom() >= screen.bottom()
        left = available.left() > screen.left() and available.right() >= screen.right()
    if top:
        return Qt.Corner.TopLeftCorner if left else Qt.Corner.TopRightCorner
    return Qt.Corner.BottomLeftCorner if left else Qt.Corner.BottomRightCorner


def keep_clear_of(available: QRect, corner: Qt.Corner, tray: QRect | None) -> QRect:
    """``available`` without the band the tray icon sits in, so pop-ups never cover it
    (some trays do not reserve their space from the screen's available geometry)."""
    if tray is None or not tray.isValid() or not available.intersects(tray):
        return available
    clear = QRect(available)
    if corner in (Qt.Corner.TopLeftCorner, Qt.Corner.TopRightCorner):
        clear.setTop(max(available.top(), tray.bottom() + 1))
    else:
        clear.setBottom(min(available.bottom(), tray.top() - 1))
    return clear


def column(available: QRect, corner: Qt.Corner, width: int = POPUP_WIDTH) -> QRect:
    """The strip of ``available`` the stack's pop-ups take: its side's margin, full height."""
    right = corner in (Qt.Corner.TopRightCorner, Qt.Corner.BottomRightCorner)
    left = available.right() - MARGIN - width + 1 if right else available.left() + MARGIN
    return QRect(left, available.top(), width, available.height())


def clear_of_toolbars(
    available: QRect, corner: Qt.Corner, toolbars: Sequence[QRect], first_height: int
) -> QRect:
    """``available`` cut so the stack's column stays clear of ``toolbars``.

    A toolbar (the open conversation's Call … More options, Close) that crosses the column
    pushes the stack below it: a stack hanging from a top corner starts under it, one
    standing on a bottom corner stops under it. If not even the newest pop-up
    (``first_height``) fits below, the stack goes above the toolbar if it fits there, and
    where it always went if it fits nowhere (a pop-up must be seen).
    """
    strip = column(available, corner)
    area = QRect(available)
    for bar in sorted(toolbars, key=lambda r: r.top()):
        if not bar.isValid() or not strip.intersects(bar) or not area.intersects(bar):
            continue
        below = QRect(area)
        below.setTop(max(area.top(), bar.bottom() + 1))
        if below.height() >= first_height + 2 * MARGIN:
            area = below
            continue
        above = QRect(area)
        above.setBottom(min(area.bottom(), bar.top() - 1))
        if above.height() >= first_height + 2 * MARGIN:
            area = above
            continue
        return available
    return area


def fitting(area: QRect, heights: Sequence[int], more_height: int, most: int) -> int:
    """How many pop-ups (``heights`` newest first) the stack shows in ``area``: at most
    ``most``, always at least one, and no more than fit with the "+N more" label under them
    when some are left out."""
    shown = 1
    room = area.height() - 2 * MARGIN
    for count in range(min(most, len(heights)), 1, -1):
        total = sum(heights[:count]) + GAP * (count - 1)
        if count < len(heights):
            total += GAP + more_height
        if total <= room:
            shown = count
            break
    return min(shown, len(heights))


def stack_geometry(
    available: QRect, corner: Qt.Corner, sizes: list[QSize], more: QSize | None = None
) -> tuple[list[QRect], QRect | None]:
    """Where each pop-up goes (``sizes`` newest first), and the "+N more" label.

    The stack reads newest at the top; it hangs from the tray's corner of the available
    geometry (which excludes the taskbar), and never leaves it.
    """
    right = corner in (Qt.Corner.TopRightCorner, Qt.Corner.BottomRightCorner)
    bottom = corner in (Qt.Corner.BottomLeftCorner, Qt.Corner.BottomRightCorner)
    heights = [s.height() for s in sizes]
    total = sum(heights) + GAP * max(0, len(sizes) - 1)
    if more is not None:
        total += GAP + more.height()
    top = available.bottom() - MARGIN - total + 1 if bottom else available.top() + MARGIN
    top = max(top, available.top() + MARGIN)

    def x_for(width: int) -> int:
        return available.right() - MARGIN - width + 1 if right else available.left() + MARGIN

    rects = []
    y = top
    for size in sizes:
        rects.append(QRect(x_for(size.width()), y, size.width(), size.height()))
        y += size.height() + GAP
    more_rect = None
    if more is not None:
        width = sizes[0].width() if sizes else more.width()
        more_rect = QRect(x_for(width), y, width, more.height())
    return rects, more_rect


def elide_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """``text`` cut to ``lines`` wrapped lines, ending with "…" when it was longer."""
    metrics = QFontMetrics(font)
    words = display_text(text).replace("\u2028", " ").split()
    out: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            out.append(current)
        current = word
        if len(out) == lines:
            break
        while metrics.horizontalAdvance(current) > width and len(out) < lines:
            # One long word (a URL): break it where the line is full.
            cut = len(current)
            while cut > 1 and metrics.horizontalAdvance(current[:cut]) > width:
                cut -= 1
            out.append(current[:cut])
            current = current[cut:]
        if len(out) == lines:
            current = ""
            rest = words[index:]
            out[-1] = metrics.elidedText(
                out[-1] + " " + " ".join(rest), Qt.TextElideMode.ElideRight, width
            )
            return "\n".join(out)
    if current and len(out) < lines:
        out.append(current)
    elif current:
        out[-1] = metrics.elidedText(out[-1] + " " + current, Qt.TextElideMode.ElideRight, width)
    return "\n".join(out)

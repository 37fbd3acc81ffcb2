"""The mouse wheel scrolls the page, not the value of a box the pointer happens to cross.

A spin box or drop-down in a scrolling form (Settings) takes wheel turns only once it has
the keyboard focus (a click or Tab); before that the turn scrolls the form, so scrolling
down Settings never changes "Pop-ups close after" from 8 to 16 s unnoticed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


class _WheelWhenFocused(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is not None:  # the turn scrolls the page the box sits on
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def wheel_only_when_focused(root: QWidget) -> None:
    """Make every spin box and drop-down under ``root`` take the wheel only when focused
    (and never take the focus from a wheel turn)."""
    guard = root.findChild(_WheelWhenFocused) or _WheelWhenFocused(root)
    for box in root.findChildren(QAbstractSpinBox) + root.findChildren(QComboBox):
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box.installEventFilter(guard)

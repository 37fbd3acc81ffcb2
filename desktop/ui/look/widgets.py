"""Small widgets shared by the views, and ``plain_tooltip`` for tooltips of untrusted text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QKeySequence, QPainter, QPaintEvent
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QAccessibleWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from desktop.ui.look.spoken import status_label


def native_keys(keys: str) -> str:
    """A shortcut as the desktop writes it in text ("Ctrl+N"; "Strg+N" in German)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows exactly as written.

    A tooltip has no text format of its own: Qt renders it as rich text whenever it "looks
    like" HTML (``Qt.mightBeRichText``), so a contact named ``<img src=x><b>Boss</b>`` would
    show a picture and bold type, and ``&amp;`` would read ``&``. Names, numbers, sender ids,
    message and template text, file names: every tooltip that can carry them goes through
    here. The text is escaped into a paragraph of rich text, which shows its characters
    literally (line breaks kept).
    """
    # WhiteSpaceNormal: ordinary spaces, so a long tooltip still wraps.
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def plain_label(
    text: str = "", *, name: str = "", role: str = "", accessible: str = "", hidden: bool = False
) -> QLabel:
    """A word-wrapped label that shows ``text`` exactly as written, never as rich text (what
    labels say may hold names, numbers and error messages).

    Args:
        text: what it says at first.
        name: its object name (for the style sheet and tests), if any.
        role: its ``role`` property for the style sheet ("note", "fieldHint"), if any.
        accessible: what it is, for screen readers ("Sign-in problem"); its name stays the
            words it shows (see desktop.ui.look.spoken.status_label).
        hidden: hidden until there is something to say.
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    if accessible:
        status_label(label, accessible)
    if hidden:
        label.hide()
    return label


def save_cancel_buttons(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    """A dialog's Save and Cancel, named for screen readers by their text: Save calls
    ``save`` (which closes the dialog when it has saved), Cancel rejects it."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    for button in buttons.buttons():
        button.setAccessibleName(button.text().replace("&", ""))
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def plain_question(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a Yes/No question whose text may hold names, shown as plain text; True for Yes.

    ``QMessageBox.question`` reads its text as rich text when it looks like HTML.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == QMessageBox.StandardButton.Yes


class ElidedLabel(QLabel):
    """A one-line plain-text label that gives up width gracefully: it shrinks with the
    window and ends its text with "…" instead of pushing its neighbours out of view.
    The full text stays available as ``text()`` and as the tooltip when it is cut; an
    ``explanation`` (a longer sentence behind short words), when set, is the tooltip always."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.explanation = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().horizontalAdvance("M…") + 4), hint.height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        elided = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        if self.explanation:
            self.setToolTip(plain_tooltip(self.explanation))
        else:
            self.setToolTip(plain_tooltip(self.text()) if elided != self.text() else "")
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), elided)


# The text of a spin box or date/time edit, from its border (the style sheet cannot reach
# the box's own line edit, and Qt places it at the border whatever the box's padding says):
# room for the 2 px focus ring and a little air.
SPIN_TEXT_INSET = 6
SpinBox = TypeVar("SpinBox", bound=QAbstractSpinBox)


def spin_box(box: SpinBox) -> SpinBox:
    """``box`` with its text set in from the border, clear of the focus ring."""
    editor = box.findChild(QLineEdit)
    if editor is not None:
        editor.setTextMargins(SPIN_TEXT_INSET, 0, 0, 0)
    return box


class HeadingLabel(QLabel):
    """A section's heading: plain text, exposed to assistive technology as a heading (a
    screen reader lists and jumps between headings), its name the words it shows."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(text)
        _install_heading_role()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)


_heading_role_installed = False


def _heading_interface(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, HeadingLabel):
        return QAccessibleWidget(obj, QAccessible.Role.Heading, obj.text())
    return None


def _install_heading_role() -> None:
    """Qt gives a label the role of static text; a ``HeadingLabel`` is a heading."""
    global _heading_role_installed
    if not _heading_role_installed:
        QAccessible.installFactory(_heading_interface)
        _heading_role_installed = True

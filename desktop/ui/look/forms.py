"""One way to lay out a form: labels right-aligned in one column, every field, check box and
hint in the next, so a dialog of several sections (Settings) reads as one form.

``form_layout`` sets the rule on a ``QFormLayout``; ``Form`` adds its rows (a labelled
field, a check box, a hint under the field above it, anything else in the fields column);
``FormColumns`` makes the label columns of several forms one (every label as wide as the
widest, so every field starts at one edge) and drop-downs and spin boxes as tall as the
line edits. A new row goes through ``Form`` and cannot break the alignment.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.look.widgets import plain_label

#: The one rule: labels right-aligned, centred on their field's line.
LABEL_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ROW_SPACING = 8
COLUMN_SPACING = 12
#: The style sheet's role of a hint under a field: muted, small.
HINT_ROLE = "formHint"
HINT_GAP = 3  # between a field and its hint
COMBO_CHARACTERS = 16  # a drop-down's narrowest, in characters
LABEL_CHARACTERS = 30  # the label column's widest, in average characters


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A ``QFormLayout`` with the app's one rule for forms."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setLabelAlignment(LABEL_ALIGNMENT)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(COLUMN_SPACING)
    form.setVerticalSpacing(ROW_SPACING)
    return form


def label_width(label: QLabel) -> int:
    """The width ``label`` needs for its text on one line."""
    margins = label.contentsMargins()
    return (
        label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))
        + margins.left()
        + margins.right()
        + 2 * label.margin()
        + 2
    )


class FormColumns:
    """The label columns of several forms, made one (see ``align``)."""

    def __init__(self) -> None:
        self.labels: list[QLabel] = []
        self.fields: list[QWidget] = []

    def align(self) -> None:
        """Every label as wide as the widest (shown or not: switching what shows moves no
        field), and drop-downs and spin boxes as tall as line edits. Call it once the style
        sheet has polished them (a dialog's ``showEvent``)."""
        # As wide as the widest label, up to LABEL_CHARACTERS: a longer one wraps (German's
        # "Unter dieser Adresse veröffentlichter Ordner" would push the fields off a small
        # screen).
        widths = [label_width(label) for label in self.labels]
        cap = max((label.fontMetrics().averageCharWidth() for label in self.labels), default=0)
        width = min(max(widths, default=0), cap * LABEL_CHARACTERS)
        for label in self.labels:
            label.setFixedWidth(width)
        edits = [f for f in self.fields if isinstance(f, QLineEdit)]
        height = max((e.sizeHint().height() for e in edits), default=0)
        for field in self.fields:
            if isinstance(field, QComboBox | QAbstractSpinBox) and height:
                field.setFixedHeight(height)  # (a spin box asks for a few pixels more)
        # A label exactly as tall as its field, its text centred: on the field's line
        # (QFormLayout puts a label at the top of a taller cell, a field and its hint).
        for label in self.labels:
            buddy = label.buddy()
            if buddy is not None:
                label.setFixedHeight(max(buddy.minimumHeight(), buddy.sizeHint().height()))


class Form:
    """Adds rows to a form the one way.

    Args:
        form: the layout (made with ``form_layout``).
        columns: the dialog's shared columns, which every label and field joins.
    """

    def __init__(self, form: QFormLayout, columns: FormColumns) -> None:
        self.layout = form
        self._columns = columns

    def field(self, text: str, widget: QWidget, hint: str = "") -> list[QWidget]:
        """A labelled field (the label names it to the keyboard: its buddy), and a hint
        close under it if given; returns the row's widgets (to show or hide them together)."""
        label = QLabel(text)
        label.setBuddy(widget)
        label.setAlignment(LABEL_ALIGNMENT)
        label.setWordWrap(True)  # (only past LABEL_CHARACTERS: see FormColumns.align)
        if isinstance(widget, QComboBox):
            # Not as wide as its longest choice ("Südgeorgien und die Südlichen
            # Sandwichinseln (+500)"): the form fits a small screen; the list shows them.
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(COMBO_CHARACTERS)
        self._columns.labels.append(label)
        self._columns.fields.append(widget)
        if not hint:
            self.layout.addRow(label, widget)
            return [label, widget]
        # The field and its hint in one cell: the hint hugs its field, not the next row.
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(HINT_GAP)
        column.addWidget(widget)
        column.addWidget(self._note(hint, widget))
        self.layout.addRow(label, cell)
        return [label, cell]

    def check(self, box: QCheckBox, hint: str = "") -> list[QWidget]:
        """A check box in the fields column, its words wrapping to the column's width (a
        check box's own text never wraps: a long one would widen the whole form)."""
        made: list[QWidget] = [self.wide(WrappingCheck(box))]
        if hint:
            made.append(self.hint(hint, box))
        return made

    def hint(self, text: str, about: QWidget | None = None) -> QLabel:
        """Muted small text in a row of its own, in the fields column (screen readers give
        it as ``about``'s description)."""
        note = self._note(text, about)
        self.wide(note)
        return note

    @staticmethod
    def _note(text: str, about: QWidget | None) -> QLabel:
        note = plain_label(text, role=HINT_ROLE)
        if about is not None:
            about.setAccessibleDescription(text)
        return note

    def wide(self, widget: QWidget) -> QWidget:
        """Anything else (a message, a check box) in the fields column."""
        self.layout.setWidget(self.layout.rowCount(), QFormLayout.ItemRole.FieldRole, widget)
        return widget

    def wide_layout(self, layout: QLayout) -> None:
        """A row of widgets (a button and its result) in the fields column."""
        self.layout.setLayout(self.layout.rowCount(), QFormLayout.ItemRole.FieldRole, layout)


class WrappingCheck(QWidget):
    """A check box whose words wrap: the box, and its text in a word-wrapped label beside
    it that toggles it when clicked (as the box's own text would). The box keeps its
    accessible name (its words) and takes the keyboard."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self.box = box
        text = box.text()
        if not box.accessibleName():
            box.setAccessibleName(text.replace("&", ""))
        box.setText("")
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.label.setBuddy(box)
        self.label.setObjectName("checkText")
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.installEventFilter(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def showEvent(self, event: QShowEvent) -> None:
        # One line of words centred on the box; more lines go down from there.
        self.label.setMinimumHeight(self.box.sizeHint().height())
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.label
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self.box.isEnabled()
        ):
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return super().eventFilter(watched, event)

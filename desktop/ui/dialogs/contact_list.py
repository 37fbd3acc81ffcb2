"""The Contacts dialog's list: the contacts of a search (``ContactListModel``), each row
painted by ``ContactListDelegate`` (a round avatar with initials, the name in bold, the
company and first number muted below, elided with "…"), in ``ContactListView``, which
asks for the current contact's form on Enter, F2 and a double-click."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.models import Contact, ContactId
from desktop.core.phone import format_for_display
from desktop.ui.look import glyphs
from desktop.ui.look.theme import Colors

__all__ = [
    "ROW_HEIGHT",
    "ContactListDelegate",
    "ContactListModel",
    "ContactListRole",
    "ContactListView",
    "RowText",
]

AnyIndex = QModelIndex | QPersistentModelIndex

ROW_HEIGHT = 56
AVATAR = 36.0
PAD = 10.0
GAP = 10.0
# The second line keeps the number whole while the company can shrink to this many pixels.
MIN_COMPANY = 48


class ContactListRole(IntEnum):
    """Data roles shared by the model and its delegate."""

    CONTACT = Qt.ItemDataRole.UserRole + 1
    # The first number as shown ("(415) 555-0134"), or "".
    NUMBER = Qt.ItemDataRole.UserRole + 2


def contact_key(contact: Contact) -> str:
    """What picks the avatar's colour: the first number, as the chat list picks it for a
    conversation with that number (the same person, the same colour)."""
    return contact.numbers[0] if contact.numbers else contact.name


class ContactListModel(QAbstractListModel):
    """The contacts shown in the Contacts dialog (a search result, loaded in the store
    thread), in the store's order (by name)."""

    def __init__(self, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._region = region
        self._rows: list[Contact] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return contact.name
        if role == ContactListRole.CONTACT:
            return contact
        if role == ContactListRole.NUMBER:
            return format_for_display(contact.numbers[0], self._region) if contact.numbers else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # "Ann Lee, Acme, (415) 555-0100, +49 151 23456789": what the row shows, and
            # every number (the row shows the first).
            parts = [contact.name]
            if contact.company:
                parts.append(contact.company)
            parts.extend(format_for_display(n, self._region) for n in contact.numbers)
            return ", ".join(parts)
        return None

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self._rows = list(contacts)
        self.endResetModel()

    def contact_at(self, row: int) -> Contact:
        return self._rows[row]

    def row_of(self, contact_id: ContactId) -> int | None:
        """The row of the contact with this id, or None when the list does not hold it."""
        return next((r for r, c in enumerate(self._rows) if c.id == contact_id), None)


@dataclass(frozen=True)
class RowText:
    """The two lines of a row as painted: already elided to fit."""

    name: str
    detail: str


class ContactListDelegate(QStyledItemDelegate):
    """Paints a contact row: avatar, name (bold), company · first number (muted)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Translated once, not for every row painted.
        #: a contact row's second line: the company, then the first number
        self._company_and_number = translate("ContactsDialog", "{company} · {number}")

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    @staticmethod
    def fonts(base: QFont) -> tuple[QFont, QFont]:
        """The name's font and the detail line's."""
        name = QFont(base)
        name.setWeight(QFont.Weight.Bold)
        return name, QFont(base)

    @staticmethod
    def text_width(row_width: int) -> int:
        """The width the lines of text have in a row ``row_width`` wide."""
        return max(0, int(row_width - 2 * PAD - AVATAR - GAP))

    def row_text(self, option: QStyleOptionViewItem, index: AnyIndex) -> RowText:
        """The lines of the row at ``index`` as they are painted in ``option.rect``."""
        contact = index.data(ContactListRole.CONTACT)
        if not isinstance(contact, Contact):
            return RowText("", "")
        number = str(index.data(ContactListRole.NUMBER) or "")
        width = self.text_width(option.rect.width())
        name_font, detail_font = self.fonts(option.font)
        name = QFontMetrics(name_font).elidedText(contact.name, Qt.TextElideMode.ElideRight, width)
        metrics = QFontMetrics(detail_font)
        detail = _detail(self._company_and_number, contact.company, number, metrics, width)
        return RowText(name, detail)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        contact = index.data(ContactListRole.CONTACT)
        if not isinstance(contact, Contact):
            return
        colors = Colors.from_palette(option.palette)
        rect = QRectF(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.fillRect(
            rect, colors.selection if selected else colors.hover if hovered else colors.base
        )
        if option.state & QStyle.StateFlag.State_HasFocus:
            # The current row when the list has keyboard focus: a 2 px ring inside the row.
            painter.setPen(QPen(colors.focus_ring, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        avatar = QRectF(rect.left() + PAD, rect.center().y() - AVATAR / 2, AVATAR, AVATAR)
        glyphs.paint_avatar(painter, avatar, contact.name, contact_key(contact))

        text = self.row_text(option, index)
        left = avatar.right() + GAP
        width = float(self.text_width(option.rect.width()))
        name_font, detail_font = self.fonts(option.font)
        line = QFontMetrics(name_font).height() + 2
        top = rect.center().y() - line if text.detail else rect.center().y() - line / 2
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(name_font)
        painter.setPen(colors.selection_text if selected else colors.text)
        painter.drawText(QRectF(left, top, width, line), align, text.name)
        if text.detail:
            painter.setFont(detail_font)
            painter.setPen(colors.selection_muted if selected else colors.muted)
            painter.drawText(QRectF(left, top + line, width, line), align, text.detail)
        painter.restore()


def _detail(joined: str, company: str, number: str, metrics: QFontMetrics, width: int) -> str:
    """The second line, "Acme · (415) 555-0134" (``joined`` says how), fitted to ``width``:
    the company gives way first (elided), so the number stays whole while there is room."""
    if not company or not number:
        return metrics.elidedText(company or number, Qt.TextElideMode.ElideRight, width)
    whole = joined.format(company=company, number=number)
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    room = width - metrics.horizontalAdvance(joined.format(company="", number=number))
    if room >= MIN_COMPANY:
        short = metrics.elidedText(company, Qt.TextElideMode.ElideRight, room)
        fitted = joined.format(company=short, number=number)
        if metrics.horizontalAdvance(fitted) <= width:
            return fitted
    return metrics.elidedText(whole, Qt.TextElideMode.ElideRight, width)


class ContactListView(QListView):
    """The list of contacts: fixed-height rows, one selected at a time.

    Enter, Return, F2 and a double-click ask for the current contact's form; Delete asks to
    delete it.

    Signals:
        sig_edit_requested(): edit the current contact.
        sig_delete_requested(): delete the current contact.
    """

    sig_edit_requested = Signal()
    sig_delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactList")
        self.setAccessibleName(translate("ContactsDialog", "Contact list"))
        self.setItemDelegate(ContactListDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.doubleClicked.connect(lambda _index: self.sig_edit_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        current = self.currentIndex()
        if not modifiers and current.isValid():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                event.accept()
                self.sig_edit_requested.emit()
                return
            if event.key() == Qt.Key.Key_Delete:
                event.accept()
                self.sig_delete_requested.emit()
                return
        super().keyPressEvent(event)

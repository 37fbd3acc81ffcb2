"""The Contacts dialog's right-hand pane when it is not editing: one contact's card (a big
avatar, the name, the company, every number with a Message button, the note, and Edit and
Delete), or, with nothing to show, what to do next ("No contacts yet." with Add contact and
Import…)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.models import Contact
from desktop.core.phone import format_for_display
from desktop.ui.dialogs.contact_list import contact_key
from desktop.ui.look import glyphs
from desktop.ui.look.widgets import plain_label

__all__ = ["Avatar", "ContactCard", "EmptyContacts"]


class Avatar(QWidget):
    """A round avatar with a contact's initials, painted as the chat list paints them."""

    def __init__(self, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self._label = ""
        self._key = ""
        self.setFixedSize(size, size)

    def show_contact(self, contact: Contact) -> None:
        self._label, self._key = contact.name, contact_key(contact)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._key:
            return
        painter = QPainter(self)
        glyphs.paint_avatar(painter, QRectF(0, 0, self._size, self._size), self._label, self._key)


def _button(text: str, name: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", "").replace("…", "").strip())
    button.setAutoDefault(False)  # Enter in the dialog never deletes or edits by surprise
    if name:
        button.setObjectName(name)
    return button


class ContactCard(QWidget):
    """One contact, as read: avatar, name, company, numbers, note; Edit and Delete.

    Signals:
        sig_edit(): Edit was pressed.
        sig_delete(): Delete was pressed.
        sig_message(str): Message was pressed beside this number (E.164).
    """

    sig_edit = Signal()
    sig_delete = Signal()
    sig_message = Signal(str)

    def __init__(self, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactCard")
        self._region = region
        self.contact: Contact | None = None
        self.avatar = Avatar(72)
        self.name = plain_label(name="contactName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.company = plain_label(name="contactCompany")
        self.company.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = _button(translate("ContactsDialog", "Edit"))
        self.edit_button.clicked.connect(self.sig_edit)
        self.delete_button = _button(translate("ContactsDialog", "Delete"))
        self.delete_button.clicked.connect(self.sig_delete)

        title = QVBoxLayout()
        title.setSpacing(2)
        title.addStretch(1)
        title.addWidget(self.name)
        title.addWidget(self.company)
        title.addStretch(1)
        head = QHBoxLayout()
        head.setSpacing(16)
        head.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(title, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)

        #: the heading above a contact's phone numbers
        self.numbers_heading = plain_label(
            translate("ContactsDialog", "Numbers"), role="contactSection"
        )
        self.numbers = QGridLayout()
        self.numbers.setHorizontalSpacing(12)
        self.numbers.setColumnStretch(0, 1)
        self.message_buttons: list[QPushButton] = []
        self._number_labels: list[QLabel] = []
        self.note_heading = plain_label(translate("ContactsDialog", "Note"), role="contactSection")
        self.note = plain_label(name="contactNote")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addLayout(actions)
        layout.addSpacing(8)
        layout.addWidget(self.numbers_heading)
        layout.addLayout(self.numbers)
        layout.addSpacing(8)
        layout.addWidget(self.note_heading)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_contact(self, contact: Contact) -> None:
        """Show ``contact``: its numbers formatted for display, each with Message."""
        if contact == self.contact:
            return
        self.contact = contact
        self.avatar.show_contact(contact)
        self.name.setText(contact.name)
        self.company.setText(contact.company)
        self.company.setVisible(bool(contact.company))
        for widget in (*self._number_labels, *self.message_buttons):
            self.numbers.removeWidget(widget)
            widget.deleteLater()
        self._number_labels, self.message_buttons = [], []
        for row, number in enumerate(contact.numbers):
            shown = format_for_display(number, self._region)
            label = plain_label(shown, role="contactNumber")
            label.setWordWrap(False)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            #: button beside a contact's number: opens the conversation with that number
            message = _button(translate("ContactsDialog", "Message"), "messageNumber")
            # The visible word, and which number it is for (several buttons read alike).
            message.setAccessibleName(
                #: what a screen reader says of the Message button: its word first, then
                #: the number it writes to ("Message (415) 555-0134")
                translate("ContactsDialog", "Message {number}").format(number=shown)
            )
            message.clicked.connect(lambda _checked=False, n=number: self.sig_message.emit(n))
            self.numbers.addWidget(label, row, 0)
            self.numbers.addWidget(message, row, 1)
            label.show()  # (shown with the card, not a turn of the event loop later)
            message.show()
            self._number_labels.append(label)
            self.message_buttons.append(message)
        self.note.setText(contact.note)
        self.note.setVisible(bool(contact.note))
        self.note_heading.setVisible(bool(contact.note))

    def focus_chain(self) -> list[QWidget]:
        """The card's controls in the order Tab visits them."""
        return [self.edit_button, self.delete_button, *self.message_buttons]


class EmptyContacts(QWidget):
    """The pane with no contact to show: why, and what to do ("No contacts yet." with Add
    contact and Import…; "No contact matches." with Add contact).

    Signals:
        sig_add(): Add contact was pressed.
        sig_import(): Import… was pressed.
    """

    sig_add = Signal()
    sig_import = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsEmpty")
        self.title = plain_label(name="contactsEmptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint = plain_label(name="contactsEmptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.add_button = _button(translate("ContactsDialog", "Add contact"), "primaryButton")
        self.add_button.clicked.connect(self.sig_add)
        self.import_button = _button(translate("ContactsDialog", "Import…"))
        self.import_button.clicked.connect(self.sig_import)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_state(self, *, searching: bool, empty: bool) -> None:
        """No contacts at all (``empty``), none found by the search, or none chosen."""
        if empty and not searching:
            self.title.setText(translate("ContactsDialog", "No contacts yet."))
            self.hint.setText(
                translate(
                    "ContactsDialog",
                    "Add the people you text, or import them from a vCard or CSV file "
                    "(phones and address books export one).",
                )
            )
        elif empty:
            self.title.setText(translate("ContactsDialog", "No contact matches."))
            self.hint.setText(
                translate("ContactsDialog", "Search looks at names, companies and numbers.")
            )
        else:
            self.title.setText(translate("ContactsDialog", "No contact chosen."))
            self.hint.setText(
                translate("ContactsDialog", "Choose a contact in the list to see it here.")
            )
        self.import_button.setVisible(empty and not searching)
        self.add_button.setVisible(empty)

    def focus_chain(self) -> list[QWidget]:
        return [w for w in (self.add_button, self.import_button) if not w.isHidden()]

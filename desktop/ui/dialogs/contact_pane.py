"""The Contacts dialog's right-hand pane, one page at a time: the chosen contact's card,
the form that edits it in place (or adds one), or what to do when there is no contact."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.i18n import translate
from desktop.core.models import Contact
from desktop.ui.dialogs.contact_card import ContactCard, EmptyContacts
from desktop.ui.dialogs.contact_form import ContactForm
from desktop.ui.look.widgets import plain_label
from desktop.ui.threads.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.store.ports import ContactsStore

__all__ = ["ContactPane"]


class ContactPane(QStackedWidget):
    """The card (in a scroll area: a long note scrolls), the form with its title, and the
    empty state; ``show_contact``, ``open_form`` and ``show_empty`` choose the page.

    Attributes:
        card: the chosen contact (its signals: Edit, Delete, Message).
        form: the form (its signals: saved, cancelled).
        empty: no contact to show (its signals: Add contact, Import…).
    """

    def __init__(
        self,
        store: ContactsStore,
        tasks: TaskRunner,
        region: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactPane")
        self.card = ContactCard(region)
        self.card_scroll = QScrollArea()
        self.card_scroll.setObjectName("contactCardScroll")
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setWidget(self.card)
        self.form = ContactForm(store, tasks, region)
        self.form_title = plain_label(name="contactFormTitle")
        self.form_page = QWidget()
        form_layout = QVBoxLayout(self.form_page)
        form_layout.setContentsMargins(4, 4, 4, 4)
        form_layout.addWidget(self.form_title)
        form_layout.addWidget(self.form)
        form_layout.addStretch(1)
        self.empty = EmptyContacts()
        self.empty.show_state(searching=False, empty=False)
        for page in (self.empty, self.card_scroll, self.form_page):
            self.addWidget(page)

    def show_contact(self, contact: Contact) -> None:
        """The card of ``contact``."""
        self.card.show_contact(contact)
        self.setCurrentWidget(self.card_scroll)

    def show_empty(self, *, searching: bool, empty: bool) -> None:
        """No contact to show: none at all (``empty``), none found, or none chosen."""
        self.empty.show_state(searching=searching, empty=empty)
        self.setCurrentWidget(self.empty)

    def open_form(self, contact: Contact | None) -> None:
        """The form: ``contact`` to edit, or empty for a new one; the cursor in Name."""
        self.form_title.setText(
            translate("ContactsDialog", "Edit contact")
            if contact
            else translate("ContactsDialog", "Add contact")
        )
        self.form.load(contact)
        self.setCurrentWidget(self.form_page)
        self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_chain(self) -> list[QWidget]:
        """The page's controls in the order Tab visits them."""
        page = self.currentWidget()
        if page is self.form_page:
            form = self.form
            return [form.name, form.numbers, form.company, form.note, *form.buttons.buttons()]
        if page is self.card_scroll:
            return self.card.focus_chain()
        return self.empty.focus_chain()

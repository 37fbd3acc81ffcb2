"""Contacts: on the left the search and the list; on the right the chosen contact (numbers
with Message, the note), edited in place with the same form that "Add contact" shows;
import (with a preview) and export. Names then show in the chat list and conversation
header instead of numbers."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.models import Contact, ContactId
from desktop.ui.dialogs.contact_form import ContactEditor, ContactForm
from desktop.ui.dialogs.contact_import import EXPORT_FORMATS, ContactFiles, ImportPreviewDialog
from desktop.ui.dialogs.contact_list import ContactListModel, ContactListView
from desktop.ui.dialogs.contact_pane import ContactPane
from desktop.ui.look.widgets import plain_label, plain_question
from desktop.ui.threads.operations import ContactOperations
from desktop.ui.threads.tasks import TaskRunner
from desktop.ui.window.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from desktop.store.ports import ContactsStore

# Where they were before the split: callers import them from here.
__all__ = [
    "EXPORT_FORMATS",
    "ContactEditor",
    "ContactListModel",
    "ContactsDialog",
    "ImportPreviewDialog",
]


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text.replace("…", "").strip())
    button.setAutoDefault(False)
    return button


class ContactsDialog(ContactFiles):
    """Contacts: search, see, add, edit in place, delete, message, import and export.

    Keyboard: the search has the focus first; Down or Enter there goes into the list;
    Enter, F2 or a double-click on a row edits it, Delete deletes it; in the form, Enter in
    a line saves and Escape cancels. Tab goes search → list → the contact's actions → Add,
    Import…, Export… → Close.

    Args:
        store: used in the store thread only.
        tasks: the store thread.
        region: default region for numbers.

    Signals:
        sig_message(str): open the conversation with this number (E.164); the dialog closes.
    """

    sig_message = Signal(str)

    def __init__(
        self, store: ContactsStore, tasks: TaskRunner, region: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.setWindowTitle(translate("ContactsDialog", "Contacts"))
        self.resize(860, 580)
        self.setMinimumSize(640, 440)
        self._store = store
        self._tasks = tasks
        self._region = region
        self._generation = 0
        self._editing = False
        self._contacts_loaded = False
        self._select_id: ContactId | None = None  # to choose when the list next arrives
        self._select_row: int | None = None  # (after a delete: the row that took its place)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self.refresh)

        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setAccessibleName(translate("ContactsDialog", "Search contacts"))
        self.search.setPlaceholderText(
            translate("ContactsDialog", "Search by name, company or number")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.installEventFilter(self)
        self.model = ContactListModel(region, self)
        self.view = ContactListView()
        self.view.setModel(self.model)
        # (Not currentChanged: a click makes the row current before it selects it.)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.view.sig_edit_requested.connect(self.edit_selected)
        self.view.sig_delete_requested.connect(self.delete_selected)
        self.count = plain_label(name="contactCount")

        self.pane = ContactPane(store, tasks, region)
        self.card, self.form, self.empty = self.pane.card, self.pane.form, self.pane.empty
        self.form_title = self.pane.form_title
        self.card.sig_edit.connect(self.edit_selected)
        self.card.sig_delete.connect(self.delete_selected)
        self.card.sig_message.connect(self._message)
        self.form.sig_saved.connect(self._saved)
        self.form.sig_cancelled.connect(self._cancel_edit)
        self.empty.sig_add.connect(self.add)
        self.empty.sig_import.connect(self.import_file)
        # The form being edited in the pane, once Add or Edit opened it.
        self.editor: ContactForm | None = None

        self.add_button = _button(translate("ContactsDialog", "Add"))
        self.add_button.clicked.connect(self.add)
        self.import_button = _button(translate("ContactsDialog", "Import…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = _button(translate("ContactsDialog", "Export…"))
        self.export_button.clicked.connect(self.export_file)
        self.status = plain_label(name="contactsStatus")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(translate("ContactsDialog", "Close"))
        self.close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.view, 1)
        left.addWidget(self.count)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 2)
        columns.addWidget(self.pane, 3)
        bottom = QHBoxLayout()
        for widget in (self.add_button, self.import_button, self.export_button):
            bottom.addWidget(widget)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

        self._chain_tabs()
        self.search.setFocus()
        self.refresh()
        # Closed (and deleted): a list still being read has nobody to go to.
        self.finished.connect(self._forget_pending)

    def showEvent(self, event: QShowEvent) -> None:
        if not event.spontaneous():
            fit_to_screen(self)  # (a small screen: smaller, the list and card still whole)
        super().showEvent(event)

    def _forget_pending(self, _result: int) -> None:
        self._generation += 1

    # -- list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the contacts the search finds (the store thread), then show them."""
        self._generation += 1
        generation = self._generation
        text = self.search.text().strip()
        store = self._store
        self._tasks.run(
            lambda: store.contacts.list(text),
            lambda contacts: self._show(contacts, generation),
        )

    def _show(self, contacts: list[Contact], generation: int) -> None:
        if generation != self._generation:
            return
        chosen = self._selected()
        searching = bool(self.search.text().strip())
        wanted = self._select_id if self._select_id is not None else (chosen.id if chosen else None)
        if (
            self._select_id is not None
            and searching
            and all(c.id != self._select_id for c in contacts)
        ):
            # Just saved, and the search no longer finds it: show every contact instead.
            self.search.clear()
            return
        self._select_id = None
        self.model.set_contacts(contacts)
        self._contacts_loaded = True
        if not contacts:
            self.count.setText(
                translate("ContactsDialog", "No contact matches.")
                if searching
                else translate("ContactsDialog", "No contacts yet.")
            )
        else:
            count = len(contacts)  # lupdate reads a plain name as the count
            self.count.setText(translate("ContactsDialog", "%n contact(s)", None, count))
        # The empty pane says it in large type: the line under the list would repeat it.
        self.count.setVisible(bool(contacts))
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and self._select_row is not None and contacts:
            row = min(self._select_row, len(contacts) - 1)
        self._select_row = None
        if row is None and contacts:
            row = 0
        if row is not None:
            self.select_row(row)
        elif not self._editing:
            self._show_current()

    def select_row(self, row: int) -> None:
        """Choose the contact in ``row``: selected, current, shown in the pane."""
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        self._show_current()

    def _selected(self) -> Contact | None:
        chosen = self.view.selectionModel().selectedIndexes()
        return self.model.contact_at(chosen[0].row()) if chosen else None

    def _show_current(self) -> None:
        """The pane shows the chosen contact, or what to do when there is none."""
        if self._editing:
            return
        contact = self._selected()
        if contact is not None:
            self.pane.show_contact(contact)
        else:
            empty = self.model.rowCount() == 0 and self._contacts_loaded
            self.pane.show_empty(searching=bool(self.search.text().strip()), empty=empty)
        self._chain_tabs()

    def _chain_tabs(self) -> None:
        """Tab order: search, list, what the pane holds, Add, Import…, Export…, Close."""
        chain = [
            self.search,
            self.view,
            *self.pane.focus_chain(),
            self.add_button,
            self.import_button,
            self.export_button,
            self.close_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down (or Enter) in the search goes into the list, on the chosen row or the first;
        # Escape empties a search before it closes the dialog.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and not event.modifiers() and self.search.text():
                self.search.clear()
                return True
            keys = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if event.key() in keys and not event.modifiers() and self.model.rowCount():
                if self._selected() is None:
                    self.select_row(0)
                self.view.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    # -- editing in place -----------------------------------------------------------------

    def add(self) -> None:
        """The pane becomes an empty form for a new contact."""
        self._open_form(None)

    def edit_selected(self) -> None:
        """The pane becomes the form of the chosen contact."""
        contact = self._selected()
        if contact is not None:
            self._open_form(contact)

    def _open_form(self, contact: Contact | None) -> None:
        self._set_editing(True)
        self.pane.open_form(contact)
        self.editor = self.form
        self._chain_tabs()

    def _set_editing(self, editing: bool) -> None:
        """While the form is open, the rest waits: Save or Cancel first (nothing typed is
        dropped by a click elsewhere)."""
        self._editing = editing
        for widget in (
            self.search,
            self.view,
            self.add_button,
            self.import_button,
            self.export_button,
        ):
            widget.setEnabled(not editing)

    def _saved(self, contact: Contact) -> None:
        self._set_editing(False)
        self.pane.show_contact(contact)
        self._chain_tabs()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._select_id = contact.id  # chosen again when the list arrives
        self.refresh()

    def _cancel_edit(self) -> None:
        self._set_editing(False)
        self._show_current()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def editing(self) -> bool:
        """True while the pane is the form (Add or Edit)."""
        return self._editing

    def _message(self, number: str) -> None:
        self.sig_message.emit(number)
        self.accept()

    # -- deleting -------------------------------------------------------------------------

    def delete_selected(self) -> None:
        contact = self._selected()
        if contact is None or self._editing:
            return
        if plain_question(
            self,
            translate("ContactsDialog", "Delete contact"),
            translate(
                "ContactsDialog", "Delete {name}? Their conversations stay, shown by number."
            ).format(name=contact.name),
        ):
            self._select_row = self.view.currentIndex().row()
            self.delete(contact.id)

    def delete(self, contact_id: ContactId) -> None:
        store = self._store
        ContactOperations(self._tasks, store, self._set_status).delete_contacts(
            [contact_id], lambda _r: self.refresh()
        )

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    @property
    def status_text(self) -> str:
        return self.status.text()

"""Contacts: the list with search, the editor, and vCard/CSV import (with a preview) and
export. Names then show in the chat list and conversation header instead of numbers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.models import Contact, ContactDraft, ContactId
from desktop.core.phone import check_number, format_for_display
from desktop.files.contacts import (
    ContactFileError,
    ImportPreview,
    read_contacts,
    write_csv,
    write_vcard,
)
from desktop.system.private_files import write_private_text
from desktop.ui.look.widgets import plain_label, plain_question, save_cancel_buttons
from desktop.ui.threads.failures import Failure
from desktop.ui.threads.operations import ContactOperations
from desktop.ui.threads.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.store import ImportResult
    from desktop.store.ports import ContactsStore

log = logging.getLogger("smsdesk.ui.contacts")

AnyIndex = QModelIndex | QPersistentModelIndex

# The export file dialog's filters: names of file formats, the same in every language
# (export_file tells the chosen format by them).
EXPORT_FORMATS = "vCard 4.0 (*.vcf);;vCard 3.0 (*.vcf);;CSV (*.csv)"


class ContactEditor(QDialog):
    """Add or edit one contact: name, numbers (one per line), company, note.

    Args:
        store: written in the store thread only.
        tasks: the store thread.
        region: default region for reading numbers.
        contact: the contact to edit, or None for a new one.
        number: a number to start a new contact with (from a conversation).

    Signals:
        sig_saved(Contact): the contact as stored.
    """

    sig_saved = Signal(object)

    def __init__(
        self,
        store: ContactsStore,
        tasks: TaskRunner,
        region: str,
        *,
        contact: Contact | None = None,
        number: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactEditor")
        self.setWindowTitle(
            translate("ContactsDialog", "Edit contact")
            if contact
            else translate("ContactsDialog", "Add contact")
        )
        self.setMinimumWidth(440)
        self._store = store
        self._tasks = tasks
        self._region = region
        self._contact = contact

        self.name = QLineEdit(contact.name if contact else "")
        self.name.setAccessibleName(translate("ContactsDialog", "Name"))
        self.name.setMaxLength(200)
        numbers = contact.numbers if contact else ((number,) if number else ())
        self.numbers = QPlainTextEdit("\n".join(format_for_display(n, region) for n in numbers))
        self.numbers.setAccessibleName(translate("ContactsDialog", "Numbers"))
        self.numbers.setPlaceholderText(
            translate("ContactsDialog", "One number per line, e.g. +1 415 555 0100")
        )
        self.numbers.setTabChangesFocus(True)
        self.numbers.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.company = QLineEdit(contact.company if contact else "")
        self.company.setAccessibleName(translate("ContactsDialog", "Company"))
        self.note = QPlainTextEdit(contact.note if contact else "")
        self.note.setAccessibleName(translate("ContactsDialog", "Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.problem = plain_label(name="saveProblem", hidden=True)

        form = QFormLayout()
        form.addRow(translate("ContactsDialog", "Name"), self.name)
        form.addRow(translate("ContactsDialog", "Numbers"), self.numbers)
        form.addRow(translate("ContactsDialog", "Company"), self.company)
        form.addRow(translate("ContactsDialog", "Note"), self.note)
        self.buttons = save_cancel_buttons(self, self.save)
        # Enter in Name or Company saves, and Save looks like the button it presses: set
        # before the first show, so the style sheet's [default="true"] applies.
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        (self.numbers if contact is None and number else self.name).setFocus()
        if contact is None and number:
            self.name.setFocus()

    def draft(self) -> tuple[ContactDraft | None, list[str]]:
        """The contact as typed, and the problems that stop it being saved."""
        problems: list[str] = []
        name = self.name.text().strip()
        if not name:
            problems.append(translate("ContactsDialog", "Enter a name."))
        numbers: list[str] = []
        unreadable = False
        for line in self.numbers.toPlainText().splitlines():
            if not line.strip():
                continue
            check = check_number(line, self._region)
            if check.number is None:
                unreadable = True
                problems.append(
                    #: a line of the Numbers box that is not a number, and why
                    translate("ContactsDialog", "“{number}”: {problem}").format(
                        number=line.strip(), problem=check.message
                    )
                )
            elif check.number not in numbers:
                numbers.append(check.number)
        if not numbers and not unreadable:
            problems.append(translate("ContactsDialog", "Enter at least one number."))
        if problems:
            return None, problems
        return (
            ContactDraft(
                name=name,
                numbers=tuple(numbers),
                company=self.company.text().strip(),
                note=self.note.toPlainText().strip(),
                id=self._contact.id if self._contact else None,
            ),
            [],
        )

    def save(self) -> None:
        draft, problems = self.draft()
        if draft is None:
            self._show_problem(" ".join(problems))
            return
        self.buttons.setEnabled(False)
        store = self._store
        ContactOperations(self._tasks, store, self._show_problem).save_contact(
            draft, self._saved, self._failed
        )

    def _saved(self, contact: Contact) -> None:
        self.sig_saved.emit(contact)
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.buttons.setEnabled(True)
        if failure.refusal is not None:
            self._show_problem(failure.sentence)
        else:
            self._show_problem(
                translate("ContactsDialog", "The contact could not be saved. {reason}").format(
                    reason=failure.sentence
                )
            )

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    @property
    def problem_text(self) -> str:
        return self.problem.text() if self.problem.isVisible() else ""


class ImportPreviewDialog(QDialog):
    """Shows what a contacts file holds before anything is imported: the contacts that will
    be imported (duplicates merged by number) and the rows that can't be, with why."""

    def __init__(
        self, preview: ImportPreview, filename: str, region: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(
            translate("ContactsDialog", "Import contacts from {file}").format(file=filename)
        )
        self.resize(720, 480)
        self.preview = preview
        invalid = preview.invalid
        drafts = len(preview.drafts)
        if preview.merged:
            rows = preview.merged  # lupdate reads a plain name as the count
            merged = translate("ContactsDialog", "%n duplicate row(s) merged by number", None, rows)
            #: {merged} is "3 duplicate rows merged by number"
            summary = translate(
                "ContactsDialog", "%n contact(s) will be imported ({merged}).", None, drafts
            ).format(merged=merged)
        else:
            summary = translate("ContactsDialog", "%n contact(s) will be imported.", None, drafts)
        if invalid:
            # Two sentences: each says its own number.
            refused = len(invalid)  # lupdate reads a plain name as the count
            summary = " ".join(
                (
                    summary,
                    translate(
                        "ContactsDialog",
                        "%n row(s) can't be imported: see the reasons below.",
                        None,
                        refused,
                    ),
                )
            )
        self.summary = plain_label(summary, name="importSummary")

        self.table = QTableWidget(len(preview.rows), 4)
        self.table.setAccessibleName(translate("ContactsDialog", "Contacts in the file"))
        self.table.setHorizontalHeaderLabels(
            [
                #: the column of the row's line number in the file
                translate("ContactsDialog", "Row"),
                translate("ContactsDialog", "Name"),
                translate("ContactsDialog", "Numbers"),
                translate("ContactsDialog", "Status"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        will_be_imported = translate("ContactsDialog", "Will be imported")
        for row, item in enumerate(preview.rows):
            numbers = ", ".join(format_for_display(n, region) for n in item.numbers)
            status = will_be_imported if item.valid else "; ".join(item.problems)
            if item.valid and item.problems:
                status = translate("ContactsDialog", "Will be imported ({problems})").format(
                    problems="; ".join(item.problems)
                )
            for column, text in enumerate((str(item.line), item.name, numbers, status)):
                cell = QTableWidgetItem(text)
                if column == 3 and not item.valid:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            translate("ContactsDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(translate("ContactsDialog", "Import"))
        self.import_button.setEnabled(bool(preview.drafts))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("ContactsDialog", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)


class ContactListModel(QAbstractListModel):
    """The contacts shown in the Contacts dialog (a search result, loaded in the store
    thread)."""

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
            numbers = ", ".join(format_for_display(n, self._region) for n in contact.numbers)
            company = f" · {contact.company}" if contact.company else ""
            return f"{contact.name}{company}\n{numbers}"
        if role == Qt.ItemDataRole.UserRole:
            return contact
        return None

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self._rows = list(contacts)
        self.endResetModel()

    def contact_at(self, row: int) -> Contact:
        return self._rows[row]


class ContactsDialog(QDialog):
    """Contacts: search, add, edit, delete, import and export.

    Args:
        store: used in the store thread only.
        tasks: the store thread.
        region: default region for numbers.
    """

    def __init__(
        self, store: ContactsStore, tasks: TaskRunner, region: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.setWindowTitle(translate("ContactsDialog", "Contacts"))
        self.resize(560, 560)
        self._store = store
        self._tasks = tasks
        self._region = region
        self._generation = 0
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self.refresh)

        self.search = QLineEdit()
        self.search.setAccessibleName(translate("ContactsDialog", "Search contacts"))
        self.search.setPlaceholderText(
            translate("ContactsDialog", "Search by name, company or number")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.model = ContactListModel(region, self)
        self.view = QListView()
        self.view.setAccessibleName(translate("ContactsDialog", "Contact list"))
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count = plain_label(name="contactCount")
        self.status = plain_label(name="contactsStatus")

        def button(text: str, slot: Callable[[], object]) -> QPushButton:
            widget = QPushButton(text)
            widget.setAccessibleName(text.replace("…", "").strip())
            widget.clicked.connect(slot)
            return widget

        self.add_button = button(translate("ContactsDialog", "Add"), self.add)
        self.edit_button = button(translate("ContactsDialog", "Edit"), self.edit_selected)
        self.delete_button = button(translate("ContactsDialog", "Delete"), self.delete_selected)
        self.import_button = button(translate("ContactsDialog", "Import…"), self.import_file)
        self.export_button = button(translate("ContactsDialog", "Export…"), self.export_file)
        row = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("ContactsDialog", "Close")
        )
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self._update_buttons()
        self.refresh()
        # Closed (and deleted): a list still being read has nobody to go to.
        self.finished.connect(self._forget_pending)

    def _forget_pending(self, _result: int) -> None:
        self._generation += 1

    # -- list -----------------------------------------------------------------------------

    def refresh(self) -> None:
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
        self.model.set_contacts(contacts)
        searching = bool(self.search.text().strip())
        if not contacts:
            self.count.setText(
                translate("ContactsDialog", "No contact matches.")
                if searching
                else translate("ContactsDialog", "No contacts yet.")
            )
        else:
            count = len(contacts)  # lupdate reads a plain name as the count
            self.count.setText(translate("ContactsDialog", "%n contact(s)", None, count))
        self._update_buttons()

    def _selected(self) -> Contact | None:
        indexes = self.view.selectionModel().selectedIndexes()
        return self.model.contact_at(indexes[0].row()) if indexes else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- editing --------------------------------------------------------------------------

    def add(self) -> None:
        self._edit(None)

    def edit_selected(self) -> None:
        contact = self._selected()
        if contact is not None:
            self._edit(contact)

    def _edit(self, contact: Contact | None) -> ContactEditor:
        editor = ContactEditor(self._store, self._tasks, self._region, contact=contact, parent=self)
        editor.sig_saved.connect(lambda _c: self.refresh())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed: out of the a11y tree
        editor.open()
        self.editor = editor
        return editor

    def delete_selected(self) -> None:
        contact = self._selected()
        if contact is None:
            return
        if plain_question(
            self,
            translate("ContactsDialog", "Delete contact"),
            translate(
                "ContactsDialog", "Delete {name}? Their conversations stay, shown by number."
            ).format(name=contact.name),
        ):
            self.delete(contact.id)

    def delete(self, contact_id: ContactId) -> None:
        store = self._store
        ContactOperations(self._tasks, store, self._set_status).delete_contacts(
            [contact_id], lambda _r: self.refresh()
        )

    # -- import and export ----------------------------------------------------------------

    def import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("ContactsDialog", "Import contacts"),
            str(Path.home()),
            ";;".join(
                (
                    translate("ContactsDialog", "Contacts ({patterns})").format(
                        patterns="*.vcf *.vcard *.csv"
                    ),
                    translate("ContactsDialog", "All files (*)"),
                )
            ),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        """Read ``path`` (in the store thread), show the preview, import on confirmation."""
        region = self._region

        def read() -> ImportPreview:
            return read_contacts(path.read_bytes(), path.name, region)

        self._set_status(translate("ContactsDialog", "Reading {file}…").format(file=path.name))
        self._tasks.run(read, lambda p: self._preview(p, path.name), self._read_failed)

    def _read_failed(self, error: Exception) -> None:
        if isinstance(error, ContactFileError):
            self._set_status(
                translate("ContactsDialog", "Nothing was imported. {reason}").format(
                    reason=error.sentence
                )
            )
        elif isinstance(error, OSError):
            if error.strerror:
                self._set_status(
                    translate("ContactsDialog", "Nothing was imported: {reason}.").format(
                        reason=error.strerror
                    )
                )
            else:
                self._set_status(
                    translate("ContactsDialog", "Nothing was imported: it could not be read.")
                )
        else:
            log.error("reading a contacts file failed", exc_info=error)
            self._set_status(
                translate("ContactsDialog", "Nothing was imported: the file could not be read.")
            )

    def _preview(self, preview: ImportPreview, filename: str) -> None:
        self._set_status("")
        dialog = ImportPreviewDialog(preview, filename, self._region, self)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self._import(preview))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed: out of the a11y tree
        dialog.open()

    def _import(self, preview: ImportPreview) -> None:
        store = self._store
        drafts = preview.drafts
        ContactOperations(self._tasks, store, self._set_status).run(
            "import contacts",
            lambda: store.contacts.import_drafts(drafts),
            self._imported,
            lambda failure: self._set_status(
                translate("ContactsDialog", "Nothing was imported. {reason}").format(
                    reason=failure.sentence
                )
            ),
        )

    def _imported(self, result: ImportResult) -> None:
        self._set_status(
            translate(
                "ContactsDialog",
                "Imported: {added} new, {updated} updated, {unchanged} already there.",
            ).format(added=result.added, updated=result.updated, unchanged=result.unchanged)
        )
        self.refresh()

    def export_file(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("ContactsDialog", "Export contacts"),
            str(Path.home() / "contacts.vcf"),
            EXPORT_FORMATS,
        )
        if path:
            kind = (
                "csv"
                if chosen.startswith("CSV") or path.endswith(".csv")
                else ("vcard3" if "3.0" in chosen else "vcard4")
            )
            self.export_path(Path(path), kind)

    def export_path(self, path: Path, kind: str) -> None:
        """Write every contact to ``path`` as "vcard4", "vcard3" or "csv"."""
        store = self._store

        def write() -> int:
            contacts = store.contacts.list("", limit=1_000_000)
            if kind == "csv":
                text = write_csv(contacts)
            else:
                text = write_vcard(contacts, version="3.0" if kind == "vcard3" else "4.0")
            write_private_text(path, text)  # names and numbers: for its owner only
            return len(contacts)

        ContactOperations(self._tasks, store, self._set_status).run(
            "export contacts",
            write,
            lambda n: self._set_status(
                translate("ContactsDialog", "Exported %n contact(s) to {file}.", None, n).format(
                    file=path
                )
            ),
            lambda failure: self._set_status(
                translate("ContactsDialog", "The contacts could not be exported. {reason}").format(
                    reason=failure.sentence
                )
            ),
        )

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    @property
    def status_text(self) -> str:
        return self.status.text()

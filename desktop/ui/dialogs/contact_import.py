"""Contacts from and to files: the Contacts dialog's Import… (read in the store thread,
shown in ``ImportPreviewDialog`` before anything is imported) and Export… (vCard 4.0, vCard
3.0 or CSV, readable by its owner only)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.phone import format_for_display
from desktop.files.contacts import (
    ContactFileError,
    ImportPreview,
    read_contacts,
    write_csv,
    write_vcard,
)
from desktop.system.private_files import write_private_text
from desktop.ui.look.widgets import plain_label
from desktop.ui.threads.operations import ContactOperations
from desktop.ui.threads.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.store import ImportResult
    from desktop.store.ports import ContactsStore

__all__ = ["EXPORT_FORMATS", "ContactFiles", "ImportPreviewDialog"]

log = logging.getLogger("smsdesk.ui.contacts")

# The export file dialog's filters: names of file formats, the same in every language
# (export_file tells the chosen format by them).
EXPORT_FORMATS = "vCard 4.0 (*.vcf);;vCard 3.0 (*.vcf);;CSV (*.csv)"


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


class ContactFiles(QDialog):
    """Import… and Export… of the Contacts dialog (the dialog is one of these).

    Reads and writes in the store thread; says how it went with ``_set_status`` and shows
    the imported contacts with ``refresh``, both the dialog's.
    """

    _store: ContactsStore
    _tasks: TaskRunner
    _region: str
    preview_dialog: ImportPreviewDialog

    def refresh(self) -> None:
        """Read the list again (the dialog's)."""
        raise NotImplementedError

    def _set_status(self, text: str) -> None:
        """Say ``text`` below the list (the dialog's)."""
        raise NotImplementedError

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

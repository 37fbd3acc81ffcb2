"""One contact as a form (Name, Numbers one per line, Company, Note) with Save and Cancel:
the rules that make what was typed a ``ContactDraft`` (``contact_draft``), the form itself
(``ContactForm``, edited in place in the Contacts dialog), and ``ContactEditor``, the same
form as a dialog for "Add contact" from a conversation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.models import Contact, ContactDraft, ContactId
from desktop.core.phone import check_number, format_for_display
from desktop.ui.look.widgets import plain_label
from desktop.ui.threads.failures import Failure
from desktop.ui.threads.operations import ContactOperations
from desktop.ui.threads.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.store.ports import ContactsStore

__all__ = ["ContactEditor", "ContactForm", "contact_draft"]


def contact_draft(
    name: str,
    numbers_text: str,
    company: str,
    note: str,
    region: str,
    contact_id: ContactId | None = None,
) -> tuple[ContactDraft | None, list[str]]:
    """The contact as typed, and the problems that stop it being saved (each a sentence).

    Numbers are one per line, read with ``region`` as the default region; a number typed
    twice is kept once; blank lines are skipped.
    """
    problems: list[str] = []
    name = name.strip()
    if not name:
        problems.append(translate("ContactsDialog", "Enter a name."))
    numbers: list[str] = []
    unreadable = False
    for line in numbers_text.splitlines():
        if not line.strip():
            continue
        check = check_number(line, region)
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
            company=company.strip(),
            note=note.strip(),
            id=contact_id,
        ),
        [],
    )


class ContactForm(QWidget):
    """Name, Numbers (one per line), Company and Note, with Save (the default button) and
    Cancel; Save checks what was typed and stores it in the store thread.

    Escape cancels. Enter in Name or Company saves (Save is the default button of the
    dialog it is in).

    Args:
        store: written in the store thread only.
        tasks: the store thread.
        region: default region for reading and showing numbers.

    Signals:
        sig_saved(Contact): the contact as stored.
        sig_cancelled(): Cancel or Escape.
    """

    sig_saved = Signal(object)
    sig_cancelled = Signal()

    def __init__(
        self,
        store: ContactsStore,
        tasks: TaskRunner,
        region: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactForm")
        self._store = store
        self._tasks = tasks
        self._region = region
        self._contact: Contact | None = None

        self.name = QLineEdit()
        self.name.setAccessibleName(translate("ContactsDialog", "Name"))
        self.name.setMaxLength(200)
        self.numbers = QPlainTextEdit()
        self.numbers.setAccessibleName(translate("ContactsDialog", "Numbers"))
        self.numbers.setPlaceholderText(
            translate("ContactsDialog", "One number per line, e.g. +1 415 555 0100")
        )
        self.numbers.setTabChangesFocus(True)
        self.numbers.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.company = QLineEdit()
        self.company.setAccessibleName(translate("ContactsDialog", "Company"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(translate("ContactsDialog", "Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.problem = plain_label(name="saveProblem", hidden=True)

        form = QFormLayout()
        form.addRow(translate("ContactsDialog", "Name"), self.name)
        form.addRow(translate("ContactsDialog", "Numbers"), self.numbers)
        form.addRow(translate("ContactsDialog", "Company"), self.company)
        form.addRow(translate("ContactsDialog", "Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.sig_cancelled)
        # Enter in Name or Company saves, and Save looks like the button it presses: set
        # before the first show, so the style sheet's [default="true"] applies.
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    @property
    def contact(self) -> Contact | None:
        """The contact being edited, or None for a new one."""
        return self._contact

    def load(self, contact: Contact | None, number: str = "") -> None:
        """Show ``contact`` to edit (None: an empty form, with ``number`` if given) and put
        the cursor where typing starts."""
        self._contact = contact
        self.name.setText(contact.name if contact else "")
        numbers = contact.numbers if contact else ((number,) if number else ())
        self.numbers.setPlainText("\n".join(format_for_display(n, self._region) for n in numbers))
        self.company.setText(contact.company if contact else "")
        self.note.setPlainText(contact.note if contact else "")
        self.problem.clear()
        self.problem.hide()
        self.buttons.setEnabled(True)
        self.save_button.setDefault(True)
        self.name.setFocus()

    def draft(self) -> tuple[ContactDraft | None, list[str]]:
        """The contact as typed, and the problems that stop it being saved."""
        return contact_draft(
            self.name.text(),
            self.numbers.toPlainText(),
            self.company.text(),
            self.note.toPlainText(),
            self._region,
            self._contact.id if self._contact else None,
        )

    def save(self) -> None:
        """Check what was typed; store it (the store thread), or say what stops it."""
        draft, problems = self.draft()
        if draft is None:
            self._show_problem(" ".join(problems))
            return
        self.buttons.setEnabled(False)
        ContactOperations(self._tasks, self._store, self._show_problem).save_contact(
            draft, self._saved, self._failed
        )

    def _saved(self, contact: Contact) -> None:
        self.buttons.setEnabled(True)
        self._contact = contact
        self.sig_saved.emit(contact)

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
        """What stops the contact being saved, as shown ("" when nothing is shown)."""
        return self.problem.text() if self.problem.isVisible() else ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape leaves the form (not the dialog around it).
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.sig_cancelled.emit()
            return
        super().keyPressEvent(event)


class ContactEditor(QDialog):
    """Add or edit one contact in a dialog of its own (the conversation's "Add contact"):
    a ``ContactForm``, closed when it has saved or on Cancel.

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
        self.form = ContactForm(store, tasks, region, self)
        self.form.load(contact, number)
        self.form.sig_saved.connect(self._saved)
        self.form.sig_cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        # The form's fields, as the callers and tests reach them.
        self.name, self.numbers = self.form.name, self.form.numbers
        self.company, self.note = self.form.company, self.form.note
        self.buttons, self.save_button = self.form.buttons, self.form.save_button

    def save(self) -> None:
        self.form.save()

    def _saved(self, contact: Contact) -> None:
        self.sig_saved.emit(contact)
        self.accept()

    @property
    def problem_text(self) -> str:
        return self.form.problem_text

"""New conversation: type a name or a number, get an E.164 prompt that explains itself,
then Start Chat.

Numbers are judged on every keystroke by ``check_number`` (pure and fast, in the GUI
thread); contacts are looked up in the store thread and offered as completions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.models import Contact, Conversation
from desktop.core.phone import NumberCheck, NumberVerdict, check_number, format_for_display
from desktop.ui.look.widgets import plain_label
from desktop.ui.threads.failures import Failure
from desktop.ui.threads.operations import Operations
from desktop.ui.threads.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.store.ports import ContactsStore

AnyIndex = QModelIndex | QPersistentModelIndex


class ContactSuggestions(QAbstractListModel):
    """Contacts matching what was typed (the store did the matching), one row per number.

    DisplayRole: "Olivia Bennett — +1 415-555-0134"; EditRole: the number itself, which is
    what a chosen completion puts in the field.
    """

    def __init__(self, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._region = region
        self._rows: list[tuple[Contact, str]] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact, number = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{contact.name} — {format_for_display(number, self._region)}"
        if role == Qt.ItemDataRole.EditRole:
            return number
        if role == Qt.ItemDataRole.UserRole:
            return contact
        return None

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self._rows = [(c, n) for c in contacts for n in c.numbers]
        self.endResetModel()

    def contact_for(self, number: str) -> Contact | None:
        return next((c for c, n in self._rows if n == number), None)


class NewConversationDialog(QDialog):
    """The 3CX "+ → Send SMS → New Conversation → Start Chat" flow.

    Args:
        store: read in the store thread only.
        tasks: the store thread.
        region: the default region for reading numbers typed without a country code.
        text: something to start with (an ``sms:`` link's number, for example).

    Signals:
        sig_start_chat(Conversation): the conversation to open (existing or new).
    """

    sig_start_chat = Signal(object)

    def __init__(
        self,
        store: ContactsStore,
        tasks: TaskRunner,
        region: str,
        text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newConversationDialog")
        self.setWindowTitle(translate("NewConversationDialog", "New conversation"))
        self.setMinimumWidth(460)
        self._store = store
        self._tasks = tasks
        self._region = region
        self._check = check_number("", region)
        self._contact: Contact | None = None
        self._query_generation = 0

        title = QLabel(translate("NewConversationDialog", "New conversation"))
        title.setObjectName("dialogTitle")
        intro = QLabel(
            translate("NewConversationDialog", "Type a contact's name or a mobile number.")
        )
        intro.setObjectName("dialogIntro")

        self.field = QLineEdit(text)
        self.field.setObjectName("recipientField")
        self.field.setAccessibleName(translate("NewConversationDialog", "Name or number"))
        self.field.setPlaceholderText(
            translate("NewConversationDialog", "Name or number, e.g. +1 415 555 0100")
        )
        self.field.textChanged.connect(self._text_changed)

        self.suggestions = ContactSuggestions(region, self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        # (The stubs know no overloaded signals; activated[QModelIndex] is one at run time.)
        self.completer.activated[QModelIndex].connect(self._contact_chosen)  # type: ignore[index]
        self.field.setCompleter(self.completer)

        self.prompt = plain_label(
            name="numberPrompt", accessible=translate("NewConversationDialog", "Number check")
        )
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptCorrection")
        self.accept_button.clicked.connect(self.accept_correction)
        self.accept_button.hide()
        self.warning = plain_label(name="numberWarning", hidden=True)

        self.start_button = QPushButton(translate("NewConversationDialog", "Start Chat"))
        self.start_button.setObjectName("startChat")
        self.start_button.setAccessibleName(translate("NewConversationDialog", "Start Chat"))
        self.start_button.setDefault(False)
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(self.start_chat)
        cancel = QPushButton(translate("NewConversationDialog", "Cancel"))
        cancel.setAccessibleName(translate("NewConversationDialog", "Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.prompt, 1)
        prompt_row.addWidget(self.accept_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addLayout(prompt_row)
        layout.addWidget(self.warning)
        layout.addSpacing(6)
        layout.addLayout(buttons)

        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(120)
        self._lookup_timer.timeout.connect(self._look_up_contacts)
        self._text_changed(text)
        self.field.setFocus()

    # -- state ----------------------------------------------------------------------------

    @property
    def check(self) -> NumberCheck:
        return self._check

    @property
    def number(self) -> str | None:
        """The number Start Chat would open, if there is one."""
        return self._check.number

    def _text_changed(self, text: str) -> None:
        self._contact = self.suggestions.contact_for(text.strip())
        self._check = check_number(text, self._region)
        self._show_check()
        self._lookup_timer.start()

    def _show_check(self) -> None:
        check = self._check
        verdict = check.verdict
        self.accept_button.hide()
        if self._contact is not None and check.number:
            self._set_prompt(
                "contact",
                f"{self._contact.name} · {check.display}",
            )
        elif verdict is NumberVerdict.EMPTY:
            self._set_prompt("", "")
        elif verdict is NumberVerdict.CORRECTED:
            self._set_prompt("corrected", check.message)
            #: a button: use the corrected number shown
            use = translate("NewConversationDialog", "Use {number}").format(number=check.display)
            self.accept_button.setText(use)
            self.accept_button.setAccessibleName(use)
            self.accept_button.show()
        elif verdict is NumberVerdict.INVALID:
            letters = any(ch.isalpha() for ch in self.field.text())
            if letters and self.suggestions.rowCount():
                self._set_prompt(
                    "", translate("NewConversationDialog", "Choose a contact from the list.")
                )
            elif letters:
                self._set_prompt(
                    "invalid",
                    translate(
                        "NewConversationDialog",
                        "No contact has this name. Type their number instead.",
                    ),
                )
            else:
                self._set_prompt("invalid", check.message)
        else:
            self._set_prompt(
                "valid",
                #: {country} is a country's name: "Germany number" (a valid number's country)
                check.message
                or translate("NewConversationDialog", "{country} number")
                .format(country=check.country)
                .strip(),
            )
        self.warning.setText(check.warning)
        self.warning.setVisible(bool(check.warning))
        self.start_button.setEnabled(check.number is not None)

    def _set_prompt(self, state: str, text: str) -> None:
        self.prompt.setText(text)
        self.prompt.setVisible(bool(text))
        self.prompt.setProperty("state", state)
        self.prompt.style().unpolish(self.prompt)
        self.prompt.style().polish(self.prompt)

    @property
    def prompt_text(self) -> str:
        return self.prompt.text() if self.prompt.isVisible() else ""

    # -- contacts -------------------------------------------------------------------------

    def _look_up_contacts(self) -> None:
        text = self.field.text().strip()
        self._query_generation += 1
        generation = self._query_generation
        if len(text) < 2:
            self.suggestions.set_contacts([])
            return
        store = self._store
        self._tasks.run(
            lambda: store.contacts.list(text, limit=20),
            lambda contacts: self._contacts_found(contacts, generation),
        )

    def _contacts_found(self, contacts: list[Contact], generation: int) -> None:
        # (the dialog may have closed, and been deleted, while the store looked)
        if generation != self._query_generation or not shiboken6.isValid(self.suggestions):
            return
        self.suggestions.set_contacts(contacts)
        if (
            self.field.hasFocus()
            and contacts
            and self.field.text().strip() not in {n for c in contacts for n in c.numbers}
        ):
            self.completer.complete()
        self._contact = self.suggestions.contact_for(self.field.text().strip())
        self._show_check()

    def _contact_chosen(self, index: QModelIndex) -> None:
        number = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(number, str):
            self.field.setText(number)

    # -- actions --------------------------------------------------------------------------

    def accept_correction(self) -> None:
        """Replace what was typed with the E.164 form the prompt offered."""
        if self._check.verdict is NumberVerdict.CORRECTED and self._check.number:
            self.field.setText(self._check.number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.completer.popup()
            if popup is not None and popup.isVisible():
                return
            if self._check.verdict is NumberVerdict.CORRECTED:
                self.accept_correction()  # Enter accepts the correction first
            else:
                self.start_chat()
            return
        super().keyPressEvent(event)

    def start_chat(self) -> None:
        """Open the conversation for the number (creating it if there is none)."""
        number = self._check.number
        if number is None:
            return
        self.start_button.setEnabled(False)
        store = self._store
        Operations(self._tasks, store, self._show_open_problem).run(
            "open a conversation",
            lambda: store.conversations.open(number),
            self._opened,
            self._open_failed,
        )

    def _opened(self, conversation: Conversation) -> None:
        self.sig_start_chat.emit(conversation)
        self.accept()

    def _open_failed(self, failure: Failure) -> None:
        self.start_button.setEnabled(True)
        self._show_open_problem(failure.sentence)

    def _show_open_problem(self, sentence: str) -> None:
        self._set_prompt(
            "invalid",
            translate(
                "NewConversationDialog", "The conversation could not be opened. {reason}"
            ).format(reason=sentence),
        )

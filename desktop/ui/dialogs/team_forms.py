"""The Team dialog's two forms: Add a colleague, and Reset password.

Each asks for what the command line asks for (``smsdesk users add``, ``users passwd``) and
leaves the rules to ``desktop.accounts.staff``: the work runs in the account task runner
(scrypt takes a moment), and a refusal is its sentence shown in the form. Passwords stay in
the fields and the one call that needs them: never logged, never in a sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.ui.look.announce import show_problem
from desktop.ui.look.widgets import plain_label
from desktop.ui.threads.failures import failure_of

if TYPE_CHECKING:  # loaded with the dialog, after the accounts layer
    from desktop.accounts.staff import Accounts, User
    from desktop.core.models import UserId
    from desktop.ui.threads.tasks import TaskRunner

__all__ = ["AddColleagueDialog", "ResetPasswordDialog"]


def _field(name: str, *, password: bool = False) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(name)
    if password:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _buttons(
    dialog: QDialog, layout: QVBoxLayout, text: str, go: Callable[[], object]
) -> tuple[QPushButton, QPushButton]:
    """The form's action (the default button: Enter) and Cancel (Escape), in a box."""
    box = QDialogButtonBox()
    action = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QDialogButtonBox.StandardButton.Cancel)
    for button in (action, cancel):
        button.setAccessibleName(button.text().replace("&", ""))
    action.setDefault(True)
    box.accepted.connect(go)
    box.rejected.connect(dialog.reject)
    layout.addWidget(box)
    return action, cancel


class _AccountForm(QDialog):
    """What both forms share: a problem line, busy buttons, and the work in the account
    thread, checked first that the signed-in account is still an enabled administrator."""

    def __init__(self, accounts: Accounts, tasks: TaskRunner, me: UserId, parent: QWidget | None):
        super().__init__(parent)
        self._accounts = accounts
        self._tasks = tasks
        self._me = me
        self._busy = False
        self.form = QFormLayout()
        self.problem = plain_label(
            role="fieldHint",
            accessible=translate("TeamDialog", "Problem"),
            hidden=True,
        )
        self.problem.setObjectName("teamProblem")
        self.column = QVBoxLayout(self)
        self.column.addLayout(self.form)
        self.column.addWidget(self.problem)
        self.action_button: QPushButton
        self.cancel_button: QPushButton

    def _passwords_match(self, password: QLineEdit, repeat: QLineEdit) -> bool:
        if password.text() == repeat.text():
            return True
        self.show_problem(
            translate("TeamDialog", "The two passwords are not the same. Type them again.")
        )
        repeat.clear()
        repeat.setFocus()
        return False

    def show_problem(self, sentence: str) -> None:
        """Say in the form why nothing was done (and tell a screen reader at once)."""
        show_problem(self.problem, sentence)

    def _run(
        self, work: Callable[[Accounts], User | None], done: Callable[[User | None], None]
    ) -> None:
        if self._busy:
            return
        self._busy = True
        self.problem.hide()
        self.action_button.setEnabled(False)
        accounts, me = self._accounts, self._me

        def as_administrator() -> User | None:
            accounts.confirm_admin(me)
            return work(accounts)

        self._tasks.run(as_administrator, lambda user: self._finish(done, user), self._refused)

    def _finish(self, done: Callable[[User | None], None], user: User | None) -> None:
        self._busy = False
        self.action_button.setEnabled(True)
        done(user)

    def _refused(self, error: Exception) -> None:
        self._busy = False
        self.action_button.setEnabled(True)
        self.show_problem(failure_of(error, "change an account").sentence)
        self._focus_after(error)

    def _focus_after(self, error: Exception) -> None:
        """Put the focus where the refusal points (each form knows its fields)."""


class AddColleagueDialog(_AccountForm):
    """Add a colleague: extension, name, password twice, administrator or not.

    Signals:
        sig_added(object): the account was made (the ``User``).
    """

    sig_added = Signal(object)

    def __init__(
        self,
        accounts: Accounts,
        tasks: TaskRunner,
        me: UserId,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(accounts, tasks, me, parent)
        self.setObjectName("addColleagueDialog")
        self.setWindowTitle(translate("TeamDialog", "Add a colleague"))
        self.extension = _field(translate("TeamDialog", "Extension"))
        #: {example}: an extension such as 102
        self.extension.setPlaceholderText(
            translate("TeamDialog", "For example {example}").format(example=accounts.rule.example)
        )
        self.name = _field(translate("TeamDialog", "Name"))
        self.name.setPlaceholderText(translate("TeamDialog", "As colleagues will see it"))
        self.password = _field(translate("TeamDialog", "Password"), password=True)
        self.repeat = _field(translate("TeamDialog", "Repeat password"), password=True)
        self.administrator = QCheckBox(
            translate("TeamDialog", "&Administrator: may manage accounts and settings")
        )
        self.administrator.setAccessibleName(self.administrator.text().replace("&", ""))
        for label, field in (
            (translate("TeamDialog", "&Extension:"), self.extension),
            (translate("TeamDialog", "&Name:"), self.name),
            (translate("TeamDialog", "&Password:"), self.password),
            (translate("TeamDialog", "&Repeat password:"), self.repeat),
        ):
            self.form.addRow(label, field)
        self.form.addRow("", self.administrator)
        self.action_button, self.cancel_button = _buttons(
            self, self.column, translate("TeamDialog", "Add colleague"), self.add
        )
        self.setMinimumWidth(420)

    def add(self) -> None:
        """Make the account (in the account thread); the form closes once it is made."""
        if self._busy or not self._passwords_match(self.password, self.repeat):
            return
        extension, name = self.extension.text(), self.name.text()
        password, admin = self.password.text(), self.administrator.isChecked()
        self._run(
            lambda accounts: accounts.create_user(extension, name, password, is_admin=admin),
            self._added,
        )

    def _added(self, user: User | None) -> None:
        self.password.clear()
        self.repeat.clear()
        self.sig_added.emit(user)
        self.accept()

    def _focus_after(self, error: Exception) -> None:
        from desktop.accounts.staff import (
            AccountError,
            ExtensionTaken,
            NotAnExtension,
            WeakPassword,
        )

        if isinstance(error, (NotAnExtension, ExtensionTaken)):
            self.extension.setFocus()
        elif isinstance(error, WeakPassword):
            self.repeat.clear()
            self.password.setFocus()
            self.password.selectAll()
        elif type(error) is AccountError:  # the name's rules
            self.name.setFocus()


class ResetPasswordDialog(_AccountForm):
    """Give a colleague a new password (twice); their wrong sign-ins are forgotten with it.

    Signals:
        sig_reset(object): the password was changed (the ``User`` it was changed for).
    """

    sig_reset = Signal(object)

    def __init__(
        self,
        accounts: Accounts,
        tasks: TaskRunner,
        me: UserId,
        user: User,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(accounts, tasks, me, parent)
        self.setObjectName("resetPasswordDialog")
        self.user = user
        #: {user}: a colleague's name and extension, "Bob (102)"
        self.setWindowTitle(
            translate("TeamDialog", "Reset the password of {user}").format(user=user.label)
        )
        intro = plain_label(
            translate(
                "TeamDialog",
                "{user} signs in with this password from now on; tell them what it is.",
            ).format(user=user.label)
        )
        self.form.insertRow(0, intro)
        self.password = _field(translate("TeamDialog", "New password"), password=True)
        self.repeat = _field(translate("TeamDialog", "Repeat password"), password=True)
        self.form.addRow(translate("TeamDialog", "&New password:"), self.password)
        self.form.addRow(translate("TeamDialog", "&Repeat password:"), self.repeat)
        self.action_button, self.cancel_button = _buttons(
            self, self.column, translate("TeamDialog", "Reset password"), self.reset
        )
        self.setMinimumWidth(420)

    def reset(self) -> None:
        """Set the new password (in the account thread); the form closes once it is set."""
        if self._busy or not self._passwords_match(self.password, self.repeat):
            return
        extension, password, user = self.user.extension, self.password.text(), self.user

        def work(accounts: Accounts) -> User:
            accounts.set_password(extension, password)
            return user

        self._run(work, self._was_reset)

    def _was_reset(self, user: User | None) -> None:
        self.password.clear()
        self.repeat.clear()
        self.sig_reset.emit(user)
        self.accept()

    def _focus_after(self, error: Exception) -> None:
        self.repeat.clear()
        self.password.setFocus()
        self.password.selectAll()

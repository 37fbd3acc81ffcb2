"""Team: an administrator's list of the staff accounts, with what ``smsdesk users`` does.

Add a colleague, reset a password, disable or enable, make or remove an administrator: the
rules are ``desktop.accounts.staff``'s (the same as the command line's), every call runs in
the account task runner (never the GUI thread: scrypt takes a moment), and a refusal is its
sentence shown in the dialog. The administrator signed in already, so nothing more is asked
of them; each change first checks that they still are an enabled administrator.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.ui.dialogs.team_forms import AddColleagueDialog, ResetPasswordDialog
from desktop.ui.look.announce import announce, show_problem
from desktop.ui.look.formatting import local
from desktop.ui.look.widgets import plain_label
from desktop.ui.threads.failures import failure_of

if TYPE_CHECKING:  # loaded when first opened, after the accounts layer
    from desktop.accounts.staff import Accounts, User
    from desktop.ui.threads.tasks import TaskRunner

__all__ = ["TeamDialog", "last_sign_in_text"]

NAME, EXTENSION, ROLE, STATE, LAST_SIGN_IN = range(5)

_Form = TypeVar("_Form", bound=QDialog)


def last_sign_in_text(moment: datetime | None) -> str:
    """When an account last signed in, as the locale writes a date and time, or "Never"."""
    if moment is None:
        #: an account's last sign-in: it has never signed in
        return translate("TeamDialog", "Never")
    at = local(moment)
    when = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def _row(user: User) -> list[str]:
    return [
        user.display_name,
        user.extension,
        #: an account's role: may manage accounts and settings
        translate("TeamDialog", "Administrator")
        if user.is_admin
        #: an account's role: an ordinary account
        else translate("TeamDialog", "Colleague"),
        #: an account's state: it cannot sign in
        translate("TeamDialog", "Disabled")
        if user.disabled
        #: an account's state: it can sign in
        else translate("TeamDialog", "Enabled"),
        last_sign_in_text(user.last_sign_in_at),
    ]


class TeamDialog(QDialog):
    """The accounts, and the buttons that change the selected one or add another.

    Args:
        accounts: the staff accounts (used only in the account thread).
        tasks: the account task runner.
        me: the signed-in administrator.
    """

    def __init__(
        self, accounts: Accounts, tasks: TaskRunner, me: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(translate("TeamDialog", "Team"))
        self._accounts = accounts
        self._tasks = tasks
        self._me = me
        self._users: list[User] = []
        self._busy = False
        self.form: QDialog | None = None  # the Add or Reset password form, while open

        intro = plain_label(
            translate(
                "TeamDialog",
                "Everyone who signs in to SMS Desk with their phone extension. A disabled "
                "account cannot sign in; an administrator may manage accounts and settings.",
            )
        )
        self.accounts_list = QTreeWidget()
        self.accounts_list.setObjectName("teamList")
        self.accounts_list.setAccessibleName(translate("TeamDialog", "Accounts"))
        self.accounts_list.setRootIsDecorated(False)
        self.accounts_list.setUniformRowHeights(True)
        self.accounts_list.setAlternatingRowColors(True)
        self.accounts_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accounts_list.setHeaderLabels(
            [
                translate("TeamDialog", "Name"),
                translate("TeamDialog", "Extension"),
                #: column heading: administrator or colleague
                translate("TeamDialog", "Role"),
                #: column heading: enabled or disabled
                translate("TeamDialog", "State"),
                translate("TeamDialog", "Last sign-in"),
            ]
        )
        header = self.accounts_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (EXTENSION, ROLE, STATE, LAST_SIGN_IN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.accounts_list.currentItemChanged.connect(self._selection_changed)

        self.add_button = self._button(translate("TeamDialog", "&Add colleague…"), self.add)
        self.reset_button = self._button(
            translate("TeamDialog", "&Reset password…"), self.reset_password
        )
        self.disable_button = self._button(
            translate("TeamDialog", "&Disable"), self.toggle_disabled
        )
        self.admin_button = self._button(
            translate("TeamDialog", "&Make administrator"), self.toggle_admin
        )
        # Enter opens the Add form (nothing changes until it is filled in); Escape closes.
        self.add_button.setDefault(True)
        actions = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.disable_button, self.admin_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.problem = plain_label(
            role="fieldHint", accessible=translate("TeamDialog", "Problem"), hidden=True
        )
        self.problem.setObjectName("teamProblem")
        self.notice: QLabel = plain_label(accessible=translate("TeamDialog", "Done"), hidden=True)
        self.notice.setObjectName("teamNotice")
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = close_box.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.close_button.text().replace("&", ""))
        self.close_button.setAutoDefault(False)
        close_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.accounts_list, 1)
        layout.addLayout(actions)
        layout.addWidget(self.problem)
        layout.addWidget(self.notice)
        layout.addWidget(close_box)
        self.resize(720, 420)
        self._selection_changed()
        self.reload()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the list --------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the accounts again (account thread), keeping ``select`` or the selection."""
        keep = select if select is not None else self._selected_extension()
        self._tasks.run(
            self._accounts.list_users, lambda users: self._show(users, keep), self._refused
        )

    def _show(self, users: list[User], select: str | None) -> None:
        self._users = users
        self.accounts_list.clear()
        chosen: QTreeWidgetItem | None = None
        for user in users:
            item = QTreeWidgetItem(_row(user))
            item.setData(NAME, Qt.ItemDataRole.UserRole, user.extension)
            self.accounts_list.addTopLevelItem(item)
            if user.extension == select or (chosen is None and user.id == self._me.id):
                chosen = item
        if chosen is None and users:
            chosen = self.accounts_list.topLevelItem(0)
        if chosen is not None:
            self.accounts_list.setCurrentItem(chosen)
        self._selection_changed()

    def selected_user(self) -> User | None:
        """The account the list selects, as last read."""
        extension = self._selected_extension()
        return next((u for u in self._users if u.extension == extension), None)

    def _selected_extension(self) -> str | None:
        item = self.accounts_list.currentItem()
        return item.data(NAME, Qt.ItemDataRole.UserRole) if item is not None else None

    def _selection_changed(self, *_: object) -> None:
        user = self.selected_user()
        for button in (self.reset_button, self.disable_button, self.admin_button):
            button.setEnabled(user is not None and not self._busy)
        self.add_button.setEnabled(not self._busy)
        disabled = user is not None and user.disabled
        admin = user is not None and user.is_admin
        self._relabel(
            self.disable_button,
            translate("TeamDialog", "&Enable") if disabled else translate("TeamDialog", "&Disable"),
        )
        self._relabel(
            self.admin_button,
            translate("TeamDialog", "Remove ad&ministrator")
            if admin
            else translate("TeamDialog", "&Make administrator"),
        )

    @staticmethod
    def _relabel(button: QPushButton, text: str) -> None:
        button.setText(text)
        button.setAccessibleName(text.replace("&", ""))

    # -- the changes -----------------------------------------------------------------------

    def toggle_disabled(self) -> None:
        """Disable the selected account, or enable it again."""
        user = self.selected_user()
        if user is None:
            return
        disable = not user.disabled
        if disable:
            #: {user}: a colleague's name and extension, "Bob (102)"
            done = translate("TeamDialog", "{user} is disabled and can no longer sign in.")
        else:
            done = translate("TeamDialog", "{user} is enabled and can sign in again.")
        extension = user.extension
        self._change(
            lambda accounts: accounts.set_disabled(extension, disable),
            done.format(user=user.label),
            extension,
        )

    def toggle_admin(self) -> None:
        """Make the selected account an administrator, or remove the role."""
        user = self.selected_user()
        if user is None:
            return
        make = not user.is_admin
        if make:
            done = translate("TeamDialog", "{user} is an administrator now.")
        else:
            done = translate("TeamDialog", "{user} is no longer an administrator.")
        extension = user.extension
        self._change(
            lambda accounts: accounts.set_admin(extension, make),
            done.format(user=user.label),
            extension,
        )

    def _change(self, work: Callable[[Accounts], None], done: str, extension: str) -> None:
        if self._busy:
            return
        self._set_busy(True)
        accounts, me = self._accounts, self._me.id

        def as_administrator() -> list[User]:
            accounts.confirm_admin(me)
            work(accounts)
            return accounts.list_users()

        def changed(users: list[User]) -> None:
            self._set_busy(False)
            self._show(users, extension)
            self.tell(done)

        def refused(error: Exception) -> None:
            self._set_busy(False)
            self._refused(error)

        self._tasks.run(as_administrator, changed, refused)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.problem.hide()
        self._selection_changed()

    def _refused(self, error: Exception) -> None:
        show_problem(self.problem, failure_of(error, "change an account").sentence)
        self.notice.hide()

    def tell(self, sentence: str) -> None:
        """Say what was done, under the list (and to a screen reader)."""
        self.problem.hide()
        self.notice.setText(sentence)
        self.notice.show()
        announce(self.notice, sentence)

    # -- the forms -------------------------------------------------------------------------

    def add(self) -> AddColleagueDialog:
        """Open the Add a colleague form."""
        form = AddColleagueDialog(self._accounts, self._tasks, self._me.id, self)
        form.sig_added.connect(self._added)
        return self._open(form)

    def reset_password(self) -> ResetPasswordDialog | None:
        """Open the Reset password form for the selected account."""
        user = self.selected_user()
        if user is None:
            return None
        form = ResetPasswordDialog(self._accounts, self._tasks, self._me.id, user, self)
        form.sig_reset.connect(self._was_reset)
        return self._open(form)

    def _open(self, form: _Form) -> _Form:
        form.finished.connect(form.deleteLater)
        form.finished.connect(self._form_closed)
        self.form = form
        # Over the middle of the Team dialog: some window managers put a dialog that asks
        # for no place at the corner of the screen, its title bar off it.
        form.adjustSize()
        form.move(self.frameGeometry().center() - form.rect().center())
        form.open()
        return form

    def _form_closed(self) -> None:
        self.form = None

    def _added(self, user: User) -> None:
        if user.is_admin:
            done = translate("TeamDialog", "Added {user} as an administrator.")
        else:
            done = translate("TeamDialog", "Added {user}.")
        self.tell(done.format(user=user.label))
        self.reload(select=user.extension)

    def _was_reset(self, user: User) -> None:
        self.tell(
            translate("TeamDialog", "Changed the password of {user}.").format(user=user.label)
        )
        self.reload(select=user.extension)

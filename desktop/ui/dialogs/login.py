"""The sign-in dialog: extension and password, "Remember me", and first-run account creation.

Checking a password is slow on purpose (scrypt, and growing delays after wrong attempts), so
it runs in the account thread; the dialog stays responsive and says what it is doing.
"""

from __future__ import annotations

import itertools
import logging
import math
import time

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.remembered import forget_remembered, keep_remembered, sign_in_remembered
from desktop.accounts.staff import (
    AccountError,
    Accounts,
    ExtensionRule,
    NotAnExtension,
    RememberedSignInEnded,
    SignInError,
    SignInThrottled,
    User,
    WeakPassword,
    WrongCredentials,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.system.credentials import CredentialStore, KeyringUnavailable
from desktop.ui.look.announce import show_problem
from desktop.ui.look.widgets import plain_label
from desktop.ui.threads.tasks import TaskRunner

log = logging.getLogger("smsdesk.ui.login")

EMAIL_HINT = QT_TRANSLATE_NOOP(
    "LoginDialog",
    "Sign in with your phone extension (for example 101), not your email address",
)


class LoginDialog(QDialog):
    """Signs a person in, or creates the first account when there is none.

    Args:
        accounts: the user accounts (called in the account thread only).
        credentials: the OS keyring, for "Remember me".
        account_tasks: the account thread (sign-in may wait on purpose).
        rule: what an extension looks like.
        first_run: True when there are no accounts yet: create the first (an admin).
        extension: an extension to fill in (the last one used).

    Signals:
        sig_signed_in(User, bool, str): who signed in, whether their sign-in is now
            remembered in the keyring, and a warning for the user ("" if none).
        sig_remembered_failed(): the remembered sign-in did not work (the dialog shows
            itself to ask for it).
        sig_waiting(float): the account thread waits this many seconds before answering
            (after wrong sign-ins); the dialog counts them down.
    """

    sig_signed_in = Signal(object, bool, str)
    sig_remembered_failed = Signal()
    sig_waiting = Signal(float)

    def __init__(
        self,
        accounts: Accounts,
        credentials: CredentialStore,
        account_tasks: TaskRunner,
        rule: ExtensionRule,
        *,
        first_run: bool = False,
        extension: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._accounts = accounts
        self._credentials = credentials
        self._tasks = account_tasks
        self._rule = rule
        self._first_run = first_run
        self._busy = False
        self.setWindowTitle(
            translate("LoginDialog", "Create the first account")
            if first_run
            else translate("LoginDialog", "Sign in to SMS Desk")
        )
        self.setModal(True)
        self.setMinimumWidth(400)

        heading = (
            translate("LoginDialog", "Welcome to SMS Desk")
            if first_run
            else translate("LoginDialog", "Sign in")
        )
        # Wider than the form in some languages ("Te damos la bienvenida a SMS Desk"): it
        # wraps, keeping the product's name on one line.
        title = QLabel(heading.replace("SMS Desk", "SMS\N{NO-BREAK SPACE}Desk"))
        title.setObjectName("dialogTitle")
        title.setWordWrap(True)
        intro = QLabel(
            translate(
                "LoginDialog",
                "Nobody has an account on this SMS Desk yet. Create yours: you will be its "
                "administrator and can add your colleagues later.",
            )
            if first_run
            else translate("LoginDialog", "Use your phone extension and your password.")
        )
        intro.setObjectName("dialogIntro")
        intro.setWordWrap(True)

        self.extension = QLineEdit(extension)
        self.extension.setObjectName("extensionField")
        self.extension.setAccessibleName(translate("LoginDialog", "Extension"))
        self.extension.setPlaceholderText(translate("LoginDialog", "for example 101"))
        self.extension.setMaxLength(64)
        self.extension.textEdited.connect(self._extension_edited)
        self.extension_hint = plain_label(name="extensionHint", role="fieldHint", hidden=True)

        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(translate("LoginDialog", "Your name"))
        self.display_name.setPlaceholderText(
            translate("LoginDialog", "as colleagues will see it, e.g. Anna Smith")
        )
        self.display_name.setMaxLength(100)

        self.password = QLineEdit()
        self.password.setObjectName("passwordField")
        self.password.setAccessibleName(translate("LoginDialog", "Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textEdited.connect(lambda _text: self._clear_error())

        self.repeat = QLineEdit()
        self.repeat.setAccessibleName(translate("LoginDialog", "Repeat password"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.remember = QCheckBox(translate("LoginDialog", "Remember me"))
        self.remember.setAccessibleName(translate("LoginDialog", "Remember me"))

        self.keyring_warning = plain_label(name="keyringWarning", hidden=True)

        # How long the answer takes, when wrong sign-ins slowed it down: counted down.
        self.wait_note = plain_label(
            name="signInWait",
            accessible=translate("LoginDialog", "Waiting to sign in"),
            hidden=True,
        )
        self._wait_until = 0.0
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(250)
        self._wait_timer.timeout.connect(self._count_down)
        self.sig_waiting.connect(self._show_wait)

        self.error = plain_label(
            name="signInError", accessible=translate("LoginDialog", "Sign-in problem"), hidden=True
        )

        self.submit = QPushButton(
            translate("LoginDialog", "Create account")
            if first_run
            else translate("LoginDialog", "Sign in")
        )
        self.submit.setObjectName("signInButton")
        self.submit.setAccessibleName(self.submit.text())
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.attempt)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(
            self._label(translate("LoginDialog", "&Extension"), self.extension), self.extension
        )
        if first_run:
            form.addRow(
                self._label(translate("LoginDialog", "Your &name"), self.display_name),
                self.display_name,
            )
        form.addRow(
            self._label(translate("LoginDialog", "&Password"), self.password), self.password
        )
        if first_run:
            form.addRow(
                self._label(translate("LoginDialog", "&Repeat password"), self.repeat), self.repeat
            )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_warning)
        self.messages = self._message_slot()
        layout.addWidget(self.messages)
        layout.addWidget(self.submit)
        layout.addStretch(1)  # (a dialog made taller keeps its button under the form)

        self.display_name.setVisible(first_run)
        self.repeat.setVisible(first_run)
        self._show_keyring_status()
        self._order_tabs()
        (self.password if extension else self.extension).setFocus()

    def _message_slot(self) -> QWidget:
        """The place between the fields and the button for what comes and goes (the
        extension hint, the wait, the error), kept even when empty: a message appearing or
        going away moves no field, so a click meant for one still lands on it. It is as
        tall as the usual messages need at its width (``_reserve``): one line where they
        all fit on one, two where one wraps; empty, it reads as the space before the
        button."""
        slot = QWidget()
        slot.setObjectName("signInMessages")
        column = QVBoxLayout(slot)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for label in (self.extension_hint, self.wait_note, self.error):
            column.addWidget(label)
        column.addStretch(1)
        slot.installEventFilter(self)
        return slot

    def usual_messages(self) -> list[str]:
        """The sentences the message place shows most often on this form (a rarer, longer
        one grows the dialog below the fields)."""
        sentences = [
            translate("LoginDialog", EMAIL_HINT),
            translate("LoginDialog", "Enter your password."),
            WrongCredentials.default_sentence(),
            NotAnExtension.default_sentence(),
            self._wait_text(88),
        ]
        if self._first_run:
            sentences += [
                translate("LoginDialog", "Enter your name, as your colleagues will see it."),
                translate("LoginDialog", "The two passwords are not the same. Type them again."),
                WeakPassword.default_sentence(),
            ]
        return sentences

    def _reserve(self) -> None:
        """Keep the message place as tall as the usual messages need at its width."""
        width = self.messages.width()
        if width <= 0:
            return
        metrics = self.error.fontMetrics()
        wrap = int(Qt.TextFlag.TextWordWrap)
        height = max(
            metrics.boundingRect(QRect(0, 0, width, 10_000), wrap, text).height()
            for text in [*self.usual_messages(), "M"]
        )
        if self.messages.minimumHeight() != height:
            self.messages.setMinimumHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.messages and event.type() == QEvent.Type.Resize:
            self._reserve()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        if not event.spontaneous():
            # As tall as the form needs, the message place reserved at the width it has.
            self.ensurePolished()
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self._reserve()
            self._make_room()
            self.resize(self.width(), self.minimumHeight())
        super().showEvent(event)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [self.extension]
        if self._first_run:
            chain.append(self.display_name)
        chain.append(self.password)
        if self._first_run:
            chain.append(self.repeat)
        chain += [self.remember, self.submit]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_keyring_status(self) -> None:
        status = self._credentials.status
        if status.secure:
            return
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self.remember.setToolTip(
            translate("LoginDialog", "No secure keyring is available to keep your password.")
        )
        self.keyring_warning.setText(
            translate(
                "LoginDialog",
                "Your password can't be remembered on this computer. {advice} "
                "You can still sign in: you will be asked for your password next time.",
            ).format(advice=status.advice)
        )
        self.keyring_warning.show()

    # -- input ----------------------------------------------------------------------------

    def _extension_edited(self, text: str) -> None:
        self._clear_error()
        if "@" in text:
            self._show_extension_hint(translate("LoginDialog", EMAIL_HINT))
        else:
            self.extension_hint.hide()

    def _show_extension_hint(self, sentence: str) -> None:
        show_problem(self.extension_hint, sentence)
        self.extension.setProperty("invalid", True)
        self._repolish(self.extension)

    def _clear_error(self) -> None:
        self.error.hide()
        if self.extension.property("invalid"):
            self.extension.setProperty("invalid", False)
            self._repolish(self.extension)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def show_error(self, sentence: str) -> None:
        show_problem(self.error, sentence)

    @property
    def busy(self) -> bool:
        return self._busy

    def _show_wait(self, seconds: float) -> None:
        """Say how long the answer takes (wrong sign-ins slow it down), counting down."""
        self._wait_until = time.monotonic() + seconds
        self._count_down()
        self.wait_note.show()
        self._wait_timer.start()

    def _count_down(self) -> None:
        left = math.ceil(self._wait_until - time.monotonic())
        if left <= 0 or not self._busy:
            self._wait_timer.stop()
            self.wait_note.hide()
            return
        self.wait_note.setText(self._wait_text(left))

    @staticmethod
    def _wait_text(seconds: int) -> str:
        return translate(
            "LoginDialog",
            "After wrong sign-ins SMS Desk answers more slowly: wait {seconds} s.",
        ).format(seconds=seconds)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if not busy:
            self._wait_timer.stop()
            self.wait_note.hide()
        for widget in (self.extension, self.password, self.display_name, self.repeat):
            widget.setReadOnly(busy)
        self.submit.setEnabled(not busy)
        self.submit.setText(
            text
            or (
                translate("LoginDialog", "Create account")
                if self._first_run
                else translate("LoginDialog", "Sign in")
            )
        )

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            # A message shown, hidden or changed (an error of three lines, the keyring
            # warning, the wait): the dialog grows to hold it rather than squeeze it
            # over the fields.
            self._make_room()
        return handled

    def _make_room(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        width = self.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        needed = max(needed, layout.totalMinimumSize().height())
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(width, needed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.attempt()
            return
        super().keyPressEvent(event)

    # -- signing in -----------------------------------------------------------------------

    def attempt(self) -> None:
        """Check the fields, then sign in (or create the account) in the account thread."""
        if self._busy:
            return
        self.error.hide()
        try:
            extension = self._rule.check(self.extension.text())
        except NotAnExtension as problem:
            self._show_extension_hint(problem.sentence)
            self.extension.setFocus()
            return
        self.extension_hint.hide()
        password = self.password.text()
        if not password:
            self.show_error(translate("LoginDialog", "Enter your password."))
            self.password.setFocus()
            return
        remember = self.remember.isChecked()
        if self._first_run:
            self._create_account(extension, password, remember)
            return
        self._set_busy(True, translate("LoginDialog", "Signing in…"))
        accounts = self._accounts
        waiting = self.sig_waiting.emit  # a signal: safe to emit from the account thread
        self._tasks.run(
            lambda: self._remembering(
                accounts.sign_in(extension, password, on_wait=waiting), password, remember
            ),
            self._signed_in,
            self._failed,
        )

    def _remembering(self, user: User, password: str, remember: bool) -> tuple[User, str]:
        """Remember this desk's sign-in (a new token in the keyring) or forget and revoke it
        (account thread); return a warning."""
        if not remember:
            forget_remembered(self._accounts, self._credentials, user.extension, password)
            return user, ""
        try:
            keep_remembered(self._accounts, self._credentials, user, password)
        except KeyringUnavailable as err:
            return user, translate(
                "LoginDialog", "Signed in, but your password could not be remembered: {reason}"
            ).format(reason=err.sentence)
        return user, ""

    def _create_account(self, extension: str, password: str, remember: bool) -> None:
        name = self.display_name.text().strip()
        if not name:
            self.show_error(
                translate("LoginDialog", "Enter your name, as your colleagues will see it.")
            )
            self.display_name.setFocus()
            return
        if self.repeat.text() != password:
            self.show_error(
                translate("LoginDialog", "The two passwords are not the same. Type them again.")
            )
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self._set_busy(True, translate("LoginDialog", "Creating your account…"))
        accounts = self._accounts
        self._tasks.run(
            lambda: self._remembering(
                accounts.create_first_admin(extension, name, password, signed_in=True),
                password,
                remember,
            ),
            self._signed_in,
            self._failed,
        )

    def sign_in_with(self, extension: str, secret: str) -> None:
        """Sign in with what the keyring remembered (a token, or an older SMS Desk's
        password, then replaced by a token), without the user typing anything."""
        self.extension.setText(extension)
        self.remember.setChecked(True)
        self._set_busy(True, translate("LoginDialog", "Signing in…"))
        accounts, credentials = self._accounts, self._credentials

        def sign_in() -> tuple[User, str]:
            return sign_in_remembered(accounts, credentials, extension, secret), ""

        self._tasks.run(sign_in, self._signed_in, self._remembered_failed)

    def remembered_failed(self, extension: str, error: Exception) -> None:
        """The remembered sign-in of ``extension`` did not work (the desk tried it in
        the account thread before making this form): say why and ask for the password."""
        self.extension.setText(extension)
        self.remember.setChecked(True)
        self._remembered_failed(error)

    def _signed_in(self, result: tuple[User, str]) -> None:
        user, warning = result
        self._set_busy(False)
        remembered = self.remember.isChecked() and not warning
        self.password.clear()
        self.repeat.clear()
        log.info("signed in as extension %s", user.extension)
        self.sig_signed_in.emit(user, remembered, warning)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, NotAnExtension):
            self._show_extension_hint(error.sentence)
        elif isinstance(error, AccountError | KeyringUnavailable):
            self.show_error(error.sentence)
        else:
            log.error("sign-in failed unexpectedly", exc_info=error)
            self.show_error(
                translate(
                    "LoginDialog", "Signing in failed unexpectedly. Details are in the log file."
                )
            )
        if isinstance(error, SignInError):
            self.password.clear()
            self.password.setFocus()

    def _remembered_failed(self, error: Exception) -> None:
        self.sig_remembered_failed.emit()
        self._failed(error)
        # Throttled, the saved password was not even checked, and an ended remembered
        # sign-in was no password: their own sentences say it all.
        if isinstance(error, SignInError) and not isinstance(
            error, SignInThrottled | RememberedSignInEnded
        ):
            self.show_error(
                translate(
                    "LoginDialog",
                    "{reason} The saved password no longer works: type your password.",
                ).format(reason=error.sentence)
            )
        if not self.isVisible():
            self.show()

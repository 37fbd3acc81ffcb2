"""What signing in and changing accounts refuses, each with a sentence a person can act on
(``desktop.accounts.staff`` raises them and exports them with its own names).

Pure Python, no Qt.
"""

from __future__ import annotations

from desktop.accounts.throttle import whole_seconds
from desktop.core.errors import Refusal
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "AccountDisabled",
    "AccountError",
    "ExtensionTaken",
    "LastAdministrator",
    "LastAdministratorRole",
    "NoSuchUser",
    "NotAdministrator",
    "NotAnExtension",
    "RememberedSignInEnded",
    "SignInError",
    "SignInThrottled",
    "WeakPassword",
    "WrongCredentials",
]

MIN_PASSWORD_LENGTH = 8


# -- errors --------------------------------------------------------------------------------


class AccountError(Refusal):
    """An account problem a person can act on; ``str(err)`` is a sentence for them.

    Each subclass has a default sentence, used when it is raised without one.
    """

    # Marked with QT_TRANSLATE_NOOP here, translated when raised (see default_sentence).
    default_message = QT_TRANSLATE_NOOP("Accounts", "The account could not be changed.")

    def __init__(self, message: str | None = None) -> None:
        """Keep ``message``, or the class's default sentence when it is None."""
        super().__init__(self.default_sentence() if message is None else message)

    @classmethod
    def default_sentence(cls) -> str:
        """The class's default sentence in the app's language."""
        return translate("Accounts", cls.default_message)


class SignInError(AccountError):
    """Signing in did not succeed."""

    default_message = QT_TRANSLATE_NOOP("Accounts", "Signing in did not succeed.")


class NotAnExtension(SignInError):
    """What was typed is not a phone extension (see ``ExtensionRule``)."""

    default_message = QT_TRANSLATE_NOOP("Accounts", "Enter your phone extension, for example 101.")


class WrongCredentials(SignInError):
    """No account has this extension and password; deliberately says no more than that."""

    default_message = QT_TRANSLATE_NOOP("Accounts", "Extension or password is wrong")


class RememberedSignInEnded(WrongCredentials):
    """The sign-in remembered on this computer is unknown here or was revoked (a sign-out,
    a new password, a disabled account): the password must be typed again."""

    default_message = QT_TRANSLATE_NOOP(
        "Accounts", "The sign-in remembered on this computer has ended. Type your password."
    )


class AccountDisabled(SignInError):
    """The password was right but an administrator disabled the account."""

    default_message = QT_TRANSLATE_NOOP(
        "Accounts", "This account is disabled. Ask your administrator to enable it."
    )


class WeakPassword(AccountError):
    """A new password is too short."""

    default_message = QT_TRANSLATE_NOOP(
        "Accounts", "Choose a password of at least %n character(s)."
    )

    @classmethod
    def default_sentence(cls) -> str:
        """The sentence with today's minimum length."""
        return translate("Accounts", cls.default_message, None, MIN_PASSWORD_LENGTH)


class ExtensionTaken(AccountError):
    """Another account already has this extension."""

    default_message = QT_TRANSLATE_NOOP("Accounts", "This extension already has an account.")


class NoSuchUser(AccountError):
    """No account has this extension."""

    default_message = QT_TRANSLATE_NOOP("Accounts", "There is no account with this extension.")


class LastAdministrator(AccountError):
    """The change would leave no enabled administrator to manage the accounts."""

    default_message = QT_TRANSLATE_NOOP(
        "Accounts",
        "This is the only enabled administrator: disabling it would leave nobody able to "
        "manage accounts. Make another colleague an administrator first.",
    )


class LastAdministratorRole(LastAdministrator):
    """Removing the role would leave no enabled administrator to manage the accounts."""

    default_message = QT_TRANSLATE_NOOP(
        "Accounts",
        "This is the only enabled administrator: removing its administrator role would leave "
        "nobody able to manage accounts. Make another colleague an administrator first.",
    )


class SignInThrottled(SignInError):
    """Too many sign-in attempts are waiting their turn; ``wait`` says for how long."""

    default_message = QT_TRANSLATE_NOOP(
        "Accounts", "There were too many wrong sign-ins. Wait a minute, then try again."
    )

    def __init__(self, wait: float) -> None:
        """Say how long to wait, in whole seconds."""
        self.wait = wait
        super().__init__(
            translate(
                "Accounts",
                "There were too many wrong sign-ins for this extension. Wait {seconds} s,"
                " then try again.",
            ).format(seconds=whole_seconds(wait))
        )


class NotAdministrator(AccountError):
    """The account signed in with may not change accounts."""

    default_message = QT_TRANSLATE_NOOP("Accounts", "Only an administrator can change accounts.")

"""Staff accounts: sign in with a phone extension and a password, as in 3CX.

Passwords are kept as scrypt hashes whose parameters travel with them (N=2^17, r=8, p=1, the
OWASP minimum; an older, cheaper hash is replaced at the next sign-in). Every sign-in attempt
first reserves its turn in the database, per typed extension and for all extensions
together, so the growing slow-down survives a restart and holds for any number of copies of
the app (or guessers) sharing the database. Pure Python: no Qt here; ``sign_in`` blocks, so
the app calls it off the GUI thread.
"""

from __future__ import annotations

import hmac
import logging
import math
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from desktop.accounts import passwords
from desktop.accounts.passwords import (
    OWASP_SCRYPT_COST,
    ScryptCost,
    dummy_hash,
    hash_password,
    needs_rehash,
    verify_password,
)
from desktop.accounts.refusals import (
    MIN_PASSWORD_LENGTH,
    AccountDisabled,
    AccountError,
    ExtensionTaken,
    LastAdministrator,
    LastAdministratorRole,
    NoSuchUser,
    NotAdministrator,
    NotAnExtension,
    RememberedSignInEnded,
    SignInError,
    SignInThrottled,
    WeakPassword,
    WrongCredentials,
)
from desktop.accounts.remembered import new_token, token_digest
from desktop.accounts.throttle import SignInThrottle
from desktop.core.i18n import translate
from desktop.core.models import UserId, utcnow
from desktop.store.accounts import LastEnabledAdministrator, User
from desktop.store.store import Store
from desktop.store.tables import DISPLAY_NAME_LENGTH, EXTENSION_LENGTH

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "OWASP_SCRYPT_COST",
    "AccountDisabled",
    "AccountError",
    "Accounts",
    "ExtensionRule",
    "ExtensionTaken",
    "LastAdministrator",
    "LastAdministratorRole",
    "NoSuchUser",
    "NotAdministrator",
    "NotAnExtension",
    "RememberedSignInEnded",
    "ScryptCost",
    "SignInError",
    "SignInThrottled",
    "User",
    "UserId",
    "WeakPassword",
    "WrongCredentials",
    "check_display_name",
    "check_password",
    "hash_password",
    "verify_password",
]

logger = logging.getLogger("smsdesk.accounts")

# -- values --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExtensionRule:
    """What counts as a phone extension: ``min_digits`` to ``max_digits`` ASCII digits.

    Attributes:
        min_digits: the shortest extension accepted.
        max_digits: the longest extension accepted (at most 15, the column's width).

    Raises:
        ValueError: the limits are out of order or outside 1 to 15.
    """

    min_digits: int = 2
    max_digits: int = 8

    def __post_init__(self) -> None:
        if not 1 <= self.min_digits <= self.max_digits <= EXTENSION_LENGTH:
            raise ValueError(
                f"extension digits must satisfy 1 <= min <= max <= {EXTENSION_LENGTH}, "
                f"not {self.min_digits}..{self.max_digits}"
            )

    @property
    def example(self) -> str:
        """An extension this rule accepts, for the sentences: ``"101"`` when it fits."""
        if self.min_digits <= 3 <= self.max_digits:
            return "101"
        length = self.min_digits if self.min_digits > 3 else self.max_digits
        return "1" if length == 1 else "1" + "0" * (length - 2) + "1"

    def check(self, text: str) -> str:
        """Return the extension typed in ``text``, without surrounding spaces.

        Args:
            text: what the person typed.

        Returns:
            The extension: ``min_digits`` to ``max_digits`` ASCII digits.

        Raises:
            NotAnExtension: with the sentence that fits what was typed: an email address
                (people used to email sign-in type one), nothing, or not the right digits.
        """
        extension = text.strip()
        example = self.example
        if "@" in extension:
            raise NotAnExtension(
                translate(
                    "Accounts",
                    "Sign in with your phone extension (for example {example}), not your email"
                    " address",
                ).format(example=example)
            )
        if not extension:
            raise NotAnExtension(
                translate("Accounts", "Enter your phone extension, for example {example}.").format(
                    example=example
                )
            )
        # isdigit() alone accepts Arabic-Indic digits and superscripts; phones dial ASCII digits.
        if not (
            extension.isascii()
            and extension.isdigit()
            and self.min_digits <= len(extension) <= self.max_digits
        ):
            digits = self.max_digits  # lupdate reads a plain name as the count
            if self.min_digits == self.max_digits:
                sentence = translate(
                    "Accounts", "An extension is %n digit(s), for example {example}.", None, digits
                )
            else:
                sentence = translate(
                    "Accounts",
                    "An extension is {least} to %n digit(s), for example {example}.",
                    None,
                    digits,
                )
            raise NotAnExtension(sentence.format(least=self.min_digits, example=example))
        return extension


# -- validation and hashing ------------------------------------------------------------------


def check_display_name(text: str) -> str:
    """Return the display name in ``text`` without surrounding spaces, if it is acceptable.

    Args:
        text: the name as typed.

    Returns:
        The stripped name: 1 to 100 characters, no line breaks or control characters.

    Raises:
        AccountError: with a sentence saying what is wrong with it.
    """
    name = text.strip()
    if not name:
        raise AccountError(translate("Accounts", "Enter a name for the account, for example Anna."))
    if len(name) > DISPLAY_NAME_LENGTH:
        raise AccountError(
            translate(
                "Accounts", "A name can be at most {most} characters long; this one has {count}."
            ).format(most=DISPLAY_NAME_LENGTH, count=len(name))
        )
    # Names are shown on one line in lists and headers. Format characters (Cf) stay allowed:
    # zero-width joiners belong to the spelling of many names.
    if any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in name):
        raise AccountError(
            translate("Accounts", "A name cannot contain line breaks or other control characters.")
        )
    return name


def check_password(password: str) -> None:
    """Refuse a new password that is too short.

    Args:
        password: the new password.

    Raises:
        WeakPassword: it has fewer than ``MIN_PASSWORD_LENGTH`` characters.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword()


# -- accounts ------------------------------------------------------------------------------

_DEFAULT_RULE = ExtensionRule()


class Accounts:
    """The staff accounts kept in the store's database, and signing in to them.

    Safe to use from several threads at once: every call has its own short connection.

    Args:
        store: the open store; its database holds the accounts.
        rule: what counts as an extension (from the settings).
        throttle_base: seconds the answer to the first wrong sign-in is delayed; each
            further wrong sign-in in a row doubles it.
        throttle_cap: the longest delay, in seconds.
        cost: the scrypt work factors of new hashes; ``desktop.accounts.passwords.SCRYPT_COST``
            (N=2^17, r=8, p=1) when None. A stored hash cheaper than this is rehashed at
            the next successful sign-in.
        clock: returns the current aware UTC time (tests pass a fake).
        sleep: waits a number of seconds (tests pass a fake that records).

    Raises:
        ValueError: a throttle value is negative or not finite.
    """

    def __init__(
        self,
        store: Store,
        *,
        rule: ExtensionRule = _DEFAULT_RULE,
        throttle_base: float = 1.0,
        throttle_cap: float = 30.0,
        cost: ScryptCost | None = None,
        clock: Callable[[], datetime] = utcnow,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        for name, value in (("throttle_base", throttle_base), ("throttle_cap", throttle_cap)):
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a finite number of seconds >= 0, not {value}")
        self._records = store.accounts
        self._rule = rule
        # Resolved now, from the module (not bound as a default): tests lower it for speed.
        self._cost = passwords.SCRYPT_COST if cost is None else cost
        self._throttle = SignInThrottle(
            self._records, base=float(throttle_base), cap=float(throttle_cap), clock=clock
        )
        self._clock = clock
        self._sleep = sleep
        self._database_id: str | None = None

    @property
    def cost(self) -> ScryptCost:
        """The scrypt work factors of new hashes."""
        return self._cost

    @property
    def rule(self) -> ExtensionRule:
        """The extension rule sign-in and new accounts are checked with."""
        return self._rule

    # -- reads ---------------------------------------------------------------------------

    def has_users(self) -> bool:
        """Tell whether any account exists (with none, the app asks for a first admin)."""
        return self._records.has_users()

    def list_users(self) -> list[User]:
        """Return every account, in extension order (101 before 1001: shorter ones first)."""
        return self._records.list()

    def get_user(self, extension: str) -> User | None:
        """Return the account with this extension (surrounding spaces ignored), or None."""
        return self._records.get(extension.strip())

    # -- creating accounts ---------------------------------------------------------------

    def create_user(
        self, extension: str, display_name: str, password: str, *, is_admin: bool = False
    ) -> User:
        """Create an account.

        Messages stored before the account existed count as read for it (its read baseline
        is the newest message id at creation).

        Args:
            extension: its phone extension, checked with the rule.
            display_name: the person's name (1 to 100 characters once stripped).
            password: its password (at least ``MIN_PASSWORD_LENGTH`` characters).
            is_admin: whether it may manage accounts and settings.

        Returns:
            The new account.

        Raises:
            NotAnExtension: the extension does not fit the rule.
            AccountError: the name is empty, too long or has control characters.
            WeakPassword: the password is too short.
            ExtensionTaken: another account has this extension (also when both were created
                at the same moment: the database's unique constraint decides).
        """
        key, name, encoded = self._prepare(extension, display_name, password)
        now = self._clock()
        uid = self._records.add(key, name, encoded, is_admin=is_admin, now=now)
        if uid is None:
            raise ExtensionTaken(
                translate("Accounts", "Extension {extension} already has an account.").format(
                    extension=key
                )
            )
        logger.info("Account created for extension %s (admin: %s)", key, is_admin)
        return User(UserId(uid), key, name, is_admin, now, None, False)

    def create_first_admin(
        self, extension: str, display_name: str, password: str, *, signed_in: bool = False
    ) -> User:
        """Create the first account, an administrator, only while there are no accounts.

        The check and the insert are one statement in one write transaction, so of two
        people setting up at the same moment exactly one succeeds.
        Like every new account, it starts with the history there is counted as read.

        Args:
            extension: its phone extension, checked with the rule.
            display_name: the person's name.
            password: its password.
            signed_in: the person is signing in with it now (the app's first run): its last
                sign-in is now, not "never".

        Returns:
            The new administrator account.

        Raises:
            AccountError: an account exists already (sign in with it instead), or the name
                is not acceptable.
            NotAnExtension: the extension does not fit the rule.
            WeakPassword: the password is too short.
        """
        key, name, encoded = self._prepare(extension, display_name, password)
        found = self._records.add_first_admin(
            key, name, encoded, now=self._clock(), signed_in=signed_in
        )
        if found is None:
            raise AccountError(translate("Accounts", "An account already exists; sign in with it."))
        logger.info("First administrator account created for extension %s", key)
        return found

    def _prepare(self, extension: str, display_name: str, password: str) -> tuple[str, str, str]:
        """Check a new account's values and hash its password (outside any transaction).

        Returns:
            The extension, the display name and the encoded password hash.
        """
        key = self._rule.check(extension)
        name = check_display_name(display_name)
        check_password(password)
        return key, name, hash_password(password, self._cost)

    # -- signing in ----------------------------------------------------------------------

    def sign_in(
        self,
        extension: str,
        password: str,
        *,
        on_wait: Callable[[float], None] | None = None,
    ) -> User:
        """Sign in with an extension and password; blocks, so call it off the GUI thread.

        Each attempt first reserves its turn (see ``desktop.accounts.throttle``): a wrong
        sign-in is answered only after a delay that doubles with each wrong attempt in a row
        for the same extension (``throttle_base`` seconds, then 2x, 4x... up to
        ``throttle_cap``), and an attempt made while an earlier delay is still running —
        in this app, another copy, or on another desk sharing the database — waits for its
        turn first. The count lives in the database, so restarting does not reset it. An
        unknown extension is answered exactly like a wrong password. A right password whose
        hash is cheaper than ``cost`` is rehashed.

        Args:
            extension: what was typed in the extension field.
            password: what was typed in the password field.
            on_wait: told the seconds before any wait of a second or more (the dialog
                shows them); called in this thread.

        Returns:
            The account, with ``last_sign_in_at`` set to now.

        Raises:
            NotAnExtension: at once (no delay, nothing recorded) when the extension is not an
                extension at all, e.g. an email address.
            SignInThrottled: at once, when this attempt's turn is further away than the
                longest delay (many attempts at once); nothing was checked.
            WrongCredentials: no account has this extension and password.
            AccountDisabled: the password is right but the account is disabled.
        """
        user = self._check(extension, password, on_wait)
        now = self._clock()
        self._records.record_sign_in(user.id, now)
        logger.info("Extension %s signed in", user.extension)
        return replace(user, last_sign_in_at=now)

    def authorize_admin(self, extension: str, password: str) -> User:
        """Check that an enabled administrator's extension and password were given.

        For account changes made outside the app (``smsdesk users``): the same turns and
        delays as signing in, but no sign-in is recorded.

        Raises:
            NotAnExtension, SignInThrottled, WrongCredentials, AccountDisabled: as
                ``sign_in``.
            NotAdministrator: the account is not an administrator.
        """
        return self._administrator(self._check(extension, password, None))

    @staticmethod
    def _administrator(user: User) -> User:
        """``user``, if an administrator (see ``authorize_admin``)."""
        if not user.is_admin:
            logger.warning(
                "Extension %s tried to change accounts as an administrator", user.extension
            )
            raise NotAdministrator(
                translate(
                    "Accounts",
                    "{user} is not an administrator: only an administrator can change "
                    "accounts. Give the extension of an administrator.",
                ).format(user=user.label)
            )
        return user

    # -- remembered sign-ins ("Remember me") ---------------------------------------------

    def remember(self, user: User) -> str:
        """Make a remembered sign-in for ``user`` (after a password sign-in with "Remember
        me"): a new random token, whose SHA-256 digest alone the database keeps.

        Returns:
            The token, for this desk's keyring (see ``desktop.accounts.remembered``); it is
            never logged or stored anywhere else.
        """
        token = new_token()
        digest = token_digest(token)
        assert digest is not None  # a new token is well formed
        self._records.add_remembered(user.id, digest, self._clock())
        logger.info("Extension %s is remembered on a desk", user.extension)
        return token

    def sign_in_remembered(self, extension: str, token: str) -> User:
        """Sign in with a token ``remember`` made (a repeat start with "Remember me").

        No scrypt and no turn in the sign-in throttle: a 256-bit random token cannot be
        guessed, and twenty desks starting at once must not queue behind each other. The
        digest found is compared in constant time.

        Returns:
            The account, with ``last_sign_in_at`` set to now (the token's last use too).

        Raises:
            NotAnExtension: the extension is not an extension at all.
            RememberedSignInEnded: no account with this extension has this token (never
                made here, or revoked); logged, without the token.
            AccountDisabled: the account is disabled.
        """
        user, digest = self._check_remembered(extension, token)
        now = self._clock()
        if not self._records.use_remembered(user.id, digest, now):
            logger.warning("Remembered sign-in of %s refused: revoked meanwhile", user.extension)
            raise RememberedSignInEnded()
        logger.info("Extension %s signed in (remembered)", user.extension)
        return replace(user, last_sign_in_at=now)

    def authorize_remembered_admin(self, extension: str, token: str) -> User:
        """As ``authorize_admin``, with the administrator's remembered token instead of the
        password (the same trust: it proves a password sign-in on this OS account).

        Raises:
            NotAnExtension, RememberedSignInEnded, AccountDisabled: as
                ``sign_in_remembered``.
            NotAdministrator: the account is not an administrator.
        """
        user, _digest = self._check_remembered(extension, token)
        return self._administrator(user)

    def forget_remembered(self, token: str) -> None:
        """Revoke one remembered sign-in (this desk signed out, or unticked "Remember me");
        nothing happens when it is unknown."""
        digest = token_digest(token)
        if digest is not None and self._records.forget_remembered(digest):
            logger.info("A remembered sign-in was revoked")

    def remembered_count(self, extension: str) -> int:
        """How many desks remember the account with this extension."""
        return self._records.remembered_count(extension.strip())

    def _check_remembered(self, extension: str, token: str) -> tuple[User, str]:
        """The account ``token`` signs in to, and the digest found (see
        ``sign_in_remembered``)."""
        key = self._rule.check(extension)
        digest = token_digest(token)
        found = self._records.remembered(key, digest) if digest is not None else None
        if (
            found is None
            or digest is None
            or not hmac.compare_digest(found[1].encode("ascii"), digest.encode("ascii"))
        ):
            logger.warning("Remembered sign-in at %s refused: unknown or revoked", key)
            raise RememberedSignInEnded()
        user = found[0]
        if user.disabled:
            logger.info("Disabled account %s tried to sign in (remembered)", key)
            raise AccountDisabled()
        return user, found[1]

    def _check(
        self, extension: str, password: str, on_wait: Callable[[float], None] | None
    ) -> User:
        """Take a turn, check the password, and say who it is (see ``sign_in``)."""
        key = self._rule.check(extension)
        turn = self._throttle.reserve(key)
        if turn.refused:
            logger.warning("Sign-in at %s refused: its turn would be in %.1f s", key, turn.wait)
            raise SignInThrottled(turn.wait)
        self._wait(turn.wait, on_wait)

        found = self._records.with_password_hash(key)
        if found is None:
            # Same scrypt work as a real account, so the timing does not tell them apart.
            verify_password(password, dummy_hash(self._cost))
            matched = False
        else:
            matched = verify_password(password, found[1])

        if not matched:
            delay = self._throttle.delay(turn.failures)
            logger.warning(
                "Wrong extension or password for %s (%d in a row; answering in %.1f s)",
                key,
                turn.failures,
                delay,
            )
            self._wait(delay, on_wait)
            raise WrongCredentials()

        # The password was right: this attempt was no failure, whatever the account's state.
        self._throttle.passed(key)
        assert found is not None  # matched a stored hash
        user, stored_hash = found
        if user.disabled:
            logger.info("Disabled account %s tried to sign in", key)
            raise AccountDisabled()
        if needs_rehash(stored_hash, self._cost):
            self._rehash(user, stored_hash, password)
        return user

    def _wait(self, seconds: float, on_wait: Callable[[float], None] | None) -> None:
        if seconds <= 0:
            return
        if on_wait is not None and seconds >= 1:
            on_wait(seconds)
        self._sleep(seconds)

    def _rehash(self, user: User, old: str, password: str) -> None:
        """Replace a cheaper stored hash with one at ``cost`` (the password just matched)."""
        encoded = hash_password(password, self._cost)
        # Only if the hash is still the one checked: a password changed meanwhile wins.
        if self._records.replace_hash(user.id, old, encoded):
            logger.info(
                "Password hash of extension %s upgraded to scrypt N=%d, r=%d, p=%d",
                user.extension,
                self._cost.n,
                self._cost.r,
                self._cost.p,
            )

    def throttle_delay(self, extension: str) -> float:
        """Return how long the answer to the next wrong sign-in would take, in seconds.

        That is what is left before the next turn, if anything, plus the delay the next
        wrong attempt adds: for the UI to say "Wait N s".

        Args:
            extension: what is typed in the extension field.

        Returns:
            The seconds. Text that is not an extension (an email address) never has failures
            recorded, so it reports the first delay, ``throttle_base``.
        """
        return self._throttle.next_delay(extension.strip())

    # -- this database ---------------------------------------------------------------------

    def database_id(self) -> str:
        """Return this database's id: random, made once, stored in the database itself.

        It tells databases apart where their addresses cannot (two profiles, two files,
        one team database reached by different addresses): the keyring keys remembered
        sign-ins with it.
        """
        if self._database_id is None:
            self._database_id = self._records.database_id(self._clock())
        return self._database_id

    # -- changing accounts ---------------------------------------------------------------

    def set_password(self, extension: str, password: str) -> None:
        """Give an account a new password, and forget its wrong sign-ins.

        The count is cleared so that a colleague locked out by the slow-down can use the new
        password at once; guesses at the old password say nothing about the new one.

        Args:
            extension: the account's extension.
            password: the new password.

        Raises:
            WeakPassword: the password is too short.
            NoSuchUser: no account has this extension.
        """
        check_password(password)
        key = extension.strip()
        encoded = hash_password(password, self._cost)
        if not self._records.set_password_hash(key, encoded):
            raise NoSuchUser(
                translate("Accounts", "There is no account with extension {extension}.").format(
                    extension=key
                )
            )
        logger.info("Password changed for extension %s", key)

    def set_disabled(self, extension: str, disabled: bool = True) -> None:
        """Disable an account (it can no longer sign in) or enable it again.

        Disabling an account that is disabled already keeps the time it was first disabled.

        Args:
            extension: the account's extension.
            disabled: True to disable, False to enable.

        Raises:
            NoSuchUser: no account has this extension.
            LastAdministrator: it is the only enabled administrator (an office must keep
                one who can manage the accounts).
        """
        key = extension.strip()
        try:
            found = self._records.set_disabled(key, disabled, now=self._clock())
        except LastEnabledAdministrator:
            raise LastAdministrator() from None
        if not found:
            raise NoSuchUser(
                translate("Accounts", "There is no account with extension {extension}.").format(
                    extension=key
                )
            )
        logger.info("Account %s %s", key, "disabled" if disabled else "enabled")

    def set_admin(self, extension: str, is_admin: bool = True) -> None:
        """Make an account an administrator (it may manage accounts and settings), or not.

        Args:
            extension: the account's extension.
            is_admin: True to make it an administrator, False to remove the role.

        Raises:
            NoSuchUser: no account has this extension.
            LastAdministratorRole: it is the only enabled administrator (an office must
                keep one who can manage the accounts).
        """
        key = extension.strip()
        try:
            found = self._records.set_admin(key, is_admin)
        except LastEnabledAdministrator:
            raise LastAdministratorRole() from None
        if not found:
            raise NoSuchUser(
                translate("Accounts", "There is no account with extension {extension}.").format(
                    extension=key
                )
            )
        logger.info("Account %s: administrator %s", key, is_admin)

    def confirm_admin(self, user_id: UserId) -> User:
        """Check that the signed-in account ``user_id`` is still an enabled administrator.

        For account changes made in the app: the administrator has signed in already, so
        no password is asked for, but an account disabled or demoted since (by another
        administrator, on another desk) may change nothing more.

        Returns:
            The account as it is now.

        Raises:
            NotAdministrator: the account is gone, disabled or no longer an administrator.
        """
        user = next((u for u in self._records.list() if u.id == user_id), None)
        if user is None or user.disabled or not user.is_admin:
            logger.warning("Account %s tried to change accounts but may not", user_id)
            raise NotAdministrator()
        return user

"""Secrets in the OS keyring: the remembered sign-in, the gateway token, a database password.

SMS Desk keeps secrets nowhere else. When the active keyring backend is missing or not
secure (the ``fail`` or ``null`` backends, or the file-based ``keyrings.alt`` ones), storing
is refused with a message that says what is wrong and how to fix it; nothing falls back to a
file. Every secret that passes through is registered with ``desktop.system.logs`` so logs hide it.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer, fail, null
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from desktop.core.errors import Refusal
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.system.logs import redact, register_secret

__all__ = [
    "SERVICE",
    "CredentialStore",
    "KeyringStatus",
    "KeyringUnavailable",
    "keyring_status",
]

log = logging.getLogger("smsdesk.credentials")

SERVICE = "smsdesk"

_FIX = QT_TRANSLATE_NOOP(
    "Credentials",
    "Install and unlock a Secret Service such as GNOME Keyring or KWallet (on Windows and "
    "macOS the system's own credential store is used). On a server without a desktop, run "
    "SMS Desk in a D-Bus session with an unlocked keyring (for example `dbus-run-session -- "
    "sh`, then `gnome-keyring-daemon --unlock`), or type the password at each sign-in.",
)
_NONE_FOUND = QT_TRANSLATE_NOOP("Credentials", "No secure keyring was found on this computer.")
_UNTIL = QT_TRANSLATE_NOOP(
    "Credentials",
    "Until then SMS Desk will not remember passwords, and cannot keep the gateway's auth "
    "token or a database password.",
)
_LOCKED = QT_TRANSLATE_NOOP(
    "Credentials",
    "The keyring is locked. Unlock it (for example by logging in to your desktop again) "
    "and try again.",
)
_NOT_OPENED = QT_TRANSLATE_NOOP(
    "Credentials",
    "The keyring could not be opened. Check that GNOME Keyring or KWallet is running and "
    "unlocked, and try again.",
)
_REFUSED = QT_TRANSLATE_NOOP(
    "Credentials",
    "The keyring refused to store the secret. Check that it is unlocked (for example in "
    "Passwords and Keys or KWalletManager) and try again.",
)
_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Credentials",
    "The keyring could not be reached. Check that a Secret Service such as GNOME Keyring or "
    "KWallet is running and unlocked, and try again.",
)

# The sentences above are translated where used: translate("Credentials", _FIX).

# Names a person recognises, by (module, class name); others show their class path.
_READABLE_NAMES = {
    ("keyring.backends.SecretService", "Keyring"): "Secret Service (GNOME Keyring, KWallet)",
    ("keyring.backends.libsecret", "Keyring"): "libsecret (GNOME Keyring, KWallet)",
    ("keyring.backends.kwallet", "DBusKeyring"): "KWallet",
    ("keyring.backends.kwallet", "DBusKeyringKWallet4"): "KWallet 4",
    ("keyring.backends.Windows", "WinVaultKeyring"): "Windows Credential Manager",
    ("keyring.backends.macOS", "Keyring"): "macOS Keychain",
    ("keyring.backends.fail", "Keyring"): "no keyring",
    ("keyring.backends.null", "Keyring"): "null keyring (turned off)",
}


class KeyringUnavailable(Refusal):
    """No secure keyring: str(err) says what is wrong and how to fix it."""


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """Which keyring backend is active and whether SMS Desk trusts it with secrets.

    Attributes:
        backend: a readable backend name, e.g. "Secret Service (GNOME Keyring, KWallet)", or
            the backend's class path.
        secure: whether secrets may be stored there.
        advice: "" when secure; otherwise sentences saying what is wrong, how to fix it, and
            that SMS Desk will not remember passwords until then.
    """

    backend: str
    secure: bool
    advice: str


def _class_path(backend: keyring.backend.KeyringBackend) -> tuple[str, str]:
    cls = type(backend)
    return cls.__module__, cls.__qualname__


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    """A readable name for ``backend``; a chain is named after its links."""
    if isinstance(backend, chainer.ChainerBackend):
        links = [_backend_name(b) for b in _chain_links(backend)]
        return f"keyring chain ({', '.join(links)})" if links else "keyring chain (empty)"
    module, qualname = _class_path(backend)
    return _READABLE_NAMES.get((module, qualname), f"{module}.{qualname}")


def _chain_links(backend: chainer.ChainerBackend) -> list[keyring.backend.KeyringBackend]:
    try:
        return list(backend.backends)
    except Exception as exc:  # a link that fails to load leaves the chain unusable
        log.warning("Could not list the keyring chain's backends: %s", type(exc).__name__)
        return []


def _insecure_reason(backend: keyring.backend.KeyringBackend) -> str | None:
    """Say why ``backend`` must not hold secrets, or None when it may."""
    module, _ = _class_path(backend)
    name = _backend_name(backend)
    if isinstance(backend, fail.Keyring):
        return translate("Credentials", _NONE_FOUND)
    if isinstance(backend, null.Keyring):
        return translate(
            "Credentials",
            "The keyring is turned off: the null backend is configured (for example by "
            "PYTHON_KEYRING_BACKEND or keyringrc.cfg). Remove that setting.",
        )
    if module == "keyrings.alt" or module.startswith("keyrings.alt."):
        return translate(
            "Credentials",
            "The keyring backend {backend} keeps secrets in a file on disk, which is not safe "
            "enough. Remove the keyrings.alt package or configure another backend.",
        ).format(backend=name)
    if isinstance(backend, chainer.ChainerBackend):
        # A chain is as good as its best link; its own priority only counts the links.
        if any(_insecure_reason(link) is None for link in _chain_links(backend)):
            return None
        return translate("Credentials", _NONE_FOUND)
    try:
        priority = float(backend.priority)
    except Exception as exc:  # backends raise from priority when their service is missing
        #: {problem} is the keyring library's own (English) reason
        return translate(
            "Credentials",
            "The keyring backend {backend} is not usable on this computer ({problem}).",
        ).format(backend=name, problem=redact(str(exc)) or type(exc).__name__)
    if priority <= 0:
        return translate(
            "Credentials", "The keyring backend {backend} is not usable on this computer."
        ).format(backend=name)
    return None


def keyring_status(backend: keyring.backend.KeyringBackend | None = None) -> KeyringStatus:
    """Tell which keyring backend is active and whether it is secure.

    Args:
        backend: the backend to judge; the active one (``keyring.get_keyring()``) when None.

    Returns:
        The status; its ``advice`` is written for the person who has to fix it.
    """
    if backend is None:
        backend = keyring.get_keyring()
    reason = _insecure_reason(backend)
    if reason is None:
        return KeyringStatus(backend=_backend_name(backend), secure=True, advice="")
    return KeyringStatus(
        backend=_backend_name(backend), secure=False, advice=_advice(reason, until=True)
    )


def _advice(reason: str, *, until: bool = False) -> str:
    """What is wrong, then how to fix it (and that nothing is remembered until then): whole
    translated sentences, one after the other."""
    parts = [reason, translate("Credentials", _FIX)]
    if until:
        parts.append(translate("Credentials", _UNTIL))
    return " ".join(parts)


def _database_key(url: str) -> str:
    """The keyring user name part for a database URL: normalised, never with a password.

    SQLAlchemy's rendering is used, so ``url`` as typed and as re-rendered by
    ``make_url(url).render_as_string()`` find the same entry.
    """
    try:
        return make_url(url)._replace(password=None).render_as_string(hide_password=False)
    except (ArgumentError, ValueError):
        # Not a URL SQLAlchemy reads: still keep a password out of the key (it is visible
        # in keyring managers).
        return re.sub(r"^([a-z][a-z0-9+.\-]*://[^:/@]*):[^@]*@", r"\1@", url, flags=re.IGNORECASE)


class CredentialStore:
    """SMS Desk's secrets in the OS keyring, refused when the keyring is not secure.

    Keyring entries are under service ``SERVICE`` with user names
    ``user:{database id}:{extension}``, ``gateway:{account_sid}`` and
    ``database:{url without password}``. Safe to use from several threads.

    Each kind of secret has the same three calls, with the same contract. Keeping one
    raises ``KeyringUnavailable`` when the keyring is not secure or failed (nothing was
    written) and ``ValueError`` when it is empty. Reading one returns None when none is kept
    or the keyring is not secure, locked or failing (the reason is logged, never the secret).
    Forgetting one does nothing when there is none, and raises ``KeyringUnavailable`` when
    the keyring failed (e.g. locked), so the secret may still be there.

    Args:
        backend: the keyring backend to use; None uses the active one
            (``keyring.get_keyring()``), looked up at first use.
    """

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend
        self._status: KeyringStatus | None = None
        self._lock = threading.Lock()

    def _resolved(self) -> tuple[keyring.backend.KeyringBackend, KeyringStatus]:
        with self._lock:
            if self._backend is None:
                self._backend = keyring.get_keyring()
            if self._status is None:
                self._status = keyring_status(self._backend)
            return self._backend, self._status

    @property
    def status(self) -> KeyringStatus:
        """The active backend and whether it is secure (judged once, at first use)."""
        return self._resolved()[1]

    # -- the user's remembered sign-in -----------------------------------------------------

    # "Remember me" keeps a random token here (``desktop.accounts.remembered``); an older SMS
    # Desk kept the password itself, which is read back once and then replaced by a token.

    def remember_sign_in(
        self, extension: str, token: str, *, database: str, password: str | None = None
    ) -> None:
        """Keep the remembered sign-in (a token) of ``extension`` on ``database``.

        Args:
            extension: the account's extension.
            token: what proves the sign-in (``Accounts.remember``).
            database: the database's id (``Accounts.database_id``): two profiles or two
                databases with the same extension keep separate entries.
            password: the password just checked: an entry an older SMS Desk kept under the
                extension alone holding it goes (it was this account's, and the token
                replaces it).

        Raises:
            KeyringUnavailable: the keyring is not secure, or failed; nothing was written.
            ValueError: the token is empty.
        """
        self._store(_user_key(database, extension), token)
        if password is not None:
            self._drop_legacy(extension, password)

    def remembered_sign_in(self, extension: str, *, database: str) -> str | None:
        """Return what is remembered for ``extension`` on ``database``: a token, or the
        password an older SMS Desk kept.

        Falls back to an entry an older SMS Desk kept under the extension alone (a password;
        it may belong to another database: once it signed in here, ``remember_sign_in``
        replaces it by a token under this database's key).

        Returns:
            The secret, or None when none is kept or the keyring is not secure, locked or
            failing (the reason is logged, never the secret).
        """
        found = self._read(_user_key(database, extension))
        if found is None:
            found = self._read(_legacy_user_key(extension))
        return found

    def forget_sign_in(self, extension: str, *, database: str, password: str | None = None) -> None:
        """Delete the remembered sign-in of ``extension`` on ``database``; nothing happens
        if there is none. With ``password``, an entry kept under the extension alone by an
        older SMS Desk goes too if it holds that password (another database's stays).

        Raises:
            KeyringUnavailable: the keyring failed (e.g. locked), so the entry may still be
                there.
        """
        self._delete(_user_key(database, extension))
        if password is not None:
            self._drop_legacy(extension, password)

    def _drop_legacy(self, extension: str, password: str) -> None:
        legacy = _legacy_user_key(extension)
        if self._read(legacy) == password:
            # A failure is logged; the new entry is what counts from now on.
            with contextlib.suppress(KeyringUnavailable):
                self._delete(legacy)

    # -- the gateway's auth token ----------------------------------------------------------

    def set_gateway_token(self, account_sid: str, token: str) -> None:
        """Keep the auth token of the gateway account ``account_sid``."""
        self._store(f"gateway:{account_sid}", token)

    def gateway_token(self, account_sid: str) -> str | None:
        """Return the auth token of ``account_sid``, or None."""
        return self._read(f"gateway:{account_sid}")

    def forget_gateway_token(self, account_sid: str) -> None:
        """Delete the auth token of ``account_sid``."""
        self._delete(f"gateway:{account_sid}")

    # -- a database password ---------------------------------------------------------------

    # The database's URL names the entry without its password (one in it is left out).

    def set_database_password(self, url: str, password: str) -> None:
        """Keep the password for the database at ``url``."""
        self._store(f"database:{_database_key(url)}", password)

    def database_password(self, url: str) -> str | None:
        """Return the password for the database at ``url``, or None."""
        return self._read(f"database:{_database_key(url)}")

    def forget_database_password(self, url: str) -> None:
        """Delete the password for the database at ``url``."""
        self._delete(f"database:{_database_key(url)}")

    # -- the keyring -----------------------------------------------------------------------

    def _store(self, username: str, secret: str) -> None:
        if not secret:
            raise ValueError("an empty secret cannot be stored")
        # Registered before anything can fail, so any log line about the failure hides it.
        register_secret(secret)
        backend, status = self._resolved()
        if not status.secure:
            raise KeyringUnavailable(status.advice)
        try:
            backend.set_password(SERVICE, username, secret)
        except Exception as exc:
            self._log_failure("store", username, exc)
            # "from None": the backend's exception (and its arguments) stays out of any
            # traceback shown or logged later.
            raise _unavailable(exc) from None

    def _read(self, username: str) -> str | None:
        backend, status = self._resolved()
        if not status.secure:
            log.info(
                "Not reading %s from the keyring: %s is not secure", _kind(username), status.backend
            )
            return None
        try:
            secret = backend.get_password(SERVICE, username)
        except Exception as exc:
            self._log_failure("read", username, exc)
            return None
        if secret:
            register_secret(secret)
        return secret or None

    def _delete(self, username: str) -> None:
        backend, status = self._resolved()
        if not status.secure:
            return  # nothing was ever written there
        try:
            backend.delete_password(SERVICE, username)
        except keyring.errors.PasswordDeleteError:
            return  # absent: already forgotten
        except Exception as exc:
            if self._absent(backend, username):
                # Gone between the backend's search and its delete (another process forgot
                # it first: the Secret Service then says "Item does not exist").
                return
            self._log_failure("delete", username, exc)
            raise _unavailable(exc) from None

    @staticmethod
    def _absent(backend: keyring.backend.KeyringBackend, username: str) -> bool:
        try:
            return backend.get_password(SERVICE, username) is None
        except Exception:
            return False

    @staticmethod
    def _log_failure(action: str, username: str, exc: BaseException) -> None:
        log.warning(
            "Could not %s the %s secret in the keyring: %s: %s",
            action,
            _kind(username),
            type(exc).__name__,
            redact(str(exc)),
        )


def _user_key(database: str, extension: str) -> str:
    """The keyring user name of a remembered sign-in: per database and extension."""
    return f"user:{database}:{extension}"


def _legacy_user_key(extension: str) -> str:
    """Where SMS Desk before issue 13 kept it: per extension alone (profiles collided)."""
    return f"user:{extension}"


def _kind(username: str) -> str:
    """The kind of secret ("user", "gateway", "database"): says what failed, not whose."""
    return username.partition(":")[0]


def _unavailable(exc: BaseException) -> KeyringUnavailable:
    """A KeyringUnavailable with a sentence for ``exc`` (never its text: it may echo input)."""
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringUnavailable(translate("Credentials", _LOCKED))
    if isinstance(exc, keyring.errors.NoKeyringError):
        return KeyringUnavailable(_advice(translate("Credentials", _NONE_FOUND)))
    if isinstance(exc, keyring.errors.InitError):
        return KeyringUnavailable(translate("Credentials", _NOT_OPENED))
    if isinstance(exc, keyring.errors.PasswordSetError):
        return KeyringUnavailable(translate("Credentials", _REFUSED))
    # D-Bus and Secret Service errors arrive as their libraries' own exception types.
    return KeyringUnavailable(translate("Credentials", _UNREACHABLE))

""" "Remember me": a random token in the OS keyring, its digest in the database.

A remembered sign-in is proven by a random 256-bit token, as a web session or an OS "stay
signed in" is, not by the password: a token cannot be guessed, so it needs neither scrypt's
0.4 s nor a turn in the sign-in throttle, and the keyring no longer holds the password. The
database keeps only the token's SHA-256 digest (a copy of it gives no token); the keyring
entry is keyed by the database's id and the extension, so a token is bound to both.

A keyring entry without the token prefix is a password an older SMS Desk remembered: it is
checked once more through the password sign-in, then replaced by a token.

Pure Python, no Qt; the calls block on the database and the keyring, so the app makes them
in its account thread.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import secrets
from typing import TYPE_CHECKING

from desktop.store.accounts import User
from desktop.system.credentials import CredentialStore, KeyringUnavailable
from desktop.system.logs import register_secret

if TYPE_CHECKING:  # (staff imports the token functions from here)
    from desktop.accounts.staff import Accounts

__all__ = [
    "TOKEN_PREFIX",
    "forget_remembered",
    "is_token",
    "keep_remembered",
    "new_token",
    "remembered_secret",
    "sign_in_remembered",
    "token_digest",
]

logger = logging.getLogger("smsdesk.accounts")

TOKEN_PREFIX = "smsdesk-token-v1:"  # noqa: S105  (a prefix, not a secret)
"""What a remembered token starts with; a keyring entry without it is a legacy password."""

_TOKEN_BYTES = 32


def new_token() -> str:
    """A new random token: ``TOKEN_PREFIX`` and 32 random bytes in URL-safe base64."""
    raw = secrets.token_bytes(_TOKEN_BYTES)
    return TOKEN_PREFIX + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def is_token(secret: str) -> bool:
    """Tell whether a remembered keyring entry is a token (else a legacy password)."""
    return secret.startswith(TOKEN_PREFIX)


def token_digest(token: str) -> str | None:
    """The SHA-256 digest (hexadecimal) of a token's random bytes, as the database keeps it;
    None when ``token`` is not a well-formed token."""
    if not is_token(token):
        return None
    body = token[len(TOKEN_PREFIX) :]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        return None
    if len(raw) != _TOKEN_BYTES:
        return None
    return hashlib.sha256(raw).hexdigest()


def remembered_secret(
    accounts: Accounts, credentials: CredentialStore, extension: str
) -> str | None:
    """What the keyring remembers for ``extension`` on this database: a token, a legacy
    password, or None."""
    return credentials.remembered_sign_in(extension, database=accounts.database_id())


def sign_in_remembered(
    accounts: Accounts, credentials: CredentialStore, extension: str, secret: str
) -> User:
    """Sign in with what the keyring remembered (blocks: call it in the account thread).

    A token is checked against its digest (a look-up and a write: milliseconds). A legacy
    password is checked with the password sign-in (scrypt, a throttle turn) once more and
    then replaced by a token, so the password leaves the keyring; if the keyring refuses the
    token, the password stays where it was and the sign-in still counts.

    Raises:
        SignInError: as ``Accounts.sign_in_remembered`` for a token, ``Accounts.sign_in``
            for a password.
    """
    if is_token(secret):
        return accounts.sign_in_remembered(extension, secret)
    user = accounts.sign_in(extension, secret)
    try:
        keep_remembered(accounts, credentials, user, secret)
    except KeyringUnavailable:
        logger.warning("Could not replace a remembered password with a token; it stays")
    else:
        logger.info("Replaced the remembered password of %s with a token", user.extension)
    return user


def keep_remembered(
    accounts: Accounts, credentials: CredentialStore, user: User, password: str | None
) -> None:
    """After a password sign-in with "Remember me": a new token for this desk, in the keyring
    and (its digest) in the database; the token this desk remembered before is revoked.

    Args:
        password: the password just checked: an entry an older SMS Desk kept under the
            extension alone with it goes too (it was this account's).

    Raises:
        KeyringUnavailable: the keyring refused the token (its row is deleted again).
    """
    if password is not None:
        # Hidden in the logs from now on, as when the keyring kept it (it no longer does).
        register_secret(password)
    database = accounts.database_id()
    before = credentials.remembered_sign_in(user.extension, database=database)
    token = accounts.remember(user)
    try:
        credentials.remember_sign_in(user.extension, token, database=database, password=password)
    except KeyringUnavailable:
        accounts.forget_remembered(token)
        raise
    if before is not None and is_token(before):
        accounts.forget_remembered(before)


def forget_remembered(
    accounts: Accounts, credentials: CredentialStore, extension: str, password: str | None = None
) -> None:
    """Sign-out, or "Remember me" unticked: this desk's token is revoked in the database
    first (so it is worthless even if the keyring keeps it), then leaves the keyring.

    Args:
        password: as ``CredentialStore.forget_sign_in``: a legacy entry under the extension
            alone holding it goes too.

    Raises:
        KeyringUnavailable: the keyring failed, so its entry may still be there (revoked).
    """
    database = accounts.database_id()
    kept = credentials.remembered_sign_in(extension, database=database)
    if kept is not None and is_token(kept):
        accounts.forget_remembered(kept)
    credentials.forget_sign_in(extension, database=database, password=password)

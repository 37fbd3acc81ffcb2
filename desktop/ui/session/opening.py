"""What a start does off the GUI thread before the desk can begin (``desktop.app``): open the
store and check the remembered sign-in.

No Qt here, and nothing of the window: this runs in a worker thread while another imports
the desk's widgets (``desktop.ui.session.desk``) and the GUI thread paints. A remembered
sign-in is a token checked against its digest (no scrypt); only a password an older SMS Desk
remembered costs the scrypt check once (it lets go of the interpreter while it works).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.engine import make_url

from desktop.accounts.remembered import remembered_secret, sign_in_remembered
from desktop.accounts.staff import Accounts, ExtensionRule, User
from desktop.config.settings import Paths, Settings
from desktop.core.phone import format_for_display
from desktop.store import Store, StoreError, open_store
from desktop.system.credentials import CredentialStore

# How many of the chat list's first rows have their numbers formatted ahead (the snapshot's).
FIRST_ROWS = 40


@dataclass
class Looked:
    """What the account thread found at the start of a sign-in.

    Attributes:
        has_users: an account exists (else the form creates the first).
        secret: what the keyring remembered (a token, or an older SMS Desk's password),
            if anything.
        user: who the remembered sign-in signed in.
        failure: why the remembered sign-in did not sign in.
    """

    has_users: bool
    secret: str | None = field(repr=False)  # never in a log line or a traceback's locals
    user: User | None = None
    failure: Exception | None = None


@dataclass
class Opened:
    """The keyring, the opened store and its accounts, for ``SmsDesk``."""

    credentials: CredentialStore
    store: Store
    accounts: Accounts


def extension_rule(settings: Settings) -> ExtensionRule:
    """What an extension looks like, by the settings."""
    return ExtensionRule(settings.extension_min_digits, settings.extension_max_digits)


def database_url(settings: Settings, paths: Paths, credentials: CredentialStore) -> str:
    """The settings' database URL, with its password from the keyring if it needs one."""
    url = settings.database_url_for(paths)
    parsed = make_url(url)
    if parsed.username and not parsed.password:
        password = credentials.database_password(parsed.render_as_string())
        if password:
            return parsed.set(password=password).render_as_string(hide_password=False)
    return url


def open_desk_store(
    settings: Settings, paths: Paths, credentials: CredentialStore | None = None
) -> Opened:
    """Open the store (slow: the database layer loads, the store checks its schema).

    Args:
        credentials: the keyring (None: a new one).

    Raises:
        StoreError: the database cannot be opened (the sentence says why).
    """
    paths.ensure()
    credentials = credentials if credentials is not None else CredentialStore()
    store = open_store(database_url(settings, paths, credentials))
    # The names of the numbers the chat list shows first: formatting a number the first
    # time loads its region's rules and compiles their patterns (tens of milliseconds,
    # which the GUI thread would spend replacing the snapshot's rows); the result is cached.
    try:
        first = store.conversations.list(limit=FIRST_ROWS)
    except StoreError:
        first = []  # (the session's first page says what is wrong)
    for conversation in first:
        format_for_display(conversation.peer_number, settings.default_region)
    return Opened(credentials, store, Accounts(store, rule=extension_rule(settings)))


def look_up_sign_in(accounts: Accounts, credentials: CredentialStore, remembered: str) -> Looked:
    """Whether there are accounts and a remembered sign-in; with one, sign in with it (call
    it in the account thread). A token is checked in microseconds; a password an older SMS
    Desk remembered is checked with scrypt once more, then replaced by a token."""
    secret = remembered_secret(accounts, credentials, remembered) if remembered else None
    looked = Looked(accounts.has_users(), secret)
    if looked.has_users and secret:
        try:
            looked.user = sign_in_remembered(accounts, credentials, remembered, secret)
        except Exception as err:  # shown by the sign-in form
            looked.failure = err
    return looked

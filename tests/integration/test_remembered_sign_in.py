""" "Remember me" by token: a repeat sign-in without scrypt or a throttle turn, the digest
alone in the database, revocation (sign-out, new password, disabled), the upgrade of a
password an older SMS Desk remembered, and twenty desks of a team signing in at once."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.accounts import remembered
from desktop.accounts.remembered import (
    TOKEN_PREFIX,
    forget_remembered,
    keep_remembered,
    new_token,
    sign_in_remembered,
    token_digest,
)
from desktop.accounts.staff import (
    AccountDisabled,
    Accounts,
    NotAdministrator,
    RememberedSignInEnded,
    User,
    WrongCredentials,
)
from desktop.store import Store
from desktop.store.tables import remembered_sign_ins, sign_in_failures
from desktop.system.credentials import SERVICE, CredentialStore
from tests.conftest import MemoryKeyring

PASSWORD = "correct horse 42"
NEW_PASSWORD = "battery staple 7"


@pytest.fixture
def accounts(store: Store) -> Accounts:
    return Accounts(store, throttle_base=0.0)


@pytest.fixture
def anna(accounts: Accounts) -> User:
    return accounts.create_user("101", "Anna", PASSWORD, is_admin=True)


def forbid_scrypt(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on every scrypt call fails (and is noted)."""
    calls: list[str] = []

    def scrypt(*args: object, **kwargs: object) -> bytes:
        calls.append("scrypt")
        raise AssertionError("scrypt was run")

    monkeypatch.setattr(hashlib, "scrypt", scrypt)
    return calls


def rows(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(remembered_sign_ins))]


def throttle_rows(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(sign_in_failures))]


# -- the token -------------------------------------------------------------------------------


def test_a_token_is_256_random_bits_behind_its_prefix_and_the_digest_is_of_those_bits() -> None:
    token = new_token()
    assert token.startswith(TOKEN_PREFIX)
    assert new_token() != token
    digest = token_digest(token)
    assert digest is not None
    assert len(digest) == 64
    assert token_digest(token + "A") is None  # 33 bytes
    assert token_digest(TOKEN_PREFIX + "not base64 !") is None
    assert token_digest(PASSWORD) is None  # a legacy password is no token


# -- signing in with it ----------------------------------------------------------------------


def test_a_remembered_token_signs_in_without_scrypt_or_a_throttle_turn(
    store: Store, accounts: Accounts, anna: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = accounts.remember(anna)
    no_scrypt = forbid_scrypt(monkeypatch)
    # A turn in the throttle would sleep (noted here, not slept): no wall clock to flake.
    slept: list[float] = []
    desk = Accounts(store, throttle_base=30.0, sleep=slept.append)

    user = desk.sign_in_remembered("101", token)

    assert user.id == anna.id
    assert user.last_sign_in_at is not None
    assert accounts.get_user("101").last_sign_in_at == user.last_sign_in_at
    assert no_scrypt == []  # (a password check is 0.4 s of scrypt at the real cost)
    assert throttle_rows(store) == []  # no turn reserved, not even for the overall count
    assert slept == []


def test_the_database_keeps_only_the_digest_of_the_token(
    store: Store, accounts: Accounts, anna: User, database_url: str
) -> None:
    token = accounts.remember(anna)

    ((_id, user_id, digest, created_at, last_used_at),) = rows(store)
    assert user_id == anna.id
    assert digest == token_digest(token)
    assert created_at == last_used_at
    assert token not in repr(rows(store))
    if database_url.startswith("sqlite:///"):
        store.checkpoint()
        raw = Path(database_url.removeprefix("sqlite:///")).read_bytes()
        body = token.removeprefix(TOKEN_PREFIX).encode()
        assert body not in raw


@pytest.mark.parametrize(
    "forged",
    [
        pytest.param(lambda _t: new_token(), id="another random token"),
        pytest.param(lambda t: t[:-2] + ("AA" if not t.endswith("AA") else "BB"), id="altered"),
        pytest.param(lambda t: TOKEN_PREFIX + "%%%", id="malformed"),
        pytest.param(lambda t: token_digest(t) or "", id="its digest"),
    ],
)
def test_a_forged_token_is_refused_and_logged_without_it(
    accounts: Accounts,
    anna: User,
    forged: Callable[[str], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    token = accounts.remember(anna)
    attempt = forged(token)
    caplog.set_level(logging.DEBUG)

    with pytest.raises(RememberedSignInEnded):
        accounts.sign_in_remembered("101", attempt)

    assert "refused" in caplog.text
    assert attempt not in caplog.text
    assert token.removeprefix(TOKEN_PREFIX) not in caplog.text
    assert accounts.sign_in_remembered("101", token).id == anna.id  # the real one still works


def test_a_token_signs_in_only_to_its_own_account(accounts: Accounts, anna: User) -> None:
    accounts.create_user("102", "Bob", PASSWORD)
    token = accounts.remember(anna)

    with pytest.raises(RememberedSignInEnded):
        accounts.sign_in_remembered("102", token)


def test_an_ended_remembered_sign_in_is_a_wrong_credential_with_its_own_sentence() -> None:
    ended = RememberedSignInEnded()
    assert isinstance(ended, WrongCredentials)
    assert ended.sentence == (
        "The sign-in remembered on this computer has ended. Type your password."
    )


# -- revocation ------------------------------------------------------------------------------


def test_a_new_password_revokes_every_remembered_desk_of_the_account(
    accounts: Accounts, anna: User
) -> None:
    bob = accounts.create_user("102", "Bob", PASSWORD)
    desks = [accounts.remember(anna), accounts.remember(anna)]
    bobs = accounts.remember(bob)

    accounts.set_password("101", NEW_PASSWORD)

    for token in desks:
        with pytest.raises(RememberedSignInEnded):
            accounts.sign_in_remembered("101", token)
    assert accounts.remembered_count("101") == 0
    assert accounts.sign_in_remembered("102", bobs).id == bob.id  # a colleague's stays


def test_disabling_revokes_and_enabling_again_does_not_bring_the_tokens_back(
    accounts: Accounts, anna: User
) -> None:
    accounts.create_user("102", "Bob", PASSWORD, is_admin=True)  # (not the last admin)
    token = accounts.remember(anna)

    accounts.set_disabled("101")
    with pytest.raises(RememberedSignInEnded):
        accounts.sign_in_remembered("101", token)
    accounts.set_disabled("101", False)

    with pytest.raises(RememberedSignInEnded):
        accounts.sign_in_remembered("101", token)
    assert accounts.remembered_count("101") == 0


def test_a_disabled_account_is_refused_even_with_a_token_left(
    store: Store, accounts: Accounts, anna: User
) -> None:
    accounts.create_user("102", "Bob", PASSWORD, is_admin=True)
    token = accounts.remember(anna)
    # Disabled behind the accounts' back (an older SMS Desk sharing the database).
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE users SET disabled_at = created_at WHERE extension = '101'")

    with pytest.raises(AccountDisabled):
        accounts.sign_in_remembered("101", token)


def test_signing_out_revokes_this_desk_and_leaves_the_others(
    accounts: Accounts, anna: User, memory_keyring: MemoryKeyring
) -> None:
    credentials = CredentialStore(memory_keyring)
    keep_remembered(accounts, credentials, anna, PASSWORD)
    key = (SERVICE, f"user:{accounts.database_id()}:101")
    here = memory_keyring.secrets[key]
    elsewhere = accounts.remember(anna)  # another desk's

    forget_remembered(accounts, credentials, "101")

    assert key not in memory_keyring.secrets
    with pytest.raises(RememberedSignInEnded):
        accounts.sign_in_remembered("101", here)  # a copy of the keyring entry is worthless
    assert accounts.sign_in_remembered("101", elsewhere).id == anna.id


def test_remembering_again_on_a_desk_replaces_its_token(
    accounts: Accounts, anna: User, memory_keyring: MemoryKeyring
) -> None:
    credentials = CredentialStore(memory_keyring)
    keep_remembered(accounts, credentials, anna, PASSWORD)
    key = (SERVICE, f"user:{accounts.database_id()}:101")
    first = memory_keyring.secrets[key]

    keep_remembered(accounts, credentials, anna, PASSWORD)

    assert memory_keyring.secrets[key] != first
    assert accounts.remembered_count("101") == 1  # one row per desk
    with pytest.raises(RememberedSignInEnded):
        accounts.sign_in_remembered("101", first)


# -- a password an older SMS Desk remembered -------------------------------------------------


@pytest.mark.parametrize("legacy_key", ["user:{database}:101", "user:101"])
def test_a_remembered_password_signs_in_once_then_is_replaced_by_a_token(
    accounts: Accounts,
    anna: User,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    legacy_key: str,
) -> None:
    credentials = CredentialStore(memory_keyring)
    database = accounts.database_id()
    memory_keyring.secrets[(SERVICE, legacy_key.format(database=database))] = PASSWORD
    secret = remembered.remembered_secret(accounts, credentials, "101")
    assert secret == PASSWORD

    assert sign_in_remembered(accounts, credentials, "101", secret).id == anna.id

    (kept,) = memory_keyring.secrets.values()  # under this database's key, the legacy one gone
    assert list(memory_keyring.secrets) == [(SERVICE, f"user:{database}:101")]
    assert kept.startswith(TOKEN_PREFIX)
    assert PASSWORD not in kept
    # The next start: the token, no scrypt.
    forbid_scrypt(monkeypatch)
    again = remembered.remembered_secret(accounts, credentials, "101")
    assert again == kept
    assert sign_in_remembered(accounts, credentials, "101", again).id == anna.id


def test_a_wrong_remembered_password_is_refused_and_left_where_it_was(
    accounts: Accounts, anna: User, memory_keyring: MemoryKeyring
) -> None:
    credentials = CredentialStore(memory_keyring)
    key = (SERVICE, f"user:{accounts.database_id()}:101")
    memory_keyring.secrets[key] = "an old password"

    with pytest.raises(WrongCredentials):
        sign_in_remembered(accounts, credentials, "101", "an old password")

    assert memory_keyring.secrets == {key: "an old password"}
    assert accounts.remembered_count("101") == 0


# -- administrators (smsdesk users --admin-ext) ----------------------------------------------


def test_a_remembered_token_authorises_an_administrator_without_scrypt(
    accounts: Accounts, anna: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = accounts.remember(anna)
    forbid_scrypt(monkeypatch)
    assert accounts.authorize_remembered_admin("101", token).id == anna.id
    assert accounts.get_user("101").last_sign_in_at is None  # authorising is no sign-in


def test_a_remembered_token_of_a_colleague_is_not_an_administrator(
    accounts: Accounts, anna: User
) -> None:
    bob = accounts.create_user("102", "Bob", PASSWORD)
    token = accounts.remember(bob)
    with pytest.raises(NotAdministrator):
        accounts.authorize_remembered_admin("102", token)


# -- a team: twenty desks at once ------------------------------------------------------------

DESKS = 20


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_twenty_desks_sign_in_with_their_tokens_at_once_and_none_waits(
    desks: Callable[[], Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    setup = Accounts(desks())
    tokens = []
    for n in range(DESKS):
        user = setup.create_user(str(201 + n), f"Desk {n + 1}", PASSWORD)
        tokens.append((user, setup.remember(user)))
    # Each desk its own store (its own connections), as twenty computers after a power cut.
    # A turn in the throttle would cost 30 s (and be noted): waiting for one is unmistakable
    # on however busy a machine.
    slept: list[float] = []
    team = [Accounts(desks(), throttle_base=30.0, sleep=slept.append) for _ in range(DESKS)]
    for accounts in team:
        accounts.has_users()  # connected, as a desk is by the time it checks its token
    no_scrypt = forbid_scrypt(monkeypatch)
    ready = threading.Barrier(DESKS)
    results: dict[int, object] = {}
    took: dict[int, float] = {}

    def start(n: int) -> None:
        user, token = tokens[n]
        ready.wait()
        started = time.perf_counter()
        try:
            results[n] = team[n].sign_in_remembered(user.extension, token)
        except Exception as err:  # noted, and the test fails below with it
            results[n] = err
        took[n] = time.perf_counter() - started

    threads = [threading.Thread(target=start, args=(n,)) for n in range(DESKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert all(isinstance(results[n], User) for n in range(DESKS)), results
    assert [results[n].id for n in range(DESKS)] == [u.id for u, _t in tokens]  # type: ignore[union-attr]
    assert no_scrypt == []
    with desks().engine.connect() as conn:
        assert conn.execute(select(sign_in_failures)).all() == []  # no desk took a turn
    # Nobody waited for a turn: none slept, and the slowest is far below one step (30 s).
    assert slept == []
    assert max(took.values()) < 10.0, took

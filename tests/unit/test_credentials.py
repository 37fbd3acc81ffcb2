"""Secrets go to a secure keyring only; insecure or failing keyrings are refused, with advice."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from sqlalchemy.engine import make_url

from desktop.system.credentials import (
    SERVICE,
    CredentialStore,
    KeyringUnavailable,
    keyring_status,
)
from desktop.system.logs import forget_secrets, redact

PASSWORD = "Hunter2-remembered"
TOKEN = "f3e1c0ffee5ecret70ken0123456789ab"
DB_PASSWORD = "Db-pa55word!"


class MemoryKeyring(KeyringBackend):
    """A secure keyring in a dict (priority 1, like an unknown third-party backend)."""

    priority = 1
    # Not "viable": keeps this class out of keyring's auto-detection in other tests.
    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


class LockedKeyring(MemoryKeyring):
    """A Secret Service whose collection stays locked."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked(f"Failed to unlock the collection to store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


class DBusException(Exception):
    """What a D-Bus library raises when the session bus is gone."""


class BrokenBusKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise DBusException(f"org.freedesktop.DBus.Error.NoReply while storing {password!r}")


class ItemNotFoundException(Exception):
    """What SecretStorage raises when an item it just found is deleted by someone else."""


class RacedKeyring(MemoryKeyring):
    """Another process deletes the secret between this backend's search and its delete."""

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)
        raise ItemNotFoundException("Item does not exist!")


class PlaintextFileKeyring(KeyringBackend):
    """Like keyrings.alt's PlaintextKeyring: writes secrets to a file in the data directory."""

    priority = 1
    viable = False

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        target = Path.home() / ".local" / "share" / "python_keyring" / "keyring_pass.cfg"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"[{service}]\n{username} = {password}\n")

    def delete_password(self, service: str, username: str) -> None:
        pass


PlaintextFileKeyring.__module__ = "keyrings.alt.file"


class ZeroPriorityKeyring(MemoryKeyring):
    priority = 0


class InsecureChain(chainer.ChainerBackend):
    backends = (fail.Keyring(), null.Keyring())


class EmptyChain(chainer.ChainerBackend):
    backends = ()


class MixedChain(chainer.ChainerBackend):
    backends = (null.Keyring(), MemoryKeyring())


@pytest.fixture(autouse=True)
def _no_registered_secrets() -> Iterator[None]:
    forget_secrets()
    yield
    forget_secrets()


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def tmp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and the XDG directories in an empty tmp folder (where file keyrings write)."""
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(name, str(tmp_path / sub))
    return tmp_path


DB = "3f2a9c0d5e6b47a18c9d0e1f2a3b4c5d"  # a database's id (Accounts.database_id)
OTHER_DB = "0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a"

KINDS = [
    pytest.param(
        "remember_sign_in",
        "remembered_sign_in",
        "forget_sign_in",
        "101",
        f"user:{DB}:101",
        {"database": DB},
        id="user",
    ),
    pytest.param(
        "set_gateway_token",
        "gateway_token",
        "forget_gateway_token",
        "AC0123",
        "gateway:AC0123",
        {},
        id="gateway",
    ),
    pytest.param(
        "set_database_password",
        "database_password",
        "forget_database_password",
        "postgresql://desk@db.example.com/smsdesk",
        "database:postgresql://desk@db.example.com/smsdesk",
        {},
        id="database",
    ),
]


@pytest.mark.parametrize(("setter", "getter", "forgetter", "key", "username", "extra"), KINDS)
def test_each_secret_is_kept_read_and_forgotten_under_its_own_keyring_name(
    memory: MemoryKeyring,
    setter: str,
    getter: str,
    forgetter: str,
    key: str,
    username: str,
    extra: dict[str, str],
) -> None:
    store = CredentialStore(memory)

    getattr(store, setter)(key, "s3cret-value", **extra)

    assert memory.entries == {(SERVICE, username): "s3cret-value"}
    assert getattr(store, getter)(key, **extra) == "s3cret-value"
    getattr(store, forgetter)(key, **extra)
    assert memory.entries == {}
    assert getattr(store, getter)(key, **extra) is None
    getattr(store, forgetter)(key, **extra)  # forgetting twice is fine


def test_two_databases_with_the_same_extension_keep_their_own_passwords(
    memory: MemoryKeyring,
) -> None:
    store = CredentialStore(memory)

    store.remember_sign_in("101", "password of desk A", database=DB)
    store.remember_sign_in("101", "password of desk B", database=OTHER_DB)

    assert store.remembered_sign_in("101", database=DB) == "password of desk A"
    assert store.remembered_sign_in("101", database=OTHER_DB) == "password of desk B"
    store.forget_sign_in("101", database=DB)
    assert store.remembered_sign_in("101", database=OTHER_DB) == "password of desk B"


TOKEN = "smsdesk-token-v1:not-a-real-one"  # (what Accounts.remember makes, for the keyring)


def test_an_entry_under_the_extension_alone_is_read_and_replaced_once_it_signed_in(
    memory: MemoryKeyring,
) -> None:
    memory.entries[(SERVICE, "user:101")] = PASSWORD  # kept by an older SMS Desk
    store = CredentialStore(memory)

    assert store.remembered_sign_in("101", database=DB) == PASSWORD
    store.remember_sign_in("101", TOKEN, database=DB, password=PASSWORD)

    assert memory.entries == {(SERVICE, f"user:{DB}:101"): TOKEN}
    assert store.remembered_sign_in("101", database=OTHER_DB) is None


def test_an_old_entry_that_is_another_databases_password_is_left_alone(
    memory: MemoryKeyring,
) -> None:
    memory.entries[(SERVICE, "user:101")] = "the other desk's password"
    store = CredentialStore(memory)

    store.remember_sign_in("101", TOKEN, database=DB, password=PASSWORD)  # another password
    store.forget_sign_in("101", database=DB, password=PASSWORD)

    assert memory.entries == {(SERVICE, "user:101"): "the other desk's password"}


def test_remembering_or_forgetting_this_password_removes_its_old_entry(
    memory: MemoryKeyring,
) -> None:
    store = CredentialStore(memory)
    memory.entries[(SERVICE, "user:101")] = PASSWORD
    store.remember_sign_in("101", TOKEN, database=DB, password=PASSWORD)
    assert memory.entries == {(SERVICE, f"user:{DB}:101"): TOKEN}

    memory.entries[(SERVICE, "user:101")] = PASSWORD
    store.forget_sign_in("101", database=DB, password=PASSWORD)
    assert memory.entries == {}


def test_a_database_password_in_the_url_never_becomes_part_of_the_keyring_name(
    memory: MemoryKeyring,
) -> None:
    store = CredentialStore(memory)

    store.set_database_password("postgresql://desk:oops-leaked@db/smsdesk", DB_PASSWORD)

    assert list(memory.entries) == [(SERVICE, "database:postgresql://desk@db/smsdesk")]
    assert store.database_password("postgresql://desk@db/smsdesk") == DB_PASSWORD


def test_a_database_url_as_typed_and_as_sqlalchemy_renders_it_find_the_same_password(
    memory: MemoryKeyring,
) -> None:
    typed = "postgresql+psycopg://d%40x@db:5432/smsdesk?sslmode=require"
    store = CredentialStore(memory)
    store.set_database_password(typed, DB_PASSWORD)

    assert store.database_password(make_url(typed).render_as_string()) == DB_PASSWORD


def test_secrets_stored_or_read_are_hidden_from_logs_from_then_on(memory: MemoryKeyring) -> None:
    store = CredentialStore(memory)
    store.set_gateway_token("AC1", TOKEN)
    memory.entries[(SERVICE, "user:7")] = PASSWORD  # put there by an earlier run

    assert store.remembered_sign_in("7", database=DB) == PASSWORD

    assert redact(f"token {TOKEN} and password {PASSWORD}") == (
        "token [redacted] and password [redacted]"
    )


def test_an_unknown_backend_with_positive_priority_counts_as_secure(memory: MemoryKeyring) -> None:
    status = keyring_status(memory)

    assert status.secure
    assert status.advice == ""
    assert status.backend.endswith("MemoryKeyring")


def test_a_chain_with_one_secure_link_is_secure() -> None:
    assert keyring_status(MixedChain()).secure


INSECURE = [
    pytest.param(fail.Keyring, id="fail"),
    pytest.param(null.Keyring, id="null"),
    pytest.param(PlaintextFileKeyring, id="keyrings.alt"),
    pytest.param(ZeroPriorityKeyring, id="priority-0"),
    pytest.param(InsecureChain, id="chain-of-insecure"),
    pytest.param(EmptyChain, id="empty-chain"),
]


@pytest.mark.parametrize("backend_class", INSECURE)
def test_insecure_backends_are_reported_with_how_to_fix_them(
    backend_class: type[KeyringBackend],
) -> None:
    status = CredentialStore(backend_class()).status

    assert not status.secure
    assert "GNOME Keyring" in status.advice
    assert "KWallet" in status.advice
    assert "will not remember passwords" in status.advice


@pytest.mark.parametrize("backend_class", INSECURE)
def test_insecure_backends_refuse_secrets_and_write_no_file(
    tmp_home: Path, backend_class: type[KeyringBackend]
) -> None:
    store = CredentialStore(backend_class())

    with pytest.raises(KeyringUnavailable, match="GNOME Keyring") as raised:
        store.remember_sign_in("101", PASSWORD, database=DB)
    with pytest.raises(KeyringUnavailable):
        store.set_gateway_token("AC1", TOKEN)
    with pytest.raises(KeyringUnavailable):
        store.set_database_password("postgresql://desk@db/smsdesk", DB_PASSWORD)

    assert PASSWORD not in str(raised.value)
    assert list(tmp_home.rglob("*")) == []
    # Reading and forgetting are quiet: there is nothing to read or forget.
    assert store.remembered_sign_in("101", database=DB) is None
    assert store.gateway_token("AC1") is None
    store.forget_sign_in("101", database=DB)


def test_the_plaintext_test_backend_really_writes_a_file(tmp_home: Path) -> None:
    # Proves the test above would notice a store that used the backend anyway.
    PlaintextFileKeyring().set_password(SERVICE, "user:101", PASSWORD)

    assert [p.name for p in tmp_home.rglob("*") if p.is_file()] == ["keyring_pass.cfg"]


def test_the_active_keyring_is_looked_up_at_first_use(
    monkeypatch: pytest.MonkeyPatch, memory: MemoryKeyring
) -> None:
    calls: list[int] = []

    def get_keyring() -> KeyringBackend:
        calls.append(1)
        return memory

    monkeypatch.setattr(keyring, "get_keyring", get_keyring)
    store = CredentialStore()
    assert calls == []

    store.remember_sign_in("101", PASSWORD, database=DB)

    assert memory.entries == {(SERVICE, f"user:{DB}:101"): PASSWORD}
    assert store.status.secure
    assert calls == [1]


def test_a_locked_keyring_reads_nothing_and_refuses_to_store_without_echoing_the_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = CredentialStore(LockedKeyring())
    caplog.set_level(logging.INFO, logger="smsdesk")

    assert store.status.secure  # configured well; it only fails at use
    assert store.remembered_sign_in("101", database=DB) is None
    with pytest.raises(KeyringUnavailable) as raised:
        store.remember_sign_in("101", PASSWORD, database=DB)

    assert str(raised.value) == (
        "The keyring is locked. Unlock it (for example by logging in to your desktop again) "
        "and try again."
    )
    shown = "".join(traceback.format_exception(raised.value))
    assert PASSWORD not in shown
    assert "KeyringLocked" in caplog.text  # the reason is logged...
    assert PASSWORD not in caplog.text  # ...never the secret


def test_forgetting_in_a_locked_keyring_says_so() -> None:
    with pytest.raises(KeyringUnavailable, match="locked"):
        CredentialStore(LockedKeyring()).forget_sign_in("101", database=DB)


def test_a_secret_deleted_by_another_process_meanwhile_counts_as_forgotten() -> None:
    raced = RacedKeyring()
    store = CredentialStore(raced)
    store.remember_sign_in("101", PASSWORD, database=DB)

    store.forget_sign_in("101", database=DB)

    assert store.remembered_sign_in("101", database=DB) is None


def test_a_delete_that_fails_while_the_secret_stays_is_reported() -> None:
    class Stuck(MemoryKeyring):
        def delete_password(self, service: str, username: str) -> None:
            raise DBusException("org.freedesktop.DBus.Error.NoReply")

    store = CredentialStore(Stuck())
    store.remember_sign_in("101", PASSWORD, database=DB)

    with pytest.raises(KeyringUnavailable, match="could not be reached"):
        store.forget_sign_in("101", database=DB)


def test_a_d_bus_failure_becomes_a_sentence_without_the_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = CredentialStore(BrokenBusKeyring())

    with pytest.raises(KeyringUnavailable, match="could not be reached") as raised:
        store.set_gateway_token("AC1", TOKEN)

    assert TOKEN not in "".join(traceback.format_exception(raised.value))
    assert TOKEN not in caplog.text
    assert "DBusException" in caplog.text


def test_an_empty_secret_is_not_stored(memory: MemoryKeyring) -> None:
    with pytest.raises(ValueError, match="empty"):
        CredentialStore(memory).remember_sign_in("101", "", database=DB)
    assert memory.entries == {}

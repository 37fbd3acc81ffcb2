"""`smsdesk doctor` passes a good set-up and names the broken part of a bad one, never a secret."""

from __future__ import annotations

import io
import os
import socket
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from desktop.admin.doctor import Check, main, render, run_checks
from desktop.config.settings import Paths, Settings, save_settings
from desktop.gateway.demo import DemoGateway
from desktop.store import HEAD_REVISION, InboundRecord, open_store
from desktop.system.credentials import CredentialStore
from desktop.system.logs import forget_secrets

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NAMES = ("Python", "Qt", "Keyring", "Data directory", "Settings", "Logs", "Database", "Gateway")
WRONG_TOKEN = "wrong-token-5f0e4c1b9a7d"
DB_PASSWORD = "Db-Secret-pa55"


class MemoryKeyring(KeyringBackend):
    """A secure keyring in a dict."""

    priority = 1
    viable = False  # keeps this class out of keyring's auto-detection in other tests

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


@pytest.fixture(autouse=True)
def _no_registered_secrets() -> Iterator[None]:
    forget_secrets()
    yield
    forget_secrets()


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """A fresh data directory with a database created (and migrated) by the store."""
    paths = Paths.under(tmp_path / "home")
    paths.ensure()
    open_store(paths.default_database_url).close()
    return paths


@pytest.fixture
def credentials() -> CredentialStore:
    return CredentialStore(MemoryKeyring())


def doctor(paths: Paths, credentials: CredentialStore) -> tuple[int, str]:
    out = io.StringIO()
    code = main(paths, out=out, credentials=credentials, timeout=2.0)
    return code, out.getvalue()


def failed(output: str) -> set[str]:
    """The names of the checks marked ✗."""
    return {name for name in NAMES for line in output.splitlines() if line.startswith(f"✗ {name} ")}


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def twilio_settings(**values: str) -> Settings:
    return Settings(
        gateway="twilio", account_sid="AC" + "0" * 32, from_number="+14155550100", **values
    )


def test_a_fresh_demo_set_up_passes_every_check(paths: Paths, credentials: CredentialStore) -> None:
    code, output = doctor(paths, credentials)

    assert code == 0, output
    assert output.rstrip().endswith("All checks passed.")
    for name in NAMES:
        assert any(line.startswith(f"✓ {name} ") for line in output.splitlines()), name
    assert "Demo gateway (built in) — reachable" in output
    assert f"up to date (revision {HEAD_REVISION})" in output


def test_no_database_yet_is_fine_and_the_doctor_does_not_create_one(
    tmp_path: Path, credentials: CredentialStore
) -> None:
    paths = Paths.under(tmp_path / "new")

    code, output = doctor(paths, credentials)

    assert code == 0, output
    assert "no database yet; it is created when SMS Desk starts" in output
    assert not (tmp_path / "new").exists()


def test_a_corrupt_settings_file_fails_the_settings_check(
    paths: Paths, credentials: CredentialStore
) -> None:
    paths.settings_file.write_text("{ not json", encoding="utf-8")

    code, output = doctor(paths, credentials)

    assert code == 1
    assert failed(output) == {"Settings"}
    assert "could not be read" in output
    assert output.rstrip().endswith("1 problem found.")


def test_a_database_from_a_newer_version_fails_and_is_left_untouched(
    paths: Paths, credentials: CredentialStore
) -> None:
    database = paths.data_dir / "smsdesk.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()

    code, output = doctor(paths, credentials)

    assert code == 1
    assert failed(output) == {"Database"}
    assert "created by a newer SMS Desk (revision 9999" in output
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]
    conn.close()


def _random_bytes(data: bytes) -> bytes:
    return os.urandom(len(data))


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 3]


def _damaged_pages(data: bytes) -> bytes:
    """The header page kept, every third page after it overwritten: it opens, but its
    b-trees are broken (what only PRAGMA quick_check finds)."""
    size = int.from_bytes(data[16:18], "big")
    size = 65536 if size == 1 else size
    damaged = bytearray(data)
    for page in range(2, len(data) // size, 3):
        damaged[page * size : (page + 1) * size] = b"\xa5" * size
    return bytes(damaged)


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (_random_bytes, "is not a database"),
        (_truncated, "is damaged"),
        (_damaged_pages, "is damaged: SQLite's check found"),
    ],
    ids=["random bytes", "truncated", "damaged pages"],
)
def test_a_corrupt_database_is_called_corrupt_with_where_it_is_and_what_to_do(
    paths: Paths, credentials: CredentialStore, damage, said: str
) -> None:
    with open_store(paths.default_database_url) as store:  # some pages to damage
        store.ingest.inbound(
            [
                InboundRecord(f"SM{n}", f"+1415555{n:04d}", "+14155550100", "x" * 300, NOW)
                for n in range(300)
            ]
        )
    database = paths.data_dir / "smsdesk.sqlite3"
    assert not (paths.data_dir / "smsdesk.sqlite3-wal").exists()
    database.write_bytes(damage(database.read_bytes()))
    before = sorted((p.name, p.read_bytes()) for p in paths.data_dir.iterdir())

    code, output = doctor(paths, credentials)

    assert code == 1
    assert failed(output) == {"Database"}
    assert said in output
    assert "reachable" not in output.split("✗ Database")[1].split("\n")[0]
    assert f"The file is {database}" in " ".join(output.split())
    assert "from a backup" in output
    # The doctor only looked.
    assert sorted((p.name, p.read_bytes()) for p in paths.data_dir.iterdir()) == before


def test_a_twilio_gateway_without_a_token_fails_the_gateway_check(
    paths: Paths, credentials: CredentialStore
) -> None:
    save_settings(paths.settings_file, twilio_settings())

    code, output = doctor(paths, credentials)

    assert code == 1
    assert failed(output) == {"Gateway"}
    assert "has no auth token set" in output
    assert "Settings" in output


def test_a_wrong_token_is_reported_as_refused_and_no_secret_is_ever_printed(
    paths: Paths, credentials: CredentialStore, demo_gateway: DemoGateway
) -> None:
    url = f"postgresql://smsdesk:{DB_PASSWORD}@127.0.0.1:{closed_port()}/smsdesk"
    settings = replace(
        twilio_settings(),
        gateway_base_url=demo_gateway.base_url,
        account_sid=demo_gateway.account_sid,
        from_number=demo_gateway.phone_number,
        database_url=url,
    )
    save_settings(paths.settings_file, settings)
    credentials.set_gateway_token(demo_gateway.account_sid, WRONG_TOKEN)
    secrets = (WRONG_TOKEN, DB_PASSWORD, demo_gateway.auth_token)

    # What the checks found, before any redaction, holds no secret...
    checks = run_checks(paths, credentials=credentials, timeout=2.0)
    assert not any(secret in repr(checks) for secret in secrets)
    # ...and neither does the report.
    code, output = doctor(paths, credentials)

    assert code == 1
    assert {"Gateway", "Database"} <= failed(output)
    assert "The SMS gateway refused the Account SID or auth token." in output
    assert "postgresql://smsdesk:[redacted]@127.0.0.1" in output
    assert "The settings file holds the database password." in output
    assert not any(secret in output for secret in secrets)


def test_an_unreachable_gateway_fails_the_gateway_check(
    paths: Paths, credentials: CredentialStore
) -> None:
    settings = twilio_settings(gateway_base_url=f"http://127.0.0.1:{closed_port()}")
    save_settings(paths.settings_file, settings)
    credentials.set_gateway_token(settings.account_sid, "some-token-value")

    code, output = doctor(paths, credentials)

    assert code == 1
    assert failed(output) == {"Gateway"}
    assert "Can't reach the SMS gateway at 127.0.0.1" in output


def test_a_plain_http_gateway_on_another_host_is_refused_before_any_request(
    paths: Paths, credentials: CredentialStore
) -> None:
    settings = twilio_settings(gateway_base_url="http://sms.example.com")
    save_settings(paths.settings_file, settings)
    credentials.set_gateway_token(settings.account_sid, "some-token-value")

    code, output = doctor(paths, credentials)

    assert code == 1
    assert failed(output) == {"Gateway"}
    assert "uses plain http" in output
    assert "https://" in output


def test_a_fail_keyring_fails_the_keyring_check_with_how_to_fix_it(paths: Paths) -> None:
    code, output = doctor(paths, CredentialStore(fail.Keyring()))

    assert code == 1
    assert failed(output) == {"Keyring"}
    assert "GNOME Keyring" in output
    assert "not secure" in output


def test_render_aligns_the_checks_and_indents_advice_under_failed_ones_only() -> None:
    checks = [
        Check("Python", True, "3.11.7", advice="never shown"),
        Check("Data directory", False, "/x is not writable.", "Fix the folder."),
        Check("Gateway", False, "unreachable"),
    ]

    lines = render(checks, version="1.2.3").splitlines()

    assert lines[0] == "SMS Desk 1.2.3 — doctor"
    assert lines[2] == "✓ Python          3.11.7"
    assert lines[3] == "✗ Data directory  /x is not writable."
    assert lines[4] == "                  → Fix the folder."
    assert lines[5] == "✗ Gateway         unreachable"
    assert lines[-1] == "2 problems found."
    assert "never shown" not in "\n".join(lines)

"""Shared pytest fixtures for the SMS Desk test suite."""

from __future__ import annotations

import atexit
import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import keyring.backend
import keyring.errors
import pytest

from desktop.gateway.demo import DemoGateway

if TYPE_CHECKING:
    from pg import PostgresServer

    from desktop.store import Store

# Qt must never need a real display in tests; set before any QApplication exists (pytest-qt
# creates it lazily, after conftest is imported).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def demo_gateway() -> Iterator[DemoGateway]:
    """A started demo gateway with fast timings, no greeting and no contact replies.

    Sent messages become "sent" after 0.1 s and "delivered" after 0.3 s. Tests that want
    contact replies or greetings start their own DemoGateway.
    """
    gateway = DemoGateway(status_delays=(0.1, 0.3), greet=False, auto_reply=False).start()
    try:
        yield gateway
    finally:
        gateway.stop()


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A secure-looking keyring that keeps secrets in this process only (tests never touch
    the real keyring unless they are marked ``real_keyring``)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


# tests/session/ and tests/notify_session/ need a real desktop; the wrapper tests run them
# inside desktop-session.
collect_ignore = (
    [] if os.environ.get("SMSDESK_IN_DESKTOP_SESSION") == "1" else ["session", "notify_session"]
)


def pytest_collection_modifyitems(config, items):
    """Tests that need a real desktop run only inside desktop-session (see
    tests/integration/test_desktop_session.py, which starts them there)."""
    if os.environ.get("SMSDESK_IN_DESKTOP_SESSION") == "1":
        return
    skip = pytest.mark.skip(reason="runs inside desktop-session only")
    for item in items:
        if item.get_closest_marker("real_keyring") or item.get_closest_marker("desktop_session"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def memory_keyring(request) -> Iterator[MemoryKeyring | None]:
    """Every test gets a fresh in-memory keyring, except those that test the real one."""
    if request.node.get_closest_marker("real_keyring"):
        yield None
        return
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend


PASSWORD = "correct horse 42"


@pytest.fixture
def real_scrypt_cost() -> None:
    """Asked for by tests that need the real scrypt cost (N=2^17: 0.4 s per hash)."""


@pytest.fixture(autouse=True)
def fast_scrypt(request, monkeypatch) -> None:
    """New password hashes at N=2^12 instead of 2^17, so that the hundreds of accounts the
    suite creates do not cost minutes; tests that ask for ``real_scrypt_cost`` keep the
    real one."""
    if "real_scrypt_cost" in request.fixturenames:
        return
    import desktop.accounts.passwords

    monkeypatch.setattr(
        desktop.accounts.passwords,
        "SCRYPT_COST",
        desktop.accounts.passwords.ScryptCost(2**12, 8, 1),
    )


@pytest.fixture
def other_gateway() -> Iterator[DemoGateway]:
    """A second Twilio-compatible endpoint, with its own credentials and desk number."""
    gateway = DemoGateway(
        desk_number="+14155550199", status_delays=(0.1, 0.3), greet=False, auto_reply=False
    ).start()
    try:
        yield gateway
    finally:
        gateway.stop()


@pytest.fixture
def make_desk(qtbot, tmp_path, demo_gateway, memory_keyring):
    """Builds SMS Desk apps on ``demo_gateway`` in one home directory (call it again to
    "restart"); every app made is shut down after the test."""
    from desktop.app import create_application
    from desktop.config.settings import Paths, Settings, load_settings
    from desktop.gateway.twilio_carrier import twilio_config
    from desktop.system.credentials import CredentialStore
    from desktop.ui.session.desk import SmsDesk
    from desktop.ui.session.live_settings import LiveSettings

    create_application([])
    paths = Paths.under(tmp_path / "home")
    made = []

    def make(
        *,
        credentials=None,
        settings=None,
        fixed_gateway=True,
        tray_available=False,
        early=None,
        carriers=None,
        poll_interval=0.2,
    ):
        gateway = twilio_config(
            base_url=demo_gateway.base_url,
            account_sid=demo_gateway.account_sid,
            auth_token=demo_gateway.auth_token,
            from_number=demo_gateway.phone_number,
            timeout=(2.0, 3.0),
        )
        if settings is None:
            loaded = load_settings(paths.settings_file).settings
            settings = (
                loaded
                if paths.settings_file.exists()
                # Quiet hours off: a send must not depend on the time of day the tests run
                # at; the quiet-hours tests turn it on with a fixed clock.
                else Settings(default_region="US", no_tray_notice_shown=True, quiet_hours=False)
            )
        # A window painted early follows the settings it was built with: the desk's.
        live = early.settings if early is not None else LiveSettings(settings, paths.settings_file)
        desk = SmsDesk(
            live,
            paths,
            gateway=gateway if fixed_gateway else None,
            carriers=carriers,
            poll_interval=poll_interval,
            credentials=credentials or CredentialStore(memory_keyring),
            throttle_base=0.05,
            tray_available=tray_available,
            early=early,
        )
        made.append(desk)
        return desk

    make.paths = paths
    yield make
    for desk in made:
        desk.shutdown()
    settle_qt_garbage()


def settle_qt_garbage() -> None:
    """Delete what the shut-down desks handed to deleteLater, then collect their cycles now,
    while every Qt object they hold is whole, rather than whenever the next allocation
    crosses a threshold in another test (once, mid-way through a later test, a segfault)."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()


@pytest.fixture
def make_tray_desk(qtbot, make_desk):
    """Builds a desk signed in as Anna Smith (101, an admin), its window shown, with pop-ups
    that stay ``popup_seconds`` and the system tray ``tray_available`` says (None: ask the
    desktop)."""
    from tests.ui.windows import signed_in_desk

    def make(*, popup_seconds: int, tray_available: bool | None = True):
        return signed_in_desk(
            qtbot, make_desk, tray_available=tray_available, popup_seconds=popup_seconds
        )

    return make


@pytest.fixture
def main_window(qtbot, make_desk):
    """The app's main window on ``demo_gateway``: fresh data directory, signed in (extension
    101, an admin), shown, its sync worker running and polling every 0.2 s; torn down
    cleanly (threads stopped with quit() + wait()).

    The running app (store, threads, settings, user) is at ``main_window.desk``.
    """
    desk = make_desk()
    user = desk.accounts.create_first_admin("101", "Test Desk", PASSWORD)
    desk.start_session(user)
    window = desk.window
    window.desk = desk
    qtbot.waitExposed(window)
    return window


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test session's own (see tests/pg.py), started on first use.

    Where none can be run (not installed, no 'postgres' user as root), the tests that need it
    are skipped with the reason and how to fix it; under CI=true they fail instead, so a CI
    machine without PostgreSQL cannot pass by skipping. The server is stopped at the end of
    the session, after Ctrl+C too (pytest still runs session teardown), and by an exit
    handler if teardown never ran.
    """
    from pg import PostgresServer, PostgresUnavailable

    try:
        server = PostgresServer()
        atexit.register(server.stop)
        server.start()
    except PostgresUnavailable as exc:
        if _in_ci():
            pytest.fail(f"CI=true and PostgreSQL is unavailable: {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL is unavailable: {exc}")
    try:
        yield server
    finally:
        server.stop()
        atexit.unregister(server.stop)


_database_numbers = itertools.count(1)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database for this test alone, dropped afterwards
    (connections still open to it are cut)."""
    name = f"smsdesk_test_{next(_database_numbers)}"
    url = postgres_server.create_database(name)
    yield url
    postgres_server.drop_database(name)


# -- the store -------------------------------------------------------------------------------

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only: the store fixtures give a SQLite store alone (the module looks at the "
        "file behind the store, or is about SQLite)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``database_url`` is each backend, or SQLite alone in a module marked ``sqlite_only``,
    unless the test names its own with ``parametrize``."""
    if "database_url" not in metafunc.fixturenames:
        return
    for mark in metafunc.definition.iter_markers("parametrize"):
        if "database_url" in str(mark.args[0]):
            return
    only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
    metafunc.parametrize("database_url", ["sqlite"] if only_sqlite else BACKENDS, indirect=True)


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty database: a SQLite file, then a database on the test PostgreSQL server.

    A test for one backend only: ``@pytest.mark.parametrize("database_url", ["postgresql"],
    indirect=True)``; a module for SQLite alone: ``pytestmark = pytest.mark.sqlite_only``.
    """
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def db_path(database_url: str) -> Path:
    """The SQLite file behind ``store``, for tests that read or change it directly (skipped
    on PostgreSQL)."""
    if not database_url.startswith("sqlite:///"):
        pytest.skip("reads or changes the SQLite file behind the store's back")
    return Path(database_url.removeprefix("sqlite:///"))


@pytest.fixture
def desks(database_url: str) -> Iterator[Callable[[], Store]]:
    """Opens stores on that database, as separate desks (or threads) would; all are closed
    afterwards."""
    from desktop.store import open_store

    opened: list[Store] = []

    def open_desk() -> Store:
        opened.append(open_store(database_url))
        return opened[-1]

    yield open_desk
    for store in opened:
        store.close()


@pytest.fixture
def store(desks: Callable[[], Store]) -> Store:
    """The store of every test that needs one: new, empty, on each backend (see
    ``database_url``), closed afterwards.

    A module that needs it prepared (filled, a session's view, another ingest path) overrides
    ``store`` with a fixture that asks for this one.
    """
    return desks()

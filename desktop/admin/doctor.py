"""``smsdesk doctor``: checks the installation and set-up, and says what works and what not.

Each check looks without changing anything (it does not create folders or migrate the
database) and reports, for a person, what it found and what to do about a problem. The
output never holds a secret: tokens and passwords are hidden before anything is printed.
"""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import TextIO

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from desktop import __version__
from desktop.config.settings import Paths, Settings, load_settings
from desktop.gateway.address import InsecureGatewayURL
from desktop.gateway.base import (
    AccountInfo,
    AuthenticationFailed,
    GatewayError,
    GatewayTimeout,
    GatewayUnreachable,
    MessageNotFound,
)
from desktop.gateway.connection import GatewayConfig, GatewayFactory
from desktop.gateway.registry import Carrier, FieldKind
from desktop.store.database import SUPPORTED_DIALECTS
from desktop.store.migrate import HEAD_REVISION, current_revision
from desktop.system.credentials import CredentialStore
from desktop.system.logs import redact, register_secret

__all__ = ["Check", "main", "render", "run_checks"]

MIN_PYTHON = (3, 11)
OK_MARK = "✓"
FAIL_MARK = "✗"
#: Advice is wrapped to this many columns (details are not: they hold paths and addresses).
ADVICE_WIDTH = 100
#: At most this many records set aside are listed one by one (then "… and N more").
SET_ASIDE_SHOWN = 50

# Run in a child process: this module must not import Qt (the doctor has to work, and say
# so, exactly when Qt cannot be loaded). QtWidgets pulls in the system libraries the GUI needs.
_QT_PROBE = (
    "from PySide6.QtCore import qVersion\nfrom PySide6 import QtGui, QtWidgets\nprint(qVersion())\n"
)
_QT_ADVICE = (
    "Run `make run` in the source folder, or install the system libraries Qt needs with "
    "`packaging/system-deps.sh` (as root on Debian or Ubuntu), then run the doctor again."
)


@dataclass(frozen=True, slots=True)
class Check:
    """The outcome of one check.

    Attributes:
        name: what was checked: "Python", "Qt", "Keyring", "Data directory", "Settings",
            "Logs", "Database", "Set aside" or "Gateway".
        ok: whether it works.
        detail: what was found.
        advice: what to do, when not ok.
        lines: more of what was found, one item a line (printed under the check).
    """

    name: str
    ok: bool
    detail: str
    advice: str = ""
    lines: tuple[str, ...] = ()


def run_checks(
    paths: Paths, *, credentials: CredentialStore | None = None, timeout: float = 5.0
) -> list[Check]:
    """Check everything SMS Desk needs, in the order a person would fix it.

    Args:
        paths: the directories SMS Desk uses.
        credentials: where the gateway token and a database password are read from; the
            active OS keyring when None.
        timeout: seconds to wait for the database and for the gateway (Qt's start-up gets
            at least 10 s: a cold first import is slow).

    Returns:
        One Check per area, in the order Python, Qt, Keyring, Data directory, Settings,
        Logs, Database, Set aside (when the database could be read), Gateway.
    """
    credentials = credentials if credentials is not None else CredentialStore()
    checks = [_check_python(), _check_qt(timeout), _check_keyring(credentials)]
    checks.append(_check_directory("Data directory", paths.data_dir))
    settings, settings_check = _check_settings(paths)
    checks.append(settings_check)
    checks.append(_check_directory("Logs", paths.log_dir))
    database = _check_database(settings, paths, credentials, timeout)
    checks.append(database)
    if database.ok:
        set_aside = _check_set_aside(settings, paths, credentials, timeout)
        if set_aside is not None:
            checks.append(set_aside)
    checks.append(_check_gateway(settings, credentials, timeout))
    return checks


def render(checks: list[Check], *, version: str) -> str:
    """Lay out the checks for a terminal, secrets hidden.

    Args:
        checks: what ``run_checks`` returned.
        version: SMS Desk's version, for the heading.

    Returns:
        Plain text: a heading, one aligned line per check marked ✓ or ✗ with the advice
        indented under a failed one, and a last line "All checks passed." or
        "N problem(s) found." (with the right plural).
    """
    width = max((len(c.name) for c in checks), default=0) + 2
    lines = [f"SMS Desk {version} — doctor", ""]
    for check in checks:
        mark = OK_MARK if check.ok else FAIL_MARK
        lines.append(f"{mark} {check.name.ljust(width)}{check.detail}")
        lines += [f"{' ' * (width + 2)}{line}" for line in check.lines]
        if not check.ok and check.advice:
            indent = " " * (width + 2)
            lines += textwrap.wrap(
                check.advice,
                ADVICE_WIDTH,
                initial_indent=f"{indent}→ ",
                subsequent_indent=f"{indent}  ",
                break_long_words=False,
                break_on_hyphens=False,
            )
    problems = sum(not c.ok for c in checks)
    lines.append("")
    if problems == 0:
        lines.append("All checks passed.")
    else:
        lines.append(f"{problems} problem{'s' if problems != 1 else ''} found.")
    return redact("\n".join(lines) + "\n")


def main(
    paths: Paths,
    *,
    out: TextIO = sys.stdout,
    credentials: CredentialStore | None = None,
    timeout: float = 5.0,
) -> int:
    """Run the checks and print the report.

    Args:
        paths: the directories SMS Desk uses.
        out: where the report goes.
        credentials: the keyring to read secrets from; the active one when None.
        timeout: seconds to wait for the database and the gateway.

    Returns:
        0 when every check passed, 1 otherwise (the process exit status).
    """
    checks = run_checks(paths, credentials=credentials, timeout=timeout)
    text = render(checks, version=__version__)
    try:
        out.write(text)
    except UnicodeEncodeError:
        # A console that cannot show ✓ (an old Windows code page) still gets the report.
        for fancy, plain in ((OK_MARK, "+"), (FAIL_MARK, "x"), ("—", "-"), ("→", "->")):
            text = text.replace(fancy, plain)
        out.write(text.encode("ascii", "replace").decode("ascii"))
    out.flush()
    return 0 if all(c.ok for c in checks) else 1


# -- the checks ----------------------------------------------------------------------------


def _check_python() -> Check:
    version = platform.python_version()
    if sys.version_info >= MIN_PYTHON:
        return Check("Python", True, f"{version} ({sys.executable})")
    wanted = ".".join(map(str, MIN_PYTHON))
    return Check(
        "Python",
        False,
        f"{version} ({sys.executable}) is too old.",
        f"Install Python {wanted} or newer and reinstall SMS Desk with it.",
    )


def _check_qt(timeout: float) -> Check:
    pyside = None
    for distribution in ("PySide6-Essentials", "PySide6"):
        try:
            pyside = metadata.version(distribution)
            break
        except metadata.PackageNotFoundError:
            continue
    if pyside is None:
        return Check("Qt", False, "PySide6 is not installed.", _QT_ADVICE)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    qt_timeout = max(timeout, 10.0)
    try:
        result = subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
            [sys.executable, "-c", _QT_PROBE],
            capture_output=True,
            text=True,
            timeout=qt_timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Check(
            "Qt", False, f"PySide6 {pyside}: loading Qt took over {qt_timeout:g} s.", _QT_ADVICE
        )
    except OSError as exc:
        return Check("Qt", False, f"PySide6 {pyside}: could not start Python ({exc}).", _QT_ADVICE)
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        last = lines[-1].strip() if lines else f"exit status {result.returncode}"
        return Check(
            "Qt", False, f"PySide6 {pyside} is installed but Qt fails to load: {last}", _QT_ADVICE
        )
    return Check("Qt", True, f"PySide6 {pyside}, Qt {result.stdout.strip()}")


def _check_keyring(credentials: CredentialStore) -> Check:
    try:
        status = credentials.status
    except Exception as exc:  # a broken keyring installation must not stop the doctor
        return Check(
            "Keyring",
            False,
            f"The keyring could not be loaded ({type(exc).__name__}).",
            "Reinstall SMS Desk; if that does not help, report this problem.",
        )
    if status.secure:
        return Check("Keyring", True, f"{status.backend} — secure")
    return Check("Keyring", False, f"{status.backend} — not secure", status.advice)


def _directory_problem(path: Path) -> tuple[str | None, bool]:
    """Say what is wrong with ``path`` as a place to write; (problem, exists).

    A missing directory is fine when its nearest existing parent is writable: SMS Desk
    creates it at start, and the doctor does not create anything.
    """
    if path.exists():
        if not path.is_dir():
            return f"{path} is a file, not a folder.", True
        try:
            with tempfile.TemporaryFile(dir=path):
                pass
        except OSError as exc:
            return f"{path} is not writable ({exc.strerror or exc}).", True
        return None, True
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        return f"{path} does not exist and cannot be created: {parent} is not writable.", False
    return None, False


def _check_directory(name: str, path: Path) -> Check:
    problem, exists = _directory_problem(path)
    if problem is not None:
        return Check(
            name,
            False,
            problem,
            "Give your user write access to that folder, or start SMS Desk with "
            "`--home FOLDER` (or SMSDESK_HOME) to keep everything in a folder you own.",
        )
    if exists:
        return Check(name, True, f"{path} (writable)")
    return Check(name, True, f"{path} (created when SMS Desk starts)")


def _check_settings(paths: Paths) -> tuple[Settings, Check]:
    problem, _ = _directory_problem(paths.config_dir)
    loaded = load_settings(paths.settings_file, set_aside=False)  # only looks
    if loaded.problems:
        return loaded.settings, Check(
            "Settings",
            False,
            " ".join(loaded.problems),
            f"Correct {paths.settings_file} or save the settings again in SMS Desk's Settings "
            "window; until then the defaults shown above are used.",
        )
    if problem is not None:
        return loaded.settings, Check(
            "Settings",
            False,
            problem,
            "Give your user write access to that folder, or start SMS Desk with `--home FOLDER`.",
        )
    where = paths.settings_file
    found = f"{where}" if where.exists() else f"{where} not written yet: defaults are used"
    return loaded.settings, Check("Settings", True, f"{found} (gateway: {loaded.settings.gateway})")


def _check_database(
    settings: Settings, paths: Paths, credentials: CredentialStore, timeout: float
) -> Check:
    url = settings.database_url_for(paths)
    try:
        parsed = make_url(url)
    except ArgumentError:
        return Check(
            "Database",
            False,
            "The database address in the settings is not a valid address.",
            f'Correct "database_url" in {paths.settings_file} (for example '
            "postgresql://smsdesk@db.example.com/smsdesk), or empty it to use the built-in file.",
        )
    shown = parsed.render_as_string(hide_password=True)
    if parsed.password is not None:
        # Hidden from everything printed from now on, not only from this line.
        register_secret(str(parsed.password))
    check = _reach_database(parsed, shown, url, credentials, timeout)
    if parsed.password is not None and settings.database_url:
        return Check(
            "Database",
            False,
            f"{check.detail} The settings file holds the database password.",
            f'Remove the password from "database_url" in {paths.settings_file} and enter it '
            "in SMS Desk's Settings window, which keeps it in the keyring."
            + (f" Also: {check.advice}" if check.advice else ""),
        )
    return check


def _reach_database(
    parsed: URL, shown: str, url: str, credentials: CredentialStore, timeout: float
) -> Check:
    """Connect to the database and compare its migration revision with ours."""
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_DIALECTS:
        return Check(
            "Database",
            False,
            f"{shown}: SMS Desk cannot keep its data in a {backend} database.",
            "Use SQLite (leave the database address empty) or PostgreSQL.",
        )
    if backend == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:") or database.startswith("file:"):
            return Check(
                "Database",
                False,
                f"{shown} is not a database file.",
                "Leave the database address empty to use the built-in file.",
            )
        if not Path(database).exists():
            problem, _ = _directory_problem(Path(database).parent)
            if problem is not None:
                return Check(
                    "Database",
                    False,
                    f"{shown}: {problem}",
                    "Give your user write access to that folder, or change the database "
                    "address in Settings.",
                )
            # Not a problem: the app creates it, and opening it here would create it too.
            return Check(
                "Database", True, f"{shown} — no database yet; it is created when SMS Desk starts"
            )
        damaged = _sqlite_damage(Path(database), shown, timeout)
        if damaged is not None:
            return damaged
    parsed, connect_args = _connection(parsed, url, credentials, timeout)
    try:
        engine = create_engine(parsed, poolclass=NullPool, connect_args=connect_args)
    except ImportError as exc:
        return Check(
            "Database",
            False,
            f"{shown}: the database driver is not installed ({exc.name or exc}).",
            "Install the PostgreSQL driver into SMS Desk's environment: pip install psycopg.",
        )
    except SQLAlchemyError as exc:
        return Check("Database", False, f"{shown}: {_last_line(str(exc))}", "")
    try:
        found = current_revision(engine)
    except DBAPIError as exc:
        return Check(
            "Database",
            False,
            f"Cannot open the database {shown}: {_last_line(str(exc.orig))}",
            "Check that the database server is running and reachable, and the database "
            "address and password in Settings.",
        )
    except SQLAlchemyError as exc:
        return Check("Database", False, f"Cannot open the database {shown}: {_last_line(str(exc))}")
    finally:
        engine.dispose()
    if found == HEAD_REVISION:
        return Check("Database", True, f"{shown} — reachable, up to date (revision {found})")
    if found is None:
        return Check(
            "Database", True, f"{shown} — reachable, empty: SMS Desk sets it up when it starts"
        )
    if found in _known_revisions():
        return Check(
            "Database",
            True,
            f"{shown} — reachable, at revision {found}: SMS Desk updates it to "
            f"{HEAD_REVISION} when it starts",
        )
    return Check(
        "Database",
        False,
        f"{shown} was created by a newer SMS Desk (revision {found}; this version knows up "
        f"to {HEAD_REVISION}).",
        f"Update SMS Desk (this is version {__version__}) to the version that created it.",
    )


def _connection(
    parsed: URL, url: str, credentials: CredentialStore, timeout: float
) -> tuple[URL, dict[str, object]]:
    """The URL to connect with (a PostgreSQL password from the keyring added) and the
    driver's arguments that bound how long connecting may take."""
    if parsed.get_backend_name() == "sqlite":
        return parsed, {"timeout": timeout}
    if parsed.username and parsed.password is None:
        password = credentials.database_password(url)
        if password:
            parsed = parsed.set(password=password)
    return parsed, {"connect_timeout": max(1, math.ceil(timeout))}


def _check_set_aside(
    settings: Settings, paths: Paths, credentials: CredentialStore, timeout: float
) -> Check | None:
    """List the inbound records set aside for an administrator (read only).

    None when there is nothing to read yet: no database file, or one from before the list
    existed (the app adds it when it starts).
    """
    url = settings.database_url_for(paths)
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").exists():
        return None
    parsed, connect_args = _connection(parsed, url, credentials, timeout)
    from sqlalchemy import inspect

    from desktop.store.store import Store

    try:
        engine = create_engine(parsed, poolclass=NullPool, connect_args=connect_args)
    except (ImportError, SQLAlchemyError):
        return None  # the Database check has said why
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("set_aside"):
                return None
        store = Store(engine)
        waiting = store.set_aside.list(limit=SET_ASIDE_SHOWN + 1)
        count = store.set_aside.count() if len(waiting) > SET_ASIDE_SHOWN else len(waiting)
        dismissed = len(store.set_aside.list(dismissed=True))
    except SQLAlchemyError as exc:
        return Check("Set aside", False, f"Could not read the list: {_last_line(str(exc))}")
    finally:
        engine.dispose()
    kept = f" ({dismissed} dismissed)" if dismissed else ""
    if not count:
        return Check("Set aside", True, f"No inbound messages set aside{kept}")
    lines = tuple(
        f"{entry.sid or entry.key} {_when(entry.received_at or entry.set_aside_at)}"
        f" {entry.reason}" + (" (to be tried again)" if entry.retry_requested_at else "")
        for entry in waiting[:SET_ASIDE_SHOWN]
    )
    if count > SET_ASIDE_SHOWN:
        lines += (f"… and {count - SET_ASIDE_SHOWN} more",)
    plural = "s" if count != 1 else ""
    return Check(
        "Set aside",
        False,
        f"{count} inbound message{plural} could not be stored and {'were' if plural else 'was'}"
        f" set aside{kept}; every other message arrived.",
        "Sign in to SMS Desk as an administrator and click the set-aside notice in the status "
        "bar to read them, try them again or dismiss them.",
        lines,
    )


def _when(moment: datetime) -> str:
    """A time as the doctor prints it: local, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


#: How long the doctor lets SQLite check every page of the database (a big one takes long).
SQLITE_CHECK_SECONDS = 60.0


def _sqlite_damage(path: Path, shown: str, timeout: float) -> Check | None:
    """Check that the SQLite file is a database and its pages are sound (``PRAGMA
    quick_check``, read-only); the failed Check, or None when it is sound.

    The app refuses a damaged file; the doctor must not call it "reachable".
    """
    advice = (
        f"The file is {path}. Quit SMS Desk, then restore that file from a backup; or move it "
        f"(and any {path.name}-wal and -shm beside it) to another folder to start with "
        "an empty database — the messages in it are then no longer shown. If it holds the "
        "only copy of your messages, keep the moved file for a data-recovery tool "
        "(sqlite3's .recover)."
    )
    deadline = time.monotonic() + max(timeout, SQLITE_CHECK_SECONDS)
    # Read-only, through a URI: the doctor changes nothing and creates nothing. Without a
    # write-ahead log beside it the file is the whole database: "immutable" then reads it
    # without creating the -shm and -wal files a read-only open of a WAL database makes.
    wal = path.with_name(path.name + "-wal").exists()
    uri = f"{path.resolve().as_uri()}?{'mode=ro' if wal else 'immutable=1'}"
    try:
        conn = sqlite3.connect(uri.replace("file://", "file:", 1), uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        return Check("Database", False, f"{shown} cannot be opened: {exc}.", advice)
    try:
        # Gives up (OperationalError "interrupted") when the check runs past the deadline.
        conn.set_progress_handler(lambda: time.monotonic() > deadline, 100_000)
        rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            return None  # too big to check in time: the other checks still run
        if "locked" in str(exc) or "busy" in str(exc):
            return None  # in use right now: not a sign of damage
        return Check("Database", False, f"{shown} is damaged: {exc}.", advice)
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            return Check(
                "Database",
                False,
                f"{shown} is not a database (or is damaged beyond reading): {exc}.",
                advice,
            )
        return Check("Database", False, f"{shown} is damaged: {exc}.", advice)
    finally:
        conn.close()
    if rows == ["ok"]:
        return None
    lines = [line.strip() for row in rows for line in row.splitlines()]
    found = "; ".join([line for line in lines if line and not line.startswith("***")][:3])
    return Check("Database", False, f"{shown} is damaged: SQLite's check found {found}.", advice)


def _known_revisions() -> set[str]:
    # Alembic is slow to import; only a database that is not at HEAD needs it.
    from alembic.script import ScriptDirectory

    from desktop.store.migrate import alembic_config

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else text.strip()


def _check_gateway(settings: Settings, credentials: CredentialStore, timeout: float) -> Check:
    # The same factory and carriers as the desk; a carrier served on this computer (the
    # demo) is a throwaway here (in memory, no greeting), stopped after the check.
    gateways = GatewayFactory(secrets=credentials)
    try:
        carrier = gateways.carrier(settings.gateway)
        if carrier.served_here:
            return _check_served_gateway(gateways, carrier, timeout)
        return _check_remote_gateway(gateways, carrier, settings, credentials, timeout)
    finally:
        gateways.close()


def _check_remote_gateway(
    gateways: GatewayFactory,
    carrier: Carrier,
    settings: Settings,
    credentials: CredentialStore,
    timeout: float,
) -> Check:
    values = settings.carrier_values(carrier)
    missing: list[str] = []
    secrets: dict[str, str] = {}
    no_secret = None
    for field in carrier.fields:
        if field.secret:
            entry = carrier.secret_entry(field, values)
            secret = credentials.gateway_token(entry) if entry else None
            if secret:
                secrets[field.key] = secret
            elif field.required:
                missing.append(field.named)
                no_secret = no_secret or field
        elif (problem := field.problem(values.get(field.key, ""))) and problem.missing:
            missing.append(problem.missing)
    missing += [problem.missing for problem in carrier.rules(values) if problem.missing]
    config = gateways.config(carrier.key, values, secrets=secrets, timeout=(timeout, timeout))
    if missing:
        advice = carrier.settings_advice
        if no_secret is not None and not credentials.status.secure:
            advice += (
                f" The {no_secret.named} is kept in the keyring, which is not usable: see Keyring."
            )
        return Check(
            "Gateway", False, f"The gateway at {config.place} has no {_join(missing)} set.", advice
        )
    try:
        info = _account(gateways, config)
    except GatewayError as err:
        return Check("Gateway", False, str(err), _gateway_advice(err, carrier))
    name = " ".join(info.friendly_name.split())[:60]
    account = f'account "{name}"' if name else "the account"
    if info.status != "active":
        return Check(
            "Gateway",
            False,
            f"{config.place} — reachable, but {account} is {info.status}.",
            "Ask your administrator to contact the gateway provider about the account.",
        )
    return Check("Gateway", True, f"{config.place} — reachable, {account} is active")


def _check_served_gateway(gateways: GatewayFactory, carrier: Carrier, timeout: float) -> Check:
    # Proves the app's own gateway can listen on loopback and be talked to through the
    # real adapter.
    try:
        config = gateways.config(carrier.key, {}, timeout=(timeout, timeout))
    except GatewayError as err:
        return Check(
            "Gateway",
            False,
            str(err),
            "Check that this computer's loopback network (127.0.0.1) is not blocked.",
        )
    try:
        _account(gateways, config)
    except GatewayError as err:
        return Check(
            "Gateway",
            False,
            f"{carrier.label}: {err}",
            "Check that no firewall or proxy intercepts connections to 127.0.0.1.",
        )
    return Check("Gateway", True, f"{carrier.label} — reachable")


def _account(gateways: GatewayFactory, config: GatewayConfig) -> AccountInfo:
    """Whose account the gateway's credentials open (one request)."""
    gateway = gateways.connect(config)
    try:
        return gateway.check()
    finally:
        gateway.close()


def _gateway_advice(err: GatewayError, carrier: Carrier) -> str:
    # The carrier's own names for its credentials: "the Account SID and auth token".
    ids = [f.named for f in carrier.fields if f.kind is FieldKind.ID and f.required]
    credentials = ids + [f.named for f in carrier.secret_fields]
    if isinstance(err, AuthenticationFailed):
        return (
            f"Open SMS Desk's Settings and enter the {_join(credentials, 'and')} exactly as "
            "the gateway's console shows them."
        )
    if isinstance(err, InsecureGatewayURL):
        return "In Settings, use the gateway's https:// address."
    if isinstance(err, GatewayUnreachable | GatewayTimeout):
        return (
            "Check the gateway address in Settings and this computer's internet connection "
            "(and the proxy or firewall, if there is one)."
        )
    if isinstance(err, MessageNotFound) and ids:
        return f"Check the {_join(ids, 'and')} and the gateway address in Settings."
    return (
        "Check the gateway settings; if they are right, the gateway may be having problems: "
        "try again later."
    )


def _join(items: list[str], word: str = "or") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]

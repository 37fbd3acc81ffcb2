"""SMS Desk as a real process, for the start-up and quit tests: a home with Anna signed in
(remembered), the process started offscreen (or on the desktop session's screen), and its
log, output and exit watched with deadlines."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.accounts.staff import Accounts
from desktop.config.settings import Paths, Settings, save_settings
from desktop.store import InboundRecord, Store, open_store

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "correct horse 42"
EXTENSION = "101"


def signed_in_home(home: Path, **settings: object) -> Paths:
    """A home where Anna (101, an administrator) is remembered, with one conversation."""
    paths = Paths.under(home)
    paths.ensure()
    values: dict[str, object] = {
        "default_region": "US",
        "no_tray_notice_shown": True,
        "tray_notice_shown": True,
        "quiet_hours": False,
        "remembered_extension": EXTENSION,
        **settings,
    }
    save_settings(paths.settings_file, Settings(**values))  # type: ignore[arg-type]
    with open_store(paths.default_database_url) as store:
        Accounts(store).create_first_admin(EXTENSION, "Anna Smith", PASSWORD)
        store.ingest.inbound(
            [InboundRecord("SMhome1", "+14155550134", "+14155550100", "Hello", _now())]
        )
    return paths


def _now():
    from desktop.core.models import utcnow

    return utcnow()


def store_of(paths: Paths) -> Store:
    return open_store(paths.default_database_url)


def app_env(gateway_token: str = "", **extra: str) -> dict[str, str]:
    """The environment of an app process: offscreen unless the desktop session provides a
    screen, the tests' keyring backend with Anna's password (and a gateway token)."""
    env = dict(os.environ)
    if not os.environ.get("SMSDESK_IN_DESKTOP_SESSION"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("SMSDESK_HOME", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTHON_KEYRING_BACKEND"] = "tests.process_keyring.ProcessKeyring"
    env["SMSDESK_TEST_PASSWORD"] = PASSWORD
    env["SMSDESK_TEST_GATEWAY_TOKEN"] = gateway_token
    env.update(extra)
    return env


@dataclass
class App:
    """A running SMS Desk process and where it logs."""

    process: subprocess.Popen[str]
    paths: Paths
    stdout: str = ""
    stderr: str = ""
    ended_at: float = field(default=0.0)

    @property
    def log_text(self) -> str:
        path = self.paths.log_dir / "smsdesk.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def wait_for_log(self, text: str, timeout: float = 30.0) -> None:
        """Wait until the log holds ``text``; fail with what the process said if it ends."""
        deadline = time.monotonic() + timeout
        while text not in self.log_text:
            if self.process.poll() is not None:
                self.finish(0)
                raise AssertionError(f"SMS Desk ended before {text!r}: {self.stderr}")
            if time.monotonic() > deadline:
                raise AssertionError(f"no {text!r} in the log within {timeout} s: {self.log_text}")
            time.sleep(0.05)

    def finish(self, timeout: float) -> int:
        """Wait for the process to end (kill it after ``timeout``); return its exit status."""
        try:
            self.stdout, self.stderr = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.stdout, self.stderr = self.process.communicate()
            raise AssertionError(f"SMS Desk did not end within {timeout} s") from None
        finally:
            self.ended_at = time.monotonic()
        return self.process.returncode

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()


def launch(
    paths: Paths,
    env: dict[str, str],
    *argv: str,
    module: str = "desktop",
    prefix: Sequence[str] = (),
) -> App:
    """Start ``python -m desktop --home …`` (or a test driver module) in ``paths``' home,
    behind ``prefix`` (a command that runs the rest, e.g. in a namespace of its own)."""
    home = paths.data_dir.parent
    process = subprocess.Popen(
        [*prefix, sys.executable, "-m", module, "--home", str(home), *argv],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return App(process, paths)

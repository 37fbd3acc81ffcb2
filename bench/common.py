"""What every part of ``make bench`` shares: launching the app and the bare window in their own
processes, their environment, and the log line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop.config.settings import Paths, Settings, save_settings

from bench.generate import StoreInfo

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
KEYRING = "bench.probes.bench_keyring.BenchKeyring"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def log(message: str) -> None:
    print(f"  [bench] {message}", file=sys.stderr, flush=True)


def probe_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def app_home(root: Path, store: Path, info: StoreInfo) -> Path:
    """A fresh home for one launch: settings naming the store, the account remembered."""
    home = Path(tempfile.mkdtemp(prefix="home-", dir=root))
    paths = Paths.under(home)
    paths.ensure()
    settings = Settings(
        default_region="US",
        no_tray_notice_shown=True,
        database_url=f"sqlite:///{store}",
        remembered_extension=info.extension,
    )
    save_settings(paths.settings_file, settings)
    return home


def launch(argv: list[str], env: dict[str, str], *, stay: bool = False) -> tuple[float, dict]:
    """Start a process; return its start time and its first-paint report."""
    started = time.time()
    process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        process.wait(30)
        raise RuntimeError(f"{argv} ended without painting (exit {process.returncode})")
    report = json.loads(line)
    report["process"] = process
    if not stay:
        process.wait(30)
    return started, report


def app_argv(home: Path) -> list[str]:
    return [sys.executable, "-m", "desktop", "--home", str(home)]


def app_env(info: StoreInfo, mode: str, store: Path) -> dict[str, str]:
    """The app's environment: the benchmark keyring remembering the account's sign-in on
    ``store`` as "Remember me" keeps it (a token, see ``remembered_token``)."""
    return probe_env(
        SMSDESK_BENCH_FIRST_PAINT=mode,
        PYTHON_KEYRING_BACKEND=KEYRING,
        SMSDESK_BENCH_REMEMBERED=remembered_token(f"sqlite:///{store}", info.extension),
    )


_tokens: dict[tuple[str, str], str] = {}


def remembered_token(url: str, extension: str) -> str:
    """A remembered sign-in of ``extension`` on the database at ``url``, made as the sign-in
    form makes it after a password sign-in with "Remember me" (``Accounts.remember``): its
    digest in the database, the token returned for the benchmark keyring. One per database
    and extension for the whole run (every launch's repeat start checks the same token)."""
    if (url, extension) not in _tokens:
        from desktop.accounts.staff import Accounts
        from desktop.store import open_store

        store = open_store(url)
        try:
            accounts = Accounts(store)
            user = accounts.get_user(extension)
            if user is None:
                raise RuntimeError(f"no account {extension} in {url}")
            _tokens[(url, extension)] = accounts.remember(user)
        finally:
            store.close()
    return _tokens[(url, extension)]


def bare_argv(stay: bool = False) -> list[str]:
    return [sys.executable, "-m", "bench.probes.bare_window", *(["--stay"] if stay else [])]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime, all threads

"""Start-up on a real display: run inside ``desktop-session --wm`` (Xvfb, a window manager,
a D-Bus session with the Secret Service keyring) by ``bench/startup.py``.

Each run: the bare window (the floor, started the same way), then the app's first-ever start
in a fresh home and its repeat start in the same home, both with
``SMSDESK_BENCH_FIRST_PAINT=live``. The account's sign-in is remembered in the session's
real keyring (Secret Service) when it has a secure one, as "Remember me" keeps a user's (a
token); otherwise the benchmark keyring stands in and the result says so. Prints one JSON
object.

Usage: python -m bench.probes.desktop_startup STORE EXTENSION RUNS
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from desktop.config.settings import Paths, Settings, save_settings

from bench.common import KEYRING, bare_argv, launch, probe_env, remembered_token
from bench.startup import launch_live


def remember_in_real_keyring(store_path: Path, extension: str) -> str | None:
    """Remember the account's sign-in in the session's keyring as "Remember me" does (a
    token through ``keep_remembered``, the form's own call); return the keyring's name, or
    None when it has no secure one."""
    from desktop.accounts.remembered import keep_remembered
    from desktop.accounts.staff import Accounts
    from desktop.store import open_store
    from desktop.system.credentials import CredentialStore, KeyringUnavailable

    credentials = CredentialStore()
    if not credentials.status.secure:
        return None
    store = open_store(f"sqlite:///{store_path}")
    try:
        accounts = Accounts(store)
        user = accounts.get_user(extension)
        if user is None:
            raise RuntimeError(f"no account {extension} in {store_path}")
        keep_remembered(accounts, credentials, user, None)
    except KeyringUnavailable:
        return None
    finally:
        store.close()
    return credentials.status.backend


def home(root: Path, store: Path, extension: str) -> Path:
    place = Path(tempfile.mkdtemp(prefix="home-", dir=root))
    paths = Paths.under(place)
    paths.ensure()
    save_settings(
        paths.settings_file,
        Settings(
            default_region="US",
            no_tray_notice_shown=True,
            database_url=f"sqlite:///{store}",
            remembered_extension=extension,
        ),
    )
    return place


def main() -> int:
    store, extension, runs = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    keyring_name = remember_in_real_keyring(store, extension)
    env = probe_env(SMSDESK_BENCH_FIRST_PAINT="live")
    if keyring_name is None:
        env["PYTHON_KEYRING_BACKEND"] = KEYRING
        env["SMSDESK_BENCH_REMEMBERED"] = remembered_token(f"sqlite:///{store}", extension)
    app_argv = [sys.executable, "-m", "desktop", "--home"]
    bare, first, repeat = [], [], []
    with tempfile.TemporaryDirectory(prefix="desktop-startup-") as tmp:
        root = Path(tmp)
        launch(bare_argv(), probe_env())  # warm-ups
        warm = home(root, store, extension)
        launch_live([*app_argv, str(warm)], env)
        for _ in range(runs):
            started, report = launch(bare_argv(), probe_env())
            bare.append(report["painted_at"] - started)
            place = home(root, store, extension)
            first.append(launch_live([*app_argv, str(place)], env))
            repeat.append(launch_live([*app_argv, str(place)], env))
    print(
        json.dumps(
            {
                "platform": os.environ.get("QT_QPA_PLATFORM", ""),
                "keyring": keyring_name or "benchmark keyring (no secure keyring here)",
                "bare_s": bare,
                "first": first,
                "repeat": repeat,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

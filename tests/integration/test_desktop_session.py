"""Runs the tests that need a real desktop (X screen, tray host, Secret Service keyring)
inside ``desktop-session``, the shared tool that provides one."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def desktop_session() -> str | None:
    """Where the desktop-session tool is: $SMSDESK_DESKTOP_SESSION, beside the checkout, or
    on PATH."""
    candidates = [
        os.environ.get("SMSDESK_DESKTOP_SESSION", ""),
        str(ROOT.parent / "shared" / "tools" / "desktop-session"),
        "/work/shared/tools/desktop-session",
        shutil.which("desktop-session") or "",
    ]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


# Two sessions started together would pick the same X display: every run takes this lock.
LOCK = "/tmp/smsdesk-desktop-session.lock"  # noqa: S108 - the lock every session run shares


def run_tests_in_desktop_session(
    folder: str, options: list[str], env: dict[str, str], timeout: float
) -> None:
    """Run the tests under ``tests/<folder>`` inside ``desktop-session <options>`` (under the
    shared lock when flock is there) and fail with their output unless they all pass.

    ``env`` is added to this process's environment; the session gives the tests a real X
    screen (xcb), so $QT_QPA_PLATFORM is dropped.
    """
    tool = desktop_session()
    if tool is None:
        pytest.skip("the desktop-session tool is not installed on this machine")
    run_env = {**os.environ, "SMSDESK_IN_DESKTOP_SESSION": "1", **env}
    run_env.pop("QT_QPA_PLATFORM", None)
    lock = ["flock", LOCK] if shutil.which("flock") else []
    pytest_args = ["-m", "pytest", "-q", "-p", "no:cacheprovider", str(ROOT / "tests" / folder)]
    result = subprocess.run(
        [*lock, tool, *options, "--", sys.executable, *pytest_args],
        cwd=ROOT,
        env=run_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    output = result.stdout[-6000:] + result.stderr[-3000:]
    assert result.returncode == 0, output
    assert " passed" in result.stdout, output
    assert "skipped" not in result.stdout, output


@pytest.mark.skipif(bool(os.environ.get("SMSDESK_IN_DESKTOP_SESSION")), reason="inside one")
def test_the_real_desktop_tests_pass_inside_a_desktop_session(tmp_path: Path):
    # gnome-keyring keeps its keyrings under $XDG_DATA_HOME: a fresh one per run, so runs
    # side by side (or an earlier run's leftovers) cannot touch this run's secrets. --a11y:
    # the AT-SPI bus, where tests/session/test_screen_reader.py reads the window.
    run_tests_in_desktop_session(
        "session", ["--a11y"], {"XDG_DATA_HOME": str(tmp_path / "data")}, timeout=600
    )

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


@pytest.mark.skipif(bool(os.environ.get("SMSDESK_IN_DESKTOP_SESSION")), reason="inside one")
def test_the_real_desktop_tests_pass_inside_a_desktop_session(tmp_path: Path):
    tool = desktop_session()
    if tool is None:
        pytest.skip("the desktop-session tool is not installed on this machine")
    # gnome-keyring keeps its keyrings under $XDG_DATA_HOME: a fresh one per run, so runs
    # side by side (or an earlier run's leftovers) cannot touch this run's secrets.
    env = {
        **os.environ,
        "SMSDESK_IN_DESKTOP_SESSION": "1",
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("QT_QPA_PLATFORM", None)  # the session provides a real X screen (xcb)
    result = subprocess.run(
        [
            tool,
            "--a11y",  # the AT-SPI bus: tests/session/test_screen_reader.py reads the window there
            "--",
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(ROOT / "tests" / "session"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout[-6000:] + result.stderr[-3000:]
    assert result.returncode == 0, output
    assert " passed" in result.stdout, output
    assert "skipped" not in result.stdout, output

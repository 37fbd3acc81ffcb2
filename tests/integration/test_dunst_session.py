"""Runs tests/notify_session (SMS Desk against a real notification server, dunst) inside
``desktop-session --wm --notifications``, under the lock that keeps two sessions from
taking the same X display."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.test_desktop_session import desktop_session

ROOT = Path(__file__).resolve().parents[2]
LOCK = "/tmp/smsdesk-desktop-session.lock"  # noqa: S108 - the lock every helper shares


@pytest.mark.skipif(bool(os.environ.get("SMSDESK_IN_DESKTOP_SESSION")), reason="inside one")
def test_smsdesk_notifications_work_with_a_real_notification_server(tmp_path: Path):
    tool = desktop_session()
    if tool is None or shutil.which("flock") is None:
        pytest.skip("the desktop-session tool (or flock) is not installed on this machine")
    # dunst reads its settings from $XDG_CONFIG_HOME: its context menu ("dmenu") is the
    # tests' chooser, so that a test can choose Mark as read or Reply as a user would.
    config = tmp_path / "config" / "dunst"
    config.mkdir(parents=True)
    picker = ROOT / "tests" / "notify_session" / "pick_action.sh"
    # markup = full, as Debian's packaged dunstrc: bodies are read as markup.
    (config / "dunstrc").write_text(f"[global]\n    markup = full\n    dmenu = {picker}\n")
    env = {
        **os.environ,
        "SMSDESK_IN_DESKTOP_SESSION": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "SMSDESK_PICK_ACTION_FILE": str(tmp_path / "pick"),
    }
    env.pop("QT_QPA_PLATFORM", None)  # the session provides a real X screen (xcb)
    result = subprocess.run(
        [
            "flock",
            LOCK,
            tool,
            "--wm",
            "--notifications",
            "--",
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(ROOT / "tests" / "notify_session"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = result.stdout[-6000:] + result.stderr[-3000:]
    assert result.returncode == 0, output
    assert " passed" in result.stdout, output
    assert "skipped" not in result.stdout, output

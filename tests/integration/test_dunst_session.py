"""Runs tests/notify_session (SMS Desk against a real notification server, dunst) inside
``desktop-session --wm --notifications``, under the lock that keeps two sessions from
taking the same X display."""

import os
from pathlib import Path

import pytest

from tests.integration.test_desktop_session import run_tests_in_desktop_session

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(bool(os.environ.get("SMSDESK_IN_DESKTOP_SESSION")), reason="inside one")
def test_smsdesk_notifications_work_with_a_real_notification_server(tmp_path: Path):
    # dunst reads its settings from $XDG_CONFIG_HOME: its context menu ("dmenu") is the
    # tests' chooser, so that a test can choose Mark as read or Reply as a user would.
    config = tmp_path / "config" / "dunst"
    config.mkdir(parents=True)
    picker = ROOT / "tests" / "notify_session" / "pick_action.sh"
    # markup = full, as Debian's packaged dunstrc: bodies are read as markup.
    (config / "dunstrc").write_text(f"[global]\n    markup = full\n    dmenu = {picker}\n")
    env = {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "SMSDESK_PICK_ACTION_FILE": str(tmp_path / "pick"),
    }
    run_tests_in_desktop_session("notify_session", ["--wm", "--notifications"], env, timeout=900)

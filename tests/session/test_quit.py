"""Quit quits, with a system tray (run inside desktop-session): File > Quit, Ctrl+Q, the
tray's Quit and SIGTERM each end the SMS Desk process within 2 s with status 0, while closing
the window only hides it into the tray. Each run is the real app (``desktop.app.main``) on the
session's X screen, driven by ``tests.session.quit_driver``."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from tests.app_process import App, app_env, launch, signed_in_home

pytestmark = pytest.mark.desktop_session

QUIT_LIMIT = 2.0


def start(tmp_path: Path, how: str) -> App:
    paths = signed_in_home(tmp_path / "home")
    app = launch(paths, app_env(), how, module="tests.session.quit_driver")
    app.wait_for_log("test driver: ready", timeout=20)
    return app


def ended_after(app: App, line: str) -> tuple[int, float]:
    """Wait for the driver's ``line``, then for the process; its status and the time."""
    app.wait_for_log(line, timeout=20)
    asked = time.monotonic()
    status = app.finish(timeout=15)
    return status, app.ended_at - asked


def assert_quit_cleanly(app: App, status: int, took: float) -> None:
    assert status == 0, app.stderr
    assert took < QUIT_LIMIT
    assert "Traceback" not in app.stderr + app.log_text, app.stderr
    assert app.log_text.rstrip().endswith("SMS Desk stopped"), app.log_text


@pytest.mark.parametrize(
    ("how", "asked"),
    [
        ("file-menu", "test driver: clicking Quit in the File menu"),
        ("ctrl-q", "test driver: pressing Ctrl+Q"),
    ],
)
def test_the_window_s_quit_ends_the_process(tmp_path: Path, how: str, asked: str):
    app = start(tmp_path, how)
    try:
        status, took = ended_after(app, asked)
    finally:
        app.stop()
    assert_quit_cleanly(app, status, took)


def test_closing_the_window_goes_to_the_tray_and_the_tray_s_quit_ends_the_process(
    tmp_path: Path,
):
    app = start(tmp_path, "tray")
    try:
        app.wait_for_log("test driver: the window closed into the tray, SMS Desk still runs")
        assert app.process.poll() is None
        status, took = ended_after(app, "test driver: clicking Quit in the tray menu")
    finally:
        app.stop()
    assert_quit_cleanly(app, status, took)


def test_sigterm_ends_the_process_with_a_tray(tmp_path: Path):
    app = start(tmp_path, "wait")
    try:
        sent = time.monotonic()
        app.process.send_signal(signal.SIGTERM)
        status = app.finish(timeout=15)
    finally:
        app.stop()
    assert_quit_cleanly(app, status, app.ended_at - sent)
    assert "quitting (SIGTERM)" in app.log_text

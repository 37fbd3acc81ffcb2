"""Shared pytest fixtures for the SMS Desk test suite."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from desktop.gateway.demo import DemoGateway

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


@pytest.fixture
def main_window(qtbot, tmp_path, demo_gateway):
    """The app's main window on ``demo_gateway``: fresh data directory, shown, its sync worker
    running and polling every 0.2 s; torn down cleanly (threads stopped and waited for).

    The running app (store, threads, settings) is at ``main_window.desk``.
    """
    from desktop.app import SmsDesk, create_application
    from desktop.config import Paths, Settings
    from desktop.gateway.connection import GatewayConfig

    create_application([])
    paths = Paths.under(tmp_path / "home")
    gateway = GatewayConfig(
        base_url=demo_gateway.base_url,
        account_sid=demo_gateway.account_sid,
        auth_token=demo_gateway.auth_token,
        from_number=demo_gateway.phone_number,
        timeout=(2.0, 3.0),
    )
    desk = SmsDesk(Settings(default_region="US"), paths, gateway=gateway, poll_interval=0.2)
    window = desk.window
    window.desk = desk
    qtbot.addWidget(window)
    desk.start()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        desk.shutdown()

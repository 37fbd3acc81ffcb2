"""The real desk at its default settings against the demo gateway over HTTP: left alone it
polls at the setting (5 s); a key pressed in its window makes it poll every second at once,
so a new SMS pops up within about a second."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.config.settings import Settings
from desktop.gateway.demo import Fault
from desktop.sync.status import LinkState
from tests.ui.windows import PASSWORD, activate


def polls(demo) -> int:
    """The list requests (polls) the gateway has had."""
    return sum(
        1 for method, path in demo.requests_seen() if method == "GET" and "/Messages.json" in path
    )


def test_a_desk_in_use_polls_every_second_and_an_idle_one_at_the_setting(
    qtbot, make_desk, demo_gateway
):
    settings = Settings(default_region="US", no_tray_notice_shown=True, quiet_hours=False)
    assert settings.poll_interval_seconds == 5.0  # the default
    desk = make_desk(settings=settings, poll_interval=None, tray_available=False)
    desk.start_session(desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD))
    window = desk.window
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.connection.state is LinkState.ONLINE, timeout=10_000)
    qtbot.waitUntil(lambda: polls(demo_gateway) >= 1, timeout=5000)

    # Left alone (nothing typed or clicked yet): the next poll is the setting's 5 s away.
    before = polls(demo_gateway)
    qtbot.wait(2500)
    assert polls(demo_gateway) <= before + 1

    # A key pressed in the window: the next poll comes within a second, then every second.
    activate(qtbot, window)
    before = polls(demo_gateway)
    pressed = time.monotonic()
    QTest.keyClick(window.chat_list, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: polls(demo_gateway) > before, timeout=1800)
    first = time.monotonic() - pressed
    qtbot.waitUntil(lambda: polls(demo_gateway) >= before + 4, timeout=4800)
    assert first < 1.8

    # An SMS arriving now pops up within about a poll.
    popups = desk.popups
    assert popups is not None
    arrived = time.monotonic()
    demo_gateway.inbound("+14155550177", "Is my order ready?")
    qtbot.waitUntil(lambda: len(popups.visible_popups) == 1, timeout=2500)
    assert time.monotonic() - arrived < 2.5


def test_input_does_not_bring_a_poll_forward_while_the_gateway_asks_to_wait(
    qtbot, make_desk, demo_gateway
):
    settings = Settings(default_region="US", no_tray_notice_shown=True, quiet_hours=False)
    desk = make_desk(settings=settings, poll_interval=None, tray_available=False)
    desk.start_session(desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD))
    window = desk.window
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.connection.state is LinkState.ONLINE, timeout=10_000)

    # The gateway answers the next request with 429, "retry after 4 s".
    demo_gateway.inject(Fault.RATE_LIMIT, retry_after=4)
    desk.sync.sig_retry_now.emit()
    qtbot.waitUntil(lambda: window.connection.state is LinkState.OFFLINE, timeout=3000)
    limited = time.monotonic()
    before = polls(demo_gateway)

    # Someone starts working at the desk: the fast rate must wait for the gateway's 4 s.
    activate(qtbot, window)
    QTest.keyClick(window.chat_list, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: polls(demo_gateway) > before, timeout=8000)
    assert time.monotonic() - limited >= 3.5
    # Then it polls every second again.
    qtbot.waitUntil(lambda: polls(demo_gateway) >= before + 3, timeout=4000)

"""The desktop's notifications (org.freedesktop.Notifications over D-Bus) instead of pop-ups:
what SMS Desk sends the service, and what it does with the service's signals (Open, Mark as
read, Reply, an inline reply). The service is tests/fake_notification_server.py, a process of
its own on a private session bus (a real dbus-daemon), so every call goes over the bus."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.config.settings import NOTIFY_POPUPS
from desktop.core.models import ContactDraft
from desktop.ui.notifications.desktop_notifications import notification_body
from desktop.ui.notifications.popups import MessagePopup
from tests.ui.windows import signed_in_desk

OLIVIA = "+14155550134"
SERVER = Path(__file__).resolve().parents[1] / "fake_notification_server.py"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dbus-daemon") is None,
    reason="needs dbus-daemon (Linux)",
)


class FakeServer:
    """The fake service's process: its calls as they come, and signals to emit."""

    def __init__(self, address: str, caps: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER), address, caps],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lines: list[dict] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        deadline = time.monotonic() + 10
        while not any(line.get("ready") for line in self.lines):
            assert time.monotonic() < deadline, "the fake notification server did not start"
            time.sleep(0.02)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(json.loads(line))

    def calls(self, name: str) -> list[dict]:
        return [line for line in list(self.lines) if line.get("call") == name]

    def emit(self, **order: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(order) + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(5)


@pytest.fixture
def bus(monkeypatch):
    """A private session bus (a real dbus-daemon), as the desktop's."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait(5)


def server_with(bus: str, caps: str):
    made: list[FakeServer] = []

    def start() -> FakeServer:
        server = FakeServer(bus, caps)
        made.append(server)
        return server

    return start, made


@pytest.fixture
def server(bus):
    start, made = server_with(bus, "actions,body,body-markup")
    yield start()
    for s in made:
        s.stop()


@pytest.fixture
def inline_server(bus):
    start, made = server_with(bus, "actions,body,inline-reply")
    yield start()
    for s in made:
        s.stop()


def signed_in(qtbot, make_desk, **values) -> object:
    return signed_in_desk(qtbot, make_desk, tray_available=True, **values)


@pytest.fixture
def desk(qtbot, server, make_desk):
    desk = signed_in(qtbot, make_desk)
    qtbot.waitUntil(lambda: desk.notifier.uses_desktop, timeout=10000)
    return desk


def notified(qtbot, server, count=1) -> dict:
    qtbot.waitUntil(lambda: len(server.calls("Notify")) >= count, timeout=5000)
    return server.calls("Notify")[-1]


def notified_after_inbound(qtbot, gateway, server, text, number=OLIVIA) -> dict:
    before = len(server.calls("Notify"))
    gateway.inbound(number, text)
    return notified(qtbot, server, before + 1)


def no_popups(desk) -> bool:
    return not any(isinstance(p, MessagePopup) for p in desk.popups.popups)


def test_an_inbound_sms_is_a_desktop_notification_not_a_popup(qtbot, desk, server, demo_gateway):
    desk.session.contacts.save(ContactDraft("Olivia Park", (OLIVIA,)))
    call = notified_after_inbound(qtbot, demo_gateway, server, "Is my order ready?")
    assert call["signature"] == "susssasa{sv}i"
    assert call["app"] == "SMS Desk"
    assert call["summary"] == "Olivia Park"
    assert call["body"] == "Is my order ready?"
    assert call["replaces"] == 0
    keys = call["actions"][0::2]
    labels = call["actions"][1::2]
    assert keys == ["default", "reply", "mark-read", "open"]
    assert labels == ["Open", "Reply", "Mark as read", "Open"]
    assert "category" in call["hints"]
    qtbot.wait(300)  # nothing else pops up
    assert no_popups(desk)


def test_message_text_is_never_markup_in_a_desktop_notification(qtbot, desk, server, demo_gateway):
    hostile = "<b>x</b>&amp; <a href='http://evil'>y</a>"
    call = notified_after_inbound(qtbot, demo_gateway, server, hostile)
    # The service reads bodies as markup ("body-markup"): escaped, it shows what was typed.
    assert call["body"] == "&lt;b&gt;x&lt;/b&gt;&amp;amp; &lt;a href='http://evil'&gt;y&lt;/a&gt;"
    assert notification_body([hostile], markup=False) == hostile


def test_a_burst_from_one_number_updates_one_notification(qtbot, desk, server, demo_gateway):
    # One after the other, each shown before the next arrives: the second and third
    # replace the first notification instead of stacking.
    for count, text in enumerate(("One", "Two", "Three"), start=1):
        notified_after_inbound(qtbot, demo_gateway, server, text)
        assert desk.notifier.shown == count
    calls = server.calls("Notify")
    assert len(calls) == 3
    assert len({c["id"] for c in calls}) == 1  # one notification, updated in place
    assert [c["replaces"] for c in calls] == [0, calls[0]["id"], calls[0]["id"]]
    assert calls[-1]["body"] == "One\nTwo\nThree"
    assert calls[-1]["summary"] == "(415) 555-0134 (3 new messages)"
    assert no_popups(desk)


def test_mark_as_read_from_the_notification_reads_the_conversation(
    qtbot, desk, server, demo_gateway
):
    call = notified_after_inbound(qtbot, demo_gateway, server, "Hello")
    qtbot.waitUntil(lambda: desk.tray.count == 1, timeout=5000)
    server.emit(signal="ActionInvoked", id=call["id"], key="mark-read")
    qtbot.waitUntil(lambda: desk.tray.count == 0, timeout=5000)
    assert desk.session.conversations.find(OLIVIA).unread_count == 0


def test_open_from_the_notification_shows_that_conversation(qtbot, desk, server, demo_gateway):
    desk.window.hide()
    call = notified_after_inbound(qtbot, demo_gateway, server, "Hello")
    server.emit(signal="ActionInvoked", id=call["id"], key="default")
    qtbot.waitUntil(lambda: desk.window.isVisible(), timeout=5000)
    view = desk.window.conversation
    qtbot.waitUntil(
        lambda: view.conversation is not None and view.conversation.peer_number == OLIVIA,
        timeout=5000,
    )


def test_reply_without_inline_reply_opens_the_reply_popup_with_the_keyboard(
    qtbot, desk, server, demo_gateway
):
    call = notified_after_inbound(qtbot, demo_gateway, server, "Are you open?")
    server.emit(signal="ActionInvoked", id=call["id"], key="reply")
    qtbot.waitUntil(lambda: not no_popups(desk), timeout=5000)
    popup = desk.popups.popups[0]
    assert isinstance(popup, MessagePopup)
    assert popup.reply_area.isVisible()
    assert popup.body_text == "Are you open?"
    # The desktop's notification goes: the pop-up carries the reply now.
    qtbot.waitUntil(lambda: bool(server.calls("CloseNotification")), timeout=5000)
    assert server.calls("CloseNotification")[-1]["id"] == call["id"]


def test_reading_the_conversation_elsewhere_closes_its_notification(
    qtbot, desk, server, demo_gateway
):
    call = notified_after_inbound(qtbot, demo_gateway, server, "Hello")
    conversation = desk.session.conversations.find(OLIVIA)
    desk.window.open_conversation(conversation)
    qtbot.waitUntil(lambda: bool(server.calls("CloseNotification")), timeout=5000)
    assert server.calls("CloseNotification")[-1]["id"] == call["id"]


def test_the_popups_setting_keeps_smsdesk_popups(qtbot, server, make_desk, demo_gateway):
    desk = signed_in(qtbot, make_desk, notification_style=NOTIFY_POPUPS)
    qtbot.waitUntil(lambda: desk.notifier.desktop.available, timeout=10000)
    assert not desk.notifier.uses_desktop
    demo_gateway.inbound(OLIVIA, "Hello")
    qtbot.waitUntil(lambda: not no_popups(desk), timeout=5000)
    assert server.calls("Notify") == []
    # Switched live, the next message goes to the desktop.
    desk.live_settings.update(notification_style="desktop")
    assert desk.notifier.uses_desktop
    demo_gateway.inbound("+12025550173", "Hi")
    notified(qtbot, server)


def test_without_a_service_the_popups_stay(qtbot, bus, make_desk, demo_gateway):
    desk = signed_in(qtbot, make_desk)
    qtbot.waitUntil(lambda: desk.notifier.desktop._thread is not None, timeout=5000)
    demo_gateway.inbound(OLIVIA, "Hello")
    qtbot.waitUntil(lambda: not no_popups(desk), timeout=5000)
    assert not desk.notifier.uses_desktop


@pytest.fixture
def inline_desk(qtbot, inline_server, make_desk):
    desk = signed_in(qtbot, make_desk)
    qtbot.waitUntil(lambda: desk.notifier.uses_desktop, timeout=10000)
    return desk


def test_an_inline_reply_is_sent_once_and_only_once(
    qtbot, inline_desk, inline_server, demo_gateway
):
    desk, server = inline_desk, inline_server
    call = notified_after_inbound(qtbot, demo_gateway, server, "Is my order ready?")
    assert call["actions"][2:4] == ["inline-reply", "Reply"]
    assert call["body"] == "Is my order ready?"  # no body-markup: the text as it is
    server.emit(signal="NotificationReplied", id=call["id"], text="Yes, since 10 am")
    server.emit(signal="NotificationReplied", id=call["id"], text="Yes, since 10 am")
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)
    qtbot.waitUntil(lambda: sum(1 for line in server.lines if "emitted" in line) == 2, timeout=5000)
    qtbot.wait(500)  # (the second signal, had it sent, would have by now)
    assert [(m["to"], m["body"]) for m in demo_gateway.sent()] == [(OLIVIA, "Yes, since 10 am")]
    qtbot.waitUntil(lambda: desk.session.conversations.find(OLIVIA).unread_count == 0, timeout=5000)

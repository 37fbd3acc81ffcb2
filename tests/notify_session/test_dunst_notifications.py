"""SMS Desk's notifications shown by a real notification server: dunst on the session bus of
``desktop-session --wm --notifications`` (run by tests/integration/test_dunst_session.py).
What dunst shows is read back with ``dunstctl``; its actions are chosen through dunst's own
context menu (``dunstctl context``, whose "dmenu" is tests/notify_session/pick_action.sh)."""

from __future__ import annotations

import html
import json
import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.config.settings import NOTIFY_POPUPS
from desktop.core.models import ContactDraft
from desktop.ui.notifications.popups import MessagePopup
from tests.ui.windows import signed_in_desk

pytestmark = pytest.mark.desktop_session

OLIVIA = "+14155550134"


def dunstctl(*args: str) -> str:
    return subprocess.run(
        ["dunstctl", *args], capture_output=True, text=True, timeout=10, check=True
    ).stdout


def displayed() -> int:
    return int(dunstctl("count", "displayed").strip())


def all_history() -> list[dict[str, object]]:
    entries = json.loads(dunstctl("history"))["data"][0]
    return [{key: value["data"] for key, value in entry.items()} for entry in entries]


# The ids in dunst's history before this test (one dunst serves the whole run).
_before: set[object] = set()


def history() -> list[dict[str, object]]:
    """This test's notifications in dunst's history (closed ones), newest first."""
    return [entry for entry in all_history() if entry["id"] not in _before]


def choose(label: str) -> None:
    """Choose ``label`` in dunst's context menu, as a user would."""
    Path(os.environ["SMSDESK_PICK_ACTION_FILE"]).write_text(label)
    dunstctl("context")


@pytest.fixture(autouse=True)
def clean_dunst():
    dunstctl("close-all")
    _before.clear()
    _before.update(entry["id"] for entry in all_history())
    yield
    dunstctl("close-all")


def signed_in(qtbot, make_desk, **values):
    desk = signed_in_desk(qtbot, make_desk, tray_available=None, **values)
    desk.session.contacts.save(ContactDraft("Olivia Park", (OLIVIA,)))
    return desk


@pytest.fixture
def desk(qtbot, make_desk):
    desk = signed_in(qtbot, make_desk)
    qtbot.waitUntil(lambda: desk.notifier.uses_desktop, timeout=10000)
    return desk


def no_popups(desk) -> bool:
    return not any(isinstance(p, MessagePopup) for p in desk.popups.popups)


def test_dunst_is_asked_what_it_can_do(desk):
    desktop = desk.notifier.desktop
    assert desktop.server[0] == "dunst"
    assert {"actions", "body", "body-markup"} <= desktop.capabilities
    assert not desktop.inline_reply  # dunst offers no inline reply: Reply opens a pop-up


def test_an_inbound_sms_is_a_dunst_notification_showing_the_text_literally(
    qtbot, desk, demo_gateway
):
    hostile = "<b>x</b>&amp; is it ready?"
    demo_gateway.inbound(OLIVIA, hostile)
    qtbot.waitUntil(lambda: displayed() == 1, timeout=5000)
    qtbot.wait(300)
    assert no_popups(desk)  # the desktop shows it: no pop-up behind its back
    dunstctl("close-all")
    qtbot.waitUntil(lambda: len(history()) == 1, timeout=5000)
    shown = history()[0]
    assert shown["appname"] == "SMS Desk"
    assert shown["summary"] == "Olivia Park"
    # dunst reads the body as markup: escaped, what it renders is the text as typed.
    assert shown["body"] == html.escape(hostile, quote=False)
    assert html.unescape(str(shown["body"])) == hostile
    assert shown["default_action_name"] == "default"


def test_a_burst_of_three_from_one_number_is_one_dunst_notification(qtbot, desk, demo_gateway):
    # One after the other, each shown before the next arrives.
    for count, text in enumerate(("One", "Two", "Three"), start=1):
        demo_gateway.inbound(OLIVIA, text)
        qtbot.waitUntil(lambda c=count: desk.notifier.shown == c, timeout=5000)
        qtbot.waitUntil(lambda: displayed() == 1, timeout=5000)
    qtbot.wait(500)  # the last Notify has been answered by now
    assert displayed() == 1
    dunstctl("close-all")
    qtbot.waitUntil(lambda: len(history()) >= 1, timeout=5000)
    assert len(history()) == 1
    assert history()[0]["body"] == "One\nTwo\nThree"
    assert history()[0]["summary"] == "Olivia Park (3 new messages)"


def test_mark_as_read_chosen_in_dunst_reads_the_conversation(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Hello")
    qtbot.waitUntil(lambda: displayed() == 1, timeout=5000)
    qtbot.waitUntil(lambda: desk.window.unread_conversations == 1, timeout=5000)
    choose("Mark as read")
    qtbot.waitUntil(lambda: desk.window.unread_conversations == 0, timeout=5000)
    assert desk.session.conversations.find(OLIVIA).unread_count == 0
    assert desk.window.conversation.conversation is None  # read, not opened
    qtbot.waitUntil(lambda: displayed() == 0, timeout=5000)


def test_open_chosen_in_dunst_shows_the_conversation(qtbot, desk, demo_gateway):
    desk.window.hide()
    demo_gateway.inbound(OLIVIA, "Hello")
    qtbot.waitUntil(lambda: displayed() == 1, timeout=5000)
    dunstctl("action", "0")  # dunst's own "do action": the default one, Open
    qtbot.waitUntil(lambda: desk.window.isVisible(), timeout=5000)
    view = desk.window.conversation
    qtbot.waitUntil(
        lambda: view.conversation is not None and view.conversation.peer_number == OLIVIA,
        timeout=5000,
    )


def test_reply_chosen_in_dunst_opens_the_reply_popup_with_the_keyboard(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Are you open?")
    qtbot.waitUntil(lambda: displayed() == 1, timeout=5000)
    choose("Reply")
    qtbot.waitUntil(lambda: not no_popups(desk), timeout=5000)
    popup = desk.popups.popups[0]
    qtbot.waitUntil(lambda: popup.editor.hasFocus(), timeout=5000)
    qtbot.keyClicks(popup.editor, "Yes, until 6 pm")
    qtbot.keyClick(popup.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)
    assert demo_gateway.sent()[0]["body"] == "Yes, until 6 pm"
    qtbot.waitUntil(lambda: displayed() == 0, timeout=5000)


def test_reading_the_conversation_in_the_window_closes_its_notification(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Hello")
    qtbot.waitUntil(lambda: displayed() == 1, timeout=5000)
    desk.window.open_conversation(desk.session.conversations.find(OLIVIA))
    qtbot.waitUntil(lambda: displayed() == 0, timeout=5000)


def test_with_the_popups_setting_dunst_shows_nothing(qtbot, make_desk, demo_gateway):
    desk = signed_in(qtbot, make_desk, notification_style=NOTIFY_POPUPS)
    qtbot.waitUntil(lambda: desk.notifier.desktop.available, timeout=10000)
    demo_gateway.inbound(OLIVIA, "Hello")
    qtbot.waitUntil(lambda: not no_popups(desk), timeout=5000)
    assert displayed() == 0

"""A message set aside because SMS Desk cannot tell whether it reached the carrier (a Telnyx
answer lost, no event within the wait), in the real window: the banner says just that and
what to do, and its Discard and Retry buttons work from the keyboard (and carry their words
for screen readers). Discard sends nothing; Retry sends it exactly once more."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.core.models import MessageStatus
from desktop.gateway.base import LookupUnavailable
from desktop.gateway.telnyx import TelnyxGateway
from desktop.store.outbox import UNKNOWN_IF_SENT
from tests.ui.test_main_window import message_rows, open_row
from tests.ui.windows import activate

PEER = "+14155550134"


def telnyx_sentence() -> str:
    gateway = TelnyxGateway(api_key="k", base_url="http://127.0.0.1:9", sender="+18445550001")
    try:
        gateway.find_outbound(PEER, datetime.now(UTC))
    except LookupUnavailable as err:
        return str(err)
    finally:
        gateway.close()
    raise AssertionError("Telnyx's find_outbound always raises")


def set_aside(main_window, demo_gateway, text: str):
    """A message whose answer was lost and which the wait has set aside, as the sync
    engine leaves it (claimed, then set aside; the gateway never got it)."""
    store = main_window.desk.store
    conversation = store.conversations.find(PEER)
    message = store.outbound.queue(conversation.id, text, desk_number=demo_gateway.phone_number)
    store.outbox.begin_send(message.id, datetime.now(UTC))
    assert store.outbox.set_aside_lost(message.id, 1, telnyx_sentence())
    return message


def press(qtbot, button: QPushButton) -> None:
    """Tab's way: the button has the focus, Space presses it."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_a_message_set_aside_says_so_and_discard_then_retry_work_by_keyboard(
    qtbot, main_window, demo_gateway
):
    demo_gateway.inbound(PEER, "Is my car ready?")
    chat_list = main_window.chat_list
    qtbot.waitUntil(lambda: chat_list.model().rowCount() == 1, timeout=5000)
    open_row(qtbot, chat_list, 0)
    activate(qtbot, main_window)
    dropped = set_aside(main_window, demo_gateway, "Your car is ready")
    banner = main_window.conversation.banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    sentence = telnyx_sentence()
    assert banner.text == sentence  # not "was not sent": SMS Desk cannot tell
    assert sentence.startswith("SMS Desk cannot tell whether this SMS reached Telnyx")
    shown = message_rows(main_window)[-1]
    assert shown.error_code == UNKNOWN_IF_SENT
    heard = main_window.conversation.model.spoken(shown)  # what a screen reader reads
    assert sentence in heard
    assert "not sent" not in heard.lower()

    buttons = {b.accessibleName(): b for b in banner.findChildren(QPushButton)}
    assert {name: b.text() for name, b in buttons.items()} == {
        "Retry": "Retry",
        "Discard": "Discard",
    }
    press(qtbot, buttons["Discard"])
    qtbot.waitUntil(
        lambda: message_rows(main_window)[-1].status is MessageStatus.CANCELLED, timeout=5000
    )
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=3000)
    assert main_window.desk.store.conversations.get_message(dropped.id).status is (
        MessageStatus.CANCELLED
    )

    kept = set_aside(main_window, demo_gateway, "Your invoice is attached")
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    press(qtbot, buttons["Retry"])
    qtbot.waitUntil(
        lambda: main_window.desk.store.conversations.get_message(kept.id).gateway_sid is not None,
        timeout=10000,
    )
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=3000)
    assert [m["body"] for m in demo_gateway.sent()] == ["Your invoice is attached"]


def test_the_bubble_s_menu_offers_retry_and_discard(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(PEER, "Is my car ready?")
    chat_list = main_window.chat_list
    qtbot.waitUntil(lambda: chat_list.model().rowCount() == 1, timeout=5000)
    open_row(qtbot, chat_list, 0)
    message = set_aside(main_window, demo_gateway, "Your car is ready")
    view = main_window.conversation.view
    qtbot.waitUntil(
        lambda: message_rows(main_window)[-1].status is MessageStatus.FAILED, timeout=5000
    )
    menu = view.context_menu_for(message_rows(main_window)[-1])
    actions = {a.text(): a for a in menu.actions()}
    assert {"Retry", "Discard"} <= set(actions)
    actions["Discard"].trigger()
    qtbot.waitUntil(
        lambda: (
            main_window.desk.store.conversations.get_message(message.id).status
            is MessageStatus.CANCELLED
        ),
        timeout=5000,
    )
    assert demo_gateway.sent() == []

"""Senders that are not phone numbers, as the desk shows them: a sender name ("ACME") is a
conversation of its own whose "Say something" box and pop-up Reply say why no reply can go; a
short code can be answered. The real worker polls the demo gateway over HTTP.
"""

from __future__ import annotations

import pytest

from desktop.core.models import MessageStatus
from desktop.ui.notifications.popups import MessagePopup

ACME_REFUSAL = (
    "ACME is a sender name, not a phone number: carriers don't deliver replies to it, "
    "so SMS Desk can't send it a message."
)


def open_chat(qtbot, window, demo_gateway, sender, text, stored_as):
    demo_gateway.inbound(sender, text)
    qtbot.waitUntil(lambda: window.chat_model.find(stored_as) is not None, timeout=5000)
    window.open_conversation(window.chat_model.find(stored_as))
    return window.conversation


def test_a_sender_name_is_a_conversation_that_says_why_no_reply_can_go(
    qtbot, main_window, demo_gateway
):
    conversation = open_chat(
        qtbot, main_window, demo_gateway, "ACME", "Your code is 123456", "ACME"
    )

    assert conversation.header._title.text() == "ACME"
    assert conversation.header._subtitle.text() == "Sender name: replies can't be delivered"
    assert conversation.opt_out_banner.text == ACME_REFUSAL
    assert not conversation.editor.isEnabled()
    assert conversation.editor.placeholderText() == "Replies to a sender name can't be delivered"
    assert conversation.editor.toolTip() == ACME_REFUSAL
    assert not conversation.send_button.isEnabled()
    conversation.editor.setPlainText("Thanks")  # (as a paste would, the box being disabled)
    conversation.send()
    qtbot.wait(300)  # nothing must be sent
    assert demo_gateway.sent() == []


def test_a_short_code_can_be_answered(qtbot, main_window, demo_gateway):
    conversation = open_chat(
        qtbot, main_window, demo_gateway, "726-84", "Reply YES to confirm", "72684"
    )

    assert conversation.header._title.text() == "72684"
    assert conversation.header._subtitle.text() == "Short code"
    assert conversation.opt_out_banner.isHidden()
    conversation.editor.setPlainText("YES")
    conversation.send()
    # Handed to the gateway (whether it can send to short codes is the gateway's to say:
    # the demo, like many, refuses with a reason).
    store = main_window.desk.session
    shown = conversation.conversation

    def attempted() -> bool:
        sent = [m for m in store.conversations.messages(shown.id) if m.body == "YES"]
        return bool(sent) and sent[0].status is not MessageStatus.QUEUED

    qtbot.waitUntil(attempted, timeout=5000)


@pytest.fixture
def tray_desk(make_tray_desk):
    desk = make_tray_desk(popup_seconds=30)
    desk.window.hide()  # in the tray: pop-ups show
    return desk


def test_the_popup_of_a_sender_name_offers_no_reply(qtbot, tray_desk, demo_gateway):
    demo_gateway.inbound("ACME", "Your parcel is on its way")

    def popup() -> MessagePopup | None:
        return next(
            (
                p
                for p in tray_desk.popups.popups
                if isinstance(p, MessagePopup) and p.conversation.peer_number == "ACME"
            ),
            None,
        )

    qtbot.waitUntil(lambda: popup() is not None, timeout=5000)
    shown = popup()
    assert not shown.reply_button.isEnabled()
    assert shown.reply_button.toolTip() == ACME_REFUSAL
    assert shown.blocked.text() == ACME_REFUSAL
    assert shown.blocked.accessibleDescription() == "Can't reply"

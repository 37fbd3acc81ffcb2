"""Telnyx from the real settings dialog and desk: its form is built from its registered
fields (with the sentence that inbound SMS needs a relay), Test connection and Save talk to a
fake Telnyx on 127.0.0.1, and the desk then sends through it and shows the ticks."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from desktop.core.models import MessageStatus
from desktop.system.credentials import SERVICE
from tests.fake_telnyx import API_KEY, DESK, PROFILE_ID, FakeTelnyx
from tests.ui.windows import activate

PEER = "+13125550147"
RELAY_NOTE = (
    "Telnyx hands over incoming SMS only by webhook: this desk sends through Telnyx, but "
    "receives SMS only through an SMS Desk relay."
)


@pytest.fixture
def telnyx() -> Iterator[FakeTelnyx]:
    with FakeTelnyx() as server:
        yield server


@pytest.fixture
def desk(qtbot, make_desk):
    desk = make_desk(fixed_gateway=False)
    desk.start_session(desk.accounts.create_first_admin("101", "Anna Smith", "correct horse 42"))
    qtbot.waitExposed(desk.window)
    return desk


def shown(dialog, kind, name):
    """The visible widget of ``kind`` named ``name`` (Twilio's hidden form has one too)."""
    found = [w for w in dialog.findChildren(kind) if w.accessibleName() == name and w.isVisible()]
    assert len(found) == 1, (name, len(found))
    return found[0]


def first(dialog, kind, name):
    """The first widget of ``kind`` named ``name``, shown or not."""
    return next(w for w in dialog.findChildren(kind) if w.accessibleName() == name)


def open_settings(qtbot, desk):
    desk.open_settings()
    qtbot.waitUntil(lambda: desk.settings_dialog is not None, timeout=3000)
    dialog = desk.settings_dialog
    qtbot.waitExposed(dialog)
    return dialog


def choose_telnyx(qtbot, dialog, **typed: str) -> None:
    combo = shown(dialog, QComboBox, "Gateway")
    combo.setCurrentIndex(combo.findText("Telnyx"))
    for name, value in typed.items():
        box = shown(dialog, QLineEdit, name)
        box.clear()
        qtbot.keyClicks(box, value)


def test_the_telnyx_form_is_built_from_its_fields_and_says_inbound_needs_a_relay(qtbot, desk):
    dialog = open_settings(qtbot, desk)
    assert not first(dialog, QLineEdit, "API key").isVisible()  # the demo gateway's (empty) form
    choose_telnyx(qtbot, dialog)
    for name in (
        "API address",
        "API key",
        "From number or sender ID",
        "Messaging profile ID",
        "Desk number",
    ):
        shown(dialog, QLineEdit, name)
    assert not first(dialog, QLineEdit, "Account SID").isVisible()
    key = shown(dialog, QLineEdit, "API key")
    assert key.echoMode() is QLineEdit.EchoMode.Password
    assert key.placeholderText() == "kept in your system keyring"
    address = shown(dialog, QLineEdit, "API address")
    assert address.placeholderText() == "https://api.telnyx.com"
    # The sentence under the carrier: seen, and heard with the address box.
    assert next(lab for lab in dialog.findChildren(QLabel) if lab.text() == RELAY_NOTE).isVisible()
    assert address.accessibleDescription() == RELAY_NOTE
    captions = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert captions["From number or sender ID"] is shown(
        dialog, QLineEdit, "From number or sender ID"
    )

    choose_telnyx(qtbot, dialog, **{"API key": API_KEY, "From number or sender ID": "ACME"})
    qtbot.mouseClick(shown(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert dialog.problem_text.startswith(
        "A sender ID (a name instead of a number) needs the Messaging profile ID"
    )
    assert not desk.paths.settings_file.exists()


def test_the_relay_note_goes_while_a_relay_is_typed_and_comes_back_when_cleared(qtbot, desk):
    dialog = open_settings(qtbot, desk)
    activate(qtbot, dialog)
    choose_telnyx(qtbot, dialog)
    note = next(lab for lab in dialog.findChildren(QLabel) if lab.text() == RELAY_NOTE)
    address = shown(dialog, QLineEdit, "API address")
    relay = shown(dialog, QLineEdit, "SMS Desk relay")
    assert note.isVisible()
    relay.setFocus()
    qtbot.keyClicks(relay, "https://sms-relay.example.com")
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=2000)  # live, as the user types
    assert address.accessibleDescription() == ""
    relay.selectAll()
    qtbot.keyClick(relay, Qt.Key.Key_Backspace)
    qtbot.waitUntil(note.isVisible, timeout=2000)
    assert address.accessibleDescription() == RELAY_NOTE
    dialog.close()


def test_test_connection_save_and_a_send_go_through_telnyx(qtbot, desk, telnyx, memory_keyring):
    dialog = open_settings(qtbot, desk)
    choose_telnyx(
        qtbot,
        dialog,
        **{
            "API address": telnyx.url,
            "API key": API_KEY,
            "From number or sender ID": DESK,
            "Messaging profile ID": PROFILE_ID,
        },
    )
    qtbot.mouseClick(shown(dialog, QPushButton, "Test connection"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_text.startswith("Connected"), timeout=5000)
    assert dialog.test_text == "Connected: the gateway accepted “Front desk”."
    assert telnyx.seen[-1].path == f"/v2/messaging_profiles/{PROFILE_ID}"

    qtbot.mouseClick(shown(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.settings_dialog is None, timeout=5000)
    text = desk.paths.settings_file.read_text()
    saved = json.loads(text)
    assert saved["gateway"] == "telnyx"
    assert {k: v for k, v in saved["gateway_values"].items() if k.startswith("telnyx_")} == {
        "telnyx_api_url": telnyx.url,
        "telnyx_from": DESK,
        "telnyx_messaging_profile_id": PROFILE_ID,
    }  # the Desk number left empty is not written
    assert API_KEY not in text
    assert memory_keyring.secrets[(SERVICE, "gateway:telnyx:telnyx_api_key")] == API_KEY
    qtbot.waitUntil(lambda: desk.gateway.number == DESK, timeout=5000)

    # A message to a customer goes out through Telnyx, once, and shows its ticks.
    window = desk.window
    activate(qtbot, window)
    conversation = desk.session.conversations.open(PEER)
    window.open_conversation(conversation)
    model = window.conversation.model
    qtbot.waitUntil(lambda: not model.loading, timeout=3000)
    window.conversation.editor.setPlainText("Your order is ready")
    window.conversation.send()
    qtbot.waitUntil(lambda: len(telnyx.posted()) == 1, timeout=8000)
    assert telnyx.posted()[0] == {
        "to": PEER,
        "from": DESK,
        "messaging_profile_id": PROFILE_ID,
        "text": "Your order is ready",
    }
    assert telnyx.seen[-1].headers["authorization"] == f"Bearer {API_KEY}"
    qtbot.waitUntil(lambda: model.message_at(0).status is MessageStatus.SENT, timeout=5000)
    [sid] = telnyx.messages
    telnyx.set_status(sid, "delivered")
    qtbot.waitUntil(lambda: model.message_at(0).status is MessageStatus.DELIVERED, timeout=8000)
    assert len(telnyx.posted()) == 1

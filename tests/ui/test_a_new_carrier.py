"""A carrier registered by a test (tests/fake_carrier.py: one module, one registration) gets
its form in the settings dialog, its gateway from the desk's factory, and its status words
read by the sync engine, with nothing else changed."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from desktop.core.models import MessageStatus
from desktop.system.credentials import SERVICE
from tests.fake_carrier import PIGEON_LABEL, with_pigeons

PEER = "+13125550147"
RING = "+14155550123"
KEY = "seed-corn"


@pytest.fixture
def pigeon_desk(qtbot, make_desk):
    carriers, pigeon = with_pigeons()
    desk = make_desk(fixed_gateway=False, carriers=carriers)
    desk.start_session(desk.accounts.create_first_admin("101", "Anna Smith", "correct horse 42"))
    qtbot.waitExposed(desk.window)
    return desk, pigeon


def named(dialog, kind, name):
    return next(w for w in dialog.findChildren(kind) if w.accessibleName() == name)


def open_settings(qtbot, desk):
    desk.open_settings()
    qtbot.waitUntil(lambda: desk.settings_dialog is not None, timeout=3000)
    dialog = desk.settings_dialog
    qtbot.waitExposed(dialog)
    return dialog


def choose_pigeons(qtbot, dialog, loft, ring, key=KEY):
    combo = named(dialog, QComboBox, "Gateway")
    combo.setCurrentIndex(combo.findText(PIGEON_LABEL))
    for name, value in (("Loft address", loft), ("Pigeon key", key), ("Ring number", ring)):
        box = named(dialog, QLineEdit, name)
        box.clear()
        qtbot.keyClicks(box, value)


def test_the_settings_dialog_builds_the_new_carriers_form_from_its_fields(qtbot, pigeon_desk):
    desk, _pigeon = pigeon_desk
    dialog = open_settings(qtbot, desk)
    loft = named(dialog, QLineEdit, "Loft address")
    key = named(dialog, QLineEdit, "Pigeon key")
    assert not loft.isVisible()  # the demo gateway is chosen: its (empty) form shows
    assert not named(dialog, QLineEdit, "API address").isVisible()

    combo = named(dialog, QComboBox, "Gateway")
    combo.setCurrentIndex(combo.findText(PIGEON_LABEL))
    assert loft.isVisible()
    assert key.isVisible()
    assert not named(dialog, QLineEdit, "Account SID").isVisible()
    assert loft.placeholderText() == "loft://…"
    assert key.echoMode() is QLineEdit.EchoMode.Password
    captions = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert captions["Ring number"] is named(dialog, QLineEdit, "Ring number")
    # It fetches pictures from a public address (the default), so those rows show too.
    assert named(dialog, QLineEdit, "Public media URL base").isVisible()

    choose_pigeons(qtbot, dialog, "https://loft.example", "4155550123")
    _settings, problems = dialog.collect()
    assert "The loft address starts with loft://." in problems
    assert any(p.startswith("Ring number: ") for p in problems)
    qtbot.mouseClick(named(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert "The loft address starts with loft://." in dialog.problem_text
    assert not desk.paths.settings_file.exists()
    dialog.close()


def test_a_new_carrier_is_saved_built_by_the_factory_and_read_in_its_own_terms(
    qtbot, pigeon_desk, memory_keyring
):
    desk, pigeon = pigeon_desk
    dialog = open_settings(qtbot, desk)
    choose_pigeons(qtbot, dialog, "loft://roof", RING)
    qtbot.mouseClick(named(dialog, QPushButton, "Test connection"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_text.startswith("Connected"), timeout=5000)
    assert "Loft 1" in dialog.test_text
    qtbot.mouseClick(named(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.settings_dialog is None, timeout=5000)

    # Its values in settings.json, its secret in the keyring only (under its own entry).
    text = desk.paths.settings_file.read_text()
    saved = json.loads(text)
    assert saved["gateway"] == "pigeon"
    pigeon_values = {k: saved["gateway_values"][k] for k in ("loft_address", "ring_number")}
    assert pigeon_values == {"loft_address": "loft://roof", "ring_number": RING}
    assert KEY not in text
    assert memory_keyring.secrets[(SERVICE, "gateway:pigeon:pigeon_key")] == KEY

    # The desk reconnected through the factory: the pigeon gateway, with the sync thread's
    # cancellable session.
    qtbot.waitUntil(lambda: len(pigeon.built) >= 2, timeout=5000)  # Test connection, then sync
    gateway, options = pigeon.built[-1]
    assert type(options.session).__name__ == "CancellableSession"
    assert desk.gateway.number == RING

    # Inbound, a reply, and its status words read in the pigeon's terms.
    gateway.arrive(PEER, "Coo?")
    window = desk.window
    qtbot.waitUntil(lambda: window.chat_model.find(PEER) is not None, timeout=8000)
    window.open_conversation(window.chat_model.find(PEER))
    model = window.conversation.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading, timeout=3000)
    window.conversation.editor.setPlainText("Coo.")
    window.conversation.send()
    qtbot.waitUntil(lambda: len(gateway.sent) == 1, timeout=8000)
    assert (gateway.sent[0].to_number, gateway.sent[0].from_number) == (PEER, RING)
    qtbot.waitUntil(lambda: model.message_at(1).status is MessageStatus.SENT, timeout=5000)
    gateway.land_all()  # "landed" is DELIVERED to pigeons, an unknown word to Twilio
    qtbot.waitUntil(lambda: model.message_at(1).status is MessageStatus.DELIVERED, timeout=5000)

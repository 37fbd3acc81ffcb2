"""After a full session — first account, Remember me, a gateway token typed into Settings,
messages both ways, a failure logged, sign out — no secret is in any file SMS Desk wrote
(database, settings, logs) nor in anything printed."""

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from desktop.accounts.remembered import TOKEN_PREFIX
from desktop.core.models import MessageStatus
from desktop.gateway.twilio_carrier import TWILIO_LABEL
from desktop.system.credentials import SERVICE
from desktop.system.logs import configure_logging

PASSWORD = "Tr0ub4dor&3-horse"
PEER = "+13125550147"  # not one of the demo contacts, who greet the desk


@pytest.fixture
def app_logging(make_desk, monkeypatch):
    """Logging configured as the app does it, into the test's home; undone afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    root = logging.getLogger("smsdesk")
    before = list(root.handlers), root.level
    make_desk.paths.ensure()
    configure_logging(make_desk.paths.log_dir, verbose=True)
    yield
    for handler in list(root.handlers):
        if handler not in before[0]:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(before[1])


def named(widget, kind, name):
    return next(w for w in widget.findChildren(kind) if w.accessibleName() == name)


def test_no_secret_in_files_or_output_after_a_full_session(
    qtbot, make_desk, other_gateway, capfd, caplog, app_logging, memory_keyring
):
    token = other_gateway.auth_token
    paths = make_desk.paths
    caplog.set_level(logging.DEBUG, logger="smsdesk")
    desk = make_desk(fixed_gateway=False)

    # First run: create the account, with Remember me.
    desk.begin()
    qtbot.waitUntil(lambda: desk.login is not None and desk.login.isVisible(), timeout=5000)
    dialog = desk.login
    for name, value in (
        ("Extension", "101"),
        ("Your name", "Anna Smith"),
        ("Password", PASSWORD),
        ("Repeat password", PASSWORD),
    ):
        qtbot.keyClicks(named(dialog, QLineEdit, name), value)
    dialog.remember.setChecked(True)
    qtbot.mouseClick(named(dialog, QPushButton, "Create account"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.window is not None, timeout=8000)
    # What Remember me keeps in the keyring: a token, as secret as the password.
    key = (SERVICE, f"user:{desk.accounts.database_id()}:101")
    qtbot.waitUntil(lambda: key in memory_keyring.secrets, timeout=5000)
    remembered = memory_keyring.secrets[key]

    # Point the desk at another gateway, typing its token.
    desk.open_settings()
    settings = desk.settings_dialog
    combo = named(settings, QComboBox, "Gateway")
    combo.setCurrentIndex(combo.findText(TWILIO_LABEL))
    for name, value in (
        ("API address", other_gateway.base_url),
        ("Account SID", other_gateway.account_sid),
        ("Auth token", token),
        ("From number", other_gateway.phone_number),
    ):
        box = named(settings, QLineEdit, name)
        box.clear()
        qtbot.keyClicks(box, value)
    qtbot.mouseClick(named(settings, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.settings_dialog is None, timeout=5000)

    # Messages both ways.
    other_gateway.inbound(PEER, "Hi there")
    window = desk.window
    qtbot.waitUntil(lambda: window.chat_model.find(PEER) is not None, timeout=8000)
    window.open_conversation(window.chat_model.find(PEER))
    qtbot.waitUntil(lambda: window.conversation.model.rowCount() == 1, timeout=3000)
    window.conversation.editor.setPlainText("Hello back")
    window.conversation.send()
    model = window.conversation.model
    qtbot.waitUntil(
        lambda: model.rowCount() == 2 and model.message_at(1).status is MessageStatus.DELIVERED,
        timeout=8000,
    )

    # Code that logs a secret by mistake, with it in an exception too, is still redacted.
    log = logging.getLogger("smsdesk.test")
    try:
        raise RuntimeError(f"request with token {token} failed")
    except RuntimeError:
        log.exception("oops: %s / %s", token, PASSWORD)

    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: desk.login is not None and desk.login.isVisible(), timeout=5000)
    desk.shutdown()
    for handler in logging.getLogger("smsdesk").handlers:
        handler.flush()

    written = [p for p in paths.data_dir.parent.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in written)
    assert any(p.name == "settings.json" for p in written)
    assert any(p.name.endswith(".sqlite3") for p in written)
    log_text = "".join(p.read_text(errors="replace") for p in written if ".log" in p.name)
    assert "oops" in log_text
    assert "[redacted]" in log_text
    for secret in (PASSWORD, token, remembered, remembered.removeprefix(TOKEN_PREFIX)):
        for path in written:
            assert secret.encode() not in path.read_bytes(), f"{secret!r} found in {path}"
        out, err = capfd.readouterr()
        assert secret not in out + err
        assert all(secret not in record.getMessage() for record in caplog.records)

"""The settings dialog: switching to another Twilio-compatible gateway, Test connection,
secrets in the keyring only, and clear refusals."""

import json

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from desktop.core.models import MessageStatus
from desktop.gateway.twilio_carrier import TWILIO_LABEL
from desktop.system.credentials import SERVICE, CredentialStore

PEER = "+13125550147"  # not one of the demo contacts, who greet the desk


@pytest.fixture
def desk(qtbot, make_desk):
    desk = make_desk(fixed_gateway=False)
    user = desk.accounts.create_first_admin("101", "Anna Smith", "correct horse 42")
    desk.start_session(user)
    qtbot.waitExposed(desk.window)
    return desk


def open_settings(qtbot, desk):
    qtbot.waitExposed(desk.window)
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window, timeout=3000)
    qtbot.keySequence(desk.window, QKeySequence("Ctrl+,"))
    qtbot.waitUntil(lambda: desk.settings_dialog is not None, timeout=3000)
    dialog = desk.settings_dialog
    qtbot.waitExposed(dialog)
    return dialog


def named(dialog, kind, name):
    return next(w for w in dialog.findChildren(kind) if w.accessibleName() == name)


def fill_twilio(qtbot, dialog, gateway, token):
    combo = named(dialog, QComboBox, "Gateway")
    combo.setCurrentIndex(combo.findText(TWILIO_LABEL))
    for name, value in (
        ("API address", gateway.base_url),
        ("Account SID", gateway.account_sid),
        ("Auth token", token),
        ("From number", gateway.phone_number),
    ):
        box = named(dialog, QLineEdit, name)
        box.clear()
        qtbot.keyClicks(box, value)


def test_switching_to_another_twilio_compatible_endpoint(
    qtbot, desk, other_gateway, memory_keyring
):
    dialog = open_settings(qtbot, desk)
    fill_twilio(qtbot, dialog, other_gateway, other_gateway.auth_token)
    qtbot.mouseClick(named(dialog, QPushButton, "Test connection"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_text.startswith("Connected"), timeout=5000)
    qtbot.mouseClick(named(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.settings_dialog is None, timeout=5000)

    saved = json.loads(desk.paths.settings_file.read_text())
    assert saved["gateway"] == "twilio"
    assert saved["account_sid"] == other_gateway.account_sid
    assert other_gateway.auth_token not in desk.paths.settings_file.read_text()
    key = (SERVICE, f"gateway:{other_gateway.account_sid}")
    assert memory_keyring.secrets[key] == other_gateway.auth_token

    # The desk now syncs with the other endpoint.
    other_gateway.inbound(PEER, "Hello from the other gateway")
    window = desk.window
    qtbot.waitUntil(lambda: window.chat_model.find(PEER) is not None, timeout=8000)
    window.open_conversation(window.chat_model.find(PEER))
    model = window.conversation.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading, timeout=3000)
    window.conversation.editor.setPlainText("Got it")
    window.conversation.send()
    qtbot.waitUntil(lambda: len(other_gateway.sent()) == 1, timeout=8000)
    sent = other_gateway.sent()[0]
    assert (sent["to"], sent["from"], sent["body"]) == (PEER, "+14155550199", "Got it")
    qtbot.waitUntil(lambda: model.message_at(1).status is MessageStatus.DELIVERED, timeout=5000)


def test_test_connection_says_what_is_wrong_with_a_bad_token(qtbot, desk, other_gateway):
    dialog = open_settings(qtbot, desk)
    fill_twilio(qtbot, dialog, other_gateway, "0" * 32)
    qtbot.mouseClick(named(dialog, QPushButton, "Test connection"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused" in dialog.test_text, timeout=5000)
    assert "Account SID or auth token" in dialog.test_text
    assert "0" * 32 not in dialog.test_text


def test_an_unreachable_gateway_is_reported_in_words(qtbot, desk, other_gateway):
    dialog = open_settings(qtbot, desk)
    fill_twilio(qtbot, dialog, other_gateway, other_gateway.auth_token)
    other_gateway.go_down()
    qtbot.mouseClick(named(dialog, QPushButton, "Test connection"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Can't reach" in dialog.test_text, timeout=8000)


def test_plain_http_to_another_host_is_refused(qtbot, desk, other_gateway):
    dialog = open_settings(qtbot, desk)
    fill_twilio(qtbot, dialog, other_gateway, other_gateway.auth_token)
    box = named(dialog, QLineEdit, "API address")
    box.setText("http://sms.example.com")
    qtbot.mouseClick(named(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert "https://" in dialog.problem_text
    assert desk.settings_dialog is dialog  # still open, nothing saved
    assert not desk.paths.settings_file.exists()


def test_a_token_is_never_saved_without_a_secure_keyring(qtbot, make_desk, other_gateway):
    desk = make_desk(
        credentials=CredentialStore(keyring.backends.fail.Keyring()), fixed_gateway=False
    )
    desk.start_session(desk.accounts.create_first_admin("101", "Anna", "correct horse 42"))
    dialog = open_settings(qtbot, desk)
    assert dialog.keyring_warning.isVisible()
    fill_twilio(qtbot, dialog, other_gateway, other_gateway.auth_token)
    qtbot.mouseClick(named(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was saved" in dialog.problem_text, timeout=5000)
    for path in desk.paths.data_dir.parent.rglob("*"):
        if path.is_file():
            assert other_gateway.auth_token.encode() not in path.read_bytes(), path


def test_the_public_media_address_is_set_with_its_folder(qtbot, desk, other_gateway, tmp_path):
    dialog = open_settings(qtbot, desk)
    fill_twilio(qtbot, dialog, other_gateway, other_gateway.auth_token)
    base = named(dialog, QLineEdit, "Public media URL base")
    folder = named(dialog, QLineEdit, "Folder published at that address")
    qtbot.keyClicks(base, "https://pics.example.com/sms/")
    _settings, problems = dialog.collect()
    assert any("fill in both the Public media URL base and the folder" in p for p in problems)

    qtbot.keyClicks(folder, str(tmp_path / "public"))
    settings, problems = dialog.collect()
    assert problems == []
    assert (settings.picture_url_base, settings.picture_folder) == (
        "https://pics.example.com/sms/",
        str(tmp_path / "public"),
    )
    base.clear()
    qtbot.keyClicks(base, "http://pics.example.com/")
    assert any("must start with https://" in p for p in dialog.collect()[1])
    dialog.close()


def test_show_notifications_as_chooses_the_desktops_or_smsdesk_popups(qtbot, desk):
    dialog = open_settings(qtbot, desk)
    choice = named(dialog, QComboBox, "Show notifications as")
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "The desktop's notifications",
        "SMS Desk pop-ups",
    ]
    assert choice.currentText() == "The desktop's notifications"  # the default
    choice.setCurrentIndex(choice.findText("SMS Desk pop-ups"))
    settings, problems = dialog.collect()
    assert problems == []
    assert settings.notification_style == "popups"
    dialog.close()


def test_spin_boxes_and_time_fields_keep_their_text_clear_of_the_focus_ring(qtbot, desk):
    dialog = open_settings(qtbot, desk)
    boxes = dialog.findChildren(QAbstractSpinBox)
    assert len(boxes) >= 4  # check every, pop-ups close after, from, until
    for box in boxes:
        editor = box.findChild(QLineEdit)
        assert editor.textMargins().left() >= 4  # the 2 px ring and air, box.accessibleName()


def test_the_dialog_opens_no_larger_than_its_screen(qtbot, desk):
    dialog = open_settings(qtbot, desk)
    available = dialog.screen().availableGeometry()
    # As at 144 dpi on a 1280x800 screen, where its 620 px are 930: taller than the screen.
    dialog.hide()
    dialog.resize(640, available.height() + 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() < available.height()
    assert available.contains(dialog.geometry())


def test_the_language_is_chosen_among_the_shipped_ones_each_named_in_itself(qtbot, desk):
    dialog = open_settings(qtbot, desk)
    language = named(dialog, QComboBox, "Language")
    names = [language.itemText(i) for i in range(language.count())]
    assert names[0].startswith("Same as the computer (")
    assert names[1:] == ["English", "Deutsch", "Français", "Español", "Italiano", "Nederlands"]
    assert "next time SMS Desk starts" in " ".join(
        label.text() for label in dialog.findChildren(QLabel)
    )
    language.setCurrentIndex(language.findText("Deutsch"))
    qtbot.mouseClick(named(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.settings_dialog is None, timeout=5000)
    assert json.loads(desk.paths.settings_file.read_text())["language"] == "de"
    assert desk.settings.language == "de"


def _wheel(widget, steps: int) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 * steps),  # towards the user: down the page, a spin box's value down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_settings_and_changes_a_value_only_once_focused(qtbot, desk):
    dialog = open_settings(qtbot, desk)
    dialog.resize(dialog.width(), 420)  # the form scrolls
    popup = named(dialog, QSpinBox, "Pop-ups close after")
    region = named(dialog, QComboBox, "Default country")
    scroll = dialog._scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0, timeout=3000)
    seconds, country, top = popup.value(), region.currentIndex(), scroll.value()

    _wheel(popup, 2)
    _wheel(region, 2)
    assert (popup.value(), region.currentIndex()) == (seconds, country)  # values untouched
    assert scroll.value() > top  # the page scrolled instead
    assert not popup.hasFocus()

    popup.setFocus()
    qtbot.waitUntil(popup.hasFocus, timeout=3000)
    _wheel(popup, 2)
    assert popup.value() != seconds  # focused: the wheel is the box's

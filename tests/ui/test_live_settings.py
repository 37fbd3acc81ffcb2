"""Settings are one object that announces changes: what the Settings dialog saves, or Do not
disturb switched in the tray or menu, reaches every widget that depends on it, saved once,
and no widget goes on with the values it was built with."""

import json
import stat

import pytest
from PySide6.QtCore import QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPushButton, QSpinBox

import desktop.ui.dialogs.settings_dialog
import desktop.ui.session.live_settings
from desktop.config.settings import Settings
from desktop.core.models import (
    Conversation,
    ConversationId,
    Direction,
    Message,
    MessageId,
    MessageKind,
    MessageStatus,
    utcnow,
)
from desktop.ui.notifications.popup_stack import PopupStack
from desktop.ui.notifications.tray import Tray
from desktop.ui.session.live_settings import LiveSettings

OLIVIA = "+14155550134"  # a demo contact


@pytest.fixture
def saves(monkeypatch):
    """Every write of the settings file, by whoever writes it."""
    written = []
    for module in (desktop.ui.session.live_settings, desktop.ui.dialogs.settings_dialog):
        real = module.save_settings

        def save(path, settings, real=real):
            written.append(settings)
            real(path, settings)

        monkeypatch.setattr(module, "save_settings", save)
    return written


def named(dialog, kind, name):
    return next(w for w in dialog.findChildren(kind) if w.accessibleName() == name)


def open_settings(qtbot, desk):
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window, timeout=3000)
    qtbot.keySequence(desk.window, QKeySequence("Ctrl+,"))
    qtbot.waitUntil(lambda: desk.settings_dialog is not None, timeout=3000)
    qtbot.waitExposed(desk.settings_dialog)
    return desk.settings_dialog


def save(qtbot, desk, dialog):
    named(dialog, QPushButton, "Save").click()
    qtbot.waitUntil(lambda: desk.settings_dialog is None, timeout=5000)


def conversation(number: str) -> Conversation:
    return Conversation(
        id=ConversationId(7), peer_number=number, last_activity_at=utcnow(), unread_count=1
    )


def inbound(text: str) -> Message:
    return Message(
        id=MessageId(70),
        conversation_id=ConversationId(7),
        direction=Direction.INBOUND,
        body=text,
        status=MessageStatus.RECEIVED,
        created_at=utcnow(),
        kind=MessageKind.SMS,
    )


def test_what_the_settings_dialog_saves_reaches_every_widget_saved_once(
    qtbot, make_tray_desk, demo_gateway, saves, tmp_path
):
    desk = make_tray_desk(popup_seconds=8)
    window, popups = desk.window, desk.popups
    demo_gateway.inbound(OLIVIA, "Hi, is my order ready?")
    qtbot.waitUntil(lambda: window.chat_model.find(OLIVIA) is not None, timeout=5000)
    window.open_conversation(window.chat_model.find(OLIVIA))
    record = tmp_path / "called.txt"
    script = tmp_path / "softphone"
    script.write_text(f'#!/bin/sh\necho "$1" > {record}\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)

    dialog = open_settings(qtbot, desk)
    region = named(dialog, QComboBox, "Default country")
    region.setCurrentIndex(region.findData("GB"))
    named(dialog, QSpinBox, "Pop-ups close after").setValue(45)
    named(dialog, QLineEdit, "Call with").setText(f"{script} {{number}}")
    quiet = next(
        c for c in dialog.findChildren(QCheckBox) if c.accessibleName().startswith("Ask before")
    )
    quiet.setChecked(True)
    dialog.quiet_start.setTime(QTime(9, 30))
    save(qtbot, desk, dialog)

    assert len(saves) == 1  # by the dialog, after the keyring; nobody writes it again
    on_disk = json.loads(desk.paths.settings_file.read_text())
    assert (on_disk["default_region"], on_disk["popup_seconds"]) == ("GB", 45)
    # The window and its chat list format numbers for the new country...
    index = window.chat_model.index(window.chat_model.row_of(window.chat_model.find(OLIVIA).id))
    assert index.data() == "+1 415-555-0134"
    # ...the conversation asks quiet hours as saved...
    assert window.conversation.quiet_hours()[0]
    assert window.conversation.quiet_hours()[1] == QTime(9, 30).toPython()
    # ...Call runs the new command...
    window.call(window.chat_model.find(OLIVIA))
    qtbot.waitUntil(lambda: record.exists() and record.read_text().endswith("\n"), timeout=5000)
    assert record.read_text().strip() == OLIVIA
    # ...and the next pop-up stays the new time, with the number as read from Britain.
    popups.close_all()
    popup = popups.show_messages(conversation(OLIVIA), [inbound("Hello again")])
    assert popup._timer.interval() == 45_000
    assert popup._region == "GB"
    assert popup.quiet_hours()[0]


def test_do_not_disturb_from_the_tray_reaches_menu_popups_and_notifier_saved_once(
    qtbot, make_tray_desk, demo_gateway, saves
):
    desk = make_tray_desk(popup_seconds=30)
    demo_gateway.inbound(OLIVIA, "Hello")
    qtbot.waitUntil(lambda: len(desk.popups.popups) == 1, timeout=5000)

    desk.tray.dnd_action.trigger()

    assert desk.window.dnd_action.isChecked()
    assert desk.popups.popups == []  # switching it on closes what was shown
    assert desk.settings.do_not_disturb
    assert [s.do_not_disturb for s in saves] == [True]
    assert json.loads(desk.paths.settings_file.read_text())["do_not_disturb"]
    desk.window.dnd_action.trigger()  # off again, from the File menu
    assert not desk.tray.dnd_action.isChecked()
    assert [s.do_not_disturb for s in saves] == [True, False]


def test_a_dialog_save_keeps_do_not_disturb_switched_while_it_was_open(
    qtbot, make_tray_desk, saves
):
    desk = make_tray_desk(popup_seconds=30)
    dialog = open_settings(qtbot, desk)
    desk.tray.dnd_action.trigger()  # while the dialog is open
    region = named(dialog, QComboBox, "Default country")
    region.setCurrentIndex(region.findData("GB"))
    save(qtbot, desk, dialog)

    assert desk.settings.do_not_disturb
    assert desk.settings.default_region == "GB"
    assert desk.tray.dnd_action.isChecked()
    assert desk.window.dnd_action.isChecked()
    on_disk = json.loads(desk.paths.settings_file.read_text())
    assert on_disk["do_not_disturb"]
    assert on_disk["default_region"] == "GB"


def test_widgets_follow_the_settings_without_a_desk(qtbot, tmp_path):
    """No desk in between: the tray and pop-ups read and follow the live settings alone."""
    live = LiveSettings(Settings(default_region="US", popup_seconds=10), tmp_path / "s.json")
    tray = Tray(live, available=False)
    popups = PopupStack(live)
    first = popups.show_messages(conversation(OLIVIA), [inbound("one")])
    assert first._timer.interval() == 10_000

    live.update(popup_seconds=20, default_region="DE")
    popups.close_all()
    later = popups.show_messages(conversation(OLIVIA), [inbound("two")])
    assert later._timer.interval() == 20_000  # not the 10 s it was built with
    assert later._region == "DE"

    live.update(do_not_disturb=True)
    assert tray.dnd_action.isChecked()
    assert "Do not disturb" in tray.tooltip
    assert popups.popups == []
    assert json.loads((tmp_path / "s.json").read_text())["do_not_disturb"]


def test_an_unchanged_value_is_neither_saved_nor_announced(qtbot, tmp_path):
    live = LiveSettings(Settings(sound=True), tmp_path / "s.json")
    announced = []
    live.changed.connect(lambda settings, fields: announced.append(fields))
    live.update(sound=True)
    assert announced == []
    assert not (tmp_path / "s.json").exists()
    live.update(sound=False, popup_seconds=12)
    assert announced == [frozenset({"sound", "popup_seconds"})]

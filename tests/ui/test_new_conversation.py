"""New SMS → New conversation → Start Chat, with the E.164 prompt that explains itself."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from desktop.core.models import ContactDraft

OLIVIA = "+14155550134"


def named(widget, kind, name):
    return next(w for w in widget.findChildren(kind) if w.accessibleName() == name)


@pytest.fixture
def dialog(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=3000)
    qtbot.mouseClick(named(main_window, QPushButton, "New SMS"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(main_window, "new_dialog", None) is not None, timeout=2000)
    dialog = main_window.new_dialog
    qtbot.waitExposed(dialog)
    return dialog


def type_number(qtbot, dialog, text):
    field = named(dialog, QLineEdit, "Name or number")
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)
    return field


def test_ctrl_n_opens_new_conversation(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=3000)
    qtbot.keySequence(main_window, QKeySequence("Ctrl+N"))
    qtbot.waitUntil(lambda: getattr(main_window, "new_dialog", None) is not None, timeout=2000)
    assert main_window.new_dialog.windowTitle() == "New conversation"


def test_a_national_number_gets_a_prompt_accepted_with_enter_then_start_chat(
    qtbot, main_window, dialog, demo_gateway
):
    field = type_number(qtbot, dialog, "(415) 555-0134")
    assert dialog.prompt_text == "Did you mean +1 415-555-0134? (United States)"
    start = named(dialog, QPushButton, "Start Chat")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter accepts the correction
    assert field.text() == OLIVIA
    assert start.isEnabled()
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    conversation = main_window.conversation
    qtbot.waitUntil(lambda: conversation.conversation is not None, timeout=3000)
    assert conversation.conversation.peer_number == OLIVIA
    assert main_window.right.currentWidget() is conversation
    qtbot.waitUntil(lambda: main_window.chat_model.find(OLIVIA) is not None, timeout=3000)

    conversation.editor.setPlainText("Hello Olivia")
    conversation.send()
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)
    assert demo_gateway.sent()[0]["to"] == OLIVIA


def test_the_correction_is_accepted_with_one_click(qtbot, dialog):
    field = type_number(qtbot, dialog, "415.555.0134")
    accept = named(dialog, QPushButton, "Use +1 415-555-0134")
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    assert field.text() == OLIVIA


@pytest.mark.parametrize("form", ["+1 415 555 0134", "4155550134", "001 415 555 0134"])
def test_the_same_number_in_another_form_opens_the_same_conversation(
    qtbot, main_window, dialog, form
):
    store = main_window.desk.session
    first = store.conversations.open(OLIVIA)
    type_number(qtbot, dialog, form)
    assert dialog.number == OLIVIA
    qtbot.mouseClick(named(dialog, QPushButton, "Start Chat"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.conversation.conversation is not None, timeout=3000)
    assert main_window.conversation.conversation.id == first.id
    assert len(store.conversations.list()) == 1


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("415 555", "too short"),
        ("+1 415 555 0134 99999", "too long"),
        ("+999 123 456", "country code"),
    ],
)
def test_an_invalid_number_disables_start_chat_and_says_why(qtbot, dialog, text, reason):
    type_number(qtbot, dialog, text)
    assert not named(dialog, QPushButton, "Start Chat").isEnabled()
    assert reason in dialog.prompt_text.lower()


def test_a_landline_is_warned_about_but_allowed(qtbot, dialog):
    type_number(qtbot, dialog, "+44 20 7946 0018")
    assert dialog.warning.isVisible()
    assert "landline" in dialog.warning.text()
    assert named(dialog, QPushButton, "Start Chat").isEnabled()


def test_a_contact_is_found_by_name_and_by_part_of_the_number(qtbot, main_window, dialog):
    main_window.desk.session.contacts.save(
        ContactDraft("Olivia Bennett", (OLIVIA,), "Bennett Bakes")
    )
    for typed in ("Oliv", "555013"):
        field = type_number(qtbot, dialog, typed)
        qtbot.waitUntil(lambda: dialog.suggestions.rowCount() == 1, timeout=3000)
        index = dialog.suggestions.index(0, 0)
        assert index.data() == "Olivia Bennett — (415) 555-0134"
        dialog.completer.activated[type(index)].emit(index)
        assert field.text() == OLIVIA
        assert dialog.prompt_text == "Olivia Bennett · +1 415-555-0134"
        assert named(dialog, QPushButton, "Start Chat").isEnabled()

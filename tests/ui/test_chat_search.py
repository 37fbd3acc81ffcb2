"""Search in the chat list (Ctrl+F): by name, number or message text, as you type."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.core.models import ContactDraft

OLIVIA, SAM, MIA = "+14155550134", "+12025550173", "+61491570156"


def titles(window):
    model = window.chat_model
    return sorted(model.conversation_at(r).peer_number for r in range(model.rowCount()))


def test_search_by_message_text_name_and_digits_then_escape(qtbot, main_window, demo_gateway):
    main_window.desk.session.contacts.save(ContactDraft("Olivia Bennett", (OLIVIA,)))
    demo_gateway.inbound(OLIVIA, "Is my order ready?")
    demo_gateway.inbound(SAM, "Could you send the quote for the bathroom?")
    demo_gateway.inbound(MIA, "G'day! Café opens at nine")
    qtbot.waitUntil(lambda: main_window.chat_model.rowCount() == 3, timeout=5000)

    # The three pop-ups come a turn of the event loop after the rows; offscreen, each one
    # shown takes the activation, so let them all arrive before activating the window.
    qtbot.waitUntil(lambda: len(main_window.desk.popups.popups) == 3, timeout=5000)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=3000)
    qtbot.keySequence(main_window, QKeySequence("Ctrl+F"))
    assert main_window.search.hasFocus()

    for typed, expected in (
        ("bathroom", [SAM]),
        ("olivia", [OLIVIA]),
        ("0156", [MIA]),
        ("cafe", [MIA]),
        ("quote bath", [SAM]),
    ):
        main_window.search.clear()
        qtbot.keyClicks(main_window.search, typed)
        qtbot.waitUntil(lambda e=expected: titles(main_window) == e, timeout=3000)

    main_window.search.clear()
    qtbot.keyClicks(main_window.search, "zebra")
    qtbot.waitUntil(lambda: main_window.no_results.isVisible(), timeout=3000)
    assert main_window.no_results.text() == "No conversation matches “zebra”."

    qtbot.keyClick(main_window.search, Qt.Key.Key_Escape)
    assert main_window.search.text() == ""
    qtbot.waitUntil(lambda: titles(main_window) == sorted([OLIVIA, SAM, MIA]), timeout=3000)
    assert not main_window.no_results.isVisible()


def test_hostile_search_text_is_harmless(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(OLIVIA, "hello")
    qtbot.waitUntil(lambda: main_window.chat_model.rowCount() == 1, timeout=5000)
    for typed in ('"', "*", "NEAR(", "a AND OR", "'; DROP TABLE messages; --", "%_"):
        main_window.search.setText(typed)
        # Answered for this very text (nothing matches it), not failed.
        qtbot.waitUntil(
            lambda t=typed: (
                main_window.searching
                and main_window.no_results.text() == f"No conversation matches “{t}”."
            ),
            timeout=3000,
        )
    main_window.search.clear()
    qtbot.waitUntil(lambda: main_window.chat_model.rowCount() == 1, timeout=3000)


def test_the_segment_counter_updates_as_you_type(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(OLIVIA, "hi")
    qtbot.waitUntil(lambda: main_window.chat_model.rowCount() == 1, timeout=5000)
    main_window.open_conversation(main_window.chat_model.conversation_at(0))
    conversation = main_window.conversation
    conversation.editor.setFocus()
    qtbot.keyClicks(conversation.editor, "Price is 5")
    conversation.editor.insertPlainText("€")  # QTest can only type ASCII keys
    assert conversation.counter.isVisible()
    assert conversation.counter.text().startswith("12 / 160")  # € counts as two
    conversation.editor.insertPlainText(" 😀")  # typed with an emoji picker
    assert "Unicode" in conversation.counter.text()
    assert "😀" in conversation.counter.text()
    conversation.editor.setPlainText("a" * 161)
    assert "2 SMS" in conversation.counter.text()

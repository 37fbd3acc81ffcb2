"""Search in the chat list (Ctrl+F): by name, number or message text, as you type."""

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.core.models import ContactDraft
from tests.ui.windows import activate

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


def spy_on_search(monkeypatch, window, wait_while=None):
    """Record each search the store thread runs (its text and cancel), running the real one;
    ``wait_while(text, cancel)`` holds a search back (in the store thread) while it is true."""
    search = window.desk.session.search
    real = search.conversations
    ran = []

    def conversations(text, *, limit=50, cancel=None):
        ran.append((text, cancel))
        deadline = time.monotonic() + 5
        while wait_while is not None and wait_while(text, cancel) and time.monotonic() < deadline:
            time.sleep(0.005)
        # The real search ignores the cancel here: as if it had finished just before.
        return real(text, limit=limit)

    monkeypatch.setattr(search, "conversations", conversations)
    return ran


def test_keys_typed_while_the_store_is_busy_search_only_the_last_text(
    qtbot, main_window, demo_gateway, monkeypatch
):
    demo_gateway.inbound(OLIVIA, "Is my order ready?")
    demo_gateway.inbound(SAM, "An order of tiles")
    qtbot.waitUntil(lambda: main_window.chat_model.rowCount() == 2, timeout=5000)
    activate(qtbot, main_window)
    ran = spy_on_search(monkeypatch, main_window)
    busy = threading.Event()
    main_window.desk.tasks.run(lambda: busy.wait(5))  # the store thread, busy elsewhere
    shown = []
    main_window.typed_search.sig_found.connect(lambda rows, text: shown.append(text))

    main_window.search.setFocus()
    for key in "ord":
        qtbot.keyClick(main_window.search, key)
        qtbot.wait(30)
    busy.set()

    qtbot.waitUntil(lambda: shown == ["ord"], timeout=3000)
    assert [text for text, _ in ran] == ["ord"]  # "o" and "or" never ran: nobody saw them
    assert titles(main_window) == sorted([OLIVIA, SAM])


def test_a_search_overtaken_by_a_keystroke_is_cancelled_and_never_shown(
    qtbot, main_window, demo_gateway, monkeypatch
):
    demo_gateway.inbound(OLIVIA, "Is my order ready?")
    demo_gateway.inbound(SAM, "Could you send the quote?")
    qtbot.waitUntil(lambda: main_window.chat_model.rowCount() == 2, timeout=5000)
    activate(qtbot, main_window)
    # "q" runs until it is cancelled (then answers all the same, as a search finishing
    # just then would); "qu" answers at once.
    ran = spy_on_search(
        monkeypatch,
        main_window,
        wait_while=lambda text, cancel: text == "q" and not cancel.cancelled,
    )
    shown = []
    main_window.typed_search.sig_found.connect(lambda rows, text: shown.append(text))

    main_window.search.setFocus()
    qtbot.keyClick(main_window.search, "q")
    qtbot.waitUntil(lambda: [text for text, _ in ran] == ["q"], timeout=3000)
    qtbot.keyClick(main_window.search, "u")

    qtbot.waitUntil(lambda: shown == ["qu"], timeout=3000)
    assert ran[0][1].cancelled  # the running search was told to stop
    assert titles(main_window) == [SAM]
    qtbot.wait(100)  # the overtaken answer has come back by now: it was dropped
    assert shown == ["qu"]
    assert titles(main_window) == [SAM]

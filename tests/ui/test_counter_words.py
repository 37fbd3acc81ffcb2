"""The composer's length counter says a long message in words: "268 characters · 4 SMS",
not the cryptic "4 SMS (268)"."""

from PySide6.QtWidgets import QApplication

from tests.ui.windows import activate

PEER = "+14155550134"


def test_a_long_message_counts_in_words(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(PEER, "Is my order ready?")
    qtbot.waitUntil(lambda: main_window.chat_model.find(PEER) is not None, timeout=5000)
    main_window.open_conversation(main_window.chat_model.find(PEER))
    pane = main_window.conversation
    qtbot.waitUntil(lambda: pane.conversation is not None, timeout=3000)
    activate(qtbot, main_window)
    pane.editor.setFocus()
    # Unicode (ł): 67 units a part; 220 characters take 4 parts, which would hold 268.
    pane.editor.insertPlainText("ł" * 20 + "a" * 199)  # (as pasted: keyClicks takes Latin-1)
    qtbot.keyClicks(pane.editor, "a")
    QApplication.processEvents()
    counter = pane.counter
    qtbot.waitUntil(counter.isVisible, timeout=3000)
    assert counter.text() == "220 characters · 4 SMS · Unicode because of “ł”"
    assert "(" not in counter.text()
    qtbot.keyClick(pane.editor, "b")
    qtbot.waitUntil(lambda: counter.text().startswith("221 characters · 4 SMS"), timeout=3000)

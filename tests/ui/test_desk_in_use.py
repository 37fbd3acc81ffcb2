"""DeskInUse: the first key or click in SMS Desk is passed on to the worker at once, the rest
of a burst of typing is not (the filter steps aside); an open conversation whose last message
is a recent outbound one says a reply is expected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.ui.session.desk_in_use import DeskInUse
from tests.ui.windows import activate

PEER = "+14155550134"


def test_input_is_passed_on_once_then_the_filter_steps_aside(qtbot, main_window):
    inputs: list[bool] = []
    watch = DeskInUse(main_window, lambda: inputs.append(True), lambda _age: None)
    try:
        activate(qtbot, main_window)
        assert inputs == []  # showing and activating the window is not input
        QTest.keyClick(main_window.chat_list, Qt.Key.Key_Down)
        assert inputs == [True]
        for _ in range(20):
            QTest.keyClick(main_window.chat_list, Qt.Key.Key_Down)
        assert inputs == [True]  # at most once per NOTE_EVERY seconds
    finally:
        watch.close()


def test_an_open_conversation_awaiting_a_reply_is_told(qtbot, main_window, demo_gateway):
    expected: list[float] = []
    watch = DeskInUse(main_window, lambda: None, expected.append)
    try:
        demo_gateway.inbound(PEER, "Is my order ready?")
        chats = main_window.chat_model
        qtbot.waitUntil(lambda: chats.rowCount() == 1, timeout=5000)
        main_window.open_conversation(chats.conversation_at(0))
        messages = main_window.conversation.model
        qtbot.waitUntil(lambda: messages.rowCount() == 1 and not messages.loading, timeout=3000)
        watch.check_open_conversation()
        assert expected == []  # the last message is theirs: nothing awaits a reply

        editor = main_window.conversation.editor
        editor.setFocus()
        qtbot.keyClicks(editor, "Yes, it is ready.")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: messages.rowCount() == 2, timeout=3000)
        watch.check_open_conversation()
        assert len(expected) == 1
        assert 0 <= expected[0] < 60
    finally:
        watch.close()

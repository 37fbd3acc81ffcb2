"""The main window end to end: an inbound SMS is read and answered over real HTTP, through
the worker thread, the Twilio-compatible adapter and the database.
"""

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPlainTextEdit, QPushButton, QWidget

from desktop.core.models import Direction, MessageStatus
from desktop.gateway.demo import Fault
from desktop.ui.conversation.messages import MessageRole
from desktop.ui.window.chat_list import ChatListRole

PEER = "+14155550134"


def find(window, kind, name):
    """The control a screen reader (or a user) would find by its accessible name."""
    matches = [w for w in window.findChildren(kind) if w.accessibleName() == name]
    assert len(matches) == 1, f"{len(matches)} {kind.__name__} named {name!r}"
    return matches[0]


def chat_rows(view):
    model = view.model()
    return [model.index(r, 0).data(ChatListRole.CONVERSATION) for r in range(model.rowCount())]


def message_rows(window):
    model = window.conversation.model
    return [model.index(r, 0).data(MessageRole.MESSAGE) for r in range(model.rowCount())]


def open_row(qtbot, view, row):
    """Click a conversation in the chat list and wait until its messages are shown."""
    index = view.model().index(row, 0)
    wanted = index.data(ChatListRole.CONVERSATION).id
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    messages = view.window().conversation.model
    qtbot.waitUntil(
        lambda: messages.conversation_id == wanted and not messages.loading, timeout=3000
    )


def type_and_enter(qtbot, box, text):
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_controls_have_the_names_people_and_screen_readers_use(main_window):
    assert isinstance(find(main_window, QAbstractItemView, "Chat list"), QAbstractItemView)
    assert isinstance(find(main_window, QPlainTextEdit, "Say something"), QPlainTextEdit)
    assert find(main_window, QPushButton, "Send").text() == "Send"
    # The "+" shows an icon (a speech bubble with a plus); it is named for what it does, as
    # its tooltip says.
    plus = find(main_window, QPushButton, "New SMS")
    assert plus.text() == ""
    assert not plus.icon().isNull()
    assert plus.toolTip().startswith("New SMS")
    for button in main_window.findChildren(QPushButton):
        if button is not plus:
            assert button.accessibleName() == button.text().replace("&", ""), button.objectName()


def test_read_an_inbound_sms_and_answer_it_with_enter(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(PEER, "Hi, is my order ready to collect?")
    chat_list = find(main_window, QAbstractItemView, "Chat list")
    qtbot.waitUntil(lambda: chat_list.model().rowCount() == 1, timeout=5000)
    conversation = chat_rows(chat_list)[0]
    assert conversation.peer_number == PEER
    assert conversation.unread_count == 1
    assert conversation.last_message_preview == "Hi, is my order ready to collect?"
    qtbot.waitUntil(lambda: main_window.windowTitle() == "(1) SMS Desk", timeout=3000)

    open_row(qtbot, chat_list, 0)
    qtbot.waitUntil(lambda: len(message_rows(main_window)) == 1, timeout=3000)
    assert message_rows(main_window)[0].body == "Hi, is my order ready to collect?"
    qtbot.waitUntil(lambda: chat_rows(chat_list)[0].unread_count == 0, timeout=3000)
    qtbot.waitUntil(lambda: main_window.windowTitle() == "SMS Desk", timeout=3000)

    seen = []

    def record(change):
        for message in change.messages:
            if message.direction is Direction.OUTBOUND and message.status not in seen:
                seen.append(message.status)

    main_window.desk.events.sig_changed.connect(record)
    box = find(main_window, QPlainTextEdit, "Say something")
    type_and_enter(qtbot, box, "Yes, it is ready. See you soon!")
    assert box.toPlainText() == ""
    qtbot.waitUntil(lambda: len(message_rows(main_window)) == 2, timeout=3000)
    mine = message_rows(main_window)[1]
    assert mine.direction is Direction.OUTBOUND
    assert mine.body == "Yes, it is ready. See you soon!"
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] is MessageStatus.QUEUED  # stored and shown before it was sent

    qtbot.waitUntil(
        lambda: message_rows(main_window)[1].status is MessageStatus.DELIVERED, timeout=5000
    )
    # One tick when the gateway accepted it, then two when it was delivered.
    qtbot.waitUntil(lambda: seen[-1] is MessageStatus.DELIVERED, timeout=5000)
    assert seen == [
        MessageStatus.QUEUED,
        MessageStatus.SENDING,
        MessageStatus.SENT,
        MessageStatus.DELIVERED,
    ]
    assert [(m["to"], m["body"]) for m in demo_gateway.sent()] == [
        (PEER, "Yes, it is ready. See you soon!")
    ]

    demo_gateway.inbound(PEER, "Great, thanks!")
    qtbot.waitUntil(lambda: len(message_rows(main_window)) == 3, timeout=5000)
    assert message_rows(main_window)[2].body == "Great, thanks!"


def test_shift_enter_adds_a_line_instead_of_sending(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(PEER, "Hello")
    chat_list = main_window.chat_list
    qtbot.waitUntil(lambda: chat_list.model().rowCount() == 1, timeout=5000)
    open_row(qtbot, chat_list, 0)
    box = main_window.conversation.editor
    box.setFocus()
    qtbot.keyClicks(box, "first line")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "second line")
    assert box.toPlainText() == "first line\nsecond line"
    one_line_height = box.height()
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "third line")
    qtbot.waitUntil(lambda: box.height() > one_line_height, timeout=2000)
    qtbot.mouseClick(main_window.conversation.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)
    assert demo_gateway.sent()[0]["body"] == "first line\nsecond line\nthird line"


def test_gateway_outage_shows_offline_and_sends_typed_messages_once_when_back(
    qtbot, main_window, demo_gateway
):
    demo_gateway.inbound(PEER, "Hello?")
    chat_list = main_window.chat_list
    qtbot.waitUntil(lambda: chat_list.model().rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: main_window.connection.text == "Connected", timeout=5000)
    open_row(qtbot, chat_list, 0)

    demo_gateway.go_down()
    qtbot.waitUntil(lambda: main_window.connection.text.startswith("Offline — "), timeout=5000)
    retry_now = find(main_window, QPushButton, "Retry now")
    assert retry_now.isVisible()

    box = main_window.conversation.editor
    type_and_enter(qtbot, box, "Sorry, we are having trouble")
    type_and_enter(qtbot, box, "Back soon")
    qtbot.waitUntil(lambda: len(message_rows(main_window)) == 3, timeout=3000)
    assert all(m.status.is_pending for m in message_rows(main_window)[1:])
    assert demo_gateway.sent() == []

    demo_gateway.come_back()
    qtbot.mouseClick(retry_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.connection.text == "Connected", timeout=8000)
    qtbot.waitUntil(
        lambda: all(not m.status.is_pending for m in message_rows(main_window)), timeout=5000
    )
    assert [m["body"] for m in demo_gateway.sent()] == [
        "Sorry, we are having trouble",
        "Back soon",
    ]
    assert not retry_now.isVisible()


def test_server_errors_show_offline_and_nothing_is_sent_twice(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(PEER, "Hello?")
    chat_list = main_window.chat_list
    qtbot.waitUntil(lambda: chat_list.model().rowCount() == 1, timeout=5000)
    open_row(qtbot, chat_list, 0)
    demo_gateway.inject(Fault.SERVER_ERROR, apply=True, times=3)
    type_and_enter(qtbot, main_window.conversation.editor, "Are you there?")
    qtbot.waitUntil(lambda: main_window.connection.text.startswith("Offline"), timeout=5000)
    qtbot.mouseClick(find(main_window, QPushButton, "Retry now"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.connection.text == "Connected", timeout=15000)
    qtbot.waitUntil(lambda: message_rows(main_window)[-1].gateway_sid is not None, timeout=5000)
    assert [m["body"] for m in demo_gateway.sent()] == ["Are you there?"]


def test_a_failed_message_shows_the_reason_and_retry_sends_it(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(PEER, "Text me back")
    chat_list = main_window.chat_list
    qtbot.waitUntil(lambda: chat_list.model().rowCount() == 1, timeout=5000)
    open_row(qtbot, chat_list, 0)
    demo_gateway.inject(Fault.REJECT, code=21211)
    type_and_enter(qtbot, main_window.conversation.editor, "Will this fail?")
    qtbot.waitUntil(
        lambda: message_rows(main_window)[-1].status is MessageStatus.FAILED, timeout=5000
    )
    banner = main_window.conversation.banner
    qtbot.waitUntil(banner.isVisible, timeout=2000)
    assert "number" in banner.text.lower()
    retry = next(b for b in banner.findChildren(QPushButton) if b.accessibleName() == "Retry")
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message_rows(main_window)[-1].gateway_sid is not None, timeout=5000)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=2000)
    assert [m["body"] for m in demo_gateway.sent()] == ["Will this fail?"]


def test_message_text_is_shown_as_plain_text(qtbot, main_window, demo_gateway):
    hostile = '<img src="http://127.0.0.1:9/x.png"><b>bold</b> &amp; <a href="x">link</a>'
    demo_gateway.inbound(PEER, hostile)
    chat_list = main_window.chat_list
    qtbot.waitUntil(lambda: chat_list.model().rowCount() == 1, timeout=5000)
    open_row(qtbot, chat_list, 0)
    qtbot.waitUntil(lambda: len(message_rows(main_window)) == 1, timeout=3000)
    index = main_window.conversation.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == hostile
    main_window.conversation.view.viewport().repaint()
    for label in main_window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text()


def test_the_oversized_message_is_refused_before_sending(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(PEER, "Hi")
    chat_list = main_window.chat_list
    qtbot.waitUntil(lambda: chat_list.model().rowCount() == 1, timeout=5000)
    open_row(qtbot, chat_list, 0)
    conversation = main_window.conversation
    conversation.editor.setPlainText("x" * 1601)
    assert not conversation.send_button.isEnabled()
    assert conversation.counter.isVisible()
    assert "1,601 / 1,600" in conversation.counter.text()
    assert "too long" in conversation.counter.text()
    qtbot.keyClick(conversation.editor, Qt.Key.Key_Return)
    assert conversation.editor.toPlainText() == "x" * 1601  # nothing lost
    assert demo_gateway.sent() == []
    conversation.editor.setPlainText("x" * 1600)
    assert conversation.send_button.isEnabled()


@pytest.mark.parametrize("count", [130])
def test_chat_list_loads_page_by_page_newest_first(qtbot, main_window, demo_gateway, count):
    numbers = [f"+1415555{1000 + i:04d}" for i in range(count)]
    for number in numbers:
        demo_gateway.inbound(number, f"hello from {number}")
    chat_list = main_window.chat_list
    qtbot.waitUntil(lambda: chat_list.model().rowCount() >= 100, timeout=10000)
    model = chat_list.model()

    def every_page_in() -> bool:
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())  # as the view does when scrolled to the end
        return not model.loading and not model.canFetchMore(QModelIndex())

    qtbot.waitUntil(lambda: every_page_in() and model.rowCount() == count, timeout=5000)
    rows = chat_rows(chat_list)
    times = [c.last_activity_at for c in rows]
    assert times == sorted(times, reverse=True)
    assert len({c.id for c in rows}) == count


def test_widgets_are_not_created_per_message(qtbot, main_window, demo_gateway):
    for i in range(50):
        demo_gateway.inbound(PEER, f"message {i}")
    chat_list = main_window.chat_list
    qtbot.waitUntil(lambda: chat_list.model().rowCount() == 1, timeout=5000)
    before = len(main_window.findChildren(QWidget))
    open_row(qtbot, chat_list, 0)
    qtbot.waitUntil(lambda: len(message_rows(main_window)) == 50, timeout=5000)
    assert len(main_window.findChildren(QWidget)) - before < 5

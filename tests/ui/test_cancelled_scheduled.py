"""A cancelled scheduled message: drawn readable (muted words, an AA pair, not faded out),
and the chat list row previews the last real message, not it."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from desktop.core.models import Direction, MessageStatus
from desktop.ui.look.tokens import contrast
from desktop.ui.window.chat_list import ChatListRole, last_message_text
from tests.ui.windows import activate

PEER = "+14155550134"


def row_conversation(window, cid):
    model = window.chat_model
    return model.index(model.row_of(cid)).data(ChatListRole.CONVERSATION)


def hex_of(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


def best_contrast_in_bubble(view, index) -> float:
    """The strongest contrast between the bubble's fill and what is written on it."""
    rect = view.visualRect(index)
    image = view.viewport().grab(rect).toImage()
    window_colour = image.pixelColor(QPoint(1, image.height() // 2))
    counts = Counter(
        hex_of(image.pixelColor(x, y)) for x in range(image.width()) for y in range(image.height())
    )
    fill = next(c for c, _ in counts.most_common() if c != hex_of(window_colour))
    return max(contrast(fill, colour) for colour in counts)


def test_a_cancelled_scheduled_message_is_readable_and_not_the_rows_preview(
    qtbot, main_window, demo_gateway
):
    demo_gateway.inbound(PEER, "Can you call me back?")
    qtbot.waitUntil(lambda: main_window.chat_model.find(PEER) is not None, timeout=5000)
    main_window.open_conversation(main_window.chat_model.find(PEER))
    pane = main_window.conversation
    qtbot.waitUntil(lambda: pane.conversation is not None and not pane.model.loading, timeout=3000)
    activate(qtbot, main_window)
    cid = pane.conversation.id
    store = main_window.desk.session
    message = store.outbound.queue(
        cid,
        "I will call you at noon",
        desk_number=pane.desk_number,
        scheduled_at=datetime.now(UTC) + timedelta(hours=2),
    )
    qtbot.waitUntil(
        lambda: last_message_text(row_conversation(main_window, cid)) == "I will call you at noon",
        timeout=3000,
    )

    pane.cancel_scheduled(message.id)
    model = pane.model
    qtbot.waitUntil(
        lambda: model.message_at(model.row_of(message.id)).status is MessageStatus.CANCELLED,
        timeout=3000,
    )
    # The row previews their question again, as received: no "You:", no status mark.
    qtbot.waitUntil(
        lambda: last_message_text(row_conversation(main_window, cid)) == "Can you call me back?",
        timeout=3000,
    )
    row = row_conversation(main_window, cid)
    assert row.last_direction is Direction.INBOUND
    assert row.last_status is not MessageStatus.CANCELLED

    # Still in the conversation, for the record, and readable (WCAG AA, 4.5:1).
    index = model.index(model.row_of(message.id))
    pane.view.scrollTo(index)
    qtbot.waitUntil(lambda: pane.view.visualRect(index).isValid(), timeout=3000)
    assert best_contrast_in_bubble(pane.view, index) >= 4.5


def test_cancelling_the_only_message_leaves_the_row_empty(qtbot, main_window):
    store = main_window.desk.session
    conversation = store.conversations.open(PEER)
    main_window.open_conversation(conversation)
    pane = main_window.conversation
    qtbot.waitUntil(lambda: not pane.model.loading, timeout=3000)
    message = store.outbound.queue(
        conversation.id,
        "Happy new year",
        desk_number=pane.desk_number,
        scheduled_at=datetime.now(UTC) + timedelta(hours=2),
    )
    qtbot.waitUntil(
        lambda: (
            main_window.chat_model.row_of(conversation.id) is not None
            and last_message_text(row_conversation(main_window, conversation.id))
            == "Happy new year"
        ),
        timeout=3000,
    )
    pane.cancel_scheduled(message.id)
    qtbot.waitUntil(
        lambda: last_message_text(row_conversation(main_window, conversation.id)) == "",
        timeout=3000,
    )
    assert row_conversation(main_window, conversation.id).last_status is None

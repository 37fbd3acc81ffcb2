"""In a team, a message a colleague wrote says who wrote it: a small muted name above their
bubble ("Ben Jones"), once for a run of theirs, never above your own. Messages stored with
the users' ids in the real SQLite store; the window reads the names off the GUI thread."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.ui.conversation.messages import MessageRole

OLIVIA = "+14155550134"
PASSWORD = "correct horse 42"


def row_with(model, body):
    return next(r for r in range(model.rowCount()) if model.message_at(r).body == body)


def test_a_colleague_s_bubble_names_them_and_yours_does_not(qtbot, main_window, demo_gateway):
    desk = main_window.desk
    demo_gateway.inbound(OLIVIA, "Is my order ready?")
    qtbot.waitUntil(lambda: main_window.chat_model.find(OLIVIA) is not None, timeout=5000)
    conversation = main_window.chat_model.find(OLIVIA)
    main_window.open_conversation(conversation)
    # Ben's account is made after sign-in: the window learns his name when his message
    # shows (read again off the GUI thread).
    ben = desk.accounts.create_user("102", "Ben Jones", PASSWORD)
    number = main_window._desk_number
    outbound = desk.session.outbound
    outbound.queue(conversation.id, "Let me check", desk_number=number, user_id=desk.user.id)
    # You hand it to Ben, who answers twice.
    desk.session.ownership.transfer(conversation.id, by=desk.user.id, to=ben.id)
    outbound.queue(conversation.id, "Checking now", desk_number=number, user_id=ben.id)
    outbound.queue(conversation.id, "It ships today", desk_number=number, user_id=ben.id)
    model = main_window.conversation.model
    qtbot.waitUntil(lambda: model.rowCount() >= 4, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            model.index(row_with(model, "Checking now")).data(MessageRole.AUTHOR) == "Ben Jones"
        ),
        timeout=5000,
    )
    # Once above his run (right after yours), not above each of his bubbles; never above
    # your own.
    assert model.index(row_with(model, "It ships today")).data(MessageRole.AUTHOR) is None
    assert model.index(row_with(model, "Let me check")).data(MessageRole.AUTHOR) is None

    view = main_window.conversation.view
    delegate = view.delegate

    def geometry(body):
        index = model.index(row_with(model, body))
        option = QStyleOptionViewItem()
        option.font = view.font()
        return index, delegate._geometry(option, index)

    ben_index, ben = geometry("Checking now")
    _mine_index, mine = geometry("Let me check")
    assert ben.author == "Ben Jones"
    assert ben.author_rect is not None
    assert ben.author_rect.bottom() <= ben.bubble.top()
    assert ben.author_rect.right() <= ben.bubble.right() + 0.5  # above it, on its side
    assert mine.author_rect is None

    # Painted: text in the band above Ben's bubble.
    qtbot.waitUntil(lambda: view.visualRect(ben_index).height() > 0, timeout=3000)
    image = view.viewport().grab().toImage()

    def inked(index, rect):
        top = view.visualRect(index).topLeft()
        band = rect.translated(top.x(), top.y()).toAlignedRect()
        background = QColor(image.pixel(band.left() - 4, band.center().y()))
        return any(
            QColor(image.pixel(x, y)) != background
            for x in range(band.left(), band.right())
            for y in range(band.top(), band.bottom())
        )

    assert inked(ben_index, ben.author_rect)

"""The conversation widget: header, messages, a Retry banner and the "Say something" box.

A message typed here is stored (in the store thread) before anything else happens; only then
is the sync worker woken to send it. If storing fails, the text goes back into the box.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Conversation, ConversationId, Message, StoreChange
from desktop.core.phone import format_for_display
from desktop.core.segments import count_segments, describe
from desktop.store import Store
from desktop.ui import glyphs
from desktop.ui.chat_list import conversation_title
from desktop.ui.messages import MessageListModel, MessageListView
from desktop.ui.tasks import TaskRunner

log = logging.getLogger("smsdesk.ui.conversation")

MAX_COMPOSER_LINES = 6


class MessageEdit(QPlainTextEdit):
    """The "Say something" box: Enter sends, Shift+Enter starts a new line, and it grows
    with its text up to a few lines.

    Signals:
        sig_submit(): the user pressed Enter.
    """

    sig_submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setPlaceholderText("Say something")
        self.setAccessibleName("Say something")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers()
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            if not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
                self.sig_submit.emit()
                return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
        # Paste as plain text only: formatting from other apps has no meaning in an SMS.
        if source.hasText():
            self.insertPlainText(source.text())

    def _fit_height(self, *_args: object) -> None:
        lines = max(1, min(MAX_COMPOSER_LINES, int(self.document().size().height())))
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + frame + 4)


class ConversationHeader(QWidget):
    """Who the conversation is with: avatar, name and number, and Add contact.

    Signals:
        sig_contact_requested(): Add contact (or Edit contact) was pressed.
    """

    sig_contact_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationHeader")
        self._title = QLabel()
        self._title.setObjectName("conversationTitle")
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._subtitle = QLabel()
        self._subtitle.setObjectName("conversationSubtitle")
        self._subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self._subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._avatar_label = ""
        self._avatar_key = ""
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self._title)
        text.addWidget(self._subtitle)
        self.contact_button = QPushButton("Add contact")
        self.contact_button.setObjectName("contactButton")
        self.contact_button.setAccessibleName("Add contact")
        self.contact_button.clicked.connect(self.sig_contact_requested)
        # Conversation actions (Call, Transfer, Dealt with…) take their place here.
        self.actions_layout = QHBoxLayout()
        self.actions_layout.setSpacing(6)
        self.actions_layout.addWidget(self.contact_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(64, 10, 16, 10)
        layout.addLayout(text, 1)
        layout.addLayout(self.actions_layout)

    def show_conversation(self, conversation: Conversation, region: str) -> None:
        title = conversation_title(conversation, region)
        number = format_for_display(conversation.peer_number, region)
        self._title.setText(title)
        self._subtitle.setText(number if title != number else "SMS")
        self._avatar_label = conversation.display_name or ""
        self._avatar_key = conversation.peer_number
        label = "Edit contact" if conversation.display_name else "Add contact"
        self.contact_button.setText(label)
        self.contact_button.setAccessibleName(label)
        self.setAccessibleName(f"Conversation with {title}")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 64)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._avatar_key:
            return
        painter = QPainter(self)
        size = 40
        top = (self.height() - size) / 2
        glyphs.paint_avatar(
            painter, QRectF(14, top, size, size), self._avatar_label, self._avatar_key
        )


class FailureBanner(QFrame):
    """Shown while messages in this conversation failed: the reason and a Retry button.

    Signals:
        sig_retry(): Retry was pressed (retries every failed message shown).
    """

    sig_retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failureBanner")
        self._text = QLabel()
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setWordWrap(True)
        self.retry_button = QPushButton("Retry")
        self.retry_button.setAccessibleName("Retry")
        self.retry_button.clicked.connect(self.sig_retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.addWidget(self._text, 1)
        layout.addWidget(self.retry_button)
        self.hide()

    def show_failures(self, failed: list[Message]) -> None:
        if not failed:
            self.hide()
            return
        latest = failed[-1]
        reason = latest.error_message or "The gateway refused it."
        if len(failed) == 1:
            self._text.setText(f"A message was not sent. {reason}")
        else:
            self._text.setText(f"{len(failed)} messages were not sent. Latest: {reason}")
        self.show()

    @property
    def text(self) -> str:
        return self._text.text()


class ConversationWidget(QWidget):
    """One conversation: what was said, and the box to answer in.

    Args:
        store: used in the store thread only, through ``tasks``.
        tasks: the store thread.
        region: default region for formatting numbers.
        desk_number: the desk's own number, recorded as the sender of outbound messages.

    Signals:
        sig_message_queued(Message): a message was stored in the outbox (wake the worker).
        sig_error(str): something the user should be told about.
        sig_contact_requested(Conversation): Add contact / Edit contact for this number.
    """

    sig_message_queued = Signal(object)
    sig_error = Signal(str)
    sig_contact_requested = Signal(object)

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        region: str,
        desk_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self._store = store
        self._tasks = tasks
        self._region = region
        self._desk_number = desk_number
        self._conversation: Conversation | None = None
        self._drafts: dict[ConversationId, str] = {}

        self.header = ConversationHeader()
        self.header.sig_contact_requested.connect(
            lambda: self._conversation and self.sig_contact_requested.emit(self._conversation)
        )
        self.model = MessageListModel(store, tasks, self)
        self.view = MessageListView()
        self.view.setModel(self.model)
        self.view.sig_retry.connect(self.retry)
        self.banner = FailureBanner()
        self.banner.sig_retry.connect(self.retry_all_failed)
        self.model.sig_failed_changed.connect(
            lambda: self.banner.show_failures(self.model.failed_messages())
        )

        self.editor = MessageEdit()
        self.editor.sig_submit.connect(self.send)
        self.editor.textChanged.connect(self._text_changed)
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName("Send")
        self.send_button.setToolTip("Send (Enter) — Shift+Enter for a new line")
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send)
        self.counter = QLabel()
        self.counter.setObjectName("segmentCounter")
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        self.counter.setAccessibleName("Message length")
        self.counter.hide()

        composer = QFrame()
        composer.setObjectName("composerBar")
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.editor, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        composer_layout = QVBoxLayout(composer)
        composer_layout.setContentsMargins(16, 10, 16, 12)
        composer_layout.setSpacing(4)
        composer_layout.addLayout(row)
        composer_layout.addWidget(self.counter)

        line = QFrame()
        line.setObjectName("headerRule")
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(line)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.banner)
        layout.addWidget(composer)

    @property
    def conversation(self) -> Conversation | None:
        return self._conversation

    def set_region(self, region: str) -> None:
        self._region = region
        if self._conversation is not None:
            self.header.show_conversation(self._conversation, region)

    def set_desk_number(self, number: str) -> None:
        """The desk's own number changed (another gateway): new messages are sent from it."""
        self._desk_number = number

    def show_conversation(self, conversation: Conversation) -> None:
        """Show ``conversation`` (keeping the draft of the one that was open)."""
        if self._conversation is not None and self._conversation.id == conversation.id:
            self._conversation = conversation
            self.header.show_conversation(conversation, self._region)
            return
        if self._conversation is not None:
            draft = self.editor.toPlainText()
            if draft.strip():
                self._drafts[self._conversation.id] = draft
            else:
                self._drafts.pop(self._conversation.id, None)
        self._conversation = conversation
        self.header.show_conversation(conversation, self._region)
        self.editor.setPlainText(self._drafts.pop(conversation.id, ""))
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.model.load(conversation.id)
        self.view.scroll_to_end()

    def apply_change(self, change: StoreChange) -> None:
        if self._conversation is None:
            return
        for conversation in change.conversations:
            if conversation.id == self._conversation.id:
                self._conversation = conversation
                self.header.show_conversation(conversation, self._region)
        self.model.apply_messages(change.messages)

    def _text_changed(self) -> None:
        text = self.editor.toPlainText().strip()
        count = count_segments(text)
        self.send_button.setEnabled(bool(text) and not count.too_long)
        self.counter.setVisible(bool(text))
        self.counter.setText(describe(count) if text else "")
        self.counter.setProperty(
            "state", "error" if count.too_long else "unicode" if count.encoding == "UCS-2" else ""
        )
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)

    def send(self) -> None:
        """Store the typed message in the outbox, then let the worker send it."""
        if self._conversation is None:
            return
        body = self.editor.toPlainText().strip()
        if not body or count_segments(body).too_long:
            return
        conversation_id = self._conversation.id
        self.editor.clear()
        self.view.scroll_to_end()
        desk = self._desk_number

        def restore(error: Exception) -> None:
            log.error("could not store an outgoing message", exc_info=error)
            if self._conversation is not None and self._conversation.id == conversation_id:
                if not self.editor.toPlainText().strip():
                    self.editor.setPlainText(body)
            else:
                self._drafts[conversation_id] = body
            self.sig_error.emit(
                f"Your message could not be saved, so it was not sent: {error}. "
                "Its text is back in the box."
            )

        self._tasks.run(
            lambda: self._store.queue_outbound(conversation_id, body, desk_number=desk),
            self.sig_message_queued.emit,
            restore,
        )

    def retry(self, message_id: int) -> None:
        """Send a failed message again."""
        self._tasks.run(
            lambda: self._store.retry(message_id),
            self.sig_message_queued.emit,
            lambda err: self.sig_error.emit(str(err)),
        )

    def retry_all_failed(self) -> None:
        for message in self.model.failed_messages():
            self.retry(message.id)

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

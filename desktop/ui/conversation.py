"""The conversation widget: header, an opt-out banner, messages, a Retry banner and the
"Say something" box with Send and Send later.

A message typed here is stored (in the store thread) before anything else happens; only then
is the sync worker woken to send it. If storing fails, the text goes back into the box.
Outside the recipient's quiet-hours window it asks first; a number that opted out gets a
banner and a disabled box instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Conversation, ConversationId, Message, StoreChange, utcnow
from desktop.core.optouts import blocked_placeholder, blocked_reason
from desktop.core.phone import format_for_display
from desktop.core.segments import count_segments, describe
from desktop.store import OptedOut, OwnedByOther, Store
from desktop.ui import glyphs
from desktop.ui.chat_list import conversation_title
from desktop.ui.messages import MessageListModel, MessageListView
from desktop.ui.scheduling import QuietHours, SendLaterDialog, ask_quiet_hours, no_quiet_hours
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import ElidedLabel

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


def short_label(label: str) -> str:
    """ "Anna Smith (101)" → "Anna (101)": the header's short way to name a colleague."""
    name, _, extension = label.rpartition(" (")
    if not name:
        return label
    return f"{name.split()[0]} ({extension}"


class ConversationHeader(QWidget):
    """Who the conversation is with (avatar, name, number, owner) and what can be done with
    it: Call, Transfer, Dealt with, More options (Archive, Add contact, Mark as unread), Close.

    Every action is a QAction with the label as its accessible name and its shortcut in the
    tooltip; the buttons are views of those actions.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationHeader")
        self._title = ElidedLabel()
        self._title.setObjectName("conversationTitle")
        self._subtitle = QLabel()  # a number is never cut short
        self._subtitle.setObjectName("conversationSubtitle")
        self._subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self._subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.owner = ElidedLabel()
        self.owner.setObjectName("ownerLabel")
        self.owner.setAccessibleName("Owner")
        self._avatar_label = ""
        self._avatar_key = ""
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self._title)
        details = QHBoxLayout()
        details.setSpacing(10)
        details.addWidget(self._subtitle)
        details.addWidget(self.owner, 1)
        text.addLayout(details)

        self.call_action = self._action("Call", "Ctrl+Shift+L")
        self.transfer_action = self._action("Transfer", "Ctrl+Shift+T")
        self.dealt_with_action = self._action("Dealt with", "Ctrl+Shift+D")
        self.close_action = self._action("Close", "Ctrl+W")
        self.archive_action = self._action("Archive", "Ctrl+Shift+A")
        self.contact_action = self._action("Add contact", "")
        self.unread_action = self._action("Mark as unread", "Ctrl+Shift+U")
        self.export_action = self._action("Export…", "")
        self.more_menu = QMenu(self)
        self.more_menu.setAccessibleName("More options")
        for action in (self.archive_action, self.contact_action, self.unread_action):
            self.more_menu.addAction(action)
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.export_action)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setSpacing(6)
        for action in (self.call_action, self.transfer_action, self.dealt_with_action):
            self.actions_layout.addWidget(self._button(action))
        self.more_button = QToolButton()
        self.more_button.setObjectName("moreOptions")
        self.more_button.setText("More options")
        self.more_button.setAccessibleName("More options")
        self.more_button.setToolTip("More options: Archive, Add contact, Mark as unread")
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_layout.addWidget(self.more_button)
        self.actions_layout.addWidget(self._button(self.close_action))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(64, 10, 16, 10)
        layout.addLayout(text, 1)
        layout.addLayout(self.actions_layout)

    def _action(self, label: str, shortcut: str) -> QAction:
        action = QAction(label, self)
        action.setObjectName(label.lower().replace(" ", "_") + "_action")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{label} ({native})")
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setObjectName("headerAction")
        button.setAccessibleName(action.text())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def show_conversation(
        self, conversation: Conversation, region: str, me: int | None = None
    ) -> None:
        title = conversation_title(conversation, region)
        number = format_for_display(conversation.peer_number, region)
        self._title.setText(title)
        self._subtitle.setText(number if title != number else "SMS")
        owner_id = conversation.owner_id
        if owner_id is None:
            self.owner.setText("Unowned — the first to reply owns it")
            self.owner.setProperty("state", "free")
        elif me is not None and owner_id == me:
            self.owner.setText("Owner: you")
            self.owner.setProperty("state", "mine")
        else:
            self.owner.setText(f"Owner: {short_label(conversation.owner_label or '')}")
            self.owner.setProperty("state", "other")
        self.owner.style().unpolish(self.owner)
        self.owner.style().polish(self.owner)
        self._avatar_label = conversation.display_name or ""
        self._avatar_key = conversation.peer_number
        label = "Edit contact" if conversation.display_name else "Add contact"
        self.contact_action.setText(label)
        self.archive_action.setText("Unarchive" if conversation.archived else "Archive")
        self.dealt_with_action.setEnabled(
            conversation.dealt_with_at is None or not conversation.archived
        )
        self.setAccessibleName(f"Conversation with {title}")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 68)

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


def opt_out_reason(conversation: Conversation | None) -> str:
    """Why nothing can be sent in ``conversation`` ("" when it can)."""
    if conversation is None or conversation.opted_out_at is None:
        return ""
    return blocked_reason(conversation.opt_out_reason or "STOP", conversation.opted_out_at)


def opt_out_placeholder(conversation: Conversation | None) -> str:
    """The disabled box's one-line placeholder ("" when sending is allowed)."""
    if conversation is None or conversation.opted_out_at is None:
        return ""
    return blocked_placeholder(conversation.opt_out_reason or "STOP")


class OptOutBanner(QFrame):
    """Shown at the top of a conversation whose number opted out: why nothing can be sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optOutBanner")
        self._text = QLabel()
        self._text.setObjectName("optOutText")
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setWordWrap(True)
        self._text.setAccessibleName("Opted out")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self._text, 1)
        self.hide()

    def show_reason(self, reason: str) -> None:
        self._text.setText(reason)
        self.setVisible(bool(reason))

    @property
    def text(self) -> str:
        return self._text.text() if self.isVisibleTo(self.parentWidget()) else ""


class ConversationWidget(QWidget):
    """One conversation: what was said, and the box to answer in.

    Args:
        store: used in the store thread only, through ``tasks``.
        tasks: the store thread.
        region: default region for formatting numbers.
        desk_number: the desk's own number, recorded as the sender of outbound messages.
        user_id: who is signed in: sending claims the conversation for them.

    Attributes:
        quiet_hours: returns the (enabled, start, end) quiet-hours setting.
        clock: returns the current aware UTC time (tests pass a fixed one).

    Signals:
        sig_message_queued(Message): a message was stored in the outbox (wake the worker).
        sig_error(str): something the user should be told about.
        sig_contact_requested(Conversation): Add contact / Edit contact for this number.
        sig_call(Conversation), sig_transfer(Conversation), sig_dealt_with(Conversation),
        sig_archive(Conversation, bool), sig_mark_unread(Conversation): the header's actions.
        sig_close(): Close: back to the chat list.
    """

    sig_message_queued = Signal(object)
    sig_error = Signal(str)
    sig_contact_requested = Signal(object)
    sig_call = Signal(object)
    sig_transfer = Signal(object)
    sig_dealt_with = Signal(object)
    sig_archive = Signal(object, bool)
    sig_mark_unread = Signal(object)
    sig_export = Signal(object)
    sig_close = Signal()

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        region: str,
        desk_number: str,
        user_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self._user_id = user_id
        self._store = store
        self._tasks = tasks
        self._region = region
        self._desk_number = desk_number
        self._conversation: Conversation | None = None
        self._drafts: dict[ConversationId, str] = {}
        self.quiet_hours: QuietHours = no_quiet_hours
        self.clock: Callable[[], datetime] = utcnow
        self.quiet_box: QMessageBox | None = None
        self.send_later_dialog: SendLaterDialog | None = None

        self.header = ConversationHeader()
        header = self.header
        for action, signal in (
            (header.call_action, self.sig_call),
            (header.transfer_action, self.sig_transfer),
            (header.dealt_with_action, self.sig_dealt_with),
            (header.contact_action, self.sig_contact_requested),
            (header.unread_action, self.sig_mark_unread),
            (header.export_action, self.sig_export),
        ):
            action.triggered.connect(lambda _c=False, s=signal: self._emit_for_conversation(s))
        header.archive_action.triggered.connect(
            lambda: (
                self._conversation is not None
                and self.sig_archive.emit(self._conversation, not self._conversation.archived)
            )
        )
        header.close_action.triggered.connect(self.sig_close)
        self.model = MessageListModel(store, tasks, self)
        self.view = MessageListView()
        self.view.setModel(self.model)
        self.view.sig_retry.connect(self.retry)
        self.view.sig_edit_scheduled.connect(self.edit_scheduled)
        self.view.sig_cancel_scheduled.connect(self.cancel_scheduled)
        self.opt_out_banner = OptOutBanner()
        self.banner = FailureBanner()
        self.banner.sig_retry.connect(self.retry_all_failed)
        self.model.sig_failed_changed.connect(self._show_failures)

        self.editor = MessageEdit()
        self.editor.sig_submit.connect(self.send)
        self.editor.textChanged.connect(self._text_changed)
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName("Send")
        self.send_button.setToolTip("Send (Enter) — Shift+Enter for a new line")
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send)
        self.send_later_action = QAction("Send later…", self)
        self.send_later_action.setObjectName("send_later_action")
        self.send_later_action.triggered.connect(self.send_later)
        send_menu = QMenu(self)
        send_menu.setAccessibleName("Send options")
        send_menu.addAction(self.send_later_action)
        self.send_later_button = QToolButton()
        self.send_later_button.setObjectName("sendLaterButton")
        self.send_later_button.setText("▾")
        self.send_later_button.setAccessibleName("Send later")
        self.send_later_button.setToolTip("Send later…")
        self.send_later_button.setMenu(send_menu)
        self.send_later_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.send_later_button.setEnabled(False)
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
        send_pair = QHBoxLayout()
        send_pair.setSpacing(0)
        send_pair.addWidget(self.send_button)
        send_pair.addWidget(self.send_later_button)
        row.addLayout(send_pair)
        row.setAlignment(send_pair, Qt.AlignmentFlag.AlignBottom)
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
        layout.addWidget(self.opt_out_banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.banner)
        layout.addWidget(composer)

    @property
    def conversation(self) -> Conversation | None:
        return self._conversation

    def _emit_for_conversation(self, signal: Signal) -> None:
        if self._conversation is not None:
            signal.emit(self._conversation)

    @property
    def desk_number(self) -> str:
        return self._desk_number

    def set_draft(self, text: str) -> None:
        """Put ``text`` in the "Say something" box (a link's message), unless it holds some."""
        if not self.editor.toPlainText().strip():
            self.editor.setPlainText(text)
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def forget_conversation(self) -> None:
        """Nothing shown any more (after Close, Dealt with or Archive)."""
        if self._conversation is not None:
            draft = self.editor.toPlainText()
            if draft.strip():
                self._drafts[self._conversation.id] = draft
        self._conversation = None
        self.editor.clear()
        self._show_opt_out()
        self.model.load(None)

    def set_region(self, region: str) -> None:
        self._region = region
        if self._conversation is not None:
            self.header.show_conversation(self._conversation, region, self._user_id)

    def set_desk_number(self, number: str) -> None:
        """The desk's own number changed (another gateway): new messages are sent from it."""
        self._desk_number = number

    def show_conversation(self, conversation: Conversation) -> None:
        """Show ``conversation`` (keeping the draft of the one that was open)."""
        if self._conversation is not None and self._conversation.id == conversation.id:
            self._conversation = conversation
            self.header.show_conversation(conversation, self._region, self._user_id)
            self._show_opt_out()
            return
        if self._conversation is not None:
            draft = self.editor.toPlainText()
            if draft.strip():
                self._drafts[self._conversation.id] = draft
            else:
                self._drafts.pop(self._conversation.id, None)
        self._conversation = conversation
        self.header.show_conversation(conversation, self._region, self._user_id)
        self.editor.setPlainText(self._drafts.pop(conversation.id, ""))
        self._show_opt_out()
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.model.load(conversation.id)
        self.view.scroll_to_end()

    def apply_change(self, change: StoreChange) -> None:
        if self._conversation is None:
            return
        current = self._conversation.id
        touched = False
        for conversation in change.conversations:
            if conversation.id == current:
                touched = True
                self._conversation = conversation
                self.header.show_conversation(conversation, self._region, self._user_id)
                self._show_opt_out()
        self.model.apply_messages(change.messages)
        if (
            touched
            and change.remote
            and not any(m.conversation_id == current for m in change.messages)
            and self._conversation.last_message_preview
            and not self.model.loading
        ):
            # Another desk's change was caught up without its messages (a missed
            # notification): read the newest page again so nothing is missing here.
            self.model.refresh()

    @property
    def blocked_reason(self) -> str:
        """Why nothing can be sent here now ("" when it can)."""
        return opt_out_reason(self._conversation)

    def _show_opt_out(self) -> None:
        """Banner and a disabled box while the number is opted out; the box back after."""
        reason = self.blocked_reason
        self.opt_out_banner.show_reason(reason)
        self.editor.setEnabled(not reason)
        self.editor.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if reason
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.editor.setPlaceholderText(opt_out_placeholder(self._conversation) or "Say something")
        self.editor.setToolTip(reason)
        self.editor.setAccessibleDescription(reason)
        self._text_changed()
        self._show_failures()

    def _show_failures(self) -> None:
        # While the number is opted out the banner above says why; Retry would be refused.
        failed = [] if self.blocked_reason else self.model.failed_messages()
        self.banner.show_failures(failed)

    def _text_changed(self) -> None:
        text = self.editor.toPlainText().strip()
        count = count_segments(text)
        sendable = bool(text) and not count.too_long and not self.blocked_reason
        self.send_button.setEnabled(sendable)
        self.send_later_button.setEnabled(sendable)
        self.counter.setVisible(bool(text))
        self.counter.setText(describe(count) if text else "")
        self.counter.setProperty(
            "state", "error" if count.too_long else "unicode" if count.encoding == "UCS-2" else ""
        )
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)

    def _typed(self) -> str:
        """The box's text if it can be sent now, else ""."""
        if self._conversation is None or self.blocked_reason:
            return ""
        body = self.editor.toPlainText().strip()
        if not body or count_segments(body).too_long:
            return ""
        return body

    def send(self) -> None:
        """Store the typed message in the outbox, then let the worker send it.

        Outside the recipient's quiet hours, asks first: send now, send at the start of
        their window (scheduled), or cancel (the text stays in the box).
        """
        body = self._typed()
        if not body or self._conversation is None or self.quiet_box is not None:
            return
        conversation = self._conversation

        def proceed(send_at: datetime | None) -> None:
            self.quiet_box = None
            if self._conversation is None or self._conversation.id != conversation.id:
                return
            if self.editor.toPlainText().strip() != body:
                return  # changed while the question was open: let them send again
            self.editor.clear()
            self.view.scroll_to_end()
            self._queue(conversation.id, body, scheduled_at=send_at, cancel_if_reply=True)

        who = format_for_display(conversation.peer_number, self._region)
        self.quiet_box = ask_quiet_hours(
            self, conversation.peer_number, who, self.quiet_hours, self.clock, proceed
        )
        if self.quiet_box is not None:
            self.quiet_box.rejected.connect(lambda: setattr(self, "quiet_box", None))

    def send_later(self) -> None:
        """Ask when, then store the typed message as scheduled (the worker sends it then)."""
        body = self._typed()
        if not body or self._conversation is None:
            return
        conversation_id = self._conversation.id
        dialog = SendLaterDialog(self.clock, preview=body, parent=self)
        self.send_later_dialog = dialog

        def chosen(result: int) -> None:
            self.send_later_dialog = None
            dialog.deleteLater()
            if result != SendLaterDialog.DialogCode.Accepted:
                return
            if self._conversation is None or self._conversation.id != conversation_id:
                return
            if self.editor.toPlainText().strip() == body:
                self.editor.clear()
            self._queue(
                conversation_id,
                body,
                scheduled_at=dialog.scheduled_at,
                cancel_if_reply=dialog.cancel_if_reply.isChecked(),
            )

        dialog.finished.connect(chosen)
        dialog.open()

    def edit_scheduled(self, message: Message) -> None:
        """Change a scheduled message's text and time (refused if it is being sent)."""
        dialog = SendLaterDialog(
            self.clock,
            when=message.scheduled_at,
            cancel_if_reply=message.cancel_if_reply,
            body=message.body,
            parent=self,
        )
        self.send_later_dialog = dialog
        store = self._store

        def chosen(result: int) -> None:
            self.send_later_dialog = None
            dialog.deleteLater()
            if result != SendLaterDialog.DialogCode.Accepted:
                return
            body, when = dialog.body, dialog.scheduled_at
            cancel = dialog.cancel_if_reply.isChecked()
            self._tasks.run(
                lambda: store.edit_scheduled(message.id, body, when, cancel_if_reply=cancel),
                None,
                lambda err: self.sig_error.emit(str(err)),
            )

        dialog.finished.connect(chosen)
        dialog.open()

    def cancel_scheduled(self, message_id: int) -> None:
        """Cancel a scheduled message (refused if it is being sent)."""
        store = self._store
        self._tasks.run(
            lambda: store.cancel_scheduled(message_id),
            None,
            lambda err: self.sig_error.emit(str(err)),
        )

    def _queue(
        self,
        conversation_id: ConversationId,
        body: str,
        *,
        scheduled_at: datetime | None = None,
        cancel_if_reply: bool = False,
    ) -> None:
        desk, me, store = self._desk_number, self._user_id, self._store

        def put_back() -> None:
            if self._conversation is not None and self._conversation.id == conversation_id:
                if not self.editor.toPlainText().strip():
                    self.editor.setPlainText(body)
            else:
                self._drafts[conversation_id] = body

        def failed(error: Exception) -> None:
            put_back()
            if isinstance(error, OwnedByOther):
                self._offer_take_over(
                    conversation_id,
                    body,
                    error,
                    lambda: self._queue(
                        conversation_id,
                        body,
                        scheduled_at=scheduled_at,
                        cancel_if_reply=cancel_if_reply,
                    ),
                )
                return
            if isinstance(error, OptedOut):
                self.sig_error.emit(f"{error} Your message was not sent; its text is kept.")
                return
            log.error("could not store an outgoing message", exc_info=error)
            self.sig_error.emit(
                f"Your message could not be saved, so it was not sent: {error}. "
                "Its text is back in the box."
            )

        self._tasks.run(
            lambda: store.queue_outbound(
                conversation_id,
                body,
                desk_number=desk,
                user_id=me,
                scheduled_at=scheduled_at,
                cancel_if_reply=cancel_if_reply,
            ),
            self.sig_message_queued.emit,
            failed,
        )

    def _offer_take_over(
        self,
        conversation_id: ConversationId,
        body: str,
        owned: OwnedByOther,
        requeue: Callable[[], None],
    ) -> None:
        """Someone else owns it: ask before taking over, then send."""
        name = owned.owner_label or "a colleague"
        first = name.split(" (")[0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Take over?",
            f"{name} is answering this conversation. Take over from {first}?\n\n"
            f"The conversation becomes yours and {first} sees that you took over.",
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        take = box.addButton("Take over", QMessageBox.ButtonRole.AcceptRole)
        take.setAccessibleName("Take over")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(take)
        self.take_over_box = box

        def answered(_result: int) -> None:
            if box.clickedButton() is not take or self._user_id is None:
                return  # the text stays in the box
            me, store = self._user_id, self._store

            def taken(_conversation: Conversation) -> None:
                showing = (
                    self._conversation is not None and self._conversation.id == conversation_id
                )
                if showing and self.editor.toPlainText().strip() == body:
                    self.editor.clear()
                requeue()

            self._tasks.run(
                lambda: store.take_over(conversation_id, me, expected_owner=owned.owner_id),
                taken,
                lambda err: self.sig_error.emit(str(err)),
            )

        box.finished.connect(answered)
        box.open()

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

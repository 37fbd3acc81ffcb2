"""The conversation widget: header, an opt-out banner, messages, a Retry banner and the
"Say something" box with Send and Send later (the header and banners are in
desktop.ui.conversation.conversation_header, the box itself in desktop.ui.conversation.composer).

A message typed here is stored (in the store thread) before anything else happens; only then
is the sync worker woken to send it. If storing fails, the text goes back into the box.
Outside the recipient's quiet-hours window, or in a colleague's conversation, it asks first:
one question, inline above the box (desktop.ui.conversation.question_bar); a number that
opted out gets a banner and a disabled box instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.media import PICTURE_PREVIEW, Media
from desktop.core.models import (
    Conversation,
    ConversationId,
    Direction,
    Message,
    MessageId,
    MessageKind,
    StoreChange,
    UserId,
    utcnow,
)
from desktop.core.phone import format_for_display
from desktop.core.segments import count_segments, describe
from desktop.core.templates import Template, unfilled_variables
from desktop.pictures.cache import PictureCache
from desktop.ui.conversation.attachments import PictureAttachments, dropped_files
from desktop.ui.conversation.composer import (
    MessageEdit,
    give_composer_icons,
    reply_blocked_placeholder,
    reply_blocked_reason,
    reply_blocked_title,
)
from desktop.ui.conversation.conversation_header import (
    ConversationHeader,
    FailureBanner,
    OptOutBanner,
)
from desktop.ui.conversation.find_bar import ConversationFind, FindBar
from desktop.ui.conversation.message_view import MessageListView
from desktop.ui.conversation.messages import MessageListModel
from desktop.ui.conversation.outgoing import OutgoingMessages
from desktop.ui.conversation.pictures import PictureViewer, Thumbnails
from desktop.ui.conversation.question_bar import (
    Choice,
    QuestionBar,
    send_question,
    with_unfilled,
)
from desktop.ui.conversation.scheduling import QuietHours, SendLaterDialog, no_quiet_hours
from desktop.ui.dialogs.templates import (
    ManageTemplatesDialog,
    SlashCompleter,
    TemplateLibrary,
    TemplateMenu,
    insert_filled_template,
    template_button,
)
from desktop.ui.look.announce import announce
from desktop.ui.look.spoken import status_label
from desktop.ui.threads.operations import ConversationOperations
from desktop.ui.threads.tasks import TaskRunner
from desktop.ui.window.chat_list import conversation_title

if TYPE_CHECKING:
    from desktop.store.ports import ConversationStore

log = logging.getLogger("smsdesk.ui.conversation")


class ConversationWidget(OutgoingMessages):
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
        sig_fetch_picture(int, str): this desk's cache lacks a picture (media id, cache key).
    """

    sig_fetch_picture = Signal(int, str)

    def __init__(
        self,
        store: ConversationStore,
        tasks: TaskRunner,
        region: str,
        desk_number: str,
        user_id: UserId | None = None,
        parent: QWidget | None = None,
        *,
        my_name: str = "",
        is_admin: bool = False,
        staged: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setAcceptDrops(True)
        self._user_id = user_id
        self._my_name = my_name
        self._is_admin = is_admin
        self.picture_cache: PictureCache | None = None
        self._store = store
        self._tasks = tasks
        # User actions run as operations; their refusals and failures end here as sentences.
        self.operations = ConversationOperations(tasks, store, self.sig_error.emit)
        self._region = region
        self._desk_number = desk_number
        self._conversation: Conversation | None = None
        self._drafts: dict[ConversationId, str] = {}
        self.quiet_hours: QuietHours = no_quiet_hours
        self.clock: Callable[[], datetime] = utcnow
        # The send the question bar asks about: (conversation, text, pictures, its owner,
        # cancel if they reply first).
        self._asked: tuple[ConversationId, str, tuple[Path, ...], UserId | None, bool] | None = None
        self.send_later_dialog: SendLaterDialog | None = None
        # Built in parts (``staged``: one part per ``build_next_part``, so that the window
        # painted early can build it over several turns of the event loop); the first now.
        self._parts: Iterator[None] | None = self._build_parts(store, tasks, user_id)
        self.build_next_part()
        if not staged:
            self.finish_building()

    def build_next_part(self) -> bool:
        """Build the next part of a panel made ``staged``; True once it is whole."""
        if self._parts is None:
            return True
        try:
            next(self._parts)
        except StopIteration:
            self._parts = None
            return True
        return False

    def finish_building(self) -> None:
        """Build what is left of a panel made ``staged``."""
        while not self.build_next_part():
            pass

    def _build_parts(
        self, store: ConversationStore, tasks: TaskRunner, user_id: UserId | None
    ) -> Iterator[None]:
        """The panel's widgets, in parts: the header and the messages; the find bar and the
        banners; the composer's box and buttons; the templates and pictures; the layout."""
        self.header = ConversationHeader()
        self.model = MessageListModel(store, tasks, self)
        self.model.me = user_id
        self.view = MessageListView()
        self.view.setModel(self.model)
        self.view.sig_retry.connect(self.retry)
        self.view.sig_discard.connect(self.discard)
        self.view.sig_edit_scheduled.connect(self.edit_scheduled)
        self.view.sig_cancel_scheduled.connect(self.cancel_scheduled)
        self.opt_out_banner = OptOutBanner()
        self.view.sig_open_picture.connect(self.open_picture)
        self.thumbnails = Thumbnails(None, self)
        self.thumbnails.sig_missing.connect(self._picture_missing)
        self.view.set_thumbnails(self.thumbnails)
        yield
        self.find_bar = FindBar()
        # (Not "find": that is QWidget.find(), which this would hide.)
        self.conversation_find = ConversationFind(
            self.find_bar, store, tasks, self.model, self.view
        )
        self.find_bar.sig_closed.connect(self.focus_editor)
        self.banner = FailureBanner()
        self.banner.sig_retry.connect(self.retry_all_failed)
        self.banner.sig_discard.connect(self.discard_all_failed)
        self.model.sig_failed_changed.connect(self._show_failures)
        yield

        self.editor = MessageEdit()
        self.editor.sig_submit.connect(self.send)
        self.editor.textChanged.connect(self._text_changed)
        self.question_bar = QuestionBar()
        self.question_bar.sig_answered.connect(self._answered)
        # Typing again (or another conversation's draft) takes the question back.
        self.editor.textChanged.connect(self.withdraw_question)
        #: button: sends the typed message now
        send = translate("ConversationPane", "Send")
        self.send_button = QPushButton(send)
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName(send)
        self.send_button.setToolTip(
            translate("ConversationPane", "Send (Enter) — Shift+Enter for a new line")
        )
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send)
        send_later = translate("ConversationPane", "Send later…")
        self.send_later_action = QAction(send_later, self)
        self.send_later_action.setObjectName("send_later_action")
        self.send_later_action.triggered.connect(self.send_later)
        send_menu = QMenu(self)
        send_menu.setAccessibleName(translate("ConversationPane", "Send options"))
        send_menu.addAction(self.send_later_action)
        self.send_later_button = QToolButton()
        self.send_later_button.setObjectName("sendLaterButton")
        self.send_later_button.setText("▾")
        self.send_later_button.setAccessibleName(translate("ConversationPane", "Send later"))
        self.send_later_button.setToolTip(send_later)
        self.send_later_button.setMenu(send_menu)
        self.send_later_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.send_later_button.setEnabled(False)
        self.counter = QLabel()
        self.counter.setObjectName("segmentCounter")
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        status_label(self.counter, translate("ConversationPane", "Message length"))
        self.counter.hide()
        yield

        self.templates = TemplateLibrary(store, tasks, user_id, self)
        self.templates.sig_error.connect(self.sig_error)
        self.template_menu = TemplateMenu(self.templates, self)
        self.template_menu.sig_chosen.connect(lambda t: self.insert_template(t))
        self.template_menu.sig_manage.connect(self.manage_templates)
        self.template_button = template_button(self.template_menu)
        # The pictures to send with the next message.
        self.picture_attachments = PictureAttachments(
            self,
            show_hint=self.show_hint,
            changed=self._text_changed,
            focus_editor=self.focus_editor,
        )
        self.attach_button = self.picture_attachments.attach_button
        give_composer_icons(
            send=self.send_button, templates=self.template_button, attach_picture=self.attach_button
        )
        self.slash = SlashCompleter(self.editor, self.templates, self.insert_template)
        self.editor.completer_visible = lambda: self.slash.visible
        self.hint = QLabel()
        self.hint.setObjectName("composerHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        status_label(self.hint, translate("ConversationPane", "Composer notice"))
        self.hint.hide()
        yield

        composer = QFrame()
        composer.setObjectName("composerBar")
        # A grid, so the picture line, notices and the length counter sit under the box they
        # belong to, not under the tool buttons.
        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignVCenter)
        tools.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignVCenter)
        send_pair = QHBoxLayout()
        send_pair.setSpacing(0)
        send_pair.addWidget(self.send_button)
        send_pair.addWidget(self.send_later_button)
        grid = QGridLayout(composer)
        grid.setContentsMargins(16, 10, 16, 12)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.picture_attachments.attachment_row, 0, 1)
        grid.addLayout(tools, 1, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.editor, 1, 1)
        grid.addLayout(send_pair, 1, 2, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.hint, 2, 1, 1, 2)
        grid.addWidget(self.counter, 3, 1)
        grid.setColumnStretch(1, 1)

        line = QFrame()
        line.setObjectName("headerRule")
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(line)
        layout.addWidget(self.opt_out_banner)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.question_bar)
        layout.addWidget(composer)

    @property
    def conversation(self) -> Conversation | None:
        return self._conversation

    def newest_shown_id(self, conversation_id: ConversationId) -> MessageId:
        """The newest message of ``conversation_id`` this view shows (its last row), or 0
        when it shows none of it: what Dealt with and Archive apply to."""
        if self.model.conversation_id != conversation_id:
            return MessageId(0)
        return self.model.newest_stored_id()

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
        self.withdraw_question()
        if self._conversation is not None:
            draft = self.editor.toPlainText()
            if draft.strip():
                self._drafts[self._conversation.id] = draft
        self._conversation = None
        self.editor.clear()
        self._show_opt_out()
        self.model.load(None)

    def set_user(self, user_id: UserId, *, my_name: str = "", is_admin: bool = False) -> None:
        """Who is signed in, for a panel built before the sign-in was known (the window
        painted early builds it while the remembered sign-in is checked)."""
        self._user_id = user_id
        self._my_name = my_name
        self._is_admin = is_admin
        self.model.me = user_id
        self.templates.user_id = user_id

    def set_region(self, region: str) -> None:
        self._region = region
        if self._conversation is not None:
            self.header.show_conversation(self._conversation, region, self._user_id)

    def set_desk_number(self, number: str) -> None:
        """The desk's own number changed (another gateway): new messages are sent from it."""
        self._desk_number = number

    def use_store(self, store: ConversationStore) -> None:
        """Write through ``store`` from now on (the session's new view; GUI thread only)."""
        self._store = store
        self.operations.use_store(store)

    def show_conversation(self, conversation: Conversation) -> None:
        """Show ``conversation`` (keeping the draft of the one that was open)."""
        if self._conversation is not None and self._conversation.id == conversation.id:
            self._conversation = conversation
            self.header.show_conversation(conversation, self._region, self._user_id)
            self.model.peer_name = conversation_title(conversation, self._region)
            self._show_opt_out()
            return
        self.withdraw_question()
        if self._conversation is not None:
            draft = self.editor.toPlainText()
            if draft.strip():
                self._drafts[self._conversation.id] = draft
            else:
                self._drafts.pop(self._conversation.id, None)
        self._conversation = conversation
        self.header.show_conversation(conversation, self._region, self._user_id)
        self.model.peer_name = conversation_title(conversation, self._region)
        self.model.peer_number = conversation.peer_number
        self.set_attachments(())
        self.show_hint("")
        self.templates.refresh()  # ready before the menu or "/" asks (other desks change them)
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
                self.model.peer_name = conversation_title(conversation, self._region)
                self._show_opt_out()
        arrived = [
            m
            for m in change.messages
            if m.conversation_id == current
            and m.direction is Direction.INBOUND
            and m.kind is MessageKind.SMS
            and self.model.row_of(m.id) is None
        ]
        self.model.apply_messages(change.messages)
        if arrived and not self.model.loading:
            # A new message in the open conversation is read out, politely, as it comes.
            announce(self.view, self.model.spoken(arrived[-1]))
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
        return reply_blocked_reason(self._conversation)

    def _show_opt_out(self) -> None:
        """Banner and a disabled box while nothing can be sent (the number opted out, or it
        is a sender name); the box back after."""
        reason = self.blocked_reason
        self.opt_out_banner.show_reason(reason, reply_blocked_title(self._conversation))
        self.editor.setEnabled(not reason)
        self.template_button.setEnabled(not reason)
        self.attach_button.setEnabled(not reason)
        self.editor.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if reason
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.editor.setPlaceholderText(
            reply_blocked_placeholder(self._conversation)
            #: placeholder of the box where the message to send is typed
            or translate("Composer", "Say something")
        )
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
        has_content = bool(text) or bool(self.attachments)
        sendable = has_content and not count.too_long and not self.blocked_reason
        self.send_button.setEnabled(sendable)
        self.send_later_button.setEnabled(sendable)
        self.counter.setVisible(bool(text))
        self.counter.setText(describe(count) if text else "")
        self.counter.setProperty(
            "state", "error" if count.too_long else "unicode" if count.encoding == "UCS-2" else ""
        )
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)

    def _typed(self) -> tuple[str, tuple[Path, ...]] | None:
        """The box's text and attached pictures if they can be sent now, else None."""
        if self._conversation is None or self.blocked_reason:
            return None
        body = self.editor.toPlainText().strip()
        pictures = self.attachments
        if (not body and not pictures) or count_segments(body).too_long:
            return None
        return body, pictures

    def send(self) -> None:
        """Store the typed message (and picture) in the outbox, then let the worker send it.

        Outside the recipient's quiet hours, in a colleague's conversation, or with template
        variables still in the text ("{first_name}"), one question asks first, inline above
        the box: send (taking over), send at the start of their window (scheduled), or
        cancel (the text stays in the box). Never a second question for the same send.
        """
        typed = self._typed()
        if typed is None or self._conversation is None:
            return
        if self.question_bar.asking:
            self.question_bar.focus_default()  # Enter again: back to the open question
            return
        body, pictures = typed
        conversation = self._conversation
        owner = None
        if conversation.answered_by_other(self._user_id) and self._user_id is not None:
            owner = conversation.owner_label or translate("ConversationPane", "a colleague")
        who = format_for_display(conversation.peer_number, self._region)
        asked = send_question(
            conversation.peer_number, who, self.quiet_hours, self.clock, owner=owner
        )
        unfilled = unfilled_variables(body)
        if unfilled:  # said in the same one question, never a second one
            asked = with_unfilled(asked, unfilled)
        if asked is None:
            self._send_typed(conversation.id, body, pictures, None, cancel_if_reply=True)
            return
        owner_id = conversation.owner_id if owner is not None else None
        self._asked = (conversation.id, body, pictures, owner_id, True)
        self.question_bar.ask(asked)

    def withdraw_question(self) -> None:
        """Take the open question back unanswered (the text stays in the box)."""
        if self.question_bar.asking:
            self._asked = None
            self.question_bar.withdraw()

    def _answered(self, choice: Choice | None) -> None:
        """The question was answered: send as chosen, or (Cancel) leave the text in the box."""
        asked, self._asked = self._asked, None
        self.focus_editor()
        if choice is None or asked is None:
            return
        conversation_id, body, pictures, owner_id, cancel_if_reply = asked
        if self._conversation is None or self._conversation.id != conversation_id:
            return
        if not choice.take_over or owner_id is None or self._user_id is None:
            self._send_typed(
                conversation_id, body, pictures, choice.send_at, cancel_if_reply=cancel_if_reply
            )
            return

        def taken(_conversation: Conversation) -> None:
            showing = self._conversation is not None and self._conversation.id == conversation_id
            if showing and self._typed() == (body, pictures):
                self._send_typed(
                    conversation_id,
                    body,
                    pictures,
                    choice.send_at,
                    cancel_if_reply=cancel_if_reply,
                )
            else:  # the box changed meanwhile: store what was asked about, as it was
                self.store_outgoing(
                    conversation_id, body, pictures, choice.send_at, cancel_if_reply
                )

        self.operations.take_over(conversation_id, self._user_id, owner_id, taken, self._failed)

    def _send_typed(
        self,
        conversation_id: ConversationId,
        body: str,
        pictures: tuple[Path, ...],
        scheduled_at: datetime | None,
        *,
        cancel_if_reply: bool,
    ) -> None:
        """Empty the box and queue what it held (now, or at ``scheduled_at``)."""
        self.editor.clear()
        self.set_attachments(())
        self.view.scroll_to_end()
        self.store_outgoing(conversation_id, body, pictures, scheduled_at, cancel_if_reply)

    def send_later(self) -> None:
        """Ask when, then store the typed message as scheduled (the worker sends it then)."""
        typed = self._typed()
        if typed is None or self._conversation is None:
            return
        body, pictures = typed
        conversation_id = self._conversation.id

        def chosen(dialog: SendLaterDialog) -> None:
            if self._conversation is None or self._conversation.id != conversation_id:
                return
            if self._typed() != (body, pictures):
                return  # changed while the dialog was open: let them choose again
            self._send_typed(
                conversation_id,
                body,
                pictures,
                dialog.scheduled_at,
                cancel_if_reply=dialog.cancel_if_reply.isChecked(),
            )

        self._ask_when(
            SendLaterDialog(self.clock, preview=body or PICTURE_PREVIEW, parent=self), chosen
        )

    def edit_scheduled(self, message: Message) -> None:
        """Change a scheduled message's text and time (refused if it is being sent)."""

        def chosen(dialog: SendLaterDialog) -> None:
            body, when = dialog.body, dialog.scheduled_at
            cancel = dialog.cancel_if_reply.isChecked()
            self.operations.edit_scheduled(
                message.id, body, when, cancel_if_reply=cancel, on_failed=self._failed
            )

        dialog = SendLaterDialog(
            self.clock,
            when=message.scheduled_at,
            cancel_if_reply=message.cancel_if_reply,
            body=message.body,
            parent=self,
        )
        self._ask_when(dialog, chosen)

    def _ask_when(self, dialog: SendLaterDialog, chosen: Callable[[SendLaterDialog], None]) -> None:
        """Open the Send later dialog; once it is closed, ``chosen`` if it was accepted."""
        self.send_later_dialog = dialog

        def closed(result: int) -> None:
            self.send_later_dialog = None
            dialog.deleteLater()
            if result == SendLaterDialog.DialogCode.Accepted:
                chosen(dialog)

        dialog.finished.connect(closed)
        dialog.open()

    def cancel_scheduled(self, message_id: MessageId) -> None:
        """Cancel a scheduled message (refused if it is being sent)."""
        self.operations.cancel_scheduled(MessageId(message_id), on_failed=self._failed)

    # -- templates ---------------------------------------------------------------------------

    def insert_template(self, template: Template, replace_typed: int = 0) -> None:
        """Put ``template``, filled in for this contact, at the cursor (replacing "/name")."""
        contact = self._conversation.display_name if self._conversation is not None else None
        insert_filled_template(self.editor, template, contact, self._my_name, replace_typed)
        self.focus_editor()

    def manage_templates(self) -> None:
        dialog = ManageTemplatesDialog(self.templates, is_admin=self._is_admin, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.templates_dialog = dialog
        dialog.open()

    # -- find ------------------------------------------------------------------------------

    def open_find(self) -> None:
        """Find in this conversation (Ctrl+F inside it)."""
        if self._conversation is not None:
            self.conversation_find.open()

    # -- pictures --------------------------------------------------------------------------

    def set_picture_cache(self, cache: PictureCache) -> None:
        self.picture_cache = cache
        self.thumbnails.set_cache(cache)

    def show_hint(self, sentence: str) -> None:
        self.hint.setText(sentence)
        self.hint.setVisible(bool(sentence))

    def attach_picture(self, path: Path | None = None) -> None:
        """Attach ``path`` (or pictures chosen in a file dialog) to the next message."""
        self.picture_attachments.attach(path)

    def set_attachments(self, pictures: tuple[Path, ...]) -> None:
        """The pictures to send with the next message (none: ``()``)."""
        self.picture_attachments.set(pictures)

    @property
    def attachments(self) -> tuple[Path, ...]:
        return self.picture_attachments.pictures

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._conversation is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
        if not paths or self._conversation is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        for path in paths:
            self.attach_picture(path)

    def open_picture(self, media: Media) -> None:
        """Show a picture full size."""
        if self.picture_cache is None:
            return
        viewer = PictureViewer(media, self.picture_cache, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picture_viewer = viewer
        viewer.open()

    def _picture_missing(self, key: str) -> None:
        """This desk's disk cache lacks a picture: ask the sync worker to fetch it."""
        item = self.model.media_with_key(key)
        if item is None:
            self.thumbnails.fetched(key, False)
            return
        self.sig_fetch_picture.emit(item.id, key)

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

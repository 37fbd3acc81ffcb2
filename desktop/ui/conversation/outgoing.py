"""What the conversation pane stores to send: a typed message or pictures, now or scheduled,
with the text put back in the box (and the reason said) when it cannot be stored, and a
failed message sent again. ``ConversationWidget`` (``pane.py``) builds on it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.core.i18n import translate
from desktop.core.models import (
    Conversation,
    ConversationId,
    Direction,
    Message,
    MessageId,
    MessageStatus,
    UserId,
    utcnow,
)
from desktop.store.errors import OwnedByOther
from desktop.ui.conversation.attachments import PictureAttachments, queue_pictures
from desktop.ui.conversation.question_bar import QuestionBar, take_over_question
from desktop.ui.threads.failures import Failure

if TYPE_CHECKING:
    from desktop.pictures.cache import PictureCache
    from desktop.store.ports import ConversationStore
    from desktop.ui.conversation.composer import MessageEdit
    from desktop.ui.conversation.message_view import MessageListView
    from desktop.ui.conversation.messages import MessageListModel
    from desktop.ui.threads.operations import ConversationOperations


class OutgoingMessages(QWidget):
    """Storing what the pane sends, and sending failed messages again.

    Signals:
        sig_message_queued(Message): stored in the outbox (the worker sends it).
        sig_error(str): a sentence saying why something could not be done.
    """

    sig_message_queued = Signal(object)
    sig_error = Signal(str)

    # Made by ConversationWidget.
    operations: ConversationOperations
    editor: MessageEdit
    model: MessageListModel
    view: MessageListView
    question_bar: QuestionBar
    picture_attachments: PictureAttachments
    picture_cache: PictureCache | None
    _store: ConversationStore
    _conversation: Conversation | None
    _drafts: dict[ConversationId, str]
    _desk_number: str
    _user_id: UserId | None
    _asked: tuple[ConversationId, str, tuple[Path, ...], UserId | None, bool] | None

    if TYPE_CHECKING:  # ConversationWidget's

        def set_attachments(self, pictures: tuple[Path, ...]) -> None: ...

        def show_hint(self, sentence: str) -> None: ...

        def withdraw_question(self) -> None: ...

    def store_outgoing(
        self,
        conversation_id: ConversationId,
        body: str,
        pictures: tuple[Path, ...],
        scheduled_at: datetime | None,
        cancel_if_reply: bool,
    ) -> None:
        """Store ``body`` (with ``pictures``) to send now, or at ``scheduled_at``."""
        if pictures:
            self._queue_pictures(
                conversation_id,
                body,
                pictures,
                scheduled_at=scheduled_at,
                cancel_if_reply=cancel_if_reply,
            )
        else:
            self._queue(
                conversation_id, body, scheduled_at=scheduled_at, cancel_if_reply=cancel_if_reply
            )

    def _showing(self, conversation_id: ConversationId) -> bool:
        return self._conversation is not None and self._conversation.id == conversation_id

    def _put_back(self, conversation_id: ConversationId, body: str) -> None:
        """Not stored: the text goes back in the box (or the conversation's draft)."""
        if self._showing(conversation_id):
            if not self.editor.toPlainText().strip():
                self.editor.setPlainText(body)
        else:
            self._drafts[conversation_id] = body

    def _queue_pictures(
        self,
        conversation_id: ConversationId,
        body: str,
        paths: tuple[Path, ...],
        *,
        scheduled_at: datetime | None = None,
        cancel_if_reply: bool = False,
    ) -> None:
        desk, me, store = self._desk_number, self._user_id, self._store
        publisher, cache = self.picture_attachments.publisher(), self.picture_cache

        def work() -> Message:
            return queue_pictures(
                store,
                publisher,
                cache,
                conversation_id,
                body,
                paths,
                desk_number=desk,
                user_id=me,
                scheduled_at=scheduled_at,
                cancel_if_reply=cancel_if_reply,
            )

        def failed(failure: Failure) -> None:
            self._put_back(conversation_id, body)
            if self._showing(conversation_id):
                self.set_attachments(paths)
            if failure.refusal is not None:
                self.show_hint(failure.sentence)
                return
            self.sig_error.emit(
                translate("ConversationPane", "Your pictures were not sent. {reason}").format(
                    reason=failure.sentence
                )
            )

        self.operations.run("store outgoing pictures", work, self.sig_message_queued.emit, failed)

    def _queue(
        self,
        conversation_id: ConversationId,
        body: str,
        *,
        scheduled_at: datetime | None = None,
        cancel_if_reply: bool = False,
    ) -> None:
        # Shown at once, with its clock, while the store thread stores it: the stored
        # message takes its place (or, if it cannot be stored, it goes and the text is put
        # back in the box).
        provisional = None
        if scheduled_at is None and self._showing(conversation_id):
            provisional = self.model.show_provisional(
                Message(
                    MessageId(0),
                    conversation_id,
                    Direction.OUTBOUND,
                    body,
                    MessageStatus.QUEUED,
                    utcnow(),
                    user_id=self._user_id,
                )
            )
            if provisional is not None:
                self.view.paint_now()

        def stored(message: Message) -> None:
            if provisional is not None:
                self.model.settle_provisional(provisional, message)
            self.sig_message_queued.emit(message)

        def failed(failure: Failure) -> None:
            if provisional is not None:
                self.model.settle_provisional(provisional, None)
            self._put_back(conversation_id, body)
            showing = self._conversation if self._showing(conversation_id) else None
            if isinstance(failure.refusal, OwnedByOther) and showing is not None:
                # Someone took it a moment ago (this desk had not heard yet): ask now.
                self.withdraw_question()
                owned = failure.refusal
                self._asked = (conversation_id, body, (), owned.owner_id, cancel_if_reply)
                self.question_bar.ask(
                    take_over_question(
                        owned.owner_label or translate("ConversationPane", "a colleague"),
                        scheduled_at,
                        showing.peer_number,
                    )
                )
                return
            self.sig_error.emit(
                translate(
                    "ConversationPane",
                    "{reason} Your message was not sent; its text is back in the box.",
                ).format(reason=failure.sentence)
            )

        self.operations.queue_message(
            conversation_id,
            body,
            desk_number=self._desk_number,
            user_id=self._user_id,
            scheduled_at=scheduled_at,
            cancel_if_reply=cancel_if_reply,
            on_done=stored,
            on_failed=failed,
        )

    def retry(self, message_id: MessageId) -> None:
        """Send a failed message again."""
        self.operations.retry(MessageId(message_id), self.sig_message_queued.emit, self._failed)

    def retry_all_failed(self) -> None:
        for message in self.model.failed_messages():
            self.retry(message.id)

    def discard(self, message_id: MessageId) -> None:
        """Give up on a failed message: it shows as cancelled and is never sent."""
        store = self.operations.store
        mid = MessageId(message_id)
        self.operations.run(
            "discard a message", lambda: store.outbound.discard(mid), None, self._failed
        )

    def discard_all_failed(self) -> None:
        for message in self.model.failed_messages():
            self.discard(message.id)

    def _failed(self, failure: Failure) -> None:
        self.sig_error.emit(failure.sentence)

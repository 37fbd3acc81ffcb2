"""What a pop-up's (and a desktop notification's) buttons do in a running desk: Reply
(stored in the outbox, then sent by the sync worker; a conversation a colleague owns is
offered to take over in the pop-up itself), Mark as read, and Open.

``SmsDesk`` makes one (``SmsDesk.answers``) and connects the pop-ups and the notifier to it.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Protocol

import shiboken6

from desktop.accounts.staff import User
from desktop.core.i18n import translate
from desktop.core.models import Conversation, ConversationId, Message, MessageId
from desktop.gateway.connection import GatewayConfig
from desktop.store import OwnedByOther, Store
from desktop.ui.notifications.popups import MessagePopup
from desktop.ui.threads.failures import Failure
from desktop.ui.threads.operations import ConversationOperations
from desktop.ui.threads.tasks import TaskRunner
from desktop.ui.threads.worker import SyncThread
from desktop.ui.window.main_window import MainWindow

log = logging.getLogger("smsdesk.app")


class AnsweringDesk(Protocol):
    """What the answers read of the running desk (``SmsDesk``), each time: a pop-up
    answered after a sign-out finds no session and does nothing."""

    tasks: TaskRunner
    gateway: GatewayConfig | None
    user: User | None
    session: Store | None
    window: MainWindow | None

    @property
    def sync(self) -> SyncThread | None: ...


class PopupAnswers:
    """A pop-up's Reply, Mark as read and Open, carried out in ``desk``'s session."""

    def __init__(self, desk: AnsweringDesk) -> None:
        self._desk = desk

    def mark_read(self, conversation_id: int, up_to: int) -> None:
        """Mark as read from a pop-up: up to the newest message it showed."""
        desk = self._desk
        store = desk.session
        if store is None:
            return
        window = desk.window
        show_error = window.show_error if window else log.error
        ConversationOperations(desk.tasks, store, show_error).mark_read(
            ConversationId(conversation_id), MessageId(up_to)
        )

    def open_conversation(self, conversation_id: int) -> None:
        """Show the main window on this conversation (a pop-up's Open)."""
        desk = self._desk
        window = desk.window
        if window is None:
            return
        window.bring_to_front()
        store = desk.session
        if store is None:
            return

        def show(conversation: Conversation | None) -> None:
            if conversation is not None and desk.window is window:
                window.open_conversation(conversation)

        desk.tasks.run(lambda: store.conversations.get(ConversationId(conversation_id)), show)

    def reply(
        self,
        conversation_id: int,
        text: str,
        scheduled_at: datetime | None,
        popup: MessagePopup,
    ) -> None:
        """Store a pop-up's reply in the outbox (then the worker sends it), and mark read."""
        desk = self._desk
        if desk.gateway is None or desk.session is None:
            return
        store, number = desk.session, desk.gateway.number
        me = desk.user.id if desk.user is not None else None
        cid = ConversationId(conversation_id)
        # Answering reads what the pop-up showed, not an SMS that arrived while typing.
        seen = MessageId(popup.newest_shown_id)

        def stored(message: Message) -> None:
            if desk.sync is not None:
                desk.sync.sig_wake.emit()
            if shiboken6.isValid(popup):
                popup.track(message)

        def failed(failure: Failure) -> None:
            if not shiboken6.isValid(popup):
                return
            if isinstance(failure.refusal, OwnedByOther) and me is not None:
                # Asked in the pop-up itself; taking over then stores the reply again.
                owned = failure.refusal

                def take_over() -> None:
                    def taken(_conversation: Conversation) -> None:
                        if shiboken6.isValid(popup):
                            self.reply(conversation_id, text, scheduled_at, popup)

                    def refused(failure: Failure) -> None:
                        if shiboken6.isValid(popup):
                            popup.reply_failed(failure.sentence)

                    ConversationOperations(desk.tasks, store, popup.reply_failed).take_over(
                        cid, me, owned.owner_id, taken, refused
                    )

                popup.offer_take_over(owned.owner_label, scheduled_at, take_over)
                return
            if failure.refusal is not None:
                popup.reply_failed(failure.sentence)
                return
            popup.reply_failed(
                translate("Desk", "Not saved, so not sent. {reason}").format(
                    reason=failure.sentence
                )
            )

        ConversationOperations(desk.tasks, store, popup.reply_failed).queue_message(
            cid,
            text,
            desk_number=number,
            user_id=me,
            scheduled_at=scheduled_at,
            cancel_if_reply=scheduled_at is not None,
            seen_up_to=seen,
            on_done=stored,
            on_failed=failed,
        )

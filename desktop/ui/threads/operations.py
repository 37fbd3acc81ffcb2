"""What a user does, as operations: run in the store thread, answered in the GUI thread.

Each operation is a named method: the store call (where its rules live) runs through the
``TaskRunner``; success goes to ``on_done`` and failure to ``on_failed`` in
the GUI thread. Failure always passes through ``desktop.ui.threads.failures.failure_of``, the one
place that tells a refusal (its sentence, for the user) from a bug (logged with its
traceback; a generic sentence, never the exception's own text).

The operations are grouped by the narrow store port they need (``desktop.store.ports``):
``ConversationOperations`` (sending, ownership, read state: a ``ConversationStore``, which
the window's ``WindowStore`` and a session's ``Store`` both are), ``ContactOperations`` (a
``ContactsStore``) and ``TemplateOperations`` (a ``TemplatesStore``). ``Operations[S]`` is
what they share: ``run`` for a one-off operation written at its call site (an export, an
import, opening a conversation), which captures the store it reads.

Still on the ``TaskRunner`` directly, and why: reads that change nothing (page loading in
the message and chat list models, find, search, the unread and set-aside counts, the contact
for a number, contact and template lists, the colleagues to transfer to); the sign-in and
settings dialogs' account, keyring and gateway work and the desk's snapshot writes (their
own runners and their own known errors: AccountError, GatewayError, KeyringUnavailable, all
refusals); reading a contacts file before its preview. The set-aside dialog's Retry and
Discard (desktop/ui/dialogs/set_aside.py) are the one user action left to move. Whatever fails
there without its own error callback still reaches the user through ``failure_of`` (the
runner's fallback), never as the exception's text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from desktop.core.models import (
    Contact,
    ContactDraft,
    ContactId,
    Conversation,
    ConversationId,
    Message,
    MessageId,
    UserId,
)
from desktop.ui.threads.failures import Failure, failure_of
from desktop.ui.threads.tasks import TaskRunner

if TYPE_CHECKING:  # (named as strings in the classes' bases: not loaded before the first paint)
    from desktop.store.ports import (  # noqa: F401 - used in the string bases below
        ContactsStore,
        ConversationStore,
        TemplatesStore,
    )

T = TypeVar("T")
S = TypeVar("S")  # the store port the operations write through


def _alive(callback: Callable[..., Any] | None) -> bool:
    """False when ``callback`` is a method of a Qt object whose C++ side is deleted."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Operations(Generic[S]):
    """Operations a user performs, each run in the store thread.

    Every method takes ``on_done`` (the result, GUI thread) and ``on_failed`` (a ``Failure``,
    GUI thread); without ``on_failed`` the sentence goes to ``show_error``. A callback that
    is a method of a widget deleted meanwhile is not called.

    Args:
        tasks: the store thread.
        store: the session's store view (``use_store`` replaces it; GUI thread only).
        show_error: where a failure's sentence goes when the caller has no ``on_failed``
            (the main window's status bar / error box).
    """

    def __init__(self, tasks: TaskRunner, store: S, show_error: Callable[[str], object]) -> None:
        self._tasks = tasks
        self._store = store
        self.show_error = show_error

    @property
    def store(self) -> S:
        return self._store

    def use_store(self, store: S) -> None:
        """Write through ``store`` from now on (work already queued keeps its view)."""
        self._store = store

    def run(
        self,
        what: str,
        work: Callable[[], T],
        on_done: Callable[[T], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[T]:
        """Run ``work()`` in the store thread as the operation ``what``.

        The one way operations run: every failure passes through ``failure_of``.
        """
        show_error = self.show_error

        def done(result: T) -> None:
            if on_done is not None and _alive(on_done):
                on_done(result)

        def failed(error: Exception) -> None:
            failure = failure_of(error, what)
            if on_failed is None:
                show_error(failure.sentence)
            elif _alive(on_failed):
                on_failed(failure)

        return self._tasks.run(work, done, failed)


class ConversationOperations(Operations["ConversationStore"]):
    """What a user does with a conversation: send, retry, scheduled edits, ownership
    (take over, transfer, dealt with, archive) and read state."""

    # -- sending ----------------------------------------------------------------------------

    def queue_message(
        self,
        conversation_id: ConversationId,
        body: str,
        *,
        desk_number: str,
        user_id: UserId | int | None,
        scheduled_at: datetime | None = None,
        cancel_if_reply: bool = False,
        seen_up_to: MessageId | None = None,
        on_done: Callable[[Message], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[Message]:
        """Store a message in the outbox (claiming the conversation); with ``seen_up_to``
        (a reply from a pop-up) also mark what was shown read."""
        store = self._store

        def queue() -> Message:
            message = store.outbound.queue(
                conversation_id,
                body,
                desk_number=desk_number,
                user_id=_user(user_id),
                scheduled_at=scheduled_at,
                cancel_if_reply=cancel_if_reply,
                seen_up_to=seen_up_to,
            )
            if seen_up_to is not None:
                store.conversations.mark_read(
                    conversation_id, user_id=_user(user_id), up_to=seen_up_to
                )
            return message

        return self.run("store an outgoing message", queue, on_done, on_failed)

    def retry(
        self,
        message_id: MessageId,
        on_done: Callable[[Message], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[Message]:
        """Send a failed message again."""
        store = self._store
        return self.run(
            "retry a message", lambda: store.outbound.retry(message_id), on_done, on_failed
        )

    def edit_scheduled(
        self,
        message_id: MessageId,
        body: str,
        when: datetime,
        *,
        cancel_if_reply: bool,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[Any]:
        """Change a scheduled message's text and time (refused once it is being sent)."""
        store = self._store
        return self.run(
            "edit a scheduled message",
            lambda: store.outbound.edit_scheduled(
                message_id, body, when, cancel_if_reply=cancel_if_reply
            ),
            None,
            on_failed,
        )

    def cancel_scheduled(
        self, message_id: MessageId, on_failed: Callable[[Failure], object] | None = None
    ) -> Future[Any]:
        """Cancel a scheduled message (refused once it is being sent)."""
        store = self._store
        return self.run(
            "cancel a scheduled message",
            lambda: store.outbound.cancel_scheduled(message_id),
            None,
            on_failed,
        )

    # -- ownership --------------------------------------------------------------------------

    def take_over(
        self,
        conversation_id: ConversationId,
        me: UserId | int,
        expected_owner: UserId | int,
        on_done: Callable[[Conversation], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[Conversation]:
        """Take the conversation over from the colleague who owns it."""
        store = self._store
        return self.run(
            "take over a conversation",
            lambda: store.ownership.take_over(
                conversation_id, UserId(int(me)), expected_owner=UserId(int(expected_owner))
            ),
            on_done,
            on_failed,
        )

    def transfer(
        self,
        conversation_id: ConversationId,
        *,
        by: UserId,
        to: UserId,
        note: str,
        on_done: Callable[[Conversation], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[Conversation]:
        """Hand the conversation to a colleague (the store says who may)."""
        store = self._store
        return self.run(
            "transfer a conversation",
            lambda: store.ownership.transfer(conversation_id, by=by, to=to, note=note),
            on_done,
            on_failed,
        )

    def mark_dealt_with(
        self,
        conversation_id: ConversationId,
        *,
        by: UserId,
        seen_up_to: MessageId | None,
        on_done: Callable[[Conversation], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[Conversation]:
        """Dealt with: handled, archived (unless a newer SMS came), ownership released."""
        store = self._store
        return self.run(
            "mark a conversation dealt with",
            lambda: store.ownership.mark_dealt_with(conversation_id, by=by, seen_up_to=seen_up_to),
            on_done,
            on_failed,
        )

    def set_archived(
        self,
        conversation_id: ConversationId,
        archived: bool,
        *,
        by: UserId | None,
        seen_up_to: MessageId | None,
        on_done: Callable[[bool], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[bool]:
        """Archive (what was shown) or move back to Chats."""
        store = self._store
        return self.run(
            "archive a conversation" if archived else "unarchive a conversation",
            lambda: store.ownership.set_archived(
                conversation_id, archived, by=by, seen_up_to=seen_up_to
            ),
            on_done,
            on_failed,
        )

    def undo_handling(
        self,
        before: Conversation,
        *,
        by: UserId | None,
        dealt_with: bool,
        seen_up_to: MessageId | None,
        unread: int = 0,
        on_done: Callable[[Conversation], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[Conversation]:
        """Undo Dealt with (``dealt_with``) or Archive: back as ``before`` (the conversation
        as it was shown when the user acted), if it did not change since; ``unread`` SMS
        unread again (Dealt with from a chat row's menu marked them read unseen)."""
        store = self._store
        return self.run(
            "undo dealt with" if dealt_with else "undo archive",
            lambda: store.ownership.undo_handling(
                before.id,
                by=by,
                dealt_with=dealt_with,
                owner_id=before.owner_id,
                archived=before.archived,
                seen_up_to=seen_up_to,
                unread=unread,
            ),
            on_done,
            on_failed,
        )

    # -- read state -------------------------------------------------------------------------

    def mark_read(
        self,
        conversation_id: ConversationId,
        up_to: MessageId | None = None,
        on_done: Callable[[Any], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[Any]:
        """Mark the conversation read for the signed-in colleague (up to ``up_to``: what a
        pop-up showed)."""
        store = self._store
        return self.run(
            "mark a conversation read",
            lambda: store.conversations.mark_read(conversation_id, up_to=up_to),
            on_done,
            on_failed,
        )

    def mark_unread(
        self,
        conversation_id: ConversationId,
        on_done: Callable[[Any], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[Any]:
        """Mark the conversation unread for the signed-in colleague."""
        store = self._store
        return self.run(
            "mark a conversation unread",
            lambda: store.conversations.mark_unread(conversation_id),
            on_done,
            on_failed,
        )


class ContactOperations(Operations["ContactsStore"]):
    """Contact edits."""

    def save_contact(
        self,
        draft: ContactDraft,
        on_done: Callable[[Contact], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[Contact]:
        """Add or change a contact."""
        store = self._store
        return self.run("save a contact", lambda: store.contacts.save(draft), on_done, on_failed)

    def delete_contacts(
        self,
        contact_ids: Iterable[ContactId],
        on_done: Callable[[Any], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[Any]:
        """Delete contacts (one at a time, in one store task)."""
        store, ids = self._store, list(contact_ids)

        def delete() -> None:
            for contact_id in ids:
                store.contacts.delete(contact_id)

        return self.run("delete a contact", delete, on_done, on_failed)


class TemplateOperations(Operations["TemplatesStore"]):
    """Template edits."""

    def change_templates(
        self,
        work: Callable[[TemplatesStore], object],
        on_done: Callable[[object], object] | None = None,
        on_failed: Callable[[Failure], object] | None = None,
    ) -> Future[object]:
        """Add, change or delete templates (``work(store)``; the store says who may)."""
        store = self._store
        return self.run("change a template", lambda: work(store), on_done, on_failed)


def _user(user_id: UserId | int | None) -> UserId | None:
    return None if user_id is None else UserId(int(user_id))

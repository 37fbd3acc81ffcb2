"""The narrow views of the store its callers depend on: what each of them calls, and no more.

A ``Store`` (or a session's view of it) satisfies every protocol here; so does the window's
stand-in while it is painted from the last session's snapshot (``desktop.store.pending``),
and so would a fake in a test. The sync engine depends on ``SyncStore``, the chat list on
``ChatListStore``, the window on ``WindowStore`` (the sum of what it and its parts call).

Typing only: importing this module loads no database layer.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from desktop.core.media import Media, MediaState
    from desktop.core.models import (
        Contact,
        ContactDraft,
        ContactId,
        Conversation,
        ConversationId,
        Message,
        MessageId,
        MessageStatus,
        StoreChange,
        UserId,
    )
    from desktop.core.optouts import OptOut
    from desktop.core.templates import Template
    from desktop.store.contacts import ImportResult
    from desktop.store.fencing import Claimant
    from desktop.store.media_store import MediaItem, MediaJob
    from desktop.store.records import InboundRecord, OutboxItem, StatusUpdate, UnsettledMessage
    from desktop.store.search_cancel import SearchCancel
    from desktop.store.set_aside_store import SetAside, SetAsideRecord

__all__ = [
    "ChangeSource",
    "ChatListStore",
    "ContactsPort",
    "ContactsStore",
    "ConversationList",
    "ConversationStore",
    "ConversationsPort",
    "FindStore",
    "InboundPort",
    "MediaPort",
    "MediaReads",
    "MessagesStore",
    "OptOutList",
    "OutboundPort",
    "OutboxPort",
    "OwnershipPort",
    "PictureStore",
    "SearchPort",
    "SetAsideKeeping",
    "SetAsideReview",
    "SyncStore",
    "TemplatesPort",
    "TemplatesStore",
    "WindowStore",
]


# -- the aggregates, as their callers see them -----------------------------------------------


class ConversationList(Protocol):
    """Pages of the chat list (``Conversations.list``)."""

    def list(
        self,
        *,
        archived: bool = ...,
        before: tuple[datetime, ConversationId] | None = ...,
        limit: int = ...,
    ) -> builtins.list[Conversation]: ...


class ConversationsPort(ConversationList, Protocol):
    """Conversations, their messages and read state, as the window uses them."""

    def get(self, cid: ConversationId) -> Conversation | None: ...

    def find(self, peer_number: str) -> Conversation | None: ...

    def open(self, peer_number: str, *, now: datetime | None = ...) -> Conversation: ...

    def messages(
        self, cid: ConversationId, *, before: MessageId | None = ..., limit: int = ...
    ) -> builtins.list[Message]: ...

    def messages_from(
        self, cid: ConversationId, first: MessageId, before: MessageId
    ) -> builtins.list[Message]: ...

    def find_in(
        self, cid: ConversationId, text: str, *, limit: int = ...
    ) -> builtins.list[MessageId]: ...

    def unread_count(self) -> int: ...

    def mark_read(
        self, cid: ConversationId, *, user_id: UserId | None = ..., up_to: MessageId | None = ...
    ) -> None: ...

    def mark_unread(self, cid: ConversationId, *, user_id: UserId | None = ...) -> None: ...


class OutboundPort(Protocol):
    """Sending: queue, retry, edit or cancel what is scheduled (``Outbound``)."""

    def queue(
        self,
        cid: ConversationId,
        body: str,
        *,
        desk_number: str,
        user_id: UserId | None = ...,
        now: datetime | None = ...,
        scheduled_at: datetime | None = ...,
        cancel_if_reply: bool = ...,
        pictures: Sequence[MediaItem] = ...,
        picture_keys: Sequence[str] = ...,
        seen_up_to: MessageId | None = ...,
    ) -> Message: ...

    def retry(self, mid: MessageId, *, now: datetime | None = ...) -> Message: ...

    def discard(self, mid: MessageId, *, now: datetime | None = ...) -> Message: ...

    def edit_scheduled(
        self,
        mid: MessageId,
        body: str,
        scheduled_at: datetime,
        *,
        cancel_if_reply: bool | None = ...,
        now: datetime | None = ...,
    ) -> Message: ...

    def cancel_scheduled(self, mid: MessageId, *, now: datetime | None = ...) -> Message: ...


class OwnershipPort(Protocol):
    """Who answers a conversation (``Ownership``), as the window asks it."""

    def take_over(
        self,
        cid: ConversationId,
        user_id: UserId,
        *,
        expected_owner: UserId,
        now: datetime | None = ...,
    ) -> Conversation: ...

    def transfer(
        self,
        cid: ConversationId,
        *,
        by: UserId,
        to: UserId,
        note: str = ...,
        now: datetime | None = ...,
    ) -> Conversation: ...

    def mark_dealt_with(
        self,
        cid: ConversationId,
        *,
        by: UserId,
        seen_up_to: MessageId | None = ...,
        now: datetime | None = ...,
    ) -> Conversation: ...

    def set_archived(
        self,
        cid: ConversationId,
        archived: bool,
        *,
        by: UserId | None = ...,
        seen_up_to: MessageId | None = ...,
        now: datetime | None = ...,
    ) -> bool: ...

    def undo_handling(
        self,
        cid: ConversationId,
        *,
        by: UserId | None,
        dealt_with: bool,
        owner_id: UserId | None,
        archived: bool,
        seen_up_to: MessageId | None = ...,
        unread: int = ...,
        now: datetime | None = ...,
    ) -> Conversation: ...


class OptOutList(Protocol):
    """The numbers opted out of a desk number (``OptOuts.list``: the export)."""

    def list(self, desk_number: str) -> builtins.list[OptOut]: ...


class ContactsPort(Protocol):
    """Contacts (``Contacts``), as the window's dialogs use them."""

    def list(self, query: str = ..., *, limit: int = ...) -> builtins.list[Contact]: ...

    def for_number(self, number: str) -> Contact | None: ...

    def save(self, draft: ContactDraft, *, now: datetime | None = ...) -> Contact: ...

    def delete(self, contact_id: ContactId) -> None: ...

    def import_drafts(
        self, drafts: Sequence[ContactDraft], *, now: datetime | None = ...
    ) -> ImportResult: ...


class SearchPort(Protocol):
    """The chat list's search (``Search``)."""

    def conversations(
        self, text: str, *, limit: int = ..., cancel: SearchCancel | None = ...
    ) -> list[Conversation]: ...


class TemplatesPort(Protocol):
    """Saved replies (``Templates``)."""

    def list(self, viewer: UserId | None) -> builtins.list[Template]: ...

    def add(
        self, name: str, body: str, *, by: UserId, shared: bool, now: datetime | None = ...
    ) -> Template: ...

    def edit(
        self,
        template_id: int,
        name: str,
        body: str,
        *,
        by: UserId,
        shared: bool | None = ...,
        now: datetime | None = ...,
    ) -> Template: ...

    def delete(self, template_id: int, *, by: UserId) -> None: ...


class MediaReads(Protocol):
    """The pictures of messages, as the window shows them."""

    def for_messages(self, message_ids: Iterable[int]) -> dict[int, list[Media]]: ...


class MediaPort(MediaReads, Protocol):
    """The pictures of messages, as the sync worker records them (``MessageMedia``)."""

    def message_id_for_sid(self, sid: str) -> MessageId | None: ...

    def add(
        self,
        message_id: MessageId,
        items: Sequence[MediaItem],
        *,
        state: MediaState = ...,
        cache_keys: Sequence[str | None] | None = ...,
        now: datetime | None = ...,
    ) -> StoreChange: ...

    def urls(self, message_id: MessageId) -> list[str]: ...

    def pending(self, limit: int = ...) -> list[MediaJob]: ...

    def record(
        self,
        media_id: int,
        state: MediaState,
        *,
        cache_key: str | None = ...,
        content_type: str | None = ...,
        size_bytes: int | None = ...,
        size: tuple[int, int] | None = ...,
        error: str | None = ...,
        now: datetime | None = ...,
    ) -> StoreChange: ...

    def cached_job(self, media_id: int) -> tuple[MediaJob, str] | None: ...


class SetAsideReview(Protocol):
    """Records set aside, as an administrator reviews them."""

    def list(self, *, dismissed: bool = ..., limit: int = ...) -> builtins.list[SetAside]: ...

    def count(self) -> int: ...

    def request_retry(self, ids: Iterable[int], *, now: datetime | None = ...) -> int: ...

    def dismiss(self, ids: Iterable[int], *, now: datetime | None = ...) -> int: ...


class SetAsideKeeping(Protocol):
    """Records set aside, as the sync worker keeps and retries them."""

    def add(
        self, records: Sequence[SetAsideRecord], *, now: datetime | None = ...
    ) -> list[SetAsideRecord]: ...

    def to_retry(self, *, limit: int = ...) -> list[SetAside]: ...

    def resolve(self, set_aside_id: int) -> None: ...

    def retry_failed(self, set_aside_id: int, reason: str) -> None: ...


class OutboxPort(Protocol):
    """The outbox and the gateway's reports (``Outbox``), as the sync engine drives them."""

    def due(self, now: datetime, limit: int = ...) -> list[OutboxItem]: ...

    def begin_send(
        self, mid: MessageId, now: datetime, *, claimant: Claimant | None = ...
    ) -> bool: ...

    def mark_uncertain(self, mid: MessageId, next_attempt_at: datetime, error: str) -> None: ...

    def set_aside_lost(self, mid: MessageId, attempt: int, reason: str) -> bool: ...

    def adopt_lost(
        self,
        sid: str,
        from_number: str,
        to_number: str,
        body: str,
        at: datetime,
        *,
        window: timedelta,
        tolerance: timedelta,
        sent_at: datetime | None = ...,
        now: datetime | None = ...,
    ) -> MessageId | None: ...

    def reschedule(
        self,
        mid: MessageId,
        next_attempt_at: datetime,
        error: str,
        *,
        now: datetime | None = ...,
        attempt: int | None = ...,
    ) -> None: ...

    def record_sent(
        self,
        mid: MessageId,
        sid: str,
        status: MessageStatus,
        sent_at: datetime | None,
        *,
        now: datetime | None = ...,
    ) -> None: ...

    def record_failed(
        self,
        mid: MessageId,
        error_code: int | None,
        error_message: str,
        *,
        opt_out: bool = ...,
        now: datetime | None = ...,
    ) -> None: ...

    def requeue_dropped(
        self, sid: str, next_attempt_at: datetime, reason: str, *, now: datetime | None = ...
    ) -> bool: ...

    def unsettled(self, *, since: datetime, limit: int = ...) -> list[UnsettledMessage]: ...

    def apply_status_updates(
        self, updates: Sequence[StatusUpdate], *, now: datetime | None = ...
    ) -> StoreChange: ...

    def watermark(self, key: str) -> datetime | None: ...

    def set_watermark(self, key: str, value: datetime) -> None: ...


class InboundPort(Protocol):
    """Storing what the gateway reports (``Ingest``)."""

    def inbound(
        self, records: Sequence[InboundRecord], *, now: datetime | None = ...
    ) -> StoreChange: ...

    def known_sids(self, sids: Iterable[str]) -> set[str]: ...


# -- the callers -------------------------------------------------------------------------------


class ChangeSource(Protocol):
    """What announces committed changes (the window's bridge subscribes)."""

    def subscribe(self, callback: Callable[[StoreChange], None]) -> Callable[[], None]: ...


class ChatListStore(Protocol):
    """The chat list model: pages of conversations."""

    @property
    def conversations(self) -> ConversationList: ...


class MessagesStore(Protocol):
    """The conversation's message model: pages of messages and their pictures."""

    @property
    def conversations(self) -> ConversationsPort: ...

    @property
    def media(self) -> MediaReads: ...


class FindStore(Protocol):
    """Find in a conversation."""

    @property
    def conversations(self) -> ConversationsPort: ...


class TemplatesStore(Protocol):
    """The saved replies of the "Say something" box and pop-ups."""

    @property
    def templates(self) -> TemplatesPort: ...


class ContactsStore(Protocol):
    """The contacts dialogs and the new conversation dialog."""

    @property
    def contacts(self) -> ContactsPort: ...

    @property
    def conversations(self) -> ConversationsPort: ...


class ConversationStore(MessagesStore, FindStore, TemplatesStore, Protocol):
    """The conversation panel: its models, and what its actions write."""

    @property
    def outbound(self) -> OutboundPort: ...

    @property
    def ownership(self) -> OwnershipPort: ...


class WindowStore(ConversationStore, ContactsStore, ChatListStore, Protocol):
    """The main window: what it and every part it builds call."""

    @property
    def conversations(self) -> ConversationsPort: ...

    @property
    def search(self) -> SearchPort: ...

    @property
    def opt_outs(self) -> OptOutList: ...

    @property
    def set_aside(self) -> SetAsideReview: ...


class PictureStore(Protocol):
    """The sync worker's picture fetcher."""

    @property
    def media(self) -> MediaPort: ...


class SyncStore(PictureStore, Protocol):
    """The sync engine: the outbox, inbound messages and statuses, records set aside."""

    @property
    def outbox(self) -> OutboxPort: ...

    @property
    def ingest(self) -> InboundPort: ...

    @property
    def set_aside(self) -> SetAsideKeeping: ...

    def checkpoint(self) -> None: ...

"""Pictures (MMS) in the store: the media rows of messages and what the worker made of them.

Every write that changes what a message shows (a picture announced, fetched, refused) is
announced as a ``StoreChange`` carrying that message, so the open conversation reads its
pictures again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, any_, bindparam, select, update

from desktop.core.media import Media, MediaState
from desktop.core.models import MessageId, StoreChange, utcnow
from desktop.store.aggregate import Aggregate
from desktop.store.sql import INT_ARRAY
from desktop.store.tables import CONTENT_TYPE_LENGTH, media, messages

_MEDIA_COLUMNS = (
    media.c.id,
    media.c.message_id,
    media.c.position,
    media.c.content_type,
    media.c.size_bytes,
    media.c.state,
    media.c.cache_key,
    media.c.error,
    media.c.width,
    media.c.height,
)


@dataclass(frozen=True, slots=True)
class MediaItem:
    """A picture as the gateway announced it (or as the desk attached it).

    Attributes:
        url: where it is (the gateway's media address, or the public address we gave).
        content_type: the announced type.
        size_bytes: its size, when known.
        width, height: its size as shown, when known (a picture the desk attached).
    """

    url: str
    content_type: str = ""
    size_bytes: int | None = None
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True, slots=True)
class MediaJob:
    """A picture the worker has to fetch."""

    media_id: int
    message_id: MessageId
    url: str
    content_type: str


def _media(row: Any) -> Media:
    mid, message_id, position, content_type, size, state, key, error, width, height = row
    return Media(
        int(mid),
        int(message_id),
        int(position),
        content_type,
        size,
        MediaState(state),
        key,
        error,
        width,
        height,
    )


class MessageMedia(Aggregate):
    """The pictures of messages (``store.media``)."""

    def message_id_for_sid(self, sid: str) -> MessageId | None:
        """The message the gateway knows as ``sid``, if it is stored."""
        with self._ctx.engine.connect() as conn:
            found = conn.execute(
                select(messages.c.id).where(messages.c.gateway_sid == sid)
            ).scalar_one_or_none()
        return MessageId(found) if found is not None else None

    def add(
        self,
        message_id: MessageId,
        items: Sequence[MediaItem],
        *,
        state: MediaState = MediaState.PENDING,
        cache_keys: Sequence[str | None] | None = None,
        now: datetime | None = None,
    ) -> StoreChange:
        """Record a message's pictures, in order; pictures it already has are kept as they are.

        Args:
            message_id: the message.
            items: its pictures, in order.
            state: PENDING (the worker fetches them) or CACHED (the desk attached them and
                ``cache_keys`` says where they are in the cache).
            cache_keys: per item, for CACHED.
            now: the time of the write.
        """
        if not items:
            return StoreChange()
        now = now or utcnow()
        keys = list(cache_keys or [None] * len(items))
        with self._ctx.writer.begin() as conn:
            known = set(
                conn.execute(
                    select(media.c.position).where(media.c.message_id == message_id)
                ).scalars()
            )
            rows = [
                {
                    "message_id": int(message_id),
                    "position": position,
                    "url": item.url,
                    "content_type": (item.content_type or "")[:CONTENT_TYPE_LENGTH],
                    "size_bytes": item.size_bytes,
                    "state": state.value,
                    "cache_key": keys[position],
                    "error": None,
                    "updated_at": now,
                    "width": item.width,
                    "height": item.height,
                }
                for position, item in enumerate(items)
                if position not in known
            ]
            if not rows:
                return StoreChange()
            conn.execute(media.insert(), rows)
            change = self._ctx.message_change(conn, [int(message_id)], now)
        return self._ctx.emit(change)

    def add_sent_in(
        self,
        conn: Connection,
        message_id: int,
        items: Sequence[MediaItem],
        keys: Sequence[str],
        now: datetime,
    ) -> None:
        """The pictures of an outbound message, in the caller's transaction (``Outbound.queue``)."""
        conn.execute(
            media.insert(),
            [
                {
                    "message_id": message_id,
                    "position": position,
                    "url": item.url,
                    "content_type": item.content_type[:CONTENT_TYPE_LENGTH],
                    "size_bytes": item.size_bytes,
                    "state": MediaState.CACHED.value,
                    "cache_key": keys[position] if position < len(keys) else None,
                    "error": None,
                    "updated_at": now,
                    "width": item.width,
                    "height": item.height,
                }
                for position, item in enumerate(items)
            ],
        )

    def urls(self, message_id: MessageId) -> list[str]:
        """The addresses of a message's pictures, in order (what a send passes as MediaUrl)."""
        m = media.c
        with self._ctx.engine.connect() as conn:
            return list(
                conn.execute(
                    select(m.url).where(m.message_id == message_id).order_by(m.position)
                ).scalars()
            )

    def for_messages(self, message_ids: Iterable[int]) -> dict[int, list[Media]]:
        """The pictures of these messages, in order; messages without any are left out."""
        ids = sorted(set(message_ids))
        found: dict[int, list[Media]] = {}
        if not ids:
            return found
        with self._ctx.read() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                # On PostgreSQL one array, not a placeholder per id (see INT_ARRAY): opening
                # a conversation reads its page's pictures.
                wanted = (
                    media.c.message_id == any_(bindparam("ids", chunk, type_=INT_ARRAY))
                    if self._ctx.dialect == "postgresql"
                    else media.c.message_id.in_(chunk)
                )
                stmt = (
                    select(*_MEDIA_COLUMNS)
                    .where(wanted)
                    .order_by(media.c.message_id, media.c.position)
                )
                for row in conn.execute(stmt):
                    item = _media(row)
                    found.setdefault(item.message_id, []).append(item)
        return found

    def pending(self, limit: int = 10) -> list[MediaJob]:
        """Pictures still to fetch, oldest first."""
        m = media.c
        stmt = (
            select(m.id, m.message_id, m.url, m.content_type)
            .where(m.state == MediaState.PENDING.value)
            .order_by(m.id)
            .limit(limit)
        )
        with self._ctx.engine.connect() as conn:
            return [
                MediaJob(int(i), MessageId(mid), url, ctype or "")
                for i, mid, url, ctype in conn.execute(stmt)
            ]

    def record(
        self,
        media_id: int,
        state: MediaState,
        *,
        cache_key: str | None = None,
        content_type: str | None = None,
        size_bytes: int | None = None,
        size: tuple[int, int] | None = None,
        error: str | None = None,
        now: datetime | None = None,
    ) -> StoreChange:
        """Record what became of one picture (cached, rejected with why, failed with why);
        ``size`` is its (width, height) as shown, when measured."""
        now = now or utcnow()
        values: dict[str, Any] = {
            "state": state.value,
            "cache_key": cache_key,
            "error": error,
            "updated_at": now,
        }
        if content_type is not None:
            values["content_type"] = content_type[:CONTENT_TYPE_LENGTH]
        if size_bytes is not None:
            values["size_bytes"] = size_bytes
        if size is not None:
            values["width"], values["height"] = size
        with self._ctx.writer.begin() as conn:
            message_id = conn.execute(
                update(media)
                .where(media.c.id == media_id)
                .values(**values)
                .returning(media.c.message_id)
            ).scalar_one_or_none()
            if message_id is None:
                return StoreChange()
            change = self._ctx.message_change(conn, [int(message_id)], now)
        return self._ctx.emit(change)

    def cached_job(self, media_id: int) -> tuple[MediaJob, str] | None:
        """Where to fetch a picture recorded as cached again, and its cache key.

        For a desk whose own disk cache lacks it: it was evicted there, or another desk of
        the team fetched it. None when the picture is not (or no longer) cached.
        """
        m = media.c
        stmt = select(m.id, m.message_id, m.url, m.content_type, m.cache_key).where(
            m.id == media_id, m.state == MediaState.CACHED.value
        )
        with self._ctx.engine.connect() as conn:
            row = conn.execute(stmt).one_or_none()
        if row is None or not row.cache_key:
            return None
        job = MediaJob(int(row.id), MessageId(row.message_id), row.url, row.content_type or "")
        return job, row.cache_key

"""Pictures of inbound MMS: the worker lists them at the gateway, fetches them with its
credentials and keeps them in the disk cache, or records in words why one is not shown.

Nothing here decodes an image: the bytes are checked against their type's signature (a web
page labelled ``image/png`` is refused here), and decoding happens later, off the GUI
thread, when a thumbnail is needed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Protocol

from desktop.core.i18n import translate
from desktop.core.media import (
    MAX_PICTURE_BYTES,
    MediaState,
    PictureRefused,
    check_bytes,
    check_size,
    check_type,
    image_size,
)
from desktop.core.models import Direction
from desktop.gateway.base import GatewayError, GatewayMessage, MediaInfo
from desktop.pictures.cache import PictureCache
from desktop.store.media_store import MediaItem
from desktop.store.ports import PictureStore

log = logging.getLogger("smsdesk.sync.pictures")

FETCHES_PER_CYCLE = 5


class MediaGateway(Protocol):
    """What fetching pictures needs of a gateway (TwilioGateway has it)."""

    def list_media(self, sid: str) -> list[MediaInfo]: ...

    def download_media(self, url: str, max_bytes: int) -> tuple[str, bytes]: ...


class PictureFetcher:
    """Lists and fetches the pictures of inbound messages into ``cache``.

    Args:
        store: the store.
        gateway: the gateway (used in the worker thread only).
        cache: the disk cache.
        max_bytes: the largest picture fetched.
    """

    def __init__(
        self,
        store: PictureStore,
        gateway: MediaGateway,
        cache: PictureCache,
        *,
        max_bytes: int = MAX_PICTURE_BYTES,
    ) -> None:
        self._store = store
        self._gateway = gateway
        self._cache = cache
        self._max_bytes = max_bytes
        self._listed: set[str] = set()  # sids whose media are recorded (polls overlap)

    def announce(self, messages: Iterable[GatewayMessage]) -> int:
        """Record the pictures of inbound messages that have some; return how many.

        Raises:
            GatewayError: a transient failure (offline); the pictures are listed next time.
        """
        added = 0
        for message in messages:
            if message.direction is not Direction.INBOUND or message.num_media <= 0:
                continue
            if message.sid in self._listed:
                continue
            message_id = self._store.media.message_id_for_sid(message.sid)
            if message_id is None:
                continue
            if self._store.media.for_messages([message_id]):
                self._listed.add(message.sid)
                continue
            try:
                found = self._gateway.list_media(message.sid)
            except GatewayError as err:
                if err.transient:
                    raise  # offline: the next cycle asks again
                # This message's pictures can't be listed (gone at the gateway, say): that
                # must not stop the desk's syncing.
                log.warning("the pictures of message %s can't be listed: %s", message_id, err)
                self._listed.add(message.sid)
                continue
            items = [MediaItem(url=m.url, content_type=m.content_type) for m in found]
            if items:
                self._store.media.add(message_id, items)
                added += len(items)
            self._listed.add(message.sid)
        return added

    def fetch_again(self, media_id: int) -> str | None:
        """Fetch a picture the store records as cached into this desk's own disk cache.

        For a desk that lacks the file: evicted by the size limit, or fetched by another
        desk of the team. The store is not changed. Returns the cache key, or None when it
        could not be had (the reason is logged).
        """
        found = self._store.media.cached_job(media_id)
        if found is None:
            return None
        job, key = found
        if self._cache.has(key):
            return key
        try:
            content_type, data = self._gateway.download_media(job.url, self._max_bytes)
            check_size(len(data), self._max_bytes)
            check_bytes(data, content_type)
        except (PictureRefused, GatewayError) as err:
            log.info("picture %d could not be fetched again: %s", media_id, err)
            return None
        stored = self._cache.put(data)
        if stored != key:
            log.warning("picture %d changed at the gateway since it was first fetched", media_id)
            return None
        return key

    def fetch_pending(self, limit: int = FETCHES_PER_CYCLE) -> int:
        """Fetch up to ``limit`` pictures still pending; return how many were settled.

        Raises:
            GatewayError: a transient failure (offline): the picture stays pending.
        """
        settled = 0
        for job in self._store.media.pending(limit):
            try:
                check_type(job.content_type or "image/jpeg")  # an announced non-image: skip
                content_type, data = self._gateway.download_media(job.url, self._max_bytes)
                check_size(len(data), self._max_bytes)
                proven = check_bytes(data, content_type)
            except PictureRefused as refused:
                log.info("picture %d refused: %s", job.media_id, refused)
                self._store.media.record(job.media_id, MediaState.REJECTED, error=str(refused))
                settled += 1
                continue
            except GatewayError as err:
                if err.transient:
                    raise
                self._store.media.record(
                    job.media_id,
                    MediaState.FAILED,
                    error=translate("Sync", "Picture not fetched: {reason}").format(reason=err),
                )
                settled += 1
                continue
            key = self._cache.put(data)
            self._store.media.record(
                job.media_id,
                MediaState.CACHED,
                cache_key=key,
                content_type=proven,
                size_bytes=len(data),
                size=image_size(data),
            )
            settled += 1
        return settled

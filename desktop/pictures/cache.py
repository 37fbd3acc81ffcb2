"""The disk cache of MMS pictures: files named by the sha256 of their bytes, with a size limit.

Pictures can always be fetched again from the gateway, so the cache keeps the most recently
used ones within its limit and drops the least recently used (by file modification time,
which ``touch`` moves forward on every use). Safe for the sync worker (writes) and the
thumbnail thread (reads) at once: files are written to a temporary name and renamed.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import tempfile
import threading
import time
from pathlib import Path

log = logging.getLogger("smsdesk.pictures")

DEFAULT_LIMIT_BYTES = 200 * 1024 * 1024
_KEY = re.compile(r"^[0-9a-f]{64}$")


class PictureCache:
    """Pictures on disk under ``folder``, at most ``limit_bytes`` in all.

    Args:
        folder: where the files live (created with user-only permissions).
        limit_bytes: the total size kept; the least recently used files go beyond it.
    """

    def __init__(self, folder: Path, limit_bytes: int = DEFAULT_LIMIT_BYTES) -> None:
        self.folder = folder
        self.limit_bytes = limit_bytes
        self._lock = threading.Lock()

    def path(self, key: str) -> Path:
        """The file of ``key`` (which may not exist)."""
        if not _KEY.match(key):
            raise ValueError(f"not a cache key: {key!r}")
        return self.folder / key

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def put(self, data: bytes) -> str:
        """Store ``data``; return its key (the sha256 in hex). Evicts beyond the limit."""
        key = hashlib.sha256(data).hexdigest()
        target = self.path(key)
        with self._lock:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if target.is_file():
                self._touch(target)
            else:
                fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=".part-")
                try:
                    with os.fdopen(fd, "wb") as out:
                        out.write(data)
                    os.replace(temporary, target)
                except BaseException:
                    Path(temporary).unlink(missing_ok=True)
                    raise
            self._evict(keep=key)
        return key

    def read(self, key: str) -> bytes | None:
        """The bytes of ``key`` (marking it used), or None when it left the cache."""
        target = self.path(key)
        try:
            data = target.read_bytes()
        except OSError:
            return None
        self._touch(target)
        return data

    def total_bytes(self) -> int:
        return sum(size for _path, size, _used in self._entries())

    def _entries(self) -> list[tuple[Path, int, float]]:
        entries = []
        try:
            children = list(self.folder.iterdir())
        except OSError:
            return []
        for child in children:
            if not _KEY.match(child.name):
                continue
            try:
                stat = child.stat()
            except OSError:
                continue
            entries.append((child, stat.st_size, stat.st_mtime))
        return entries

    def _evict(self, keep: str) -> None:
        entries = self._entries()
        total = sum(size for _path, size, _used in entries)
        if total <= self.limit_bytes:
            return
        for path, size, _used in sorted(entries, key=lambda entry: entry[2]):
            if total <= self.limit_bytes:
                break
            if path.name == keep:
                continue
            try:
                path.unlink()
            except OSError:
                continue
            total -= size
            log.debug("picture %s left the cache (least recently used)", path.name[:12])

    @staticmethod
    def _touch(path: Path) -> None:
        now = time.time()
        with contextlib.suppress(OSError):
            os.utime(path, (now, now))

"""Pictures of a message (MMS): which ones SMS Desk shows, and what it says about the others.

Pure rules, no I/O: the accepted image types, a check of the first bytes (so a web page
labelled ``image/png`` is never handed to an image decoder as a picture), and the sentences
shown in place of a picture that was refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MAX_PICTURE_BYTES = 5 * 1024 * 1024
ACCEPTED_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")


class MediaState(StrEnum):
    """What the worker made of one picture."""

    PENDING = "pending"  # still to fetch
    CACHED = "cached"  # in the disk cache, under its cache key
    REJECTED = "rejected"  # not an image we show, or too large: the error says why
    FAILED = "failed"  # the fetch failed: the error says why


@dataclass(frozen=True, slots=True)
class Media:
    """One picture of a message, as the views show it.

    Attributes:
        id: the store's id.
        message_id: its message.
        position: its place among the message's pictures (0 first).
        content_type: the type the gateway announced (or we found).
        size_bytes: its size, once known.
        state: see MediaState.
        cache_key: the sha256 of its bytes (the file name in the disk cache) when cached.
        error: why it is not shown, a sentence for the person, when rejected or failed.
    """

    id: int
    message_id: int
    position: int
    content_type: str
    size_bytes: int | None
    state: MediaState
    cache_key: str | None = None
    error: str | None = None


class PictureRefused(Exception):
    """A picture SMS Desk will not show; ``str()`` is the sentence shown in its place."""


def base_type(content_type: str | None) -> str:
    """ "image/PNG; charset=x" → "image/png"."""
    return (content_type or "").split(";")[0].strip().lower()


def sniff(data: bytes) -> str | None:
    """The image type the first bytes prove, or None when they are no accepted image."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if len(data) >= 12 and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def megabytes(size: int) -> str:
    """A size for people: "12 MB", "0.4 MB"."""
    value = size / (1024 * 1024)
    return f"{value:.0f} MB" if value >= 1 else f"{max(value, 0.1):.1f} MB"


def check_type(content_type: str | None) -> None:
    """Refuse a picture whose announced type is not an image SMS Desk shows.

    Raises:
        PictureRefused: "Picture not shown: it is not an image (text/html)".
    """
    kind = base_type(content_type)
    if kind not in ACCEPTED_TYPES:
        shown = kind or "no type given"
        if kind.startswith("image/"):
            raise PictureRefused(f"Picture not shown: SMS Desk does not show {shown} pictures.")
        raise PictureRefused(f"Picture not shown: it is not an image ({shown}).")


def check_size(size: int, limit: int = MAX_PICTURE_BYTES) -> None:
    """Refuse a picture larger than ``limit``.

    Raises:
        PictureRefused: "Picture not shown: it is too large (12 MB, limit 5 MB)".
    """
    if size > limit:
        raise PictureRefused(
            f"Picture not shown: it is too large ({megabytes(size)}, limit {megabytes(limit)})."
        )


def check_bytes(data: bytes, content_type: str | None) -> str:
    """Check that ``data`` really is an accepted image; return its proven type.

    Raises:
        PictureRefused: the bytes are no image of an accepted type, whatever the label says.
    """
    found = sniff(data)
    if found is None:
        label = base_type(content_type) or "no type given"
        raise PictureRefused(f"Picture not shown: it is not a real image (labelled {label}).")
    return found

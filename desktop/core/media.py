"""Pictures of a message (MMS): which ones SMS Desk shows, and what it says about the others.

Pure rules, no I/O: the accepted image types, a check of the first bytes (so a web page
labelled ``image/png`` is never handed to an image decoder as a picture), and the sentences
shown in place of a picture that was refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.core.errors import Refusal
from desktop.core.i18n import translate

MAX_PICTURE_BYTES = 5 * 1024 * 1024
# Twilio's limits for one MMS: ten pictures, and 5 MB for all of them together.
MAX_PICTURES_PER_MESSAGE = 10
# What stands for a message that is only pictures, where text is shown (chat list, pop-ups).
PICTURE_PREVIEW = "Picture"
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
        width, height: its size as shown (see ``image_size``), once fetched; None before,
            or for pictures stored before SMS Desk measured them.
    """

    id: int
    message_id: int
    position: int
    content_type: str
    size_bytes: int | None
    state: MediaState
    cache_key: str | None = None
    error: str | None = None
    width: int | None = None
    height: int | None = None


class PictureRefused(Refusal):
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
    amount = f"{value:.0f}" if value >= 1 else f"{max(value, 0.1):.1f}"
    #: a file size in megabytes ("12 MB")
    return translate("Media", "{amount} MB").format(amount=amount)


def check_type(content_type: str | None) -> None:
    """Refuse a picture whose announced type is not an image SMS Desk shows.

    Raises:
        PictureRefused: "Picture not shown: it is not an image (text/html)".
    """
    kind = base_type(content_type)
    if kind not in ACCEPTED_TYPES:
        if kind.startswith("image/"):
            raise PictureRefused(
                translate(
                    "Media", "Picture not shown: SMS Desk does not show {type} pictures."
                ).format(type=kind)
            )
        if not kind:
            raise PictureRefused(
                translate("Media", "Picture not shown: it is not an image (no type given).")
            )
        raise PictureRefused(
            translate("Media", "Picture not shown: it is not an image ({type}).").format(type=kind)
        )


def check_size(size: int, limit: int = MAX_PICTURE_BYTES) -> None:
    """Refuse a picture larger than ``limit``.

    Raises:
        PictureRefused: "Picture not shown: it is too large (12 MB, limit 5 MB)".
    """
    if size > limit:
        raise PictureRefused(
            translate(
                "Media", "Picture not shown: it is too large ({size}, limit {limit})."
            ).format(size=megabytes(size), limit=megabytes(limit))
        )


def check_bytes(data: bytes, content_type: str | None) -> str:
    """Check that ``data`` really is an accepted image; return its proven type.

    Raises:
        PictureRefused: the bytes are no image of an accepted type, whatever the label says.
    """
    found = sniff(data)
    if found is None:
        label = base_type(content_type)
        if not label:
            raise PictureRefused(
                translate("Media", "Picture not shown: it is not a real image, and it has no type.")
            )
        raise PictureRefused(
            translate(
                "Media", "Picture not shown: it is not a real image (labelled {type})."
            ).format(type=label)
        )
    return found


# -- dimensions -------------------------------------------------------------------------------

# JPEG start-of-frame markers (SOF0-SOF15 less DHT, JPG and DAC, which share the range).
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_EXIF_ORIENTATION_TAG = 0x0112


def image_size(data: bytes) -> tuple[int, int] | None:
    """The width and height a viewer shows ``data`` at, read from its header alone.

    For PNG, GIF, WebP and JPEG; a JPEG turned by its EXIF orientation (as phones store
    portrait photos) is given as shown, turned. None when the header cannot be read.
    """
    size: tuple[int, int] | None
    try:
        kind = sniff(data)
        if kind == "image/png":
            size = _be(data, 16, 4), _be(data, 20, 4)
        elif kind == "image/gif":
            size = _le(data, 6, 2), _le(data, 8, 2)
        elif kind == "image/webp":
            size = _webp_size(data)
        elif kind == "image/jpeg":
            size = _jpeg_size(data)
        else:
            return None
    except (IndexError, ValueError):
        return None  # cut short or malformed
    if size is None or size[0] <= 0 or size[1] <= 0:
        return None
    return size


def _be(data: bytes, at: int, length: int) -> int:
    if at + length > len(data):
        raise IndexError(at)
    return int.from_bytes(data[at : at + length], "big")


def _le(data: bytes, at: int, length: int) -> int:
    if at + length > len(data):
        raise IndexError(at)
    return int.from_bytes(data[at : at + length], "little")


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":  # extended: the canvas, 24-bit, minus one
        return _le(data, 24, 3) + 1, _le(data, 27, 3) + 1
    if chunk == b"VP8L":  # lossless: 14 bits each, minus one, after the 0x2F signature
        bits = _le(data, 21, 4)
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 ":  # lossy: after the frame tag and the start code 9D 01 2A
        if data[23:26] != b"\x9d\x01\x2a":
            return None
        return _le(data, 26, 2) & 0x3FFF, _le(data, 28, 2) & 0x3FFF
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    at, orientation = 2, 1
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # no length
            at += 2
            continue
        length = _be(data, at + 2, 2)
        if marker == 0xE1 and data[at + 4 : at + 10] == b"Exif\x00\x00":
            orientation = _exif_orientation(data[at + 10 : at + 2 + length]) or orientation
        elif marker in _JPEG_FRAMES:
            height, width = _be(data, at + 5, 2), _be(data, at + 7, 2)
            # 5 to 8 turn the picture a quarter: what is shown is as tall as it is wide.
            return (height, width) if orientation in (5, 6, 7, 8) else (width, height)
        elif marker == 0xDA:  # the image data starts before any frame header: malformed
            return None
        at += 2 + length
    return None


def _exif_orientation(tiff: bytes) -> int | None:
    """The Orientation (1-8) in an EXIF block's first directory, if it has one."""
    order = {b"II": "little", b"MM": "big"}.get(tiff[:2])
    if order is None:
        return None

    def number(at: int, length: int) -> int:
        if at + length > len(tiff):
            raise IndexError(at)
        return int.from_bytes(tiff[at : at + length], order)  # type: ignore[arg-type]

    directory = number(4, 4)
    for entry in range(number(directory, 2)):
        at = directory + 2 + entry * 12
        if number(at, 2) == _EXIF_ORIENTATION_TAG:
            value = number(at + 8, 2)
            return value if 1 <= value <= 8 else None
    return None

"""Sending pictures: a gateway fetches an MMS picture from a public address, so SMS Desk puts
each picture in a folder published at that address and sends its URL.

Honest and simple: the folder is whatever the IT person set up (a folder a web server
serves, synced to one…); SMS Desk only copies files there, named by the sha256 of their
bytes so the address is hard to guess. On the demo gateway the folder is in the data
directory and the address is a ``file:`` URL, which the demo accepts.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import Refusal
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.media import (
    MAX_PICTURE_BYTES,
    MAX_PICTURES_PER_MESSAGE,
    PictureRefused,
    check_bytes,
    check_size,
    megabytes,
)

# Translated where it is used (reason_unavailable).
NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "Pictures",
    "Sending pictures needs a public address for them: set it in Settings → Gateway "
    "(Public media URL base, and the folder published there).",
)
_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
}


class CannotSendPicture(Refusal):
    """The picture cannot be sent; ``str()`` says why, for the person."""


@dataclass(frozen=True, slots=True)
class PublishedPicture:
    """A picture put where the gateway can fetch it.

    Attributes:
        url: its public address (the MediaUrl sent to the gateway).
        data: its bytes (for the local cache, so it shows in the conversation).
        content_type: its type, proven by its first bytes.
    """

    url: str
    data: bytes
    content_type: str


@dataclass(frozen=True, slots=True)
class PicturePublisher:
    """Where sent pictures go. Empty fields: sending pictures is not set up.

    Attributes:
        folder: the folder published at ``url_base``.
        url_base: its public address.
    """

    folder: str = ""
    url_base: str = ""

    @property
    def reason_unavailable(self) -> str | None:
        """Why pictures cannot be sent, or None when they can."""
        if not self.folder or not self.url_base:
            return translate("Pictures", NOT_CONFIGURED)
        return None

    def publish_all(
        self, sources: Sequence[Path], *, max_bytes: int = MAX_PICTURE_BYTES
    ) -> list[PublishedPicture]:
        """Check the pictures of one message, together and each, and publish them in order.

        Raises:
            CannotSendPicture: too many, too large together, or one of them cannot be sent
                (see ``publish``); then none is published.
        """
        pictures = len(sources)  # lupdate reads a plain name as the count
        if pictures > MAX_PICTURES_PER_MESSAGE:
            raise CannotSendPicture(
                translate(
                    "Pictures",
                    "A message can hold at most {most} pictures; these are %n. Send them in two "
                    "messages.",
                    None,
                    pictures,
                ).format(most=MAX_PICTURES_PER_MESSAGE)
            )
        if len(sources) > 1:
            try:
                total = sum(source.stat().st_size for source in sources)
            except OSError as err:
                name = Path(err.filename or "").name
                if name:
                    sentence = translate("Pictures", "{name} could not be read: {reason}.")
                else:
                    sentence = translate("Pictures", "A picture could not be read: {reason}.")
                raise CannotSendPicture(sentence.format(name=name, reason=err.strerror)) from err
            if total > max_bytes:
                raise CannotSendPicture(
                    translate(
                        "Pictures",
                        "These %n pictures are too large to send together ({size}, limit "
                        "{limit}). Send them in two messages.",
                        None,
                        pictures,
                    ).format(size=megabytes(total), limit=megabytes(max_bytes))
                )
        return [self.publish(source, max_bytes=max_bytes) for source in sources]

    def publish(self, source: Path, *, max_bytes: int = MAX_PICTURE_BYTES) -> PublishedPicture:
        """Check the picture at ``source`` and copy it into the published folder.

        Raises:
            CannotSendPicture: not set up, unreadable, not an image, or too large.
        """
        if self.reason_unavailable:
            raise CannotSendPicture(self.reason_unavailable)
        try:
            size = source.stat().st_size
            if size > max_bytes:
                raise CannotSendPicture(
                    translate(
                        "Pictures", "{name} is too large to send ({size}, limit {limit})."
                    ).format(name=source.name, size=megabytes(size), limit=megabytes(max_bytes))
                )
            data = source.read_bytes()
        except OSError as err:
            raise CannotSendPicture(
                translate("Pictures", "{name} could not be read: {reason}.").format(
                    name=source.name, reason=err.strerror
                )
            ) from err
        try:
            check_size(len(data), max_bytes)
            content_type = check_bytes(data, None)
        except PictureRefused as refused:
            raise CannotSendPicture(
                translate(
                    "Pictures", "{name} can't be sent: only JPEG, PNG, GIF and WebP pictures can."
                ).format(name=source.name)
            ) from refused
        name = hashlib.sha256(data).hexdigest() + _EXTENSIONS[content_type]
        folder = Path(self.folder).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / name
            if not target.exists():
                fd, temporary = tempfile.mkstemp(dir=folder, prefix=".part-")
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(temporary, target)
        except OSError as err:
            raise CannotSendPicture(
                translate(
                    "Pictures",
                    "The picture could not be put in the folder for sent pictures ({folder}): "
                    "{reason}.",
                ).format(folder=folder, reason=err.strerror)
            ) from err
        return PublishedPicture(self.url_base.rstrip("/") + "/" + name, data, content_type)

"""Pictures in conversations: thumbnails decoded off the GUI thread, and a full-size viewer.

Decoding goes through ``QImageReader`` in a thread of its own (QImage may be made in any
thread; only the QPixmap is made in the GUI thread). The delegate paints from a small
in-memory cache of scaled pixmaps and asks for what it is missing.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, QSizeF, Qt, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.media import Media
from desktop.pictures.cache import PictureCache
from desktop.system.private_files import write_private_bytes

log = logging.getLogger("smsdesk.ui.pictures")

# A thumbnail fits in this square, keeping its shape (a portrait photo stands tall).
THUMB_SIZE = QSize(240, 240)
# The box of a picture whose size is not known (stored before SMS Desk measured pictures,
# or not fetched yet): 3:2, the shape of most photos.
UNKNOWN_BOX = QSizeF(240, 160)
SMALLEST_BOX = 48.0  # a tiny picture still gets a box one can click


def picture_box(item: Media, max_width: float) -> QSizeF:
    """The size of ``item``'s box in a bubble at most ``max_width`` wide: its own shape, no
    larger than the thumbnail square or than the picture itself."""
    if not item.width or not item.height:
        return QSizeF(min(UNKNOWN_BOX.width(), max_width), UNKNOWN_BOX.height())
    width, height = float(item.width), float(item.height)
    scale = min(THUMB_SIZE.width() / width, THUMB_SIZE.height() / height, max_width / width, 1.0)
    return QSizeF(
        min(max(width * scale, SMALLEST_BOX), max_width), max(height * scale, SMALLEST_BOX)
    )


KEPT_THUMBNAILS = 120
_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
}


def decode(data: bytes, fit: QSize | None) -> QImage | None:
    """Decode ``data`` with QImageReader (scaled to fit ``fit`` if given); None if it fails."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if reader.format().toStdString().lower() not in ("jpeg", "jpg", "png", "gif", "webp"):
        return None
    size = reader.size()
    if (
        fit is not None
        and size.isValid()
        and (size.width() > fit.width() or size.height() > fit.height())
    ):
        reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


class Thumbnails(QObject):
    """Scaled pixmaps of cached pictures, by cache key, decoded in a thread of their own.

    Signals:
        sig_ready(str): the thumbnail of this key is in (repaint).
        sig_missing(str): the key's file is not in this desk's disk cache (fetch it; then
            call ``fetched``).
    """

    sig_ready = Signal(str)
    sig_missing = Signal(str)
    _sig_decoded = Signal(str, object, bool)

    def __init__(self, cache: PictureCache | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._broken: set[str] = set()
        self._loading: set[str] = set()
        self._missing: set[str] = set()  # asked for once; not again until ``fetched``
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="smsdesk-pictures")
        self._closed = False
        self._sig_decoded.connect(self._decoded, Qt.ConnectionType.QueuedConnection)

    def pixmap(self, key: str) -> QPixmap | None:
        """The thumbnail if it is ready; otherwise None, and it is being made."""
        found = self._pixmaps.get(key)
        if found is not None:
            self._pixmaps.move_to_end(key)
            return found
        self.request(key)
        return None

    def set_cache(self, cache: PictureCache) -> None:
        """Read pictures from ``cache`` (the app's disk cache)."""
        self._cache = cache

    def has(self, key: str) -> bool:
        """True when the thumbnail of ``key`` is ready to paint."""
        return key in self._pixmaps

    def is_broken(self, key: str) -> bool:
        return key in self._broken

    def request(self, key: str) -> None:
        if self._closed or self._cache is None:
            return
        if key in self._loading or key in self._broken or key in self._missing:
            return
        self._loading.add(key)
        cache = self._cache

        def work() -> None:
            data = cache.read(key)
            image = decode(data, THUMB_SIZE) if data is not None else None
            self._sig_decoded.emit(key, image, data is None)

        self._pool.submit(work)

    @Slot(str, object, bool)
    def _decoded(self, key: str, image: QImage | None, missing: bool) -> None:
        self._loading.discard(key)
        if self._closed:
            return
        if missing:
            self._missing.add(key)
            self.sig_missing.emit(key)
            return
        if image is None:
            self._broken.add(key)
        else:
            self._pixmaps[key] = QPixmap.fromImage(image)
            while len(self._pixmaps) > KEPT_THUMBNAILS:
                self._pixmaps.popitem(last=False)
        self.sig_ready.emit(key)

    def clear(self) -> None:
        """Forget the decoded thumbnails; they are decoded again as they are painted."""
        self._pixmaps.clear()

    def fetched(self, key: str, ok: bool) -> None:
        """A picture asked for after ``sig_missing`` is in the disk cache, or is not to be had."""
        self._missing.discard(key)
        if ok:
            self.request(key)
        else:
            self._broken.add(key)
            self.sig_ready.emit(key)

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True)


class PictureViewer(QDialog):
    """One picture full size, fitted to the window, with Save as…."""

    _sig_loaded = Signal(object, object)

    def __init__(self, media: Media, cache: PictureCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: window title of a picture shown full size
        picture = translate("Pictures", "Picture")
        self.setWindowTitle(picture)
        self.setObjectName("pictureViewer")
        self.setAccessibleName(picture)
        self._media = media
        self._cache = cache
        self._image: QImage | None = None
        self._data: bytes | None = None
        self.picture = QLabel(translate("Pictures", "Loading picture…"))
        self.picture.setAccessibleName(picture)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(200, 150)
        save_as = translate("Pictures", "Save as…")
        self.save_button = QPushButton(save_as)
        self.save_button.setAccessibleName(save_as)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_as)
        #: button: closes the picture's window
        close_text = translate("Pictures", "Close")
        close = QPushButton(close_text)
        close.setAccessibleName(close_text)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addLayout(buttons)
        self.resize(720, 540)
        self._sig_loaded.connect(self._loaded, Qt.ConnectionType.QueuedConnection)
        key = media.cache_key or ""
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="smsdesk-viewer")

        def work() -> None:
            data = cache.read(key) if key else None
            image = decode(data, None) if data is not None else None
            self._sig_loaded.emit(data, image)

        self._pool.submit(work)
        self.finished.connect(lambda _r: self._pool.shutdown(wait=False))

    @property
    def image(self) -> QImage | None:
        return self._image

    def _loaded(self, data: bytes | None, image: QImage | None) -> None:
        if image is None:
            self.picture.setText(
                translate("Pictures", "This picture could not be shown: it is damaged or gone.")
            )
            return
        self._data, self._image = data, image
        self.save_button.setEnabled(True)
        self._fit()

    def _fit(self) -> None:
        if self._image is None:
            return
        pixmap = QPixmap.fromImage(self._image)
        size = self.picture.size()
        if pixmap.width() > size.width() or pixmap.height() > size.height():
            pixmap = pixmap.scaled(
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.picture.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def save_as(self) -> None:
        if self._data is None:
            return
        suffix = _EXTENSIONS.get(self._media.content_type, "")
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("Pictures", "Save picture"), str(Path.home() / f"picture{suffix}")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the picture's original bytes to ``path``."""
        if self._data is not None:
            write_private_bytes(path, self._data)  # someone's picture: for its owner only

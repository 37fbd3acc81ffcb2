"""A picture's shown size from its header alone (PNG, GIF, WebP, JPEG with EXIF orientation),
checked against what Qt's image reader shows for the same bytes."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImageReader

from desktop.core.media import image_size

WIDTH, HEIGHT = 37, 23  # odd, and not square: a swap or an off-by-one shows


def encoded(fmt: str, size: tuple[int, int] = (WIDTH, HEIGHT), **options) -> bytes:
    mode = "RGBA" if options.pop("alpha", False) else "RGB"
    image = Image.new(mode, size, (200, 120, 40, 128)[: len(mode)])
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def shown_by_qt(data: bytes) -> tuple[int, int]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # as the app's thumbnails and viewer do
    image = reader.read()
    assert not image.isNull(), reader.errorString()
    return image.width(), image.height()


def with_orientation(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    return encoded("JPEG", exif=exif.tobytes())


CASES = {
    "png": encoded("PNG"),
    "gif": encoded("GIF"),
    "webp lossy": encoded("WEBP", quality=80),
    "webp with alpha (extended)": encoded("WEBP", alpha=True, quality=80),
    "jpeg baseline": encoded("JPEG"),
    "jpeg progressive": encoded("JPEG", progressive=True),
    **{f"jpeg orientation {n}": with_orientation(n) for n in range(1, 9)},
}


@pytest.mark.parametrize("name", CASES)
def test_the_size_read_from_the_header_is_the_size_shown(name: str) -> None:
    data = CASES[name]
    assert image_size(data) == shown_by_qt(data)


def test_a_lossless_webp_is_measured_too() -> None:
    # Qt's WebP reader here refuses Pillow's lossless files; Pillow reads them.
    data = encoded("WEBP", lossless=True)
    assert image_size(data) == Image.open(io.BytesIO(data)).size == (WIDTH, HEIGHT)


def test_a_quarter_turned_jpeg_is_as_tall_as_it_is_wide() -> None:
    assert image_size(with_orientation(1)) == (WIDTH, HEIGHT)
    assert image_size(with_orientation(6)) == (HEIGHT, WIDTH)  # a phone's portrait photo
    assert image_size(with_orientation(3)) == (WIDTH, HEIGHT)  # upside down: same size


def test_a_large_picture_is_measured_without_decoding() -> None:
    assert image_size(encoded("PNG", size=(4032, 3024))) == (4032, 3024)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a picture at all",
        CASES["png"][:20],
        CASES["gif"][:8],
        CASES["webp lossy"][:27],
        CASES["jpeg baseline"][:100],
        b"\xff\xd8\xff\xe1\xff\xffExif\x00\x00MM",  # an EXIF block longer than the file
        b"\xff\xd8\xff\xda\x00\x02",  # image data before any frame header
    ],
    ids=["empty", "text", "png cut", "gif cut", "webp cut", "jpeg cut", "exif cut", "no frame"],
)
def test_a_cut_or_malformed_header_has_no_size(data: bytes) -> None:
    assert image_size(data) is None

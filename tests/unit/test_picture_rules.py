"""Which pictures are shown, the disk cache's size limit, publishing sent pictures, and
finding text for the find bar's highlights."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop.core.media import PictureRefused, check_bytes, check_size, check_type, sniff
from desktop.core.text_find import find_spans
from desktop.gateway.demo_pictures import landscape_png
from desktop.pictures.cache import PictureCache
from desktop.pictures.sending import NOT_CONFIGURED, CannotSendPicture, PicturePublisher


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xff\xd8\xff\xe0rest", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\nrest", "image/png"),
        (b"GIF89a...", "image/gif"),
        (b"RIFF\0\0\0\0WEBPVP8 ", "image/webp"),
        (b"<html>", None),
        (b"", None),
        (b"%PDF-1.4", None),
    ],
)
def test_the_first_bytes_prove_the_image_type(data, expected):
    assert sniff(data) == expected


@pytest.mark.parametrize(
    ("content_type", "sentence"),
    [
        ("text/html", "Picture not shown: it is not an image (text/html)."),
        ("", "Picture not shown: it is not an image (no type given)."),
        ("image/svg+xml", "Picture not shown: SMS Desk does not show image/svg+xml pictures."),
    ],
)
def test_types_other_than_the_four_images_are_refused(content_type, sentence):
    with pytest.raises(PictureRefused) as refused:
        check_type(content_type)
    assert str(refused.value) == sentence
    check_type("image/JPEG; charset=binary")  # accepted


def test_size_and_bytes_are_checked():
    with pytest.raises(PictureRefused, match=r"too large \(12 MB, limit 5 MB\)"):
        check_size(12 * 1024 * 1024)
    with pytest.raises(PictureRefused, match="not a real image"):
        check_bytes(b"<html>", "image/png")
    assert check_bytes(landscape_png(), "image/jpeg") == "image/png"


def _age(path: Path, seconds_ago: float) -> None:
    moment = time.time() - seconds_ago
    os.utime(path, (moment, moment))


def test_the_cache_keeps_the_most_recently_used_within_its_limit(tmp_path):
    cache = PictureCache(tmp_path / "pictures", limit_bytes=2500)
    first = cache.put(b"a" * 1000)
    second = cache.put(b"b" * 1000)
    _age(cache.path(first), 30)
    _age(cache.path(second), 20)
    assert cache.read(first) == b"a" * 1000  # used again: now the newest
    third = cache.put(b"c" * 1000)  # over the limit: the least recently used goes

    assert cache.has(first)
    assert cache.has(third)
    assert not cache.has(second)
    assert cache.read(second) is None
    assert cache.total_bytes() <= 2500
    assert cache.put(b"a" * 1000) == first  # named by content: stored once


def test_a_picture_larger_than_the_whole_cache_is_still_kept_alone(tmp_path):
    cache = PictureCache(tmp_path / "pictures", limit_bytes=100)
    small = cache.put(b"x" * 50)
    big = cache.put(b"y" * 500)
    assert cache.has(big)
    assert not cache.has(small)


def test_sending_pictures_needs_a_public_address(tmp_path):
    assert PicturePublisher().reason_unavailable == NOT_CONFIGURED
    assert NOT_CONFIGURED.startswith(
        "Sending pictures needs a public address for them: set it in Settings → Gateway"
    )
    with pytest.raises(CannotSendPicture, match="public address"):
        PicturePublisher().publish(tmp_path / "x.png")


def test_a_published_picture_is_copied_and_named_by_its_content(tmp_path):
    source = tmp_path / "photo.png"
    source.write_bytes(landscape_png())
    publisher = PicturePublisher(str(tmp_path / "public"), "https://pics.example.com/sms/")
    published = publisher.publish(source)
    name = published.url.rsplit("/", 1)[1]
    assert published.url.startswith("https://pics.example.com/sms/")
    assert name.endswith(".png")
    assert (tmp_path / "public" / name).read_bytes() == landscape_png()
    assert published.content_type == "image/png"

    page = tmp_path / "page.png"
    page.write_bytes(b"<html>")
    with pytest.raises(CannotSendPicture, match="only JPEG, PNG, GIF and WebP"):
        publisher.publish(page)
    with pytest.raises(CannotSendPicture, match="too large"):
        publisher.publish(source, max_bytes=100)


def test_the_pictures_of_one_message_are_checked_together_before_any_is_published(tmp_path):
    public = tmp_path / "public"
    publisher = PicturePublisher(str(public), "https://pics.example.com/sms/")
    photos = []
    for n in range(11):
        photo = tmp_path / f"p{n}.png"
        photo.write_bytes(landscape_png(20 + n, 20))
        photos.append(photo)

    published = publisher.publish_all(photos[:2])
    assert [p.data for p in published] == [photos[0].read_bytes(), photos[1].read_bytes()]

    with pytest.raises(CannotSendPicture, match="at most 10 pictures; these are 11"):
        publisher.publish_all(photos)
    together = sum(p.stat().st_size for p in photos[2:4])
    with pytest.raises(CannotSendPicture, match="too large to send together"):
        publisher.publish_all(photos[2:4], max_bytes=together - 1)
    with pytest.raises(CannotSendPicture, match="could not be read"):
        publisher.publish_all([photos[5], tmp_path / "missing.png"])
    # Refused as a whole: none of those was published.
    assert len(list(public.iterdir())) == 2


@pytest.mark.parametrize(
    ("text", "needle", "spans"),
    [
        ("Le Café, CAFE cafe", "cafe", [(3, 7), (9, 13), (14, 18)]),
        ("Delivery on Friday", "DELIVERY", [(0, 8)]),
        ("aaa", "aa", [(0, 2)]),
        ("nothing", "x", []),
        ("text", "  ", []),
    ],
)
def test_find_spans_ignore_case_and_accents(text, needle, spans):
    assert find_spans(text, needle) == spans

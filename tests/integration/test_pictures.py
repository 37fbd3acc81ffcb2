"""Pictures (MMS) from the demo gateway over real HTTP: listed, fetched with the gateway's
credentials into the disk cache, and hostile "images" refused with the reason."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop.core.media import MediaState
from desktop.gateway.base import GatewayError
from desktop.gateway.demo import DemoGateway
from desktop.gateway.demo_pictures import landscape_png
from desktop.gateway.twilio_carrier import twilio_config
from desktop.pictures.cache import PictureCache
from desktop.store import open_store
from desktop.sync.engine import SyncEngine
from desktop.sync.pictures import PictureFetcher

OLIVIA = "+14155550134"


@pytest.fixture
def setup(demo_gateway, tmp_path: Path):
    store = open_store(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    config = twilio_config(
        base_url=demo_gateway.base_url,
        account_sid=demo_gateway.account_sid,
        auth_token=demo_gateway.auth_token,
        from_number=demo_gateway.phone_number,
    )
    adapter = config.connect()
    cache = PictureCache(tmp_path / "pictures")
    engine = SyncEngine(store, adapter, pictures=PictureFetcher(store, adapter, cache))
    yield store, engine, cache, adapter
    engine.close()
    store.close()


def _pictures(store, sid_body: str):
    (message,) = [
        m
        for c in store.conversations.list()
        for m in store.conversations.messages(c.id)
        if m.body == sid_body
    ]
    return store.media.for_messages([message.id]).get(message.id, [])


def test_a_picture_from_the_demo_gateway_is_fetched_into_the_cache(setup, demo_gateway):
    store, engine, cache, _adapter = setup
    demo_gateway.inbound_picture(OLIVIA, "Here's the photo")
    engine.run_cycle()

    (picture,) = _pictures(store, "Here's the photo")
    assert picture.state is MediaState.CACHED
    assert picture.content_type == "image/png"
    assert picture.size_bytes == len(landscape_png())
    assert (picture.width, picture.height) == (360, 240)  # measured as it was fetched
    assert cache.read(picture.cache_key) == landscape_png()
    # The media list and the picture itself were asked for with the credentials.
    paths = [path for _method, path in demo_gateway.requests_seen()]
    assert any(path.endswith("/Media.json") for path in paths)
    assert any("/Media/ME" in path for path in paths)


def test_hostile_images_are_refused_with_the_reason(setup, demo_gateway, caplog):
    store, engine, cache, _adapter = setup
    caplog.set_level(logging.DEBUG)
    demo_gateway.inbound(
        OLIVIA,
        "hostile",
        media=[
            ("image/png", b"<html><script>alert(1)</script></html>"),  # HTML labelled PNG
            ("text/html", b"<html>hello</html>"),  # not an image at all
            ("image/jpeg", b"\xff\xd8\xff" + b"\0" * (6 * 1024 * 1024)),  # too large
            ("application/pdf", b"%PDF-1.4"),
            ("image/png", landscape_png()),  # and a real one among them
        ],
    )
    engine.run_cycle()

    found = _pictures(store, "hostile")
    assert [(p.state, p.error) for p in found] == [
        (
            MediaState.REJECTED,
            "Picture not shown: it is not a real image (labelled image/png).",
        ),
        (MediaState.REJECTED, "Picture not shown: it is not an image (text/html)."),
        (MediaState.REJECTED, "Picture not shown: it is too large (6 MB, limit 5 MB)."),
        (MediaState.REJECTED, "Picture not shown: it is not an image (application/pdf)."),
        (MediaState.CACHED, None),
    ]
    # Only the real picture reached the disk.
    assert [p.name for p in cache.folder.iterdir()] == [found[-1].cache_key]
    # The auth token never reaches the logs; our own lines hide the account sid as well.
    assert demo_gateway.auth_token not in caplog.text
    ours = [r.getMessage() for r in caplog.records if r.name == "smsdesk.gateway"]
    assert ours
    assert not any(demo_gateway.account_sid in line for line in ours)


def test_a_picture_polled_twice_is_listed_and_fetched_once(setup, demo_gateway):
    store, engine, _cache, _adapter = setup
    demo_gateway.inbound_picture(OLIVIA, "once")
    engine.run_cycle()
    engine.run_cycle()  # the overlapping poll sees the message again
    assert len(_pictures(store, "once")) == 1
    fetches = [p for _m, p in demo_gateway.requests_seen() if "/Media/ME" in p]
    assert len(fetches) == 1


def test_the_demo_gateway_takes_media_urls_when_sending(setup, demo_gateway):
    _store, _engine, _cache, adapter = setup
    adapter.send(OLIVIA, "a photo", ["file:///tmp/a.png", "https://example.com/b.jpg"])
    (sent,) = demo_gateway.sent()
    assert sent["media_urls"] == ["file:///tmp/a.png", "https://example.com/b.jpg"]


def test_pictures_are_fetched_from_the_gateway_only(setup):
    _store, _engine, _cache, adapter = setup
    with pytest.raises(GatewayError, match="not on the SMS gateway"):
        adapter.download_media("https://elsewhere.example.com/x.png", 1000)


def test_a_demo_contact_asked_for_a_photo_sends_one_back():
    demo = DemoGateway(greet=False, auto_reply=True, reply_delay=(0.0, 0.0), status_delays=(0, 0))
    demo.start()
    try:
        adapter = twilio_config(
            base_url=demo.base_url,
            account_sid=demo.account_sid,
            auth_token=demo.auth_token,
            from_number=demo.phone_number,
        ).connect()
        adapter.send(OLIVIA, "Could you send a photo of the part?")
        import time
        from datetime import UTC, datetime, timedelta

        since = datetime.now(UTC) - timedelta(minutes=1)
        deadline = time.monotonic() + 5
        while not (replies := adapter.fetch_inbound(since)):
            assert time.monotonic() < deadline, "no reply came"
            time.sleep(0.02)
        (reply,) = replies
        assert reply.num_media == 1
        assert reply.sid.startswith("MM")
        (media,) = adapter.list_media(reply.sid)
        content_type, data = adapter.download_media(media.url, 5 * 1024 * 1024)
        assert (content_type, data) == ("image/png", landscape_png())
        adapter.close()
    finally:
        demo.stop()


def test_another_desk_fetches_a_cached_picture_into_its_own_cache(setup, demo_gateway, tmp_path):
    store, engine, _cache, adapter = setup
    demo_gateway.inbound_picture(OLIVIA, "team")
    engine.run_cycle()
    (picture,) = _pictures(store, "team")

    other_cache = PictureCache(tmp_path / "other-desk")
    other = PictureFetcher(store, adapter, other_cache)
    assert other.fetch_again(picture.id) == picture.cache_key
    assert other_cache.read(picture.cache_key) == landscape_png()
    assert _pictures(store, "team") == [picture]  # the store is not changed

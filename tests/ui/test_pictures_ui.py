"""Pictures in the conversation: an MMS from the demo gateway shows as a thumbnail (polled,
fetched, cached, decoded off the GUI thread), opens full size; refused ones say why; sending
a picture works on the demo and is refused with the reason where no public address is set."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.config.settings import Settings
from desktop.core.media import MediaState
from desktop.gateway.demo_pictures import landscape_png
from desktop.pictures.sending import NOT_CONFIGURED
from desktop.ui.conversation.messages import MessageRole
from desktop.ui.window.chat_list import last_message_text

OLIVIA = "+14155550134"
PASSWORD = "correct horse 42"


def open_conversation(qtbot, window, number):
    store = window.desk.session
    qtbot.waitUntil(lambda: store.conversations.find(number) is not None, timeout=5000)
    window.open_conversation(store.conversations.find(number))
    widget = window.conversation
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0, timeout=5000)
    return widget


def geometry_of(widget, row):
    index = widget.model.index(row)
    option = QStyleOptionViewItem()
    widget.view.initViewItemOption(option)
    option.rect = widget.view.visualRect(index)
    return widget.view.delegate._geometry(option, index)


def media_of_last(widget):
    model = widget.model
    return model.data(model.index(model.rowCount() - 1), MessageRole.MEDIA)


def test_a_picture_from_the_demo_gateway_shows_as_a_thumbnail(qtbot, main_window, demo_gateway):
    demo_gateway.inbound_picture(OLIVIA, "Here's the photo of the leak")
    widget = open_conversation(qtbot, main_window, OLIVIA)
    qtbot.waitUntil(
        lambda: [m.state for m in media_of_last(widget)] == [MediaState.CACHED], timeout=8000
    )
    (picture,) = media_of_last(widget)
    cache_file = main_window.desk.paths.picture_cache_dir / picture.cache_key
    assert cache_file.read_bytes() == landscape_png()

    # The delegate asks for the thumbnail as it paints; it is decoded in its own thread.
    widget.view.viewport().repaint()
    qtbot.waitUntil(lambda: widget.thumbnails.has(picture.cache_key), timeout=5000)
    pixmap = widget.thumbnails.pixmap(picture.cache_key)
    assert (pixmap.width(), pixmap.height()) == (240, 160)  # 360 x 240, fitted in 240 x 240

    # A click on it opens the picture full size, which can be saved.
    row = widget.model.rowCount() - 1
    rect = widget.view.visualRect(widget.model.index(row))
    geometry = geometry_of(widget, row)
    box = geometry.pictures[0][0].translated(rect.topLeft().toPointF())
    qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=box.center().toPoint())
    viewer = widget.picture_viewer
    qtbot.waitUntil(lambda: viewer.image is not None, timeout=5000)
    assert (viewer.image.width(), viewer.image.height()) == (360, 240)
    assert viewer.save_button.accessibleName() == "Save as…"
    saved = main_window.desk.paths.data_dir.parent / "saved.png"
    viewer.save_to(saved)
    assert saved.read_bytes() == landscape_png()
    assert saved.stat().st_mode & 0o777 == 0o600  # readable by its owner only
    viewer.close()


def test_each_picture_gets_a_box_of_its_own_shape(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Portrait", media=[("image/png", landscape_png(200, 300))])
    demo_gateway.inbound(OLIVIA, "Wide", media=[("image/png", landscape_png(480, 270))])
    demo_gateway.inbound(OLIVIA, "Tiny", media=[("image/png", landscape_png(20, 12))])
    widget = open_conversation(qtbot, main_window, OLIVIA)

    def boxes():
        found = {}
        for row in range(widget.model.rowCount()):
            media = widget.model.data(widget.model.index(row), MessageRole.MEDIA)
            if media and media[0].state is MediaState.CACHED:
                message = widget.model.data(widget.model.index(row), MessageRole.MESSAGE)
                box = geometry_of(widget, row).pictures[0][0]
                found[message.body] = (round(box.width()), round(box.height()))
        return found

    qtbot.waitUntil(lambda: len(boxes()) == 3, timeout=8000)
    assert boxes() == {
        "Portrait": (160, 240),  # a tall box, not a 3:2 one with bands beside it
        "Wide": (240, 135),
        "Tiny": (48, 48),  # never enlarged, but big enough to click
    }


def test_a_picture_without_text_reads_picture_in_the_chat_list_and_its_pop_up(
    qtbot, main_window, demo_gateway
):
    desk = main_window.desk
    demo_gateway.inbound(OLIVIA, "", media=[("image/png", landscape_png())])
    model = main_window.chat_model

    def spoken() -> str | None:
        for row in range(model.rowCount()):
            text = model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
            if text and text.startswith("(415) 555-0134"):
                return text
        return None

    qtbot.waitUntil(lambda: spoken() is not None, timeout=5000)
    assert ", Picture, " in spoken()
    conversation = desk.session.conversations.find(OLIVIA)
    assert last_message_text(conversation) == "Picture"
    assert last_message_text(dataclasses.replace(conversation, last_direction=None)) == ""
    qtbot.waitUntil(lambda: desk.popups.popup_for(conversation.id) is not None, timeout=5000)
    assert desk.popups.popup_for(conversation.id).body_text == "Picture"


def test_a_hostile_picture_is_refused_with_the_reason_in_the_bubble(
    qtbot, main_window, demo_gateway
):
    demo_gateway.inbound(OLIVIA, "See attached", media=[("image/png", b"<html>gotcha</html>")])
    widget = open_conversation(qtbot, main_window, OLIVIA)
    qtbot.waitUntil(
        lambda: [m.state for m in media_of_last(widget)] == [MediaState.REJECTED], timeout=8000
    )
    (picture,) = media_of_last(widget)
    assert picture.error == "Picture not shown: it is not a real image (labelled image/png)."
    row = widget.model.rowCount() - 1
    geometry = geometry_of(widget, row)
    assert geometry.pictures == ()
    (note,) = geometry.notes
    assert note[0].text() == picture.error
    assert not list(main_window.desk.paths.picture_cache_dir.glob("*"))


def test_sending_a_picture_on_the_demo_gateway(qtbot, main_window, demo_gateway, tmp_path):
    demo_gateway.inbound(OLIVIA, "Can you send me a picture of it?")
    widget = open_conversation(qtbot, main_window, OLIVIA)
    photo = tmp_path / "photo.png"
    photo.write_bytes(landscape_png())
    assert widget.attach_button.accessibleName() == "Attach picture"

    widget.attach_picture(photo)
    assert widget.attachments == (photo,)
    assert widget.picture_attachments.attachment_label.text() == "Picture to send: photo.png"
    assert widget.picture_attachments.remove_attachment.accessibleName() == "Remove picture"
    assert widget.send_button.isEnabled()
    widget.send_button.click()
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)
    (sent,) = demo_gateway.sent()
    (url,) = sent["media_urls"]
    assert url.startswith("file://")
    assert url.endswith(".png")
    assert widget.attachments == ()
    # It shows in the conversation from the local cache.
    qtbot.waitUntil(
        lambda: [m.state for m in media_of_last(widget)] == [MediaState.CACHED], timeout=5000
    )


def test_sending_a_picture_is_refused_with_the_reason_when_not_set_up(
    qtbot, make_desk, demo_gateway, tmp_path
):
    desk = make_desk(
        settings=Settings(gateway="twilio", default_region="US", no_tray_notice_shown=True)
    )
    user = desk.accounts.create_first_admin("101", "Test Desk", PASSWORD)
    desk.start_session(user)
    desk.window.desk = desk
    demo_gateway.inbound(OLIVIA, "hello")
    widget = open_conversation(qtbot, desk.window, OLIVIA)
    photo = tmp_path / "photo.png"
    photo.write_bytes(landscape_png())

    widget.attach_picture(photo)
    assert widget.attachments == ()
    assert widget.hint.isVisible()
    assert widget.hint.text() == NOT_CONFIGURED
    assert widget.hint.text().startswith(
        "Sending pictures needs a public address for them: set it in Settings → Gateway"
    )
    qtbot.wait(300)  # nothing must be sent
    assert demo_gateway.sent() == []


def test_a_picture_evicted_from_the_cache_is_fetched_again_when_shown(
    qtbot, main_window, demo_gateway
):
    demo_gateway.inbound_picture(OLIVIA, "again")
    widget = open_conversation(qtbot, main_window, OLIVIA)
    qtbot.waitUntil(
        lambda: [m.state for m in media_of_last(widget)] == [MediaState.CACHED], timeout=8000
    )
    (picture,) = media_of_last(widget)
    widget.view.viewport().repaint()
    qtbot.waitUntil(lambda: widget.thumbnails.has(picture.cache_key), timeout=5000)
    cache_file = main_window.desk.paths.picture_cache_dir / picture.cache_key
    cache_file.unlink()  # what the size limit does to the least recently used
    widget.thumbnails.clear()  # and the in-memory thumbnails moved on

    widget.view.viewport().repaint()  # painting asks for it again
    qtbot.waitUntil(cache_file.exists, timeout=8000)  # the worker fetched it again
    fetches = [p for _m, p in demo_gateway.requests_seen() if "/Media/ME" in p]
    assert len(fetches) == 2
    qtbot.waitUntil(lambda: widget.thumbnails.has(picture.cache_key), timeout=5000)
    # This desk's cache was filled; the store's record did not change.
    assert media_of_last(widget) == (picture,)


def test_a_picture_dropped_on_the_conversation_is_attached(
    qtbot, main_window, demo_gateway, tmp_path
):
    demo_gateway.inbound(OLIVIA, "hello")
    widget = open_conversation(qtbot, main_window, OLIVIA)
    photo, other = tmp_path / "dropped.png", tmp_path / "other.png"
    photo.write_bytes(landscape_png())
    other.write_bytes(landscape_png(200, 300))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(
        widget.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(widget.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(drop)
    assert widget.attachments == (photo, other)


def test_several_pictures_go_in_one_message_in_order(qtbot, main_window, demo_gateway, tmp_path):
    demo_gateway.inbound(OLIVIA, "Can you send me the photos?")
    widget = open_conversation(qtbot, main_window, OLIVIA)
    first, second = tmp_path / "front.png", tmp_path / "side.png"
    first.write_bytes(landscape_png())
    second.write_bytes(landscape_png(200, 300))

    widget.attach_picture(first)
    widget.attach_picture(second)
    widget.attach_picture(first)  # already attached: once only
    assert widget.attachments == (first, second)
    assert (
        widget.picture_attachments.attachment_label.text()
        == "2 pictures to send: front.png, side.png"
    )
    assert widget.picture_attachments.remove_attachment.text() == "Remove pictures"
    assert widget.picture_attachments.remove_attachment.accessibleName() == "Remove pictures"
    qtbot.keyClicks(widget.editor, "Here you go")
    widget.send_button.click()

    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)
    (sent,) = demo_gateway.sent()
    assert sent["body"] == "Here you go"
    assert len(sent["media_urls"]) == 2
    qtbot.waitUntil(
        lambda: [m.state for m in media_of_last(widget)] == [MediaState.CACHED] * 2, timeout=5000
    )
    assert [(m.width, m.height) for m in media_of_last(widget)] == [(360, 240), (200, 300)]
    boxes = geometry_of(widget, widget.model.rowCount() - 1).pictures
    assert [(round(b.width()), round(b.height())) for b, _m in boxes] == [(240, 160), (160, 240)]


def test_more_than_ten_pictures_are_refused_beyond_the_tenth(qtbot, main_window, tmp_path):
    desk = main_window.desk
    conversation = desk.session.conversations.open(OLIVIA)
    main_window.open_conversation(conversation)
    widget = main_window.conversation
    photos = []
    for n in range(11):
        photo = tmp_path / f"p{n}.png"
        photo.write_bytes(landscape_png(20 + n, 20))
        photos.append(photo)
    for photo in photos:
        widget.attach_picture(photo)
    assert widget.attachments == tuple(photos[:10])
    assert widget.hint.text() == (
        "A message can hold at most 10 pictures: the first 10 are attached."
    )
    widget.picture_attachments.remove_attachment.click()
    assert widget.attachments == ()
    assert not widget.send_button.isEnabled()


def test_a_picture_that_does_not_decode_says_so_instead_of_a_thumbnail(
    qtbot, main_window, demo_gateway
):
    # The right first bytes, then garbage: it passes the worker's check, not the decoder.
    fake = b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 100
    demo_gateway.inbound(OLIVIA, "broken", media=[("image/png", fake)])
    widget = open_conversation(qtbot, main_window, OLIVIA)
    qtbot.waitUntil(
        lambda: [m.state for m in media_of_last(widget)] == [MediaState.CACHED], timeout=8000
    )
    (picture,) = media_of_last(widget)
    widget.view.viewport().repaint()
    qtbot.waitUntil(lambda: widget.thumbnails.is_broken(picture.cache_key), timeout=5000)
    assert not widget.thumbnails.has(picture.cache_key)

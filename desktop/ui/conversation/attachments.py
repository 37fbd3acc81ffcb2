"""Pictures to send with the next message: the Attach picture button, the strip that names
them (with Remove), files dropped on the conversation, and the store-thread work that
publishes them and puts them in the outbox with the typed text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.core.i18n import translate
from desktop.core.media import MAX_PICTURES_PER_MESSAGE, image_size
from desktop.core.models import ConversationId, Message, UserId
from desktop.pictures.cache import PictureCache
from desktop.pictures.sending import PicturePublisher
from desktop.ui.look.widgets import plain_tooltip

if TYPE_CHECKING:
    from desktop.store.ports import ConversationStore


class PictureAttachments:
    """The pictures attached to the message being typed, and the widgets that show them.

    Args:
        parent: the conversation widget (the file dialog opens over it).
        show_hint: shows a sentence under the box ("" hides it).
        changed: called after the attached pictures change (Send may turn on or off).
        focus_editor: puts the focus back in the box.

    Attributes:
        publisher: how sent pictures reach a public address; set by the app from the settings.
        attach_button: "Attach picture", for the composer's tool row.
        attachment_row: the strip above the box naming the pictures, with Remove.
    """

    def __init__(
        self,
        parent: QWidget,
        *,
        show_hint: Callable[[str], None],
        changed: Callable[[], None],
        focus_editor: Callable[[], None],
    ) -> None:
        self._parent = parent
        self._show_hint = show_hint
        self._changed = changed
        self._focus_editor = focus_editor
        self.publisher: Callable[[], PicturePublisher] = PicturePublisher
        self._pictures: tuple[Path, ...] = ()

        self.attach_button = QToolButton()
        self.attach_button.setObjectName("composerTool")
        attach = translate("Attachments", "Attach picture")
        self.attach_button.setText(attach)
        self.attach_button.setAccessibleName(attach)
        self.attach_button.setToolTip(
            translate("Attachments", "Send a picture (or drop one on the conversation)")
        )
        self.attach_button.clicked.connect(lambda: self.attach())
        self.attachment_row = QWidget()
        self.attachment_label = QLabel()
        self.attachment_label.setObjectName("attachmentLabel")
        self.attachment_label.setTextFormat(Qt.TextFormat.PlainText)
        self.attachment_label.setAccessibleName(translate("Attachments", "Picture to send"))
        self.remove_attachment = QToolButton()
        self.remove_attachment.setObjectName("composerTool")
        remove = translate("Attachments", "Remove picture")
        self.remove_attachment.setText(remove)
        self.remove_attachment.setAccessibleName(remove)
        self.remove_attachment.clicked.connect(lambda: self.set(()))
        layout = QHBoxLayout(self.attachment_row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.attachment_label, 1)
        layout.addWidget(self.remove_attachment)
        self.attachment_row.hide()

    @property
    def pictures(self) -> tuple[Path, ...]:
        return self._pictures

    def attach(self, path: Path | None = None) -> None:
        """Add a picture (or, with none given, those chosen in a file dialog) to send with the
        next message, if pictures can be sent."""
        reason = self.publisher().reason_unavailable
        if reason:
            self._show_hint(reason)
            return
        if path is not None:
            chosen = [path]
        else:
            names, _filter = QFileDialog.getOpenFileNames(
                self._parent,
                translate("Attachments", "Attach pictures"),
                "",
                translate("Attachments", "Pictures (*.jpg *.jpeg *.png *.gif *.webp)"),
            )
            chosen = [Path(name) for name in names]
        if not chosen:
            return
        pictures = self._pictures + tuple(p for p in chosen if p not in self._pictures)
        self.set(pictures[:MAX_PICTURES_PER_MESSAGE])
        if len(pictures) > MAX_PICTURES_PER_MESSAGE:
            self._show_hint(
                translate(
                    "Attachments",
                    "A message can hold at most %n picture(s): the first %n are attached.",
                    None,
                    MAX_PICTURES_PER_MESSAGE,
                )
            )
        self._focus_editor()

    def set(self, pictures: tuple[Path, ...]) -> None:
        """The pictures to send with the next message (none: ``()``)."""
        self._pictures = tuple(pictures)
        if pictures:
            self._show_hint("")
        self.attachment_row.setVisible(bool(pictures))
        names = ", ".join(p.name for p in pictures)
        if len(pictures) == 1:
            self.attachment_label.setText(
                translate("Attachments", "Picture to send: {names}").format(names=names)
            )
            label = translate("Attachments", "Remove picture")
        else:
            # A bare name: lupdate drops a translate() whose count is a call (len(...)).
            count = len(pictures)
            self.attachment_label.setText(
                translate("Attachments", "%n picture(s) to send: {names}", None, count).format(
                    names=names
                )
            )
            label = translate("Attachments", "Remove pictures")
        self.attachment_label.setToolTip(plain_tooltip("\n".join(str(p) for p in pictures)))
        self.remove_attachment.setText(label)
        self.remove_attachment.setAccessibleName(label)
        self._changed()


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files dropped (none when anything else was)."""
    if not mime.hasUrls() or not all(url.isLocalFile() for url in mime.urls()):
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()]


def queue_pictures(
    store: ConversationStore,
    publisher: PicturePublisher,
    cache: PictureCache | None,
    conversation_id: ConversationId,
    body: str,
    paths: tuple[Path, ...],
    *,
    desk_number: str,
    user_id: UserId | None,
    scheduled_at: datetime | None,
    cancel_if_reply: bool,
) -> Message:
    """Publish ``paths``, keep them in this desk's cache and store the message with them in
    the outbox. File work and the database: run it in the store thread, never the GUI's."""
    published = publisher.publish_all(paths)
    keys = [cache.put(p.data) for p in published] if cache is not None else []
    from desktop.store.media_store import MediaItem  # with the store, when sent

    items = []
    for picture in published:
        width, height = image_size(picture.data) or (None, None)
        items.append(MediaItem(picture.url, picture.content_type, len(picture.data), width, height))
    return store.outbound.queue(
        conversation_id,
        body,
        desk_number=desk_number,
        user_id=user_id,
        pictures=items,
        picture_keys=keys,
        scheduled_at=scheduled_at,
        cancel_if_reply=cancel_if_reply,
    )

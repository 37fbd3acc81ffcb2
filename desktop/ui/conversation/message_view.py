"""The conversation's message list view: keeps to the bottom as messages arrive, loads
older pages without jumping, and offers a bubble's context menu. Its items are painted by
desktop.ui.conversation.message_delegate.MessageDelegate.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QMenu, QWidget

from desktop.core.i18n import translate
from desktop.core.models import Message, MessageId, MessageStatus
from desktop.ui.conversation.message_delegate import MessageDelegate
from desktop.ui.conversation.messages import MessageListModel, MessageRole
from desktop.ui.conversation.pictures import Thumbnails


class MessageListView(QListView):
    """The conversation's messages; keeps to the bottom as messages arrive, and loads older
    pages when scrolled to the top without jumping.

    Signals:
        sig_retry(MessageId): the user asked to send a failed message again.
        sig_discard(MessageId): "Discard" on a failed message.
        sig_edit_scheduled(Message): "Edit scheduled message…" on a scheduled message.
        sig_cancel_scheduled(MessageId): "Cancel scheduled message" on a scheduled message.
    """

    sig_retry = Signal(int)
    sig_discard = Signal(int)
    sig_edit_scheduled = Signal(object)
    sig_cancel_scheduled = Signal(int)
    sig_open_picture = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageList")
        self.setAccessibleName(translate("MessageView", "Messages"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setUniformItemSizes(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalScrollBar().setSingleStep(24)
        self._delegate = MessageDelegate(self)
        self._delegate.sig_retry.connect(self.sig_retry)
        self._delegate.sig_open_picture.connect(self.sig_open_picture)
        self.setItemDelegate(self._delegate)
        self._stick_to_bottom = True
        self._distance_from_bottom: float | None = None
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.valueChanged.connect(self._scrolled)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, MessageListModel):
            model.modelAboutToBeReset.connect(self._before_reset)
            model.rowsAboutToBeInserted.connect(self._before_insert)

    def _before_reset(self) -> None:
        self._stick_to_bottom = True
        self._distance_from_bottom = None

    def _before_insert(self, _parent: QModelIndex, first: int, _last: int) -> None:
        bar = self.verticalScrollBar()
        if first == 0 and self.model().rowCount() > 0:
            # Older messages go above: keep what the user is looking at in place.
            self._distance_from_bottom = bar.maximum() - bar.value()
        else:
            self._stick_to_bottom = bar.value() >= bar.maximum() - 8

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        bar = self.verticalScrollBar()
        if self._distance_from_bottom is not None:
            bar.setValue(int(maximum - self._distance_from_bottom))
            self._distance_from_bottom = None
        elif self._stick_to_bottom:
            bar.setValue(maximum)

    def _scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick_to_bottom = value >= bar.maximum() - 8
        model = self.model()
        if value < 300 and isinstance(model, MessageListModel) and model.can_fetch_older:
            model.fetch_older()

    @property
    def delegate(self) -> MessageDelegate:
        return self._delegate

    def set_thumbnails(self, thumbnails: Thumbnails) -> None:
        """Paint pictures from ``thumbnails`` (repainting as they are decoded)."""
        self._delegate.thumbnails = thumbnails
        thumbnails.sig_ready.connect(self._thumbnail_ready)

    def _thumbnail_ready(self, key: str) -> None:
        model = self.model()
        if isinstance(model, MessageListModel):
            model.repaint_media(key)
        self.viewport().update()

    def scroll_to_message(self, message_id: MessageId) -> bool:
        """Scroll so the message is in the middle; False when it is not loaded."""
        model = self.model()
        if not isinstance(model, MessageListModel):
            return False
        row = model.row_of(message_id)
        if row is None:
            return False
        self._stick_to_bottom = False
        self._distance_from_bottom = None
        self.scrollTo(model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def paint_now(self) -> None:
        """Lay out new rows and paint them now, not in a later turn of the event loop (a
        message just sent: its bubble is on screen before the store thread starts)."""
        self.executeDelayedItemsLayout()
        if self._stick_to_bottom:
            self.scrollToBottom()
        self.viewport().repaint()

    def scroll_to_end(self) -> None:
        self._stick_to_bottom = True
        self.scrollToBottom()

    def resizeEvent(self, event: QResizeEvent) -> None:
        was_at_bottom = self._stick_to_bottom
        self._delegate.clear_cache()
        super().resizeEvent(event)
        if was_at_bottom:
            self._stick_to_bottom = True

    def _context_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        message = index.data(MessageRole.MESSAGE) if index.isValid() else None
        if not isinstance(message, Message):
            return
        menu = self.context_menu_for(message)
        menu.exec(self.viewport().mapToGlobal(position))

    def context_menu_for(self, message: Message) -> QMenu:
        """The bubble's context menu: Copy text, and Retry and Discard or the scheduled-message
        actions."""
        menu = QMenu(self)
        copy = menu.addAction(translate("MessageView", "Copy text"))
        copy.triggered.connect(lambda: QApplication.clipboard().setText(message.body))
        if message.status is MessageStatus.FAILED:
            #: context-menu entry: sends a failed message again
            retry = menu.addAction(translate("MessageView", "Retry"))
            retry.triggered.connect(lambda: self.sig_retry.emit(int(message.id)))
            #: context-menu entry: gives up on a failed message (it shows as cancelled)
            discard = menu.addAction(translate("MessageView", "Discard"))
            discard.triggered.connect(lambda: self.sig_discard.emit(int(message.id)))
        if message.status is MessageStatus.SCHEDULED:
            edit = menu.addAction(translate("MessageView", "Edit scheduled message…"))
            edit.triggered.connect(lambda: self.sig_edit_scheduled.emit(message))
            cancel = menu.addAction(translate("MessageView", "Cancel scheduled message"))
            cancel.triggered.connect(lambda: self.sig_cancel_scheduled.emit(int(message.id)))
        return menu

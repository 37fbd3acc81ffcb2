"""The main window: the Chat page (chat list left, conversation right) and the status bar."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import User
from desktop.core.models import Conversation, StoreChange
from desktop.store import Store
from desktop.sync.engine import LinkState, SyncReport
from desktop.ui.chat_list import ChatListModel, ChatListView
from desktop.ui.conversation import ConversationWidget
from desktop.ui.tasks import TaskRunner

log = logging.getLogger("smsdesk.ui.main_window")

APP_TITLE = "SMS Desk"


class ConnectionIndicator(QWidget):
    """The status bar's word on the gateway: "Connected", or "Offline — retrying in 8 s"
    with a Retry now button.

    Signals:
        sig_retry_now(): the user pressed Retry now.
    """

    sig_retry_now = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionIndicator")
        self._dot = QLabel()
        self._dot.setObjectName("connectionDot")
        self._dot.setFixedSize(10, 10)
        self._label = QLabel("Connecting…")
        self._label.setObjectName("connectionText")
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton("Retry now")
        self.retry_button.setObjectName("retryNow")
        self.retry_button.setAccessibleName("Retry now")
        self.retry_button.setFlat(True)
        self.retry_button.clicked.connect(self.sig_retry_now)
        self.retry_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(8)
        layout.addWidget(self._dot)
        layout.addWidget(self._label)
        layout.addWidget(self.retry_button)
        self._state = LinkState.CONNECTING
        self._detail = ""
        self._retry_at = 0.0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._refresh)
        self._set_dot("connecting")

    @property
    def text(self) -> str:
        return self._label.text()

    @property
    def state(self) -> LinkState:
        return self._state

    def show_report(self, report: SyncReport) -> None:
        self._state = report.state
        self._detail = report.message
        self._retry_at = time.monotonic() + report.retry_in
        if report.state is LinkState.ONLINE:
            self._countdown.stop()
        elif not self._countdown.isActive():
            self._countdown.start()
        self._refresh()

    def _refresh(self) -> None:
        remaining = max(0, round(self._retry_at - time.monotonic()))
        if self._state is LinkState.ONLINE:
            self._label.setText("Connected")
            self._label.setToolTip("")
            self._set_dot("online")
            self.retry_button.hide()
        elif self._state is LinkState.OFFLINE:
            waiting = f"retrying in {remaining} s" if remaining else "retrying…"
            self._label.setText(f"Offline — {waiting}")
            self._label.setToolTip(self._detail)
            self._set_dot("offline")
            self.retry_button.show()
        elif self._state is LinkState.NEEDS_ATTENTION:
            self._label.setText(self._detail)
            self._label.setToolTip(self._detail)
            self._set_dot("attention")
            self.retry_button.show()
        else:
            self._label.setText("Connecting…")
            self._set_dot("connecting")

    def _set_dot(self, state: str) -> None:
        self._dot.setProperty("state", state)
        self._dot.style().unpolish(self._dot)
        self._dot.style().polish(self._dot)


class EmptyConversation(QWidget):
    """What the right side shows before a conversation is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyConversation")
        title = QLabel("No conversation selected")
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel("Choose a conversation in the chat list to read and reply.")
        hint.setObjectName("emptyHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    """The Chat page.

    Args:
        store: the message store (queried in the store thread only).
        tasks: the store thread.
        region: default region for reading and formatting numbers.
        desk_number: the desk's own number.
        user: who is signed in.

    Signals:
        sig_message_queued(Message): a message waits in the outbox (wake the worker).
        sig_retry_now(): the user asked to reconnect now.
        sig_settings_requested(): Settings… was chosen.
        sig_sign_out_requested(): Sign out was chosen.
    """

    sig_message_queued = Signal(object)
    sig_retry_now = Signal()
    sig_settings_requested = Signal()
    sig_sign_out_requested = Signal()

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        region: str,
        desk_number: str,
        *,
        user: User | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.user = user
        self.setWindowTitle(APP_TITLE)
        self._store = store
        self._tasks = tasks
        self._region = region
        self._unread = 0

        self.chat_model = ChatListModel(store, tasks, region, parent=self)
        self.chat_list = ChatListView()
        self.chat_list.setModel(self.chat_model)
        self.chat_list.selectionModel().selectionChanged.connect(self._selection_changed)

        chats_title = QLabel("Chats")
        chats_title.setObjectName("panelTitle")
        left_header = QHBoxLayout()
        left_header.setContentsMargins(16, 14, 12, 10)
        left_header.addWidget(chats_title)
        left_header.addStretch(1)
        left = QFrame()
        left.setObjectName("chatPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addLayout(left_header)
        left_layout.addWidget(self.chat_list, 1)

        self.conversation = ConversationWidget(store, tasks, region, desk_number)
        self.conversation.sig_message_queued.connect(self.sig_message_queued)
        self.conversation.sig_error.connect(self.show_error)
        self.empty = EmptyConversation()
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.conversation)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        left.setMinimumWidth(260)
        splitter.setSizes([340, 700])
        self.setCentralWidget(splitter)

        self.connection = ConnectionIndicator()
        self.connection.sig_retry_now.connect(self.sig_retry_now)
        self.statusBar().addWidget(self.connection)
        self.statusBar().setSizeGripEnabled(False)
        self.user_label = QLabel(user.label if user is not None else "")
        self.user_label.setObjectName("signedInAs")
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_label.setToolTip("Signed in")
        self.statusBar().addPermanentWidget(self.user_label)

        self._unread_timer = QTimer(self)
        self._unread_timer.setSingleShot(True)
        self._unread_timer.setInterval(50)
        self._unread_timer.timeout.connect(self._refresh_unread)

        tasks.sig_error.connect(self.show_error)
        self._build_menu()
        self.resize(1080, 720)
        self.setMinimumSize(720, 480)
        self.chat_model.reload()
        self._refresh_unread()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu("&File")
        settings = QAction("&Settings…", self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings.triggered.connect(self.sig_settings_requested)
        menu.addAction(settings)
        self.settings_action = settings
        menu.addSeparator()
        sign_out = QAction("Sign &out", self)
        sign_out.triggered.connect(self.sig_sign_out_requested)
        menu.addAction(sign_out)
        self.sign_out_action = sign_out
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(QApplication.quit)
        menu.addAction(quit_action)

    def set_region(self, region: str) -> None:
        """Format numbers for another default region from now on."""
        self._region = region
        self.chat_model.set_region(region)
        self.conversation.set_region(region)

    def set_desk_number(self, number: str) -> None:
        self.conversation.set_desk_number(number)

    # -- store changes --------------------------------------------------------------------

    def apply_change(self, change: StoreChange) -> None:
        """Bring every view up to date with a committed change."""
        self.chat_model.apply_change(change)
        self.conversation.apply_change(change)
        current = self.conversation.conversation
        if (
            current is not None
            and self.right.currentWidget() is self.conversation
            and self.isActiveWindow()
        ):
            for conversation in change.conversations:
                if conversation.id == current.id and conversation.unread_count:
                    self._mark_read(conversation)
        if change.conversations:
            self._unread_timer.start()

    def _refresh_unread(self) -> None:
        self._tasks.run(self._store.unread_conversation_count, self._show_unread)

    def _show_unread(self, count: int) -> None:
        self._unread = count
        self.setWindowTitle(f"({count}) {APP_TITLE}" if count else APP_TITLE)

    @property
    def unread_conversations(self) -> int:
        return self._unread

    # -- opening conversations -------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self.open_conversation(self.chat_model.conversation_at(indexes[0].row()))

    def open_conversation(self, conversation: Conversation) -> None:
        """Show ``conversation`` on the right and mark it read."""
        row = self.chat_model.row_of(conversation.id)
        if row is not None:
            index = self.chat_model.index(row)
            if self.chat_list.currentIndex() != index:
                self.chat_list.setCurrentIndex(index)
                return  # the selection change calls back here
        self.conversation.show_conversation(conversation)
        self.right.setCurrentWidget(self.conversation)
        self.conversation.focus_editor()
        if conversation.unread_count:
            self._mark_read(conversation)

    def _mark_read(self, conversation: Conversation) -> None:
        self._tasks.run(lambda: self._store.mark_read(conversation.id))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            current = self.conversation.conversation
            if current is not None and self.right.currentWidget() is self.conversation:
                row = self.chat_model.row_of(current.id)
                if row is not None and self.chat_model.conversation_at(row).unread_count:
                    self._mark_read(current)

    # -- status ---------------------------------------------------------------------------

    def show_report(self, report: SyncReport) -> None:
        self.connection.show_report(report)

    def show_error(self, message: str) -> None:
        """Tell the user about a problem they can act on, without blocking the window."""
        log.warning("shown to the user: %s", message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_TITLE, message, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def current_index(self) -> QModelIndex:
        return self.chat_list.currentIndex()

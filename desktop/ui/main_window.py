"""The main window: the Chat page (chat list left, conversation right) and the status bar."""

from __future__ import annotations

import logging
import subprocess
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.calling import CallTemplateError, CannotCall, call_target
from desktop.core.models import Contact, Conversation, Message, StoreChange, UserId, utcnow
from desktop.core.phone import format_for_display
from desktop.store.errors import transfer_refusal
from desktop.sync.status import LinkState, SyncReport
from desktop.ui.actions import (
    CONVERSATION_ACTIONS,
    ConversationAction,
    Place,
    build_action,
    with_shortcuts,
)
from desktop.ui.chat_list import ChatListModel, ChatListView, conversation_title
from desktop.ui.operations import ConversationOperations
from desktop.ui.set_aside import SetAsideDialog, SetAsideNotice
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import plain_tooltip

if TYPE_CHECKING:  # the dialogs load when first opened, the store after the first paint
    from desktop.accounts import Accounts, User
    from desktop.store.ports import WindowStore
    from desktop.ui.contacts import ContactsDialog
    from desktop.ui.conversation import ConversationWidget
    from desktop.ui.help import ShortcutsDialog
    from desktop.ui.new_conversation import NewConversationDialog

log = logging.getLogger("smsdesk.ui.main_window")

APP_TITLE = "SMS Desk"
# Said when Dealt with or Archive found an SMS newer than what the window showed.
NEWER_KEPT_IN_CHATS = "a new message arrived just now, so the conversation stays in Chats."


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
        self._headline = ""
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
        self._headline = report.message
        self._detail = report.detail or report.message
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
            self._label.setToolTip(plain_tooltip(self._detail))
            self._set_dot("offline")
            self.retry_button.show()
        elif self._state is LinkState.DATABASE_FAULT:
            # "Can't reach the database — retrying in 4 s"; what it means in the tooltip.
            waiting = f"retrying in {remaining} s" if remaining else "retrying…"
            self._label.setText(f"{self._headline} — {waiting}")
            self._label.setToolTip(self._detail)
            self._set_dot("offline")
            self.retry_button.show()
        elif self._state is LinkState.NEEDS_ATTENTION:
            self._label.setText(self._detail)
            self._label.setToolTip(plain_tooltip(self._detail))
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
        sig_unread_changed(int): the number of unread conversations changed.
        sig_dnd_toggled(bool): Do not disturb was switched from the menu.
        sig_hidden_to_tray(): the window was closed into the tray.
        sig_closed(): the window was closed for good (no tray): the app should quit.

    Attributes:
        close_to_tray: asked when the window is closed: hide into the tray instead?
    """

    sig_message_queued = Signal(object)
    sig_retry_now = Signal()
    sig_settings_requested = Signal()
    sig_sign_out_requested = Signal()
    sig_unread_changed = Signal(int)
    sig_dnd_toggled = Signal(bool)
    sig_hidden_to_tray = Signal()
    sig_closed = Signal()
    sig_about_requested = Signal()

    def __init__(
        self,
        store: WindowStore,
        tasks: TaskRunner,
        region: str,
        desk_number: str,
        *,
        user: User | None = None,
        accounts: Accounts | None = None,
        account_tasks: TaskRunner | None = None,
        snapshot: Sequence[Conversation] | None = None,
        snapshot_titles: Sequence[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.user = user
        self._accounts = accounts
        self._account_tasks = account_tasks
        self.close_to_tray: Callable[[], bool] = lambda: False
        self.call_template: Callable[[], str] = lambda: ""
        self.setWindowTitle(APP_TITLE)
        self._store = store
        self._tasks = tasks
        # What the user does from this window runs as operations (desktop.ui.operations).
        self.operations = ConversationOperations(tasks, store, self.show_error)
        self._region = region
        self._unread = -1
        self._inert = False
        # The conversation panel: built with the window, or by go_live after a start
        # painted from the snapshot (it needs the store and the signed-in user).
        self.conversation: ConversationWidget
        # The table of conversation actions as a menu (desktop.ui.actions).
        self.conversation_menu = QMenu("C&onversation", self)

        self.chat_model = ChatListModel(store, tasks, region, parent=self)
        self.chat_model.me = int(user.id) if user is not None else None
        self.chat_list = ChatListView()
        self.chat_list.setModel(self.chat_model)
        self.chat_list.selectionModel().selectionChanged.connect(self._selection_changed)

        chats_title = QLabel("Chats")
        chats_title.setObjectName("panelTitle")
        self.new_sms_button = QPushButton("+")
        self.new_sms_button.setObjectName("newSmsButton")
        self.new_sms_button.setAccessibleName("New SMS")
        self.new_sms_button.setToolTip("New SMS (Ctrl+N)")
        self.new_sms_button.clicked.connect(lambda: self.new_conversation())
        left_header = QHBoxLayout()
        left_header.setContentsMargins(16, 14, 12, 8)
        left_header.addWidget(chats_title)
        left_header.addStretch(1)
        left_header.addWidget(self.new_sms_button)

        self.search = QLineEdit()
        self.search.setObjectName("chatSearch")
        self.search.setAccessibleName("Search conversations")
        self.search.setPlaceholderText("Search names, numbers and messages")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("Search (Ctrl+F)")
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.no_results = QLabel()
        self.no_results.setObjectName("noResults")
        self.no_results.setTextFormat(Qt.TextFormat.PlainText)
        self.no_results.setWordWrap(True)
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_results.hide()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._run_search)
        self._search_generation = 0
        search_row = QHBoxLayout()
        search_row.setContentsMargins(12, 0, 12, 8)
        search_row.addWidget(self.search)

        self.chats_tab = QPushButton("Chats")
        self.archived_tab = QPushButton("Archived")
        views = QButtonGroup(self)
        views.setExclusive(True)
        view_row = QHBoxLayout()
        view_row.setContentsMargins(12, 0, 12, 8)
        view_row.setSpacing(0)
        for button in (self.chats_tab, self.archived_tab):
            button.setCheckable(True)
            button.setAccessibleName(button.text())
            button.setObjectName("viewTab")
            views.addButton(button)
            view_row.addWidget(button)
        view_row.addStretch(1)
        self.chats_tab.setChecked(True)
        self.archived_tab.toggled.connect(self.show_archived)
        left = QFrame()
        left.setObjectName("chatPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addLayout(left_header)
        left_layout.addLayout(search_row)
        left_layout.addLayout(view_row)
        left_layout.addWidget(self.no_results)
        left_layout.addWidget(self.chat_list, 1)

        self._desk_number = desk_number
        self.empty = EmptyConversation()
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        if snapshot is None:
            self._build_conversation(user)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        left.setMinimumWidth(260)
        splitter.setSizes([310, 770])
        self.setCentralWidget(splitter)

        self.connection = ConnectionIndicator()
        self.connection.sig_retry_now.connect(self.sig_retry_now)
        self.statusBar().addWidget(self.connection)
        self.statusBar().setSizeGripEnabled(False)
        # For administrators: inbound messages that could not be stored (set aside).
        self.set_aside_notice = SetAsideNotice()
        self.set_aside_notice.clicked.connect(self.show_set_aside)
        self.statusBar().addPermanentWidget(self.set_aside_notice)
        self.set_aside_dialog: SetAsideDialog | None = None
        self._set_aside_retrying = False
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
        if snapshot is not None:
            # The last session's rows while the sign-in is checked (``go_live``); clicks
            # wait for the live window, a fraction of a second later.
            self.chat_model.show_snapshot(snapshot, snapshot_titles)
            self._set_inert(True)
            return
        self.chat_model.reload()
        self._refresh_unread()
        self.refresh_set_aside()

    def _build_conversation(self, user: User | None) -> None:
        """The right side's conversation panel (built once the store can answer it)."""
        from desktop.ui.conversation import ConversationWidget

        self.conversation = ConversationWidget(
            self._store,
            self._tasks,
            self._region,
            self._desk_number,
            user_id=user.id if user else None,
            my_name=user.display_name if user else "",
            is_admin=bool(user and user.is_admin),
        )
        self.conversation.sig_message_queued.connect(self.sig_message_queued)
        self.conversation.sig_error.connect(self.show_error)
        # The header's actions and the Conversation menu, from the one table.
        header_actions = self.conversation.header.actions_by_id
        for entry in CONVERSATION_ACTIONS:
            made = header_actions.get(entry.id)
            if made is None:
                continue  # a window action, built with the menu
            made.triggered.connect(partial(self._run_conversation_action, entry))
            if entry.separated:
                self.conversation_menu.addSeparator()
            self.conversation_menu.addAction(made)
        self.right.addWidget(self.conversation)

    def _run_conversation_action(self, entry: ConversationAction, _checked: bool = False) -> None:
        handler = getattr(self, entry.handler)
        if not entry.with_conversation:
            handler()
            return
        conversation = self.conversation.conversation
        if conversation is not None:
            handler(conversation)

    def conversation_action(self, action_id: str) -> QAction:
        """The QAction of the table's action ``action_id`` (``"call"``, ``"read"``...)."""
        if action_id in self.window_actions:
            return self.window_actions[action_id]
        return self.conversation.header.actions_by_id[action_id]

    @property
    def from_snapshot(self) -> bool:
        """True from a start painted from the last session's snapshot until ``go_live``."""
        return self._inert

    def _set_inert(self, inert: bool) -> None:
        self._inert = inert
        for widget in (self.centralWidget(), self.menuBar()):
            if widget is not None:  # (both are built with the window)
                widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, inert)
        for action in self.actions():
            action.setEnabled(not inert)

    def go_live(
        self,
        user: User,
        accounts: Accounts | None = None,
        account_tasks: TaskRunner | None = None,
    ) -> None:
        """The remembered sign-in worked and the store is attached: load the live rows
        (they replace the snapshot's in one step) and accept clicks."""
        self.user = user
        self._accounts = accounts
        self._account_tasks = account_tasks
        self.chat_model.me = int(user.id)
        self.user_label.setText(user.label)
        self._build_conversation(user)
        self._set_inert(False)
        self.chat_model.reload()
        self._refresh_unread()
        self.refresh_set_aside()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu("&File")
        new_sms = QAction("&New SMS…", self)
        new_sms.setShortcut(QKeySequence.StandardKey.New)
        new_sms.triggered.connect(lambda: self.new_conversation())
        menu.addAction(new_sms)
        self.new_sms_action = new_sms
        contacts = QAction("&Contacts…", self)
        contacts.setShortcut(QKeySequence("Ctrl+Shift+C"))
        contacts.triggered.connect(self.show_contacts)
        menu.addAction(contacts)
        self.contacts_action = contacts
        opt_outs = QAction("&Export opt-out list…", self)
        opt_outs.triggered.connect(self.export_opt_outs)
        menu.addAction(opt_outs)
        self.export_opt_outs_action = opt_outs
        find = QAction("&Search", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        self.search_action = find
        self.next_action = self._window_action(
            "Next conversation", ["Alt+Down", "Ctrl+PgDown"], lambda: self.step_conversation(1)
        )
        self.previous_action = self._window_action(
            "Previous conversation", ["Alt+Up", "Ctrl+PgUp"], lambda: self.step_conversation(-1)
        )
        self.send_action = self._window_action(
            "Send (Enter in the box)", ["Ctrl+Return"], lambda: self.conversation.send()
        )
        # The window's own entries of the table of conversation actions (the header's are
        # added to this menu with the conversation panel).
        self.window_actions: dict[str, QAction] = {}
        header_first = next(iter(self.conversation_menu.actions()), None)
        for entry in CONVERSATION_ACTIONS:
            if entry.place is Place.WINDOW:
                made = build_action(entry, self)
                made.triggered.connect(partial(self._run_conversation_action, entry))
                self.addAction(made)
                # Before the header's (added already when the panel was built first).
                if header_first is None:
                    self.conversation_menu.addAction(made)
                else:
                    self.conversation_menu.insertAction(header_first, made)
                self.window_actions[entry.id] = made
        self.read_action = self.window_actions["read"]
        menu.addSeparator()
        dnd = QAction("&Do not disturb", self)
        dnd.setCheckable(True)
        dnd.toggled.connect(self.sig_dnd_toggled)
        menu.addAction(dnd)
        self.dnd_action = dnd
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
        # Not StandardKey.Quit: some platforms bind nothing to it.
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(QApplication.quit)
        menu.addAction(quit_action)
        self.quit_action = quit_action

        self.menuBar().addMenu(self.conversation_menu)
        help_menu = self.menuBar().addMenu("&Help")
        shortcuts = QAction("&Keyboard shortcuts", self)
        shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        self.shortcuts_action = shortcuts
        about = QAction("&About SMS Desk", self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.sig_about_requested)
        help_menu.addAction(about)
        self.about_action = about

    def _window_action(self, text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def shortcut_actions(self) -> list[QAction]:
        """Every action with a keyboard shortcut, in the order the dialog lists them."""
        return [
            self.new_sms_action,
            self.search_action,
            self.next_action,
            self.previous_action,
            self.send_action,
            *(self.conversation_action(e.id) for e in with_shortcuts(CONVERSATION_ACTIONS)),
            self.contacts_action,
            self.settings_action,
            self.shortcuts_action,
            self.quit_action,
        ]

    def show_shortcuts(self) -> ShortcutsDialog:
        from desktop.ui.help import ShortcutsDialog, shortcut_rows

        dialog = ShortcutsDialog(shortcut_rows(self.shortcut_actions()), self)
        dialog.finished.connect(dialog.deleteLater)
        self.shortcuts_dialog = dialog
        dialog.open()
        return dialog

    def step_conversation(self, step: int) -> None:
        """Open the next (1) or previous (-1) conversation in the list."""
        count = self.chat_model.rowCount()
        if count == 0:
            return
        current = self.chat_list.currentIndex()
        row = current.row() + step if current.isValid() else (0 if step > 0 else count - 1)
        row = max(0, min(count - 1, row))
        self.chat_list.setCurrentIndex(self.chat_model.index(row))
        self.chat_list.scrollTo(self.chat_model.index(row))

    def mark_current_read(self) -> None:
        """Mark as read: the open conversation, else the one selected in the list."""
        conversation = self.conversation.conversation
        if conversation is None and self.chat_list.currentIndex().isValid():
            conversation = self.chat_model.conversation_at(self.chat_list.currentIndex().row())
        if conversation is not None:
            self._mark_read(conversation)

    # -- new conversations and contacts --------------------------------------------------

    def new_conversation(self, text: str = "", draft: str = "") -> NewConversationDialog:
        """Open "New conversation" (the + button, Ctrl+N, an ``sms:`` link), optionally with
        a number and a message already typed."""
        from desktop.ui.new_conversation import NewConversationDialog

        dialog = NewConversationDialog(self._store, self._tasks, self._region, text, self)
        dialog.sig_start_chat.connect(self.open_conversation)
        if draft:
            dialog.sig_start_chat.connect(lambda _c: self.conversation.set_draft(draft))
        dialog.finished.connect(dialog.deleteLater)
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def show_contacts(self) -> ContactsDialog:
        from desktop.ui.contacts import ContactsDialog

        dialog = ContactsDialog(self._store, self._tasks, self._region, self)
        dialog.finished.connect(dialog.deleteLater)
        self.contacts_dialog = dialog
        dialog.open()
        return dialog

    def edit_contact_for(self, conversation: Conversation) -> None:
        """Add a contact for this conversation's number, or edit the one it has."""
        store, number = self._store, conversation.peer_number
        self._tasks.run(
            lambda: store.contacts.for_number(number),
            lambda contact: self._open_contact_editor(contact, number),
        )

    def _open_contact_editor(self, contact: Contact | None, number: str) -> None:
        from desktop.ui.contacts import ContactEditor

        editor = ContactEditor(
            self._store, self._tasks, self._region, contact=contact, number=number, parent=self
        )
        editor.finished.connect(editor.deleteLater)
        self.contact_editor = editor
        editor.open()

    # -- conversation actions -------------------------------------------------------------

    def _me(self) -> UserId | None:
        return self.user.id if self.user is not None else None

    def close_conversation(self) -> None:
        """Close: the conversation view goes, the chat list stays as it was."""
        self.conversation.forget_conversation()
        self.right.setCurrentWidget(self.empty)
        self.chat_list.clearSelection()
        self.chat_list.setCurrentIndex(QModelIndex())
        self.chat_list.setFocus()

    def call(self, conversation: Conversation) -> None:
        """Call the number with the softphone (tel: link, URI template or command)."""
        try:
            target = call_target(conversation.peer_number, self.call_template(), self._region)
        except (CallTemplateError, CannotCall) as refused:
            self.show_error(refused.sentence)
            return
        if target.url is not None:
            if not QDesktopServices.openUrl(QUrl(target.url)):
                scheme = target.url.split(":", 1)[0]
                self.show_error(
                    f"No app on this computer handles {scheme}: links, so the call could not "
                    "start. Install your softphone (for example the 3CX app), or set how to "
                    "call in Settings → Call with."
                )
                return
        else:
            try:
                subprocess.Popen(  # noqa: S603 - argv from the user's own setting, no shell
                    list(target.command),
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
            except OSError as err:
                self.show_error(
                    f"The call command “{target.command[0]}” could not be started "
                    f"({err.strerror or err}). Check Settings → Call with."
                )
                return
        shown = format_for_display(conversation.peer_number, self._region)
        self.statusBar().showMessage(f"Calling {shown}…", 5000)

    def transfer(self, conversation: Conversation) -> None:
        """Choose a colleague and hand the conversation over (owner or admin only)."""
        me = self._me()
        if me is None or self._accounts is None or self._account_tasks is None:
            return
        # The store's own rule, asked before colleagues are listed (the store still decides).
        refusal = transfer_refusal(
            conversation.owner_id,
            conversation.owner_label,
            me,
            self.user is not None and self.user.is_admin,
        )
        if refusal is not None:
            self.show_error(refusal.sentence)
            return
        accounts = self._accounts
        self._account_tasks.run(
            accounts.list_users, lambda users: self._choose_colleague(conversation, users)
        )

    def _choose_colleague(self, conversation: Conversation, users: list[User]) -> None:
        from desktop.ui.transfer import TransferDialog

        me = self._me()
        assert me is not None
        dialog = TransferDialog(
            users,
            int(me),
            conversation.owner_id,
            conversation_title(conversation, self._region),
            self,
        )
        self.transfer_dialog = dialog

        def transfer(to: int, note: str) -> None:
            target = next((u for u in users if int(u.id) == to), None)

            def transferred(_conversation: Conversation) -> None:
                dialog.accept()
                name = target.label if target else "your colleague"
                self.statusBar().showMessage(f"Transferred to {name}.", 6000)

            self.operations.transfer(
                conversation.id,
                by=me,
                to=UserId(to),
                note=note,
                on_done=transferred,
                on_failed=lambda failure: dialog.show_problem(failure.sentence),
            )

        dialog.sig_transfer.connect(transfer)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def mark_dealt_with(self, conversation: Conversation) -> None:
        """Dealt with: handled, archived, ownership released; back to the list.

        It applies to the messages shown now: an SMS that arrived since (not on screen yet)
        keeps the conversation in Chats, unread.
        """
        me = self._me()
        if me is None:
            return
        seen = self.conversation.newest_shown_id(conversation.id)

        def done(result: Conversation) -> None:
            if result.archived:
                self._after_leaving(conversation, "Marked dealt with and archived.")
            else:
                self.statusBar().showMessage(f"Marked dealt with, but {NEWER_KEPT_IN_CHATS}", 8000)

        self.operations.mark_dealt_with(conversation.id, by=me, seen_up_to=seen, on_done=done)

    def archive(self, conversation: Conversation, archived: bool) -> None:
        """Archive (what is shown: a newer SMS keeps it in Chats), or move back to Chats."""
        me = self._me()
        seen = self.conversation.newest_shown_id(conversation.id) if archived else None

        def done(placed: bool) -> None:
            if not archived:
                self.statusBar().showMessage("Moved back to Chats.", 5000)
            elif placed:
                self._after_leaving(conversation, "Archived.")
            else:
                self.statusBar().showMessage(f"Not archived: {NEWER_KEPT_IN_CHATS}", 8000)

        self.operations.set_archived(
            conversation.id, archived, by=me, seen_up_to=seen, on_done=done
        )

    def toggle_archived(self, conversation: Conversation) -> None:
        """Archive, or Unarchive an archived conversation (More options)."""
        self.archive(conversation, not conversation.archived)

    def mark_unread(self, conversation: Conversation) -> None:
        self.operations.mark_unread(
            conversation.id, lambda _r: self._after_leaving(conversation, "Marked as unread.")
        )

    def export_conversation(self, conversation: Conversation) -> None:
        """Ask where, then write the whole conversation as a PDF or CSV."""
        title = conversation_title(conversation, self._region)
        suggested = str(Path.home() / f"SMS with {title}.pdf")
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export conversation", suggested, "PDF, printable (*.pdf);;CSV (*.csv)"
        )
        if path:
            kind = "csv" if path.lower().endswith(".csv") or chosen.startswith("CSV") else "pdf"
            self.export_to(conversation, Path(path), kind)

    def export_to(self, conversation: Conversation, path: Path, kind: str) -> None:
        """Write ``conversation`` to ``path`` ("pdf" or "csv") in the store thread."""
        # Loaded here in the GUI thread (not in the store thread's function below).
        from desktop.export import heading, rows, to_csv
        from desktop.private_files import write_private_text
        from desktop.ui.export import write_pdf

        store, region = self._store, self._region
        desk = self.conversation.desk_number

        def write() -> int:
            messages: list[Message] = []
            before = None
            while True:
                page = store.conversations.messages(conversation.id, before=before, limit=1000)
                messages[:0] = page
                if len(page) < 1000:
                    break
                before = page[0].id
            media = store.media.for_messages(m.id for m in messages)
            pictures = {mid: len(items) for mid, items in media.items()}
            export_rows = rows(conversation, messages, desk, region, pictures)
            if kind == "csv":
                # Readable by its owner only, like the database it comes from.
                write_private_text(path, to_csv(export_rows), encoding="utf-8-sig")
            else:
                write_pdf(path, heading(conversation, region, utcnow()), export_rows)
            return len(messages)

        self.statusBar().showMessage("Exporting…")
        self.operations.run(
            "export a conversation",
            write,
            lambda count: self.statusBar().showMessage(
                f"Exported {count} message{'s' if count != 1 else ''} to {path}.", 8000
            ),
            lambda failure: self.show_error(
                f"The conversation could not be exported. {failure.sentence}"
            ),
        )

    def export_opt_outs(self) -> None:
        """Ask where, then write the desk number's opt-out list as CSV."""
        suggested = str(Path.home() / "SMS opt-outs.csv")
        path, _chosen = QFileDialog.getSaveFileName(
            self, "Export opt-out list", suggested, "CSV (*.csv)"
        )
        if path:
            self.export_opt_outs_to(Path(path))

    def export_opt_outs_to(self, path: Path) -> None:
        """Write the numbers opted out of this desk's number to ``path`` (store thread)."""
        from desktop.export import opt_outs_to_csv
        from desktop.private_files import write_private_text

        store, desk = self._store, self.conversation.desk_number

        def write() -> int:
            entries = store.opt_outs.list(desk)
            write_private_text(path, opt_outs_to_csv(entries), encoding="utf-8-sig")
            return len(entries)

        self.operations.run(
            "export the opt-out list",
            write,
            lambda count: self.statusBar().showMessage(
                f"Exported {count} opted-out number{'s' if count != 1 else ''} to {path}.", 8000
            ),
            lambda failure: self.show_error(
                f"The opt-out list could not be exported. {failure.sentence}"
            ),
        )

    def _after_leaving(self, conversation: Conversation, message: str) -> None:
        current = self.conversation.conversation
        if current is not None and current.id == conversation.id:
            self.close_conversation()
        self.statusBar().showMessage(message, 5000)

    def show_archived(self, archived: bool) -> None:
        """Switch the list between Chats and Archived."""
        self.search.clear()
        self.chat_model.set_archived(archived)
        self.archived_tab.setChecked(archived)
        self.chats_tab.setChecked(not archived)

    # -- search ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        focused = QApplication.focusWidget()
        if self.conversation.conversation is not None and (
            focused is None or self.right.isAncestorOf(focused)
        ):
            # Ctrl+F inside a conversation finds in it.
            self.conversation.open_find()
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search.text()
        ):
            self.search.clear()
            return True
        return super().eventFilter(watched, event)

    def _search_changed(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
            return
        self._search_timer.stop()
        self._search_generation += 1
        self.no_results.hide()
        self.chat_model.clear_search()

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        self._search_generation += 1
        generation = self._search_generation
        store = self._store
        self._tasks.run(
            lambda: store.search.conversations(text, limit=200),
            lambda rows: self._show_results(rows, text, generation),
        )

    def _show_results(self, rows: list[Conversation], text: str, generation: int) -> None:
        if generation != self._search_generation:
            return  # a newer search (or clearing it) came first
        self.chat_model.show_search_results(rows)
        self.no_results.setText(f"No conversation matches “{text}”.")
        self.no_results.setVisible(not rows)

    @property
    def searching(self) -> bool:
        return self.chat_model.searching

    def set_region(self, region: str) -> None:
        """Format numbers for another default region from now on."""
        self._region = region
        self.chat_model.set_region(region)
        self.conversation.set_region(region)

    @property
    def current_conversation_id(self) -> int | None:
        """The conversation shown on the right, if any."""
        if not hasattr(self, "conversation"):
            return None  # painted from the snapshot: no panel yet
        current = self.conversation.conversation
        if current is None or self.right.currentWidget() is not self.conversation:
            return None
        return int(current.id)

    def is_looking_at(self, conversation_id: int) -> bool:
        """Whether the user is reading this conversation right now."""
        return (
            self.isVisible()
            and self.isActiveWindow()
            and not self.isMinimized()
            and self.current_conversation_id == conversation_id
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_to_tray():
            event.ignore()
            self.hide()
            self.sig_hidden_to_tray.emit()
            return
        super().closeEvent(event)
        self.sig_closed.emit()

    def bring_to_front(self) -> None:
        """Show the window (from the tray or a pop-up) and make it the active one."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def set_desk_number(self, number: str) -> None:
        self._desk_number = number
        if hasattr(self, "conversation"):
            self.conversation.set_desk_number(number)

    def use_store(self, store: WindowStore) -> None:
        """Read and write through ``store`` from now on: a new view of the session (another
        desk number), whose conversations show that number's opt-outs. GUI thread only;
        work already queued keeps the view it was given."""
        self._store = store
        self.operations.use_store(store)
        self.chat_model.use_store(store)
        if hasattr(self, "conversation"):
            self.conversation.use_store(store)

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
        store = self._store
        self._tasks.run(lambda: store.conversations.unread_count(), self._show_unread)

    def _show_unread(self, count: int) -> None:
        changed = count != self._unread
        self._unread = count
        self.setWindowTitle(f"({count}) {APP_TITLE}" if count else APP_TITLE)
        if changed:
            self.sig_unread_changed.emit(count)

    @property
    def unread_conversations(self) -> int:
        return self._unread

    # -- opening conversations -------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self._inert:
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
        self.operations.mark_read(conversation.id)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and hasattr(self, "conversation")  # (none yet while painted from the snapshot)
        ):
            current = self.conversation.conversation
            if current is not None and self.right.currentWidget() is self.conversation:
                row = self.chat_model.row_of(current.id)
                if row is not None and self.chat_model.conversation_at(row).unread_count:
                    self._mark_read(current)

    # -- status ---------------------------------------------------------------------------

    def show_report(self, report: SyncReport) -> None:
        self.connection.show_report(report)
        if report.set_aside or self._set_aside_retrying:
            # New records set aside, or the cycle that tried some again: count them again.
            self._set_aside_retrying = False
            self.refresh_set_aside()
            if self.set_aside_dialog is not None and self.set_aside_dialog.isVisible():
                self.set_aside_dialog.reload()

    # -- messages set aside (administrators) -------------------------------------------------

    @property
    def _is_admin(self) -> bool:
        return self.user is not None and self.user.is_admin

    def refresh_set_aside(self) -> None:
        """Show administrators how many inbound messages wait set aside (none: no notice)."""
        if not self._is_admin:
            self.set_aside_notice.show_count(0)
            return
        store = self._store
        self._tasks.run(lambda: store.set_aside.count(), self.set_aside_notice.show_count)

    def show_set_aside(self) -> SetAsideDialog | None:
        """List the messages set aside, with Try again and Dismiss (administrators only)."""
        if not self._is_admin:
            return None
        store = self._store
        if self.set_aside_dialog is None:
            dialog = SetAsideDialog(
                lambda: store.set_aside.list(),
                lambda ids: store.set_aside.request_retry(ids),
                lambda ids: store.set_aside.dismiss(ids),
                self._tasks,
                self,
            )
            dialog.sig_changed.connect(self.refresh_set_aside)
            dialog.sig_try_again.connect(self._try_set_aside_again)
            self.set_aside_dialog = dialog
        else:
            self.set_aside_dialog.reload()
        self.set_aside_dialog.open()
        return self.set_aside_dialog

    def _try_set_aside_again(self) -> None:
        # The polling desk tries them in its next cycle: make that now.
        self._set_aside_retrying = True
        self.sig_retry_now.emit()

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

"""The main window: the Chat page (chat list left, conversation right) and the status bar.

``MainWindow`` builds the window and coordinates its panes (the chat list and its search,
the conversation shown on the right, committed changes, the unread count). What it does is
split by layer, each its own module: the status bar and notices
(``desktop.ui.window.window_status``), the commands the user gives
(``desktop.ui.window.window_commands``), the menus and shortcuts
(``desktop.ui.window.window_menus``) and the pane following the list's selection
(``desktop.ui.window.pane_and_list``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktop.config.settings import Settings
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import Conversation, ConversationId, StoreChange, UserId
from desktop.ui.look.action_icons import action_icon, prerender_icons_in_turns
from desktop.ui.look.key_help import ShortcutGroup, declare_keys
from desktop.ui.look.widgets import native_keys
from desktop.ui.session.live_settings import LiveSettings
from desktop.ui.threads.failures import failure_of
from desktop.ui.threads.operations import ConversationOperations
from desktop.ui.threads.tasks import TaskRunner
from desktop.ui.window.chat_list import ChatListModel
from desktop.ui.window.chat_list_search import SEARCH_LIMIT, TypedSearch
from desktop.ui.window.chat_list_view import ChatListView
from desktop.ui.window.chat_menu import ChatMenu
from desktop.ui.window.pane_and_list import PaneAndList
from desktop.ui.window.screen_fit import fit_to_screen
from desktop.ui.window.window_status import APP_TITLE, ConnectionIndicator

log = logging.getLogger("smsdesk.ui.main_window")

if TYPE_CHECKING:  # the store loads after the first paint
    from desktop.accounts.staff import Accounts, User
    from desktop.store.ports import WindowStore
    from desktop.ui.conversation.pane import ConversationWidget

# The Chats / Archived tab bar's tabs, in order.
CHATS_TAB, ARCHIVED_TAB = 0, 1
# How long a conversation reached with the arrow keys must stay shown before it counts as
# read: passing over it while browsing the list leaves it unread.
BROWSE_SETTLE_MS = 1500

CLEAR_SEARCH_KEYS = declare_keys(
    ShortcutGroup.CHATS,
    #: the F1 list: Escape in the chat search box empties it
    QT_TRANSLATE_NOOP("Shortcuts", "Clear the search"),
    "Esc",
)

__all__ = [
    "APP_TITLE",
    "ARCHIVED_TAB",
    "BROWSE_SETTLE_MS",
    "CHATS_TAB",
    "ConnectionIndicator",
    "EmptyConversation",
    "MainWindow",
]


class EmptyConversation(QWidget):
    """What the right side shows before a conversation is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyConversation")
        title = QLabel(translate("MainWindow", "No conversation selected"))
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            translate("MainWindow", "Choose a conversation in the chat list to read and reply.")
        )
        hint.setObjectName("emptyHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addStretch(1)


class MainWindow(PaneAndList):
    """The Chat page.

    Args:
        store: the message store (queried in the store thread only).
        tasks: the store thread.
        settings: the settings in force: the default region for reading and formatting
            numbers, Do not disturb (the File menu's switch saves it), how Call reaches the
            softphone, quiet hours and whether closing the window goes to the tray.
        desk_number: the desk's own number.
        user: who is signed in.
        can_hide: whether something (the tray) can bring the window back once hidden;
            ``go_live`` may give it later.

    Signals (besides its layers': sig_retry_now of WindowStatus; sig_settings_requested,
    sig_sign_out_requested, sig_dnd_toggled and sig_about_requested of WindowMenus):
        sig_message_queued(Message): a message waits in the outbox (wake the worker).
        sig_unread_changed(int): the number of unread conversations changed.
        sig_hidden_to_tray(): the window was closed into the tray.
        sig_closed(): the window was closed for good (no tray): the app should quit.
    """

    sig_message_queued = Signal(object)
    sig_unread_changed = Signal(int)
    sig_hidden_to_tray = Signal()
    sig_closed = Signal()

    def __init__(
        self,
        store: WindowStore,
        tasks: TaskRunner,
        settings: LiveSettings,
        desk_number: str,
        *,
        can_hide: Callable[[], bool] = lambda: False,
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
        self._settings = settings
        self._can_hide = can_hide
        self.setWindowTitle(APP_TITLE)
        self._store = store
        self._tasks = tasks
        # What the user does from this window runs as operations (desktop.ui.threads.operations).
        self.operations = ConversationOperations(tasks, store, self.show_error)
        region = self._region = settings.current.default_region
        self._unread = -1
        self._inert = False
        self._reading_names = False  # the colleagues' names are being read (store thread)
        self._colleague_labels: dict[UserId, str] = {}  # "Anna Smith (101)", once read
        # The table of conversation actions as a menu (desktop.ui.conversation.actions).
        self.conversation_menu = QMenu(translate("MainWindow", "C&onversation"), self)

        self.chat_model = ChatListModel(store, tasks, region, parent=self)
        self.chat_model.me = int(user.id) if user is not None else None
        self.chat_list = ChatListView()
        self.chat_list.setModel(self.chat_model)
        self.chat_list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.chat_list.sig_open_requested.connect(self._open_row)
        self.chat_list.clicked.connect(self._row_clicked)
        self.chat_menu = ChatMenu(self, self)
        self.chat_list.sig_menu_requested.connect(self._chat_row_menu)
        # The pane and the list agree: a conversation the pane shows is selected in the list
        # once its row is there (``_follow``), or the pane shows nothing.
        self._follow: ConversationId | None = None
        self._selecting_quietly = False
        self._leaving: set[ConversationId] = set()
        # The conversation shown that someone else moved into Archived while it was read
        # here: the list stays on Chats (PaneAndList._follow_moved).
        self._moved_away: ConversationId | None = None
        self.chat_model.rowsInserted.connect(self._select_followed)
        self.chat_model.modelReset.connect(self._select_followed)
        # A conversation shown by browsing the list with the keys (not opened): marked read
        # once it has stayed shown for BROWSE_SETTLE_MS in the active window.
        self._browsed: int | None = None
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(BROWSE_SETTLE_MS)
        self._settle_timer.timeout.connect(self._browse_settled)

        #: the title above the list of conversations (the same word as the Chats tab)
        chats_title = QLabel(translate("MainWindow", "Chats"))
        chats_title.setObjectName("panelTitle")
        self.new_sms_button = QPushButton()
        self.new_sms_button.setIcon(action_icon("new_sms", on_accent=True))
        self.new_sms_button.setObjectName("newSmsButton")
        self.new_sms_button.setAccessibleName(translate("MainWindow", "New SMS"))
        #: {keys}: the keyboard shortcut as the desktop writes it ("Ctrl+N", "Strg+N")
        self.new_sms_button.setToolTip(
            translate("MainWindow", "New SMS ({keys})").format(keys=native_keys("Ctrl+N"))
        )
        self.new_sms_button.clicked.connect(lambda: self.new_conversation())
        left_header = QHBoxLayout()
        left_header.setContentsMargins(16, 14, 12, 8)
        left_header.addWidget(chats_title)
        left_header.addStretch(1)
        left_header.addWidget(self.new_sms_button)

        self.search = QLineEdit()
        self.search.setObjectName("chatSearch")
        self.search.setAccessibleName(translate("MainWindow", "Search conversations"))
        self.search.setPlaceholderText(
            translate("MainWindow", "Search names, numbers and messages")
        )
        self.search.setClearButtonEnabled(True)
        #: {keys}: the keyboard shortcut as the desktop writes it ("Ctrl+F", "Strg+F")
        self.search.setToolTip(
            translate("MainWindow", "Search ({keys})").format(keys=native_keys("Ctrl+F"))
        )
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.no_results = QLabel()
        self.no_results.setObjectName("noResults")
        self.no_results.setTextFormat(Qt.TextFormat.PlainText)
        self.no_results.setWordWrap(True)
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_results.hide()
        self.typed_search = TypedSearch(
            self._tasks,
            lambda text, cancel: self._store.search.conversations(
                text, limit=SEARCH_LIMIT, cancel=cancel
            ),
            self,
        )
        self.typed_search.sig_found.connect(self._show_results)
        self.typed_search.sig_failed.connect(
            lambda error: self._tasks.sig_error.emit(
                failure_of(error, "search conversations").sentence
            )
        )
        search_row = QHBoxLayout()
        search_row.setContentsMargins(12, 0, 12, 8)
        search_row.addWidget(self.search)

        # Chats | Archived: a tab bar (assistive technologies get a page tab list); the
        # arrows move between its tabs when it has the focus, Ctrl+Tab from anywhere.
        self.view_tabs = QTabBar()
        self.view_tabs.setObjectName("viewTabs")
        self.view_tabs.setAccessibleName(translate("MainWindow", "Conversation lists"))
        #: a tab: the conversations still open (not archived)
        self.view_tabs.addTab(translate("MainWindow", "Chats"))
        #: a tab: the conversations that were archived or dealt with
        self.view_tabs.addTab(translate("MainWindow", "Archived"))
        self.view_tabs.setExpanding(False)
        self.view_tabs.setDrawBase(False)
        self.view_tabs.setCurrentIndex(CHATS_TAB)
        self.view_tabs.currentChanged.connect(
            lambda index: self.show_archived(index == ARCHIVED_TAB)
        )
        view_row = QHBoxLayout()
        view_row.setContentsMargins(12, 0, 12, 8)
        view_row.setSpacing(0)
        view_row.addWidget(self.view_tabs)
        view_row.addStretch(1)
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
        self._panel_building: ConversationWidget | None = None  # (build_panel_ahead)
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

        self._build_status_bar(user)

        self._unread_timer = QTimer(self)
        self._unread_timer.setSingleShot(True)
        self._unread_timer.setInterval(50)
        self._unread_timer.timeout.connect(self._refresh_unread)

        tasks.sig_error.connect(self.show_error)
        self._build_menu()
        settings.changed.connect(self._settings_changed)
        self.resize(1080, 720)
        self.setMinimumSize(720, 480)
        if snapshot is not None:
            # The last session's rows while the sign-in is checked (``go_live``); a row
            # clicked meanwhile opens then (desktop.ui.session.connecting).
            self.chat_model.show_snapshot(snapshot, snapshot_titles)
            self._set_inert(True)
            return
        self.chat_model.reload()
        self._refresh_unread()
        self.refresh_set_aside()

    def _build_conversation(self, user: User | None) -> None:
        """The right side's conversation panel (built once the store can answer it, or
        finished now if ``build_panel_ahead`` began it)."""
        panel, self._panel_building = self._panel_building, None
        if panel is not None:
            panel.finish_building()
        else:
            panel = self._new_panel(user)
        self.conversation = panel
        self.conversation.quiet_hours = self._settings.quiet_hours
        self.conversation.sig_message_queued.connect(self.sig_message_queued)
        self.conversation.sig_error.connect(self.show_error)
        self.conversation.model.sig_unknown_author.connect(self._read_colleague_names)
        # At the list's next paint (the first, or the live rows replacing a snapshot) the
        # conversation's icons are rendered while the app is idle, so that the first open
        # does not pay for them (prerender_icons_in_turns).
        self.chat_list.viewport().installEventFilter(self)
        self._read_colleague_names()
        self._add_conversation_actions()
        self.right.addWidget(self.conversation)

    @property
    def from_snapshot(self) -> bool:
        """True from a start painted from the last session's snapshot until ``go_live``."""
        return self._inert

    def _set_inert(self, inert: bool) -> None:
        # What a click or key does meanwhile: desktop.ui.session.connecting (a row chosen
        # opens once live, anything else is refused visibly).
        self._inert = inert
        for action in self.actions():
            action.setEnabled(not inert)

    def prepare_live(
        self,
        user: User,
        accounts: Accounts | None = None,
        account_tasks: TaskRunner | None = None,
        *,
        can_hide: Callable[[], bool] | None = None,
    ) -> None:
        """The first half of ``go_live``: the user, and the conversation panel built (the
        window stays connecting). The desk calls it one turn of the event loop before
        ``go_live``, so that the window does not freeze for both at once."""
        self.user = user
        if can_hide is not None:
            self._can_hide = can_hide
        self._accounts = accounts
        self._account_tasks = account_tasks
        self.chat_model.me = int(user.id)
        self.user_label.setText(user.label)
        if hasattr(self, "conversation"):  # built ahead (``build_panel_ahead``)
            self._read_colleague_names()
        else:
            self._build_conversation(user)  # (or finished, if it was begun ahead)
        self.conversation.set_user(user.id, my_name=user.display_name, is_admin=user.is_admin)

    def _new_panel(self, user: User | None, *, staged: bool = False) -> ConversationWidget:
        from desktop.ui.conversation.pane import ConversationWidget

        return ConversationWidget(
            self._store,
            self._tasks,
            self._region,
            self._desk_number,
            user_id=user.id if user else None,
            # (a child of the right side, hidden until it is added there)
            parent=self.right,
            my_name=user.display_name if user else "",
            is_admin=bool(user and user.is_admin),
            staged=staged,
        )

    def build_panel_ahead(self) -> None:
        """Build the conversation panel while the window is still connecting (the GUI
        thread waits for the remembered sign-in's check then), one part per turn of the
        event loop, so that neither this nor going live freezes the window for it;
        ``prepare_live`` finishes it if need be and gives it its user. Its actions stay
        disabled until ``go_live``."""
        if hasattr(self, "conversation") or self._panel_building is not None or not self._inert:
            return
        panel = self._panel_building = self._new_panel(None, staged=True)
        # (with the panel as context: a window dropped meanwhile, the remembered sign-in
        # having failed, takes the panel with it, and the next part is not called)
        QTimer.singleShot(0, panel, self._build_panel_part)

    def shut_down_panel(self) -> None:
        """The window is being dropped: its conversation panel's picture thread stops,
        whether the panel is whole or still being built ahead (which then stops)."""
        building, self._panel_building = self._panel_building, None
        for panel in (getattr(self, "conversation", None), building):
            if panel is not None and hasattr(panel, "thumbnails"):
                panel.thumbnails.shutdown()

    def _build_panel_part(self) -> None:
        panel = self._panel_building
        if panel is None:
            return  # finished by prepare_live meanwhile
        if not panel.build_next_part():
            QTimer.singleShot(0, panel, self._build_panel_part)
            return
        self._build_conversation(None)

    def go_live(
        self,
        user: User,
        accounts: Accounts | None = None,
        account_tasks: TaskRunner | None = None,
        *,
        can_hide: Callable[[], bool] | None = None,
    ) -> None:
        """The remembered sign-in worked and the store is attached: load the live rows
        (they replace the snapshot's in one step) and accept clicks (``prepare_live``
        first, if it was not called)."""
        if self.user is not user or not hasattr(self, "conversation"):
            self.prepare_live(user, accounts, account_tasks, can_hide=can_hide)
        self._set_inert(False)
        self.chat_model.reload()
        self._refresh_unread()
        self.refresh_set_aside()

    def author_name(self, user_id: int) -> str | None:
        """A colleague's name and extension as last read ("Anna Smith (101)"), or None if
        not read yet."""
        return self._colleague_labels.get(UserId(user_id))

    def _read_colleague_names(self, _unknown: int = 0) -> None:
        """Read every colleague's name off the GUI thread, for the sentences a screen reader
        speaks for their messages: once when the session starts, and again when a message
        names an account made since (names never change; new accounts appear)."""
        accounts, tasks = self._accounts, self._account_tasks
        if accounts is None or tasks is None or self._reading_names:
            return
        self._reading_names = True

        def read(users: list[User]) -> None:
            self._reading_names = False
            self._colleague_labels = {u.id: u.label for u in users}
            self.conversation.model.set_author_names({u.id: u.display_name for u in users})

        def failed(error: Exception) -> None:
            self._reading_names = False  # items keep reading "A colleague"; nothing to tell
            log.warning("could not read the colleagues' names: %s", error)

        tasks.run(accounts.list_users, read, failed)

    def show_archived(self, archived: bool) -> None:
        """Switch the list between Chats and Archived (the pane keeps its conversation only
        if the tab lists it)."""
        self.chat_model.set_archived(archived)
        self.search.clear()  # (after: the search cleared follows the pane into this tab)
        tab = ARCHIVED_TAB if archived else CHATS_TAB
        if self.view_tabs.currentIndex() != tab:
            self.view_tabs.setCurrentIndex(tab)  # (which calls back here: a no-op then)
        self._pane_follows_list()

    def switch_view(self) -> None:
        """Ctrl+Tab: the other of Chats and Archived."""
        current = self.view_tabs.currentIndex()
        self.view_tabs.setCurrentIndex(ARCHIVED_TAB if current == CHATS_TAB else CHATS_TAB)

    # -- search ----------------------------------------------------------------------------

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
        if watched is self.chat_list.viewport() and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            panel = self.conversation  # (as context: a window dropped meanwhile takes it along)
            QTimer.singleShot(0, panel, lambda: prerender_icons_in_turns(panel))
            return False
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and CLEAR_SEARCH_KEYS.matches(event)
            and self.search.text()
        ):
            self.search.clear()
            return True
        return super().eventFilter(watched, event)

    def _search_changed(self, text: str) -> None:
        self.typed_search.typed(text)
        if text.strip():
            return
        self.no_results.hide()
        searching = self.chat_model.searching
        self.chat_model.clear_search()
        shown = self._shown()
        if (
            searching
            and shown is not None
            and shown.archived != self.chat_model.archived
            and shown.id != self._moved_away  # (moved by a colleague: the list stays)
        ):
            self.show_archived(shown.archived)  # a result opened from the other tab: go there
        else:
            self._pane_follows_list()

    def _show_results(self, rows: list[Conversation], text: str) -> None:
        self.chat_model.show_search_results(rows)
        self._pane_follows_list()
        self.no_results.setText(
            translate("MainWindow", "No conversation matches “{text}”.").format(text=text)
        )
        self.no_results.setVisible(not rows)

    @property
    def searching(self) -> bool:
        return self.chat_model.searching

    def _settings_changed(self, settings: Settings, fields: frozenset[str]) -> None:
        if "default_region" in fields:
            self._set_region(settings.default_region)
        if "do_not_disturb" in fields:
            # (Toggling the action saves the value it now has again: a no-op.)
            self.dnd_action.setChecked(settings.do_not_disturb)

    def _dnd_toggled(self, on: bool) -> None:
        self._settings.update(do_not_disturb=on)
        self.sig_dnd_toggled.emit(on)

    def _set_region(self, region: str) -> None:
        """Format numbers for another default region from now on."""
        self._region = region
        self.chat_model.set_region(region)
        if hasattr(self, "conversation"):  # (not yet built while painted from a snapshot)
            self.conversation.set_region(region)

    def close_to_tray(self) -> bool:
        """Whether closing the window hides it into the tray (the setting, and a tray that
        can bring it back) instead of closing it for good."""
        return self._settings.current.close_to_tray and self._can_hide()

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

    def toolbar_rects(self) -> list[QRect]:
        """Where on the screen the open conversation's toolbar is (Call … More options,
        Close), for pop-ups to keep clear of; none while the window is hidden or minimised."""
        if not self.isVisible() or self.isMinimized() or self.current_conversation_id is None:
            return []
        header = self.conversation.header
        if not header.isVisible():
            return []
        return [QRect(header.mapToGlobal(QPoint(0, 0)), header.size())]

    def showEvent(self, event: QShowEvent) -> None:
        # (Before the window is mapped: it opens at the size that fits.)
        if not event.spontaneous():
            fit_to_screen(self)
        super().showEvent(event)

    def restoreGeometry(self, geometry: QByteArray | bytes | bytearray | memoryview) -> bool:
        """Restore the saved geometry (from another, perhaps larger, monitor) cut down to
        fit the screen it lands on."""
        restored = super().restoreGeometry(geometry)
        fit_to_screen(self)
        return restored

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

    # -- store changes ---------------------------------------------------------------------

    def apply_change(self, change: StoreChange) -> None:
        """Bring every view up to date with a committed change."""
        self.chat_model.apply_change(change)
        self.conversation.apply_change(change)
        self._follow_moved(change)
        current = self.conversation.conversation
        if (
            current is not None
            and self.right.currentWidget() is self.conversation
            and self.isActiveWindow()
            and not self.browsing_unsettled
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
        if not indexes or self._inert or self._selecting_quietly:
            return
        conversation = self.chat_model.conversation_at(indexes[0].row())
        if self.chat_list.browsing:
            self._browse_to(conversation)
        else:
            self.open_conversation(conversation)

    def _open_row(self, index: QModelIndex) -> None:
        """Enter on the chat list: open its current row (the focus goes to the box)."""
        if index.isValid() and not self._inert:
            self.open_conversation(self.chat_model.conversation_at(index.row()))

    def _chat_row_menu(self, index: QModelIndex, at: QPoint) -> None:
        if not self._inert:
            self.chat_menu.show_for(index, at)

    def _row_clicked(self, index: QModelIndex) -> None:
        # A click on the row the arrows reached (already selected: no selection change)
        # opens it as a click on any other row does.
        if self._browsed is not None and index.isValid() and not self._inert:
            self.open_conversation(self.chat_model.conversation_at(index.row()))

    def _browse_to(self, conversation: Conversation) -> None:
        """The arrows reached ``conversation``: show it, keep the focus in the list, and
        leave it unread unless it stays shown (``_browse_settled``)."""
        self._browsed = int(conversation.id)
        self._moved_away = None
        self.conversation.show_conversation(conversation)
        self.right.setCurrentWidget(self.conversation)
        self._settle_timer.start()

    def _browse_settled(self) -> None:
        """The conversation reached with the arrows stayed shown: read, if the window is
        active (else when it next is: ``changeEvent``)."""
        browsed = self._browsed
        if browsed is None or self.current_conversation_id != browsed:
            self._browsed = None
            return
        if not self.isActiveWindow() or self.isMinimized():
            return
        self._browsed = None
        self._mark_read_if_unread(browsed)

    def _mark_read_if_unread(self, conversation_id: int) -> None:
        row = self.chat_model.row_of(ConversationId(conversation_id))
        if row is not None:
            shown = self.chat_model.conversation_at(row)
            if shown.unread_count:
                self._mark_read(shown)

    @property
    def browsing_unsettled(self) -> bool:
        """Whether the conversation shown was reached with the arrows and is not read yet
        for staying shown (``BROWSE_SETTLE_MS``)."""
        return self._browsed is not None and self._browsed == self.current_conversation_id

    def open_conversation(self, conversation: Conversation) -> None:
        """Show ``conversation`` on the right, put the focus in its box and mark it read."""
        row = self.chat_model.row_of(conversation.id)
        if row is not None:
            index = self.chat_model.index(row)
            if self.chat_list.currentIndex() != index:
                self.chat_list.setCurrentIndex(index)
                return  # the selection change calls back here
        self._browsed = None
        self._settle_timer.stop()
        self._moved_away = None
        self.conversation.show_conversation(conversation)
        self.right.setCurrentWidget(self.conversation)
        self.conversation.focus_editor()
        if row is None and not self._inert:
            self._list_follows_pane(conversation)  # (from a pop-up, a link, New SMS)
        if conversation.unread_count:
            self._mark_read(conversation)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and hasattr(self, "conversation")  # (none yet while painted from the snapshot)
        ):
            current = self.conversation.conversation
            if current is not None and self.right.currentWidget() is self.conversation:
                if self.browsing_unsettled:
                    # Reached with the arrows: read once it stays shown, from now.
                    self._settle_timer.start()
                    return
                self._mark_read_if_unread(int(current.id))

    def current_index(self) -> QModelIndex:
        return self.chat_list.currentIndex()

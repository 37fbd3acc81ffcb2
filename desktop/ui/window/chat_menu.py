"""A chat row's context menu (right-click, the Menu key, Shift+F10 on the chat list): Open,
Mark as read or Mark as unread, Transfer…, Dealt with, Archive (Unarchive in Archived) and
Copy number, for the row it was asked on.

Its entries are the table's (``desktop.ui.conversation.actions``): the same words, the same
enabled rule and the same handler of the main window (``window_commands``) that the
Conversation menu and the toolbar run; only the conversation they are given differs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QModelIndex, QObject, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import Conversation
from desktop.ui.conversation.actions import CONVERSATION_ACTIONS, ConversationAction
from desktop.ui.look.key_help import ShortcutGroup, declare_keys
from desktop.ui.window.chat_list import ChatListModel

# The table's entries the menu offers, in its order ("read" and "unread": the one that
# applies to the row).
MENU_ACTIONS = ("read", "unread", "transfer", "dealt_with", "archive")

# The keyboard's way to the menu, on the chat list's current row (ChatListView's keys).
ROW_MENU_KEYS = declare_keys(
    ShortcutGroup.CHATS,
    #: the F1 list: the Menu key or Shift+F10 opens the selected chat's context menu
    QT_TRANSLATE_NOOP("Shortcuts", "Open the selected chat's menu"),
    "Menu",
    "Shift+F10",
)


class ChatMenuHost(Protocol):
    """What the menu needs of the main window (``MainWindow``)."""

    chat_model: ChatListModel

    def open_conversation(self, conversation: Conversation) -> None: ...

    def mark_read(self, conversation: Conversation) -> None: ...

    def statusBar(self) -> QStatusBar: ...


def _entry(action_id: str) -> ConversationAction:
    return next(e for e in CONVERSATION_ACTIONS if e.id == action_id)


class ChatMenu(QObject):
    """Builds and shows the context menu of a chat row; ``menu`` is the one shown last."""

    def __init__(self, host: ChatMenuHost, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self._parent = parent
        self.menu: QMenu | None = None

    def show_for(self, index: QModelIndex, at: QPoint) -> None:
        """Pop the menu up at ``at`` (global) for the row of ``index``."""
        if not index.isValid():
            return
        conversation = self._host.chat_model.conversation_at(index.row())
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.build(conversation)
        self.menu.popup(at)

    def build(self, conversation: Conversation) -> QMenu:
        menu = QMenu(self._parent)
        menu.setObjectName("chatRowMenu")
        #: a chat row's context menu entry: opens the conversation
        self._add(menu, translate("ChatMenu", "Open"), True, self._open, conversation)
        for action_id in MENU_ACTIONS:
            if action_id == "read" and not conversation.unread_count:
                continue
            if action_id == "unread" and conversation.unread_count:
                continue
            entry = _entry(action_id)
            if action_id == "transfer":
                #: a chat row's context menu entry: opens the Transfer dialog
                text = translate("ChatMenu", "Transfer…")
            else:
                text = entry.text_for(conversation)
            self._add(menu, text, entry.enabled_for(conversation), self._run(entry), conversation)
        menu.addSeparator()
        #: a chat row's context menu entry: copies the conversation's phone number
        self._add(menu, translate("ChatMenu", "Copy number"), True, self._copy, conversation)
        return menu

    @staticmethod
    def _add(
        menu: QMenu,
        text: str,
        enabled: bool,
        run: Callable[[Conversation], None],
        conversation: Conversation,
    ) -> None:
        action = menu.addAction(text)
        action.setEnabled(enabled)
        action.triggered.connect(lambda _checked=False: run(conversation))

    def _run(self, entry: ConversationAction) -> Callable[[Conversation], None]:
        """The table's handler for ``entry``, given the row's conversation (Mark as read's
        acts on what is open or selected: the row's is ``mark_read``)."""
        name = "mark_read" if entry.id == "read" else entry.handler
        handler: Callable[[Conversation], None] = getattr(self._host, name)
        return handler

    def _open(self, conversation: Conversation) -> None:
        self._host.open_conversation(conversation)

    def _copy(self, conversation: Conversation) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(conversation.peer_number)
        self._host.statusBar().showMessage(
            #: status message after Copy number in a chat row's menu
            translate("ChatMenu", "Copied {number}.").format(number=conversation.peer_number),
            5000,
        )

"""The main window's pane and list agree: the conversation the pane shows is the one the
list selects, or the pane shows nothing.

``PaneAndList`` is that layer of ``MainWindow``: when the list changes what it lists (the
other tab, a search, a conversation moving between Chats and Archived) the pane follows it,
and when the pane opens a conversation the list does not list (from a pop-up, a link, New
SMS) the list goes where it is and selects it once its row is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit

from desktop.core.models import Conversation, ConversationId, StoreChange
from desktop.ui.window.window_menus import WindowMenus


class PaneAndList(WindowMenus):
    """Keeps the conversation pane and the chat list's selection together."""

    # Made by MainWindow.__init__.
    search: QLineEdit
    _follow: ConversationId | None
    _selecting_quietly: bool

    if TYPE_CHECKING:  # MainWindow's

        def show_archived(self, archived: bool) -> None: ...

    def _shown(self) -> Conversation | None:
        """The conversation the pane shows, if any."""
        if not hasattr(self, "conversation") or self.right.currentWidget() is not self.conversation:
            return None
        return self.conversation.conversation

    def _pane_follows_list(self) -> None:
        """The list now lists something else (the other tab, the search cleared): the pane
        keeps its conversation, selected, if the list lists it, else shows nothing."""
        shown = self._shown()
        if shown is None:
            return
        if self.chat_model.searching or shown.archived == self.chat_model.archived:
            self._follow = shown.id
            self._select_followed()
        else:
            self.leave_pane()

    def _list_follows_pane(self, conversation: Conversation) -> None:
        """The pane shows ``conversation``, which the list does not list: the list goes
        where it is (Chats or Archived) and selects it when its row is there."""
        if self.chat_model.searching:
            self.search.clear()  # (back to the tab's list: _search_changed follows it)
        elif conversation.archived != self.chat_model.archived:
            self.show_archived(conversation.archived)
        else:
            self.chat_list.selectionModel().clear()
            self._follow = conversation.id
            self._select_followed()

    def _select_followed(self) -> None:
        """Select the conversation the pane shows once the list has its row (without opening
        it again: it is open)."""
        followed = self._follow
        shown = self._shown()
        if followed is None or shown is None or shown.id != followed:
            self._follow = None
            return
        row = self.chat_model.row_of(followed)
        if row is None:
            return  # not loaded yet: a later page or change brings it
        self._follow = None
        index = self.chat_model.index(row)
        self._selecting_quietly = True
        try:
            self.chat_list.setCurrentIndex(index)
        finally:
            self._selecting_quietly = False
        self.chat_list.scrollTo(index)

    def leave_pane(self) -> None:
        """Show nothing on the right and select nothing, without moving the focus."""
        self._follow = None
        if hasattr(self, "conversation"):
            self.conversation.forget_conversation()
        self.right.setCurrentWidget(self.empty)
        self.chat_list.selectionModel().clear()

    def _follow_moved(self, change: StoreChange) -> None:
        """The conversation shown moved between Chats and Archived (a reply, a new SMS, a
        colleague): the list follows it; after one's own Dealt with or Archive the pane
        leaves it instead."""
        shown = self._shown()
        if (
            shown is None
            or self.chat_model.searching
            or shown.archived == self.chat_model.archived
            or not any(c.id == shown.id for c in change.conversations)
        ):
            return
        if shown.id in self._leaving:
            self.close_conversation()  # (as when the answer comes first: _after_leaving)
        else:
            self.show_archived(shown.archived)

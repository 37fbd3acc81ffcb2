"""The main window's pane and list agree: the conversation the pane shows is the one the
list selects, or the pane shows nothing, or it is one a colleague moved to Archived while
it was read here (the list stays on Chats; a note says what happened).

``PaneAndList`` is that layer of ``MainWindow``: when the list changes what it lists (the
other tab, a search, a conversation moving back to Chats) the pane follows it, and when the
pane opens a conversation the list does not list (from a pop-up, a link, New SMS) the list
goes where it is and selects it once its row is loaded. A conversation that someone else
moves into Archived while it is read here stays in the pane and the list stays on the tab
the user chose (``_moved_away``): it is told, and a reply brings it back to Chats.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit

from desktop.core.i18n import translate
from desktop.core.models import (
    Conversation,
    ConversationId,
    MessageKind,
    StoreChange,
    UserId,
)
from desktop.ui.window.window_menus import WindowMenus

# How long the status bar says that a colleague moved the open conversation to Archived.
MOVED_NOTE_MS = 10_000

# The history lines that say who moved a conversation into Archived.
_ARCHIVING = (MessageKind.DEALT_WITH, MessageKind.ARCHIVED)


def moved_to_archived_note(
    conversation_id: ConversationId,
    change: StoreChange,
    me: UserId | None,
    name_of: Callable[[int], str | None],
) -> str:
    """What to tell the user when the conversation they read moved into Archived by
    someone else's action: who, when the change's history line says it and their name is
    known ("… by Anna Smith (101)."); a colleague, when it names one not yet read; else
    nobody (a catch-up without its history line, a script, this user at another desk)."""
    by = next(
        (
            m.user_id
            for m in reversed(change.messages)
            if m.conversation_id == conversation_id and m.kind in _ARCHIVING
        ),
        None,
    )
    if by is None or by == me:
        #: a status message: a conversation open here was archived elsewhere (not by you here)
        return translate("PaneAndList", "This conversation was moved to Archived.")
    name = name_of(int(by))
    if name is None:
        #: a status message: a colleague archived (or marked dealt with) the open conversation
        return translate("PaneAndList", "This conversation was moved to Archived by a colleague.")
    #: a status message: {colleague} is who archived it, "Anna Smith (101)"
    return translate(
        "PaneAndList", "This conversation was moved to Archived by {colleague}."
    ).format(colleague=name)


class PaneAndList(WindowMenus):
    """Keeps the conversation pane and the chat list's selection together."""

    # Made by MainWindow.__init__.
    search: QLineEdit
    _follow: ConversationId | None
    _selecting_quietly: bool
    # The conversation the pane shows that someone else moved into Archived while it was
    # read here: the list stays on the tab the user chose and does not list it (None once
    # the pane shows another, or the list lists it again).
    _moved_away: ConversationId | None

    if TYPE_CHECKING:  # MainWindow's

        def show_archived(self, archived: bool) -> None: ...

        def author_name(self, user_id: int) -> str | None: ...

    def _shown(self) -> Conversation | None:
        """The conversation the pane shows, if any."""
        if not hasattr(self, "conversation") or self.right.currentWidget() is not self.conversation:
            return None
        return self.conversation.conversation

    def _pane_follows_list(self) -> None:
        """The list now lists something else (the other tab, the search cleared): the pane
        keeps its conversation, selected, if the list lists it, else shows nothing (but a
        conversation moved to Archived by someone else stays, as it did before the search)."""
        shown = self._shown()
        if shown is None:
            return
        if self.chat_model.searching or shown.archived == self.chat_model.archived:
            if not self.chat_model.searching:
                self._moved_away = None  # listed again (the user went to its tab)
            self._follow = shown.id
            self._select_followed()
        elif shown.id == self._moved_away:
            self.chat_list.selectionModel().clear()
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
        """The conversation shown moved between Chats and Archived. Into Chats (a reply, a
        new SMS, Unarchive, on any desk): it is active again, and the list follows it there.
        Into Archived by one's own Dealt with or Archive: the pane leaves it. Into Archived
        by anyone else (a colleague, a script): the list stays on the tab the user chose,
        the pane keeps it to finish reading, and the status bar says what happened."""
        shown = self._shown()
        if shown is None or not any(c.id == shown.id for c in change.conversations):
            return
        searching = self.chat_model.searching
        if shown.archived == self.chat_model.archived:
            if shown.id == self._moved_away:
                # Back on the list's tab (a reply, a new SMS, Unarchive): selected again.
                self._moved_away = None
                if not searching:
                    self._follow = shown.id
                    self._select_followed()
            return
        if shown.archived and shown.id not in self._leaving:
            self._keep_moved_away(shown, change)
        elif searching:
            return  # (the results list it; clearing the search takes the list to it)
        elif shown.id in self._leaving:
            self.close_conversation()  # (as when the answer comes first: _after_leaving)
        else:
            self.show_archived(shown.archived)

    def _keep_moved_away(self, shown: Conversation, change: StoreChange) -> None:
        """``shown`` was moved into Archived by someone else while it is read here: it stays
        in the pane, selected nowhere, and the user is told once (the status bar's message
        is read out politely: WindowStatus)."""
        if shown.id == self._moved_away:
            return  # told already (a later change to it: a read mark, a status)
        self._moved_away = shown.id
        if not self.chat_model.searching:
            self.chat_list.selectionModel().clear()  # (its row has left the list)
        me = self.user.id if self.user is not None else None
        note = moved_to_archived_note(shown.id, change, me, self.author_name)
        self.statusBar().showMessage(note, MOVED_NOTE_MS)

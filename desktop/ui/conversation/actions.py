"""The conversation's actions, in one table: the toolbar, More options, the window's
Conversation menu and the F1 shortcuts list are all built from ``CONVERSATION_ACTIONS``.

Each row says what the action is called (the guide's words), its shortcut, where it shows,
when it is enabled and which handler runs it. The handlers' rules live in the store (through
``desktop.ui.threads.operations``); ``enabled`` only spares the user a click the store would refuse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop.core.models import Conversation


class Place(Enum):
    """Where an action shows (every action is in the window's Conversation menu too)."""

    TOOLBAR = "toolbar"  # a button in the conversation's header
    MORE = "more"  # the header's More options menu
    WINDOW = "window"  # the window's menu only: it acts on the open or the selected one


@dataclass(frozen=True, slots=True)
class ConversationAction:
    """One action on a conversation.

    Attributes:
        id: its name in code; the header's QAction is ``header.<id>_action``.
        label: what it is called (and its accessible name), in the guide's words.
        shortcut: its keys ("" for none), shown in its tooltip and the F1 list.
        place: where it shows besides the window's Conversation menu.
        handler: the main window's method that carries it out (given the conversation).
        label_for: the label for a given conversation ("Unarchive" for an archived one).
        enabled: whether it can apply to a given conversation (the store still decides).
        separated: a separator goes before it in its menu.
        with_conversation: the handler is given the open conversation (else nothing: it
            finds what it acts on itself).
    """

    id: str
    label: str
    shortcut: str
    place: Place
    handler: str
    label_for: Callable[[Conversation], str] | None = None
    enabled: Callable[[Conversation], bool] | None = None
    separated: bool = False
    with_conversation: bool = True

    def text_for(self, conversation: Conversation) -> str:
        return self.label_for(conversation) if self.label_for is not None else self.label

    def enabled_for(self, conversation: Conversation) -> bool:
        return self.enabled(conversation) if self.enabled is not None else True

    @property
    def object_name(self) -> str:
        """The QAction's object name, as the header has always named them."""
        return self.label.lower().replace(" ", "_") + "_action"


# In the order of the F1 list; the toolbar and More options keep this order among theirs.
CONVERSATION_ACTIONS: tuple[ConversationAction, ...] = (
    ConversationAction(
        "read",
        "Mark as read",
        "Ctrl+Shift+R",
        Place.WINDOW,
        "mark_current_read",  # the open conversation, else the one selected in the list
        with_conversation=False,
    ),
    ConversationAction("unread", "Mark as unread", "Ctrl+Shift+U", Place.MORE, "mark_unread"),
    ConversationAction("call", "Call", "Ctrl+Shift+L", Place.TOOLBAR, "call"),
    ConversationAction("transfer", "Transfer", "Ctrl+Shift+T", Place.TOOLBAR, "transfer"),
    ConversationAction(
        "dealt_with",
        "Dealt with",
        "Ctrl+Shift+D",
        Place.TOOLBAR,
        "mark_dealt_with",
        # Already dealt with and archived: nothing left to do until a new SMS comes.
        enabled=lambda c: c.dealt_with_at is None or not c.archived,
    ),
    ConversationAction(
        "archive",
        "Archive",
        "Ctrl+Shift+A",
        Place.MORE,
        "toggle_archived",
        label_for=lambda c: "Unarchive" if c.archived else "Archive",
    ),
    ConversationAction(
        "contact",
        "Add contact",
        "",
        Place.MORE,
        "edit_contact_for",
        label_for=lambda c: "Edit contact" if c.display_name else "Add contact",
    ),
    ConversationAction("export", "Export…", "", Place.MORE, "export_conversation", separated=True),
    ConversationAction(
        "close", "Close", "Ctrl+W", Place.TOOLBAR, "close_conversation", with_conversation=False
    ),
)

# The More options menu's order (the F1 order above puts Mark as unread first).
MORE_ORDER = ("archive", "contact", "unread", "export")


def build_action(entry: ConversationAction, parent: QObject) -> QAction:
    """The QAction for ``entry``: its label, object name, shortcut (window-wide) and a
    tooltip that names the shortcut."""
    made = QAction(entry.label, parent)
    made.setObjectName(entry.object_name)
    if entry.shortcut:
        made.setShortcut(QKeySequence(entry.shortcut))
        made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        native = QKeySequence(entry.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        made.setToolTip(f"{entry.label} ({native})")
    return made


def in_place(place: Place) -> list[ConversationAction]:
    """The table's actions shown in ``place``, in the order they show there."""
    entries = [e for e in CONVERSATION_ACTIONS if e.place is place]
    if place is Place.MORE:
        entries.sort(key=lambda e: MORE_ORDER.index(e.id))
    return entries


def with_shortcuts(actions: Iterable[ConversationAction]) -> list[ConversationAction]:
    """Those of ``actions`` that have keys (the F1 list's rows)."""
    return [e for e in actions if e.shortcut]

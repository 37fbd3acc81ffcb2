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

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
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
        label: what it is called (and its accessible name), in the guide's words: the
            English source text (marked for lupdate); ``text`` is it translated.
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

    @property
    def text(self) -> str:
        """The label in the app's language."""
        return translate("ConversationActions", self.label)

    def text_for(self, conversation: Conversation) -> str:
        return self.label_for(conversation) if self.label_for is not None else self.text

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
        #: menu entry: marks the conversation's messages as read
        QT_TRANSLATE_NOOP("ConversationActions", "Mark as read"),
        "Ctrl+Shift+R",
        Place.WINDOW,
        "mark_current_read",  # the open conversation, else the one selected in the list
        with_conversation=False,
    ),
    ConversationAction(
        "unread",
        #: menu entry: marks the conversation as unread again
        QT_TRANSLATE_NOOP("ConversationActions", "Mark as unread"),
        "Ctrl+Shift+U",
        Place.MORE,
        "mark_unread",
    ),
    ConversationAction(
        "call",
        #: button: phones the conversation's number
        QT_TRANSLATE_NOOP("ConversationActions", "Call"),
        "Ctrl+Shift+L",
        Place.TOOLBAR,
        "call",
    ),
    ConversationAction(
        "transfer",
        #: button: hands the conversation over to a colleague
        QT_TRANSLATE_NOOP("ConversationActions", "Transfer"),
        "Ctrl+Shift+T",
        Place.TOOLBAR,
        "transfer",
    ),
    ConversationAction(
        "dealt_with",
        #: button: marks the conversation as handled
        QT_TRANSLATE_NOOP("ConversationActions", "Dealt with"),
        "Ctrl+Shift+D",
        Place.TOOLBAR,
        "mark_dealt_with",
        # Already dealt with and archived: nothing left to do until a new SMS comes.
        enabled=lambda c: c.dealt_with_at is None or not c.archived,
    ),
    ConversationAction(
        "archive",
        #: menu entry: moves the conversation to the archive
        QT_TRANSLATE_NOOP("ConversationActions", "Archive"),
        "Ctrl+Shift+A",
        Place.MORE,
        "toggle_archived",
        label_for=lambda c: (
            #: menu entry: brings an archived conversation back to the list
            translate("ConversationActions", "Unarchive")
            if c.archived
            else translate("ConversationActions", "Archive")
        ),
    ),
    ConversationAction(
        "contact",
        QT_TRANSLATE_NOOP("ConversationActions", "Add contact"),
        "",
        Place.MORE,
        "edit_contact_for",
        label_for=lambda c: (
            translate("ConversationActions", "Edit contact")
            if c.display_name
            else translate("ConversationActions", "Add contact")
        ),
    ),
    ConversationAction(
        "export",
        QT_TRANSLATE_NOOP("ConversationActions", "Export…"),
        "",
        Place.MORE,
        "export_conversation",
        separated=True,
    ),
    ConversationAction(
        "close",
        #: button: closes the open conversation (it stays in the list)
        QT_TRANSLATE_NOOP("ConversationActions", "Close"),
        "Ctrl+W",
        Place.TOOLBAR,
        "close_conversation",
        with_conversation=False,
    ),
)

# The More options menu's order (the F1 order above puts Mark as unread first).
MORE_ORDER = ("archive", "contact", "unread", "export")


def build_action(entry: ConversationAction, parent: QObject) -> QAction:
    """The QAction for ``entry``: its label, object name, shortcut (window-wide) and a
    tooltip that names the shortcut."""
    made = QAction(entry.text, parent)
    made.setObjectName(entry.object_name)
    if entry.shortcut:
        made.setShortcut(QKeySequence(entry.shortcut))
        made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        native = QKeySequence(entry.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        made.setToolTip(
            #: tooltip: an action's name and its keyboard shortcut, "Call (Ctrl+Shift+L)"
            translate("ConversationActions", "{action} ({keys})").format(
                action=entry.text, keys=native
            )
        )
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

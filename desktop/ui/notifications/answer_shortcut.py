"""Answering the newest message from the keyboard, wherever the user is in SMS Desk
(``AnswerShortcut``, Ctrl+R), and the unanswered messages as the tray menu lists them.

SMS Desk's pop-ups never take the keyboard by themselves (they would steal it from whatever
the user is typing in), so Alt+Tab does not reach them: the shortcut is the way in. With a
pop-up on screen it opens that pop-up's reply box; otherwise (desktop notifications, or the
pop-up has gone) it opens the conversation with the keyboard in "Say something". Escape goes
back to where the keyboard was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import Conversation
from desktop.ui.look.key_help import ShortcutGroup, set_group
from desktop.ui.notifications.notifier import Notifier
from desktop.ui.notifications.popup_stack import PopupStack
from desktop.ui.notifications.popups import MessagePopup
from desktop.ui.window.chat_list import conversation_title
from desktop.ui.window.main_window import MainWindow

REPLY_SHORTCUT = "Ctrl+R"
REPLY_SHORTCUT_TEXT = QT_TRANSLATE_NOOP("AnswerShortcut", "Reply to the newest message")
# The tray menu lists this many unanswered messages, each cut to this many characters.
TRAY_ENTRIES = 5
ENTRY_CHARACTERS = 40


def unanswered(conversations: Iterable[Conversation], me: int | None) -> list[Conversation]:
    """The conversations waiting for an answer from ``me``, newest first: unread, and not
    a colleague's to answer."""
    waiting = [c for c in conversations if c.unread_count and not c.answered_by_other(me)]
    return sorted(waiting, key=lambda c: (c.last_activity_at, int(c.id)), reverse=True)


def tray_entry(conversation: Conversation, region: str) -> str:
    """ "Olivia Park: Is my order re…": who wrote and the start of what, on one line."""
    #: stands for a message that is only pictures (an MMS without text)
    shown = conversation.last_message_preview or translate("AnswerShortcut", "Picture")
    preview = " ".join(shown.split())
    #: a tray menu entry: who wrote, and the start of what they wrote
    text = translate("AnswerShortcut", "{name}: {text}").format(
        name=conversation_title(conversation, region), text=preview
    )
    return text if len(text) <= ENTRY_CHARACTERS else text[: ENTRY_CHARACTERS - 1] + "…"


class AnswerShortcut(QObject):
    """Ctrl+R anywhere in the application: the newest unanswered message's Reply.

    Args:
        window: the main window (the shortcut is its action; conversations open there).
        popups: SMS Desk's pop-ups.
        notifier: knows which conversations the desktop shows notifications of, and who
            is signed in.
        conversations: the conversations loaded in the chat list, to find the newest
            unanswered one when no pop-up shows it.

    Attributes:
        action: the QAction (its shortcut works in every SMS Desk window).
    """

    def __init__(
        self,
        window: MainWindow,
        popups: PopupStack,
        notifier: Notifier,
        conversations: Callable[[], Iterable[Conversation]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._popups = popups
        self._notifier = notifier
        self._conversations = conversations
        # Where the keyboard was, and the reply box it went to (checked with
        # shiboken6.isValid before use: either may have been deleted since).
        self._back: QWidget | None = None
        self._box: QWidget | None = None
        self.action = QAction(translate("AnswerShortcut", REPLY_SHORTCUT_TEXT), window)
        self.action.setShortcut(QKeySequence(REPLY_SHORTCUT))
        # In every window of the application: the pop-ups and dialogs too.
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        set_group(self.action, ShortcutGroup.POPUPS)
        self.action.triggered.connect(self.answer)
        window.addAction(self.action)

    def newest_popup(self) -> MessagePopup | None:
        """The newest pop-up that shows messages and can be answered."""
        return next(
            (
                p
                for p in self._popups.popups
                if isinstance(p, MessagePopup) and p.isVisible() and not p.blocked_reason
            ),
            None,
        )

    def answer(self) -> None:
        """Put the keyboard in the reply box of the newest unanswered message."""
        focused = QApplication.focusWidget()
        popup = self.newest_popup()
        if popup is not None:
            self._remember(focused, popup.editor)
            popup.start_reply()
            popup.sig_closed.connect(self._go_back)
            return
        conversation = self._newest_unanswered()
        if conversation is None:
            return
        self._remember(focused, self._window.conversation.editor)
        self._window.bring_to_front()
        self._window.open_conversation(conversation)
        self._window.conversation.focus_editor()

    def _newest_unanswered(self) -> Conversation | None:
        waiting = unanswered(self._conversations(), self._notifier.me)
        on_desktop = self._notifier.on_desktop
        if on_desktop:  # the newest notification's, even when the list is filtered
            newest = on_desktop[-1]
            return next(
                (c for c in waiting if int(c.id) == newest), waiting[0] if waiting else None
            )
        return waiting[0] if waiting else None

    def _remember(self, focused: QWidget | None, box: QWidget) -> None:
        if self._box is not None and shiboken6.isValid(self._box):
            self._box.removeEventFilter(self)
        # (Not back into a pop-up: it goes away.)
        inside_popup = focused is not None and isinstance(focused.window(), MessagePopup)
        self._back = None if focused is None or focused is box or inside_popup else focused
        self._box = box
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and watched is self._box
            and isinstance(watched, QWidget)
            and not isinstance(watched.window(), MessagePopup)  # a pop-up closes itself
        ):
            self._go_back()
            return True
        return False

    def _go_back(self) -> None:
        """Escape: the keyboard goes back to where it was before the shortcut."""
        box, self._box = self._box, None
        if box is not None and shiboken6.isValid(box):
            box.removeEventFilter(self)
        back, self._back = self._back, None
        if back is None or not shiboken6.isValid(back) or not back.isVisible():
            return
        back.window().activateWindow()
        back.setFocus(Qt.FocusReason.ShortcutFocusReason)

"""Which new messages pop up, and the optional sound.

A new inbound message pops up unless: notifications are off, Do not disturb is on, the user
is looking at that very conversation, or it is old history arriving at sign-in (the unread
counts show that). Whatever happens here, the message is stored and counted as unread.

Where the desktop has a notification service and the settings say so, the desktop shows it
(desktop.ui.notifications.desktop_notifications) instead of SMS Desk's own pop-ups: then
the desktop's Do Not Disturb applies, and no pop-up is shown behind its back. Its Reply
opens SMS Desk's reply pop-up, and an inline reply is sent through that same pop-up.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop.config.settings import NOTIFY_DESKTOP, Settings
from desktop.core.i18n import translate
from desktop.core.models import (
    Conversation,
    ConversationId,
    Direction,
    Message,
    MessageKind,
    MessageStatus,
    StoreChange,
)
from desktop.store.ownership import TRANSFERRED_BY_WITH_NOTE, TRANSFERRED_WITH_NOTE
from desktop.ui.notifications.desktop_notifications import (
    DEFAULT,
    MARK_READ,
    OPEN,
    REPLY,
    DesktopNotifications,
)
from desktop.ui.notifications.popup_stack import MAX_VISIBLE, PopupStack
from desktop.ui.session.live_settings import LiveSettings
from desktop.ui.window.chat_list import conversation_title

log = logging.getLogger("smsdesk.ui.notifier")

# Messages older than this before the session began are history, not news.
BACKLOG = timedelta(minutes=1)
# At most this many conversations get a pop-up from one change (see apply_change): as many
# as the stack shows at once.
BURST_POPUPS = MAX_VISIBLE
# A desktop notification shows the last few messages, each cut to this many characters.
DESKTOP_MESSAGES = 3
DESKTOP_CHARACTERS = 300


def play_new_message_sound() -> None:
    """The desktop's "new message" sound where there is a player for it, else a beep."""
    try:
        if sys.platform.startswith("linux") and shutil.which("canberra-gtk-play"):
            subprocess.Popen(
                ["canberra-gtk-play", "--id", "message-new-instant"],  # noqa: S607
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            return
        if sys.platform == "darwin":
            subprocess.Popen(["afplay", "/System/Library/Sounds/Glass.aiff"])  # noqa: S607
            return
        if sys.platform == "win32":
            import winsound

            winsound.MessageBeep(winsound.MB_ICONASTERISK)
            return
    except OSError:
        log.debug("no sound player; beeping instead")
    QApplication.beep()


class Notifier(QObject):
    """Turns store changes into pop-ups (and a sound).

    Args:
        stack: the pop-ups.
        settings: the settings in force (notifications, DND, sound, the default region for
            conversation titles in notices), read as each change comes.
        looking_at: whether the user is reading this conversation in the main window.
        started_at: when the session began (older messages don't pop up).
        me: who is signed in (transfers to them pop up).
        play_sound: makes the new-message sound (tests count calls).
        desktop: the desktop's notification service, used instead of pop-ups when it
            answers and the settings choose it.

    Signals:
        sig_open(int): a desktop notification's Open (or a click on it): open the
            conversation in the main window.
        sig_mark_read(int, int): a desktop notification's Mark as read: the conversation,
            up to the newest message the notification showed.
    """

    sig_open = Signal(int)
    sig_mark_read = Signal(int, int)

    def __init__(
        self,
        stack: PopupStack,
        settings: LiveSettings,
        looking_at: Callable[[int], bool],
        started_at: datetime,
        me: int | None = None,
        play_sound: Callable[[], None] = play_new_message_sound,
        parent: QObject | None = None,
        *,
        desktop: DesktopNotifications | None = None,
        author_name: Callable[[int], str | None] = lambda _user: None,
    ) -> None:
        super().__init__(parent)
        self._author_name = author_name
        self._stack = stack
        self._settings = settings
        self._looking_at = looking_at
        self._since = started_at - BACKLOG
        self._play_sound = play_sound
        self._me = me
        self.shown = 0
        # Another desk's catch-up can repeat rows already seen: notify each message once.
        self._seen: set[int] = set()
        # Pop-ups to show, one per turn of the event loop: (conversation, its messages), or
        # (None, the text of a notice).
        # A conversation's messages to pop up, or (None, "N more conversations…").
        self._pending: deque[tuple[Conversation | None, list[Message] | str]] = deque()
        self._popper = QTimer(self)
        self._popper.setSingleShot(True)
        self._popper.setInterval(0)
        self._popper.timeout.connect(self._pop_next)
        self._changes: deque[StoreChange] = deque()
        self._reader = QTimer(self)
        self._reader.setSingleShot(True)
        self._reader.setInterval(0)
        self._reader.timeout.connect(self._read_changes)
        # The conversations the desktop shows a notification of, with what it shows.
        self._on_desktop: dict[int, tuple[Conversation, list[Message]]] = {}
        self._stopped = False
        self.desktop = desktop
        if desktop is not None:
            desktop.sig_action.connect(self._desktop_action)
            desktop.sig_replied.connect(self._desktop_replied)
            desktop.sig_failed.connect(self._desktop_failed)

    @property
    def uses_desktop(self) -> bool:
        """Whether new messages go to the desktop's notifications now (else pop-ups)."""
        return (
            self.desktop is not None
            and self.desktop.available
            and self._settings.current.notification_style == NOTIFY_DESKTOP
        )

    @property
    def me(self) -> int | None:
        """Who is signed in."""
        return self._me

    @property
    def on_desktop(self) -> list[int]:
        """The conversations with a desktop notification up, oldest first."""
        return list(self._on_desktop)

    @property
    def idle(self) -> bool:
        """True when no change waits to be read and no pop-up waits to be shown."""
        return not (self._changes or self._pending)

    def apply_change(self, change: StoreChange) -> None:
        """Look at a committed change in the next turn of the event loop.

        The chat list takes the same change in this turn; a burst's thousands of messages
        are not read through in the same breath. After ``stop`` nothing is read: a change
        queued before sign-out can still arrive (queued calls outlive a disconnect).
        """
        if self._stopped:
            return
        self._changes.append(change)
        self._reader.start()

    def stop(self) -> None:
        """Forget what was waiting to pop up (signing out)."""
        # The desktop's answers may still be queued for this (signed-out) session.
        self._stopped = True
        self._on_desktop.clear()
        self._reader.stop()
        self._popper.stop()
        self._changes.clear()
        self._pending.clear()

    def _read_changes(self) -> None:
        while self._changes:
            self._notify(self._changes.popleft())

    def _notify(self, change: StoreChange) -> None:
        conversations = {c.id: c for c in change.conversations}
        settings = self._settings.current
        rang = False
        due: dict[int, list[Message]] = {}  # conversation → its messages to pop up
        looking: dict[int, bool] = {}
        # In arrival order, so that the newest pop-up ends up on top.
        for message in sorted(change.messages, key=lambda m: m.id):
            if message.direction is Direction.OUTBOUND:  # a reply sent from a pop-up
                self._stack.message_changed(message)
            if message.kind is MessageKind.TRANSFER:
                self._transferred(message, conversations.get(message.conversation_id), settings)
                continue
            if message.kind is not MessageKind.SMS or message.direction is not Direction.INBOUND:
                continue
            if message.status is not MessageStatus.RECEIVED or message.created_at < self._since:
                continue
            conversation = conversations.get(message.conversation_id)
            if conversation is None or conversation.unread_count == 0:
                continue  # already read (the window had it open)
            if conversation.answered_by_other(self._me):
                continue  # a colleague's to answer: the list shows it, without a pop-up
            if not self._first_time(int(message.id)):
                continue
            if settings.do_not_disturb:
                continue
            cid = int(conversation.id)
            if cid not in looking:  # once per conversation: a burst brings thousands
                looking[cid] = self._looking_at(cid)
            if looking[cid]:
                continue
            if settings.notifications:
                due.setdefault(cid, []).append(message)
            if settings.sound and not rang:
                rang = True
                self._play_sound()
        # A burst to many conversations at once pops up the newest few and says how many
        # more wrote: a pop-up each (hidden behind "+N more") would take seconds to build.
        # Each pop-up is built in its own turn of the event loop (a window each): the chat
        # list and the keyboard are not held up by a few of them at once.
        ordered = sorted(due.items(), key=lambda item: item[1][-1].id)
        for cid, messages in ordered[-BURST_POPUPS:]:
            self._pending.append((conversations[ConversationId(cid)], messages))
        others = len(ordered) - BURST_POPUPS
        if others > 0:
            self._pending.append(
                (
                    None,
                    translate("Notifier", "New messages in %n more conversation(s).", None, others),
                )
            )
        if self._pending:
            self._popper.start()
        for conversation in change.conversations:
            self._stack.conversation_changed(conversation)
            if conversation.unread_count == 0:
                self._stack.dismiss(int(conversation.id))
                self._forget_desktop(int(conversation.id))

    def _pop_next(self) -> None:
        conversation, what = self._pending.popleft()
        if self.uses_desktop:
            self._to_desktop(conversation, what)
        elif conversation is None or isinstance(what, str):
            self._stack.show_notice(translate("Notifier", "New messages"), str(what))
        else:
            messages = list(what)
            self._stack.show_messages(conversation, messages)
            self.shown += len(messages)
        if self._pending:
            self._popper.start()

    # -- the desktop's notifications -------------------------------------------------------

    def _to_desktop(self, conversation: Conversation | None, what: list[Message] | str) -> None:
        desktop = self.desktop
        assert desktop is not None
        if conversation is None or isinstance(what, str):
            desktop.show_notice(translate("Notifier", "New messages"), str(what), None)
            return
        cid = int(conversation.id)
        _, before = self._on_desktop.pop(cid, (conversation, []))
        known = {m.id for m in before}
        messages = before + [m for m in what if m.id not in known]
        self._on_desktop[cid] = (conversation, messages)  # (now the newest)
        title = conversation_title(conversation, self._settings.current.default_region)
        if len(messages) > 1:
            #: a notification's title: who wrote, and how many messages are new
            new = len(messages)  # lupdate reads a plain name as the count
            summary = translate("Notifier", "{name} (%n new message(s))", None, new)
            summary = summary.format(name=title)
        else:
            summary = title
        #: stands for a message that is only pictures (an MMS without text)
        picture = translate("Notifier", "Picture")
        texts = [_cut(m.body or picture, DESKTOP_CHARACTERS) for m in messages[-DESKTOP_MESSAGES:]]
        desktop.show(cid, summary, texts)
        self.shown += len(what)

    def _forget_desktop(self, conversation_id: int) -> None:
        if self._on_desktop.pop(conversation_id, None) is not None and self.desktop is not None:
            self.desktop.close(conversation_id)

    def _desktop_action(self, conversation_id: int, key: str) -> None:
        if self._stopped:
            return
        shown = self._on_desktop.get(conversation_id)
        if key in (DEFAULT, OPEN):
            self._on_desktop.pop(conversation_id, None)
            self.sig_open.emit(conversation_id)
        elif key == MARK_READ and shown is not None:
            self._on_desktop.pop(conversation_id, None)
            self.sig_mark_read.emit(conversation_id, int(shown[1][-1].id))
        elif key == REPLY and shown is not None:
            # SMS Desk's own reply pop-up, the keyboard in its box: the desktop's
            # notification goes (the pop-up shows the reply's progress).
            self._forget_desktop(conversation_id)
            self._stack.show_messages(*shown).start_reply()

    def _desktop_replied(self, conversation_id: int, text: str) -> None:
        """An inline reply: sent through the conversation's reply pop-up, as if typed
        there (stored before sent, ownership and quiet hours as for any pop-up reply)."""
        if self._stopped:
            return
        shown = self._on_desktop.pop(conversation_id, None)
        if shown is None or not text.strip():
            return
        self._stack.show_messages(*shown).send_text(text)

    def _desktop_failed(self, conversation_id: int) -> None:
        """The service did not take it (gone away): the pop-up shows it instead."""
        if self._stopped:
            return
        shown = self._on_desktop.pop(conversation_id, None)
        if shown is not None:
            self._stack.show_messages(*shown)

    def _first_time(self, message_id: int) -> bool:
        if message_id in self._seen:
            return False
        if len(self._seen) > 10_000:
            self._seen.clear()
        self._seen.add(message_id)
        return True

    def _transferred(
        self, message: Message, conversation: Conversation | None, settings: Settings
    ) -> None:
        """A colleague handed a conversation to me: tell me (it also shows unread)."""
        if self._me is None or message.target_user_id != self._me or message.user_id == self._me:
            return
        if message.created_at < self._since or settings.do_not_disturb:
            return
        if not self._first_time(int(message.id)):
            return
        # Who did it is the line's author; the note is read back out of the history line
        # ("Transferred from Anna Smith (101) to Ben (102) — note") in this desk's language.
        sender = self._author_name(int(message.user_id)) if message.user_id else ""
        note = transfer_note(message.body)
        if sender:
            heading = translate("Notifier", "{name} transferred a conversation to you").format(
                name=sender
            )
        else:
            heading = translate("Notifier", "A colleague transferred a conversation to you")
        if conversation is None:
            if note:
                text = translate("Notifier", "A customer. Note: “{note}”").format(note=note)
            else:
                text = translate("Notifier", "A customer.")
        else:
            title = conversation_title(conversation, settings.default_region)
            if note:
                #: a notice's text: the conversation's name (a customer) and the colleague's
                #: note
                text = translate("Notifier", "{name}. Note: “{note}”")
            else:
                #: a notice's text: the conversation's name (a customer)
                text = translate("Notifier", "{name}.")
            text = text.format(name=title, note=note)
        if self.uses_desktop and self.desktop is not None:
            self.desktop.show_notice(heading, text, None)
        else:
            self._stack.show_notice(heading, text, int(message.conversation_id))
        self.shown += 1


def transfer_note(line: str) -> str:
    """The colleague's note in a transfer's history line, stored in this desk's language or
    in English; "" when it has none (or came from a desk in another language)."""
    for source in (TRANSFERRED_WITH_NOTE, TRANSFERRED_BY_WITH_NOTE):
        for template in {translate("Ownership", source), source}:
            found = _line_pattern(template).fullmatch(line)
            if found:
                return found.group("note")
    return ""


def _line_pattern(template: str) -> re.Pattern[str]:
    pattern = re.escape(template).replace(r"\{note\}", "(?P<note>.*)")
    return re.compile(re.sub(r"\\\{\w+\\\}", ".+?", pattern), re.DOTALL)


def _cut(text: str, characters: int) -> str:
    """``text`` on one line, cut to ``characters`` with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= characters else line[: characters - 1] + "…"

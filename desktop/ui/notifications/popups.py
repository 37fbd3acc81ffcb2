"""Pop-up notifications answered in place: Reply, Mark as read, Open.

A pop-up is a small frameless, always-on-top window near the tray's corner of the screen.
It is shown without activation, so it never takes the keyboard from the application the
user is typing in; clicking it (or Reply) makes it take focus. Here: what every pop-up
shares (``PopupFrame``), a conversation's messages (``MessagePopup``) and a notice
(``NoticePopup``). They are stacked by desktop.ui.notifications.popup_stack; where they go,
and their window flags, are in desktop.ui.notifications.popup_geometry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QEnterEvent,
    QKeyEvent,
    QMouseEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import Conversation, Message, MessageStatus, utcnow
from desktop.core.phone import format_for_display
from desktop.core.segments import count_segments, describe
from desktop.core.templates import Template, unfilled_variables
from desktop.ui.conversation.composer import (
    MessageEdit,
    reply_blocked_placeholder,
    reply_blocked_reason,
    reply_blocked_title,
)
from desktop.ui.conversation.messages import scheduled_label
from desktop.ui.conversation.question_bar import (
    Choice,
    QuestionBar,
    send_question,
    take_over_question,
)
from desktop.ui.conversation.scheduling import QuietHours, no_quiet_hours, scheduled_for
from desktop.ui.dialogs.templates import (
    SlashCompleter,
    TemplateLibrary,
    TemplateMenu,
    insert_filled_template,
    template_button,
)
from desktop.ui.look import formatting
from desktop.ui.look.announce import announce
from desktop.ui.look.key_help import ShortcutGroup, declare_keys
from desktop.ui.notifications.popup_geometry import (
    POPUP_WIDTH,
    QUIET_FLAGS,
    elide_lines,
    take_focus,
)
from desktop.ui.window.chat_list import conversation_title

log = logging.getLogger("smsdesk.ui.popups")

CLOSE_POPUP_KEYS = declare_keys(
    ShortcutGroup.POPUPS,
    #: the F1 list: Escape in an SMS Desk pop-up closes it (the message stays unread)
    QT_TRANSLATE_NOOP("Shortcuts", "Close the pop-up"),
    "Esc",
)

BODY_LINES = 4


def _spoken_status(text: str) -> str:
    """A status line as spoken: without the check mark drawn after "Sent" (a screen reader
    would read it out as "check mark")."""
    return text.removesuffix(" \u2713")


def _with_check(sentence: str) -> str:
    """A status sentence ("Sent", "Scheduled for …") with the check mark drawn after it (a
    sign, not a word: it is the same in every language)."""
    return f"{sentence} \u2713"


class ButtonRows(QWidget):
    """``first`` on the left and ``last`` on the right of one row, or ``last`` on a row of
    its own under them when the words do not fit (German's "Als gelesen markieren" is
    twice as long as "Mark as read"). Measured once the style sheet applies: its padding
    and font decide the buttons' widths."""

    def __init__(self, first: list[QPushButton], last: QPushButton, spacing: int = 6) -> None:
        super().__init__()
        self._first, self._last = first, last
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(spacing)
        self._grid.setVerticalSpacing(spacing)
        for column, button in enumerate(first):
            self._grid.addWidget(button, 0, column)
        self._grid.setColumnStretch(len(first), 1)
        self._stacked: bool | None = None
        self._arrange(stacked=False)

    def _arrange(self, *, stacked: bool) -> None:
        if stacked == self._stacked:
            return
        self._stacked = stacked
        self._grid.removeWidget(self._last)
        columns = len(self._first)
        if stacked:
            self._grid.addWidget(self._last, 1, 0, 1, columns + 2, Qt.AlignmentFlag.AlignRight)
        else:
            self._grid.addWidget(self._last, 0, columns + 1)

    def fits(self, width: int) -> bool:
        buttons = [*self._first, self._last]
        spacing = self._grid.horizontalSpacing()
        return sum(b.sizeHint().width() for b in buttons) + spacing * len(buttons) <= width

    def showEvent(self, event: QShowEvent) -> None:
        self._arrange(stacked=not self.fits(POPUP_WIDTH - 24))
        super().showEvent(event)


class PopupFrame(QFrame):
    """What every pop-up shares: a quiet, frameless, always-on-top window of the stack's
    width, that closes on Escape or by itself when left alone, and takes the keyboard only
    once clicked.

    Signals:
        sig_closed(): the pop-up went away.
        sig_resized(): its height changed (the stack re-places the pop-ups).
    """

    sig_closed = Signal()
    sig_resized = Signal()

    def __init__(self, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, QUIET_FLAGS)
        self.setObjectName("messagePopup")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFixedWidth(POPUP_WIDTH)
        self._hovered = False
        self._closing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(2, seconds) * 1000)
        self._timer.timeout.connect(self._expire)

    def _close_button(self) -> QToolButton:
        close = QToolButton()
        close.setObjectName("popupClose")
        close.setText("\u00d7")  # the multiplication sign, drawn as a close cross
        #: a button: closes this pop-up (the conversation stays as it is)
        close.setAccessibleName(translate("Popups", "Close"))
        close.setToolTip(translate("Popups", "Close (Esc)"))
        close.clicked.connect(self.close)
        return close

    def _busy(self) -> bool:
        """Whether it must not close by itself now (hovered; subclasses add more)."""
        return self._hovered

    def restart_timer(self) -> None:
        if not self._busy() and self.isVisible():
            self._timer.start()

    def pause(self) -> None:
        """Waiting behind "+N more": the clock stops until it is shown again."""
        self._timer.stop()

    def resume(self) -> None:
        self.restart_timer()

    def _expire(self) -> None:
        if not self._busy():
            self.close()  # else checked again when the pointer leaves or typing stops

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hovered = True
        self._timer.stop()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = False
        self.restart_timer()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click is the user choosing the pop-up: only now may it take the keyboard.
        take_focus(self)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if CLOSE_POPUP_KEYS.matches(event):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self._closing = True
            self._timer.stop()
            self.sig_closed.emit()
        super().closeEvent(event)


class MessagePopup(PopupFrame):
    """One conversation's new messages, answered in place.

    Args:
        conversation: whose messages.
        region: default region, for the number.
        seconds: how long it stays when untouched.

    Attributes:
        quiet_hours: returns the (enabled, start, end) quiet-hours setting.
        clock: returns the current aware UTC time.

    Signals:
        sig_reply(int, str, object): send this text in the conversation (its id), now (None)
            or at the given aware UTC time (the quiet-hours "send at 08:00 their time").
        sig_mark_read(int, int): Mark as read: the conversation's id and the newest message
            the pop-up showed (what arrived after it stays unread).
        sig_open(int): Open the conversation in the main window.
        sig_closed(): the pop-up went away.
        sig_resized(): its height changed (the stack re-places the pop-ups).
    """

    sig_reply = Signal(int, str, object)
    sig_mark_read = Signal(int, int)
    sig_open = Signal(int)

    def __init__(
        self,
        conversation: Conversation,
        region: str,
        seconds: int,
        parent: QWidget | None = None,
        *,
        templates: TemplateLibrary | None = None,
        my_name: str = "",
    ) -> None:
        super().__init__(seconds, parent)
        self.conversation = conversation
        self._region = region
        self.messages: list[Message] = []
        self._tracked: int | None = None
        self.quiet_hours: QuietHours = no_quiet_hours
        self.clock: Callable[[], datetime] = utcnow
        # The text the question bar asks about (None while it asks nothing), and what
        # taking over does when the question is whether to take over.
        self._asked: str | None = None
        self._take_over: Callable[[], None] | None = None

        self.title = QLabel()
        self.title.setObjectName("popupTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.time = QLabel()
        self.time.setObjectName("popupTime")
        self.time.setTextFormat(Qt.TextFormat.PlainText)
        close = self._close_button()
        self.count = QLabel()
        self.count.setObjectName("popupCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.hide()
        self.body = QLabel()
        self.body.setObjectName("popupBody")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(False)
        #: what the pop-up's text is: the SMS received
        self.body.setAccessibleDescription(translate("Popups", "Message"))

        #: a button: opens a box in the pop-up to answer the SMS
        self.reply_button = QPushButton(translate("Popups", "Reply"))
        self.reply_button.setObjectName("popupReply")
        self.reply_button.setAccessibleName(self.reply_button.text())
        self.reply_button.clicked.connect(self.start_reply)
        #: a button: the SMS was seen; the conversation no longer counts as unread
        self.read_button = QPushButton(translate("Popups", "Mark as read"))
        self.read_button.setAccessibleName(self.read_button.text())
        self.read_button.clicked.connect(self._mark_read)
        #: a button: shows the conversation in the main window
        self.open_button = QPushButton(translate("Popups", "Open"))
        self.open_button.setAccessibleName(self.open_button.text())
        self.open_button.clicked.connect(self._open)
        self.buttons = ButtonRows([self.reply_button, self.read_button], self.open_button)

        self.editor = MessageEdit()
        self.editor.sig_submit.connect(self.send)
        self.editor.textChanged.connect(self._text_changed)
        self.question_bar = QuestionBar(stacked=True)
        self.question_bar.sig_answered.connect(self._answered)
        self.editor.textChanged.connect(self.withdraw_question)  # typing again takes it back
        #: a button: sends the reply typed in the pop-up
        self.send_button = QPushButton(translate("Popups", "Send"))
        self.send_button.setObjectName("popupSend")
        self.send_button.setAccessibleName(self.send_button.text())
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send)
        self.counter = QLabel()
        self.counter.setObjectName("segmentCounter")
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        self.counter.setAccessibleDescription(translate("Popups", "Message length"))
        self.counter.setWordWrap(True)  # "… · Unicode because of …" is longer than the pop-up
        self.status = QLabel()
        self.status.setObjectName("popupStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(translate("Popups", "Sending status"))
        self.status.hide()
        self.blocked = QLabel()
        self.blocked.setObjectName("popupBlocked")
        self.blocked.setTextFormat(Qt.TextFormat.PlainText)
        self.blocked.setWordWrap(True)
        #: what the line under the message says: why no reply can be sent
        self.blocked.setAccessibleDescription(translate("Popups", "Opted out"))
        self.blocked.hide()
        self.reply_area = QWidget()
        reply = QVBoxLayout(self.reply_area)
        reply.setContentsMargins(0, 0, 0, 0)
        reply.setSpacing(4)
        reply.addWidget(self.question_bar)
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        reply.addLayout(row)
        foot = QHBoxLayout()
        foot.addWidget(self.counter, 1)
        reply.addLayout(foot)
        self.reply_area.hide()

        # Saved replies, as in the main window: the Templates menu, or "/" and a name.
        self._my_name = my_name
        self.template_menu: TemplateMenu | None = None
        self.template_button: QToolButton | None = None
        if templates is not None:
            self.template_menu = TemplateMenu(templates, self, manage=False)
            self.template_menu.sig_chosen.connect(lambda t: self.insert_template(t))
            self.template_button = template_button(self.template_menu)
            foot.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignTop)
            slash = SlashCompleter(self.editor, templates, self.insert_template)
            self.editor.completer_visible = lambda: slash.visible
            # Shown once there are templates to insert (the list is read as pop-ups open).
            self.template_button.setVisible(bool(templates.templates))
            templates.sig_changed.connect(self._templates_changed)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.time)
        header.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 12)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.count)
        layout.addWidget(self.body)
        layout.addWidget(self.buttons)
        layout.addWidget(self.blocked)
        layout.addWidget(self.reply_area)
        layout.addWidget(self.status)

        self._show_conversation(conversation)

    # -- content --------------------------------------------------------------------------

    def _show_conversation(self, conversation: Conversation) -> None:
        self.conversation = conversation
        self.title.setText(conversation_title(conversation, self._region))
        self.setAccessibleName(
            translate("Popups", "New SMS from {name}").format(name=self.title.text())
        )
        self._show_opt_out()

    def conversation_changed(self, conversation: Conversation) -> None:
        """The conversation changed (e.g. its number opted out): show it as it now is."""
        if conversation.id == self.conversation.id:
            self._show_conversation(conversation)

    @property
    def blocked_reason(self) -> str:
        """Why no reply can be sent ("" when it can)."""
        return reply_blocked_reason(self.conversation)

    def _show_opt_out(self) -> None:
        """Reply and the box disabled, with the reason, while the number is opted out (or
        is a sender name, which replies can't reach)."""
        reason = self.blocked_reason
        was_visible = not self.blocked.isHidden()
        self.blocked.setText(reason)
        self.blocked.setAccessibleDescription(reply_blocked_title(self.conversation))
        self.blocked.setVisible(bool(reason))
        self.reply_button.setEnabled(not reason)
        self.reply_button.setToolTip(reason)
        self.editor.setEnabled(not reason)
        if self.template_button is not None:
            self.template_button.setEnabled(not reason)
        self.editor.setPlaceholderText(
            reply_blocked_placeholder(self.conversation) or translate("Popups", "Say something")
        )
        self.editor.setToolTip(reason)
        self.editor.setAccessibleDescription(reason)
        if reason:
            self.send_button.setEnabled(False)
        elif not self.reply_area.isHidden():
            self._text_changed()
        if was_visible != bool(reason):
            self.adjustSize()
            self.sig_resized.emit()

    def add_message(self, conversation: Conversation, message: Message) -> None:
        """Show another message of this conversation (merged into this pop-up)."""
        self.add_messages(conversation, [message])

    def add_messages(self, conversation: Conversation, messages: Sequence[Message]) -> None:
        """Show more messages of this conversation, oldest first (merged, laid out once)."""
        self._show_conversation(conversation)
        known = {m.id for m in self.messages}
        fresh = [m for m in messages if m.id not in known]
        if not fresh:
            return
        self.messages.extend(fresh)
        self.time.setText(formatting.clock_time(fresh[-1].created_at))
        width = POPUP_WIDTH - 24
        recent = self.messages[-3:]
        lines = BODY_LINES if len(recent) == 1 else 2
        #: stands for a message that is only pictures (an MMS without text)
        picture = translate("Popups", "Picture")
        self.body.setText(
            "\n".join(
                elide_lines(m.body or picture, self.body.font(), width, lines) for m in recent
            )
        )
        new = len(self.messages)
        self.count.setText(translate("Popups", "%n new message(s)", None, new) if new > 1 else "")
        self.count.setVisible(new > 1)
        self.adjustSize()
        self.restart_timer()
        announce(
            self,
            translate("Popups", "New SMS from {name}: {text}").format(
                name=self.title.text(), text=fresh[-1].body or picture
            ),
        )

    @property
    def body_text(self) -> str:
        return self.body.text()

    # -- life -----------------------------------------------------------------------------

    def _busy(self) -> bool:
        """Hovered, or being typed in, or following a reply: it must not close by itself."""
        return (
            super()._busy()
            or self.editor.hasFocus()
            or (self.template_menu is not None and self.template_menu.isVisible())
            or bool(self.editor.toPlainText().strip())
            or self.question_bar.asking
            or self._tracked is not None
        )

    def start_reply(self) -> None:
        """Open the inline "Say something" box and put the keyboard there."""
        self._timer.stop()
        self.buttons.hide()
        self.reply_area.show()
        self._text_changed()
        self.adjustSize()
        self.sig_resized.emit()
        take_focus(self)
        self.editor.setFocus(Qt.FocusReason.MouseFocusReason)

    def _templates_changed(self) -> None:
        if self.template_button is not None and self.template_menu is not None:
            self.template_button.setVisible(bool(self.template_menu.library.templates))

    def insert_template(self, template: Template, replace_typed: int = 0) -> None:
        """Put ``template``, filled in for this contact, at the cursor (replacing "/name")."""
        contact = self.conversation.display_name
        insert_filled_template(self.editor, template, contact, self._my_name, replace_typed)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text_changed(self) -> None:
        text = self.editor.toPlainText().strip()
        count = count_segments(text)
        self.counter.setText(
            describe(count) if text else translate("Popups", "Enter sends · Shift+Enter: new line")
        )
        self.counter.setProperty("state", "error" if count.too_long else "")
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)
        self.send_button.setEnabled(
            bool(text) and not count.too_long and self._tracked is None and not self.blocked_reason
        )
        if not text:
            self.restart_timer()
        else:
            self._timer.stop()

    # The text whose unfilled template variables the user was told about: sending it again
    # (Enter a second time) means "send anyway".
    _unfilled_told: str | None = None

    def send(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text or count_segments(text).too_long or self._tracked is not None:
            return
        if self.blocked_reason:
            return
        if self.question_bar.asking:
            self.question_bar.focus_default()  # Enter again: back to the open question
            return
        unfilled = unfilled_variables(text)
        if unfilled and self._unfilled_told != text:
            self._unfilled_told = text
            names = ", ".join("{" + name + "}" for name in dict.fromkeys(unfilled))
            self.show_status(
                "failed",
                translate(
                    "Popups",
                    "Some variables are not filled in: {names}. Press Enter again to send anyway.",
                ).format(names=names),
            )
            return
        who = format_for_display(self.conversation.peer_number, self._region)
        self._timer.stop()
        asked = send_question(self.conversation.peer_number, who, self.quiet_hours, self.clock)
        if asked is None:
            self._reply(text, None)
            return
        self._asked = text
        self.question_bar.ask(asked)
        self.adjustSize()
        self.sig_resized.emit()

    def withdraw_question(self) -> None:
        """Take the open question back unanswered (the text stays in the box)."""
        if self.question_bar.asking:
            self._asked = None
            self._take_over = None
            self.question_bar.withdraw()
            self.adjustSize()
            self.sig_resized.emit()

    def _answered(self, choice: Choice | None) -> None:
        asked, self._asked = self._asked, None
        take_over, self._take_over = self._take_over, None
        self.adjustSize()
        self.sig_resized.emit()
        if choice is None or asked is None or self.editor.toPlainText().strip() != asked:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)  # the text stays
            return
        if choice.take_over and take_over is not None:
            self._sending(choice.send_at)
            take_over()
            return
        self._reply(asked, choice.send_at)

    def offer_take_over(
        self, owner: str, send_at: datetime | None, take_over: Callable[[], None]
    ) -> None:
        """The reply was refused: a colleague answers this conversation now. Ask, here,
        whether to take over and send (``take_over`` does both); the text stays in the box."""
        self.reply_failed("")
        self.status.hide()
        self._asked = self.editor.toPlainText().strip()
        self._take_over = take_over
        self._timer.stop()
        self.question_bar.ask(take_over_question(owner, send_at, self.conversation.peer_number))
        self.adjustSize()
        self.sig_resized.emit()

    def _reply(self, text: str, send_at: datetime | None) -> None:
        """Hand the reply over to be stored and sent (now, or at ``send_at``)."""
        if self._tracked is not None or self.blocked_reason:
            return
        self._sending(send_at)
        self.sig_reply.emit(int(self.conversation.id), text, send_at)

    def _sending(self, send_at: datetime | None) -> None:
        self._tracked = -1  # until the store says which message it is
        self.editor.setReadOnly(True)
        self.send_button.setEnabled(False)
        self.show_status(
            "sending",
            translate("Popups", "Saving…") if send_at else translate("Popups", "Sending…"),
        )

    def send_text(self, text: str) -> None:
        """Send a reply typed elsewhere (a desktop notification's inline reply) as if it
        were typed here: shown in the box, then the same checks and the same send; the
        keyboard stays where the user is."""
        if self.blocked_reason or self._tracked is not None:
            return
        self.buttons.hide()
        self.reply_area.show()
        self.editor.setPlainText(text)
        self.adjustSize()
        self.sig_resized.emit()
        self.send()

    def track(self, message: Message) -> None:
        """The reply was stored: follow its status here."""
        self._tracked = int(message.id)
        self.message_changed(message)

    def reply_failed(self, reason: str) -> None:
        self._tracked = None
        self.editor.setReadOnly(False)
        self.send_button.setEnabled(True)
        self.show_status("failed", reason)

    def message_changed(self, message: Message) -> None:
        """A status change of a message; only the tracked reply matters here."""
        if self._tracked != int(message.id):
            return
        if message.status in (MessageStatus.SENT, MessageStatus.DELIVERED):
            #: the reply's status: the carrier took it
            self.show_status("sent", _with_check(translate("Popups", "Sent")))
            QTimer.singleShot(1200, self.close)
        elif message.status is MessageStatus.SCHEDULED and message.scheduled_at is not None:
            label = scheduled_for(message.scheduled_at, self.conversation.peer_number)
            self.show_status("sent", _with_check(label or scheduled_label(message.scheduled_at)))
            QTimer.singleShot(2000, self.close)
        elif message.status is MessageStatus.FAILED:
            if message.error_message:
                failed = translate("Popups", "Not sent: {reason}").format(
                    reason=message.error_message
                )
            else:
                failed = translate("Popups", "Not sent: refused.")
            self.show_status("failed", failed)
            self._tracked = None
        else:
            self.show_status("sending", translate("Popups", "Sending…"))

    def show_status(self, state: str, text: str) -> None:
        """Show the reply's status under the box, and tell a screen reader what matters.

        A failure ("Not sent: …", a template's unfilled variables) is announced
        assertively, as a failed send in the conversation is; "Sent ✓" and "Scheduled for …"
        politely, because the pop-up closes itself a moment later and that sentence is all
        the user gets; "Sending…"/"Saving…" stay quiet (they pass in a moment).
        """
        self.status.setText(text)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.show()
        self.adjustSize()
        self.sig_resized.emit()
        if state in ("failed", "sent"):
            announce(self, _spoken_status(text), assertive=state == "failed")

    @property
    def status_text(self) -> str:
        return self.status.text() if self.status.isVisible() else ""

    @property
    def newest_shown_id(self) -> int:
        """The newest message this pop-up shows (0 before it shows any)."""
        return int(self.messages[-1].id) if self.messages else 0

    def _mark_read(self) -> None:
        self.sig_mark_read.emit(int(self.conversation.id), self.newest_shown_id)
        self.close()

    def _open(self) -> None:
        self.sig_open.emit(int(self.conversation.id))
        self.close()


class NoticePopup(PopupFrame):
    """A pop-up that only tells something (e.g. "Anna transferred a conversation to you"),
    with Open; it shares the stack and the rules of message pop-ups."""

    sig_open = Signal(int)

    def __init__(
        self,
        title: str,
        text: str,
        conversation_id: int | None,
        seconds: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(seconds, parent)
        self.conversation_id = conversation_id
        heading = QLabel(title)
        heading.setObjectName("popupTitle")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)  # a whole sentence ("… transferred a conversation to you")
        body = QLabel(text)
        body.setObjectName("popupBody")
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setWordWrap(True)
        close = self._close_button()
        header = QHBoxLayout()
        header.addWidget(heading, 1)
        header.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 12)
        layout.addLayout(header)
        layout.addWidget(body)
        if conversation_id is not None:
            #: a button: shows the conversation in the main window
            open_button = QPushButton(translate("Popups", "Open"))
            open_button.setAccessibleName(open_button.text())
            open_button.clicked.connect(self._open)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(open_button)
            layout.addLayout(row)
        self.title = title
        self.text = text

    def _open(self) -> None:
        if self.conversation_id is not None:
            self.sig_open.emit(self.conversation_id)
        self.close()

"""The one question asked before a send, inline: quiet hours ("it is 22:10 for them"), a
colleague's conversation ("Anna is answering this"), or both in one sentence.

``send_question`` says what to ask (None: nothing, send now); ``QuestionBar`` asks it above
the "Say something" box (of the conversation pane, or of a pop-up's reply area) with its
choices as buttons. The default is always the safe choice: Cancel, or the scheduled send.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import clock_time, translate
from desktop.core.quiet_hours import check_quiet_hours, question
from desktop.ui.conversation.scheduling import QuietHours, send_at_text
from desktop.ui.look import formatting
from desktop.ui.look.announce import announce


@dataclass(frozen=True, slots=True)
class Choice:
    """One answer that sends.

    Attributes:
        text: the button's words.
        send_at: when to send (aware UTC), or None for now.
        take_over: take the conversation over from its owner first.
    """

    text: str
    send_at: datetime | None = None
    take_over: bool = False


@dataclass(frozen=True, slots=True)
class SendQuestion:
    """What to ask: the sentence, the choices that send (Cancel is always added), and which
    choice is the default (None: Cancel)."""

    sentence: str
    choices: tuple[Choice, ...]
    default: Choice | None = None


def _first_name(owner: str) -> str:
    return owner.split(" (")[0]


def take_over_question(
    owner: str, send_at: datetime | None = None, number: str = ""
) -> SendQuestion:
    """Only a colleague's conversation: take over and send (at ``send_at`` when it was to
    be scheduled), or Cancel, the default."""
    sentence = translate(
        "QuestionBar",
        "{colleague} is answering this conversation. Take over from {first_name} and send? "
        "{first_name} sees that you took over.",
    ).format(colleague=owner, first_name=_first_name(owner))
    if send_at is None:
        #: button: takes the conversation over from the colleague, then sends the message
        take = Choice(translate("QuestionBar", "Take over and send"), None, take_over=True)
    else:
        take = Choice(send_at_text(send_at, number, take_over=True), send_at, take_over=True)
    return SendQuestion(sentence, (take,), default=None)


def send_question(
    number: str,
    who: str,
    quiet_hours: QuietHours,
    clock: Callable[[], datetime],
    owner: str | None = None,
) -> SendQuestion | None:
    """The one question to ask before sending to ``number`` now, or None to just send.

    Args:
        number: E.164, for their time zone.
        who: the number (or name) as the user sees it.
        quiet_hours: the (enabled, start, end) setting.
        clock: the current aware UTC time.
        owner: the colleague answering the conversation (``"Anna Smith (101)"``), when it
            is not the user.
    """
    enabled, start, end = quiet_hours()
    check = check_quiet_hours(number, clock(), start=start, end=end) if enabled else None
    if check is None or not check.quiet or check.send_at is None or check.local_time is None:
        return take_over_question(owner) if owner else None
    later_at = check.send_at
    today = formatting.local(clock()).date()
    if owner is None:
        #: button: sends the message now, although it is night for them
        now = Choice(translate("QuestionBar", "Send now"))
        later = Choice(send_at_text(later_at, number, today=today), later_at)
        return SendQuestion(question(check, who), (now, later), default=later)
    zone = check.zones[0].split("/")[-1].replace("_", " ")
    #: {who} is a name or number, {zone} a time zone's city ("Los Angeles")
    sentence = translate(
        "QuestionBar",
        "{colleague} is answering this conversation, and it is {now} for {who} ({zone}). "
        "Take over from {first_name} and send now anyway?",
    ).format(
        colleague=owner,
        now=clock_time(check.local_time.time()),
        who=who,
        zone=zone,
        first_name=_first_name(owner),
    )
    #: button: takes the conversation over and sends now, although it is night for them
    now = Choice(translate("QuestionBar", "Take over and send now"), None, take_over=True)
    later = Choice(
        send_at_text(later_at, number, take_over=True, today=today), later_at, take_over=True
    )
    return SendQuestion(sentence, (now, later), default=later)


def with_unfilled(asked: SendQuestion | None, unfilled: tuple[str, ...]) -> SendQuestion:
    """``asked`` told that template variables are still in the text ("{first_name}"), or,
    with nothing else to ask, the question whether to send anyway (Cancel, to edit, is the
    default)."""
    names = ", ".join("{" + name + "}" for name in dict.fromkeys(unfilled))
    if asked is None:
        sentence = translate(
            "ConversationPane", "Some variables are not filled in: {names}. Send anyway?"
        ).format(names=names)
        #: button: sends the message with its template variables left as they are
        return SendQuestion(sentence, (Choice(translate("ConversationPane", "Send anyway")),))
    #: said before the question about quiet hours or taking over: two whole sentences
    warning = translate("QuestionBar", "Some variables are not filled in: {names}.").format(
        names=names
    )
    return SendQuestion(f"{warning} {asked.sentence}", asked.choices, asked.default)


class QuestionBar(QFrame):
    """The question and its choices as buttons, above a "Say something" box.

    It takes the keyboard when it appears; Tab moves between its buttons, Escape cancels,
    Enter presses the focused button (the default, the safe one, at first).

    Args:
        stacked: one button a line, each as wide as the bar (a pop-up is too narrow for a
            row of "Take over and send at 08:00 their time — 16:00 yours").

    Signals:
        sig_answered(object): a ``Choice`` to send, or None for Cancel.
    """

    sig_answered = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("questionBar")
        self._stacked = stacked
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.question: SendQuestion | None = None
        self.sentence = QLabel()
        self.sentence.setObjectName("questionText")
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        self._choices: dict[QPushButton, Choice | None] = {}
        self._row: QBoxLayout = QVBoxLayout() if stacked else QHBoxLayout()
        self._row.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.sentence)
        layout.addLayout(self._row)
        self.hide()

    @property
    def asking(self) -> bool:
        return self.question is not None

    @property
    def default_button(self) -> QPushButton | None:
        return next((b for b in self.buttons if b.isDefault()), None)

    def button(self, text: str) -> QPushButton:
        """The button that reads ``text`` (tests and the keyboard tour use it)."""
        return next(b for b in self.buttons if b.text() == text)

    def ask(self, asked: SendQuestion) -> None:
        """Show ``asked``, take the keyboard on its default button and read it out."""
        self._clear()
        self.question = asked
        self.sentence.setText(asked.sentence)
        self.setAccessibleName(asked.sentence)
        #: button: sends nothing and keeps the message in the box
        cancel_text = translate("QuestionBar", "Cancel")
        for choice in (*asked.choices, None):
            button = QPushButton(choice.text if choice is not None else cancel_text)
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(asked.sentence)
            button.setAutoDefault(False)
            button.setDefault(choice is asked.default)
            button.installEventFilter(self)
            button.clicked.connect(lambda _checked=False, b=button: self._answer(b))
            self._choices[button] = choice
            self.buttons.append(button)
            self._row.addWidget(button)
        if not self._stacked:
            self._row.addStretch(1)
        self.show()
        self.focus_default()
        announce(self, asked.sentence)

    def focus_default(self) -> None:
        """Put the keyboard back on the question's default (the safe) choice."""
        focus = self.default_button or (self.buttons[-1] if self.buttons else None)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def withdraw(self) -> None:
        """Take the question away unanswered (the text was changed, or another
        conversation opened): nothing is sent, nothing is said."""
        if self.question is not None:
            self._clear()

    def cancel(self) -> None:
        if self.question is not None:
            self._clear()
            self.sig_answered.emit(None)

    def _answer(self, button: QPushButton) -> None:
        if self.question is None or button not in self._choices:
            return
        choice = self._choices[button]
        self._clear()
        self.sig_answered.emit(choice)

    def _clear(self) -> None:
        self.question = None
        self._choices.clear()
        for button in self.buttons:
            button.removeEventFilter(self)
            button.hide()
            button.deleteLater()
        self.buttons = []
        while self._row.count():
            self._row.takeAt(0)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Escape and Enter belong to the question while one of its buttons has the keyboard
        # (the window's Escape shortcut, or the pop-up's Escape-closes, come after).
        if isinstance(watched, QPushButton) and isinstance(event, QKeyEvent):
            keys = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if event.type() == QEvent.Type.ShortcutOverride and event.key() in keys:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                if event.key() == Qt.Key.Key_Escape:
                    self.cancel()
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._answer(watched)
                    return True
        return super().eventFilter(watched, event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab goes round the question's buttons until it is answered.
        current = None
        for index, button in enumerate(self.buttons):
            if button.hasFocus():
                current = index
        if current is None or not self.buttons:
            return super().focusNextPrevChild(next)
        step = 1 if next else -1
        next_button = self.buttons[(current + step) % len(self.buttons)]
        next_button.setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True

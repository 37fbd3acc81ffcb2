"""The "Say something" box (Enter sends, it grows with its text) and why a conversation
cannot be answered (a sender name, a number that opted out): shared by the conversation's
composer, the pop-ups' Reply and the Edit scheduled message dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QSizePolicy, QToolButton, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import Conversation
from desktop.core.optouts import blocked_placeholder, blocked_reason
from desktop.core.phone import reply_refusal
from desktop.ui.dialogs.templates import VariableHighlighter
from desktop.ui.look.action_icons import action_icon
from desktop.ui.look.key_help import ShortcutGroup, declare_keys

MAX_COMPOSER_LINES = 6

# The box's own keys (the F1 list shows them with the window's Send, Ctrl+Enter).
SEND_KEYS = declare_keys(
    ShortcutGroup.CONVERSATION,
    #: the F1 list: Enter in "Say something" sends the message
    QT_TRANSLATE_NOOP("Shortcuts", "Send"),
    "Enter",
)
NEW_LINE_KEYS = declare_keys(
    ShortcutGroup.CONVERSATION,
    #: the F1 list: Shift+Enter in "Say something" starts a new line instead of sending
    QT_TRANSLATE_NOOP("Shortcuts", "New line in the message"),
    "Shift+Enter",
)


class MessageEdit(QPlainTextEdit):
    """The "Say something" box: Enter sends, Shift+Enter starts a new line, and it grows
    with its text up to a few lines.

    Signals:
        sig_submit(): the user pressed Enter.
    """

    sig_submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        #: placeholder of the box where the message to send is typed
        say_something = translate("Composer", "Say something")
        self.setPlaceholderText(say_something)
        self.setAccessibleName(say_something)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()
        # Template variables still to fill in stand out before anything is sent.
        self.highlighter = VariableHighlighter(self.document())
        self.completer_visible: Callable[[], bool] = lambda: False

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus before keyPressEvent sees it; with completions open it
        # takes the template instead.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self.completer_visible()
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if event.key() in keys and self.completer_visible():
            # Left to the completer: QCompleter offers keys to the box first and completes
            # (Enter and Tab take the template) only when the box ignores them.
            event.ignore()
            return
        if NEW_LINE_KEYS.matches(event):
            self.insertPlainText("\n")
            return
        if SEND_KEYS.matches(event):
            self.sig_submit.emit()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        # The style sheet's font and padding arrive with polishing, after the first fit.
        super().showEvent(event)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Paste as plain text only: formatting from other apps has no meaning in an SMS.
        if source.hasText():
            self.insertPlainText(source.text())

    def _fit_height(self, *_args: object) -> None:
        lines = max(1, min(MAX_COMPOSER_LINES, int(self.document().size().height())))
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + frame + 4)


def give_composer_icons(
    *, send: QPushButton, templates: QToolButton, attach_picture: QToolButton
) -> None:
    """The icons of the buttons beside the box: Send keeps its word beside its icon;
    Templates and Attach picture show their icon alone, so the box keeps its width in a
    narrow window (their names stay the accessible names and lead their tooltips)."""
    send.setIcon(action_icon("send", on_accent=True))
    for button, icon, tip in (
        (
            templates,
            "templates",
            translate("Composer", "Templates: insert a saved reply (or type / and its name)"),
        ),
        (
            attach_picture,
            "attach_picture",
            translate(
                "Composer", "Attach picture: send a picture (or drop one on the conversation)"
            ),
        ),
    ):
        button.setIcon(action_icon(icon))
        button.setIconSize(QSize(16, 16))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setToolTip(tip)


def reply_blocked_reason(conversation: Conversation | None) -> str:
    """Why nothing can be sent in ``conversation`` ("" when it can): a sender name (which
    carriers deliver nothing to), or a number that opted out."""
    if conversation is None:
        return ""
    refusal = reply_refusal(conversation.peer_number)
    if refusal:
        return refusal
    if conversation.opted_out_at is None:
        return ""
    return blocked_reason(conversation.opt_out_reason or "STOP", conversation.opted_out_at)


def reply_blocked_placeholder(conversation: Conversation | None) -> str:
    """The disabled box's one-line placeholder ("" when sending is allowed)."""
    if conversation is None:
        return ""
    if reply_refusal(conversation.peer_number):
        return translate("Composer", "Replies to a sender name can't be delivered")
    if conversation.opted_out_at is None:
        return ""
    return blocked_placeholder(conversation.opt_out_reason or "STOP")


def reply_blocked_title(conversation: Conversation | None) -> str:
    """What the reason is, for a screen reader: "Can't reply" or "Opted out"."""
    if conversation is not None and reply_refusal(conversation.peer_number):
        return translate("Composer", "Can't reply")
    return translate("Composer", "Opted out")

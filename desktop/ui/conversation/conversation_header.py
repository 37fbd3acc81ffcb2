"""The conversation's header (who it is with, the owner, and the actions from the table in
desktop.ui.conversation.actions) and its banners: the Retry banner and the opt-out banner."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Conversation, Message
from desktop.core.phone import SenderKind, format_for_display, sender_kind
from desktop.ui.conversation.actions import CONVERSATION_ACTIONS, Place, build_action, in_place
from desktop.ui.look import glyphs
from desktop.ui.look.announce import announce
from desktop.ui.look.spoken import status_label
from desktop.ui.look.widgets import ElidedLabel
from desktop.ui.window.chat_list import conversation_title

# What the header says under a peer shown by its own name (no contact name): what it is.
_SENDER_KINDS = {
    SenderKind.NUMBER: "SMS",
    SenderKind.SHORT_CODE: "Short code",
    SenderKind.ALPHANUMERIC: "Sender name: replies can't be delivered",
}


def short_label(label: str) -> str:
    """ "Anna Smith (101)" → "Anna (101)": the header's short way to name a colleague."""
    name, _, extension = label.rpartition(" (")
    if not name:
        return label
    return f"{name.split()[0]} ({extension}"


class ConversationHeader(QWidget):
    """Who the conversation is with (avatar, name, number, owner) and what can be done with
    it: Call, Transfer, Dealt with, More options (Archive, Add contact, Mark as unread), Close.

    Every action is a QAction with the label as its accessible name and its shortcut in the
    tooltip; the buttons are views of those actions.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationHeader")
        self._title = ElidedLabel()
        self._title.setObjectName("conversationTitle")
        self._subtitle = QLabel()  # a number is never cut short
        self._subtitle.setObjectName("conversationSubtitle")
        self._subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self._subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.owner = ElidedLabel()
        self.owner.setObjectName("ownerLabel")
        status_label(self.owner, "Owner")
        self._avatar_label = ""
        self._avatar_key = ""
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self._title)
        details = QHBoxLayout()
        details.setSpacing(10)
        details.addWidget(self._subtitle)
        details.addWidget(self.owner, 1)
        text.addLayout(details)

        # Built from the table of conversation actions (desktop.ui.conversation.actions), so
        # the toolbar, More options, the window's menu and the F1 list never disagree.
        self.actions_by_id: dict[str, QAction] = {}
        for entry in CONVERSATION_ACTIONS:
            if entry.place is not Place.WINDOW:
                made = build_action(entry, self)
                self.addAction(made)
                self.actions_by_id[entry.id] = made
        by_id = self.actions_by_id
        self.call_action = by_id["call"]
        self.transfer_action = by_id["transfer"]
        self.dealt_with_action = by_id["dealt_with"]
        self.close_action = by_id["close"]
        self.archive_action = by_id["archive"]
        self.contact_action = by_id["contact"]
        self.unread_action = by_id["unread"]
        self.export_action = by_id["export"]
        self.more_menu = QMenu(self)
        self.more_menu.setAccessibleName("More options")
        for entry in in_place(Place.MORE):
            if entry.separated:
                self.more_menu.addSeparator()
            self.more_menu.addAction(by_id[entry.id])

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setSpacing(6)
        toolbar = in_place(Place.TOOLBAR)
        last = toolbar.pop()  # Close, after More options
        for entry in toolbar:
            self.actions_layout.addWidget(self._button(by_id[entry.id]))
        self.more_button = QToolButton()
        self.more_button.setObjectName("moreOptions")
        self.more_button.setText("More options")
        self.more_button.setAccessibleName("More options")
        more = ", ".join(e.label for e in in_place(Place.MORE) if not e.separated)
        self.more_button.setToolTip(f"More options: {more}")
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_layout.addWidget(self.more_button)
        self.actions_layout.addWidget(self._button(by_id[last.id]))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(64, 10, 16, 10)
        layout.addLayout(text, 1)
        layout.addLayout(self.actions_layout)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setObjectName("headerAction")
        button.setAccessibleName(action.text())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def show_conversation(
        self, conversation: Conversation, region: str, me: int | None = None
    ) -> None:
        title = conversation_title(conversation, region)
        number = format_for_display(conversation.peer_number, region)
        self._title.setText(title)
        kind = sender_kind(conversation.peer_number)
        self._subtitle.setText(number if title != number else _SENDER_KINDS[kind])
        owner_id = conversation.owner_id
        if owner_id is None:
            self.owner.setText("Unowned — the first to reply owns it")
            self.owner.setProperty("state", "free")
        elif me is not None and owner_id == me:
            self.owner.setText("Owner: you")
            self.owner.setProperty("state", "mine")
        else:
            self.owner.setText(f"Owner: {short_label(conversation.owner_label or '')}")
            self.owner.setProperty("state", "other")
        self.owner.style().unpolish(self.owner)
        self.owner.style().polish(self.owner)
        self._avatar_label = conversation.display_name or ""
        self._avatar_key = conversation.peer_number
        for entry in CONVERSATION_ACTIONS:
            made = self.actions_by_id.get(entry.id)
            if made is not None:
                made.setText(entry.text_for(conversation))
                made.setEnabled(entry.enabled_for(conversation))
        self.setAccessibleName(f"Conversation with {title}")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 68)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._avatar_key:
            return
        painter = QPainter(self)
        size = 40
        top = (self.height() - size) / 2
        glyphs.paint_avatar(
            painter, QRectF(14, top, size, size), self._avatar_label, self._avatar_key
        )


class FailureBanner(QFrame):
    """Shown while messages in this conversation failed: the reason and a Retry button.

    Signals:
        sig_retry(): Retry was pressed (retries every failed message shown).
    """

    sig_retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failureBanner")
        self._text = QLabel()
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setWordWrap(True)
        self.retry_button = QPushButton("Retry")
        self.retry_button.setAccessibleName("Retry")
        self.retry_button.clicked.connect(self.sig_retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.addWidget(self._text, 1)
        layout.addWidget(self.retry_button)
        self.hide()

    def show_failures(self, failed: list[Message]) -> None:
        if not failed:
            self.hide()
            return
        latest = failed[-1]
        reason = latest.error_message or "The gateway refused it."
        was = "" if self.isHidden() else self._text.text()
        if len(failed) == 1:
            self._text.setText(f"A message was not sent. {reason}")
        else:
            self._text.setText(f"{len(failed)} messages were not sent. Latest: {reason}")
        self.show()
        if self._text.text() != was:
            announce(self._text, self._text.text(), assertive=True)

    @property
    def text(self) -> str:
        return self._text.text()


class OptOutBanner(QFrame):
    """Shown at the top of a conversation whose number opted out: why nothing can be sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optOutBanner")
        self._text = QLabel()
        self._text.setObjectName("optOutText")
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setWordWrap(True)
        status_label(self._text, "Opted out")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self._text, 1)
        self.hide()

    def show_reason(self, reason: str, title: str = "Opted out") -> None:
        self._text.setText(reason)
        self._text.setAccessibleDescription(title)
        self.setVisible(bool(reason))

    @property
    def text(self) -> str:
        parent = self.parentWidget()
        shown = self.isVisibleTo(parent) if parent is not None else self.isVisible()
        return self._text.text() if shown else ""

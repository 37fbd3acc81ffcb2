"""The conversation's header (who it is with, the owner, and the actions from the table in
desktop.ui.conversation.actions) and its banners: the Retry banner and the opt-out banner.

The header's toolbar adapts to its width (``ToolbarMode``): the buttons show their icon and
words when there is room, their icon alone (the words in the tooltip and the accessible name)
when there is not, and below that Call, Transfer and Dealt with move into More options. Words
are never cut short; the contact's name or number keeps its room first.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QPainter, QPaintEvent, QResizeEvent
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

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import Conversation, Message
from desktop.core.phone import SenderKind, format_for_display, sender_kind
from desktop.store.outbox import UNKNOWN_IF_SENT
from desktop.ui.conversation.actions import CONVERSATION_ACTIONS, Place, build_action, in_place
from desktop.ui.look import glyphs
from desktop.ui.look.action_icons import action_icon
from desktop.ui.look.announce import announce
from desktop.ui.look.spoken import status_label
from desktop.ui.look.widgets import ElidedLabel
from desktop.ui.window.chat_list import conversation_title

# What the header says under a peer shown by its own name (no contact name): what it is
# (translated where shown).
_SENDER_KINDS = {
    #: under a conversation's title: the peer is an ordinary phone number
    SenderKind.NUMBER: QT_TRANSLATE_NOOP("ConversationHeader", "SMS"),
    #: under a conversation's title: the peer is a carrier's short code (a 5-6 digit number)
    SenderKind.SHORT_CODE: QT_TRANSLATE_NOOP("ConversationHeader", "Short code"),
    SenderKind.ALPHANUMERIC: QT_TRANSLATE_NOOP(
        "ConversationHeader", "Sender name: replies can't be delivered"
    ),
}


# The room the contact's name keeps before the toolbar gets any (a longer name is cut).
TITLE_ROOM = 240
# The room the owner label keeps beside the number (shorter text: its own width).
OWNER_ROOM = 110
ICON_SIZE = 16


class ToolbarMode(Enum):
    """How the header's toolbar shows its actions at the width it has."""

    WORDS = "words"  # icon and words
    COMPACT = "compact"  # icon and words, but More options as its icon alone
    ICONS = "icons"  # icons alone; the words in the tooltip and the accessible name
    OVERFLOW = "overflow"  # icons, and what does not fit in More options


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
        #: what the label under the title is, for a screen reader: who owns the conversation
        status_label(self.owner, translate("ConversationHeader", "Owner"))
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
        self.more_menu.setAccessibleName(translate("ConversationHeader", "More options"))
        for entry in in_place(Place.MORE):
            if entry.separated:
                self.more_menu.addSeparator()
            self.more_menu.addAction(by_id[entry.id])

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setSpacing(6)
        toolbar = in_place(Place.TOOLBAR)
        last = toolbar.pop()  # Close, after More options
        # The buttons that may move into More options when even icons do not fit, in the
        # order they go (the last before More options first).
        self._movable: list[tuple[QToolButton, QAction]] = []
        self.buttons: dict[str, QToolButton] = {}
        for entry in toolbar:
            button = self._button(by_id[entry.id], entry.id)
            self.actions_layout.addWidget(button)
            self._movable.insert(0, (button, by_id[entry.id]))
        self.more_button = QToolButton()
        self.more_button.setObjectName("moreOptions")
        more_options = translate("ConversationHeader", "More options")
        self.more_button.setText(more_options)
        self.more_button.setAccessibleName(more_options)
        self.more_button.setIcon(action_icon("more"))
        self.more_button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        more = ", ".join(e.text for e in in_place(Place.MORE) if not e.separated)
        self.more_button.setToolTip(
            translate("ConversationHeader", "More options: {actions}").format(actions=more)
        )
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_layout.addWidget(self.more_button)
        self.buttons["more"] = self.more_button
        self.actions_layout.addWidget(self._button(by_id[last.id], last.id))
        self.archive_action.setIcon(action_icon("archive"))
        self.contact_action.setIcon(action_icon("contact"))
        self.unread_action.setIcon(action_icon("unread"))
        self.export_action.setIcon(action_icon("export"))
        # Toolbar actions moved into More options (OVERFLOW), above a separator.
        self._overflowed: list[QAction] = []
        self._overflow_separator: QAction | None = None
        self._widths: dict[tuple[str, Qt.ToolButtonStyle], int] = {}
        self.mode = ToolbarMode.WORDS
        self._set_style(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(64, 10, 16, 10)
        layout.setSpacing(12)
        layout.addLayout(text, 1)
        layout.addLayout(self.actions_layout)

    def _button(self, action: QAction, action_id: str) -> QToolButton:
        action.setIcon(action_icon(action_id))
        button = QToolButton()
        button.setDefaultAction(action)
        button.setObjectName("headerAction")
        button.setAccessibleName(action.text())
        button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.buttons[action_id] = button
        return button

    # -- fitting the toolbar to the width --------------------------------------------------

    def _set_style(self, style: Qt.ToolButtonStyle) -> None:
        for button in self.buttons.values():
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def _width_of(self, action_id: str, style: Qt.ToolButtonStyle) -> int:
        """A button's width in a style (measured once per font and style sheet)."""
        key = (action_id, style)
        if key not in self._widths:
            button = self.buttons[action_id]
            was = button.toolButtonStyle()
            button.setToolButtonStyle(style)
            self._widths[key] = button.sizeHint().width()
            button.setToolButtonStyle(was)
        return self._widths[key]

    def _toolbar_width(self, style: Qt.ToolButtonStyle, ids: list[str]) -> int:
        spacing = max(0, self.actions_layout.spacing())
        return sum(self._width_of(i, style) for i in ids) + spacing * max(0, len(ids) - 1)

    def text_room(self) -> int:
        """The width the name, the number and the owner keep before the toolbar: the whole
        name (up to TITLE_ROOM) and the whole number with some of the owner label."""
        title = self._title.fontMetrics().horizontalAdvance(self._title.text()) + 4
        number = self._subtitle.fontMetrics().horizontalAdvance(self._subtitle.text()) + 4
        owner = self.owner.fontMetrics().horizontalAdvance(self.owner.text()) + 4
        return max(min(title, TITLE_ROOM), number + 10 + min(owner, OWNER_ROOM))

    def choose_mode(self, width: int) -> tuple[ToolbarMode, int]:
        """The toolbar's mode at ``width`` and, in OVERFLOW, how many buttons move into More
        options."""
        margins = self._layout.contentsMargins()
        sides = margins.left() + margins.right()
        room = width - sides - self._layout.spacing() - self.text_room()
        ids = list(self.buttons)
        words = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        icons = Qt.ToolButtonStyle.ToolButtonIconOnly
        if self._toolbar_width(words, ids) <= room:
            return ToolbarMode.WORDS, 0
        others = [i for i in ids if i != "more"]
        if self._toolbar_width(words, others) + self._width_of("more", icons) <= room - max(
            0, self.actions_layout.spacing()
        ):
            return ToolbarMode.COMPACT, 0
        if self._toolbar_width(icons, ids) <= room:
            return ToolbarMode.ICONS, 0
        moved = 0
        for button, _action in self._movable:
            ids.remove(next(i for i, b in self.buttons.items() if b is button))
            moved += 1
            if self._toolbar_width(icons, ids) <= room:
                break
        return ToolbarMode.OVERFLOW, moved

    def fit_toolbar(self) -> None:
        """Show the toolbar in the mode the header's width allows."""
        mode, moved = self.choose_mode(self.width())
        self.mode = mode
        self._set_style(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if mode in (ToolbarMode.WORDS, ToolbarMode.COMPACT)
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        if mode is ToolbarMode.COMPACT:
            self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        overflow = [action for _button, action in self._movable[:moved]]
        overflow.reverse()  # the toolbar's order in the menu
        for button, action in self._movable:
            button.setVisible(action not in overflow)
        if overflow != self._overflowed:
            self._set_overflow(overflow)
        self._title.setMinimumWidth(
            min(self._title.fontMetrics().horizontalAdvance(self._title.text()) + 4, TITLE_ROOM)
        )
        self.owner.setMinimumWidth(
            min(self.owner.fontMetrics().horizontalAdvance(self.owner.text()) + 4, OWNER_ROOM)
        )

    def _set_overflow(self, actions: list[QAction]) -> None:
        for action in self._overflowed:
            self.more_menu.removeAction(action)
        if self._overflow_separator is not None:
            self.more_menu.removeAction(self._overflow_separator)
            self._overflow_separator = None
        self._overflowed = actions
        if not actions:
            return
        first = self.more_menu.actions()[0]  # (More options is never empty)
        for action in actions:
            self.more_menu.insertAction(first, action)
        self._overflow_separator = self.more_menu.insertSeparator(first)

    def minimumSizeHint(self) -> QSize:
        # What the layout would ask for is the toolbar as it is now (with words, at first):
        # the header can go as narrow as the name, More options and Close, and
        # fit_toolbar makes the rest fit.
        margins = self._layout.contentsMargins()
        icons = Qt.ToolButtonStyle.ToolButtonIconOnly
        least = self._toolbar_width(icons, [i for i in self.buttons if i in ("more", "close")])
        width = margins.left() + margins.right() + self._layout.spacing()
        return QSize(width + self.text_room() + least, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_toolbar()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(
            self, "_layout"
        ):
            self._widths.clear()  # measured again in the new font or style sheet
            self.fit_toolbar()

    def show_conversation(
        self, conversation: Conversation, region: str, me: int | None = None
    ) -> None:
        title = conversation_title(conversation, region)
        number = format_for_display(conversation.peer_number, region)
        self._title.setText(title)
        kind = sender_kind(conversation.peer_number)
        self._subtitle.setText(
            number if title != number else translate("ConversationHeader", _SENDER_KINDS[kind])
        )
        owner_id = conversation.owner_id
        self.owner.explanation = ""
        if owner_id is None:
            # Short enough to fit beside the number at 1024 px; the rule in the tooltip.
            #: the conversation has no owner yet (a colleague who replies becomes its owner)
            self.owner.setText(translate("ConversationHeader", "Unowned"))
            self.owner.explanation = translate(
                "ConversationHeader", "Unowned — the first to reply owns it"
            )
            self.owner.setProperty("state", "free")
        elif me is not None and owner_id == me:
            self.owner.setText(translate("ConversationHeader", "Owner: you"))
            self.owner.setProperty("state", "mine")
        else:
            self.owner.setText(
                translate("ConversationHeader", "Owner: {colleague}").format(
                    colleague=short_label(conversation.owner_label or "")
                )
            )
            self.owner.setProperty("state", "other")
        self.owner.style().unpolish(self.owner)
        self.owner.style().polish(self.owner)
        # Cut short when the header is narrow: the whole text stays in the tooltip (the
        # label's own, when cut) and with screen readers (status_label: the name is the text).
        self._avatar_label = conversation.display_name or ""
        self._avatar_key = conversation.peer_number
        for entry in CONVERSATION_ACTIONS:
            made = self.actions_by_id.get(entry.id)
            if made is not None:
                made.setText(entry.text_for(conversation))
                made.setEnabled(entry.enabled_for(conversation))
        self.setAccessibleName(
            translate("ConversationHeader", "Conversation with {title}").format(title=title)
        )
        self.fit_toolbar()
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
    """Shown while messages in this conversation failed: the reason, Retry and Discard.

    Signals:
        sig_retry(): Retry was pressed (retries every failed message shown).
        sig_discard(): Discard was pressed (discards every failed message shown).
    """

    sig_retry = Signal()
    sig_discard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failureBanner")
        self._text = QLabel()
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setWordWrap(True)
        #: button: sends the failed messages again
        retry = translate("ConversationHeader", "Retry")
        self.retry_button = QPushButton(retry)
        self.retry_button.setAccessibleName(retry)
        self.retry_button.clicked.connect(self.sig_retry)
        #: button: gives up on the failed messages (they show as cancelled, never sent)
        discard = translate("ConversationHeader", "Discard")
        self.discard_button = QPushButton(discard)
        self.discard_button.setAccessibleName(discard)
        self.discard_button.clicked.connect(self.sig_discard)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.addWidget(self._text, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def show_failures(self, failed: list[Message]) -> None:
        if not failed:
            self.hide()
            return
        latest = failed[-1]
        reason = latest.error_message or translate("ConversationHeader", "The gateway refused it.")
        was = "" if self.isHidden() else self._text.text()
        if len(failed) == 1 and latest.error_code == UNKNOWN_IF_SENT:
            # Set aside: SMS Desk cannot tell whether it went; the reason says what to do.
            text = "{reason}"
        elif len(failed) == 1:
            text = translate("ConversationHeader", "A message was not sent. {reason}")
        else:
            count = len(failed)  # a bare name: lupdate drops a translate() counting with a call
            text = translate(
                "ConversationHeader", "%n message(s) were not sent. Latest: {reason}", None, count
            )
        self._text.setText(text.format(reason=reason))
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
        status_label(self._text, translate("ConversationHeader", "Opted out"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self._text, 1)
        self.hide()

    def show_reason(self, reason: str, title: str = "") -> None:
        """Show ``reason`` ("" hides the banner); ``title`` says what it is to a screen
        reader ("Opted out" when not given)."""
        self._text.setText(reason)
        self._text.setAccessibleDescription(title or translate("ConversationHeader", "Opted out"))
        self.setVisible(bool(reason))

    @property
    def text(self) -> str:
        parent = self.parentWidget()
        shown = self.isVisibleTo(parent) if parent is not None else self.isVisible()
        return self._text.text() if shown else ""

"""Find in conversation (Ctrl+F inside it): a bar above the messages with the text, the
count ("3 of 12"), Previous, Next and Close find.

The search runs in the store over the whole conversation (only ids come back), so it works
on conversations far longer than the window of messages loaded; a match above the window is
read in before the view scrolls to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import ConversationId, MessageId
from desktop.ui.conversation.message_view import MessageListView
from desktop.ui.conversation.messages import MessageListModel
from desktop.ui.look.key_help import ShortcutGroup, declare_keys
from desktop.ui.threads.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.store.ports import FindStore

SEARCH_DELAY_MS = 150

# The window's Search (Ctrl+F) opens the bar when the keyboard is in the conversation.
FIND_KEYS = declare_keys(
    ShortcutGroup.CONVERSATION,
    #: the F1 list: Ctrl+F with the keyboard in the conversation finds text in it
    QT_TRANSLATE_NOOP("Shortcuts", "Find in the conversation"),
    QKeySequence.StandardKey.Find,
)
CLOSE_FIND_KEYS = declare_keys(
    ShortcutGroup.CONVERSATION,
    #: the F1 list: Escape in the find bar closes it
    QT_TRANSLATE_NOOP("Shortcuts", "Close find"),
    "Esc",
)


class FindBar(QFrame):
    """The find bar's widgets; ``ConversationFind`` drives it.

    Signals:
        sig_next(), sig_previous(): go to the next (newer) or previous (older) match.
        sig_closed(): Close find or Escape.
    """

    sig_next = Signal()
    sig_previous = Signal()
    sig_closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        find = translate("FindBar", "Find in conversation")
        self.field.setAccessibleName(find)
        self.field.setPlaceholderText(find)
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        #: screen-reader name of the count of matches ("3 of 12")
        self.count.setAccessibleName(translate("FindBar", "Matches"))
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setMinimumWidth(80)
        self.previous_button = self._button(
            #: button: goes to the previous match of the text searched for
            translate("FindBar", "Previous"),
            translate("FindBar", "Previous match (Shift+Enter)"),
        )
        self.next_button = self._button(
            #: button: goes to the next match of the text searched for
            translate("FindBar", "Next"),
            translate("FindBar", "Next match (Enter)"),
        )
        self.close_button = self._button(
            translate("FindBar", "Close find"), translate("FindBar", "Close find (Escape)")
        )
        self.previous_button.clicked.connect(self.sig_previous)
        self.next_button.clicked.connect(self.sig_next)
        self.close_button.clicked.connect(self.sig_closed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 12, 6)
        layout.setSpacing(6)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.hide()

    def _button(self, label: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(label)
        button.setAccessibleName(label)
        button.setToolTip(tip)
        button.setObjectName("findButton")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.sig_previous.emit()
                else:
                    self.sig_next.emit()
                return True
            if CLOSE_FIND_KEYS.matches(event):
                self.sig_closed.emit()
                return True
        return super().eventFilter(watched, event)


class ConversationFind(QObject):
    """Finds text in the shown conversation and walks its matches in the view.

    Matches are numbered oldest first; the search starts at the newest one (the bottom,
    where the user is). Next goes to a newer match, Previous to an older one, both wrap.
    """

    def __init__(
        self,
        bar: FindBar,
        store: FindStore,
        tasks: TaskRunner,
        model: MessageListModel,
        view: MessageListView,
    ) -> None:
        super().__init__(bar)
        self.bar = bar
        self._store = store
        self._tasks = tasks
        self._model = model
        self._view = view
        self.matches: list[MessageId] = []
        self.current = -1
        self._generation = 0
        self._waiting = False  # a search is running in the store thread
        self._conversation: ConversationId | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        bar.field.textChanged.connect(lambda _t: self._timer.start())
        bar.sig_next.connect(self.next)
        bar.sig_previous.connect(self.previous)
        bar.sig_closed.connect(self.close)
        model.sig_range_loaded.connect(self._range_loaded)
        model.modelReset.connect(self._model_reset)
        self._show_count()

    @property
    def searching(self) -> bool:
        """True while the typed text is still being searched for."""
        return self._timer.isActive() or self._waiting

    def open(self) -> None:
        """Show the bar with its text selected, ready to type."""
        self.bar.show()
        self.bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.field.selectAll()
        if self.bar.field.text().strip() and not self.matches:
            self.search()

    def close(self) -> None:
        """Hide the bar and the highlights."""
        self._timer.stop()
        self._generation += 1
        self._waiting = False
        self.matches, self.current = [], -1
        self._model.set_find("", [], None)
        self.bar.hide()
        self._show_count()

    def _model_reset(self) -> None:
        # Another conversation is shown: its matches are not these.
        if self._model.conversation_id != self._conversation:
            self._conversation = self._model.conversation_id
            self.matches, self.current = [], -1
            self._show_count()
            if self.bar.isVisible() and self.bar.field.text().strip():
                self._timer.start()

    def search(self) -> None:
        """Search the conversation for the typed text (in the store thread)."""
        self._timer.stop()
        text = self.bar.field.text().strip()
        cid = self._model.conversation_id
        self._generation += 1
        generation = self._generation
        if not text or cid is None:
            self._waiting = False
            self.matches, self.current = [], -1
            self._model.set_find("", [], None)
            self._show_count()
            return
        self._waiting = True
        store = self._store
        self._tasks.run(
            lambda: store.conversations.find_in(cid, text),
            lambda ids: self._found(ids, text, generation),
        )

    def _found(self, ids: list[MessageId], _text: str, generation: int) -> None:
        if generation != self._generation:
            return
        self._waiting = False
        self.matches = ids
        self.current = len(ids) - 1
        self._go()

    def next(self) -> None:
        if not self.matches:
            return
        self.current = (self.current + 1) % len(self.matches)
        self._go()

    def previous(self) -> None:
        if not self.matches:
            return
        self.current = (self.current - 1) % len(self.matches)
        self._go()

    def _go(self) -> None:
        text = self.bar.field.text().strip()
        current = self.matches[self.current] if self.matches else None
        self._model.set_find(text, self.matches, current)
        self._show_count()
        if current is not None and self._model.ensure_loaded(current):
            self._view.scroll_to_message(current)

    def _range_loaded(self, message_id: int) -> None:
        if self.matches and 0 <= self.current < len(self.matches):
            current = self.matches[self.current]
            if current == message_id:
                text = self.bar.field.text().strip()
                self._model.set_find(text, self.matches, current)
                # After the view has laid out the rows just inserted above.
                QTimer.singleShot(0, lambda: self._view.scroll_to_message(current))

    def _show_count(self) -> None:
        has_text = bool(self.bar.field.text().strip())
        if not self.matches:
            self.bar.count.setText(
                translate("FindBar", "No matches") if has_text and not self.searching else ""
            )
        else:
            self.bar.count.setText(
                #: the match shown and how many there are: "3 of 12"
                translate("FindBar", "{current} of {total}").format(
                    current=self.current + 1, total=len(self.matches)
                )
            )
        self.bar.previous_button.setEnabled(len(self.matches) > 1)
        self.bar.next_button.setEnabled(len(self.matches) > 1)

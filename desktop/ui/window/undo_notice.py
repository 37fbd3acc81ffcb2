"""The status bar's Undo notice: "Marked dealt with and archived. [Undo]" for a few seconds
after Dealt with or Archive.

``UndoNotice`` shows the sentence and the Undo button, announces the sentence to assistive
technology, answers Ctrl+Z while it shows (``undo_key``), and hides after ``UNDO_SECONDS``
(not while the keyboard focus is on its button: a keyboard user who tabbed to it keeps it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.look.announce import announce
from desktop.ui.look.key_help import ShortcutGroup, declare_keys
from desktop.ui.look.widgets import native_keys

# How long the Undo notice stays (WCAG 2.2.1: it stays while its button has the focus).
UNDO_SECONDS = 8

# Ctrl+Z while the notice shows (and the F1 list says so).
UNDO_KEYS = declare_keys(
    ShortcutGroup.CONVERSATION,
    #: the F1 list: Ctrl+Z takes back Dealt with or Archive while the Undo notice shows
    QT_TRANSLATE_NOOP("Shortcuts", "Undo Dealt with or Archive"),
    QKeySequence.StandardKey.Undo,
)


class UndoNotice(QFrame):
    """The sentence of what was just done and an Undo button, in the status bar.

    Args:
        window: the window whose Ctrl+Z undoes while the notice shows.
        parent: the widget it sits in (the status bar).
    """

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoNotice")
        self.label = QLabel()
        self.label.setObjectName("undoText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        #: a button: take back what was just done (Dealt with, Archive)
        self.button = QPushButton(translate("UndoNotice", "Undo"))
        self.button.setObjectName("undoButton")
        self.button.setAccessibleName(self.button.text())
        self.button.setFlat(True)
        #: {keys}: the keyboard shortcut as the desktop writes it ("Ctrl+Z", "Strg+Z")
        self.button.setToolTip(
            translate("UndoNotice", "Undo ({keys})").format(keys=native_keys("Ctrl+Z"))
        )
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        # Ctrl+Z anywhere in the window while the notice shows; a text box that has the
        # focus keeps its own Ctrl+Z (it asks for the key first).
        self.undo_key = QShortcut(UNDO_KEYS.sequence(), window)
        self.undo_key.setContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_key.setEnabled(False)
        self.undo_key.activated.connect(self.undo)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_SECONDS * 1000)
        self._timer.timeout.connect(self._expire)
        self._undo: Callable[[], object] | None = None
        self.hide()

    @property
    def offering(self) -> bool:
        """Whether an Undo is on offer now."""
        return self._undo is not None

    def offer(self, sentence: str, undo: Callable[[], object]) -> None:
        """Show ``sentence`` with Undo (which calls ``undo`` once) for ``UNDO_SECONDS``;
        it replaces an offer still showing."""
        self._undo = undo
        self.label.setText(sentence)
        #: what a screen reader says for the notice: {done} is what was done ("Archived.")
        spoken = translate("UndoNotice", "{done} Undo with {keys}.").format(
            done=sentence, keys=native_keys("Ctrl+Z")
        )
        self.button.setAccessibleDescription(sentence)
        self.setAccessibleName(sentence)
        self.undo_key.setEnabled(True)
        self.show()
        self._timer.start()
        announce(self, spoken)

    def withdraw(self) -> None:
        """Hide the notice; its Undo is no longer on offer."""
        self._undo = None
        self._timer.stop()
        self.undo_key.setEnabled(False)
        self.hide()

    def undo(self) -> None:
        """Undo what the notice offers (the button, or Ctrl+Z while it shows)."""
        undo = self._undo
        self.withdraw()
        if undo is not None:
            undo()

    def _expire(self) -> None:
        if self.button.hasFocus() and self.window().isActiveWindow():
            self._timer.start()  # the keyboard is on Undo: keep it until the focus leaves
            return
        self.withdraw()

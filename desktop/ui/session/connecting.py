"""What the user's input does while the main window is "connecting" (painted before the store
is open and the sign-in checked: ``desktop.ui.session.early_start``).

Nothing is lost silently. A click (or Enter, or the arrows) on a row of the chat list selects
it at once and that conversation opens as soon as the window is live. Anything else — a
button, the search box, the tabs, the menus, a shortcut — is refused visibly: the status bar
says the window is still connecting (and a screen reader hears it), and nothing happens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.i18n import translate
from desktop.ui.look.announce import announce
from desktop.ui.window.main_window import MainWindow

# How long the refusal stays in the status bar (it goes sooner if the window goes live).
NOTE_MS = 4000
_MOUSE = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
# Keys that move in the chat list or open its row (taken, and honoured once live).
_LIST_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}
# Keys that only move the focus or do nothing by themselves (let through).
_HARMLESS_KEYS = {
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
}


class ConnectingInput(QObject):
    """Filters the application's input to ``window`` until ``live`` is called.

    Args:
        window: the main window, painted and not yet live (``MainWindow.from_snapshot``).

    Attributes:
        refused: how many inputs were refused (with the note shown).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._chose = False  # the user picked a row of the list while connecting
        self.refused = 0
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _in_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (
            watched is self._window or self._window.isAncestorOf(watched)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (*_MOUSE, QEvent.Type.KeyPress) or not self._in_window(watched):
            return False
        view = self._window.chat_list
        on_list = watched is view or watched is view.viewport()
        if kind in _MOUSE:
            if on_list and event.button() == Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
                self._chose = True
                return False  # selects the row; it opens once live
            self._refuse()
            return True
        assert isinstance(event, QKeyEvent)
        if event.key() in _HARMLESS_KEYS and not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier
        ):
            return False
        if on_list and event.key() in _LIST_KEYS and not event.modifiers():
            self._chose = True
            return False
        self._refuse()
        return True

    def _refuse(self) -> None:
        self.refused += 1
        note = translate(
            "Connecting",
            "SMS Desk is still connecting to its database. A conversation you click in the "
            "list opens in a moment; everything else works once it is connected.",
        )
        self._window.statusBar().showMessage(note, NOTE_MS)
        announce(self._window, note)

    def live(self) -> None:
        """The window is live: stop filtering, and open the row the user chose meanwhile."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        window = self._window
        window.statusBar().clearMessage()
        index = window.chat_list.currentIndex()
        if self._chose and index.isValid():
            window.open_conversation(window.chat_model.conversation_at(index.row()))
        self.deleteLater()

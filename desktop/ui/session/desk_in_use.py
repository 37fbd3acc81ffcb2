"""Tells the sync worker that someone is at the desk (``DeskInUse``): a key, a click or the
wheel anywhere in SMS Desk, and whether the open conversation awaits a reply. The worker's
poll schedule (desktop.sync.schedule) polls fast while either holds.

An application-wide event filter sees every event, so it is only installed while it is
waiting for input: the first key or click is passed on at once, then the filter steps aside
for ``NOTE_EVERY`` seconds (the schedule's "in use" lasts minutes), and no event pays for it
meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from desktop.core.models import Direction, MessageKind, utcnow
from desktop.sync.schedule import REPLY_EXPECTED
from desktop.ui.window.main_window import MainWindow

# How often the worker hears of input at most, in seconds.
NOTE_EVERY = 10.0

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class DeskInUse(QObject):
    """Passes the user's input on to the worker, at most once per ``NOTE_EVERY`` seconds.

    Args:
        window: the session's main window (its open conversation).
        on_input: the user is at the desk.
        on_reply_expected: the open conversation's last message is outbound, this many
            seconds old.
    """

    def __init__(
        self,
        window: MainWindow,
        on_input: Callable[[], None],
        on_reply_expected: Callable[[float], None],
    ) -> None:
        super().__init__()
        self._window = window
        self._on_input = on_input
        self._on_reply_expected = on_reply_expected
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(int(NOTE_EVERY * 1000))
        self._rest.timeout.connect(self._listen)
        self._listening = False
        self._closed = False
        self._listen()

    def _listen(self) -> None:
        app = QCoreApplication.instance()
        if app is None or self._closed or self._listening:
            return
        app.installEventFilter(self)
        self._listening = True

    def _step_aside(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._listening:
            app.removeEventFilter(self)
        self._listening = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._step_aside()
            self._rest.start()
            self._on_input()
            self.check_open_conversation()
        return False

    def check_open_conversation(self) -> None:
        """Tell the worker if the open conversation's last message is a recent outbound one."""
        if self._window.current_conversation_id is None:
            return
        model = self._window.conversation.model
        rows = model.rowCount()
        if rows == 0:
            return
        last = model.message_at(rows - 1)
        if last.direction is not Direction.OUTBOUND or last.kind is not MessageKind.SMS:
            return
        age = (utcnow() - last.created_at).total_seconds()
        if age < REPLY_EXPECTED:
            self._on_reply_expected(age)

    def close(self) -> None:
        """Stop listening (the session ends)."""
        self._closed = True
        self._rest.stop()
        self._step_aside()

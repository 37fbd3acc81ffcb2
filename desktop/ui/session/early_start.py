"""The first paint: the main window built from the last session's snapshot
(``desktop.ui.session.snapshot``) before the database layer loads (``EarlyStart``).

``desktop.app`` paints it; ``desktop.ui.session.desk`` makes it live once the remembered sign-in
works, or drops it. It lives here, not in either of them, so that neither imports the other
for it. Like ``desktop.app`` it imports nothing that loads the database layer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop.config.settings import Paths
from desktop.store.pending import PendingStore
from desktop.ui.session import snapshot
from desktop.ui.session.connecting import ConnectingInput
from desktop.ui.session.first_paint import watch_first_paint, watch_live
from desktop.ui.session.lifecycle import log_problem
from desktop.ui.session.live_settings import LiveSettings
from desktop.ui.threads.tasks import TaskRunner
from desktop.ui.window.main_window import MainWindow


@dataclass
class EarlyStart:
    """The window painted from the last session's snapshot, before the database layer is
    loaded; ``SmsDesk`` attaches the store to it once the remembered sign-in works.

    Attributes:
        window: the real main window, showing the snapshot's rows.
        store: what the window calls until the store is attached.
        tasks: the store thread the window was built with (``SmsDesk`` keeps using it).
        extension: whose snapshot it is.
        settings: the settings the window was built with (``SmsDesk`` uses the same).
        connecting: what the user's clicks and keys do until the window is live.
    """

    window: MainWindow
    store: PendingStore
    tasks: TaskRunner
    extension: str
    settings: LiveSettings
    connecting: ConnectingInput | None = None


def paint_last_session(paths: Paths, settings: LiveSettings) -> EarlyStart | None:
    """Show the main window with what its chat list showed at the end of the last session,
    if a sign-in is remembered; None otherwise.

    Without a snapshot (the first start with this home) the window shows an empty list while
    it connects: the store's first page fills it once the store is open and the sign-in
    checked. Either way the window is painted before the database layer and the keyring
    load. A snapshot file that is not this sign-in's (another extension or database, or
    damaged) means no early window: the desk opens its own once signed in.
    """
    extension = settings.current.remembered_extension
    if not extension:
        return None
    database = snapshot.database_key(settings.current.database_url_for(paths))
    path = paths.snapshot_file
    last = snapshot.read(path, extension=extension, database=database)
    if last is None:
        if path.exists():
            return None  # another's, or damaged: the start goes on as without a window
        last = snapshot.Snapshot(extension, "", database, "", (), ())
    pending = PendingStore()
    tasks = TaskRunner()
    window: MainWindow | None = None
    try:
        window = MainWindow(
            pending,
            tasks,
            settings,
            last.desk_number,
            snapshot=last.rows,
            snapshot_titles=last.titles,
        )
        connecting = ConnectingInput(window)
        if last.user_label:
            window.user_label.setText(last.user_label)
        if last.geometry:
            window.restoreGeometry(QByteArray.fromBase64(last.geometry.encode("ascii")))
        watch_first_paint(window.chat_list)  # only when make bench asks
        watch_live(window)
        window.show()
    except Exception:
        # A snapshot is a nicety: whatever in it the checks missed, start without it (the
        # next quit writes a new one).
        log_problem("could not paint the last session's snapshot", level=logging.WARNING)
        if window is not None:
            window.hide()
            window.deleteLater()
        tasks.shutdown()
        return None
    return EarlyStart(window, pending, tasks, extension, settings, connecting)


# How long the work waiting for the first paint waits at most (a window never exposed, as on
# a locked screen, must not hold the start up).
PAINT_WAIT_MS = 250


class AfterFirstPaint(QObject):
    """Calls ``then`` once in the GUI thread, right after ``widget``'s first paint is done,
    or ``fallback_ms`` after it was made if no paint comes.

    The start hands it the store's workers: their imports (SQLAlchemy, the keyring, the
    desk's modules) take the interpreter from the GUI thread, one at a time, so begun with
    the window they made its first paint wait (about 45 ms of 360 on a two-core machine),
    and the window goes live no sooner for it.
    """

    def __init__(
        self, widget: QWidget, then: Callable[[], None], fallback_ms: int = PAINT_WAIT_MS
    ) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The zero timer runs once the whole window's paint is done and flushed.
            QTimer.singleShot(0, self, self._go)
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()

"""The last session's snapshot, kept up to date: what the chat list shows is written a
couple of seconds after its first page changes (and at quit), for the next start to paint
at once (``desktop.ui.session.snapshot``, ``desktop.ui.session.early_start``)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QTimer

from desktop.accounts.staff import User
from desktop.config.settings import Paths, Settings
from desktop.ui.session import snapshot
from desktop.ui.threads.tasks import TaskRunner
from desktop.ui.window.main_window import MainWindow

log = logging.getLogger("smsdesk.app")

# How long the chat list stays unchanged before its snapshot is written.
SNAPSHOT_DELAY_MS = 2000


def keep_snapshot(window: MainWindow, save: Callable[[], None]) -> None:
    """Call ``save`` once the chat list has stayed unchanged for ``SNAPSHOT_DELAY_MS``."""
    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.setInterval(SNAPSHOT_DELAY_MS)
    timer.timeout.connect(save)
    model = window.chat_model
    for changed in (
        model.rowsInserted,
        model.rowsRemoved,
        model.rowsMoved,
        model.dataChanged,
        model.layoutChanged,
        model.modelReset,
    ):
        changed.connect(lambda *_: timer.start())


def save_snapshot(
    window: MainWindow,
    user: User,
    desk_number: str,
    settings: Settings,
    paths: Paths,
    tasks: TaskRunner,
) -> None:
    """Queue on ``tasks`` a write of the chat list's first rows (or nothing, while they are
    not the chat list, or no sign-in is remembered)."""
    if window.from_snapshot or settings.remembered_extension != user.extension:
        return
    rows = window.chat_model.first_rows(snapshot.ROWS)
    if rows is None:
        return
    last = snapshot.Snapshot(
        extension=user.extension,
        user_label=user.label,
        database=snapshot.database_key(settings.database_url_for(paths)),
        desk_number=desk_number,
        rows=tuple(c for c, _ in rows),
        titles=tuple(t for _, t in rows),
        geometry=bytes(window.saveGeometry().toBase64().data()).decode("ascii"),
    )
    path = paths.snapshot_file

    def write() -> None:
        try:
            snapshot.write(path, last)
        except OSError as err:
            log.warning("could not save the chat list for the next start: %s", err)

    tasks.run(write)

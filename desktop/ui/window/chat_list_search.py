"""The chat list's search as you type: each keystroke is searched in the store thread, and a
newer keystroke cancels the search of an older text, queued or running (nobody would see
its answer), so the store thread only ever works for the text in the box.

A search answers in tens of milliseconds at a million messages, so there is no typing delay
to wait out: the answer to each keystroke is painted as soon as it is found, and a typist
who is faster than the store only costs searches that stop at the next key.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.models import Conversation
from desktop.store.search_cancel import SearchCancel, SearchCancelled
from desktop.ui.threads.tasks import TaskRunner

log = logging.getLogger("smsdesk.ui.search")

__all__ = ["TypedSearch"]

# The most conversations a search lists.
SEARCH_LIMIT = 200

# Keystrokes closer together than this are searched once, for the last of them: what one
# event-loop turn brings together (a paste, a key held down) and no more. A typist's
# keystrokes (100-200 ms apart) are each searched.
COALESCE_MS = 0


class TypedSearch(QObject):
    """Searches what is typed, one search at a time, always for the newest text.

    Args:
        tasks: the store thread.
        search: ``search(text, cancel)`` → the conversations found (run in the store thread;
            it stops with SearchCancelled when ``cancel`` is cancelled).
        parent: the owner.

    Signals:
        sig_found(object, str): the conversations found (a list, passed as it is) for this
            text, which is still the newest typed: show them.
        sig_failed(Exception): the search of the newest text failed.
    """

    sig_found = Signal(object, str)
    sig_failed = Signal(object)

    def __init__(
        self,
        tasks: TaskRunner,
        search: Callable[[str, SearchCancel], list[Conversation]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._search = search
        self._text = ""
        self._cancel: SearchCancel | None = None
        self._future: Future[Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._start)

    def typed(self, text: str) -> None:
        """The box now holds ``text``: search it (nothing when it is blank)."""
        self._stop()
        self._text = text.strip()
        if self._text:
            self._timer.start()
        else:
            self._timer.stop()

    def _stop(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()  # (a running SQLite statement stops now)
        if self._future is not None:
            self._future.cancel()  # (still queued: it never runs)
        self._cancel = self._future = None

    def _start(self) -> None:
        text, search = self._text, self._search
        if not text:
            return
        cancel = SearchCancel()
        self._cancel = cancel
        self._future = self._tasks.run(
            lambda: search(text, cancel),
            lambda rows: self._found(rows, text, cancel),
            lambda error: self._failed(error, cancel),
        )

    def _found(self, rows: list[Conversation], text: str, cancel: SearchCancel) -> None:
        if cancel is not self._cancel or cancel.cancelled:
            return  # a newer text came first
        self._cancel = self._future = None
        self.sig_found.emit(rows, text)

    def _failed(self, error: Exception, cancel: SearchCancel) -> None:
        if isinstance(error, SearchCancelled) or cancel is not self._cancel or cancel.cancelled:
            return
        self._cancel = self._future = None
        self.sig_failed.emit(error)

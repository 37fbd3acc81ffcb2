"""Stopping a search nobody will see: the search box's text changed while it ran.

The GUI thread cancels; the store thread runs the search. A statement running on SQLite is
interrupted at once (``sqlite3.Connection.interrupt`` may be called from another thread);
between statements the search asks ``check``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["SearchCancel", "SearchCancelled"]


class SearchCancelled(Exception):
    """The search was cancelled before it had its answer (nobody wants it any more)."""


class SearchCancel:
    """Cancels one search, from any thread.

    ``cancel`` may come before the search starts (it then never queries), while a statement
    runs (SQLite stops it) or between statements (the next ``check`` stops it).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._running: Any = None  # the DB-API connection of the statement running, if any

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Stop the search: its running statement now, its next one before it starts."""
        with self._lock:
            self._cancelled = True
            if self._running is not None:
                # Only while the search holds the connection: once it is back in the pool,
                # an interrupt would stop whoever uses it next.
                self._running.interrupt()

    def check(self) -> None:
        """Raise SearchCancelled when the search was cancelled."""
        if self._cancelled:
            raise SearchCancelled

    @contextmanager
    def interrupting(self, dbapi_connection: Any) -> Iterator[None]:
        """While inside, ``cancel`` interrupts the statement running on this SQLite connection.

        Raises:
            SearchCancelled: on entering when already cancelled, and on leaving when a
                statement inside failed because it was interrupted.
        """
        with self._lock:
            self.check()
            self._running = dbapi_connection
        try:
            yield
        except Exception:
            if self._cancelled:
                raise SearchCancelled from None
            raise
        finally:
            with self._lock:
                self._running = None

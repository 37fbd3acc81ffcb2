"""The store thread: one serialised executor for every database call the GUI makes.

The GUI thread never runs a query. It hands a function to ``TaskRunner.run``; the function
runs in the store thread, and its result (or error) comes back to a callback in the GUI
thread through a queued signal. Callbacks may touch widgets; the functions may not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.ui.threads.failures import failure_of

log = logging.getLogger("smsdesk.ui.tasks")

T = TypeVar("T")


class TaskRunner(QObject):
    """Runs functions one at a time in the store thread and delivers results in the GUI.

    Signals:
        sig_error(str): a task without its own error callback failed (sentence for the user).
    """

    sig_error = Signal(str)
    _sig_done = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="smsdesk-store")
        self._closed = False
        # Always queued, even when a future finishes before its callback is attached, so
        # callbacks never run in the middle of the caller's own code.
        self._sig_done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[Exception], Any] | None = None,
    ) -> Future[T]:
        """Run ``fn()`` in the store thread; then ``on_done(result)`` or ``on_error(exc)``.

        After ``shutdown`` nothing runs: the returned future is already cancelled.
        """
        if self._closed:
            cancelled: Future[T] = Future()
            cancelled.cancel()
            return cancelled
        future = self._pool.submit(fn)
        future.add_done_callback(lambda f: self._sig_done.emit((f, on_done, on_error)))
        return future

    @Slot(object)
    def _deliver(
        self,
        payload: tuple[Future[Any], Callable[[Any], Any] | None, Callable[[Exception], Any] | None],
    ) -> None:
        future, on_done, on_error = payload
        if self._closed or future.cancelled():
            return
        if not (_receiver_alive(on_done) and _receiver_alive(on_error)):
            # The widget that asked (a window closed on sign-out, a dialog) is gone: its
            # answer has nobody to go to.
            return
        error = future.exception()
        if error is None:
            if on_done is not None:
                on_done(future.result())
            return
        if not isinstance(error, Exception):
            raise error
        if on_error is not None:
            on_error(error)
            return
        self.sig_error.emit(failure_of(error, "run a store task").sentence)

    def shutdown(self, timeout: float | None = None) -> bool:
        """Finish queued work and stop the thread; later tasks and results are dropped.

        Args:
            timeout: seconds to wait for the queued work (quitting must not hang on a slow
                disk or keyring); None waits as long as it takes.

        Returns:
            True when the queued work finished (False: the thread is still busy).
        """
        self._closed = True
        if timeout is None:
            self._pool.shutdown(wait=True)
            return True
        # The pool runs one task at a time, in order: when this one has run, all queued
        # before it have.
        last = self._pool.submit(lambda: None)
        self._pool.shutdown(wait=False)
        try:
            last.result(timeout)
        except TimeoutError:
            return False
        return True


def _receiver_alive(callback: Callable[..., Any] | None) -> bool:
    """False when ``callback`` is a method of a Qt object whose C++ side is deleted."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)

"""The sync worker: a QObject living in its own QThread that runs the sync engine on a timer.

Requests come in as queued signals (``wake``, ``retry_now``, ``stop``, and what the window
saw for the poll schedule: ``note_input``, ``note_reply_expected``); results go out as
signals carrying plain data (``SyncReport``). Store changes reach the GUI separately, through
the store's own change events. The worker never touches a widget.

Known errors (the gateway's, a database fault) are reported in words and retried on the
engine's back-off; anything else is a bug: logged with its traceback, reported as "failed
unexpectedly", and retried on a back-off of its own, never given up on.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from desktop.core.i18n import translate
from desktop.gateway.base import GatewayError
from desktop.store.faults import database_fault
from desktop.sync.backoff import Backoff
from desktop.sync.engine import SyncEngine
from desktop.sync.status import LinkState, SyncReport

log = logging.getLogger("smsdesk.ui.worker")

ENGINE_RETRY_SECONDS = 30.0
# After a bug, the next cycle comes after 2.5-5 s, doubling up to 30-60 s while it recurs:
# a passing glitch costs seconds, a lasting one does not fill the log.
BUG_RETRY_BASE = 5.0
BUG_RETRY_CAP = 60.0
# Building the engine again after a database fault: as the engine's own back-off.
DATABASE_RETRY_BASE = 1.0
DATABASE_RETRY_CAP = 5.0


class SyncWorker(QObject):
    """Runs ``SyncEngine.run_cycle`` in the worker thread, at the pace the engine asks for.

    Args:
        make_engine: builds the engine; called in the worker thread, so the HTTP session
            and everything else the engine owns belong to that thread.

    Signals:
        sig_report(SyncReport): after every cycle.
        sig_stopped(): the worker has released everything; its thread is quitting.
        sig_picture_fetched(str, bool): a picture asked for by ``fetch_picture`` is in the
            disk cache (True) or could not be had (False), by cache key.
    """

    sig_report = Signal(object)
    sig_stopped = Signal()
    sig_picture_fetched = Signal(str, bool)

    def __init__(self, make_engine: Callable[[], SyncEngine]) -> None:
        super().__init__()
        self._make_engine = make_engine
        self._engine: SyncEngine | None = None
        self._timer: QTimer | None = None
        self._state = LinkState.CONNECTING
        self._bug_backoff = Backoff(base=BUG_RETRY_BASE, cap=BUG_RETRY_CAP)
        self._database_backoff = Backoff(base=DATABASE_RETRY_BASE, cap=DATABASE_RETRY_CAP)
        self._cycle_ended = 0.0  # time.monotonic() at the end of the last cycle

    @Slot()
    def start(self) -> None:
        """Start cycling (called when the thread starts)."""
        threading.current_thread().name = "smsdesk-sync"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_cycle)
        self._timer.start(0)

    def _ensure_engine(self) -> SyncEngine | None:
        """Build the engine if there is none; on failure report why and return None."""
        if self._engine is not None:
            return self._engine
        try:
            self._engine = self._make_engine()
        except Exception as err:
            fault = database_fault(err)
            if fault is not None:  # the lease's database is down: it passes
                delay = self._database_backoff.next_delay()
                log.warning("could not start the sync engine: %s", type(err).__name__)
                report = SyncReport(
                    LinkState.DATABASE_FAULT, fault.headline, delay, detail=fault.detail
                )
                self._report(report)
                return None
            # A configuration the user must fix (no token saved, a bad address): say so and
            # try again later, or when they press Retry now after fixing it.
            known = isinstance(err, GatewayError)
            if not known:
                log.exception("could not start the sync engine")
            message = (
                str(err)
                if known
                else translate("Worker", "Syncing could not start. Details are in the log.")
            )
            self._report(SyncReport(LinkState.NEEDS_ATTENTION, message, ENGINE_RETRY_SECONDS))
            return None
        self._database_backoff.reset()
        return self._engine

    @Slot()
    def wake(self) -> None:
        """Something is waiting to be sent: run a cycle now, unless the gateway is failing.

        While offline the back-off decides when to try again, so a burst of new messages
        does not hammer a gateway that is down.
        """
        if self._timer is not None and self._state is LinkState.ONLINE:
            self._timer.start(0)

    @Slot()
    def note_input(self) -> None:
        """The user is at the desk (a key, a click in SMS Desk): poll at the fast rate."""
        if self._engine is not None:
            self._engine.schedule.note_input()
            self._hurry()

    @Slot(float)
    def note_reply_expected(self, age: float) -> None:
        """The open conversation's last message is outbound, ``age`` seconds old."""
        if self._engine is not None:
            self._engine.schedule.note_reply_expected(age)
            self._hurry()

    def _hurry(self) -> None:
        """Bring the next poll forward to what the schedule now says, if that is sooner.

        Only while healthy and polling: a failing gateway's back-off (and its Retry-After)
        wins, and a desk that follows another one for the team does not poll.
        """
        engine, timer = self._engine, self._timer
        if engine is None or timer is None or not timer.isActive():
            return
        if self._state is not LinkState.ONLINE or not engine.polling:
            return
        due = self._cycle_ended + engine.schedule.interval() - time.monotonic()
        due_ms = max(0, int(due * 1000))
        if due_ms < timer.remainingTime():
            timer.start(due_ms)

    @Slot(int, str)
    def fetch_picture(self, media_id: int, key: str) -> None:
        """Fetch a picture this desk's cache lacks (between cycles, in this thread)."""
        engine = self._ensure_engine()
        fetched = None
        if engine is not None:
            try:
                fetched = engine.fetch_picture(media_id)
            except Exception:  # a bug: the picture stays unshown, the worker lives on
                log.exception("fetching picture %d failed", media_id)
        self.sig_picture_fetched.emit(key, fetched == key)

    @Slot()
    def retry_now(self) -> None:
        """The user asked to try again now."""
        if self._timer is not None:
            self._timer.start(0)

    @Slot()
    def stop(self) -> None:
        """Stop the timer, release the engine and quit this thread's event loop."""
        if self._timer is not None:
            self._timer.stop()
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self.sig_stopped.emit()
        thread = QThread.currentThread()
        thread.quit()

    def _run_cycle(self) -> None:
        engine = self._ensure_engine()
        if engine is None:
            return
        try:
            report = engine.run_cycle()
        except Exception as err:
            report = self._unexpected(err)
        else:
            self._bug_backoff.reset()
            self._database_backoff.reset()
        self._report(report)

    def _unexpected(self, err: Exception) -> SyncReport:
        """What to report when a cycle raised: a database fault the engine did not catch
        (the lease's connection, say) is retried soon; anything else is a bug."""
        fault = database_fault(err)
        if fault is not None:
            log.warning("sync cycle hit a database fault: %s", type(err).__name__)
            delay = self._database_backoff.next_delay()
            return SyncReport(LinkState.DATABASE_FAULT, fault.headline, delay, detail=fault.detail)
        # A bug: keep the worker alive, tell the user, and try again on a back-off.
        log.exception("sync cycle failed")
        delay = self._bug_backoff.next_delay()
        return SyncReport(
            LinkState.NEEDS_ATTENTION,
            translate(
                "Worker",
                "Syncing failed unexpectedly; SMS Desk will try again. Details are in the log.",
            ),
            delay,
        )

    def _report(self, report: SyncReport) -> None:
        self._cycle_ended = time.monotonic()
        self._state = report.state
        self.sig_report.emit(report)
        if self._timer is not None:
            self._timer.start(max(0, int(report.retry_in * 1000)))


class SyncThread(QObject):
    """Owns the worker's QThread: starts it, and stops it with quit() + wait().

    Signals:
        sig_wake(): ask the worker for a cycle now (queued to the worker's thread).
        sig_retry_now(): the user asked to retry now.
        sig_fetch_picture(int, str): fetch this media id (cache key) into the disk cache.
        sig_user_input(): the user is at the desk (poll fast; see PollSchedule).
        sig_reply_expected(float): the open conversation's last message is outbound, this
            many seconds old (a reply may come soon: poll fast).
    """

    sig_wake = Signal()
    sig_user_input = Signal()
    sig_reply_expected = Signal(float)
    sig_retry_now = Signal()
    sig_fetch_picture = Signal(int, str)
    _sig_stop = Signal()

    def __init__(self, make_engine: Callable[[], SyncEngine], parent: QObject | None = None):
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("smsdesk-sync")
        self.worker = SyncWorker(make_engine)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.start)
        self.sig_wake.connect(self.worker.wake)
        self.sig_retry_now.connect(self.worker.retry_now)
        self.sig_fetch_picture.connect(self.worker.fetch_picture)
        self.sig_user_input.connect(self.worker.note_input)
        self.sig_reply_expected.connect(self.worker.note_reply_expected)
        self._sig_stop.connect(self.worker.stop)

    def start(self) -> None:
        self._thread.start()

    def stop(
        self, timeout_ms: int = 30_000, *, interrupt: Callable[[], object] | None = None
    ) -> bool:
        """Ask the worker to stop and wait for its thread; True if it ended in time.

        The wait is bounded by the gateway's own timeouts: a cycle blocked in an HTTP call
        finishes (or times out) before the stop request is handled.

        Args:
            timeout_ms: how long to wait.
            interrupt: called once the stop is asked for, to cut a blocked call short
                (quitting cancels the worker's HTTP session).
        """
        if not self._thread.isRunning():
            return True
        self._sig_stop.emit()
        if interrupt is not None:
            interrupt()
        finished = self._thread.wait(timeout_ms)
        if not finished:
            log.warning("the sync thread did not stop within %d ms", timeout_ms)
        return finished

"""Python's cyclic garbage collector, run on the GUI thread only (``GuiThreadCollector``).

CPython collects cycles in whichever thread happens to allocate when a generation's
threshold is passed: the sync or store thread, as often as not. A cycle there may hold Qt
objects of the GUI thread (a closed pop-up's widgets, a dialog's actions), which are then
destroyed outside their thread. Destroying a QObject takes Qt's locks, and the Python it
calls back needs the GIL: with the GUI thread holding the GIL and waiting for the same lock
(it was deleting a widget of its own), the two wait for each other for good. The test suite
hung that way once the heap was no longer frozen on every chat-list row (HeapFreezer).

So while a desk runs, automatic collection is off, and this timer collects on the GUI
thread every ``INTERVAL_MS``, the generations whose thresholds were passed, as CPython
itself would: Qt objects are destroyed in their own thread, and memory is freed as before
(objects without cycles are freed at once by reference counting, in any thread).

Every ``RELEASE_INTERVAL_S`` it also calls ``release`` (the desk hands memory back: the
store's idle page caches, the C heap's free pages; see ``Store.release_memory``), after the
collection of that tick, so what the collection freed is given back too.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

__all__ = ["INTERVAL_MS", "RELEASE_INTERVAL_S", "GuiThreadCollector"]

# How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 250
# How often memory is handed back (``release``): a search or an open on a large store
# takes tens of MiB of page cache, freed a few seconds later and kept by the C heap.
RELEASE_INTERVAL_S = 30.0


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on this (the GUI) thread instead;
    ``stop()`` gives automatic collection back as it was.

    With ``release``, calls it every ``release_interval`` seconds (on this thread: it
    should hand the work to another).

    Attributes:
        collections: how many collections it ran, by generation.
        releases: how many times it called ``release``.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        release: Callable[[], object] | None = None,
        release_interval: float = RELEASE_INTERVAL_S,
    ) -> None:
        super().__init__(parent)
        self.collections = [0, 0, 0]
        self.releases = 0
        self._release = release
        self._release_interval = release_interval
        self._released_at = time.monotonic()
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self.check()
        if self._release is not None:
            now = time.monotonic()
            if now - self._released_at >= self._release_interval:
                self._released_at = now
                self.releases += 1
                self._release()

    def check(self) -> int | None:
        """Collect the generations whose thresholds were passed; return the oldest one
        collected, or None."""
        first, second, third = self._thresholds
        young, middle, old = gc.get_count()
        if first <= 0 or young <= first:
            return None
        generation = 0
        if middle > second:
            generation = 1
            if old > third:
                generation = 2
        gc.collect(generation)
        self.collections[generation] += 1
        return generation

    def stop(self) -> None:
        """Stop collecting here; automatic collection comes back if it was on."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

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
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

__all__ = ["INTERVAL_MS", "GuiThreadCollector"]

# How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on this (the GUI) thread instead;
    ``stop()`` gives automatic collection back as it was.

    Attributes:
        collections: how many collections it ran, by generation.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.collections = [0, 0, 0]
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

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

"""Keeping what is loaded out of Python's full garbage collections, without pinning garbage.

A full collection walks every tracked object with the GIL held, so it stops the GUI thread
as well: 70-170 ms with 100,000 conversations loaded in the chat list, several times during
a burst of inbound messages. ``gc.freeze()`` moves every object alive into a generation the
collector never walks: cheap (it moves the collector's lists), but whatever garbage is
waiting for collection at that moment (a pop-up just closed, whose widgets refer to each
other) is frozen with it, and never freed.

Freezing on every row the chat list gains (as SMS Desk did) pinned 5,656 such objects in
three minutes of traffic (pop-ups, replies), for good. ``HeapFreezer`` freezes once the
chat list first has rows (what start-up loaded: modules, widgets, the first page), then
only after each ``FREEZE_ROWS`` rows more (pages read while scrolling, a burst of new
conversations): what the freeze is for. Each time, a collection first frees the garbage, so
it is not pinned: of the young generations at start-up (a full collection would walk all
that start-up loaded), of everything not frozen yet afterwards (what was made since the
last freeze: the frozen part is not walked).
"""

from __future__ import annotations

import gc
from typing import Any

__all__ = ["FREEZE_ROWS", "HeapFreezer"]

# Rows the chat list gains between two freezes.
FREEZE_ROWS = 1000


class HeapFreezer:
    """Freezes the heap when the chat list has gained enough rows (connect ``rows_inserted``
    to the model's ``rowsInserted``).

    Attributes:
        freezes: how many times it froze.
    """

    def __init__(self, rows: int = FREEZE_ROWS) -> None:
        self._rows = rows
        self._gained: int | None = None  # rows since the last freeze (None: none yet)
        self.freezes = 0

    def rows_inserted(self, _parent: Any, first: int, last: int) -> None:
        if self._gained is not None:
            self._gained += last - first + 1
            if self._gained < self._rows:
                return
        self._gained = 0
        if self.freezes:
            # Everything but what was frozen before: only what was made since, so cheap;
            # garbage that grew old (a pop-up open for a while) is freed, not pinned.
            gc.collect()
        else:
            gc.collect(1)  # at start-up, the young generations only: a full walk would stall
        gc.freeze()
        self.freezes += 1

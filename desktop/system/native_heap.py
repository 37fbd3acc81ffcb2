"""Handing the C heap's free memory back to the system (glibc's ``malloc_trim``).

glibc keeps the memory a program frees inside its heap, for the next allocation, and gives
back only what lies at the top of the heap. SQLite's page caches are allocated from that
heap: a search or an open that reads thousands of pages takes tens of MiB, and SQLite frees
them at the next transaction after another connection wrote (WAL mode keeps no stale page),
but a few pages still in use above them keep the freed memory resident: measured over a
working day on the 1M-message store, 50-60 MiB free inside the heap, and the heap as large
as the biggest read so far. ``malloc_trim(0)`` returns every whole free page, wherever it
is in the heap, to the system (``madvise``); nothing in use moves.

Only where the C library is glibc: elsewhere (macOS, Windows, musl) ``trim`` does nothing.
Pure Python (ctypes); no Qt.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

__all__ = ["trim"]

log = logging.getLogger("smsdesk.system")


def _find_malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)  # the C library the interpreter runs on
        function = libc.malloc_trim  # glibc only: musl has none
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_size_t]
    function.restype = ctypes.c_int
    return function


_MALLOC_TRIM = _find_malloc_trim()


def trim() -> bool:
    """Give the heap's free pages back to the system, if the C library can.

    Runs outside the GIL (ctypes releases it); a few milliseconds for a heap of 100 MiB.
    Call it from a worker thread, not the GUI's.

    Returns:
        Whether the C library could trim (glibc: True even when nothing was free).
    """
    if _MALLOC_TRIM is None:
        return False
    _MALLOC_TRIM(0)
    return True

"""Where a process's resident memory is, for the working day's probe (bench side only).

``breakdown()`` reads, without changing anything:

- ``/proc/self/smaps_rollup``: resident memory that is anonymous (the heaps: Python's,
  glibc's, SQLite's page caches, Qt's) and file-backed (libraries, mapped files);
- SQLite's own count of the memory it holds (``sqlite3_memory_used`` of the libsqlite3 the
  ``sqlite3`` module is linked to: page caches, schemas, statements of every connection);
- glibc's ``mallinfo2``: bytes in use and free inside its arenas and in mmapped blocks, and
  the number of arenas (``malloc_info``): free bytes that stay resident are fragmentation;
- the process's threads (each thread that mallocs may get an arena of its own).

``reclaim_experiment(engine)`` measures by experiment what two remedies would give back
at that moment: closing the pooled SQLite connections (their page caches), then
``malloc_trim(0)`` (free memory glibc keeps). It changes the process: call it last.
Everything degrades to ``None`` where a figure is not available (not Linux, not glibc).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import sqlite3
import tempfile
import threading
from typing import Any

__all__ = ["breakdown", "reclaim_experiment"]


class _Mallinfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _libc() -> Any | None:
    try:
        libc = ctypes.CDLL(None)
        libc.mallinfo2.restype = _Mallinfo2
        libc.fopen.restype = ctypes.c_void_p
        libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        libc.fclose.argtypes = [ctypes.c_void_p]
        libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        return libc
    except (OSError, AttributeError):
        return None


def _libsqlite() -> Any | None:
    """The libsqlite3 this process has loaded (the one the ``sqlite3`` module uses)."""
    sqlite3.sqlite_version  # noqa: B018 - the module is loaded, so is its library
    try:
        with open("/proc/self/maps", encoding="ascii", errors="replace") as maps:
            paths = {line.split()[-1] for line in maps if "libsqlite3" in line}
    except OSError:
        return None
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
            lib.sqlite3_memory_used.restype = ctypes.c_int64
            lib.sqlite3_memory_highwater.restype = ctypes.c_int64
            lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
            return lib
        except (OSError, AttributeError):
            continue
    return None


_LIBC = _libc()
_SQLITE = _libsqlite()


def _rollup() -> dict[str, int]:
    out: dict[str, int] = {}
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                match = re.match(r"(\w+):\s+(\d+) kB", line)
                if match:
                    out[match.group(1)] = int(match.group(2))
    except OSError:
        pass
    return out


def _arenas() -> int | None:
    if _LIBC is None:
        return None
    try:
        with tempfile.NamedTemporaryFile("r", suffix=".xml") as out:
            stream = _LIBC.fopen(out.name.encode(), b"w")
            if not stream:
                return None
            _LIBC.malloc_info(0, stream)
            _LIBC.fclose(stream)
            return len(re.findall(r"<heap nr=", out.read()))
    except (OSError, AttributeError):
        return None


def breakdown() -> dict[str, int | None]:
    """The figures above, in KiB (counts as counts)."""
    rollup = _rollup()
    figures: dict[str, int | None] = {
        "rss_kib": rollup.get("Rss"),
        "anon_kib": rollup.get("Anonymous"),
        "file_kib": (
            rollup["Rss"] - rollup.get("Anonymous", 0) - rollup.get("Pss_Shmem", 0)
            if "Rss" in rollup
            else None
        ),
        "threads": threading.active_count(),
        "os_threads": (
            len(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else None
        ),
        "sqlite_kib": _SQLITE.sqlite3_memory_used() // 1024 if _SQLITE is not None else None,
        "sqlite_peak_kib": (
            _SQLITE.sqlite3_memory_highwater(0) // 1024 if _SQLITE is not None else None
        ),
    }
    if _LIBC is not None:
        info = _LIBC.mallinfo2()
        figures.update(
            malloc_heap_kib=info.arena // 1024,  # obtained by sbrk/arenas
            malloc_mmap_kib=info.hblkhd // 1024,  # large blocks, mmapped
            malloc_used_kib=info.uordblks // 1024,
            malloc_free_kib=info.fordblks // 1024,  # free in the arenas: kept, resident or not
            malloc_arenas=_arenas(),
        )
    return figures


def reclaim_experiment(engine: Any) -> dict[str, Any]:
    """RSS now, after the pool's connections are closed, and after ``malloc_trim(0)``."""
    steps: dict[str, Any] = {"now": breakdown()}
    engine.pool.dispose()
    steps["pool_closed"] = breakdown()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)
        steps["malloc_trimmed"] = breakdown()
    return steps

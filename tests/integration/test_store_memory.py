"""What the SQLite store's idle connections hold in memory, their page caches, is freed on
demand (Store.release_memory, called now and then by the desk)."""

from __future__ import annotations

import ctypes
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.store import open_store
from desktop.store.database import for_writing, release_idle_caches


def _sqlite_memory_used() -> int | None:
    """SQLite's own count of the memory it holds, from the library this process loaded."""
    sqlite3.sqlite_version  # noqa: B018 - loaded
    with open("/proc/self/maps", encoding="ascii", errors="replace") as maps:
        paths = {line.split()[-1] for line in maps if "libsqlite3" in line}
    for path in paths:
        lib = ctypes.CDLL(path)
        lib.sqlite3_memory_used.restype = ctypes.c_int64
        return int(lib.sqlite3_memory_used())
    return None


def _fill(engine: Engine) -> None:
    with for_writing(engine).begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler (n INTEGER PRIMARY KEY, body TEXT)")
        conn.exec_driver_sql(
            "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 3000)"
            " INSERT INTO filler SELECT n, printf('%.3000c', 'x') FROM k"
        )


@pytest.mark.skipif(
    not Path("/proc/self/maps").exists() or _sqlite_memory_used() is None,
    reason="needs a shared libsqlite3 with memory statistics",
)
def test_release_frees_the_page_caches_of_idle_connections(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'desk.sqlite3'}") as store:
        engine = store.engine
        _fill(engine)
        with engine.connect() as first, engine.connect() as second:  # two connections read
            for conn in (first, second):
                conn.exec_driver_sql("SELECT sum(length(body)) FROM filler").scalar()
        held = _sqlite_memory_used()
        assert held is not None

        assert release_idle_caches(engine) == 2
        freed = held - (_sqlite_memory_used() or 0)
        # Both caches held the table: 3,000 pages of 4 KiB each, 12 MiB.
        assert freed > 16 * 1024 * 1024

        with engine.connect() as conn:  # and the connections still work
            assert conn.exec_driver_sql("SELECT count(*) FROM filler").scalar() == 3000
        assert store.release_memory() == 2  # both idle again; the C heap: test_native_heap

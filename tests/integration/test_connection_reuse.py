"""The SQLite store's reads reuse the connection returned last: one or two connections stay
warm, instead of each connection a busy moment opened filling a page cache of its own."""

from __future__ import annotations

from pathlib import Path

from desktop.store import open_store


def test_reads_reuse_the_connection_returned_last(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'desk.sqlite3'}") as store:
        engine = store.engine
        with engine.connect() as first, engine.connect() as second:  # a busy moment: two
            last = first.connection.dbapi_connection  # (returned after the second)
            assert second.connection.dbapi_connection is not last

        used = set()
        for _ in range(6):  # then one read at a time, as the store thread makes them
            with engine.connect() as conn:
                used.add(id(conn.connection.dbapi_connection))

        assert used == {id(last)}

"""The queries a store runs while a test looks (to ask the database for their plans)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from desktop.store import Store


@contextmanager
def statements(store: Store) -> Iterator[list[tuple[str, Any]]]:
    """The reading queries (SELECT, WITH), with their parameters, the store runs meanwhile."""
    seen: list[tuple[str, Any]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", record)

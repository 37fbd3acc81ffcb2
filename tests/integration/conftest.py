"""Fixtures shared by the integration tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.store import Store, open_store


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty database: a SQLite file, then a database on the test PostgreSQL server.

    A test for one backend only: ``@pytest.mark.parametrize("database_url", ["postgresql"],
    indirect=True)``.
    """
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def desks(database_url: str) -> Iterator[Callable[[], Store]]:
    """Opens stores on that database, as separate desks (or threads) would; all are closed
    afterwards."""
    opened: list[Store] = []

    def open_desk() -> Store:
        opened.append(open_store(database_url))
        return opened[-1]

    yield open_desk
    for store in opened:
        store.close()


@pytest.fixture
def store(desks: Callable[[], Store]) -> Store:
    """A new store on each backend (see ``database_url``).

    Test modules that need another kind of store define their own ``store``.
    """
    return desks()

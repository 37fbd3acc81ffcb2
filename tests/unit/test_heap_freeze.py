"""Freezing the heap for the chat list's rows: garbage waiting for collection is freed, not
pinned, and freezes come only with many new rows."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from desktop.ui.session.heap_freeze import HeapFreezer


class Node:
    """An object in a reference cycle: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def thawed() -> Iterator[None]:
    yield
    gc.unfreeze()


def garbage() -> weakref.ref[Node]:
    """A cycle nothing refers to any more, as a closed pop-up's widgets leave."""
    return weakref.ref(Node())


def test_garbage_waiting_for_collection_is_freed_not_frozen() -> None:
    freezer = HeapFreezer(rows=10)
    dropped = garbage()
    kept = Node()

    freezer.rows_inserted(None, 0, 49)  # the first page: a freeze

    assert freezer.freezes == 1
    assert dropped() is None
    assert gc.get_freeze_count() > 0  # what is alive (kept) is frozen
    assert kept.me is kept


def test_freezes_only_after_enough_new_rows() -> None:
    freezer = HeapFreezer(rows=10)
    freezer.rows_inserted(None, 0, 49)
    dropped = garbage()

    for row in range(9):  # live rows, one by one: no freeze, nothing pinned
        freezer.rows_inserted(None, row, row)
    assert freezer.freezes == 1
    gc.collect()  # (a full collection frees what a freeze did not pin)
    assert dropped() is None

    freezer.rows_inserted(None, 0, 0)  # the tenth
    assert freezer.freezes == 2


def test_old_garbage_is_freed_before_a_later_freeze() -> None:
    freezer = HeapFreezer(rows=10)
    freezer.rows_inserted(None, 0, 49)
    node = Node()
    gc.collect()  # it survives a full collection: it is old now (a pop-up open a while)
    dropped = weakref.ref(node)
    del node

    freezer.rows_inserted(None, 0, 9)

    assert freezer.freezes == 2
    assert dropped() is None

"""What every section of ``make bench`` is given: the work directory, the store and its
description, and the run's options."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bench.generate import StoreInfo


@dataclass(frozen=True)
class Context:
    """One run of ``make bench``.

    Attributes:
        work: a temporary directory, removed after the run.
        store: a working copy of the large store (sections may write to it).
        info: what the large store holds (extension, password, the big conversation…).
        small_info: the small store's description (its cached file is never written).
        scale: the large store's scale name ("large", or "small" for a quick run).
        runs: how many times a repeated measurement is taken.
        idle_seconds: how long idle CPU is measured.
        only: the sections asked for (empty: all of them).
        day_minutes: how long the working day lasts.
    """

    work: Path
    store: Path
    info: StoreInfo
    small_info: StoreInfo
    scale: str
    runs: int
    idle_seconds: float
    only: frozenset[str] = frozenset()
    day_minutes: float = 30.0

"""Telling an expected database fault (an outage, a busy file) from a bug.

A PostgreSQL server restarting, a network blip to it, or another program holding SQLite's
write lock are part of normal life: the sync worker waits a little and tries again, and the
status bar says so in words. Anything else that goes wrong in the database layer is a bug
and is reported as one. The rules live here, in one place, for the engine and the worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["DatabaseFault", "database_fault"]

# SQLite's own words for the faults that pass by themselves (its OperationalError also
# covers SQL mistakes, which are bugs).
_SQLITE_BUSY = ("database is locked", "database table is locked", "database is busy")
_SQLITE_UNREACHABLE = ("unable to open database file", "disk i/o error")
_SQLITE_FULL = ("database or disk is full",)

# The DB-API classes whose every instance is an expected fault on PostgreSQL (psycopg):
# connection failures, a server shutting down, cancelled queries, serialization failures
# and deadlocks (whose transaction is simply tried again).
_EXPECTED_CLASSES = frozenset({"OperationalError", "InterfaceError"})


@dataclass(frozen=True, slots=True)
class DatabaseFault:
    """An expected database fault, for the status bar.

    Attributes:
        headline: what is wrong, in a few words ("Can't reach the database"); the status
            bar adds "— retrying in 4 s".
        detail: a sentence on what it means for the person (the tooltip).
    """

    headline: str
    detail: str


# English here (marked for lupdate), translated by database_fault when a fault is reported.
_UNREACHABLE = DatabaseFault(
    QT_TRANSLATE_NOOP("StoreFaults", "Can't reach the database"),
    QT_TRANSLATE_NOOP(
        "StoreFaults",
        "The database is not answering (restarting, or the network to it is down). Every "
        "message is kept; SMS Desk carries on by itself as soon as it answers again.",
    ),
)
_BUSY = DatabaseFault(
    QT_TRANSLATE_NOOP("StoreFaults", "The database is busy"),
    QT_TRANSLATE_NOOP(
        "StoreFaults",
        "Another program is holding the message database. SMS Desk tries again shortly; "
        "nothing is lost meanwhile.",
    ),
)
_FULL = DatabaseFault(
    QT_TRANSLATE_NOOP("StoreFaults", "The disk is full"),
    QT_TRANSLATE_NOOP(
        "StoreFaults",
        "The message database can't grow: free some disk space. SMS Desk tries again by itself.",
    ),
)


def database_fault(error: BaseException) -> DatabaseFault | None:
    """Return what ``error`` means if it is an expected database fault, else None (a bug).

    Expected: SQLAlchemy's disconnects (``connection_invalidated``), its pool timing out,
    any ``OperationalError``/``InterfaceError`` from PostgreSQL's driver, and SQLite's
    "database is locked", "unable to open database file", "disk I/O error" and "database
    or disk is full", whether SQLAlchemy wrapped them or not. Everything else (integrity and
    data errors, SQL mistakes, our own exceptions) is a bug or a bad record.
    """
    found = _classify(error)
    if found is None:
        return None
    return DatabaseFault(
        translate("StoreFaults", found.headline), translate("StoreFaults", found.detail)
    )


def _classify(error: BaseException) -> DatabaseFault | None:
    """The (English) fault ``error`` is, or None."""
    from sqlalchemy import exc as sa_exc

    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sa_exc.TimeoutError):  # no pooled connection came free
            return _UNREACHABLE
        if isinstance(current, sa_exc.DBAPIError):
            if current.connection_invalidated:
                return _UNREACHABLE
            found = _driver_fault(current.orig)
            if found is not None:
                return found
        else:
            found = _driver_fault(current)
            if found is not None:
                return found
        current = current.__cause__ or current.__context__
    return None


def _driver_fault(error: BaseException | None) -> DatabaseFault | None:
    """Classify an exception raised by the database driver itself (sqlite3, psycopg)."""
    if error is None:
        return None
    module = type(error).__module__ or ""
    names = {cls.__name__ for cls in type(error).__mro__}
    if module.startswith("sqlite3") and "OperationalError" in names:
        text = str(error).lower()
        if text.startswith(_SQLITE_BUSY):
            return _BUSY
        if text.startswith(_SQLITE_UNREACHABLE):
            return _UNREACHABLE
        if text.startswith(_SQLITE_FULL):
            return _FULL
        return None
    if module.startswith("psycopg") and names & _EXPECTED_CLASSES:
        if "DiskFull" in names:
            return _FULL
        return _UNREACHABLE
    return None

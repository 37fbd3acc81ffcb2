"""Storage of SMS Desk: SQLAlchemy 2 tables, Alembic migrations and the ``Store`` API.

``open_store(url)`` is the way in: it connects, migrates to the current schema and returns a
``Store`` that any thread may use.

The errors load with the package; everything else (and SQLAlchemy with it) loads the first
time one of its names is used, so the window can be painted before the database layer is
imported (see ``desktop.ui.session.snapshot``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from desktop.core.i18n import translate
from desktop.store.errors import (
    NotAllowed,
    OptedOut,
    OwnedByOther,
    OwnershipChanged,
    StoreError,
    TooLate,
)

if TYPE_CHECKING:
    from desktop.store.contacts import ImportResult
    from desktop.store.database import create_store_engine
    from desktop.store.migrate import HEAD_REVISION, NewerDatabaseError
    from desktop.store.ownership import TRANSFER_NOTE_LENGTH
    from desktop.store.records import (
        HistoryRecord,
        InboundRecord,
        OutboxItem,
        StatusUpdate,
        UnsettledMessage,
    )
    from desktop.store.store import Store

__all__ = [
    "HEAD_REVISION",
    "TRANSFER_NOTE_LENGTH",
    "HistoryRecord",
    "ImportResult",
    "InboundRecord",
    "NewerDatabaseError",
    "NotAllowed",
    "OptedOut",
    "OutboxItem",
    "OwnedByOther",
    "OwnershipChanged",
    "StatusUpdate",
    "Store",
    "StoreError",
    "TooLate",
    "UnsettledMessage",
    "create_store_engine",
    "open_store",
]

_LAZY = {
    "HEAD_REVISION": "desktop.store.migrate",
    "NewerDatabaseError": "desktop.store.migrate",
    "TRANSFER_NOTE_LENGTH": "desktop.store.ownership",
    "HistoryRecord": "desktop.store.records",
    "ImportResult": "desktop.store.contacts",
    "InboundRecord": "desktop.store.records",
    "OutboxItem": "desktop.store.records",
    "StatusUpdate": "desktop.store.records",
    "Store": "desktop.store.store",
    "UnsettledMessage": "desktop.store.records",
    "create_store_engine": "desktop.store.database",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def open_store(url: str) -> Store:
    """Open the database at ``url``, bring its schema up to date and return the store.

    Args:
        url: a SQLAlchemy URL: ``sqlite:///path/to/smsdesk.sqlite3`` (the folder is created)
            or a PostgreSQL URL for a team.

    Returns:
        The store; ``close()`` it when done.

    Raises:
        StoreError: the database cannot be opened or is from a newer SMS Desk; the message
            is written for the person who has to fix it.
    """
    from sqlalchemy.exc import DBAPIError

    from desktop.store.database import create_store_engine
    from desktop.store.migrate import migrate_to_head
    from desktop.store.store import Store

    engine = create_store_engine(url)
    try:
        migrate_to_head(engine)
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        where = engine.url.render_as_string(hide_password=True)
        raise StoreError(
            translate("Database", "Cannot open the database {database}: {reason}").format(
                database=where, reason=exc.orig
            )
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)

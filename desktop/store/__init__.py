"""Storage of SMS Desk: SQLAlchemy 2 tables, Alembic migrations and the ``Store`` API.

``open_store(url)`` is the way in: it connects, migrates to the current schema and returns a
``Store`` that any thread may use.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from desktop.store.migrate import HEAD_REVISION, NewerDatabaseError, migrate_to_head
from desktop.store.store import (
    TRANSFER_NOTE_LENGTH,
    HistoryRecord,
    ImportResult,
    InboundRecord,
    NotAllowed,
    OptedOut,
    OutboxItem,
    OwnedByOther,
    OwnershipChanged,
    StatusUpdate,
    Store,
    StoreError,
    TooLate,
    UnsettledMessage,
    create_store_engine,
)

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
    "open_store",
]


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
    engine = create_store_engine(url)
    try:
        migrate_to_head(engine)
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        where = engine.url.render_as_string(hide_password=True)
        raise StoreError(f"Cannot open the database {where}: {exc.orig}") from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)

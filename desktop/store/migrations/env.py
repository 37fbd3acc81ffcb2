"""Alembic environment for SMS Desk: runs the migrations on the connection it is given.

The app passes its own connection in ``config.attributes["connection"]`` (see
``desktop.store.migrate``); by hand, ``sqlalchemy.url`` opens an engine with the store's
connection settings. ``render_as_batch`` lets later migrations ALTER tables on SQLite.
The message search index (FTS5 on SQLite, a GIN expression index on PostgreSQL) is made by
hand in migration 0003 and has no model, so autogenerate is told to leave it alone.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from desktop.store.tables import is_search_index, metadata

config = context.config
target_metadata = metadata


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Compare every reflected table and index except the search index's own objects."""
    return not is_search_index(name)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    """Write the migration SQL for ``sqlalchemy.url``'s dialect instead of running it."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run the migrations on the app's connection, or on a new engine for ``sqlalchemy.url``."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return

    from desktop.store.database import create_store_engine

    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("Give alembic a connection or a sqlalchemy.url to migrate")
    engine = create_store_engine(url)
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

"""Bring a database to the schema this version of SMS Desk expects, with Alembic.

Importing Alembic and walking its scripts costs start-up time, so ``migrate_to_head`` first
reads ``alembic_version`` with one plain query and only involves Alembic when the database is
new or behind. A developer writes the next migration from Python::

    from alembic import command
    from desktop.store.migrate import alembic_config
    command.revision(alembic_config(url="sqlite:///dev.sqlite3"), "add labels",
                     autogenerate=True, rev_id="0005")

then updates ``HEAD_REVISION`` (a test fails until it matches Alembic's head).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop.core.i18n import translate
from desktop.store.database import for_writing
from desktop.store.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

__all__ = [
    "HEAD_REVISION",
    "MIGRATIONS_DIR",
    "MIGRATION_LOCK_KEY",
    "NewerDatabaseError",
    "alembic_config",
    "current_revision",
    "migrate_to_head",
]

logger = logging.getLogger("smsdesk.store")

HEAD_REVISION = "0015"
"""The newest migration this version knows; equal to Alembic's head (a test checks)."""

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

MIGRATION_LOCK_KEY = int.from_bytes(
    hashlib.sha256(b"smsdesk-migrate").digest()[:8], "big", signed=True
)
"""The PostgreSQL advisory lock key that serializes migrations of one database."""


class NewerDatabaseError(StoreError):
    """The database was migrated by a newer SMS Desk than this one."""


def alembic_config(*, connection: Connection | None = None, url: str | None = None) -> Config:
    """Build the Alembic configuration in code (there is no alembic.ini).

    Args:
        connection: the connection the migrations run on; env.py uses it as it is, inside
            its transaction.
        url: a database URL, for running Alembic commands by hand (env.py then opens an
            engine with the store's connection settings).

    Returns:
        The configuration, with ``script_location`` at this package's migrations.
    """
    from alembic.config import Config

    cfg = Config()
    # ConfigParser interpolates "%": a path or URL containing one must be escaped.
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    """Read the database's migration revision with one plain query.

    Args:
        engine: the database.

    Returns:
        The revision in ``alembic_version``, or None when the table is missing or empty.
    """
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:
            # No alembic_version table: a new database (or not ours; the upgrade will say).
            return None


def migrate_to_head(engine: Engine) -> None:
    """Upgrade the database to ``HEAD_REVISION`` unless it is there already.

    Args:
        engine: the database (made by ``create_store_engine``).

    Raises:
        NewerDatabaseError: the database's revision is unknown to this version of the app.
    """
    found = current_revision(engine)
    if found == HEAD_REVISION:
        return

    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    known = {script.revision for script in ScriptDirectory.from_config(cfg).walk_revisions()}
    _refuse_unknown(found, known)
    # A writing transaction: on SQLite it takes the lock at BEGIN, so two apps starting at
    # once migrate one after the other (the second finds the work done). PostgreSQL's DDL
    # takes no such lock (two desks creating the same tables at once fail on a unique index
    # of the catalog), so there a transaction-level advisory lock does it, and the revision
    # is read again once it is held: a desk that waited finds the work done.
    with for_writing(engine).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            found = _revision_in(conn)
            if found == HEAD_REVISION:
                return
            _refuse_unknown(found, known)
        logger.info("Migrating the database from revision %s to %s", found, HEAD_REVISION)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _refuse_unknown(found: str | None, known: set[str]) -> None:
    if found is not None and found not in known:
        raise NewerDatabaseError(
            translate(
                "Database",
                "This database was created by a newer SMS Desk (revision {revision}); update the"
                " app.",
            ).format(revision=found)
        )


def _revision_in(conn: Connection) -> str | None:
    """The revision in ``alembic_version`` read on ``conn`` (PostgreSQL), None if missing.

    Asks the catalog first: a failed SELECT would abort the transaction the lock is held in.
    """
    if conn.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

"""PostgreSQL finds "cafe" in "Café" too: one fold of case and accents, as SQLite has.

Revision ID: 0007
Revises: 0006
Create Date: 2027-01-10 00:00:00

SQLite compares text through ``smsdesk_fold``, a Python function the store registers on each
connection (case and accents ignored). PostgreSQL had only ``lower``, so finding "cafe" in a
conversation or searching for "muller" missed "Café" and "Müller" in team mode (its
``unaccent`` extension needs a superuser to install). This adds an SQL function of the same
name, ``smsdesk_fold(text)``: ``lower``, then ``translate`` of each Latin, Greek and Cyrillic
letter that the store's Python fold turns into one other letter (accents dropped, case folded:
"É" to "e", "Ł" to "ł"), and "ß" to "ss", so it does not depend on the server's locale. It is
IMMUTABLE, so the message search index is rebuilt on it:
``to_tsvector('simple', smsdesk_fold(body))``.
The store folds both what is searched and what is typed with it. Nothing changes on SQLite.
"""

from collections.abc import Sequence

from alembic import op

from desktop.store.migrations.helpers import fold_table

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# The letters ``smsdesk_fold`` translates, and what to (``fold_table``); the function keeps
# the table it was created with.
_TABLE = fold_table()
ACCENTED, PLAIN = "".join(_TABLE), "".join(_TABLE.values())

_UPGRADE = [
    # Qualified names: the index must not depend on a search_path.
    "CREATE FUNCTION smsdesk_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT"
    " PARALLEL SAFE AS $$ SELECT pg_catalog.replace(pg_catalog.translate("
    f"pg_catalog.lower($1), '{ACCENTED}', '{PLAIN}'), 'ß', 'ss') $$",
    "DROP INDEX IF EXISTS messages_fts_body",
    "CREATE INDEX messages_fts_body ON messages"
    " USING gin (to_tsvector('simple', smsdesk_fold(body))) WHERE kind = 'sms'",
]

_DOWNGRADE = [
    "DROP INDEX IF EXISTS messages_fts_body",
    "CREATE INDEX messages_fts_body ON messages USING gin (to_tsvector('simple', body))"
    " WHERE kind = 'sms'",
    "DROP FUNCTION IF EXISTS smsdesk_fold(text)",
]


def _execute(statements: Sequence[str]) -> None:
    if op.get_context().dialect.name != "postgresql":
        return  # SQLite's smsdesk_fold is registered by the store on each connection
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    """Create smsdesk_fold(text) and index message bodies folded by it (PostgreSQL)."""
    _execute(_UPGRADE)


def downgrade() -> None:
    """Index bodies as before and drop smsdesk_fold (PostgreSQL)."""
    _execute(_DOWNGRADE)

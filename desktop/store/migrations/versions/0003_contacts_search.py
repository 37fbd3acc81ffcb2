"""Contacts (names for numbers) and full-text search over message bodies.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 00:00:00

The search index is not a model: on SQLite it is an FTS5 table over ``messages.body``
(external content, so bodies are not stored twice) kept in step by triggers; on PostgreSQL a
GIN expression index on ``to_tsvector('simple', body)``. Both are named ``messages_fts*`` so
the schema comparison can skip them (``desktop.store.tables.is_search_index``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.store.migrations.helpers import SQLITE_SEARCH_0003, cascading_key

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# 'simple' lower-cases without stemming or stop words: people search for names and codes,
# and a language's stemmer would guess wrong half the time.
_POSTGRESQL_SEARCH = [
    "CREATE INDEX messages_fts_body ON messages USING gin (to_tsvector('simple', body))",
]


def upgrade() -> None:
    """Create contacts, contact_numbers and the message search index."""
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("company", sa.String(length=200), server_default="", nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    op.create_table(
        "contact_numbers",
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        cascading_key("contact_numbers", "contact_id", "contacts"),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_contact_numbers")),
    )
    op.create_index(
        op.f("ix_contact_numbers_contact_id"), "contact_numbers", ["contact_id"], unique=False
    )
    dialect = op.get_context().dialect.name
    for statement in SQLITE_SEARCH_0003 if dialect == "sqlite" else _POSTGRESQL_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    """Drop the search index and the contact tables."""
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS messages_fts_after_update")
        op.execute("DROP TRIGGER IF EXISTS messages_fts_after_delete")
        op.execute("DROP TRIGGER IF EXISTS messages_fts_after_insert")
        op.execute("DROP TABLE IF EXISTS messages_fts")
    else:
        op.execute("DROP INDEX IF EXISTS messages_fts_body")
    op.drop_index(op.f("ix_contact_numbers_contact_id"), table_name="contact_numbers")
    op.drop_table("contact_numbers")
    op.drop_table("contacts")

"""Performance at a busy office's scale: contacts carry their text folded for search.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-20 00:00:00

``contacts.search_text`` holds the contact's name and company folded as search compares them
(case and accents ignored: "Zoë Müller" → "zoe muller"), one per line. The chat-list search
on SQLite used to fold every contact's name in Python on each search, which took tens of
milliseconds with tens of thousands of contacts; comparing the stored text is a scan in C.
The store writes the column with every contact it saves. It is added with plain
``ALTER TABLE ADD COLUMN`` (see migration 0004) and filled here for the contacts stored before.
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fold(value: str) -> str:
    # The store's fold_for_search as it is at this revision (migrations do not import the app).
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def upgrade() -> None:
    """Add contacts.search_text and fill it."""
    op.add_column(
        "contacts", sa.Column("search_text", sa.Text(), server_default="", nullable=False)
    )
    conn = op.get_bind()
    contacts = sa.table(
        "contacts",
        sa.column("id"),
        sa.column("name"),
        sa.column("company"),
        sa.column("search_text"),
    )
    rows = conn.execute(sa.select(contacts.c.id, contacts.c.name, contacts.c.company)).all()
    if rows:
        conn.execute(
            sa.update(contacts)
            .where(contacts.c.id == sa.bindparam("b_id"))
            .values(search_text=sa.bindparam("b_text")),
            [
                {"b_id": cid, "b_text": f"{_fold(name)}\n{_fold(company or '')}"}
                for cid, name, company in rows
            ],
        )


def downgrade() -> None:
    """Drop contacts.search_text."""
    op.drop_column("contacts", "search_text")

"""What several migrations write the same way, kept once: their foreign keys to an ``id``
(cascading, named by the metadata's convention), the full-text index of migration 0003
(which 0004 puts back on downgrade) and the fold table of migration 0007 (which 0011 splits
by block).

Migrations are history: each value here is exactly what the migrations that use it wrote
when they were released, and must never change (a new migration writes its own). Like the
migrations, this imports nothing from the app.
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

__all__ = ["SQLITE_SEARCH_0003", "cascading_key", "fold_table"]


def cascading_key(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    """The foreign key from ``table.column`` to ``target.id``, its rows deleted with their
    target, named as the metadata's convention names it (``fk_<table>_<column>_<target>``).
    """
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete="CASCADE",
    )


# Migration 0003's index on SQLite. remove_diacritics 2 folds "café" to "cafe" (also for
# letters with several accents), so a search typed without accents finds them.
SQLITE_SEARCH_0003 = [
    "CREATE VIRTUAL TABLE messages_fts USING fts5("
    "body, content='messages', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    # External content: the index holds tokens only, and must be told the old text to drop
    # a row's tokens, hence 'delete' with the old body before the new one goes in.
    "CREATE TRIGGER messages_fts_after_insert AFTER INSERT ON messages BEGIN "
    "INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER messages_fts_after_delete AFTER DELETE ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.id, old.body); "
    "END",
    "CREATE TRIGGER messages_fts_after_update AFTER UPDATE OF body ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.id, old.body); "
    "INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body); END",
    # Index the messages stored before the migration.
    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
]

# The blocks migration 0007's table covers: Latin-1 Supplement and Latin Extended-A/B, Greek,
# Cyrillic. A character outside them is never translated, only lower-cased.
_FOLD_BLOCKS = ((0x00C0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF))


def fold_table() -> dict[str, str]:
    """Migration 0007's table, letter by letter, in code point order: each Latin, Greek and
    Cyrillic letter that the store's fold (NFKD, marks dropped, casefold) turns into one
    other letter. Written out here as the store's fold was at revision 0007; the Unicode
    data it reads is stable for these letters (normalization and case-folding stability
    policies)."""
    table = {}
    for first, last in _FOLD_BLOCKS:
        for point in range(first, last + 1):
            letter = chr(point)
            if unicodedata.category(letter) not in ("Lu", "Ll", "Lt"):
                continue
            decomposed = unicodedata.normalize("NFKD", letter)
            base = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
            if len(base) == 1 and base != letter and base.isalpha():
                table[letter] = base
    return table

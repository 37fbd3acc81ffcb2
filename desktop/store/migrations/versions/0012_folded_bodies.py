"""PostgreSQL keeps each message's text folded: Find and the search's walk stop folding it.

Revision ID: 0012
Revises: 0011
Create Date: 2027-02-15 00:00:00

Find in a conversation and the search's walk of the newest conversations compared each
message folded by ``smsdesk_fold`` (case and accents ignored), folding it again at every
keystroke. For the fifth of messages that are not plain ASCII (French, Polish, emoji…) the
fold is a ``translate`` through dozens of letters, which PostgreSQL does one letter of the
text against the whole list at a time: about 10 µs a message, so Find in a 10,001-message
conversation took 37 ms of work and a search walking the newest conversations 35 to 60 ms,
about twice SQLite's (``make bench``, the team rows). Here the folded text is a stored
generated column, ``messages.messages_fts_folded`` = ``smsdesk_fold(body)``, computed once
when a message is stored (and again if its text changes): Find reads it with ``strpos``
(10 ms) and the walk tests it for each typed word before parsing it into words (5 to 15
ms). Named like the other search objects (``messages_fts*``), which have no model
(``tables.is_search_index``). Adding it rewrites the messages table: about 25 s at a
million messages. The search index is unchanged. Nothing changes on SQLite (PostgreSQL 12
or newer: generated columns).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Also in desktop/store/sql.py (FOLDED_BODY), where the store reads it.
_COLUMN = "messages_fts_folded"


def upgrade() -> None:
    """Add the folded text of each message as a stored generated column (PostgreSQL)."""
    if op.get_context().dialect.name != "postgresql":
        return  # SQLite folds in Python, through the function the store registers
    op.execute(
        f"ALTER TABLE messages ADD COLUMN {_COLUMN} text"
        " GENERATED ALWAYS AS (smsdesk_fold(body)) STORED"
    )


def downgrade() -> None:
    """Drop the folded text (PostgreSQL)."""
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE messages DROP COLUMN IF EXISTS {_COLUMN}")

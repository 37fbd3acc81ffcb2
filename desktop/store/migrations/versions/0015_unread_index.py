"""Unread counts read an index of inbound SMS alone, not the messages' rows.

Revision ID: 0015
Revises: 0014
Create Date: 2027-04-01 00:00:00

Every conversation row the store reads (a page of the chat list, a search's answer, the
conversations a burst changed) carries its unread count: the inbound SMS after the reader's
mark. Counted through ``ix_messages_conversation_order`` (conversation, id), each of those
messages was looked up in the table for its direction and kind: 200 unread conversations of
ten messages took 14 ms on SQLite, a third of a search, and an unread conversation of 5,000
messages 5,000 lookups. ``ix_messages_inbound_sms`` holds the inbound SMS alone, so the count is
a range of the index. Its condition is written as SQL literals, as the store's count writes it
(a bound parameter would not match a partial index).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As desktop/store/tables.py's INBOUND_SMS (migrations do not import the app).
_INBOUND_SMS = "direction = 'inbound' AND kind = 'sms'"


def upgrade() -> None:
    """Create ix_messages_inbound_sms (about 0.3 s at a million messages on SQLite)."""
    op.create_index(
        op.f("ix_messages_inbound_sms"),
        "messages",
        ["conversation_id", "id"],
        unique=False,
        sqlite_where=sa.text(_INBOUND_SMS),
        postgresql_where=sa.text(_INBOUND_SMS),
    )


def downgrade() -> None:
    """Drop ix_messages_inbound_sms."""
    op.drop_index(op.f("ix_messages_inbound_sms"), table_name="messages")

"""Inbound records that could not be stored are set aside, not retried for ever.

Revision ID: 0010
Revises: 0009
Create Date: 2027-02-01 00:00:00

``set_aside``: an inbound record from the gateway that SMS Desk could not store (an empty or
too long sender, a broken character, a page entry without a date...). It used to fail every
poll and stop everything after it; now it is kept here as the gateway gave it, with the
reason, and polling moves on. One row per record (``record_key``: its sid, or a hash of the
raw record); an administrator tries it again or dismisses it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create set_aside."""
    op.create_table(
        "set_aside",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_key", sa.String(length=80), nullable=False),
        sa.Column("gateway_sid", sa.String(length=64), nullable=True),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("set_aside_at", sa.DateTime(), nullable=False),
        sa.Column("retry_requested_at", sa.DateTime(), nullable=True),
        sa.Column("dismissed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_set_aside")),
        sa.UniqueConstraint("record_key", name=op.f("uq_set_aside_record_key")),
    )


def downgrade() -> None:
    """Drop set_aside (and the records in it)."""
    op.drop_table("set_aside")

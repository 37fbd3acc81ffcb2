"""A desk calls the gateway only while it provably leads: the lease's fencing token.

Revision ID: 0009
Revises: 0008
Create Date: 2027-02-01 00:00:00

- ``team_lease``: one row per advisory lock key (the poller's). The desk that takes the lock
  increments ``epoch`` and writes the backend pid of the connection that holds the lock; a
  claim of an outbox message checks both in its own transaction (see
  ``desktop.store.fencing``). Unused by a desk alone on SQLite, but created there too, so the
  schema is the same everywhere.
- ``outbox.claimed_by`` / ``outbox.claim_epoch``: who made the current attempt (a run of a
  desk, and the lease epoch it held). A row in flight for another claimant is looked up only
  after a grace longer than the gateway's request timeout. Rows in flight from before this
  migration have neither, and count as another claimant's: the safe side.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create team_lease; add outbox.claimed_by and outbox.claim_epoch (NULL for old rows)."""
    op.create_table(
        "team_lease",
        sa.Column("lock_key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("epoch", sa.BigInteger(), nullable=False),
        sa.Column("holder", sa.String(length=64), nullable=False),
        sa.Column("holder_pid", sa.Integer(), nullable=False),
        sa.Column("acquired_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("lock_key", name=op.f("pk_team_lease")),
    )
    op.add_column("outbox", sa.Column("claimed_by", sa.String(length=64), nullable=True))
    op.add_column("outbox", sa.Column("claim_epoch", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    """Drop the claim columns and team_lease."""
    op.drop_column("outbox", "claim_epoch")
    op.drop_column("outbox", "claimed_by")
    op.drop_table("team_lease")

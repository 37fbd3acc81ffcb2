"""User accounts: staff sign in with their phone extension; wrong sign-ins are counted.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 00:00:00

``sign_in_failures`` is keyed by the extension text as typed, so it has no foreign key to
``users``: unknown extensions are slowed down too.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the users and sign_in_failures tables."""
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("extension", sa.String(length=15), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        # sa.false() renders 0 on SQLite and false on PostgreSQL (which refuses DEFAULT 0).
        sa.Column("is_admin", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_sign_in_at", sa.DateTime(), nullable=True),
        sa.Column("disabled_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("extension", name=op.f("uq_users_extension")),
    )
    op.create_table(
        "sign_in_failures",
        sa.Column("extension", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("extension", name=op.f("pk_sign_in_failures")),
    )


def downgrade() -> None:
    """Drop the tables the upgrade created."""
    op.drop_table("sign_in_failures")
    op.drop_table("users")

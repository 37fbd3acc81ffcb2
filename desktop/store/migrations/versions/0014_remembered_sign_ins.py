""" "Remember me" keeps a random token in the keyring; the database keeps only its digest.

Revision ID: 0014
Revises: 0013
Create Date: 2027-03-15 00:00:00

``remembered_sign_ins``: one row per desk (or home) where "Remember me" keeps an account
signed in. That desk's OS keyring holds a random 256-bit token; this table holds its SHA-256
digest, so a remembered start is checked in microseconds instead of by the 0.4 s scrypt of the
password, which the keyring no longer holds. A copy of the database gives no token. Signing
out deletes the desk's row; a new password or disabling the account deletes all of the
account's rows; deleting the account deletes them with it (cascade). Nothing is converted
here: a password an older SMS Desk remembered is checked once more at the next start and then
replaced by a token.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.store.migrations.helpers import cascading_key

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create remembered_sign_ins."""
    op.create_table(
        "remembered_sign_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_used_at", sa.DateTime(), nullable=False),
        cascading_key("remembered_sign_ins", "user_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remembered_sign_ins")),
        sa.UniqueConstraint("digest", name=op.f("uq_remembered_sign_ins_digest")),
    )
    op.create_index(
        op.f("ix_remembered_sign_ins_user_id"), "remembered_sign_ins", ["user_id"], unique=False
    )


def downgrade() -> None:
    """Drop remembered_sign_ins: every desk then asks for its password at the next start."""
    op.drop_index(op.f("ix_remembered_sign_ins_user_id"), table_name="remembered_sign_ins")
    op.drop_table("remembered_sign_ins")

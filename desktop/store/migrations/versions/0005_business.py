"""Business SMS: opt-outs, templates, scheduled sends and pictures (MMS).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-15 00:00:00

- ``opt_outs``: a number that replied STOP (or that the gateway refused with 21610) to one of
  our desk numbers. One row per (desk number, peer number) while it is opted out; opting back
  in deletes the row (the conversation's history lines keep the story).
- ``templates``: saved replies. ``owner_id`` NULL means shared with the team (edited by
  admins); otherwise the colleague's own.
- ``messages.scheduled_at`` / ``messages.cancel_if_reply``: a message to send later. It waits
  in the outbox like any other, with ``next_attempt_at`` at its time, so it is sent exactly
  once by whichever desk holds the poller role, also after a restart.
- ``media``: the pictures of a message, in order: the gateway's URL, the type and size it
  announced, and what the worker made of it (fetched into the disk cache, or refused).

New columns are added with plain ``ALTER TABLE ADD COLUMN`` (see migration 0004 for why never
batch mode on ``messages``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.store.migrations.helpers import cascading_key

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create opt_outs, templates and media; add the scheduling columns to messages."""
    op.create_table(
        "opt_outs",
        sa.Column("desk_number", sa.String(length=32), nullable=False),
        sa.Column("peer_number", sa.String(length=32), nullable=False),
        sa.Column("opted_out_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("desk_number", "peer_number", name=op.f("pk_opt_outs")),
    )
    op.create_index(op.f("ix_opt_outs_peer_number"), "opt_outs", ["peer_number"], unique=False)
    op.create_table(
        "templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        cascading_key("templates", "owner_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_templates")),
    )
    op.create_index(
        op.f("ix_templates_owner_id_name"), "templates", ["owner_id", "name"], unique=False
    )
    op.create_table(
        "media",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("content_type", sa.String(length=100), server_default="", nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("cache_key", sa.String(length=64), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        cascading_key("media", "message_id", "messages"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media")),
    )
    op.create_index(
        op.f("ix_media_message_id_position"), "media", ["message_id", "position"], unique=True
    )
    op.create_index(op.f("ix_media_state"), "media", ["state"], unique=False)
    op.add_column("messages", sa.Column("scheduled_at", sa.DateTime(), nullable=True))
    op.add_column(
        "messages",
        sa.Column("cancel_if_reply", sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    """Drop what upgrade made."""
    op.drop_column("messages", "cancel_if_reply")
    op.drop_column("messages", "scheduled_at")
    op.drop_index(op.f("ix_media_state"), table_name="media")
    op.drop_index(op.f("ix_media_message_id_position"), table_name="media")
    op.drop_table("media")
    op.drop_index(op.f("ix_templates_owner_id_name"), table_name="templates")
    op.drop_table("templates")
    op.drop_index(op.f("ix_opt_outs_peer_number"), table_name="opt_outs")
    op.drop_table("opt_outs")

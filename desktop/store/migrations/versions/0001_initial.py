"""Initial schema: conversations, messages, outbox, sync_state.

Revision ID: 0001
Revises:
Create Date: 2025-01-01 00:00:00

Times are plain ``DateTime`` here (naive UTC); the app's ``UTCDateTime`` type converts at
the boundary. Migrations spell out their own types so that later changes to the models
never rewrite history.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.store.migrations.helpers import cascading_key

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LAST_MESSAGE_FK = "fk_conversations_last_message_id_messages"


def upgrade() -> None:
    """Create the initial tables and indexes."""
    # conversations.last_message_id and messages.conversation_id point at each other.
    # SQLite accepts a key to a table that does not exist yet but cannot ALTER one in;
    # PostgreSQL is the other way round.
    sqlite = op.get_context().dialect.name == "sqlite"
    last_message_fk = (
        [
            sa.ForeignKeyConstraint(
                ["last_message_id"], ["messages.id"], name=_LAST_MESSAGE_FK, ondelete="SET NULL"
            )
        ]
        if sqlite
        else []
    )
    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("peer_number", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_activity_at", sa.DateTime(), nullable=False),
        sa.Column("last_message_id", sa.Integer(), nullable=True),
        sa.Column("last_message_preview", sa.String(length=200), server_default="", nullable=False),
        sa.Column("last_direction", sa.String(length=16), nullable=True),
        sa.Column("last_status", sa.String(length=16), nullable=True),
        sa.Column("unread_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        *last_message_fk,
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations")),
        sa.UniqueConstraint("peer_number", name=op.f("uq_conversations_peer_number")),
    )
    op.create_index(
        "ix_conversations_chat_list",
        "conversations",
        ["archived_at", "last_activity_at", "id"],
    )
    op.create_index("ix_conversations_activity", "conversations", ["last_activity_at", "id"])
    op.create_index("ix_conversations_unread_count", "conversations", ["unread_count"])

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("from_number", sa.String(length=32), nullable=False),
        sa.Column("to_number", sa.String(length=32), nullable=False),
        sa.Column("gateway_sid", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("error_code", sa.Integer(), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        cascading_key("messages", "conversation_id", "conversations"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint("gateway_sid", name=op.f("uq_messages_gateway_sid")),
    )
    op.create_index(
        "ix_messages_conversation_order",
        "messages",
        ["conversation_id", "id"],
    )
    op.create_index("ix_messages_status_created", "messages", ["status", "created_at"])

    if not sqlite:
        op.create_foreign_key(
            _LAST_MESSAGE_FK,
            "conversations",
            "messages",
            ["last_message_id"],
            ["id"],
            ondelete="SET NULL",
        )

    op.create_table(
        "outbox",
        sa.Column("message_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("attempt_started_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        cascading_key("outbox", "message_id", "messages"),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_outbox")),
    )
    op.create_index("ix_outbox_state_next_attempt", "outbox", ["state", "next_attempt_at"])

    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value_at", sa.DateTime(), nullable=True),
        sa.Column("value_text", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )


def downgrade() -> None:
    """Drop everything the upgrade created."""
    op.drop_table("sync_state")
    op.drop_index("ix_outbox_state_next_attempt", table_name="outbox")
    op.drop_table("outbox")
    if op.get_context().dialect.name != "sqlite":
        op.drop_constraint(_LAST_MESSAGE_FK, "conversations", type_="foreignkey")
    op.drop_index("ix_messages_status_created", table_name="messages")
    op.drop_index("ix_messages_conversation_order", table_name="messages")
    op.drop_table("messages")
    op.drop_index("ix_conversations_unread_count", table_name="conversations")
    op.drop_index("ix_conversations_activity", table_name="conversations")
    op.drop_index("ix_conversations_chat_list", table_name="conversations")
    op.drop_table("conversations")

"""Team inbox: conversation owners, dealt-with, per-colleague read state and history lines.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08 00:00:00

Read state moves from the global ``conversations.unread_count`` to ``conversation_reads``
(one row per colleague and conversation) plus ``users.read_baseline_id``. The counts are
carried over exactly for the accounts that exist at upgrade time: each gets, per
conversation, a read mark just before the conversation's ``unread_count`` newest inbound
messages, so what was unread stays unread for them and nothing else becomes unread. (With no
accounts yet there is nobody to carry them over to; the first account made later gets a
baseline at the newest message, so old history is not unread for it.)

Messages gain ``kind`` (``"sms"`` or a history line such as ``"transfer"``); the SQLite
full-text index is rebuilt over SMS only (its content is now the view ``messages_fts_sms``,
so FTS5's own integrity check still holds) and PostgreSQL's GIN index becomes partial.

On SQLite, columns are added and dropped with plain ``ALTER TABLE`` rather than Alembic's
batch mode: batch mode copies a table and drops the original, and with foreign keys enforced
(the store turns them on for every connection, this one too, and SQLite cannot turn them off
inside a transaction) dropping ``conversations`` or ``messages`` would cascade and delete
every message and outbox row. ``ADD COLUMN`` takes a column-level ``REFERENCES``; the new keys
to ``users`` have no ON DELETE action (accounts are disabled, never deleted), which is also
all SQLAlchemy reads back from a column-level key, so the schema compares equal to the
models. ``DROP COLUMN`` needs SQLite 3.35 (2021) or newer.
"""

import sqlite3
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from desktop.store.migrations.helpers import SQLITE_SEARCH_0003, cascading_key

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, its SQLite definition, its PostgreSQL column, whether it references users)
_COLUMNS: list[tuple[str, str, str, sa.Column[Any], bool]] = [
    (
        "users",
        "read_baseline_id",
        "INTEGER DEFAULT 0 NOT NULL",
        sa.Column("read_baseline_id", sa.Integer(), server_default=sa.text("0"), nullable=False),
        False,
    ),
    (
        "messages",
        "kind",
        "VARCHAR(16) DEFAULT 'sms' NOT NULL",
        sa.Column("kind", sa.String(length=16), server_default="sms", nullable=False),
        False,
    ),
    ("messages", "user_id", "INTEGER", sa.Column("user_id", sa.Integer()), True),
    ("messages", "target_user_id", "INTEGER", sa.Column("target_user_id", sa.Integer()), True),
    ("conversations", "owner_id", "INTEGER", sa.Column("owner_id", sa.Integer()), True),
    ("conversations", "owner_since", "DATETIME", sa.Column("owner_since", sa.DateTime()), False),
    (
        "conversations",
        "dealt_with_at",
        "DATETIME",
        sa.Column("dealt_with_at", sa.DateTime()),
        False,
    ),
    ("conversations", "dealt_with_by", "INTEGER", sa.Column("dealt_with_by", sa.Integer()), True),
    (
        "conversations",
        "last_inbound_id",
        "INTEGER",
        sa.Column("last_inbound_id", sa.Integer()),
        False,
    ),
    # SQLite cannot add a NOT NULL column without a constant default, nor tighten one later;
    # the default is never used (the store always writes updated_at, and every existing row
    # is filled in below). PostgreSQL adds it nullable and tightens it after the fill.
    (
        "conversations",
        "updated_at",
        "DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL",
        sa.Column("updated_at", sa.DateTime()),
        False,
    ),
]

_NEW_INDEXES = [
    ("ix_conversations_last_inbound_id", "conversations", ["last_inbound_id"]),
    ("ix_conversations_updated_at", "conversations", ["updated_at"]),
]


def _fk_name(table: str, column: str) -> str:
    # The models' naming convention: fk_<table>_<column>_<referred table>.
    return f"fk_{table}_{column}_users"


# The read marks that keep each conversation's old unread_count for every existing account:
# the newest inbound message older than the conversation's unread_count newest ones. A
# conversation whose inbound messages were all unread gets no row (nothing read).
_CARRY_OVER_READ_STATE = """
INSERT INTO conversation_reads (user_id, conversation_id, read_up_to_id)
SELECT u.id, r.conversation_id, r.read_up_to_id
FROM users AS u CROSS JOIN (
    SELECT ranked.conversation_id AS conversation_id, max(ranked.id) AS read_up_to_id
    FROM (
        SELECT m.conversation_id AS conversation_id, m.id AS id, c.unread_count AS unread,
               row_number() OVER (PARTITION BY m.conversation_id ORDER BY m.id DESC) AS position
        FROM messages AS m JOIN conversations AS c ON c.id = m.conversation_id
        WHERE m.direction = 'inbound'
    ) AS ranked
    WHERE ranked.position > ranked.unread
    GROUP BY ranked.conversation_id
) AS r
"""

_FILL_CONVERSATIONS = [
    "UPDATE conversations SET last_inbound_id = (SELECT max(m.id) FROM messages AS m"
    " WHERE m.conversation_id = conversations.id AND m.direction = 'inbound')",
    "UPDATE conversations SET updated_at = last_activity_at",
]

# On downgrade: what nobody has read yet becomes the global count again.
_RESTORE_UNREAD_COUNT = """
UPDATE conversations SET unread_count = (
    SELECT count(*) FROM messages AS m
    WHERE m.conversation_id = conversations.id AND m.direction = 'inbound'
    AND m.id > coalesce(
        (SELECT max(r.read_up_to_id) FROM conversation_reads AS r
         WHERE r.conversation_id = conversations.id), 0)
)
"""

# -- the search index -------------------------------------------------------------------------

_SQLITE_DROP_SEARCH = [
    "DROP TRIGGER IF EXISTS messages_fts_after_update",
    "DROP TRIGGER IF EXISTS messages_fts_after_delete",
    "DROP TRIGGER IF EXISTS messages_fts_after_insert",
    "DROP TABLE IF EXISTS messages_fts",
    "DROP VIEW IF EXISTS messages_fts_sms",
]

# External content from a view of the SMS alone: FTS5's 'rebuild' and 'integrity-check' read
# the content, and must see exactly the rows the triggers index. Each trigger statement is an
# INSERT ... SELECT ... WHERE, so one trigger handles a row that is, or was, an SMS.
_SQLITE_SEARCH_SMS_ONLY = [
    "CREATE VIEW messages_fts_sms AS SELECT id, body FROM messages WHERE kind = 'sms'",
    "CREATE VIRTUAL TABLE messages_fts USING fts5("
    "body, content='messages_fts_sms', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER messages_fts_after_insert AFTER INSERT ON messages"
    " WHEN new.kind = 'sms' BEGIN "
    "INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER messages_fts_after_delete AFTER DELETE ON messages"
    " WHEN old.kind = 'sms' BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.id, old.body); "
    "END",
    "CREATE TRIGGER messages_fts_after_update AFTER UPDATE OF body, kind ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, body)"
    " SELECT 'delete', old.id, old.body WHERE old.kind = 'sms'; "
    "INSERT INTO messages_fts(rowid, body) SELECT new.id, new.body WHERE new.kind = 'sms'; END",
    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
]

# The store's search says kind = 'sms' literally, so the planner can use the partial index.
_POSTGRESQL_SEARCH_SMS_ONLY = [
    "DROP INDEX IF EXISTS messages_fts_body",
    "CREATE INDEX messages_fts_body ON messages USING gin (to_tsvector('simple', body))"
    " WHERE kind = 'sms'",
]

_POSTGRESQL_SEARCH_0003 = [
    "DROP INDEX IF EXISTS messages_fts_body",
    "CREATE INDEX messages_fts_body ON messages USING gin (to_tsvector('simple', body))",
]


def _is_sqlite() -> bool:
    return op.get_context().dialect.name == "sqlite"


def _execute(statements: Sequence[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    """Add ownership, dealt-with, history lines and per-colleague read state."""
    sqlite = _is_sqlite()
    if sqlite and sqlite3.sqlite_version_info < (3, 35, 0):
        raise RuntimeError(
            f"SMS Desk needs SQLite 3.35 or newer to update this database; this Python has "
            f"{sqlite3.sqlite_version}."
        )
    for table, column, sqlite_definition, pg_column, references_users in _COLUMNS:
        if sqlite:
            # A column-level REFERENCES is the only kind ALTER TABLE ADD COLUMN accepts.
            reference = (
                f" CONSTRAINT {_fk_name(table, column)} REFERENCES users (id)"
                if references_users
                else ""
            )
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} {sqlite_definition}{reference}")
        else:
            op.add_column(table, pg_column)
            if references_users:
                op.create_foreign_key(_fk_name(table, column), table, "users", [column], ["id"])
    _execute(_FILL_CONVERSATIONS)
    if not sqlite:
        op.alter_column("conversations", "updated_at", nullable=False)

    op.create_table(
        "conversation_reads",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("read_up_to_id", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("marked_unread", sa.Boolean(), server_default=sa.false(), nullable=False),
        cascading_key("conversation_reads", "user_id", "users"),
        cascading_key("conversation_reads", "conversation_id", "conversations"),
        sa.PrimaryKeyConstraint("user_id", "conversation_id", name=op.f("pk_conversation_reads")),
    )
    op.create_index(
        "ix_conversation_reads_conversation_id",
        "conversation_reads",
        ["conversation_id", "read_up_to_id"],
    )
    op.execute(_CARRY_OVER_READ_STATE)

    op.drop_index("ix_conversations_unread_count", table_name="conversations")
    if sqlite:
        op.execute("ALTER TABLE conversations DROP COLUMN unread_count")
    else:
        op.drop_column("conversations", "unread_count")
    for name, table, columns in _NEW_INDEXES:
        op.create_index(name, table, columns)

    _execute(
        _SQLITE_DROP_SEARCH + _SQLITE_SEARCH_SMS_ONLY if sqlite else _POSTGRESQL_SEARCH_SMS_ONLY
    )


def downgrade() -> None:
    """Back to 0003: history lines are deleted, unread-by-nobody becomes the global count."""
    sqlite = _is_sqlite()
    if sqlite:
        # The triggers and the view name messages.kind, which cannot be dropped while they do.
        _execute(_SQLITE_DROP_SEARCH)
    op.execute("DELETE FROM messages WHERE kind <> 'sms'")

    op.add_column(
        "conversations",
        sa.Column("unread_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.execute(_RESTORE_UNREAD_COUNT)
    op.create_index("ix_conversations_unread_count", "conversations", ["unread_count"])
    op.drop_index("ix_conversation_reads_conversation_id", table_name="conversation_reads")
    op.drop_table("conversation_reads")
    for name, table, _columns in reversed(_NEW_INDEXES):
        op.drop_index(name, table_name=table)
    for table, column, _sqlite_definition, _pg_column, _references in reversed(_COLUMNS):
        if sqlite:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        else:
            # PostgreSQL drops the column's foreign key with it.
            op.drop_column(table, column)

    _execute(SQLITE_SEARCH_0003 if sqlite else _POSTGRESQL_SEARCH_0003)

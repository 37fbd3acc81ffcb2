"""The schema is created by Alembic on open, matches the models, and is guarded at start-up."""

from __future__ import annotations

from pathlib import Path

import alembic.command
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from desktop.store import HEAD_REVISION, NewerDatabaseError, StoreError, open_store
from desktop.store.migrate import alembic_config
from desktop.store.tables import is_search_index, metadata

TABLES = {
    "conversations",
    "messages",
    "outbox",
    "sync_state",
    "users",
    "sign_in_failures",
    "contacts",
    "contact_numbers",
    "conversation_reads",
    "opt_outs",
    "templates",
    "media",
    "team_lease",
    "set_aside",
    "remembered_sign_ins",
    "alembic_version",
}
# SQLite's FTS5 message index: the virtual table and the shadow tables FTS5 keeps.
SEARCH_TABLES = {
    "messages_fts",
    "messages_fts_config",
    "messages_fts_data",
    "messages_fts_docsize",
    "messages_fts_idx",
}


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def schema_differences(where: Path | str) -> list[object]:
    """What autogenerate would change: of the SQLite file at a path, or the database at a URL."""
    engine = create_engine(sqlite_url(where) if isinstance(where, Path) else where)
    try:
        with engine.connect() as conn:
            # As env.py does: the search index has no model, so it is not compared.
            context = MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    "include_name": lambda name, type_, parents: not is_search_index(name),
                },
            )
            return list(compare_metadata(context, metadata))
    finally:
        engine.dispose()


def test_opening_a_new_file_migrates_it_to_exactly_the_tables_schema(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    open_store(sqlite_url(db)).close()

    engine = create_engine(sqlite_url(db))
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == TABLES | SEARCH_TABLES
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
        )
        triggers = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        assert set(triggers.scalars()) == {
            "messages_fts_after_insert",
            "messages_fts_after_delete",
            "messages_fts_after_update",
        }
        views = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'view'"))
        assert list(views.scalars()) == ["messages_fts_sms"]
    engine.dispose()
    assert schema_differences(db) == []


@pytest.mark.postgres
def test_opening_a_new_postgres_database_migrates_it_to_exactly_the_tables_schema(
    postgres_url: str,
) -> None:
    open_store(postgres_url).close()

    assert schema_differences(postgres_url) == []


def test_schema_comparison_notices_a_missing_index(tmp_path: Path) -> None:
    # Proves the comparison above looks at indexes: an empty diff is not an accident.
    db = tmp_path / "desk.sqlite3"
    open_store(sqlite_url(db)).close()
    engine = create_engine(sqlite_url(db))
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_conversations_chat_list"))
    engine.dispose()

    differences = schema_differences(db)

    assert [d[0] for d in differences] == ["add_index"]  # type: ignore[index]


def test_head_revision_constant_matches_alembic_head() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_second_open_skips_alembic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real_upgrade = alembic.command.upgrade

    def spy(cfg: object, revision: str, **kwargs: object) -> None:
        calls.append(revision)
        real_upgrade(cfg, revision, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(alembic.command, "upgrade", spy)
    url = sqlite_url(tmp_path / "desk.sqlite3")
    open_store(url).close()
    assert calls == ["head"]

    open_store(url).close()

    assert calls == ["head"]


def test_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "desk.sqlite3")
    open_store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042'"))
    engine.dispose()

    with pytest.raises(NewerDatabaseError) as raised:
        open_store(url)

    assert isinstance(raised.value, StoreError)
    assert str(raised.value) == (
        "This database was created by a newer SMS Desk (revision 0042); update the app."
    )


def test_every_connection_uses_wal_full_sync_foreign_keys_and_busy_timeout(
    tmp_path: Path,
) -> None:
    store = open_store(sqlite_url(tmp_path / "desk.sqlite3"))
    try:
        with store.engine.connect() as conn:
            pragma = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
    finally:
        store.close()

    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "busy_timeout": 10000,
    }


def test_missing_folders_of_the_database_file_are_created(tmp_path: Path) -> None:
    db = tmp_path / "not" / "yet" / "there" / "desk.sqlite3"

    open_store(sqlite_url(db)).close()

    assert db.is_file()


@pytest.mark.parametrize(
    "url",
    ["sqlite://", "sqlite:///:memory:", "mysql://user@localhost/desk", "not a url"],
)
def test_unusable_database_urls_are_refused_with_a_store_error(url: str) -> None:
    with pytest.raises(StoreError):
        open_store(url)


def test_unopenable_file_is_a_store_error(tmp_path: Path) -> None:
    folder_in_the_way = tmp_path / "desk.sqlite3"
    folder_in_the_way.mkdir()

    with pytest.raises(StoreError, match="Cannot open the database"):
        open_store(sqlite_url(folder_in_the_way))


def test_alembic_by_hand_with_a_url_builds_the_same_schema(tmp_path: Path) -> None:
    # The path a developer takes to write the next migration (env.py opens its own engine).
    db = tmp_path / "dev.sqlite3"

    alembic.command.upgrade(alembic_config(url=sqlite_url(db)), "head")

    assert schema_differences(db) == []


def test_downgrade_removes_everything_and_upgrade_restores_it(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    open_store(sqlite_url(db)).close()
    cfg = alembic_config(url=sqlite_url(db))

    alembic.command.downgrade(cfg, "base")
    engine = create_engine(sqlite_url(db))
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == {"alembic_version"}
        leftovers = conn.execute(text("SELECT name FROM sqlite_master WHERE type != 'index'"))
        assert list(leftovers.scalars()) == ["alembic_version"]
    engine.dispose()
    open_store(sqlite_url(db)).close()

    assert schema_differences(db) == []


# -- 0004: the team inbox ------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty database: a SQLite file, or a database on the test PostgreSQL server."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "desk.sqlite3")
    return str(request.getfixturevalue("postgres_url"))


# Two accounts; four conversations whose global unread counts were 2, 0, 2 (all) and 0; one
# queued outbound message in the outbox.
_DATA_0003 = [
    "INSERT INTO users (id, extension, display_name, password_hash, created_at)"
    " VALUES (1, '101', 'Anna', 'x', '2025-03-01 08:00:00'),"
    " (2, '102', 'Ben', 'x', '2025-03-01 08:00:00')",
    "INSERT INTO conversations (id, peer_number, created_at, last_activity_at,"
    " last_message_preview, unread_count) VALUES"
    " (1, '+14155550101', '2025-03-01 09:00:00', '2025-03-01 09:04:00', 'four', 2),"
    " (2, '+14155550102', '2025-03-01 09:00:00', '2025-03-01 09:05:00', 'read', 0),"
    " (3, '+14155550103', '2025-03-01 09:00:00', '2025-03-01 09:07:00', 'seven', 2),"
    " (4, '+14155550104', '2025-03-01 09:00:00', '2025-03-01 09:00:00', '', 0)",
    "INSERT INTO messages (id, conversation_id, direction, body, from_number, to_number,"
    " gateway_sid, status, created_at, updated_at) VALUES"
    " (1, 1, 'inbound', 'one invoice', 'p', 'd', 'SM1', 'received', '2025-03-01 09:01:00',"
    " '2025-03-01 09:01:00'),"
    " (2, 1, 'inbound', 'two', 'p', 'd', 'SM2', 'received', '2025-03-01 09:02:00',"
    " '2025-03-01 09:02:00'),"
    " (3, 1, 'outbound', 'three', 'd', 'p', NULL, 'queued', '2025-03-01 09:03:00',"
    " '2025-03-01 09:03:00'),"
    " (4, 1, 'inbound', 'four', 'p', 'd', 'SM4', 'received', '2025-03-01 09:04:00',"
    " '2025-03-01 09:04:00'),"
    " (5, 2, 'inbound', 'read', 'p', 'd', 'SM5', 'received', '2025-03-01 09:05:00',"
    " '2025-03-01 09:05:00'),"
    " (6, 3, 'inbound', 'six', 'p', 'd', 'SM6', 'received', '2025-03-01 09:06:00',"
    " '2025-03-01 09:06:00'),"
    " (7, 3, 'inbound', 'seven', 'p', 'd', 'SM7', 'received', '2025-03-01 09:07:00',"
    " '2025-03-01 09:07:00')",
    "UPDATE conversations SET last_message_id = 4 WHERE id = 1",
    "UPDATE conversations SET last_message_id = 5 WHERE id = 2",
    "UPDATE conversations SET last_message_id = 7 WHERE id = 3",
    "INSERT INTO outbox (message_id, state, attempts, next_attempt_at)"
    " VALUES (3, 'pending', 0, '2025-03-01 09:03:00')",
]


def _execute(url: str, *statements: str) -> list[tuple[object, ...]]:
    from desktop.store.database import create_store_engine

    engine = create_store_engine(url)
    try:
        with engine.begin() as conn:
            rows: list[tuple[object, ...]] = []
            for statement in statements:
                result = conn.execute(text(statement))
                if result.returns_rows:
                    rows = [tuple(row) for row in result]
            return rows
    finally:
        engine.dispose()


def _one_message(url: str, direction: str, body: str, status: str, *more: str) -> None:
    """Conversation 1 (+14155550101) with message 1, then the ``more`` statements; on
    PostgreSQL the id sequences are moved past them, as the app's own inserts expect."""
    from desktop.store.database import create_store_engine

    inbound = direction == "inbound"
    engine = create_store_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO conversations (id, peer_number, created_at, last_activity_at,"
                    " updated_at) VALUES (1, '+14155550101', '2025-03-01 09:00:00',"
                    " '2025-03-01 09:00:00', '2025-03-01 09:00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO messages (id, conversation_id, direction, body, from_number,"
                    " to_number, status, created_at, updated_at) VALUES (1, 1, :direction,"
                    " :body, :sender, :recipient, :status, '2025-03-01 09:00:00',"
                    " '2025-03-01 09:00:00')"
                ),
                {
                    "direction": direction,
                    "body": body,
                    "sender": "p" if inbound else "d",
                    "recipient": "d" if inbound else "p",
                    "status": status,
                },
            )
            for statement in more:
                conn.execute(text(statement))
            if url.startswith("postgresql"):
                conn.execute(text("SELECT setval('messages_id_seq', 1)"))
                conn.execute(text("SELECT setval('conversations_id_seq', 1)"))
    finally:
        engine.dispose()


def _columns(url: str, table: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {c["name"] for c in inspect(conn).get_columns(table)}
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_upgrading_to_0004_keeps_every_message_and_the_unread_counts(any_url: str) -> None:
    from desktop.core.models import ConversationId, UserId

    alembic.command.upgrade(alembic_config(url=any_url), "0003")
    _execute(any_url, *_DATA_0003)
    if any_url.startswith("postgresql"):
        # Rows were inserted with explicit ids: move the sequences past them.
        _execute(
            any_url,
            "SELECT setval('messages_id_seq', 7)",
            "SELECT setval('conversations_id_seq', 4)",
            "SELECT setval('users_id_seq', 2)",
        )

    with open_store(any_url) as store:
        unread = {}
        for viewer in (None, UserId(1), UserId(2)):
            store = store.for_session(viewer)
            unread[viewer] = {c.id: c.unread_count for c in store.conversations.list()}
            assert store.conversations.unread_count() == 2
        assert set(map(str, unread.values())) == {str({3: 2, 2: 0, 1: 2, 4: 0})}
        assert [m.id for m in store.conversations.messages(ConversationId(1))] == [1, 2, 3, 4]
        assert [item.message_id for item in store.outbox.due(store_time())] == [3]
        first = store.conversations.get(ConversationId(1))
        assert first is not None
        assert first.last_message_preview == "four"
        assert [c.id for c in store.search.conversations("invoice")] == [1]
        assert store.changes.since(None, limit=10)[0] == [4, 1, 2, 3]  # by last activity
        # The new schema works on the old rows: reopen, history lines, read marks.
        store = store.for_session(UserId(1))
        store.ownership.mark_dealt_with(ConversationId(1), by=UserId(1))
        store.ingest.inbound([_record("SM8", "+14155550101")])
        assert store.conversations.get(ConversationId(1)).unread_count == 1  # type: ignore[union-attr]

    alembic.command.downgrade(alembic_config(url=any_url), "0003")
    rows = _execute(any_url, "SELECT id, unread_count FROM conversations ORDER BY id")
    assert rows == [(1, 1), (2, 0), (3, 2), (4, 0)]  # history lines gone; SM8 unread by all
    assert _execute(any_url, "SELECT count(*) FROM messages") == [(8,)]
    assert _execute(any_url, "SELECT message_id FROM outbox") == [(3,)]
    alembic.command.upgrade(alembic_config(url=any_url), "head")


def store_time():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime(2100, 1, 1, tzinfo=UTC)


def _record(sid: str, peer: str):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from desktop.store import InboundRecord

    return InboundRecord(sid, peer, "+15550000000", "back again", datetime(2025, 3, 2, tzinfo=UTC))


# -- 0005: business SMS ------------------------------------------------------------------------


def test_upgrading_to_0005_keeps_the_outbox_and_downgrading_removes_its_tables(
    any_url: str,
) -> None:
    alembic.command.upgrade(alembic_config(url=any_url), "0004")
    _one_message(
        any_url,
        "outbound",
        "hello",
        "queued",
        "INSERT INTO outbox (message_id, state, attempts, next_attempt_at)"
        " VALUES (1, 'pending', 0, '2025-03-01 09:00:00')",
    )

    with open_store(any_url) as store:
        assert [item.message_id for item in store.outbox.due(store_time())] == [1]
    rows = _execute(any_url, "SELECT scheduled_at, cancel_if_reply FROM messages")
    assert rows == [(None, False)]

    alembic.command.downgrade(alembic_config(url=any_url), "0004")
    names, columns = _tables(any_url), _columns(any_url, "messages")
    assert not names & {"opt_outs", "templates", "media"}
    assert "scheduled_at" not in columns
    assert _execute(any_url, "SELECT body FROM messages") == [("hello",)]


# -- 0006: performance ------------------------------------------------------------------------


def test_upgrading_to_0006_folds_the_stored_contacts_for_search(any_url: str) -> None:
    alembic.command.upgrade(alembic_config(url=any_url), "0005")
    _execute(
        any_url,
        "INSERT INTO contacts (id, name, company, note, created_at, updated_at)"
        " VALUES (1, 'Zoë Müller', 'Café Brûlé', '', '2025-03-01 09:00:00',"
        " '2025-03-01 09:00:00'), (2, 'Ben Jones', '', '', '2025-03-01 09:00:00',"
        " '2025-03-01 09:00:00')",
        "INSERT INTO contact_numbers (number, contact_id, position)"
        " VALUES ('+14155550101', 1, 0), ('+14155550102', 2, 0)",
        "INSERT INTO conversations (id, peer_number, created_at, last_activity_at, updated_at)"
        " VALUES (1, '+14155550101', '2025-03-01 09:00:00', '2025-03-01 09:00:00',"
        " '2025-03-01 09:00:00')",
    )
    if any_url.startswith("postgresql"):
        _execute(
            any_url,
            "SELECT setval('contacts_id_seq', 2)",
            "SELECT setval('conversations_id_seq', 1)",
        )

    with open_store(any_url) as store:
        assert [c.peer_number for c in store.search.conversations("müller")] == ["+14155550101"]
        assert [c.peer_number for c in store.search.conversations("CAFÉ")] == ["+14155550101"]
    rows = _execute(any_url, "SELECT id, search_text FROM contacts ORDER BY id")
    assert rows == [(1, "zoe muller\ncafe brule"), (2, "ben jones\n")]

    alembic.command.downgrade(alembic_config(url=any_url), "0005")
    assert "search_text" not in _columns(any_url, "contacts")
    assert _execute(any_url, "SELECT name FROM contacts ORDER BY id") == [
        ("Zoë Müller",),
        ("Ben Jones",),
    ]


# -- 0007: one fold on PostgreSQL too ------------------------------------------------------------


def test_upgrading_to_0007_finds_accented_messages_already_stored(any_url: str) -> None:
    alembic.command.upgrade(alembic_config(url=any_url), "0006")
    _one_message(any_url, "inbound", "Le Café ouvre à 8 h", "received")
    postgresql = any_url.startswith("postgresql")

    with open_store(any_url) as store:
        assert [c.peer_number for c in store.search.conversations("cafe")] == ["+14155550101"]
        assert store.conversations.find_in(1, "CAFE OUVRE A") == [1]

    alembic.command.downgrade(alembic_config(url=any_url), "0006")
    if postgresql:
        functions = _execute(any_url, "SELECT proname FROM pg_proc WHERE proname = 'smsdesk_fold'")
        assert functions == []
        (index,) = _execute(
            any_url, "SELECT indexdef FROM pg_indexes WHERE indexname = 'messages_fts_body'"
        )
        assert "to_tsvector('simple'::regconfig, body)" in index[0]
    assert _execute(any_url, "SELECT body FROM messages") == [("Le Café ouvre à 8 h",)]


# -- 0008: picture sizes ---------------------------------------------------------------------------


def test_upgrading_to_0008_keeps_pictures_without_a_size(any_url: str) -> None:
    alembic.command.upgrade(alembic_config(url=any_url), "0007")
    _one_message(
        any_url,
        "inbound",
        "look",
        "received",
        "INSERT INTO media (id, message_id, position, url, content_type, size_bytes, state,"
        " cache_key, updated_at) VALUES (1, 1, 0, 'https://gw/m', 'image/png', 10, 'cached',"
        " 'ab', '2025-03-01 09:00:00')",
    )

    alembic.command.upgrade(alembic_config(url=any_url), "0008")
    assert _execute(any_url, "SELECT state, width, height FROM media") == [("cached", None, None)]

    alembic.command.downgrade(alembic_config(url=any_url), "0007")
    assert not _columns(any_url, "media") & {"width", "height"}
    assert _execute(any_url, "SELECT url FROM media") == [("https://gw/m",)]


# -- 0009, and desks starting together ---------------------------------------------------------


def test_upgrading_to_0009_keeps_an_in_flight_message_for_another_claimant(any_url: str) -> None:
    from datetime import UTC, datetime, timedelta

    alembic.command.upgrade(alembic_config(url=any_url), "0008")
    _one_message(
        any_url,
        "outbound",
        "hello",
        "sending",
        "INSERT INTO outbox (message_id, state, attempts, next_attempt_at, attempt_started_at)"
        " VALUES (1, 'in_flight', 1, '2025-03-01 09:00:00', '2025-03-01 09:00:00')",
    )
    started = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)

    with open_store(any_url) as store:
        (item,) = store.outbox.in_flight()
        # Claimed before the fencing existed: nobody knows who; still looked up when due.
        assert (item.claimed_by, item.claim_epoch) == (None, None)
        assert item.attempt_started_at == started
        assert [i.message_id for i in store.outbox.due(started + timedelta(seconds=1))] == [1]
    assert _execute(any_url, "SELECT count(*) FROM team_lease") == [(0,)]

    alembic.command.downgrade(alembic_config(url=any_url), "0008")
    assert not _columns(any_url, "outbox") & {"claimed_by", "claim_epoch"}
    assert "team_lease" not in _tables(any_url)
    assert _execute(any_url, "SELECT state FROM outbox") == [("in_flight",)]


# One desk starting: everything imported first, then it waits for the common start time, so the
# three processes open the database within a millisecond or so of each other.
_START_DESK = """
import sys, time
from desktop.store import open_store
from desktop.store.migrate import current_revision
from desktop.store.database import create_store_engine
import alembic.command, desktop.store.migrations  # loaded before the start, as in an app
url, start_at = sys.argv[1], float(sys.argv[2])
time.sleep(max(0.0, start_at - time.time()))
try:
    with open_store(url) as store:
        print(current_revision(store.engine), flush=True)
except Exception as exc:
    print("FAILED", type(exc).__name__, str(exc).splitlines()[0], flush=True)
"""


@pytest.mark.postgres
def test_three_desks_starting_together_on_an_empty_postgres_database_all_open(
    postgres_server,  # type: ignore[no-untyped-def]
) -> None:
    import os
    import subprocess
    import sys
    import time

    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    outcomes: list[str] = []
    for round_number in range(10):
        name = f"smsdesk_start_together_{round_number}"
        url = postgres_server.create_database(name)
        start_at = f"{time.time() + 2.0:.3f}"
        desks = [
            subprocess.Popen(
                [sys.executable, "-c", _START_DESK, url, start_at],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                cwd=repo,
                env=env,
            )
            for _ in range(3)
        ]
        for desk in desks:
            output, _ = desk.communicate(timeout=60)
            outcomes.append(output.strip().splitlines()[-1] if output.strip() else "no output")
        postgres_server.drop_database(name)

    assert outcomes == [HEAD_REVISION] * 30


# -- 0010: inbound records set aside ---------------------------------------------------------------


def test_upgrading_to_0010_adds_the_set_aside_list_and_keeps_the_messages(any_url: str) -> None:
    from desktop.store.database import create_store_engine
    from desktop.store.set_aside_store import SetAsideRecord
    from desktop.store.store import Store

    alembic.command.upgrade(alembic_config(url=any_url), "0008")
    _one_message(any_url, "inbound", "kept", "received")

    alembic.command.upgrade(alembic_config(url=any_url), "0010")
    assert "set_aside" in _tables(any_url)
    engine = create_store_engine(any_url)
    try:
        store = Store(engine)
        raw = '{"from": "", "body": "broken \\ud800 \\u0000"}'  # as kept: ASCII JSON
        store.set_aside.add([SetAsideRecord("SM1", "SM1", raw, "The sender is empty.")])
        (entry,) = store.set_aside.list()
        assert (entry.sid, entry.raw, entry.reason) == ("SM1", raw, "The sender is empty.")
    finally:
        engine.dispose()

    alembic.command.downgrade(alembic_config(url=any_url), "0008")
    assert "set_aside" not in _tables(any_url)
    assert _execute(any_url, "SELECT body FROM messages") == [("kept",)]


# -- 0012: one- and two-letter prefixes in the SQLite search index ---------------------------------


def test_upgrading_to_0013_keeps_what_is_found_with_prefix_indexes(any_url: str) -> None:
    alembic.command.upgrade(alembic_config(url=any_url), "0012")
    _one_message(any_url, "inbound", "Le Café ouvre à 8 h", "received")
    sqlite = any_url.startswith("sqlite")

    def index() -> str:
        (row,) = _execute(any_url, "SELECT sql FROM sqlite_master WHERE name = 'messages_fts'")
        return str(row[0])

    def found(typed: str) -> list[str]:
        with open_store(any_url) as store:
            return [c.peer_number for c in store.search.conversations(typed)]

    for revision, prefixes in (("0013", True), ("0012", False)):
        if revision == "0013":
            alembic.command.upgrade(alembic_config(url=any_url), revision)
        else:
            alembic.command.downgrade(alembic_config(url=any_url), revision)
        if sqlite:
            assert ("prefix='1 2'" in index()) is prefixes
            assert "tokenize='unicode61 remove_diacritics 2'" in index()
            _execute(
                any_url,
                "INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)",
            )
        if revision == "0013":  # (open_store would bring 0012 back to head)
            for typed in ("c", "ca", "cafe", "a", "8"):
                assert found(typed) == ["+14155550101"], typed
            assert found("x") == []
    assert _execute(any_url, "SELECT body FROM messages") == [("Le Café ouvre à 8 h",)]


# -- 0014: remembered sign-ins by token --------------------------------------------------------


def test_upgrading_to_0014_keeps_the_accounts_and_remembers_by_digest_alone(any_url: str) -> None:
    from desktop.accounts.staff import Accounts, RememberedSignInEnded

    alembic.command.upgrade(alembic_config(url=any_url), "0013")
    with open_store(any_url) as store:  # (brings it to head: 0014)
        anna = Accounts(store).create_user("101", "Anna", "correct horse 42")
    alembic.command.downgrade(alembic_config(url=any_url), "0013")
    assert "remembered_sign_ins" not in _tables(any_url)

    alembic.command.upgrade(alembic_config(url=any_url), "0014")
    assert "remembered_sign_ins" in _tables(any_url)
    with open_store(any_url) as store:
        accounts = Accounts(store)
        token = accounts.remember(anna)
        assert accounts.sign_in_remembered("101", token).id == anna.id
        (digest,) = (row[0] for row in _execute(any_url, "SELECT digest FROM remembered_sign_ins"))
        assert token not in str(digest)
        # Deleting the account deletes its remembered sign-ins (the key cascades).
        _execute(any_url, "DELETE FROM users WHERE extension = '101'")
        assert _execute(any_url, "SELECT count(*) FROM remembered_sign_ins") == [(0,)]
        with pytest.raises(RememberedSignInEnded):
            accounts.sign_in_remembered("101", token)

    alembic.command.downgrade(alembic_config(url=any_url), "0013")
    assert "remembered_sign_ins" not in _tables(any_url)


# -- 0015: unread counts from an index of inbound SMS -------------------------------------------


def test_0015_indexes_the_inbound_sms_alone_and_downgrading_drops_the_index(any_url: str) -> None:
    def definition() -> str:
        if any_url.startswith("sqlite"):
            found = _execute(
                any_url, "SELECT sql FROM sqlite_master WHERE name = 'ix_messages_inbound_sms'"
            )
        else:
            found = _execute(
                any_url,
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_messages_inbound_sms'",
            )
        return str(found[0][0]) if found else ""

    alembic.command.upgrade(alembic_config(url=any_url), "0015")
    made = definition()
    # The condition the store's count writes as literals (desktop.store.tables.INBOUND_SMS).
    assert "(conversation_id, id)" in made, made
    assert "'inbound'" in made, made
    assert "'sms'" in made, made
    alembic.command.downgrade(alembic_config(url=any_url), "0014")
    assert definition() == ""

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
from desktop.store.tables import Base, is_search_index

TABLES = {
    "conversations",
    "messages",
    "outbox",
    "sync_state",
    "users",
    "sign_in_failures",
    "contacts",
    "contact_numbers",
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


def schema_differences(path: Path) -> list[object]:
    engine = create_engine(sqlite_url(path))
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
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def test_opening_a_new_file_migrates_it_to_exactly_the_models_schema(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    open_store(sqlite_url(db)).close()

    engine = create_engine(sqlite_url(db))
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == TABLES | SEARCH_TABLES
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0003"
        triggers = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        assert set(triggers.scalars()) == {
            "messages_fts_after_insert",
            "messages_fts_after_delete",
            "messages_fts_after_update",
        }
    engine.dispose()
    assert schema_differences(db) == []


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
        with store._engine.connect() as conn:
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

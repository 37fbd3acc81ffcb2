"""The last session's snapshot: what it holds, how it is written and what is ignored."""

import json
import os
import stat
from datetime import UTC, datetime

import pytest

from desktop.core.models import Conversation, ConversationId, Direction, MessageStatus, UserId
from desktop.ui.session import snapshot


def conversation(n: int, **fields) -> Conversation:
    values = {
        "id": ConversationId(n),
        "peer_number": f"+1415555{n:04d}",
        "last_activity_at": datetime(2026, 3, 1, 12, n % 60, tzinfo=UTC),
        "last_message_preview": f"hello {n} — ünïcode",
        "last_direction": Direction.OUTBOUND,
        "last_status": MessageStatus.DELIVERED,
        "unread_count": n % 3,
        "display_name": f"Customer {n}" if n % 2 else None,
        "owner_id": UserId(7),
        "owner_label": "Anna (101)",
    }
    values.update(fields)
    return Conversation(**values)


def sample(rows: int = 3, **fields) -> snapshot.Snapshot:
    convs = tuple(conversation(n) for n in range(1, rows + 1))
    values = {
        "extension": "101",
        "user_label": "Anna (101)",
        "database": snapshot.database_key("sqlite:////tmp/x.sqlite3"),
        "desk_number": "+14155550100",
        "rows": convs,
        "titles": tuple(f"title {c.id}" for c in convs),
        "geometry": "AdnQywADAAA=",
    }
    values.update(fields)
    return snapshot.Snapshot(**values)


def test_round_trip_keeps_every_field(tmp_path):
    path = tmp_path / "data" / "last-session.json"
    written = sample()
    snapshot.write(path, written)
    read = snapshot.read(path, extension="101", database=written.database)
    assert read == written


def test_written_readable_by_the_user_only_and_atomically(tmp_path):
    path = tmp_path / "last-session.json"
    path.write_text("old")
    snapshot.write(path, sample())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["last-session.json"]  # no temporary left
    assert json.loads(path.read_text())["version"] == snapshot.VERSION


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "last-session.json"
    snapshot.write(path, sample())
    before = path.read_text()

    def broken(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        snapshot.write(path, sample(rows=5))
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["last-session.json"]


def test_holds_what_the_list_shows_and_no_secrets(tmp_path):
    path = tmp_path / "last-session.json"
    snapshot.write(path, sample(rows=60))
    raw = json.loads(path.read_text())
    assert len(raw["rows"]) == snapshot.ROWS
    assert set(raw) == {
        "version",
        "extension",
        "user_label",
        "database",
        "desk_number",
        "geometry",
        "rows",
    }
    text = path.read_text().lower()
    for word in ("password", "token", "hash", "secret", "sqlite:"):
        assert word not in text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "[]",
        '{"version": 99}',
        '{"version": 1, "extension": "101"}',
        '{"version": 1, "extension": "101", "user_label": "A", "database": "d", "rows": 5}',
        '{"version": 1, "extension": "101", "user_label": "A", "database": "d",'
        ' "rows": [{"id": "x", "title": "t"}]}',
        '{"version": 1, "extension": "101", "user_label": "A", "database": "d",'
        ' "rows": [{"id": 1, "peer_number": "+1", "last_activity_at": "2026-01-01T00:00:00",'
        ' "title": "t"}]}',
    ],
)
def test_a_corrupt_snapshot_is_ignored(tmp_path, text):
    path = tmp_path / "last-session.json"
    path.write_text(text)
    assert snapshot.read(path, extension="101", database="d") is None


def test_unreadable_bytes_are_ignored(tmp_path):
    path = tmp_path / "last-session.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert snapshot.read(path, extension="101", database="d") is None


def test_a_snapshot_of_another_extension_database_or_with_no_rows_is_not_used(tmp_path):
    path = tmp_path / "last-session.json"
    written = sample()
    snapshot.write(path, written)
    assert snapshot.read(path, extension="102", database=written.database) is None
    assert snapshot.read(path, extension="101", database="another") is None
    assert snapshot.read(path, extension="", database=written.database) is None
    snapshot.write(path, sample(rows=0))
    assert snapshot.read(path, extension="101", database=written.database) is None
    assert snapshot.read(tmp_path / "missing.json", extension="101", database="d") is None


def test_discard_removes_it_and_tolerates_none(tmp_path):
    path = tmp_path / "last-session.json"
    snapshot.write(path, sample())
    snapshot.discard(path)
    snapshot.discard(path)
    assert not path.exists()


def tampered(path, change) -> str:
    """The text of a good snapshot with one change made to its first row or to the file."""
    snapshot.write(path, sample())
    raw = json.loads(path.read_text())
    text = change(raw)
    return text if isinstance(text, str) else json.dumps(raw, ensure_ascii=False)


def set_row(field, value):
    def change(raw):
        raw["rows"][0][field] = value

    return change


def replace_in_text(field, literal):
    def change(raw):
        raw["rows"][0][field] = "@@"
        return json.dumps(raw).replace('"@@"', literal)

    return change


@pytest.mark.parametrize(
    "change",
    [
        replace_in_text("id", "Infinity"),
        replace_in_text("id", "-Infinity"),
        replace_in_text("unread_count", "NaN"),
        replace_in_text("unread_count", "1e400"),
        replace_in_text("id", "1" + "0" * 400),
        replace_in_text("id", "1" + "0" * 5000),
        replace_in_text("unread_count", "2.5"),
        set_row("unread_count", -1),
        set_row("id", True),
        set_row("archived", "false"),
        set_row("owner_id", 0),
        set_row("last_message_preview", "x" * 5000),
        set_row("peer_number", ""),
        set_row("last_activity_at", "0001-01-01T00:00:00+14:00"),
        set_row("last_activity_at", "9999-12-31T23:59:59-14:00"),
        set_row("title", 42),
        lambda raw: raw.update(geometry="ÄÖÜ€ geometry"),
        lambda raw: raw.update(geometry="not base64 !!"),
        lambda raw: raw["rows"].__setitem__(0, [1, 2]),
        replace_in_text("last_message_preview", '"\\ud800 lone surrogate"'),
        lambda raw: json.dumps(raw).replace(
            '"rows"', '"deep": ' + "[" * 100_000 + "]" * 100_000 + ', "rows"'
        ),
        lambda raw: '{"version": 1, "x": ' + '{"a": ' * 100_000 + "1" + "}" * 100_001,
    ],
    ids=[
        "Infinity id",
        "-Infinity id",
        "NaN count",
        "1e400 count",
        "huge id",
        "5000-digit id",
        "fraction",
        "negative count",
        "boolean id",
        "text for a flag",
        "owner 0",
        "long preview",
        "empty number",
        "year 1",
        "year 9999",
        "title not text",
        "non-ASCII geometry",
        "geometry not base64",
        "row not an object",
        "lone surrogate",
        "100000-deep array",
        "100000-deep object",
    ],
)
def test_a_tampered_snapshot_is_ignored_not_a_crash(tmp_path, change):
    path = tmp_path / "last-session.json"
    path.write_text(tampered(path, change), encoding="utf-8")
    good = sample()
    assert snapshot.read(path, extension="101", database=good.database) is None


def test_a_huge_snapshot_is_not_read(tmp_path):
    path = tmp_path / "last-session.json"
    snapshot.write(path, sample())
    path.write_text(path.read_text()[:-1] + ', "padding": "' + "x" * 2_000_000 + '"}')
    assert snapshot.read(path, extension="101", database=sample().database) is None

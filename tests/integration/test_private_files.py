"""Only their owner can read SMS Desk's files: the SQLite database and its -wal/-shm (0600)
in 0700 folders, custom database folders, settings, logs, the snapshot, the picture cache
and exports — new ones, whatever the umask, and ones an older version left 0644 / 0755."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.config.settings import Paths, Settings, save_settings
from desktop.store import InboundRecord, open_store
from desktop.system.private_files import write_private_bytes, write_private_text
from desktop.ui.session import snapshot

NOBODY = 65534


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """umask 000: what the process is given must not matter."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def store_a_message(url: str) -> None:
    from desktop.core.models import utcnow

    with open_store(url) as store:
        store.ingest.inbound([InboundRecord("SM1", "+14155550134", "+14155550100", "hi", utcnow())])
        wal = Path(store.engine.url.database + "-wal")
        shm = Path(store.engine.url.database + "-shm")
        # While it is open, SQLite's side files exist: they hold message text too.
        assert wal.exists()
        assert shm.exists()
        assert mode(wal) == 0o600
        assert mode(shm) == 0o600


def test_a_new_home_and_its_database_are_private_whatever_the_umask(
    tmp_path: Path, permissive_umask: None
) -> None:
    paths = Paths.under(tmp_path / "home")

    paths.ensure()
    store_a_message(paths.default_database_url)

    for folder in (tmp_path / "home", paths.data_dir, paths.config_dir, paths.log_dir):
        assert mode(folder) == 0o700, folder
    assert mode(paths.cache_root) == 0o700
    assert mode(paths.data_dir / "smsdesk.sqlite3") == 0o600


def test_a_custom_database_folder_is_created_private(
    tmp_path: Path, permissive_umask: None
) -> None:
    database = tmp_path / "srv" / "sms" / "desk.sqlite3"

    store_a_message(f"sqlite:///{database}")

    assert mode(tmp_path / "srv") == 0o700
    assert mode(tmp_path / "srv" / "sms") == 0o700
    assert mode(database) == 0o600


def test_a_database_an_older_version_left_readable_is_made_private_at_start(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "custom"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    database = folder / "desk.sqlite3"
    sqlite3.connect(database).close()
    database.chmod(0o644)
    shared = tmp_path / "shared"  # a folder with other things in it: the user's
    shared.mkdir()
    shared.chmod(0o755)
    (shared / "notes.txt").write_text("mine")
    other = shared / "desk.sqlite3"
    sqlite3.connect(other).close()
    other.chmod(0o644)

    store_a_message(f"sqlite:///{database}")
    store_a_message(f"sqlite:///{other}")

    assert mode(database) == 0o600
    assert mode(folder) == 0o700  # it holds nothing but this database
    assert mode(other) == 0o600
    assert mode(shared) == 0o755
    assert mode(shared / "notes.txt") == 0o644


def test_files_an_older_version_left_readable_are_made_private_at_start(
    tmp_path: Path,
) -> None:
    paths = Paths.under(tmp_path / "home")
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir, paths.picture_cache_dir):
        folder.mkdir(parents=True)
        folder.chmod(0o755)
    left = [
        paths.data_dir / "smsdesk.sqlite3",
        paths.data_dir / "smsdesk.sqlite3-wal",
        paths.snapshot_file,
        paths.settings_file,
        paths.log_dir / "smsdesk.log",
        paths.log_dir / "smsdesk.log.1",
    ]
    for path in left:
        path.write_bytes(b"")
        path.chmod(0o644)

    paths.ensure()

    for folder in (paths.data_dir, paths.config_dir, paths.log_dir, paths.picture_cache_dir):
        assert mode(folder) == 0o700, folder
    for path in left:
        assert mode(path) == 0o600, path


def test_a_file_of_another_user_is_left_alone(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("only root can give a file to another user")
    paths = Paths.under(tmp_path / "home")
    paths.data_dir.mkdir(parents=True)
    theirs = paths.data_dir / "theirs.txt"
    theirs.write_text("not ours")
    theirs.chmod(0o644)
    os.chown(theirs, NOBODY, -1)

    paths.ensure()

    assert mode(theirs) == 0o644


def test_settings_and_snapshot_are_written_private(tmp_path: Path, permissive_umask: None) -> None:
    paths = Paths.under(tmp_path / "home")

    save_settings(paths.settings_file, Settings(default_region="US"))
    snapshot.write(
        paths.snapshot_file,
        snapshot.Snapshot(
            extension="101",
            user_label="Anna (101)",
            database="x",
            desk_number="+14155550100",
            rows=(),
            titles=(),
            geometry="",
        ),
    )

    assert mode(paths.config_dir) == 0o700
    assert mode(paths.settings_file) == 0o600
    assert mode(paths.snapshot_file) == 0o600
    # The log files: tests/unit/test_logs.py (0600 in a 0700 folder, also after rotation).


def test_exports_are_written_private_also_over_an_older_readable_file(
    tmp_path: Path, permissive_umask: None
) -> None:
    csv_file, picture = tmp_path / "out.csv", tmp_path / "picture.png"
    csv_file.write_text("old")
    csv_file.chmod(0o644)

    write_private_text(csv_file, "Name,Phone\r\n", encoding="utf-8-sig")
    write_private_bytes(picture, b"\x89PNG")

    assert mode(csv_file) == 0o600
    assert csv_file.read_bytes() == b"\xef\xbb\xbfName,Phone\r\n"
    assert mode(picture) == 0o600

"""What a repeat start of a desk on SQLite loads: not SQLAlchemy's ORM (the tables are Core
tables; loading and mapping the ORM cost every start 110-160 ms), not PostgreSQL's dialect
(25-35 ms, with its asyncpg and pg8000 drivers' modules), nor Alembic when the schema is up
to date. Each check runs in a fresh interpreter: this one has loaded everything already."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.store import open_store

PROBE = """
import json, sys
from desktop.store import open_store
import desktop.ui.session.desk, desktop.ui.session.opening
store = open_store(sys.argv[1])
store.close()
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))))
"""


def test_a_desk_on_sqlite_opens_its_store_without_orm_postgresql_or_alembic(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'smsdesk.sqlite3'}"
    open_store(url).close()  # made and migrated, as before a repeat start
    done = subprocess.run(
        [sys.executable, "-c", PROBE, url], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)
    assert "sqlalchemy.engine" in loaded  # (the probe saw the database layer load)
    assert not [m for m in loaded if m.startswith("sqlalchemy.orm")]
    assert not [m for m in loaded if m.startswith("sqlalchemy.dialects.postgresql")]
    assert not [m for m in loaded if m.startswith("alembic")]

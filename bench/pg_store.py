"""The busy office's store on PostgreSQL, for the benchmarks that time team mode.

Starts a private PostgreSQL server with the programs ``tests/pg.py`` runs and loads the
store of ``bench/generate.py`` into it: built through the Store the first time and kept as a
dump under ``bench/`` (git-ignored: ``bench/*.pgdump*``); later runs restore the dump, and a
dump of an older schema is restored and migrated. Also: the store opened signed in as the
generated colleague, and the plans of what a call runs (EXPLAIN ANALYZE).

Used by ``bench/pg_search.py`` (search and Find against 100 ms) and ``bench/team_pg.py``
(the ``team`` section of ``make bench``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from urllib.parse import quote

from desktop.accounts.staff import Accounts
from desktop.store import HEAD_REVISION, Store, open_store

from bench.generate import GENERATOR_VERSION, Scale, StoreInfo, generate

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent / "tests"))
from pg import PostgresServer  # noqa: E402 - tests/ is no package: its folder goes on the path
from tests.integration.store_statements import statements  # noqa: E402 - (the tests' recorder)

__all__ = [
    "DATABASE",
    "PostgresServer",
    "dump_path",
    "explain",
    "load_store",
    "signed_in",
    "statements",
]

DATABASE = "bench"


def log(message: str) -> None:
    print(f"  [pg] {message}", file=sys.stderr, flush=True)


# -- the database ----------------------------------------------------------------------------


def dump_path(scale: Scale, schema: str = HEAD_REVISION) -> Path:
    """Where the dump of this scale's store at this schema is kept (git-ignored)."""
    return BENCH_DIR / f"store-g{GENERATOR_VERSION}-s{schema}-{scale.name}.pgdump"


def _info_file(dump: Path) -> Path:
    return dump.with_suffix(".pgdump-info.json")


def _pg_program(server: PostgresServer, name: str, *args: str) -> None:
    # The client programs run as this user over TCP, as the server trusts local connections.
    program = server._bindir / name
    connection = ["-h", server.host, "-p", str(server.port), "-U", "postgres"]
    subprocess.run([str(program), *connection, *args], check=True, capture_output=True)


def _vacuum_analyze(url: str) -> None:
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql("VACUUM ANALYZE")
            # The restore's gigabyte of pages is written out now, not by the checkpointer
            # in the background of the first measurements.
            conn.exec_driver_sql("CHECKPOINT")
    finally:
        store.close()


def load_store(
    server: PostgresServer, scale: Scale, *, rebuild: bool = False, database: str = DATABASE
) -> tuple[str, StoreInfo]:
    """Fill a new database with this scale's store, at this version's schema.

    Restores the dump of this schema when there is one; else restores a dump of an older
    schema and migrates it (and keeps the result as the new dump); else builds the store
    through ``bench.generate`` and dumps it.

    Returns:
        The database's URL and what is in it.
    """
    url = server.create_database(database)
    dump = dump_path(scale)
    older = sorted(BENCH_DIR.glob(f"store-g{GENERATOR_VERSION}-s*-{scale.name}.pgdump"))
    source = dump if dump.exists() else (older[-1] if older else None)
    if rebuild or source is None or not _info_file(source).exists():
        info = generate(scale, url=url)
    else:
        started = time.perf_counter()
        _pg_program(server, "pg_restore", "--no-owner", "-d", database, str(source))
        info = StoreInfo(**json.loads(_info_file(source).read_text()))
        log(f"restored {source.name} in {time.perf_counter() - started:.0f} s")
        if source == dump:
            _vacuum_analyze(url)  # a restore brings no statistics
            return url, info
        started = time.perf_counter()
        _vacuum_analyze(url)  # opening the store migrates it; then statistics for the new
        log(f"migrated {source.name} to {HEAD_REVISION} in {time.perf_counter() - started:.0f} s")
    info = StoreInfo(**{**asdict(info), "path": f"pg_dump {dump.name}", "schema": HEAD_REVISION})
    for stale in older:
        stale.unlink()
        _info_file(stale).unlink(missing_ok=True)
    _pg_program(server, "pg_dump", "-Fc", "-f", str(dump), database)
    _info_file(dump).write_text(json.dumps(asdict(info), indent=2))
    log(f"kept {dump.name} ({dump.stat().st_size / 1e6:.0f} MB) for the next run")
    return url, info


@contextmanager
def signed_in(
    url: str, info: StoreInfo, *, statement_timeout: float | None = None
) -> Iterator[Store]:
    """The store at ``url`` as the window's is: a session of the generated colleague
    (extension ``info.extension``), whose unread counts and read marks it reads.

    Args:
        statement_timeout: seconds after which the server cuts a query (PostgreSQL only).
    """
    if statement_timeout is not None:
        options = quote(f"-c statement_timeout={int(statement_timeout * 1000)}")
        url = f"{url}{'&' if '?' in url else '?'}options={options}"
    opened = open_store(url)
    try:
        user = Accounts(opened).get_user(info.extension)
        assert user is not None
        yield opened.for_session(user.id)
    finally:
        opened.close()


# -- what a call runs ------------------------------------------------------------------------


# smsdesk_fold's translate table, written out in every plan that inlines the function.
_LONG_LITERAL = re.compile(r"'[^'\n]{80,}'")


def explain(store: Store, run: Callable[[], object]) -> str:
    """The plans (EXPLAIN ANALYZE, BUFFERS) of the reading statements one call runs."""
    with statements(store) as seen:
        run()
    plans = []
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement, parameters in seen:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            plans.append(statement + "\n" + _LONG_LITERAL.sub("'…'", plan))
        raw.rollback()
    finally:
        raw.close()
    return "\n\n".join(plans)

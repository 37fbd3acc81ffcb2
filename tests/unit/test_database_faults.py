"""Expected database faults (an outage, a busy file) are told apart from bugs, with real
driver errors: sqlite3 on a file locked by another connection, psycopg on a closed port."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from desktop.store.faults import database_fault


def locked_error(tmp_path: Path) -> sqlite3.OperationalError:
    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path, timeout=0, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        other.close()
        holder.close()
    raise AssertionError("the file was not locked")


def test_a_locked_sqlite_file_is_a_busy_database_not_a_bug(tmp_path):
    fault = database_fault(locked_error(tmp_path))
    assert fault is not None
    assert fault.headline == "The database is busy"


def test_sqlalchemy_wrapping_and_exception_chains_are_looked_through(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}", connect_args={"timeout": 0})
    holder = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(OperationalError) as raised, engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
    finally:
        holder.close()
        engine.dispose()
    assert database_fault(raised.value) is not None
    chained = RuntimeError("while storing")
    chained.__cause__ = raised.value
    assert database_fault(chained) is not None


def test_an_unreachable_postgresql_server_is_an_outage():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once the socket is closed
    with pytest.raises(psycopg.OperationalError) as raised:
        psycopg.connect(host="127.0.0.1", port=port, user="x", dbname="x", connect_timeout=2)
    fault = database_fault(raised.value)
    assert fault is not None
    assert fault.headline == "Can't reach the database"


def test_mistakes_and_refusals_are_not_expected_faults(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'y.sqlite3'}")
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x UNIQUE)"))
            conn.execute(text("INSERT INTO t VALUES (1)"))
        with pytest.raises(IntegrityError) as duplicate, engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
        with pytest.raises(OperationalError) as no_table, engine.begin() as conn:
            conn.execute(text("SELECT * FROM missing"))  # an SQL mistake: a bug
    finally:
        engine.dispose()
    assert database_fault(duplicate.value) is None
    assert database_fault(no_table.value) is None
    assert database_fault(ValueError("a bug")) is None

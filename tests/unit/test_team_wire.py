"""What team mode puts on the wire, without a server: database URLs as the drivers get them,
and the change notifications desks send each other."""

from __future__ import annotations

import json

import pytest

from desktop.store.team import PAYLOAD_LIMIT, POLLER_LOCK_KEY, change_payloads
from desktop.store.urls import LIBPQ_DEFAULTS, libpq_params, normalize_url

SECRET = "s3cr%40t"  # percent-encoded "s3cr@t"


@pytest.mark.parametrize(
    ("typed", "driver"),
    [
        ("postgresql://desk@db/sms", "postgresql+psycopg"),
        ("postgres://desk@db/sms", "postgresql+psycopg"),
        ("postgresql+psycopg://desk@db/sms", "postgresql+psycopg"),
        ("postgresql+psycopg2://desk@db/sms", "postgresql+psycopg2"),
        ("postgresql+pg8000://desk@db/sms", "postgresql+pg8000"),
        ("sqlite:////home/me/sms.sqlite3", "sqlite"),
    ],
)
def test_plain_postgres_urls_use_psycopg_and_explicit_drivers_are_kept(typed, driver):
    assert normalize_url(typed).drivername == driver


def test_postgres_urls_get_timeouts_and_keepalives_unless_they_set_their_own():
    url = normalize_url("postgresql://desk@db/sms?connect_timeout=3")
    assert url.query["connect_timeout"] == "3"
    for key in ("keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count"):
        assert url.query[key] == LIBPQ_DEFAULTS[key]
    # Drivers that do not hand URL parameters to libpq get none they would choke on.
    assert dict(normalize_url("postgresql+pg8000://desk@db/sms").query) == {}
    assert dict(normalize_url("sqlite:////tmp/x.sqlite3").query) == {}


@pytest.mark.parametrize("typed", ["", "not a url", f"postgresql//desk:{SECRET}@db/sms", "::"])
def test_an_invalid_url_is_refused_without_repeating_it(typed):
    with pytest.raises(ValueError, match="not valid") as caught:
        normalize_url(typed)
    assert SECRET not in str(caught.value)
    assert "s3cr@t" not in str(caught.value)


def test_libpq_params_carry_the_decoded_password_and_the_url_settings():
    params = libpq_params(f"postgres://desk:{SECRET}@db.example.com:5433/sms?sslmode=require")
    assert params["password"] == "s3cr@t"
    assert params["host"] == "db.example.com"
    assert params["port"] == 5433
    assert params["user"] == "desk"
    assert params["dbname"] == "sms"
    assert params["sslmode"] == "require"
    assert params["keepalives"] == "1"
    with pytest.raises(ValueError, match="PostgreSQL"):
        libpq_params("sqlite:////tmp/x.sqlite3")


def test_a_small_change_is_one_compact_payload():
    [payload] = change_payloads("desk-a", [3, 1, 3], [10, 11])
    assert json.loads(payload) == {"i": "desk-a", "c": [1, 3], "m": [10, 11]}
    assert " " not in payload
    assert change_payloads("desk-a", [], []) == []


def test_a_large_change_is_split_into_payloads_postgres_accepts():
    cids = range(1, 3001)
    mids = range(10**9, 10**9 + 3000)
    payloads = change_payloads("0123456789abcdef0123456789abcdef", cids, mids)
    assert len(payloads) > 1
    assert all(len(p.encode()) <= PAYLOAD_LIMIT < 8000 for p in payloads)
    decoded = [json.loads(p) for p in payloads]
    assert [c for d in decoded for c in d["c"]] == list(cids)
    assert [m for d in decoded for m in d["m"]] == list(mids)
    assert {d["i"] for d in decoded} == {"0123456789abcdef0123456789abcdef"}


def test_an_instance_id_that_leaves_no_room_for_ids_is_refused():
    with pytest.raises(ValueError, match="too long"):
        change_payloads("x" * PAYLOAD_LIMIT, [1], [])


def test_the_poller_lock_key_is_a_fixed_signed_64_bit_number():
    # Every desk of a team, of every version, must ask for the same lock.
    assert POLLER_LOCK_KEY == -7861446413628025091
    assert -(2**63) <= POLLER_LOCK_KEY < 2**63

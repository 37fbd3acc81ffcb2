"""Database URLs as typed in Settings, turned into what SQLAlchemy and psycopg need.

People paste ``postgres://`` and ``postgresql://`` URLs from other tools; both mean the one
PostgreSQL driver SMS Desk ships (psycopg 3), and both get the connection settings a desk on a
network needs (a connect timeout, TCP keepalives) as libpq URL parameters, so no caller has to
remember ``connect_args``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["LIBPQ_DEFAULTS", "POSTGRES_DRIVER", "libpq_params", "normalize_url"]

POSTGRES_DRIVER = "postgresql+psycopg"
"""The SQLAlchemy dialect and driver for PostgreSQL: psycopg 3, a declared dependency."""

# libpq connection parameters added to PostgreSQL URLs that do not set them already:
# connect_timeout: an unreachable server fails in 10 s, not after the OS's TCP timeout (minutes).
# keepalives: a connection whose peer vanished (a desk that lost power, a server that was
#   unplugged) is noticed within about 25 s (idle 10 s, then 3 probes 5 s apart), so a held
#   poller lease and a LISTEN connection do not outlive their desk or their server.
# application_name: shows who is connected in pg_stat_activity.
LIBPQ_DEFAULTS: Mapping[str, str] = {
    "connect_timeout": "10",
    "keepalives": "1",
    "keepalives_idle": "10",
    "keepalives_interval": "5",
    "keepalives_count": "3",
    "application_name": "smsdesk",
}

# Drivers that pass URL parameters through to libpq, and so understand LIBPQ_DEFAULTS.
_LIBPQ_DRIVERS = ("psycopg", "psycopg2")

# Translated where raised; the examples are not words, so they are a placeholder.
_INVALID = QT_TRANSLATE_NOOP("Database", "The database URL is not valid. Examples: {examples}")
_EXAMPLES = "sqlite:////home/me/sms.sqlite3, postgresql://desk@db.example.com/sms"


def normalize_url(url: str) -> URL:
    """Parse a database URL and settle which driver and connection settings it uses.

    ``postgresql://`` and ``postgres://`` become ``postgresql+psycopg://``; a URL naming its
    driver explicitly (``postgresql+psycopg2://``) keeps it. PostgreSQL URLs for a libpq
    driver gain ``LIBPQ_DEFAULTS`` for each parameter they do not set. Other URLs (SQLite,
    unsupported databases) come back as parsed: the store decides what it accepts.

    Args:
        url: the URL as configured; it may hold a password.

    Returns:
        The parsed URL.

    Raises:
        ValueError: the text is not a URL; the message never repeats it, since it may hold
            a password.
    """
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError, TypeError, AttributeError):
        raise ValueError(translate("Database", _INVALID).format(examples=_EXAMPLES)) from None
    backend, _, driver = parsed.drivername.partition("+")
    if backend == "postgres":
        # SQLAlchemy dropped this alias, but Heroku-style tools still write it.
        backend = "postgresql"
    if backend != "postgresql":
        return parsed
    driver = driver or "psycopg"
    parsed = parsed.set(drivername=f"{backend}+{driver}")
    if driver in _LIBPQ_DRIVERS:
        missing = {key: value for key, value in LIBPQ_DEFAULTS.items() if key not in parsed.query}
        parsed = parsed.update_query_dict(missing)
    return parsed


def libpq_params(url: str | URL) -> dict[str, Any]:
    """Connection keywords for ``psycopg.connect`` to the database a PostgreSQL URL names.

    For the connections the team features hold outside SQLAlchemy's pool (LISTEN, the poller
    lease, NOTIFY); they get the same settings as the store's own connections.

    Args:
        url: a PostgreSQL URL (as text, or already normalized).

    Returns:
        ``host``, ``port``, ``user``, ``password``, ``dbname`` (those the URL has) and its
        query parameters.

    Raises:
        ValueError: not a valid PostgreSQL URL.
    """
    parsed = normalize_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(translate("Database", "The team features need a PostgreSQL database URL."))
    params: dict[str, Any] = {}
    for key, value in parsed.query.items():
        # A parameter given twice (host=a&host=b, for fail-over) is a list in libpq's syntax.
        params[key] = ",".join(value) if isinstance(value, tuple) else value
    connection: tuple[tuple[str, str | int | None], ...] = (
        ("host", parsed.host),
        ("port", parsed.port),
        ("user", parsed.username),
        ("password", parsed.password),
        ("dbname", parsed.database),
    )
    for key, part in connection:
        if part is not None and part != "":
            params[key] = part
    return params

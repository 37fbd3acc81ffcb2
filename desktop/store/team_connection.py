"""A desk's one long-lived connection to its team's PostgreSQL server, outside the store's pool.

LISTEN and session advisory locks belong to one connection for its whole life, so they cannot
live in the store's pool. ``TeamConnection`` is that connection, shared by the change listener
(LISTEN) and the poller lease (its session lock): with the store's single pooled connection a
desk holds two connections to the server, however many cycles, wakes and threads it runs.

It is opened when first used and kept. When the server goes away it is dropped, and connecting
again is tried with back-off (0.5 s doubling to ``max_backoff``) rather than on every call, so
twenty desks waiting for a restarted server do not storm it. A new connection re-issues the
LISTENs, and ``generation`` counts connections: whoever kept state on the old one (the
listener's catch-up, the lease's lock) sees that it is gone.

Pure Python on psycopg 3.
"""

from __future__ import annotations

import contextlib
import logging
import select
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import psycopg

from desktop.core.i18n import translate
from desktop.store.urls import libpq_params, normalize_url

__all__ = ["TeamConnection", "TeamUnavailable", "close_quietly", "team_params"]

logger = logging.getLogger("smsdesk.team")

_T = TypeVar("_T")

# Settings for the long-lived team connection, on top of normalize_url's keepalives:
# tcp_user_timeout drops a connection whose sent data stays unacknowledged (a dead network
# mid-query, where keepalives do not apply); the tcp_keepalives_* settings make the *server*
# probe too, so it frees a vanished desk's poller lease in about 25 s instead of the OS
# default of two hours.
_TEAM_PARAMS = {
    "tcp_user_timeout": "15000",
    "options": "-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3",
}


class TeamUnavailable(Exception):
    """The team connection is down and the back-off says not to try again yet (or it failed)."""


def team_params(url: str) -> dict[str, Any]:
    """``psycopg.connect`` keywords for a team connection to the database at ``url``."""
    params = libpq_params(normalize_url(url))
    for key, value in _TEAM_PARAMS.items():
        params.setdefault(key, value)
    return params


def close_quietly(conn: psycopg.Connection[Any] | None) -> None:
    """Close a connection that may be broken already; it is gone either way."""
    if conn is not None:
        try:
            conn.close()
        except Exception:  # closing a broken connection may complain
            logger.debug("closing a team connection failed", exc_info=True)


def _usable(conn: psycopg.Connection[Any] | None) -> bool:
    return conn is not None and not conn.closed and not conn.broken


class TeamConnection:
    """This desk's connection for LISTEN and the poller lease; thread safe.

    Args:
        url: the team database's URL (it may hold the password).
        min_backoff: the first pause after a failed connect, in seconds.
        max_backoff: the longest pause between connect attempts, in seconds.

    Attributes:
        generation: how many connections were made so far; it changes when the connection
            was replaced (and with it the LISTENs and any session lock).
    """

    def __init__(self, url: str, *, min_backoff: float = 0.5, max_backoff: float = 30.0) -> None:
        self._params = team_params(url)
        self._lock = threading.RLock()
        self._conn: psycopg.Connection[Any] | None = None
        self._channels: list[str] = []
        self._min_backoff = min_backoff
        self._max_backoff = max_backoff
        self._delay = min_backoff
        self._retry_at = 0.0
        self._outage_logged = False
        self.generation = 0

    def listen(self, channel: str) -> None:
        """LISTEN on ``channel`` now (if connected) and on every later connection."""
        with self._lock:
            if channel not in self._channels:
                self._channels.append(channel)
                if _usable(self._conn):
                    with contextlib.suppress(psycopg.Error):
                        self.run(lambda conn: conn.execute(f"LISTEN {channel}"))

    def unlisten(self, channel: str) -> None:
        """Stop listening on ``channel`` (unheard notifications would pile up in memory)."""
        with self._lock:
            if channel in self._channels:
                self._channels.remove(channel)
                if _usable(self._conn):
                    with contextlib.suppress(psycopg.Error):
                        self.run(lambda conn: conn.execute(f"UNLISTEN {channel}"))

    def run(self, work: Callable[[psycopg.Connection[Any]], _T]) -> _T:
        """Run ``work`` on the connection, connecting first if there is none.

        Returns:
            What ``work`` returned.

        Raises:
            TeamUnavailable: there is no connection and one cannot be made now.
            psycopg.Error: ``work`` failed; when the connection broke, it is dropped and the
                next call connects again.
        """
        with self._lock:
            conn = self._ensure()
            try:
                return work(conn)
            except psycopg.Error:
                if not _usable(conn):
                    self._drop()
                raise

    def ensure(self) -> int:
        """Connect if there is no connection; return ``generation``.

        Raises:
            TeamUnavailable: no connection can be made now.
        """
        with self._lock:
            self._ensure()
            return self.generation

    def notifications(self, timeout: float) -> list[tuple[str, str]]:
        """Wait up to ``timeout`` s for notifications; return (channel, payload) pairs.

        The wait holds nothing: other threads use the connection meanwhile (what arrives
        during their queries waits in psycopg's backlog and is returned here).

        Raises:
            TeamUnavailable: there is no connection and one cannot be made now.
            psycopg.Error: the connection broke (it is dropped).
        """
        fileno = self.run(lambda conn: conn.fileno())
        with contextlib.suppress(OSError, ValueError):  # replaced meanwhile: just look again
            select.select([fileno], [], [], timeout)

        def drain(conn: psycopg.Connection[Any]) -> list[tuple[str, str]]:
            received = [(n.channel, n.payload) for n in conn.notifies(timeout=0)]
            if not received and conn.pgconn.status != psycopg.pq.ConnStatus.OK:
                # The server closed the connection (a restart, pg_terminate_backend).
                raise psycopg.OperationalError("the team connection was closed by the server")
            return received

        return self.run(drain)

    def close(self) -> None:
        """Close the connection (a later ``run`` connects again). Safe to call twice."""
        with self._lock:
            self._drop()

    # -- internals ---------------------------------------------------------------------

    def _ensure(self) -> psycopg.Connection[Any]:
        if _usable(self._conn):
            assert self._conn is not None
            return self._conn
        self._drop()
        if time.monotonic() < self._retry_at:
            raise TeamUnavailable(
                translate("Team", "The team database is unreachable; trying again shortly.")
            )
        conn: psycopg.Connection[Any] | None = None
        try:
            conn = psycopg.connect(**self._params, autocommit=True)
            for channel in self._channels:
                conn.execute(f"LISTEN {channel}")
        except psycopg.Error as exc:
            close_quietly(conn)
            self._retry_at = time.monotonic() + self._delay
            self._delay = min(self._delay * 2, self._max_backoff)
            if not self._outage_logged:  # once per outage: callers ask again and again
                logger.warning("Cannot reach the team database (%s)", type(exc).__name__)
                self._outage_logged = True
            raise TeamUnavailable(translate("Team", "Cannot reach the team database.")) from exc
        if self._outage_logged:
            logger.info("Reached the team database again")
        self._outage_logged = False
        self._delay = self._min_backoff
        self._retry_at = 0.0
        self._conn = conn
        self.generation += 1
        return conn

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        close_quietly(conn)

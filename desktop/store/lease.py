"""The poller lease: which desk of a team talks to the gateway, and the proof that it still does.

``PollerLease`` is a PostgreSQL session advisory lock on the desk's team connection
(``TeamConnection``, shared with the change listener: no connection of its own). The server
frees it when that connection ends: a clean ``release()``, the app quitting or crashing, a
``pg_terminate_backend``, or (through server-side keepalives) the desk vanishing from the
network after about 25 s. Whoever takes it writes a new epoch and its backend pid to
``team_lease`` in the same transaction; that is the ``LeaseToken`` that fences each claim of
an outbox message (``desktop.store.fencing``). With SQLite there is one desk, and
``LocalLease`` always holds, with no token.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
from typing import Any

import psycopg

from desktop.store.fencing import POLLER_LOCK_KEY, LeaseToken, lock_parts
from desktop.store.team_connection import TeamConnection, TeamUnavailable
from desktop.store.urls import normalize_url

__all__ = ["LocalLease", "PollerLease", "lease_for"]

logger = logging.getLogger("smsdesk.team")

# A new tenure: the epoch goes up by one (the first ever is 1), with who holds the lock now.
_TAKE = (
    "INSERT INTO team_lease (lock_key, epoch, holder, holder_pid, acquired_at)"
    " VALUES (%(key)s, 1, %(holder)s, pg_backend_pid(), timezone('UTC', now()))"
    " ON CONFLICT (lock_key) DO UPDATE SET epoch = team_lease.epoch + 1,"
    " holder = EXCLUDED.holder, holder_pid = EXCLUDED.holder_pid,"
    " acquired_at = EXCLUDED.acquired_at"
    " RETURNING epoch, holder_pid"
)

_HOLDS = (
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND pid = pg_backend_pid() AND classid::bigint = %s AND objid::bigint = %s"
    " AND objsubid = 1"
)


class PollerLease:
    """The right to talk to the gateway for the team, held by one desk at a time. Thread safe.

    Args:
        team: the desk's team connection, or a database URL (the lease then makes a team
            connection of its own, closed by ``release()``).
        key: the advisory lock key; every desk of a team must use the same.
        holder: who holds it, as written to ``team_lease`` (default: host and process).
    """

    def __init__(
        self, team: TeamConnection | str, key: int = POLLER_LOCK_KEY, *, holder: str | None = None
    ) -> None:
        self._owns_team = isinstance(team, str)
        self._team = TeamConnection(team) if isinstance(team, str) else team
        self._key = key
        self._holder = (holder or f"{socket.gethostname()}/{os.getpid()}")[:64]
        self._lock = threading.Lock()
        self._token: LeaseToken | None = None
        self._generation = -1

    def try_acquire(self) -> bool:
        """Take the lease if no other desk holds it; True when this desk holds it now.

        Never blocks on another desk and never raises: an unreachable server is a False
        (logged once per outage), and the caller tries again at its next cycle.
        """
        with self._lock:
            if self._token is not None:
                if self._still_held():
                    return True
                self._lost()
            try:
                token, generation = self._team.run(self._take)
            except TeamUnavailable:
                return False
            except psycopg.Error as exc:
                logger.warning("Asking for the poller lease failed (%s)", type(exc).__name__)
                return False
            if token is None:
                return False
            self._token = token
            self._generation = generation
            logger.info("This desk now polls the gateway for the team (epoch %d)", token.epoch)
            return True

    @property
    def held(self) -> bool:
        """Whether this desk still holds the lease; one round trip to the server.

        False once its connection died (the server may have given the lease to another desk).
        """
        with self._lock:
            if self._token is None:
                return False
            if self._still_held():
                return True
            self._lost()
            return False

    @property
    def token(self) -> LeaseToken | None:
        """The fencing token of the tenure this desk believes it holds (no round trip)."""
        return self._token

    def release(self) -> None:
        """Give the lease up (another desk may take it at once). Safe to call when not held."""
        with self._lock:
            token, self._token = self._token, None
            if token is not None and self._team.generation == self._generation:
                # A failure means the connection is gone, and the lock with it.
                with contextlib.suppress(TeamUnavailable, psycopg.Error):
                    self._team.run(
                        lambda conn: conn.execute("SELECT pg_advisory_unlock(%s)", (self._key,))
                    )
                logger.info("This desk stopped polling the gateway for the team")
            if self._owns_team:
                self._team.close()

    # -- internals ---------------------------------------------------------------------

    def _take(self, conn: psycopg.Connection[Any]) -> tuple[LeaseToken | None, int]:
        """Try the lock, and write a new epoch if it was free; with the connection's generation."""
        generation = self._team.generation  # read under the connection's lock: this one's
        row = conn.execute("SELECT pg_try_advisory_lock(%s)", (self._key,)).fetchone()
        if row is None or not row[0]:
            return None, generation
        try:
            with conn.transaction():
                taken = conn.execute(_TAKE, {"key": self._key, "holder": self._holder}).fetchone()
        except psycopg.Error:
            # Leading without a token would fence every claim out: give the lock back.
            # If this fails too, the connection broke: the server frees the lock with it.
            with contextlib.suppress(psycopg.Error):
                conn.execute("SELECT pg_advisory_unlock(%s)", (self._key,))
            raise
        assert taken is not None
        return LeaseToken(self._key, int(taken[0]), int(taken[1])), generation

    def _still_held(self) -> bool:
        if self._team.generation != self._generation:
            return False  # the connection that held the lock is gone
        try:
            row = self._team.run(
                lambda conn: conn.execute(_HOLDS, lock_parts(self._key)).fetchone()
            )
        except (TeamUnavailable, psycopg.Error):
            return False
        return bool(row and row[0]) and self._team.generation == self._generation

    def _lost(self) -> None:
        logger.warning("Lost the poller lease: its database connection ended")
        self._token = None


class LocalLease:
    """The lease of a desk that is alone (SQLite): it always holds it, with no token."""

    def try_acquire(self) -> bool:
        """Always True: there is no other desk."""
        return True

    @property
    def held(self) -> bool:
        """Always True."""
        return True

    @property
    def token(self) -> LeaseToken | None:
        """None: nothing to fence."""
        return None

    def release(self) -> None:
        """Nothing to give up."""


def lease_for(url: str | None) -> PollerLease | LocalLease:
    """The poller lease for a database: shared on PostgreSQL, always held otherwise.

    Args:
        url: the store's database URL; None or empty for the built-in SQLite file.

    Raises:
        ValueError: the URL is not valid.
    """
    if url and normalize_url(url).get_backend_name() == "postgresql":
        return PollerLease(url)
    return LocalLease()

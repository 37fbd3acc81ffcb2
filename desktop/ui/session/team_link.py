"""Team mode on PostgreSQL (``TeamLink``): other desks hear this desk's changes and this
desk hears theirs, on the desk's one team connection, which also holds the poller lease.

Qt-free; started and stopped by ``desktop.ui.session.desk.SmsDesk``.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when needed: psycopg is for team mode only
    from desktop.store import Store
    from desktop.store.lease import PollerLease
    from desktop.store.team import ChangeListener, ChangePublisher, TeamConnection

log = logging.getLogger("smsdesk.app")


class TeamLink:
    """Team mode on PostgreSQL: tells other desks what changed here (NOTIFY, through the
    store's connection) and hears what they changed (LISTEN, with a slow poll as a fallback)
    on the desk's one team connection, which also holds the poller lease. Nothing to do on
    SQLite."""

    def __init__(
        self,
        team: TeamConnection | None = None,
        publisher: ChangePublisher | None = None,
        listener: ChangeListener | None = None,
    ) -> None:
        self._team = team
        self._publisher = publisher
        self._listener = listener

    @classmethod
    def start(cls, store: Store, url: str) -> TeamLink:
        if store.dialect != "postgresql":
            return cls()
        from desktop.store.team import ChangeListener, ChangePublisher, TeamConnection

        instance = uuid.uuid4().hex
        team = TeamConnection(url)
        publisher = ChangePublisher(store, instance)
        publisher.start()
        listener = ChangeListener(store, team, instance)
        listener.start()
        log.info("team mode: sharing changes with the other desks")
        return cls(team, publisher, listener)

    def use_store(self, store: Store) -> None:
        """Reload other desks' changes as ``store`` shows them (a session's view)."""
        if self._listener is not None:
            self._listener.use_store(store)

    def lease(self) -> PollerLease | None:
        """The poller role on the team connection; None (always poll) on SQLite."""
        if self._team is None:
            return None
        from desktop.store.lease import PollerLease

        return PollerLease(self._team)

    def stop(self, timeout: float | None = None) -> None:
        """Stop listening and close the team connection.

        Args:
            timeout: how long to wait for the listener thread (a daemon: quitting need not
                wait for it); None waits up to 5 s.
        """
        if self._listener is not None:
            self._listener.stop(5.0 if timeout is None else timeout)
        if self._publisher is not None:
            self._publisher.stop()
        if self._team is not None:
            self._team.close()

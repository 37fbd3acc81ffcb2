"""An HTTP session whose requests can be cut short from another thread, so that quitting
never waits for a slow gateway.

The sync thread may be blocked in a send or a poll for as long as the read timeout (15 s)
when the user quits or the session ends. ``CancellableSession.cancel()`` shuts down the
sockets of its open connections: the blocked call fails at once with a connection error,
and every later request fails before it connects. To the sync engine that is a lost answer
like any other: a message whose answer was cut off is left "in flight" and looked up at the
gateway before it is ever sent again. Requests through an HTTP proxy are not tracked (quit
then waits for them up to its deadline).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import weakref
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

__all__ = ["CancellableSession"]


class CancellableSession(requests.Session):
    """A ``requests.Session`` with ``cancel()``; otherwise the same."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._cancelled = False
        self._connections: weakref.WeakSet[HTTPConnection] = weakref.WeakSet()
        for prefix in ("http://", "https://"):
            self.mount(prefix, _TrackingAdapter(self))

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Cut every open connection and refuse new ones (thread-safe, idempotent)."""
        with self._lock:
            self._cancelled = True
            connections = list(self._connections)
        for connection in connections:
            sock = getattr(connection, "sock", None)
            if sock is not None:
                with contextlib.suppress(OSError):  # closed meanwhile: nothing to cut
                    sock.shutdown(socket.SHUT_RDWR)

    def _connecting(self, connection: HTTPConnection) -> None:
        with self._lock:
            if self._cancelled:
                # An OSError, as a refused connection: nothing was sent.
                raise ConnectionAbortedError("SMS Desk is quitting")
            self._connections.add(connection)


def _tracked(base: type[HTTPConnection], session: CancellableSession) -> type[HTTPConnection]:
    class Tracked(base):  # type: ignore[valid-type,misc]
        def connect(self) -> None:
            session._connecting(self)
            super().connect()

    Tracked.__name__ = f"Tracked{base.__name__}"
    return Tracked


class _TrackingAdapter(HTTPAdapter):
    """Builds pools whose connections report to the session (see ``cancel``)."""

    def __init__(self, session: CancellableSession) -> None:
        self._session_ref = weakref.ref(session)
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        session = self._session_ref()
        if session is None:
            return
        http = type(
            "TrackedHTTPConnectionPool",
            (HTTPConnectionPool,),
            {"ConnectionCls": _tracked(HTTPConnection, session)},
        )
        https = type(
            "TrackedHTTPSConnectionPool",
            (HTTPSConnectionPool,),
            {"ConnectionCls": _tracked(HTTPSConnection, session)},
        )
        self.poolmanager.pool_classes_by_scheme = {"http": http, "https": https}

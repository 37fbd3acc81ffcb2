"""Desks of a team in one process, as the app runs them, for the failover and connection tests.

A ``TeamDesk`` is what one running app holds for team mode: its store (one pooled connection),
its team connection with the change listener and the poller lease on it, and a sync engine on
the demo gateway, cycling in a thread of its own as the app's worker does. Every connection
of a desk carries its name as ``application_name``, so a test can find and count (or kill)
them in ``pg_stat_activity``. Its adapter is wrapped to record each send: who, when it
started and ended, and what came of it.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg

from desktop.gateway.demo import DemoGateway
from desktop.gateway.twilio import TwilioGateway
from desktop.store import Store, open_store
from desktop.store.lease import PollerLease
from desktop.store.team import ChangeListener, ChangePublisher, TeamConnection
from desktop.sync.engine import SyncEngine


def named(url: str, name: str) -> str:
    """The URL with ``application_name`` set to ``name`` (pg_stat_activity shows it)."""
    parts = urlsplit(url)
    query = "&".join(filter(None, [parts.query, urlencode({"application_name": name})]))
    return urlunsplit(parts._replace(query=query))


@dataclass(frozen=True, slots=True)
class Send:
    """One call of the gateway's send by a desk, timed with ``time.monotonic()``."""

    desk: str
    body: str
    started: float
    ended: float
    outcome: str  # "accepted", or the error's class name


class RecordingGateway:
    """Wraps an adapter: every send is recorded in ``log`` (shared by the desks)."""

    def __init__(self, inner: TwilioGateway, desk: str, log: list[Send], lock: threading.Lock):
        self._inner = inner
        self._desk = desk
        self._log = log
        self._lock = lock
        self.in_progress: float | None = None  # when the send under way started

    def send(self, to: str, body: str, media_urls: Any = ()) -> Any:
        started = time.monotonic()
        self.in_progress = started
        outcome = "accepted"
        try:
            return self._inner.send(to, body, media_urls)
        except Exception as exc:
            outcome = type(exc).__name__
            raise
        finally:
            self.in_progress = None
            with self._lock:
                self._log.append(Send(self._desk, body, started, time.monotonic(), outcome))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class TeamDesk:
    """One desk of the team: store, team connection, listener, lease, engine, worker thread.

    Args:
        name: its name (``application_name`` of all its connections, the lease's holder).
        url: the team database's URL (migrated).
        demo: the demo gateway.
        sends: the shared log of sends, and its lock.
        timeout: the adapter's (connect, read) timeout.
        pause: seconds between cycles at most (the engine may ask for less).
        listen: run the change listener on the team connection, as the app does.
    """

    def __init__(
        self,
        name: str,
        url: str,
        demo: DemoGateway,
        sends: tuple[list[Send], threading.Lock],
        *,
        timeout: tuple[float, float] = (1.0, 3.0),
        pause: float = 0.1,
        listen: bool = True,
    ) -> None:
        self.name = name
        self.url = named(url, name)
        self.store = open_store(self.url)
        self.team = TeamConnection(self.url)
        instance = uuid.uuid4().hex
        self.publisher = ChangePublisher(self.store, instance).start()
        self.listener = ChangeListener(self.store, self.team, instance, fallback_seconds=60)
        if listen:
            self.listener.start()
        self.lease = PollerLease(self.team, holder=name)
        adapter = TwilioGateway(
            account_sid=demo.account_sid,
            auth_token=demo.auth_token,
            base_url=demo.base_url,
            from_number=demo.phone_number,
            timeout=timeout,
            page_size=50,
        )
        self.gateway = RecordingGateway(adapter, name, *sends)
        self.engine = SyncEngine(
            self.store,
            self.gateway,  # type: ignore[arg-type]
            lease=self.lease,
            poll_interval=pause,
            rng=lambda: 0.0,
        )
        self.cycles = 0
        self.errors: list[str] = []
        self._pause = pause
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> TeamDesk:
        self._thread = threading.Thread(target=self._run, name=f"desk-{self.name}", daemon=True)
        self._thread.start()
        return self

    def wake(self) -> None:
        """A cycle now, from the caller's thread (as a queued message wakes the worker)."""
        self._cycle()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(30)
        self.engine.close()
        self.listener.stop()
        self.publisher.stop()
        self.team.close()
        self.store.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            delay = self._cycle()
            self._stop.wait(min(delay, self._pause))

    def _cycle(self) -> float:
        try:
            report = self.engine.run_cycle()
        except Exception as exc:  # the app's worker logs it and tries again later
            self.errors.append(f"{type(exc).__name__}: {exc}")
            return self._pause
        finally:
            self.cycles += 1
        return report.retry_in


def team_of(
    names: Iterable[str], url: str, demo: DemoGateway, **options: Any
) -> tuple[list[TeamDesk], list[Send]]:
    """Desks named ``names`` on one database (not started), and their shared log of sends."""
    sends: list[Send] = []
    lock = threading.Lock()
    return [TeamDesk(name, url, demo, (sends, lock), **options) for name in names], sends


def queue_messages(store: Store, demo: DemoGateway, bodies: Iterable[str]) -> None:
    """Write messages to the outbox as a desk's user would (any desk may send them)."""
    for body in bodies:
        conversation = store.conversations.open("+14155550134")
        store.outbound.queue(conversation.id, body, desk_number=demo.phone_number)


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def backends(admin: psycopg.Connection[Any], prefix: str) -> dict[str, set[tuple[int, Any]]]:
    """The server's connections per application name starting with ``prefix``: (pid, start)."""
    found: dict[str, set[tuple[int, Any]]] = {}
    rows = admin.execute(
        "SELECT application_name, pid, backend_start FROM pg_stat_activity"
        " WHERE application_name LIKE %s",
        (prefix + "%",),
    )
    for name, pid, started in rows:
        found.setdefault(name, set()).add((pid, started))
    return found


def terminate(admin: psycopg.Connection[Any], pids: Iterable[int]) -> None:
    """End these backends and wait until they are gone (their locks freed with them)."""
    pids = list(pids)
    admin.execute("SELECT pg_terminate_backend(pid) FROM unnest(%s::int[]) AS t(pid)", (pids,))
    wait_for(
        lambda: (
            admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(%s)", (pids,)
            ).fetchone()
            == (0,)
        ),
        5,
        "the terminated backends to end",
    )

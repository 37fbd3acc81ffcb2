"""Team mode on PostgreSQL: desks tell each other what changed, and only one polls the gateway.

Several desks share one database. Each desk's ``ChangePublisher`` sends every local change's
ids on the ``smsdesk_changes`` channel (NOTIFY); each desk's ``ChangeListener`` hears the
other desks' changes (LISTEN), has its store re-read those rows and emit them as a remote
``StoreChange``, so views update as if the change had been made here. NOTIFY is best-effort
(a desk that is disconnected misses it), so the listener also asks the store what changed
since it last looked, every ``fallback_seconds`` and after every reconnect: nothing is lost,
only late.

``PollerLease`` makes sure exactly one desk polls the gateway: a PostgreSQL session advisory
lock, held for as long as the leading desk's connection lives, and freed by the server when
that desk quits, crashes or drops off the network. With SQLite there is one desk, and
``LocalLease`` always holds.

Pure Python on psycopg 3; each class owns its connections, outside the store's pool, because
LISTEN and session locks belong to one connection for its whole life.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import threading
import time
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import psycopg

from desktop.core.models import ConversationId, MessageId, StoreChange, utcnow
from desktop.store.urls import libpq_params, normalize_url

if TYPE_CHECKING:
    from desktop.store.store import Store

__all__ = [
    "CHANNEL",
    "POLLER_LOCK_KEY",
    "ChangeListener",
    "ChangePublisher",
    "LocalLease",
    "PollerLease",
    "change_payloads",
    "lease_for",
]

logger = logging.getLogger("smsdesk.team")

CHANNEL = "smsdesk_changes"
"""The NOTIFY channel every desk of a team database publishes its changes on."""

POLLER_LOCK_KEY = int.from_bytes(hashlib.sha256(b"smsdesk-poller").digest()[:8], "big", signed=True)
"""The advisory lock key of the gateway poller: fixed, and unlikely to collide with the keys
of other applications sharing the database server."""

# PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more; stay clear of the edge.
PAYLOAD_LIMIT = 7500

# Settings for the long-lived team connections, on top of normalize_url's keepalives:
# tcp_user_timeout drops a connection whose sent data stays unacknowledged (a dead network
# mid-query, where keepalives do not apply); the tcp_keepalives_* settings make the *server*
# probe too, so it frees a vanished desk's poller lease in about 25 s instead of the OS
# default of two hours.
_TEAM_PARAMS = {
    "tcp_user_timeout": "15000",
    "options": "-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3",
}

# How many changed rows one changed_since call returns, and how many pages one catch-up
# reads at most before it yields to notifications again.
_CATCH_UP_PAGE = 500
_CATCH_UP_PAGES = 20


def _team_params(url: str) -> dict[str, Any]:
    params = libpq_params(normalize_url(url))
    for key, value in _TEAM_PARAMS.items():
        params.setdefault(key, value)
    return params


def _connect(params: dict[str, Any]) -> psycopg.Connection[Any]:
    return psycopg.connect(**params, autocommit=True)


def _close_quietly(conn: psycopg.Connection[Any] | None) -> None:
    if conn is not None:
        try:
            conn.close()
        except Exception:  # closing a broken connection may complain; it is gone either way
            logger.debug("closing a team connection failed", exc_info=True)


def change_payloads(
    instance_id: str,
    conversation_ids: Iterable[int],
    message_ids: Iterable[int],
    *,
    limit: int = PAYLOAD_LIMIT,
) -> list[str]:
    """Encode the ids of one change as NOTIFY payloads, each under ``limit`` bytes.

    A payload is compact JSON: ``{"i": instance_id, "c": [conversation ids], "m": [message
    ids]}``. A change too large for one payload (a big ingest) is split across several.

    Returns:
        The payloads; none when there are no ids.

    Raises:
        ValueError: ``instance_id`` leaves no room for ids within ``limit``.
    """
    cids = sorted({int(c) for c in conversation_ids})
    mids = sorted({int(m) for m in message_ids})
    if not cids and not mids:
        return []

    def encode(c: list[int], m: list[int]) -> str:
        return json.dumps({"i": instance_id, "c": c, "m": m}, separators=(",", ":"))

    empty = len(encode([], []).encode())
    if empty + 21 > limit:  # room for at least one id (a signed 64-bit int and a comma)
        raise ValueError("the instance id is too long for a change notification")
    payloads: list[str] = []
    c_part: list[int] = []
    m_part: list[int] = []
    size = empty
    for kind, value in [("c", c) for c in cids] + [("m", m) for m in mids]:
        part = c_part if kind == "c" else m_part
        cost = len(str(value)) + (1 if part else 0)
        if size + cost > limit:
            payloads.append(encode(c_part, m_part))
            c_part, m_part, size = [], [], empty
            part = c_part if kind == "c" else m_part
            cost = len(str(value))
        part.append(value)
        size += cost
    payloads.append(encode(c_part, m_part))
    return payloads


def _parse_payload(payload: str) -> tuple[str, list[ConversationId], list[MessageId]] | None:
    """Decode a payload of ``change_payloads``; None for anything else on the channel."""
    try:
        data = json.loads(payload)
        sender = data["i"]
        cids = [ConversationId(int(c)) for c in data.get("c", ())]
        mids = [MessageId(int(m)) for m in data.get("m", ())]
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    if not isinstance(sender, str):
        return None
    return sender, cids, mids


class ChangePublisher:
    """Tells the other desks about every change made through this desk's store.

    Subscribed to the store by ``start()``; for each local ``StoreChange`` (remote ones came
    from another desk and were announced there) it sends the changed ids with ``pg_notify``
    on its own autocommit connection, in the thread that wrote. It never raises into the
    store: when the server cannot be reached the notification is dropped and logged, and the
    other desks' fallback poll picks the change up. After a failure it waits
    ``retry_seconds`` before connecting again, so writes are not slowed by connect attempts
    while the server is away.

    Args:
        store: this desk's store.
        url: the team database's URL (it may hold the password).
        instance_id: this desk's id, unique per running app; listeners skip their own.
        retry_seconds: how long to drop notifications after the server could not be reached.
    """

    def __init__(
        self, store: Store, url: str, instance_id: str, *, retry_seconds: float = 5.0
    ) -> None:
        change_payloads(instance_id, [0], [])  # the instance id must fit in a payload
        self._store = store
        self._params = _team_params(url)
        self._instance_id = instance_id
        self._retry_seconds = retry_seconds
        self._lock = threading.Lock()
        self._conn: psycopg.Connection[Any] | None = None
        self._retry_at = 0.0
        self._unsubscribe: Any = None

    def start(self) -> ChangePublisher:
        """Subscribe to the store; from now on local changes are published."""
        if self._unsubscribe is None:
            self._unsubscribe = self._store.subscribe(self)
        return self

    def stop(self) -> None:
        """Unsubscribe and close the connection. Safe to call twice."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        with self._lock:
            _close_quietly(self._conn)
            self._conn = None

    def __call__(self, change: StoreChange) -> None:
        """Publish one store change (the store calls this after each committed write)."""
        if change.remote:
            return
        payloads = change_payloads(
            self._instance_id,
            (c.id for c in change.conversations),
            (m.id for m in change.messages),
        )
        if payloads:
            self.publish(payloads)

    def publish(self, payloads: Sequence[str]) -> bool:
        """Send payloads on ``CHANNEL``; True when they were sent, False when dropped."""
        with self._lock:
            if time.monotonic() < self._retry_at:
                logger.debug("Team server unreachable; %d notification(s) dropped", len(payloads))
                return False
            # A connection found dead may only mean the server restarted: one fresh try.
            for attempt in (1, 2):
                try:
                    if self._conn is None or self._conn.closed:
                        self._conn = _connect(self._params)
                    # One round trip, one transaction: the chunks arrive together, in order.
                    self._conn.execute(
                        "SELECT pg_notify(%s, p) FROM unnest(%s::text[]) WITH ORDINALITY AS"
                        " t(p, n) ORDER BY n",
                        (CHANNEL, list(payloads)),
                    )
                    self._retry_at = 0.0
                    return True
                except psycopg.Error as exc:
                    _close_quietly(self._conn)
                    self._conn = None
                    if attempt == 2:
                        logger.warning(
                            "Could not tell the other desks about a change (%s); they will "
                            "see it at their next check",
                            type(exc).__name__,
                        )
                        self._retry_at = time.monotonic() + self._retry_seconds
                except Exception:
                    logger.exception("Publishing a change failed")
                    return False
            return False


class ChangeListener:
    """Applies the other desks' changes to this desk's store, as they happen.

    A daemon thread with its own connection: ``LISTEN smsdesk_changes``; each notification
    from another desk makes the store re-read those rows (``Store.reload_change``), which
    emits them to this desk's subscribers with ``remote=True``. Every ``fallback_seconds``,
    and after each (re)connect, it asks the store which conversations changed since it last
    looked (``Store.changed_since``) and reloads those too, so a change whose notification
    was missed (this desk was disconnected, the publisher could not send) still arrives,
    late. The look back reaches ``overlap`` further than the newest change already seen,
    because the change times are written by each desk's own clock; so a catch-up may reload
    rows already seen (this desk's own writes too). A reload emits rows as they now are, so
    applying one twice changes nothing. When the server goes away it reconnects with back-off
    (0.5 s doubling to ``max_backoff``).

    Args:
        store: this desk's store.
        url: the team database's URL (it may hold the password).
        instance_id: this desk's id (the publisher's); notifications carrying it are skipped.
        fallback_seconds: how often to catch up without a notification.
        since: changes after this moment are unseen (the first catch-up reloads them); by
            default, the moment the listener is made: what the views read before is current.
        overlap: how far each catch-up looks back before the newest change it has seen.
        tick_seconds: how long to wait for a notification before looking at the clock and
            the stop flag; ``stop()`` returns within about this long.
        max_backoff: the longest pause between reconnect attempts, in seconds.

    Attributes:
        connected: set while the listener is connected, listening and caught up.
    """

    def __init__(
        self,
        store: Store,
        url: str,
        instance_id: str,
        *,
        fallback_seconds: float = 30.0,
        since: datetime | None = None,
        overlap: timedelta = timedelta(seconds=60),
        tick_seconds: float = 0.25,
        max_backoff: float = 30.0,
    ) -> None:
        self._store = store
        self._params = _team_params(url)
        self._instance_id = instance_id
        self._fallback_seconds = fallback_seconds
        self._last_seen = since if since is not None else utcnow()
        self._overlap = overlap
        self._tick = tick_seconds
        self._max_backoff = max_backoff
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = threading.Event()

    def start(self) -> ChangeListener:
        """Start the listening thread (once)."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="smsdesk-team-listener", daemon=True
            )
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the thread and wait for it (it closes its connection). Safe to call twice."""
        self._stopping.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                logger.warning("The team listener did not stop within %.1f s", timeout)

    def catch_up(self) -> int:
        """Reload the conversations the store says changed since the last look.

        Called by the thread; public so that a desk can force one (e.g. after waking up).

        Returns:
            How many conversations were reloaded.
        """
        moment = self._last_seen - self._overlap
        total = 0
        for _ in range(_CATCH_UP_PAGES):
            conversation_ids, newest = self._store.changed_since(moment, limit=_CATCH_UP_PAGE)
            if conversation_ids:
                self._store.reload_change(conversation_ids, ())
                total += len(conversation_ids)
            if newest is None or len(conversation_ids) < _CATCH_UP_PAGE:
                if newest is not None:
                    self._last_seen = max(self._last_seen, newest)
                break
            self._last_seen = max(self._last_seen, newest)
            moment = newest
        return total

    # -- the thread --------------------------------------------------------------------

    def _run(self) -> None:
        delay = 0.5
        outage_logged = False
        while not self._stopping.is_set():
            try:
                conn = _connect(self._params)
            except psycopg.Error as exc:
                if not outage_logged:
                    logger.warning(
                        "Cannot reach the team database (%s); changes made at other desks "
                        "will show once it is back",
                        type(exc).__name__,
                    )
                    outage_logged = True
                self._stopping.wait(delay)
                delay = min(delay * 2, self._max_backoff)
                continue
            try:
                self._listen(conn)
                delay = 0.5
            except psycopg.Error as exc:
                logger.warning(
                    "Lost the team database connection (%s); reconnecting", type(exc).__name__
                )
                outage_logged = True
                self._stopping.wait(delay)
            finally:
                self.connected.clear()
                _close_quietly(conn)
        logger.debug("Team listener stopped")

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        conn.execute(f"LISTEN {CHANNEL}")
        # LISTEN first, then look back: a change committed in between is seen twice, never
        # missed.
        self._safe_catch_up()
        self.connected.set()
        logger.info("Listening for changes made at other desks")
        next_check = time.monotonic() + self._fallback_seconds
        while not self._stopping.is_set():
            for notify in conn.notifies(timeout=self._tick):
                self._apply(notify.payload)
                if self._stopping.is_set():
                    return
            if time.monotonic() >= next_check:
                self._safe_catch_up()
                next_check = time.monotonic() + self._fallback_seconds

    def _apply(self, payload: str) -> None:
        parsed = _parse_payload(payload)
        if parsed is None:
            logger.debug("Ignored a notification that is not a change")
            return
        sender, conversation_ids, message_ids = parsed
        if sender == self._instance_id:
            return  # our own change: the store announced it when it was written
        try:
            self._store.reload_change(conversation_ids, message_ids)
        except Exception:
            # The fallback catch-up will reload it; the listener must keep listening.
            logger.exception("Applying a change from another desk failed")

    def _safe_catch_up(self) -> None:
        try:
            self.catch_up()
        except Exception:
            logger.exception("Catching up with other desks' changes failed; will retry")


class PollerLease:
    """The right to poll the gateway for the team, held by one desk at a time.

    A PostgreSQL session advisory lock on ``key``, taken on a connection of its own that
    stays open while this desk leads. The server releases it when that connection ends: a
    clean ``release()``, the app quitting or crashing, or (through server-side keepalives
    set on the connection) the desk vanishing from the network, after about 25 s. Thread
    safe.

    Args:
        url: the team database's URL (it may hold the password).
        key: the advisory lock key; every desk of a team must use the same.
    """

    def __init__(self, url: str, key: int = POLLER_LOCK_KEY) -> None:
        self._params = _team_params(url)
        self._key = key
        self._lock = threading.Lock()
        self._conn: psycopg.Connection[Any] | None = None
        self._unreachable = False

    def try_acquire(self) -> bool:
        """Take the lease if no other desk holds it; True when this desk holds it now.

        Never blocks on another desk and never raises: an unreachable server is a False
        (logged), and the caller tries again at its next cycle.
        """
        with self._lock:
            if self._conn is not None:
                if self._alive():
                    return True
                self._drop()
            try:
                conn = _connect(self._params)
            except psycopg.Error as exc:
                # Once per outage: the caller asks again at every cycle.
                if not self._unreachable:
                    logger.warning("Cannot reach the team database for the poller lease (%s)", exc)
                    self._unreachable = True
                return False
            self._unreachable = False
            try:
                row = conn.execute("SELECT pg_try_advisory_lock(%s)", (self._key,)).fetchone()
            except psycopg.Error as exc:
                logger.warning("Asking for the poller lease failed (%s)", type(exc).__name__)
                _close_quietly(conn)
                return False
            if row is None or not row[0]:
                _close_quietly(conn)
                return False
            self._conn = conn
            logger.info("This desk now polls the gateway for the team")
            return True

    @property
    def held(self) -> bool:
        """Whether this desk still holds the lease; one round trip to the server.

        False once its connection died (the server may have given the lease to another desk).
        """
        with self._lock:
            if self._conn is None:
                return False
            if self._alive():
                return True
            self._drop()
            return False

    def release(self) -> None:
        """Give the lease up (another desk may take it at once). Safe to call when not held."""
        with self._lock:
            conn = self._conn
            self._conn = None
            if conn is None:
                return
            # Closing the connection releases it too, so a failed unlock does not matter.
            with contextlib.suppress(psycopg.Error):
                conn.execute("SELECT pg_advisory_unlock(%s)", (self._key,))
            _close_quietly(conn)
            logger.info("This desk stopped polling the gateway for the team")

    def _alive(self) -> bool:
        assert self._conn is not None
        try:
            row = self._conn.execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                " AND pid = pg_backend_pid() AND classid::bigint = %s AND objid::bigint = %s"
                " AND objsubid = 1",
                ((self._key >> 32) & 0xFFFFFFFF, self._key & 0xFFFFFFFF),
            ).fetchone()
        except psycopg.Error:
            return False
        return bool(row and row[0])

    def _drop(self) -> None:
        logger.warning("Lost the poller lease: its database connection ended")
        _close_quietly(self._conn)
        self._conn = None


class LocalLease:
    """The lease of a desk that is alone (SQLite): it always holds it."""

    def try_acquire(self) -> bool:
        """Always True: there is no other desk."""
        return True

    @property
    def held(self) -> bool:
        """Always True."""
        return True

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

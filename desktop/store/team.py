"""Team mode on PostgreSQL: desks tell each other what changed, and only one polls the gateway.

Several desks share one database. Each desk's ``ChangePublisher`` sends every local change's
ids on the ``smsdesk_changes`` channel (NOTIFY); each desk's ``ChangeListener`` hears the
other desks' changes (LISTEN), has its store re-read those rows and emit them as a remote
``StoreChange``, so views update as if the change had been made here. NOTIFY is best-effort
(a desk that is disconnected misses it), so the listener also asks the store what changed
since it last looked, every ``fallback_seconds`` and after every reconnect: nothing is lost,
only late.

A desk holds two connections to the team's server, kept open: the store's one pooled
connection (its reads and writes, and the publisher's NOTIFY) and its ``TeamConnection``
(the listener's LISTEN and the ``PollerLease``, which makes sure exactly one desk polls the
gateway: see ``desktop.store.lease``, and ``desktop.store.fencing`` for how a desk proves it
still leads each time it claims a message). With SQLite there is one desk, and
``LocalLease`` always holds.

Pure Python on psycopg 3 and SQLAlchemy.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import psycopg
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from desktop.core.models import ConversationId, MessageId, StoreChange, utcnow
from desktop.store.fencing import POLLER_LOCK_KEY
from desktop.store.lease import LocalLease, PollerLease, lease_for
from desktop.store.team_connection import TeamConnection, TeamUnavailable

if TYPE_CHECKING:
    from desktop.store.store import Store

__all__ = [
    "CHANNEL",
    "POLLER_LOCK_KEY",
    "ChangeListener",
    "ChangePublisher",
    "LocalLease",
    "PollerLease",
    "TeamConnection",
    "change_payloads",
    "lease_for",
]

logger = logging.getLogger("smsdesk.team")

CHANNEL = "smsdesk_changes"
"""The NOTIFY channel every desk of a team database publishes its changes on."""

# PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more; stay clear of the edge.
PAYLOAD_LIMIT = 7500

# How many changed rows one changed_since call returns, and how many pages one catch-up
# reads at most before it yields to notifications again.
_CATCH_UP_PAGE = 500
_CATCH_UP_PAGES = 20

# One round trip, one transaction: the chunks of a change arrive together, in order.
_NOTIFY = text(
    "SELECT pg_notify(:channel, p) FROM unnest(CAST(:payloads AS text[]))"
    " WITH ORDINALITY AS t(p, n) ORDER BY n"
)


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
    through the store's own pooled connection, in the thread that wrote, right after the
    write committed: no connection of its own. It never raises into the store: when the
    server cannot be reached the notification is dropped and logged, and the other desks'
    fallback poll picks the change up. After a failure it drops notifications for
    ``retry_seconds`` without trying, so writes are not slowed while the server is away.

    Args:
        store: this desk's store (on the team's PostgreSQL database).
        instance_id: this desk's id, unique per running app; listeners skip their own.
        retry_seconds: how long to drop notifications after the server could not be reached.
    """

    def __init__(self, store: Store, instance_id: str, *, retry_seconds: float = 5.0) -> None:
        change_payloads(instance_id, [0], [])  # the instance id must fit in a payload
        self._store = store
        self._instance_id = instance_id
        self._retry_seconds = retry_seconds
        self._retry_at = 0.0
        self._unsubscribe: Any = None

    def start(self) -> ChangePublisher:
        """Subscribe to the store; from now on local changes are published."""
        if self._unsubscribe is None:
            self._unsubscribe = self._store.subscribe(self)
        return self

    def stop(self) -> None:
        """Unsubscribe. Safe to call twice."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

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
        if time.monotonic() < self._retry_at:
            logger.debug("Team server unreachable; %d notification(s) dropped", len(payloads))
            return False
        try:
            with self._store.engine.begin() as conn:
                conn.execute(_NOTIFY, {"channel": CHANNEL, "payloads": list(payloads)})
        except SQLAlchemyError as exc:
            logger.warning(
                "Could not tell the other desks about a change (%s); they will see it at "
                "their next check",
                type(exc).__name__,
            )
            self._retry_at = time.monotonic() + self._retry_seconds
            return False
        except Exception:
            logger.exception("Publishing a change failed")
            return False
        self._retry_at = 0.0
        return True


class ChangeListener:
    """Applies the other desks' changes to this desk's store, as they happen.

    A daemon thread on the desk's team connection: ``LISTEN smsdesk_changes``; each
    notification from another desk makes the store re-read those rows
    (``Changes.reload``), which emits them to this desk's subscribers with
    ``remote=True``. Every ``fallback_seconds``, and after each (re)connect, it asks the
    store which conversations changed since it last looked (``Changes.since``) and
    reloads those too, so a change whose notification was missed (this desk was
    disconnected, the publisher could not send) still arrives, late. The look back reaches
    ``overlap`` further than the newest change already seen, because the change times are
    written by each desk's own clock; so a catch-up may reload rows already seen (this
    desk's own writes too). A reload emits rows as they now are, so applying one twice
    changes nothing. When the server goes away the team connection reconnects with back-off
    (0.5 s doubling to ``max_backoff``); the thread waits for notifications without holding
    the connection, so the poller lease uses it meanwhile.

    Args:
        store: this desk's store (or a session's view of it: see ``use_store``).
        team: the desk's team connection, or the team database's URL (the listener then
            makes a team connection of its own, closed by ``stop()``).
        instance_id: this desk's id (the publisher's); notifications carrying it are skipped.
        fallback_seconds: how often to catch up without a notification.
        since: changes after this moment are unseen (the first catch-up reloads them); by
            default, the moment the listener is made: what the views read before is current.
        overlap: how far each catch-up looks back before the newest change it has seen.
        tick_seconds: how long to wait for a notification before looking at the clock and
            the stop flag; ``stop()`` returns within about this long.
        max_backoff: the longest pause between reconnect attempts, in seconds (for a team
            connection of its own).

    Attributes:
        connected: set while the listener is connected, listening and caught up.
    """

    def __init__(
        self,
        store: Store,
        team: TeamConnection | str,
        instance_id: str,
        *,
        fallback_seconds: float = 30.0,
        since: datetime | None = None,
        overlap: timedelta = timedelta(seconds=60),
        tick_seconds: float = 0.25,
        max_backoff: float = 30.0,
    ) -> None:
        # Replaced by use_store (a new session's view) from another thread: read under the
        # lock, once per reload, so each reload sees one whole view.
        self._store = store
        self._store_lock = threading.Lock()
        self._owns_team = isinstance(team, str)
        if isinstance(team, str):
            team = TeamConnection(team, max_backoff=max_backoff)
        self._team = team
        self._instance_id = instance_id
        self._fallback_seconds = fallback_seconds
        self._last_seen = since if since is not None else utcnow()
        self._overlap = overlap
        self._tick = tick_seconds
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = threading.Event()

    def use_store(self, store: Store) -> None:
        """Reload other desks' changes through ``store`` from now on: the view of the session
        that signed in (their conversations then carry its unread counts), or the store
        itself after sign-out."""
        with self._store_lock:
            self._store = store

    def _current_store(self) -> Store:
        with self._store_lock:
            return self._store

    def start(self) -> ChangeListener:
        """Start the listening thread (once)."""
        if self._thread is None:
            self._team.listen(CHANNEL)
            self._thread = threading.Thread(
                target=self._run, name="smsdesk-team-listener", daemon=True
            )
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the thread and wait for it. Safe to call twice."""
        self._stopping.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                logger.warning("The team listener did not stop within %.1f s", timeout)
        self.connected.clear()
        if self._owns_team:
            self._team.close()
        else:
            self._team.unlisten(CHANNEL)

    def catch_up(self) -> int:
        """Reload the conversations the store says changed since the last look.

        Called by the thread; public so that a desk can force one (e.g. after waking up).

        Returns:
            How many conversations were reloaded.
        """
        moment = self._last_seen - self._overlap
        total = 0
        store = self._current_store()
        for _ in range(_CATCH_UP_PAGES):
            conversation_ids, newest = store.changes.since(moment, limit=_CATCH_UP_PAGE)
            if conversation_ids:
                store.changes.reload(conversation_ids, ())
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
        listening_on = -1  # the generation of the connection whose LISTEN we caught up after
        next_check = 0.0
        while not self._stopping.is_set():
            try:
                generation = self._team.ensure()
            except TeamUnavailable:
                # The team connection logs the outage and paces the reconnects.
                self.connected.clear()
                self._stopping.wait(self._tick)
                continue
            if generation != listening_on:
                # A new connection LISTENs from its start; look back for what was missed
                # before: a change committed in between is seen twice, never missed.
                self._safe_catch_up()
                listening_on = generation
                self.connected.set()
                logger.info("Listening for changes made at other desks")
                next_check = time.monotonic() + self._fallback_seconds
            try:
                received = self._team.notifications(self._tick)
            except TeamUnavailable:
                continue
            except psycopg.Error as exc:
                logger.warning(
                    "Lost the team database connection (%s); reconnecting", type(exc).__name__
                )
                self.connected.clear()
                continue
            for channel, payload in received:
                if channel == CHANNEL:
                    self._apply(payload)
                if self._stopping.is_set():
                    return
            if time.monotonic() >= next_check:
                self._safe_catch_up()
                next_check = time.monotonic() + self._fallback_seconds
        logger.debug("Team listener stopped")

    def _apply(self, payload: str) -> None:
        parsed = _parse_payload(payload)
        if parsed is None:
            logger.debug("Ignored a notification that is not a change")
            return
        sender, conversation_ids, message_ids = parsed
        if sender == self._instance_id:
            return  # our own change: the store announced it when it was written
        try:
            self._current_store().changes.reload(conversation_ids, message_ids)
        except Exception:
            # The fallback catch-up will reload it; the listener must keep listening.
            logger.exception("Applying a change from another desk failed")

    def _safe_catch_up(self) -> None:
        try:
            self.catch_up()
        except Exception:
            logger.exception("Catching up with other desks' changes failed; will retry")

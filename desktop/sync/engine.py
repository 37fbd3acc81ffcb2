"""One sync cycle: send the outbox, fetch inbound messages, follow delivery statuses.

Pure Python and blocking: the Qt worker thread calls ``SyncEngine.run_cycle`` on a timer and
forwards the ``SyncReport`` to the GUI. The rules that keep messages from being lost or sent
twice live here:

* a message is claimed (``begin_send``) in the store before the gateway is called, so a
  crash mid-send leaves it "in flight", never silently pending;
* an in-flight message is only sent again after the gateway has been asked whether it
  already has it (``fetch_recent_outbound``), because a lost answer does not mean a lost send;
* inbound polling overlaps its window and the store de-duplicates by the gateway's sid;
* in a team, a desk claims a message only while it provably holds the poller lease (its
  fencing token is checked in the claim's own transaction), and another desk's in-flight
  message is looked up only after a grace longer than the gateway's request timeout.
"""

from __future__ import annotations

import functools
import logging
import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from desktop.core.models import Direction, MessageStatus, utcnow
from desktop.core.phone import normalize
from desktop.gateway.base import (
    AuthenticationFailed,
    Gateway,
    GatewayError,
    GatewayMessage,
    MessageNotFound,
    MessageRejected,
    RateLimited,
)
from desktop.gateway.errors import describe_error
from desktop.store import InboundRecord, OutboxItem, StatusUpdate, Store
from desktop.store.fencing import Claimant, LeaseLost, LeaseToken, new_desk_id
from desktop.sync.backoff import Backoff
from desktop.sync.pictures import PictureFetcher
from desktop.sync.status import LinkState, SyncReport

log = logging.getLogger("smsdesk.sync")

# Inbound polling re-reads this much before the newest message already seen: a message can
# be listed by the gateway a little after its date_sent. Duplicates are dropped by sid.
POLL_OVERLAP = timedelta(minutes=2)
# On the very first sync, fetch this much history.
FIRST_SYNC_LOOKBACK = timedelta(days=7)
# A resent message matches one already at the gateway if it was created no earlier than
# this before our attempt started (allows for clock difference with the gateway).
CLOCK_TOLERANCE = timedelta(minutes=5)
# Delivery statuses are followed for this long; after that a "sent" message stays "sent".
STATUS_FOLLOW_WINDOW = timedelta(days=3)
SENDS_PER_CYCLE = 20
# Inbound messages stored per transaction: a burst is stored in a few commits (each waits for
# the disk), while the write lock is never held for long at a time.
INGEST_CHUNK = 10_000
STATUS_CHECKS_PER_CYCLE = 20
# The Twilio adapter's (connect, read) timeout, for gateways that do not say theirs.
DEFAULT_GATEWAY_TIMEOUT = (3.05, 15.0)


def grace_for_timeout(timeout: tuple[float, float] = DEFAULT_GATEWAY_TIMEOUT) -> timedelta:
    """How long another claimant's in-flight message is left alone before it is looked up.

    Its request may still be on its way: the claimant (another desk, or this desk before a
    crash or a lost lease) claimed it, then called the gateway, which may take connect + read
    timeout to answer and creates the message somewhere in that time. Looked up sooner, a
    slow gateway answers "not there" and the message is sent twice. Twice connect + read:
    requests' read timeout is per read, not for the whole answer, and a connect may be tried
    on more than one address, so one request can outlast its nominal timeout; the margin
    also covers a few seconds of difference between the desks' clocks, which date the
    attempts. With Twilio's adapter, (3.05 + 15) x 2 = 36.1 s.

    Args:
        timeout: the gateway adapter's (connect, read) timeout in seconds.
    """
    connect, read = timeout
    return timedelta(seconds=2 * (connect + read))


# A burst comes from a few numbers to one: read each once (phonenumbers is slow to parse).
_normalized = functools.lru_cache(maxsize=4096)(normalize)

_GATEWAY_STATUS = {
    "accepted": MessageStatus.SENT,
    "scheduled": MessageStatus.SENT,
    "queued": MessageStatus.SENT,
    "sending": MessageStatus.SENT,
    "sent": MessageStatus.SENT,
    "delivered": MessageStatus.DELIVERED,
    "read": MessageStatus.DELIVERED,
    "undelivered": MessageStatus.FAILED,
    "failed": MessageStatus.FAILED,
    "canceled": MessageStatus.FAILED,
    "received": MessageStatus.RECEIVED,
    "receiving": MessageStatus.RECEIVED,
}


def status_from_gateway(word: str) -> MessageStatus:
    """Map a gateway status word to ours; unknown words count as "sent" (accepted)."""
    return _GATEWAY_STATUS.get(word.lower(), MessageStatus.SENT)


class Lease(Protocol):
    """The poller role in team mode (see desktop.store.lease.PollerLease).

    ``held`` proves the role with a round trip; ``token`` is the fencing token of the
    current tenure, checked by the store in every claim (None: nothing to fence).
    """

    @property
    def held(self) -> bool: ...

    @property
    def token(self) -> LeaseToken | None: ...

    def try_acquire(self) -> bool: ...

    def release(self) -> None: ...


class _CycleAborted(Exception):
    """The gateway failed in a way that makes the rest of the cycle pointless."""

    def __init__(self, error: GatewayError) -> None:
        super().__init__(str(error))
        self.error = error


class SyncEngine:
    """Moves messages between one gateway and the store.

    Args:
        store: the store (thread-safe; this engine's writes happen in the caller's thread).
        gateway: the gateway adapter; owned by the engine's thread.
        poll_interval: seconds between cycles while healthy.
        default_region: region used to read national numbers the gateway may send.
        clock: returns the current aware UTC time (tests pass a fake).
        rng: random source for back-off jitter.
        lease: in team mode, the poller role (only its holder talks to the gateway, so
            several desks never poll or send twice); None for a single desk.
        pictures: fetches the pictures of inbound MMS into the disk cache; None: pictures
            are not fetched.
        in_flight_grace: how long another claimant's in-flight message is left alone (see
            ``grace_for_timeout``); by default derived from the gateway adapter's timeout.
    """

    def __init__(
        self,
        store: Store,
        gateway: Gateway,
        *,
        poll_interval: float = 5.0,
        default_region: str = "US",
        clock: Callable[[], datetime] = utcnow,
        rng: Callable[[], float] = random.random,
        lease: Lease | None = None,
        pictures: PictureFetcher | None = None,
        in_flight_grace: timedelta | None = None,
    ) -> None:
        self._store = store
        self._gateway = gateway
        self.poll_interval = poll_interval
        self._region = default_region
        self._clock = clock
        self._backoff = Backoff(rng=rng)
        self._status_checks: dict[str, tuple[datetime, float]] = {}
        self._lease = lease
        self._pictures = pictures
        if in_flight_grace is None:
            timeout = getattr(gateway, "timeout", None) or DEFAULT_GATEWAY_TIMEOUT
            in_flight_grace = grace_for_timeout(timeout)
        self.in_flight_grace = in_flight_grace
        # This run of the desk, and the lease tenure it claims under: recorded on each claim.
        self._desk_id = new_desk_id()
        self._claimant = Claimant(self._desk_id)

    @property
    def watermark_key(self) -> str:
        return f"inbound:{self._gateway.desk_number}"

    def close(self) -> None:
        """Release the gateway's connections and the poller role."""
        self._gateway.close()
        if self._lease is not None:
            self._lease.release()

    @property
    def leading(self) -> bool:
        """Whether this desk is the one talking to the gateway."""
        return self._lease is None or self._lease.held

    def run_cycle(self) -> SyncReport:
        """Send what is due, fetch what arrived, follow statuses; never raises GatewayError."""
        sent = received = 0
        if self._lease is not None and not self._lease.held:
            try:
                acquired = self._lease.try_acquire()
            except Exception:  # the database is unreachable: try again next time
                log.warning("could not ask for the poller role", exc_info=True)
                acquired = False
            if not acquired:
                return self._following()
            log.info("this desk now polls the gateway for the team")
        # The tenure this cycle's claims are fenced with: begin_send checks it in each claim's
        # own transaction, and the other gateway phases start only while the lease is held.
        token = self._lease.token if self._lease is not None else None
        self._claimant = Claimant(self._desk_id, token)
        try:
            sent, more_due = self._send_due()
            self._check_lease()
            received = self._poll_inbound()
            self._check_lease()
            status_due_in = self._follow_statuses()
            if self._pictures is not None:
                self._check_lease()
                self._pictures.fetch_pending()
        except LeaseLost:
            # The lock connection died mid-cycle, or another desk took over: stop at once.
            log.warning("lost the poller role mid-cycle; another desk talks to the gateway now")
            assert self._lease is not None  # only a lease is ever lost
            self._lease.release()
            self._claimant = Claimant(self._desk_id)
            return self._following()
        except _CycleAborted as aborted:
            return self._failure(aborted.error)
        except GatewayError as err:
            return self._failure(err)
        self._backoff.reset()
        if sent or received:
            self._checkpoint()
        # Follow a fresh send closely so its ticks appear promptly, without polling faster
        # than once a second.
        retry_in = 0.05 if more_due else min(self.poll_interval, max(status_due_in, 1.0))
        return SyncReport(LinkState.ONLINE, "Connected", retry_in, received=received, sent=sent)

    def _following(self) -> SyncReport:
        return SyncReport(
            LinkState.ONLINE,
            "Connected — another desk is talking to the gateway for the team",
            self.poll_interval,
        )

    def _check_lease(self) -> None:
        """Raise LeaseLost unless this desk still holds the lease (one round trip)."""
        if self._lease is not None and not self._lease.held:
            raise LeaseLost()

    def _checkpoint(self) -> None:
        """Move the cycle's writes from SQLite's log into the file, now that they are told."""
        try:
            self._store.checkpoint()
        except Exception:  # a busy or read-only file: the automatic checkpoint still bounds it
            log.warning("could not checkpoint the message database", exc_info=True)

    def fetch_picture(self, media_id: int) -> str | None:
        """Fetch one cached picture into this desk's disk cache again (see PictureFetcher)."""
        if self._pictures is None:
            return None
        return self._pictures.fetch_again(media_id)

    # -- outbox ---------------------------------------------------------------------------

    def _send_due(self) -> tuple[int, bool]:
        """Send due outbox messages; return (accepted count, whether more are due)."""
        now = self._clock()
        due = self._store.due_outbox(
            now, limit=SENDS_PER_CYCLE, claimant=self._claimant, grace=self.in_flight_grace
        )
        accepted = 0
        for item in due:
            if item.state == "in_flight" and self._reconcile(item):
                accepted += 1
                continue
            if item.state == "in_flight":
                # The gateway does not have it: it is safe to send it again (unless another
                # desk has started a new attempt since it was listed).
                self._store.reschedule(
                    item.message_id, now, "Not received by the gateway", attempt=item.attempts
                )
            if self._send_one(item):
                accepted += 1
        return accepted, len(due) == SENDS_PER_CYCLE

    def _send_one(self, item: OutboxItem) -> bool:
        now = self._clock()
        if not self._store.begin_send(item.message_id, now, claimant=self._claimant):
            return False  # somebody else (another desk) claimed it
        try:
            pictures = self._store.media_urls(item.message_id)
            if pictures:
                accepted = self._gateway.send(item.to_number, item.body, pictures)
            else:
                accepted = self._gateway.send(item.to_number, item.body)
        except MessageRejected as err:
            log.info("message %s rejected by the gateway: %s", item.message_id, err.code)
            self._store.record_failed(item.message_id, err.code, str(err))
            return False
        except GatewayError as err:
            if err.ambiguous:
                # The gateway may have it: check before sending again.
                self._store.mark_uncertain(item.message_id, now, str(err))
            else:
                self._store.reschedule(item.message_id, now, str(err))
            raise _CycleAborted(err) from err
        self._record_accepted(item, accepted)
        return True

    def _record_accepted(self, item: OutboxItem, accepted: GatewayMessage) -> None:
        status = status_from_gateway(accepted.status)
        if status is MessageStatus.FAILED:
            reason = describe_error(accepted.error_code, accepted.error_message)
            self._store.record_sent(item.message_id, accepted.sid, MessageStatus.SENT, None)
            self._store.apply_status_updates(
                [StatusUpdate(accepted.sid, status, accepted.error_code, reason)]
            )
            return
        self._store.record_sent(item.message_id, accepted.sid, status, accepted.date_sent)

    def _reconcile(self, item: OutboxItem) -> bool:
        """Ask the gateway whether an in-flight message reached it; record it if so."""
        recent = self._gateway.fetch_recent_outbound(item.to_number)
        known = self._store.known_sids(m.sid for m in recent)
        started = item.attempt_started_at or item.created_at
        for candidate in reversed(recent):  # oldest first: match in the order we sent
            if candidate.sid in known or candidate.body != item.body:
                continue
            if candidate.date_created < started - CLOCK_TOLERANCE:
                continue
            log.info("message %s was already at the gateway as %s", item.message_id, candidate.sid)
            self._record_accepted(item, candidate)
            return True
        return False

    # -- inbound --------------------------------------------------------------------------

    def _poll_inbound(self) -> int:
        now = self._clock()
        watermark = self._store.get_watermark(self.watermark_key)
        since = (watermark or now - FIRST_SYNC_LOOKBACK) - POLL_OVERLAP
        messages = self._gateway.fetch_inbound(since)
        records = [
            InboundRecord(
                sid=m.sid,
                peer_number=_normalized(m.from_number, self._region),
                desk_number=_normalized(m.to_number, self._region),
                body=m.body,
                created_at=m.date_sent or m.date_created,
            )
            for m in messages
            if m.direction is Direction.INBOUND
        ]
        received = 0
        for start in range(0, len(records), INGEST_CHUNK):
            change = self._store.ingest_inbound(records[start : start + INGEST_CHUNK])
            received += len(change.messages)
        if self._pictures is not None:
            self._pictures.announce(messages)
        newest = max((r.created_at for r in records), default=None)
        if newest is not None and (watermark is None or newest > watermark):
            self._store.set_watermark(self.watermark_key, newest)
        elif watermark is None:
            self._store.set_watermark(self.watermark_key, now - POLL_OVERLAP)
        if received:
            log.info("received %d new message(s)", received)
        return received

    # -- delivery statuses ----------------------------------------------------------------

    def _follow_statuses(self) -> float:
        """Ask the gateway about sent messages not yet delivered, less often as they age.

        Returns:
            Seconds until the next status check falls due (infinity if none).
        """
        now = self._clock()
        unsettled = self._store.unsettled_outbound(since=now - STATUS_FOLLOW_WINDOW, limit=200)
        live = {u.sid for u in unsettled}
        for sid in list(self._status_checks):
            if sid not in live:
                del self._status_checks[sid]
        updates: list[StatusUpdate] = []
        checked = 0
        for message in unsettled:
            due_at, interval = self._status_checks.get(message.sid, (now, 0.5))
            if due_at > now:
                continue
            if checked == STATUS_CHECKS_PER_CYCLE:
                break
            checked += 1
            self._status_checks[message.sid] = (
                now + timedelta(seconds=interval),
                min(interval * 2, 300.0),
            )
            try:
                current = self._gateway.fetch_message(message.sid)
            except MessageNotFound:
                continue
            status = status_from_gateway(current.status)
            if status is message.status:
                continue
            reason = None
            if status is MessageStatus.FAILED:
                reason = describe_error(current.error_code, current.error_message)
            updates.append(
                StatusUpdate(
                    message.sid,
                    status,
                    error_code=current.error_code if status is MessageStatus.FAILED else None,
                    error_message=reason,
                    sent_at=current.date_sent,
                    delivered_at=current.date_updated
                    if status is MessageStatus.DELIVERED
                    else None,
                )
            )
        if updates:
            self._store.apply_status_updates(updates)
        settled = {u.sid for u in updates if u.status.is_final}
        pending = [due for sid, (due, _) in self._status_checks.items() if sid not in settled]
        if not pending:
            return float("inf")
        return max((min(pending) - now).total_seconds(), 0.0)

    # -- failures -------------------------------------------------------------------------

    def _failure(self, err: GatewayError) -> SyncReport:
        retry_after = err.retry_after if isinstance(err, RateLimited) else None
        delay = self._backoff.next_delay(retry_after)
        if isinstance(err, AuthenticationFailed) or not err.transient:
            log.warning("gateway needs attention: %s", err)
            return SyncReport(LinkState.NEEDS_ATTENTION, str(err), max(delay, 30.0))
        log.info("gateway offline (%s); retrying in %.1f s", type(err).__name__, delay)
        return SyncReport(LinkState.OFFLINE, str(err), delay)

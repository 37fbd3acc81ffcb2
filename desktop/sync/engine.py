"""One sync cycle: send the outbox, fetch inbound messages, follow delivery statuses.

Pure Python and blocking: the Qt worker thread calls ``SyncEngine.run_cycle`` on a timer and
forwards the ``SyncReport`` to the GUI. The rules that keep messages from being lost or sent
twice live here:

* a message is claimed (``begin_send``) in the store before the gateway is called, so a
  crash mid-send leaves it "in flight", never silently pending;
* an in-flight message is only sent again after the gateway has been asked whether it
  already has it (``find_outbound``, complete back to the attempt and whatever the sender),
  because a lost answer does not mean a lost send;
* inbound polling overlaps its window and the store de-duplicates by the gateway's sid;
* a message the gateway does not list yet is sent again only once its attempt is older
  than a grace longer than the gateway's request timeout: a slow gateway may still be
  creating it (a lost answer, a desk that died mid-send, a leader that lost its lease);
* in a team, a desk claims a message only while it provably holds the poller lease (its
  fencing token is checked in the claim's own transaction);
* one bad inbound record never blocks the others: what cannot be read or stored is set
  aside for an administrator (``store.set_aside``) and polling moves past it;
* a database outage is an expected fault: the cycle backs off briefly and says so; a
  failing status check holds back only its own message.

What a carrier's status words and error codes mean comes from the gateway's ``terms``
(``desktop.gateway.terms``): this module speaks only the app's terms.

SyncEngine (here) runs the cycle, holds the team's lease and turns failures into a report;
it composes three parts, each given the store, the gateway and the clock: the outbound half
(``outbound.OutboxSender``), the inbound half (``inbound.InboundPoller``) and the delivery
statuses (``delivery.DeliveryFollower``).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from desktop.core.i18n import translate
from desktop.core.models import utcnow
from desktop.gateway.base import AuthenticationFailed, Gateway, GatewayError, RateLimited
from desktop.gateway.terms import CarrierTerms
from desktop.store.faults import DatabaseFault, database_fault
from desktop.store.fencing import Claimant, LeaseLost, LeaseToken, new_desk_id
from desktop.store.ports import SyncStore
from desktop.sync.backoff import Backoff
from desktop.sync.delivery import DeliveryFollower
from desktop.sync.inbound import InboundPoller
from desktop.sync.outbound import (
    DEFAULT_GATEWAY_TIMEOUT,
    CycleAborted,
    OutboxSender,
    grace_for_timeout,
)
from desktop.sync.pictures import PictureFetcher
from desktop.sync.schedule import PollSchedule
from desktop.sync.status import LinkState, SyncReport

log = logging.getLogger("smsdesk.sync")

# A database fault (a PostgreSQL restart, SQLite's lock held elsewhere) is retried soon and
# often: the desk must poll again within a few seconds of the database's return.
DATABASE_RETRY_BASE = 1.0
DATABASE_RETRY_CAP = 5.0
# With the team's relay (``desktop.relay``), how often the gateway is still polled, and how
# long after a send its status is first asked for: the fallback, should a webhook not come.
WEBHOOK_FALLBACK_SECONDS = 30.0


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


class SyncEngine:
    """Moves messages between one gateway and the store.

    Args:
        store: the store (thread-safe; this engine's writes happen in the caller's thread).
        gateway: the gateway adapter; owned by the engine's thread.
        poll_interval: seconds between cycles while healthy and idle (the user's setting);
            faster while the desk is in use or a reply is expected (see ``schedule``).
        default_region: region used to read national numbers the gateway may send.
        clock: returns the current aware UTC time (tests pass a fake).
        rng: random source for back-off jitter.
        lease: in team mode, the poller role (only its holder talks to the gateway, so
            several desks never poll or send twice); None for a single desk.
        pictures: fetches the pictures of inbound MMS into the disk cache; None: pictures
            are not fetched.
        in_flight_grace: how long after its attempt began an in-flight message not found at
            the gateway waits before it is sent again (see ``grace_for_timeout``); by
            default derived from the gateway adapter's timeout.
        terms: what the carrier's status words and error codes mean; the gateway's own
            (``gateway.terms``) by default.
        schedule: when to poll next while healthy; by default one that slows to
            ``poll_interval`` when idle.

    Attributes:
        schedule: the poll schedule; the worker tells it what the window saw (input, an
            open conversation awaiting a reply), the cycle what it sent and received.
    """

    def __init__(
        self,
        store: SyncStore,
        gateway: Gateway,
        *,
        poll_interval: float = 5.0,
        default_region: str = "US",
        clock: Callable[[], datetime] = utcnow,
        rng: Callable[[], float] = random.random,
        lease: Lease | None = None,
        pictures: PictureFetcher | None = None,
        in_flight_grace: timedelta | None = None,
        terms: CarrierTerms | None = None,
        schedule: PollSchedule | None = None,
    ) -> None:
        self._store = store
        self._gateway = gateway
        terms = terms if terms is not None else gateway.terms
        self.poll_interval = poll_interval
        # With the team's relay the carrier posts what arrives and every status at once:
        # polling and status checks are only the fallback (a relay or webhook that failed,
        # an outage to catch up on), at a slow, steady pace.
        self.by_webhook = bool(getattr(gateway, "delivers_by_webhook", False))
        if schedule is None:
            if self.by_webhook:
                fallback = max(poll_interval, WEBHOOK_FALLBACK_SECONDS)
                schedule = PollSchedule(fallback, fast_interval=fallback)
            else:
                schedule = PollSchedule(poll_interval)
        self.schedule = schedule
        # Whether the last cycle talked to the gateway (False while another desk does).
        self.polling = False
        # Whether a poll has read the gateway yet: the first one's messages are a backlog
        # (what came while the desk was off, the demo's greetings), not a conversation going
        # on now, so they do not make the schedule fast.
        self._caught_up = False
        self._backoff = Backoff(rng=rng)
        self._database_backoff = Backoff(base=DATABASE_RETRY_BASE, cap=DATABASE_RETRY_CAP, rng=rng)
        self._lease = lease
        self._pictures = pictures
        if in_flight_grace is None:
            timeout = getattr(gateway, "timeout", None) or DEFAULT_GATEWAY_TIMEOUT
            in_flight_grace = grace_for_timeout(timeout)
        self._outbox = OutboxSender(store, gateway, terms, clock, in_flight_grace)
        self._inbound = InboundPoller(
            store=store,
            default_region=default_region,
            gateway=gateway,
            clock=clock,
            pictures=pictures,
        )
        self._delivery = DeliveryFollower(
            store,
            gateway,
            terms,
            clock,
            first_check_after=WEBHOOK_FALLBACK_SECONDS if self.by_webhook else 0.0,
        )
        # This run of the desk, and the lease tenure it claims under: recorded on each claim.
        self._desk_id = new_desk_id()
        self._claimant = Claimant(self._desk_id)

    @property
    def in_flight_grace(self) -> timedelta:
        """How long after its attempt began an in-flight message not found at the gateway
        waits before it is sent again (see ``grace_for_timeout``)."""
        return self._outbox.in_flight_grace

    @property
    def watermark_key(self) -> str:
        """The store's key for how far this desk's inbound polling has read."""
        return self._inbound.watermark_key

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
                self.polling = False
                return self._following()
            log.info("this desk now polls the gateway for the team")
        # The tenure this cycle's claims are fenced with: begin_send checks it in each claim's
        # own transaction, and the other gateway phases start only while the lease is held.
        token = self._lease.token if self._lease is not None else None
        self._claimant = Claimant(self._desk_id, token)
        self.polling = True
        try:
            sent, more_due = self._outbox.send_due(self._claimant)
            self._check_lease()
            received, set_aside = self._inbound.poll()
            self._check_lease()
            status_due_in = self._delivery.follow()
            if self._pictures is not None:
                self._check_lease()
                self._pictures.fetch_pending()
        except LeaseLost:
            # The lock connection died mid-cycle, or another desk took over: stop at once.
            log.warning("lost the poller role mid-cycle; another desk talks to the gateway now")
            assert self._lease is not None  # only a lease is ever lost
            self._lease.release()
            self._claimant = Claimant(self._desk_id)
            self.polling = False
            return self._following()
        except CycleAborted as aborted:
            return self._failure(aborted.error)
        except GatewayError as err:
            return self._failure(err)
        except Exception as exc:
            fault = database_fault(exc)
            if fault is None:
                raise  # a bug: the worker logs it and says so
            return self._database_failure(fault, exc)
        self._backoff.reset()
        self._database_backoff.reset()
        if sent or received:
            self._checkpoint()
        if sent:
            self.schedule.note_sent()
        if received and self._caught_up:
            self.schedule.note_received()
        self._caught_up = True
        # Follow a fresh send closely so its ticks appear promptly, without polling faster
        # than once a second; otherwise as the schedule says (fast while the desk is in use).
        interval = self.schedule.interval()
        retry_in = 0.05 if more_due else min(interval, max(status_due_in, 1.0))
        return SyncReport(
            LinkState.ONLINE,
            #: the status bar: the desk is talking to the gateway
            translate("Sync", "Connected"),
            retry_in,
            received=received,
            sent=sent,
            set_aside=set_aside,
        )

    def _following(self) -> SyncReport:
        return SyncReport(
            LinkState.ONLINE,
            translate("Sync", "Connected — another desk is talking to the gateway for the team"),
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

    # -- failures -------------------------------------------------------------------------

    def _failure(self, err: GatewayError) -> SyncReport:
        retry_after = err.retry_after if isinstance(err, RateLimited) else None
        delay = self._backoff.next_delay(retry_after)
        if isinstance(err, AuthenticationFailed) or not err.transient:
            log.warning("gateway needs attention: %s", err)
            return SyncReport(LinkState.NEEDS_ATTENTION, str(err), max(delay, 30.0))
        log.info("gateway offline (%s); retrying in %.1f s", type(err).__name__, delay)
        return SyncReport(LinkState.OFFLINE, str(err), delay)

    def _database_failure(self, fault: DatabaseFault, exc: BaseException) -> SyncReport:
        """An expected database fault: back off briefly (1 s, doubling to 5 s) and say so."""
        delay = self._database_backoff.next_delay()
        # The class and the driver's first line, never a statement (it may hold a body).
        first_line = str(getattr(exc, "orig", None) or exc).strip().splitlines()[:1]
        log.warning(
            "database fault (%s: %s); retrying in %.1f s",
            type(exc).__name__,
            first_line[0] if first_line else "",
            delay,
        )
        return SyncReport(LinkState.DATABASE_FAULT, fault.headline, delay, detail=fault.detail)

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
"""

from __future__ import annotations

import functools
import json
import logging
import random
import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from desktop.core.models import Direction, MessageStatus, utcnow
from desktop.core.phone import normalize
from desktop.gateway.base import (
    AuthenticationFailed,
    Gateway,
    GatewayBusy,
    GatewayError,
    GatewayMessage,
    GatewayTimeout,
    GatewayUnreachable,
    LookupIncomplete,
    MalformedResponse,
    MessageNotFound,
    MessageRejected,
    RateLimited,
    RequestRefused,
    UnreadableRecord,
)
from desktop.gateway.errors import describe_error, describe_refusal, is_retry_later
from desktop.store import InboundRecord, OutboxItem, StatusUpdate
from desktop.store.faults import DatabaseFault, database_fault
from desktop.store.fencing import Claimant, LeaseLost, LeaseToken, new_desk_id
from desktop.store.ports import SyncStore
from desktop.store.set_aside_store import (
    SetAside,
    SetAsideRecord,
    UnstorableRecord,
    record_key,
    shown_sid,
)
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
# A look-up that could not be completed is tried again after this long; until then the
# message stays "maybe sent" (it is never sent again on an incomplete look-up).
INCOMPLETE_LOOKUP_RETRY = timedelta(minutes=5)
# A message the gateway asked to send later (its queue is full...) waits this long after
# its first attempt, twice as long after each further one, up to the cap.
RETRY_LATER_FIRST = timedelta(seconds=30)
RETRY_LATER_CAP = timedelta(minutes=15)
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
    """How long after its attempt began an in-flight message not found at the gateway waits
    before it is sent again.

    Its request may still be on its way: the claimant (this desk, another desk, or this desk
    before a crash or a lost lease) claimed it, then called the gateway, which may take
    connect + read timeout to answer and creates the message somewhere in that time. Sent
    again sooner, a slow gateway that answered "not there" ends with two. Twice connect + read:
    requests' read timeout is per read, not for the whole answer, and a connect may be tried
    on more than one address, so one request can outlast its nominal timeout; the margin
    also covers a few seconds of difference between the desks' clocks, which date the
    attempts. With Twilio's adapter, (3.05 + 15) x 2 = 36.1 s.

    Args:
        timeout: the gateway adapter's (connect, read) timeout in seconds.
    """
    connect, read = timeout
    return timedelta(seconds=2 * (connect + read))


# A message whose status check failed (its record unreadable, a 5xx for it) is checked
# again after at least this long, doubling while it keeps failing (up to the 300 s cap).
STATUS_ERROR_RETRY = 5.0
# A database fault (a PostgreSQL restart, SQLite's lock held elsewhere) is retried soon and
# often: the desk must poll again within a few seconds of the database's return.
DATABASE_RETRY_BASE = 1.0
DATABASE_RETRY_CAP = 5.0

# A burst comes from a few numbers to one: read each once (phonenumbers is slow to parse).
_normalized = functools.lru_cache(maxsize=4096)(normalize)

# Every status word of Twilio's OpenAPI (message_enum_status) mapped to ours.
_GATEWAY_STATUS = {
    # Not final: the gateway has the message and is still working on it (followed).
    "accepted": MessageStatus.SENT,  # a Messaging Service is choosing the sender
    "scheduled": MessageStatus.SENT,  # waits at the gateway for its send time
    "queued": MessageStatus.SENT,
    "sending": MessageStatus.SENT,
    "sent": MessageStatus.SENT,  # final only if the carrier never confirms delivery
    # Final: nothing later comes (no longer followed).
    "delivered": MessageStatus.DELIVERED,
    "read": MessageStatus.DELIVERED,  # WhatsApp's read receipt
    # The carrier confirmed some of its parts: it reached the phone. Shown delivered, not
    # failed, because a Retry would send again the parts that arrived.
    "partially_delivered": MessageStatus.DELIVERED,
    "undelivered": MessageStatus.FAILED,
    "failed": MessageStatus.FAILED,
    "canceled": MessageStatus.FAILED,  # a scheduled message cancelled at the gateway
    "received": MessageStatus.RECEIVED,
    "receiving": MessageStatus.RECEIVED,  # inbound, still arriving
}


def status_from_gateway(word: str) -> MessageStatus:
    """Map a gateway status word to ours (see _GATEWAY_STATUS for which are final).

    Unknown words count as "sent": the gateway took the message, and it is followed until
    it reaches a known final status or ages out of the follow window.
    """
    return _GATEWAY_STATUS.get(word.lower(), MessageStatus.SENT)


def retry_later_delay(attempts: int) -> timedelta:
    """How long a message the gateway asked to send later waits, after ``attempts`` tries."""
    doublings = min(max(attempts, 1) - 1, 10)
    return min(RETRY_LATER_FIRST * (1 << doublings), RETRY_LATER_CAP)


def _digits(number: str) -> str:
    """A number's digits alone: how the gateway wrote it must not hide a match."""
    return re.sub(r"\D", "", number)


def _dropped(message: GatewayMessage) -> bool:
    """Whether the gateway dropped this copy before sending it ("try again later" failure):
    it was never sent, so it is no proof that the message went."""
    return status_from_gateway(message.status) is MessageStatus.FAILED and is_retry_later(
        message.error_code
    )


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
        in_flight_grace: how long after its attempt began an in-flight message not found at
            the gateway waits before it is sent again (see ``grace_for_timeout``); by
            default derived from the gateway adapter's timeout.
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
    ) -> None:
        self._store = store
        self._gateway = gateway
        self.poll_interval = poll_interval
        self._region = default_region
        self._clock = clock
        self._backoff = Backoff(rng=rng)
        self._database_backoff = Backoff(base=DATABASE_RETRY_BASE, cap=DATABASE_RETRY_CAP, rng=rng)
        self._status_checks: dict[str, tuple[datetime, float]] = {}
        self._set_aside_in_cycle = 0
        self._kept: set[str] = set()  # keys of the records set aside (see _keep_set_aside)
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
        self._set_aside_in_cycle = 0
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
        except Exception as exc:
            fault = database_fault(exc)
            if fault is None:
                raise  # a bug: the worker logs it and says so
            return self._database_failure(fault, exc)
        self._backoff.reset()
        self._database_backoff.reset()
        if sent or received:
            self._checkpoint()
        # Follow a fresh send closely so its ticks appear promptly, without polling faster
        # than once a second.
        retry_in = 0.05 if more_due else min(self.poll_interval, max(status_due_in, 1.0))
        return SyncReport(
            LinkState.ONLINE,
            "Connected",
            retry_in,
            received=received,
            sent=sent,
            set_aside=self._set_aside_in_cycle,
        )

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
        due = self._store.outbox.due(now, limit=SENDS_PER_CYCLE)
        accepted = 0
        for item in due:
            found = self._reconcile(item) if item.state == "in_flight" else False
            if found is not False:  # recorded, or not known yet: nothing is sent now
                accepted += bool(found)
                continue
            if item.state == "in_flight" and self._too_early_to_resend(item, now):
                continue
            if item.state == "in_flight":
                # The gateway does not have it: it is safe to send it again (unless another
                # desk has started a new attempt since it was listed).
                self._store.outbox.reschedule(
                    item.message_id, now, "Not received by the gateway", attempt=item.attempts
                )
            if self._send_one(item):
                accepted += 1
        return accepted, len(due) == SENDS_PER_CYCLE

    def _too_early_to_resend(self, item: OutboxItem, now: datetime) -> bool:
        """Whether a message the gateway does not list yet may still appear there.

        A lost answer is looked up at once, so a copy the gateway already has is recorded
        without delay. But a gateway still working on the request (its answer timed out, a
        proxy gave up waiting, the desk that made it died) answers "not there" until it has
        created the message. So until the grace has passed since the attempt began, a
        message not found stays "maybe sent" and is looked up again then, never sent again.
        """
        started = item.attempt_started_at or item.created_at
        look_again = started + self.in_flight_grace
        if now >= look_again:
            return False
        self._store.outbox.mark_uncertain(
            item.message_id, look_again, "Not at the gateway yet; SMS Desk will look again"
        )
        return True

    def _send_one(self, item: OutboxItem) -> bool:
        now = self._clock()
        if not self._store.outbox.begin_send(item.message_id, now, claimant=self._claimant):
            return False  # somebody else (another desk) claimed it
        try:
            pictures = self._store.media.urls(item.message_id)
            if pictures:
                accepted = self._gateway.send(item.to_number, item.body, pictures)
            else:
                accepted = self._gateway.send(item.to_number, item.body)
        except MessageRejected as err:
            log.info("message %s rejected by the gateway: %s", item.message_id, err.code)
            self._store.outbox.record_failed(item.message_id, err.code, str(err))
            return False
        except GatewayBusy as err:
            # Nothing was created ("try again later": 21611, the desk number's queue is
            # full...): the message waits, longer after each try, and the rest goes on.
            log.info("gateway asked to send message %s later: %s", item.message_id, err.code)
            self._store.outbox.reschedule(
                item.message_id, now + retry_later_delay(item.attempts + 1), str(err)
            )
            return False
        except RequestRefused as err:
            return self._refused(item, err, now)
        except GatewayError as err:
            if err.ambiguous:
                # The gateway may have it: check before sending again (see _send_due).
                self._store.outbox.mark_uncertain(item.message_id, now, str(err))
            else:
                self._store.outbox.reschedule(item.message_id, now, str(err))
            raise _CycleAborted(err) from err
        self._record_accepted(item, accepted)
        return True

    def _refused(self, item: OutboxItem, err: RequestRefused, now: datetime) -> bool:
        """A send answered with an HTTP 4xx that is not the API's own (a proxy's page, say).

        Twilio creates nothing on a 4xx, so this is no "maybe sent" to look up and send
        again. One cheap request (the account) tells whether the gateway refuses this
        message or everything: if the account answers, this message fails, with a sentence
        that says so; if not, the message waits in the queue and the cycle ends with what
        the account request got (refused: needs attention; unreachable: offline).
        """
        try:
            self._gateway.check()
        except GatewayError as probe:
            log.warning("gateway refuses every request (HTTP %s)", err.http_status)
            self._store.outbox.reschedule(item.message_id, now, str(err))
            raise _CycleAborted(probe) from err
        log.info("message %s refused by the gateway (HTTP %s)", item.message_id, err.http_status)
        self._store.outbox.record_failed(
            item.message_id, None, describe_refusal(err.http_status, this_message=True)
        )
        return False

    def _record_accepted(self, item: OutboxItem, accepted: GatewayMessage) -> None:
        status = status_from_gateway(accepted.status)
        if _dropped(accepted):
            # The gateway dropped this copy unsent (queue overflow...): send it again later.
            # Its sid is not recorded; a look-up passes over such a copy (see _dropped).
            self._store.outbox.reschedule(
                item.message_id,
                self._clock() + retry_later_delay(item.attempts + 1),
                describe_error(accepted.error_code, accepted.error_message),
            )
            return
        if status is MessageStatus.FAILED:
            reason = describe_error(
                accepted.error_code, accepted.error_message, status=accepted.status
            )
            self._store.outbox.record_sent(item.message_id, accepted.sid, MessageStatus.SENT, None)
            self._store.outbox.apply_status_updates(
                [StatusUpdate(accepted.sid, status, accepted.error_code, reason)]
            )
            return
        self._store.outbox.record_sent(item.message_id, accepted.sid, status, accepted.date_sent)

    def _reconcile(self, item: OutboxItem) -> bool | None:
        """Ask the gateway whether an in-flight message reached it; record it if so.

        The look-up is complete back to when the attempt began (minus CLOCK_TOLERANCE) and
        takes any sender (the desk's number, a Messaging Service's pool number, none yet). A
        copy matches on: outbound, the same recipient and text, as many pictures, created
        since then, not already some other message's, and not dropped unsent by the
        gateway.

        Returns:
            True when the copy was found and recorded; None when the look-up could not be
            completed (the message stays "maybe sent" and is looked up again later: never
            sent again on an incomplete look-up); False when the gateway provably does not
            have it: it is safe to send again.
        """
        started = item.attempt_started_at or item.created_at
        since = started - CLOCK_TOLERANCE
        try:
            candidates = self._gateway.find_outbound(item.to_number, since)
        except LookupIncomplete as err:
            log.warning("message %s: look-up incomplete, checked again later", item.message_id)
            self._store.outbox.mark_uncertain(
                item.message_id, self._clock() + INCOMPLETE_LOOKUP_RETRY, str(err)
            )
            return None
        known = self._store.ingest.known_sids(m.sid for m in candidates)
        pictures = len(self._store.media.urls(item.message_id))
        # Oldest first, so identical messages pair in the order they were sent: the list is
        # by date sent (those not sent yet may come first), and within one second of
        # creation newest first, hence reversed before the (stable) sort.
        oldest_first = candidates[::-1]
        oldest_first.sort(key=lambda m: m.date_created)
        for candidate in oldest_first:
            if (
                candidate.sid in known
                or candidate.direction is not Direction.OUTBOUND
                or _digits(candidate.to_number) != _digits(item.to_number)
                or candidate.body != item.body
                or candidate.num_media != pictures
                or candidate.date_created < since.replace(microsecond=0)
                or _dropped(candidate)
            ):
                continue
            log.info("message %s was already at the gateway as %s", item.message_id, candidate.sid)
            self._record_accepted(item, candidate)
            return True
        return False

    # -- inbound --------------------------------------------------------------------------

    def _poll_inbound(self) -> int:
        """Store what arrived since the watermark; set aside what cannot be read or stored.

        The watermark moves past set-aside records too (once they are kept): a bad record
        never holds polling back, and reading it again adds nothing (one row per record).

        Returns:
            How many new messages were stored (also those an administrator asked to try
            again, see ``_retry_set_aside``).
        """
        received = self._retry_set_aside()
        now = self._clock()
        watermark = self._store.outbox.watermark(self.watermark_key)
        since = (watermark or now - FIRST_SYNC_LOOKBACK) - POLL_OVERLAP
        messages = self._gateway.fetch_inbound(since)
        bad = [_unreadable(entry) for entry in getattr(messages, "unreadable", ())]
        records: list[InboundRecord] = []
        newest: datetime | None = None
        for message in messages:
            if message.direction is not Direction.INBOUND:
                continue
            created_at = message.date_sent or message.date_created
            if newest is None or created_at > newest:
                newest = created_at
            try:
                records.append(self._inbound_record(message, created_at))
            except UnstorableRecord as refused:
                bad.append(_set_aside_message(message, str(refused)))
        for start in range(0, len(records), INGEST_CHUNK):
            received += self._ingest(records[start : start + INGEST_CHUNK], messages, bad)
        self._keep_set_aside(bad)
        if self._pictures is not None:
            self._pictures.announce(messages)
        if newest is not None and (watermark is None or newest > watermark):
            self._store.outbox.set_watermark(self.watermark_key, newest)
        elif watermark is None:
            self._store.outbox.set_watermark(self.watermark_key, now - POLL_OVERLAP)
        if received:
            log.info("received %d new message(s)", received)
        return received

    def _inbound_record(self, message: GatewayMessage, created_at: datetime) -> InboundRecord:
        """The message as the store keeps it (numbers normalised).

        Raises:
            UnstorableRecord: the store cannot keep it (an empty sender, a broken character…).
        """
        return InboundRecord(
            sid=message.sid,
            peer_number=_normalized(message.from_number, self._region),
            desk_number=_normalized(message.to_number, self._region),
            body=message.body,
            created_at=created_at,
        )

    def _ingest(
        self,
        records: Sequence[InboundRecord],
        messages: Sequence[GatewayMessage],
        bad: list[SetAsideRecord],
    ) -> int:
        """Store ``records`` in one transaction; if the store refuses them, find the bad ones.

        A refused batch is split in halves, and each half stored alone, until every bad
        record is alone: a few more transactions per bad record, none while all is well.
        A record refused alone joins ``bad``. A database fault is not a bad record: it
        goes up, and the whole poll is tried again.

        Returns:
            How many new messages were stored.
        """
        try:
            return len(self._store.ingest.inbound(records).messages)
        except Exception as exc:
            if database_fault(exc) is not None:
                raise
            if len(records) > 1:
                log.warning(
                    "the store refused %d inbound messages together (%s); "
                    "storing them in smaller batches to set the bad ones aside",
                    len(records),
                    type(exc).__name__,
                )
                middle = len(records) // 2
                return self._ingest(records[:middle], messages, bad) + self._ingest(
                    records[middle:], messages, bad
                )
            (record,) = records
            log.warning("inbound message %a could not be stored", record.sid, exc_info=True)
            message = next(m for m in messages if m.sid == record.sid)
            bad.append(_set_aside_message(message, _refused(exc)))
            return 0

    def _keep_set_aside(self, bad: Sequence[SetAsideRecord]) -> None:
        """Keep records that could not be stored for an administrator, logging new ones.

        A bad record is listed again by every poll while it is on the gateway's first page:
        one this engine has kept already costs nothing more, and one whose message is stored
        (tried again, fetched alone) is not set aside again.
        """
        bad = [record for record in bad if record.key not in self._kept]
        if not bad:
            return
        stored = self._store.ingest.known_sids(record.sid for record in bad if record.sid)
        added = self._store.set_aside.add([record for record in bad if record.sid not in stored])
        self._kept.update(record.key for record in bad)
        for record in added:
            # The sid and reason only: the body may be private, and logs travel.
            log.warning("inbound record %a set aside: %s", record.sid or record.key, record.reason)
        self._set_aside_in_cycle += len(added)

    def _retry_set_aside(self) -> int:
        """Fetch and store again the set-aside records an administrator asked to try again.

        Each stored one leaves the list; one that fails again stays, with the new reason,
        until asked again. A gateway that is offline ends the cycle as usual (the records
        stay asked for).

        Returns:
            How many were stored.
        """
        stored = 0
        for entry in self._store.set_aside.to_retry():
            reason = self._retry_one(entry)
            if reason is None:
                stored += 1
                self._store.set_aside.resolve(entry.id)
                log.info("set-aside record %a is stored now", entry.sid)
            else:
                self._store.set_aside.retry_failed(entry.id, reason)
                log.warning("set-aside record %a still can't be stored: %s", entry.key, reason)
        return stored

    def _retry_one(self, entry: SetAside) -> str | None:
        """Fetch one set-aside record again and store it; return why not, or None if stored."""
        if entry.sid is None or entry.key != entry.sid:
            return "It has no usable message id, so it can't be fetched from the gateway again."
        try:
            message = self._gateway.fetch_message(entry.sid)
        except MessageNotFound:
            return "The gateway no longer has it."
        except MalformedResponse:
            return "The gateway still sends it in a form SMS Desk can't read."
        if message.direction is not Direction.INBOUND:
            return "The gateway says it is not a message to this desk."
        try:
            record = self._inbound_record(message, message.date_sent or message.date_created)
            self._store.ingest.inbound([record])
        except UnstorableRecord as refused:
            return str(refused)
        except Exception as exc:
            if database_fault(exc) is not None:
                raise
            log.warning("set-aside record %a could not be stored", entry.sid, exc_info=True)
            return _refused(exc)
        if self._pictures is not None:
            self._pictures.announce([message])
        return None

    # -- delivery statuses ----------------------------------------------------------------

    def _follow_statuses(self) -> float:
        """Ask the gateway about sent messages not yet delivered, less often as they age.

        Returns:
            Seconds until the next status check falls due (infinity if none).
        """
        now = self._clock()
        unsettled = self._store.outbox.unsettled(since=now - STATUS_FOLLOW_WINDOW, limit=200)
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
            except (GatewayUnreachable, AuthenticationFailed):
                raise  # the gateway itself: the cycle's failure says so
            except (GatewayTimeout, RateLimited) as err:
                # The gateway is slow or asks to slow down: this message waits, and the
                # others are checked next time rather than each waiting for a timeout now.
                self._status_check_failed(message.sid, now, interval, err)
                break
            except GatewayError as err:
                # Only this message's record is the problem (a 5xx or an unreadable answer
                # for it): it backs off on its own; the desk is not offline for it.
                self._status_check_failed(message.sid, now, interval, err)
                continue
            status = status_from_gateway(current.status)
            if status is message.status:
                continue
            if _dropped(current):
                # The gateway dropped it unsent (its queue overflowed...): it goes again
                # later, as a message the gateway refused with "try again later" does.
                log.info("message %s was dropped unsent (%s)", message.sid, current.error_code)
                self._store.outbox.requeue_dropped(
                    message.sid,
                    now + retry_later_delay(1),
                    describe_error(current.error_code, current.error_message),
                )
                self._status_checks.pop(message.sid, None)
                continue
            reason = None
            if status is MessageStatus.FAILED:
                reason = describe_error(
                    current.error_code, current.error_message, status=current.status
                )
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
            self._store.outbox.apply_status_updates(updates)
        settled = {u.sid for u in updates if u.status.is_final}
        pending = [due for sid, (due, _) in self._status_checks.items() if sid not in settled]
        if not pending:
            return float("inf")
        return max((min(pending) - now).total_seconds(), 0.0)

    def _status_check_failed(
        self, sid: str, now: datetime, interval: float, err: GatewayError
    ) -> None:
        """Check ``sid`` again later, ever later while it keeps failing (to 300 s)."""
        wait = max(interval * 2, STATUS_ERROR_RETRY)
        if isinstance(err, RateLimited) and err.retry_after is not None:
            wait = max(wait, err.retry_after)
        wait = min(wait, 300.0)
        self._status_checks[sid] = (now + timedelta(seconds=wait), min(wait * 2, 300.0))
        log.info("status check of %s failed (%s); next in %.0f s", sid, type(err).__name__, wait)

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


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _set_aside_message(message: GatewayMessage, reason: str) -> SetAsideRecord:
    """A message the gateway listed that the store can't keep, with its fields as given."""
    raw = json.dumps(
        {
            "sid": message.sid,
            "direction": message.direction.value,
            "from": message.from_number,
            "to": message.to_number,
            "body": message.body,
            "status": message.status,
            "date_created": _iso(message.date_created),
            "date_sent": _iso(message.date_sent),
            "num_media": message.num_media,
        },
        ensure_ascii=True,  # a lone surrogate or a NUL is kept escaped: storable anywhere
    )
    return SetAsideRecord(
        key=record_key(message.sid, raw),
        sid=shown_sid(message.sid),
        raw=raw,
        reason=reason,
        received_at=message.date_sent or message.date_created,
    )


def _unreadable(entry: UnreadableRecord) -> SetAsideRecord:
    """An entry of the gateway's answer that could not be read at all."""
    return SetAsideRecord(
        key=record_key(entry.sid, entry.raw),
        sid=shown_sid(entry.sid),
        raw=entry.raw,
        reason=entry.reason,
    )


def _refused(exc: BaseException) -> str:
    """Why the database refused a record, for an administrator (details are in the log)."""
    return f"The database refused it ({type(exc).__name__}); details are in the log."

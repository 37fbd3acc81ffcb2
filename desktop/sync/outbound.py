"""The outbound half of a sync cycle: send the outbox, and find a lost answer's message.

A message is claimed (``begin_send``) before the gateway is called; one in flight is sent
again only after the gateway has been asked whether it already has it (``find_outbound``),
and only once its attempt is older than a grace longer than the gateway's request timeout
(see ``grace_for_timeout``). SyncEngine composes this with the inbound half and the
delivery statuses.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core.i18n import translate
from desktop.core.models import Direction, MessageStatus
from desktop.gateway.base import (
    Gateway,
    GatewayBusy,
    GatewayError,
    GatewayMessage,
    LookupIncomplete,
    LookupUnavailable,
    MessageRejected,
    RequestRefused,
)
from desktop.gateway.errors import describe_refusal
from desktop.gateway.terms import CarrierTerms
from desktop.store import OutboxItem, StatusUpdate
from desktop.store.fencing import Claimant
from desktop.store.ports import SyncStore

log = logging.getLogger("smsdesk.sync")

# A resent message matches one already at the gateway if it was created no earlier than
# this before our attempt started (allows for clock difference with the gateway).
CLOCK_TOLERANCE = timedelta(minutes=5)
# A look-up that could not be completed is tried again after this long; until then the
# message stays "maybe sent" (it is never sent again on an incomplete look-up).
INCOMPLETE_LOOKUP_RETRY = timedelta(minutes=5)
# A message whose answer was lost, at a gateway with no list to look it up in (Telnyx),
# waits this long after its attempt began for the carrier's event through a relay
# (``Outbox.adopt_lost``); then it is set aside for the user to decide (Retry or Discard).
LOST_ANSWER_WAIT = timedelta(minutes=10)
# A message the gateway asked to send later (its queue is full...) waits this long after
# its first attempt, twice as long after each further one, up to the cap.
RETRY_LATER_FIRST = timedelta(seconds=30)
RETRY_LATER_CAP = timedelta(minutes=15)
SENDS_PER_CYCLE = 20
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


def retry_later_delay(attempts: int) -> timedelta:
    """How long a message the gateway asked to send later waits, after ``attempts`` tries."""
    doublings = min(max(attempts, 1) - 1, 10)
    return min(RETRY_LATER_FIRST * (1 << doublings), RETRY_LATER_CAP)


def _digits(number: str) -> str:
    """A number's digits alone: how the gateway wrote it must not hide a match."""
    return re.sub(r"\D", "", number)


class CycleAborted(Exception):
    """The gateway failed in a way that makes the rest of the cycle pointless."""

    def __init__(self, error: GatewayError) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass(eq=False)
class OutboxSender:
    """Sends the due outbox messages through one gateway, never one twice.

    Args:
        store: the store.
        gateway: the gateway adapter (owned by the engine's thread).
        terms: what the carrier's status words and error codes mean.
        clock: returns the current aware UTC time.
        in_flight_grace: how long after its attempt began an in-flight message not found at
            the gateway waits before it is sent again.

    Attributes:
        in_flight_grace: as given.
    """

    store: SyncStore
    gateway: Gateway
    terms: CarrierTerms
    clock: Callable[[], datetime]
    in_flight_grace: timedelta

    def send_due(self, claimant: Claimant) -> tuple[int, bool]:
        """Send due outbox messages, claiming each as ``claimant``.

        Returns:
            (accepted count, whether more are due).

        Raises:
            CycleAborted: the gateway failed in a way that ends the cycle.
        """
        now = self.clock()
        due = self.store.outbox.due(now, limit=SENDS_PER_CYCLE)
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
                self.store.outbox.reschedule(
                    item.message_id,
                    now,
                    translate("Sync", "Not received by the gateway"),
                    attempt=item.attempts,
                )
            if self._send_one(item, claimant):
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
        self.store.outbox.mark_uncertain(
            item.message_id,
            look_again,
            translate("Sync", "Not at the gateway yet; SMS Desk will look again"),
        )
        return True

    def _send_one(self, item: OutboxItem, claimant: Claimant) -> bool:
        now = self.clock()
        if not self.store.outbox.begin_send(item.message_id, now, claimant=claimant):
            return False  # somebody else (another desk) claimed it
        try:
            pictures = self.store.media.urls(item.message_id)
            if pictures:
                accepted = self.gateway.send(item.to_number, item.body, pictures)
            else:
                accepted = self.gateway.send(item.to_number, item.body)
        except MessageRejected as err:
            log.info("message %s rejected by the gateway: %s", item.message_id, err.code)
            self.store.outbox.record_failed(
                item.message_id, err.code, str(err), opt_out=err.opt_out
            )
            return False
        except GatewayBusy as err:
            # Nothing was created ("try again later": 21611, the desk number's queue is
            # full...): the message waits, longer after each try, and the rest goes on.
            log.info("gateway asked to send message %s later: %s", item.message_id, err.code)
            self.store.outbox.reschedule(
                item.message_id, now + retry_later_delay(item.attempts + 1), str(err)
            )
            return False
        except RequestRefused as err:
            return self._refused(item, err, now)
        except GatewayError as err:
            if err.ambiguous:
                # The gateway may have it: check before sending again (see send_due).
                self.store.outbox.mark_uncertain(item.message_id, now, str(err))
            else:
                self.store.outbox.reschedule(item.message_id, now, str(err))
            raise CycleAborted(err) from err
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
            self.gateway.check()
        except GatewayError as probe:
            log.warning("gateway refuses every request (HTTP %s)", err.http_status)
            self.store.outbox.reschedule(item.message_id, now, str(err))
            raise CycleAborted(probe) from err
        log.info("message %s refused by the gateway (HTTP %s)", item.message_id, err.http_status)
        self.store.outbox.record_failed(
            item.message_id, None, describe_refusal(err.http_status, this_message=True)
        )
        return False

    def _record_accepted(self, item: OutboxItem, accepted: GatewayMessage) -> None:
        reading = self.terms.read(accepted)
        if reading.dropped:
            # The gateway dropped this copy unsent (queue overflow...): send it again later.
            # Its sid is not recorded; a look-up passes over such a copy (see _reconcile).
            self.store.outbox.reschedule(
                item.message_id,
                self.clock() + retry_later_delay(item.attempts + 1),
                reading.reason or "",
            )
            return
        if reading.status is MessageStatus.FAILED:
            self.store.outbox.record_sent(item.message_id, accepted.sid, MessageStatus.SENT, None)
            self.store.outbox.apply_status_updates(
                [
                    StatusUpdate(
                        accepted.sid,
                        reading.status,
                        accepted.error_code,
                        reading.reason,
                        opt_out=reading.opt_out,
                    )
                ]
            )
            return
        self.store.outbox.record_sent(
            item.message_id, accepted.sid, reading.status, accepted.date_sent
        )

    def _wait_or_set_aside(self, item: OutboxItem, started: datetime, reason: str) -> None:
        """A lost answer the gateway cannot look up: wait for the carrier's event, then set
        the message aside for the user (never sent again by SMS Desk on its own).

        Until LOST_ANSWER_WAIT after its attempt began, a relay may match the carrier's
        ``message.sent`` to it (``Outbox.adopt_lost``); it stays "maybe sent" and is due
        again at the end of the wait. Then it is set aside with ``reason``, which says that
        SMS Desk cannot tell whether it went and what to do.
        """
        give_up = started + LOST_ANSWER_WAIT
        if self.clock() < give_up:
            log.info("message %s: answer lost, waiting for the carrier's event", item.message_id)
            self.store.outbox.mark_uncertain(item.message_id, give_up, reason)
            return
        if self.store.outbox.set_aside_lost(item.message_id, item.attempts, reason):
            log.warning("message %s: answer lost, set aside for the user", item.message_id)

    def _reconcile(self, item: OutboxItem) -> bool | None:
        """Ask the gateway whether an in-flight message reached it; record it if so.

        The look-up is complete back to when the attempt began (minus CLOCK_TOLERANCE) and
        takes any sender (the desk's number, a Messaging Service's pool number, none yet). A
        copy matches on: outbound, the same recipient and text, as many pictures, created
        since then, not already some other message's, and not dropped unsent by the
        gateway (a "try again later" failure: never sent, so no proof that the message went).

        Returns:
            True when the copy was found and recorded; None when the look-up could not be
            completed (the message stays "maybe sent" and is looked up again later: never
            sent again on an incomplete look-up); False when the gateway provably does not
            have it: it is safe to send again.
        """
        started = item.attempt_started_at or item.created_at
        since = started - CLOCK_TOLERANCE
        try:
            candidates = self.gateway.find_outbound(item.to_number, since)
        except LookupUnavailable as err:
            self._wait_or_set_aside(item, started, str(err))
            return None
        except LookupIncomplete as err:
            log.warning("message %s: look-up incomplete, checked again later", item.message_id)
            self.store.outbox.mark_uncertain(
                item.message_id, self.clock() + INCOMPLETE_LOOKUP_RETRY, str(err)
            )
            return None
        known = self.store.ingest.known_sids(m.sid for m in candidates)
        pictures = len(self.store.media.urls(item.message_id))
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
                or self.terms.read(candidate).dropped
            ):
                continue
            log.info("message %s was already at the gateway as %s", item.message_id, candidate.sid)
            self._record_accepted(item, candidate)
            return True
        return False

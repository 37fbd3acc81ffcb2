"""Following delivery statuses: ask the gateway about sent messages until they settle.

Each unsettled message is checked less often as it ages (0.5 s doubling to 300 s); a
failing check holds back only its own message. SyncEngine composes this with the outbound
and inbound halves of a cycle.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from desktop.core.models import MessageStatus
from desktop.gateway.base import (
    AuthenticationFailed,
    Gateway,
    GatewayError,
    GatewayMessage,
    GatewayTimeout,
    GatewayUnreachable,
    MessageNotFound,
    RateLimited,
)
from desktop.gateway.terms import CarrierTerms, Reading
from desktop.store import StatusUpdate
from desktop.store.ports import SyncStore
from desktop.sync.outbound import retry_later_delay

log = logging.getLogger("smsdesk.sync")

# Delivery statuses are followed for this long; after that a "sent" message stays "sent".
STATUS_FOLLOW_WINDOW = timedelta(days=3)
STATUS_CHECKS_PER_CYCLE = 20
# A message whose status check failed (its record unreadable, a 5xx for it) is checked
# again after at least this long, doubling while it keeps failing (up to the 300 s cap).
STATUS_ERROR_RETRY = 5.0


def status_update(sid: str, current: GatewayMessage, reading: Reading) -> StatusUpdate:
    """What the store records of a status the carrier reported for our message ``sid`` (by
    a status check here, or a status callback posted to the relay)."""
    status = reading.status
    failed = status is MessageStatus.FAILED
    return StatusUpdate(
        sid,
        status,
        error_code=current.error_code if failed else None,
        error_message=reading.reason,
        sent_at=current.date_sent,
        delivered_at=current.date_updated if status is MessageStatus.DELIVERED else None,
        opt_out=reading.opt_out,
    )


@dataclass(eq=False)
class DeliveryFollower:
    """Follows the delivery statuses of the messages one gateway accepted.

    Args:
        store: the store.
        gateway: the gateway adapter (owned by the engine's thread).
        terms: what the carrier's status words and error codes mean.
        clock: returns the current aware UTC time.
        first_check_after: seconds before a message's first status check (0: at once; with
            a relay the carrier posts its statuses, and a check is only the fallback).
    """

    store: SyncStore
    gateway: Gateway
    terms: CarrierTerms
    clock: Callable[[], datetime]
    first_check_after: float = 0.0
    # When each unsettled message is checked next, and the interval after that.
    _status_checks: dict[str, tuple[datetime, float]] = field(default_factory=dict, init=False)

    def follow(self) -> float:
        """Ask the gateway about sent messages not yet delivered, less often as they age.

        Returns:
            Seconds until the next status check falls due (infinity if none).
        """
        now = self.clock()
        unsettled = self.store.outbox.unsettled(since=now - STATUS_FOLLOW_WINDOW, limit=200)
        live = {u.sid for u in unsettled}
        for sid in list(self._status_checks):
            if sid not in live:
                del self._status_checks[sid]
        updates: list[StatusUpdate] = []
        checked = 0
        for message in unsettled:
            if message.sid not in self._status_checks:
                self._status_checks[message.sid] = self._first_check(now)
            due_at, interval = self._status_checks[message.sid]
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
                current = self.gateway.fetch_message(message.sid)
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
            reading = self.terms.read(current)
            status = reading.status
            if status is message.status:
                continue
            if reading.dropped:
                # The gateway dropped it unsent (its queue overflowed...): it goes again
                # later, as a message the gateway refused with "try again later" does.
                log.info("message %s was dropped unsent (%s)", message.sid, current.error_code)
                self.store.outbox.requeue_dropped(
                    message.sid, now + retry_later_delay(1), reading.reason or ""
                )
                self._status_checks.pop(message.sid, None)
                continue
            updates.append(status_update(message.sid, current, reading))
        if updates:
            self.store.outbox.apply_status_updates(updates)
        settled = {u.sid for u in updates if u.status.is_final}
        pending = [due for sid, (due, _) in self._status_checks.items() if sid not in settled]
        if not pending:
            return float("inf")
        return max((min(pending) - now).total_seconds(), 0.0)

    def _first_check(self, now: datetime) -> tuple[datetime, float]:
        """When a message not checked yet is first checked, and the interval after that."""
        if self.first_check_after <= 0:
            return now, 0.5
        first = now + timedelta(seconds=self.first_check_after)
        return first, self.first_check_after

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

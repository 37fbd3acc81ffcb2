"""Storing what a webhook brought, with the desks' own store code.

An inbound message goes through ``InboundWriter`` — what stores a poll's messages: numbers
normalised, kept once by the carrier's id, a record the store cannot keep set aside for an
administrator — then its pictures' addresses are recorded for the desks to fetch. A status
goes through the carrier's terms and ``status_update``, as a desk's status check does, and
only moves a message forward; a status about an id no message has may be the answer a desk
lost (Telnyx's events carry the text): ``Outbox.adopt_lost`` matches it to the one message
it must be, or to none. Every call is idempotent: a carrier's retry of a webhook the
relay stored already (its answer lost) changes nothing.

Calls are serialised: the store keeps one connection, and a burst is stored in arrival order.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from desktop.core.models import Direction
from desktop.gateway.terms import CarrierTerms
from desktop.relay.webhooks import Inbound, Status, Webhook
from desktop.store.ports import SyncStore
from desktop.sync.delivery import status_update
from desktop.sync.inbound import InboundWriter

#: When a message the carrier dropped unsent ("try again later") is sent again.
DROPPED_RETRY = timedelta(seconds=60)
#: A carrier event about an id no message has is matched to a message whose answer was lost
#: (``Outbox.adopt_lost``) whose attempt began at most this long before the event ...
LOST_MATCH_WINDOW = timedelta(minutes=30)
#: ... or at most this long after it (the carrier's clock and the desks' differ).
CLOCK_TOLERANCE = timedelta(minutes=5)


class Intake:
    """Stores webhooks in the team's database.

    Args:
        store: the team's store (its changes are published to the desks by the caller's
            ``ChangePublisher``).
        terms: the carrier's status words and error codes.
        default_region: the region for national numbers a carrier may send.
        clock: the current aware UTC time.
    """

    def __init__(
        self,
        store: SyncStore,
        terms: CarrierTerms,
        default_region: str,
        clock: Callable[[], datetime],
    ) -> None:
        self._store = store
        self._terms = terms
        self._writer = InboundWriter(store, default_region)
        self._clock = clock
        self._lock = threading.Lock()

    def keep(self, webhook: Webhook) -> bool:
        """Store one webhook's message or status.

        Returns:
            True when it changed something (a new message, a status that moved), False
            when it was known already.

        Raises:
            Exception: a database fault (``desktop.store.faults.database_fault`` tells it):
                nothing was stored, and the carrier must try again.
        """
        with self._lock:
            if isinstance(webhook, Inbound):
                return self._inbound(webhook)
            return self._status(webhook)

    def _inbound(self, webhook: Inbound) -> bool:
        message = webhook.message
        added = self._writer.write([message]) > 0
        if webhook.media:
            media = self._store.media
            message_id = media.message_id_for_sid(message.sid)
            if message_id is not None and not media.for_messages([message_id]):
                media.add(message_id, list(webhook.media))
                added = True
        return added

    def _status(self, webhook: Status) -> bool:
        message = webhook.message
        reading = self._terms.read(message)
        if reading.dropped:
            when = self._clock() + DROPPED_RETRY
            return self._store.outbox.requeue_dropped(message.sid, when, reading.reason or "")
        adopted = None
        if message.body and message.direction is Direction.OUTBOUND:
            # Only Telnyx's events carry the text: a send whose answer was lost is matched.
            adopted = self._store.outbox.adopt_lost(
                message.sid,
                message.from_number,
                message.to_number,
                message.body,
                message.date_sent or self._clock(),
                window=LOST_MATCH_WINDOW,
                tolerance=CLOCK_TOLERANCE,
                sent_at=message.date_sent,
                now=self._clock(),
            )
        change = self._store.outbox.apply_status_updates(
            [status_update(message.sid, message, reading)], now=self._clock()
        )
        return adopted is not None or bool(change.messages)


__all__ = ["Intake"]

"""The inbound half of a sync cycle: poll the gateway, store what arrived, set aside the rest.

Polling overlaps its window and the store de-duplicates by the gateway's sid; one bad
inbound record never blocks the others: what cannot be read or stored is set aside for an
administrator (``store.set_aside``) and polling moves past it. SyncEngine composes this
with the outbound half and the delivery statuses.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from desktop.core.i18n import translate
from desktop.core.models import Direction
from desktop.core.phone import normalize
from desktop.gateway.base import (
    Gateway,
    GatewayMessage,
    MalformedResponse,
    MessageNotFound,
    UnreadableRecord,
)
from desktop.store import InboundRecord
from desktop.store.faults import database_fault
from desktop.store.ports import SyncStore
from desktop.store.set_aside_store import (
    SetAside,
    SetAsideRecord,
    UnstorableRecord,
    record_key,
    shown_sid,
)
from desktop.sync.pictures import PictureFetcher

log = logging.getLogger("smsdesk.sync")

# Inbound polling re-reads this much before the newest message already seen: a message can
# be listed by the gateway a little after its date_sent. Duplicates are dropped by sid.
POLL_OVERLAP = timedelta(minutes=2)
# Between two polls that re-read the whole overlap, at most this long apart by the gateway's
# clock, a poll re-reads only this much before the gateway's last listing (see
# InboundPoller.poll), and only down to a page of messages it stored: what a carrier lists
# within seconds shows at once, what it lists later (within POLL_OVERLAP) or below a page
# already stored at the next whole re-read.
QUICK_OVERLAP = timedelta(seconds=15)
OVERLAP_REREAD_EVERY = timedelta(seconds=30)
# On the very first sync, fetch this much history.
FIRST_SYNC_LOOKBACK = timedelta(days=7)
# Inbound messages stored per transaction: a burst is stored in a few commits (each waits for
# the disk), while the write lock is never held for long at a time.
INGEST_CHUNK = 10_000

# Later than any message's date.
_NEVER = datetime.max.replace(tzinfo=UTC)

# A burst comes from a few numbers to one: read each once (phonenumbers is slow to parse).
_normalized = functools.lru_cache(maxsize=4096)(normalize)


@dataclass(eq=False)
class InboundWriter:
    """Stores the inbound messages a carrier reported, and sets aside what it can't.

    What a poll listed (``InboundPoller``) and what the carrier posted to the relay
    (``desktop.relay``) are stored by this same code: numbers normalised, de-duplicated by
    the carrier's id, in chunks of one transaction each, one bad record set aside without
    holding back the others.

    Args:
        store: the store.
        default_region: region used to read national numbers the carrier may send.
    """

    store: SyncStore
    default_region: str
    _set_aside_in_poll: int = field(default=0, init=False)
    # Keys of the records set aside (see _keep_set_aside).
    _kept: set[str] = field(default_factory=set, init=False)

    def write(self, messages: Sequence[GatewayMessage], bad: Sequence[SetAsideRecord] = ()) -> int:
        """Store the inbound ones of ``messages``; set aside those that cannot be read or
        stored, with ``bad`` (records that could not be read at all).

        Returns:
            How many new messages were stored (one stored before counts nothing).

        Raises:
            Exception: a database fault (``database_fault``): nothing of the failed chunk
                was stored, and the caller tries again later.
        """
        unstorable = list(bad)
        records: list[InboundRecord] = []
        for message in messages:
            if message.direction is not Direction.INBOUND:
                continue
            try:
                records.append(
                    self._inbound_record(message, message.date_sent or message.date_created)
                )
            except UnstorableRecord as refused:
                unstorable.append(_set_aside_message(message, str(refused)))
        received = 0
        for start in range(0, len(records), INGEST_CHUNK):
            received += self._ingest(records[start : start + INGEST_CHUNK], messages, unstorable)
        self._keep_set_aside(unstorable)
        return received

    def _inbound_record(self, message: GatewayMessage, created_at: datetime) -> InboundRecord:
        """The message as the store keeps it (numbers normalised).

        Raises:
            UnstorableRecord: the store cannot keep it (an empty sender, a broken character…).
        """
        return InboundRecord(
            sid=message.sid,
            peer_number=_normalized(message.from_number, self.default_region),
            desk_number=_normalized(message.to_number, self.default_region),
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
            return len(self.store.ingest.inbound(records).messages)
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
        stored = self.store.ingest.known_sids(record.sid for record in bad if record.sid)
        added = self.store.set_aside.add([record for record in bad if record.sid not in stored])
        self._kept.update(record.key for record in bad)
        for record in added:
            # The sid and reason only: the body may be private, and logs travel.
            log.warning("inbound record %a set aside: %s", record.sid or record.key, record.reason)
        self._set_aside_in_poll += len(added)


@dataclass(eq=False)
class InboundPoller(InboundWriter):
    """Polls one gateway for the messages it lists for the desk, and stores them.

    Args:
        store: the store.
        default_region: region used to read national numbers the gateway may send.
        gateway: the gateway adapter (owned by the engine's thread).
        clock: returns the current aware UTC time.
        pictures: told of new MMS (to fetch their pictures); None: pictures are not fetched.
    """

    gateway: Gateway
    clock: Callable[[], datetime]
    pictures: PictureFetcher | None
    # The gateway's clock when it answered the last poll whose messages are stored (see
    # ``poll``); None until one said it (the first poll after a start re-reads as before).
    _listed_at: datetime | None = field(default=None, init=False)
    # The same for the last such poll that re-read the whole overlap.
    _reread_at: datetime | None = field(default=None, init=False)
    # The sids this poller stored or set aside that a poll may list again, with their dates
    # (see _remember_stored), and the oldest of those dates.
    _stored: dict[str, datetime] = field(default_factory=dict, init=False)
    _oldest_stored: datetime = field(default=_NEVER, init=False)

    @property
    def watermark_key(self) -> str:
        """The store's key for how far this desk's inbound polling has read."""
        return f"inbound:{self.gateway.desk_number}"

    def poll(self) -> tuple[int, int]:
        """Store what arrived since the watermark; set aside what cannot be read or stored.

        The watermark moves past set-aside records too (once they are kept): a bad record
        never holds polling back, and reading it again adds nothing (one row per record).

        Returns:
            (how many new messages were stored, also those an administrator asked to try
            again (see ``_retry_set_aside``); how many records were newly set aside).
        """
        self._set_aside_in_poll = 0
        received = self._retry_set_aside()
        now = self.clock()
        watermark = self.store.outbox.watermark(self.watermark_key)
        since, reread = self._window(watermark, now)
        # A quick re-read may end at a page of what this poller stored: within seconds of a
        # 10,000-message burst it read all of it again, each second the desk was in use.
        messages = self.gateway.fetch_inbound(since, known=() if reread else self._stored)
        bad = [_unreadable(entry) for entry in getattr(messages, "unreadable", ())]
        newest: datetime | None = None
        for message in messages:
            if message.direction is not Direction.INBOUND:
                continue
            created_at = message.date_sent or message.date_created
            if newest is None or created_at > newest:
                newest = created_at
        # What this poller stored (or set aside) already is not read into records and looked
        # up again: a re-read of a burst is then its listing alone.
        fresh = [message for message in messages if message.sid not in self._stored]
        received += self.write(fresh, bad)
        if self.pictures is not None:
            self.pictures.announce(messages)  # (all: a picture not listed yet is asked again)
        if newest is not None and (watermark is None or newest > watermark):
            self.store.outbox.set_watermark(self.watermark_key, newest)
        elif watermark is None:
            self.store.outbox.set_watermark(self.watermark_key, now - POLL_OVERLAP)
        # Only now, with what it listed stored (or set aside).
        listed_at = getattr(messages, "listed_at", None)
        if listed_at is not None:
            self._listed_at = listed_at
            if reread:
                self._reread_at = listed_at
        self._remember_stored(fresh, since)
        if received:
            log.info("received %d new message(s)", received)
        return received, self._set_aside_in_poll

    def _window(self, watermark: datetime | None, now: datetime) -> tuple[datetime, bool]:
        """From when the next poll lists, and whether it re-reads the whole overlap."""
        since = (watermark or now - FIRST_SYNC_LOOKBACK) - POLL_OVERLAP
        if watermark is None or self._listed_at is None:
            return since, True
        # What a poll read was the whole list as the gateway knew it then: a message dated
        # more than the overlap before that had been listed already. Only the newest
        # message's date would keep a burst in every poll (re-read, parsed and looked up,
        # every second while in use) until a newer message came.
        reread_at = self._reread_at or self._listed_at
        if self._listed_at - reread_at < OVERLAP_REREAD_EVERY:
            # And the whole overlap only every OVERLAP_REREAD_EVERY: a 10,000-message burst
            # was otherwise listed again each second for two minutes.
            return max(since, self._listed_at - QUICK_OVERLAP), False
        # Back from the last whole re-read: nothing listed since, within the overlap of its
        # date, is missed.
        return max(since, reread_at - POLL_OVERLAP), True

    def _remember_stored(self, messages: Sequence[GatewayMessage], since: datetime) -> None:
        """Note the sids of ``messages`` (now stored or set aside), forgetting those dated
        before any later poll can list (``since`` was this poll's start; a whole re-read
        goes back the overlap from the last one)."""
        for message in messages:
            at = self._stored[message.sid] = message.date_sent or message.date_created
            self._oldest_stored = min(self._oldest_stored, at)
        if self._reread_at is not None:
            since = min(since, self._reread_at - POLL_OVERLAP)
        if self._oldest_stored < since:
            self._stored = {sid: at for sid, at in self._stored.items() if at >= since}
            self._oldest_stored = min(self._stored.values(), default=_NEVER)

    def _retry_set_aside(self) -> int:
        """Fetch and store again the set-aside records an administrator asked to try again.

        Each stored one leaves the list; one that fails again stays, with the new reason,
        until asked again. A gateway that is offline ends the cycle as usual (the records
        stay asked for).

        Returns:
            How many were stored.
        """
        stored = 0
        for entry in self.store.set_aside.to_retry():
            reason = self._retry_one(entry)
            if reason is None:
                stored += 1
                self.store.set_aside.resolve(entry.id)
                log.info("set-aside record %a is stored now", entry.sid)
            else:
                self.store.set_aside.retry_failed(entry.id, reason)
                log.warning("set-aside record %a still can't be stored: %s", entry.key, reason)
        return stored

    def _retry_one(self, entry: SetAside) -> str | None:
        """Fetch one set-aside record again and store it; return why not, or None if stored."""
        if entry.sid is None or entry.key != entry.sid:
            return translate(
                "Sync",
                "It has no usable message id, so it can't be fetched from the gateway again.",
            )
        try:
            message = self.gateway.fetch_message(entry.sid)
        except MessageNotFound:
            return translate("Sync", "The gateway no longer has it.")
        except MalformedResponse:
            return translate("Sync", "The gateway still sends it in a form SMS Desk can't read.")
        if message.direction is not Direction.INBOUND:
            return translate("Sync", "The gateway says it is not a message to this desk.")
        try:
            record = self._inbound_record(message, message.date_sent or message.date_created)
            self.store.ingest.inbound([record])
        except UnstorableRecord as refused:
            return str(refused)
        except Exception as exc:
            if database_fault(exc) is not None:
                raise
            log.warning("set-aside record %a could not be stored", entry.sid, exc_info=True)
            return _refused(exc)
        if self.pictures is not None:
            self.pictures.announce([message])
        return None


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
    return translate("Sync", "The database refused it ({error}); details are in the log.").format(
        error=type(exc).__name__
    )

"""Inbound records set aside: what the gateway sent that could not be stored, for an admin.

A record that cannot be stored (an empty sender, a broken character, an entry of the
gateway's answer without a date) must never stop the messages after it. The sync engine
keeps it here as the gateway gave it, with the reason, and moves on; an administrator sees
the list (the app's notice, ``smsdesk doctor``), asks for it to be tried again, or dismisses
it. ``UnstorableRecord`` is what the store's record checks raise, with the reason in words.
"""

from __future__ import annotations

import builtins
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update

from desktop.core.models import utcnow
from desktop.store.aggregate import Aggregate
from desktop.store.records import UnstorableRecord, text_problem
from desktop.store.tables import GATEWAY_SID_LENGTH, set_aside

__all__ = [
    "SetAside",
    "SetAsideRecord",
    "SetAsideRecords",
    "UnstorableRecord",
    "record_key",
    "shown_sid",
    "text_problem",
]

# The most records one call lists; a flood of bad records is still counted in full.
_LIST_LIMIT = 500


def shown_sid(sid: object) -> str | None:
    """The gateway sid as it can be stored and shown: escaped, cut to fit; None if none."""
    if not isinstance(sid, str) or not sid:
        return None
    shown = sid.encode("ascii", "backslashreplace").decode("ascii").replace("\x00", "\\x00")
    return shown[:GATEWAY_SID_LENGTH]


def record_key(sid: object, raw: str) -> str:
    """The key that makes re-reading the same bad record add nothing.

    Its sid when that is a plain one (printable ASCII, 1 to 64 characters), else a hash of
    the raw record.
    """
    if (
        isinstance(sid, str)
        and 0 < len(sid) <= GATEWAY_SID_LENGTH
        and sid.isascii()
        and sid.isprintable()
    ):
        return sid
    return "sha256:" + hashlib.sha256(raw.encode("ascii", "backslashreplace")).hexdigest()


@dataclass(frozen=True, slots=True)
class SetAsideRecord:
    """A record to set aside, as the sync engine found it.

    Attributes:
        key: ``record_key(sid, raw)``.
        sid: the sid to show (``shown_sid``), if it had one.
        raw: its fields as the gateway gave them, as ASCII JSON (storable whatever it holds).
        reason: why it could not be stored, in words for an administrator.
        received_at: when it was sent, if that could be read.
    """

    key: str
    sid: str | None
    raw: str
    reason: str
    received_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SetAside:
    """A record set aside, as an administrator sees it.

    Attributes:
        id: the store's id.
        key: its sid, or a hash of it when it had no usable sid.
        sid: the sid to show, if it had one.
        raw: its fields as the gateway gave them (ASCII JSON: show it as plain text).
        reason: why it could not be stored.
        received_at: when it was sent, if known.
        set_aside_at: when it was set aside.
        retry_requested_at: when an administrator asked to try it again (until tried).
        dismissed_at: when an administrator dismissed it.
    """

    id: int
    key: str
    sid: str | None
    raw: str
    reason: str
    received_at: datetime | None
    set_aside_at: datetime
    retry_requested_at: datetime | None = None
    dismissed_at: datetime | None = None


_COLUMNS = (
    set_aside.c.id,
    set_aside.c.record_key,
    set_aside.c.gateway_sid,
    set_aside.c.raw,
    set_aside.c.reason,
    set_aside.c.received_at,
    set_aside.c.set_aside_at,
    set_aside.c.retry_requested_at,
    set_aside.c.dismissed_at,
)


class SetAsideRecords(Aggregate):
    """The records set aside (``store.set_aside``)."""

    def add(
        self, records: Sequence[SetAsideRecord], *, now: datetime | None = None
    ) -> list[SetAsideRecord]:
        """Keep records that could not be stored; one already kept (same key) is left as is.

        Returns:
            The records that were new (the caller logs those only: a bad record is read
            again by every poll whose window holds it).
        """
        if not records:
            return []
        now = now or utcnow()
        added: list[SetAsideRecord] = []
        stmt = (
            self._ctx.upsert(set_aside)
            .on_conflict_do_nothing(index_elements=[set_aside.c.record_key])
            .returning(set_aside.c.id)
        )
        with self._ctx.writer.begin() as conn:
            for record in {r.key: r for r in records}.values():
                row = {
                    "record_key": record.key,
                    "gateway_sid": record.sid,
                    "raw": record.raw,
                    "reason": record.reason,
                    "received_at": record.received_at,
                    "set_aside_at": now,
                }
                if conn.execute(stmt.values(**row)).first() is not None:
                    added.append(record)
        return added

    def list(self, *, dismissed: bool = False, limit: int = _LIST_LIMIT) -> builtins.list[SetAside]:
        """The records set aside, oldest first: those awaiting an administrator, or with
        ``dismissed`` those dismissed."""
        c = set_aside.c
        wanted = c.dismissed_at.is_not(None) if dismissed else c.dismissed_at.is_(None)
        stmt = select(*_COLUMNS).where(wanted).order_by(c.set_aside_at, c.id).limit(limit)
        with self._ctx.read() as conn:
            return [SetAside(*row) for row in conn.execute(stmt)]

    def count(self) -> int:
        """How many records set aside await an administrator (not dismissed)."""
        stmt = select(func.count()).select_from(set_aside).where(set_aside.c.dismissed_at.is_(None))
        with self._ctx.read() as conn:
            return int(conn.execute(stmt).scalar_one())

    def request_retry(self, ids: Iterable[int], *, now: datetime | None = None) -> int:
        """Ask the desk that polls the gateway to fetch and store these records again.

        Returns:
            How many records will be tried.
        """
        return self._update(ids, retry_requested_at=now or utcnow(), dismissed_at=None)

    def dismiss(self, ids: Iterable[int], *, now: datetime | None = None) -> int:
        """An administrator has seen these records: leave them out of the notice.

        They stay in the table (``list(dismissed=True)``), so nothing is lost.

        Returns:
            How many records were dismissed.
        """
        return self._update(ids, dismissed_at=now or utcnow(), retry_requested_at=None)

    def to_retry(self, *, limit: int = 20) -> builtins.list[SetAside]:
        """The records an administrator asked to try again, oldest request first."""
        c = set_aside.c
        stmt = (
            select(*_COLUMNS)
            .where(c.retry_requested_at.is_not(None), c.dismissed_at.is_(None))
            .order_by(c.retry_requested_at, c.id)
            .limit(limit)
        )
        with self._ctx.read() as conn:
            return [SetAside(*row) for row in conn.execute(stmt)]

    def resolve(self, set_aside_id: int) -> None:
        """The record is stored now (or was already): it is no longer set aside."""
        with self._ctx.writer.begin() as conn:
            conn.execute(delete(set_aside).where(set_aside.c.id == set_aside_id))

    def retry_failed(self, set_aside_id: int, reason: str) -> None:
        """Trying the record again failed: keep it, with why, until asked again."""
        self._update([set_aside_id], reason=reason, retry_requested_at=None)

    def _update(self, ids: Iterable[int], **values: Any) -> int:
        wanted = sorted({int(i) for i in ids})
        if not wanted:
            return 0
        with self._ctx.writer.begin() as conn:
            result = conn.execute(
                update(set_aside).where(set_aside.c.id.in_(wanted)).values(**values)
            )
            return int(result.rowcount)

"""Fencing: in a team, a desk claims a message for the gateway only while it provably leads.

The poller lease is a PostgreSQL session advisory lock held on a desk's team connection
(``desktop.store.lease.PollerLease``). Holding it at the start of a sync cycle proves
nothing a second later: the connection can die mid-cycle, and another desk takes the lock
at once. So each desk that takes the lock increments the ``team_lease`` row's ``epoch`` and
writes the backend pid of its lock connection there; that (epoch, pid) is its
``LeaseToken``. ``Store.begin_send`` checks the token in the very transaction that claims
the message, right before the gateway is called: the epoch is still this desk's, and
``pg_locks`` shows the lock still granted to that pid. A desk whose lock is gone, or whose
epoch was overtaken, gets ``LeaseLost`` and claims (so sends) nothing.

The check locks the lease row ``FOR SHARE``, and a new leader increments the epoch with an
UPDATE of that row: every claim made under an epoch has committed before the next epoch
exists. What stays possible is the moment between a claim's commit and its HTTP request;
the new leader covers it by looking up another claimant's in-flight message only after a
grace longer than the gateway's request timeout (see ``Store.due_outbox``).

A desk alone (SQLite) has no lease: its ``Claimant`` has no token and nothing is checked.
Pure SQLAlchemy: no psycopg, no Qt.
"""

from __future__ import annotations

import hashlib
import os
import socket
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, text

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.store.errors import StoreError
from desktop.store.tables import CLAIMANT_LENGTH

__all__ = [
    "POLLER_LOCK_KEY",
    "Claimant",
    "LeaseLost",
    "LeaseToken",
    "lock_parts",
    "new_desk_id",
    "token_holds",
]

POLLER_LOCK_KEY = int.from_bytes(hashlib.sha256(b"smsdesk-poller").digest()[:8], "big", signed=True)
"""The advisory lock key of the gateway poller: fixed, and unlikely to collide with the keys
of other applications sharing the database server."""

_LEASE_LOST = QT_TRANSLATE_NOOP("Team", "Another desk is talking to the gateway for the team.")


class LeaseLost(StoreError):
    """This desk no longer holds the poller lease: another desk talks to the gateway now."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(translate("Team", _LEASE_LOST) if message is None else message)


@dataclass(frozen=True, slots=True)
class LeaseToken:
    """Proof material of one tenure of the poller lease.

    Attributes:
        key: the advisory lock key.
        epoch: the ``team_lease`` epoch this desk wrote when it took the lock.
        holder_pid: the backend pid of the connection holding the lock.
    """

    key: int
    epoch: int
    holder_pid: int


@dataclass(frozen=True, slots=True)
class Claimant:
    """Who claims outbox messages: one run of one desk, and in a team its lease tenure.

    Attributes:
        desk: this run of the desk (``new_desk_id``): a restarted desk is another claimant,
            since it cannot know what its previous run left on the wire.
        lease: the fencing token while this desk leads a team; None for a desk alone.
    """

    desk: str
    lease: LeaseToken | None = None

    @property
    def epoch(self) -> int | None:
        """The lease epoch of this claimant (None for a desk alone)."""
        return self.lease.epoch if self.lease is not None else None


def new_desk_id() -> str:
    """A new id for one run of this desk: its host and process, and a random part."""
    host = socket.gethostname() or "desk"
    return f"{host[:32]}/{os.getpid()}/{uuid.uuid4().hex[:12]}"[:CLAIMANT_LENGTH]


def lock_parts(key: int) -> tuple[int, int]:
    """The (classid, objid) under which ``pg_locks`` shows an advisory lock on a bigint key."""
    return (key >> 32) & 0xFFFFFFFF, key & 0xFFFFFFFF


# The lease row still carries this desk's epoch and pid, and that pid holds the lock in this
# database right now (pg_locks is live state, not a snapshot). FOR SHARE: a new leader's
# epoch increment waits for this transaction, so claims and epochs never interleave.
_FENCE = text(
    "SELECT l.epoch FROM team_lease AS l"
    " WHERE l.lock_key = :key AND l.epoch = :epoch AND l.holder_pid = :pid"
    " AND EXISTS (SELECT 1 FROM pg_locks AS k"
    "  WHERE k.locktype = 'advisory' AND k.granted AND k.pid = l.holder_pid"
    "  AND k.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    "  AND k.classid::bigint = :classid AND k.objid::bigint = :objid AND k.objsubid = 1)"
    " FOR SHARE OF l"
)


def token_holds(conn: Connection, token: LeaseToken) -> bool:
    """Whether ``token`` is the current tenure of the lease, checked on ``conn`` (PostgreSQL).

    Call it inside the transaction whose writes it guards.
    """
    classid, objid = lock_parts(token.key)
    row = conn.execute(
        _FENCE,
        {
            "key": token.key,
            "epoch": token.epoch,
            "pid": token.holder_pid,
            "classid": classid,
            "objid": objid,
        },
    ).first()
    return row is not None

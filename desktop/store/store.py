"""The store: every read and write of conversations, messages, contacts, the outbox and sync
state, the team's ownership and read state, and the search over them.

``Store`` is shared by the GUI's store executor, the sync worker and tests. Each public method
opens its own short connection and transaction, commits and closes it, so no connection or
session is ever shared between threads. Methods return frozen dataclasses, never ORM objects,
and every committed write that changes conversations or messages is announced to subscribers
as one ``StoreChange``.

Hot paths (ingest, status updates) are ``executemany`` statements in one transaction (the
inbound insert has a driver-level fast path on SQLite); reads are keyset-paginated over
indexes, never OFFSET. Every conversation read carries its contact's name, found by primary
key. Message search uses the full-text index the migrations keep (FTS5 on SQLite, a GIN index
on PostgreSQL), so changes to contacts that rename conversations are emitted like any other.

Team rules live here, not in the views: who owns a conversation changes only through single
conditional UPDATEs whose WHERE clause holds the rule (``owner_id IS NULL``, ``owner_id =
:me``, ``owner_id = :expected``, or "is an enabled administrator" read from ``users`` in the
same statement), so two desks can never both win, and a refused action raises an error whose
message is a sentence for the person. Read state is per colleague (``conversation_reads``),
and every conversation the store returns shows the unread count of ``Store.viewer``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import (
    Engine,
)

from desktop.core.models import (
    StoreChange,
    UserId,
)
from desktop.store.changes import Changes
from desktop.store.contacts import Contacts, ImportResult
from desktop.store.context import Context, Session
from desktop.store.conversations import Conversations
from desktop.store.database import SUPPORTED_DIALECTS, create_store_engine, for_writing
from desktop.store.errors import (
    NotAllowed,
    OptedOut,
    OwnedByOther,
    OwnershipChanged,
    StoreError,
    TooLate,
)
from desktop.store.ingest import Ingest
from desktop.store.media_store import MessageMedia
from desktop.store.opt_outs import OptOuts
from desktop.store.outbound import Outbound
from desktop.store.outbox import Outbox
from desktop.store.ownership import TRANSFER_NOTE_LENGTH, Ownership
from desktop.store.records import (
    HistoryRecord,
    InboundRecord,
    OutboxItem,
    StatusUpdate,
    UnsettledMessage,
    UnstorableRecord,
)
from desktop.store.search import Search
from desktop.store.set_aside_store import SetAsideRecords
from desktop.store.sql import (
    fold_for_search,
)
from desktop.store.template_store import Templates

__all__ = [
    "SUPPORTED_DIALECTS",
    "TRANSFER_NOTE_LENGTH",
    "HistoryRecord",
    "ImportResult",
    "InboundRecord",
    "NotAllowed",
    "OptedOut",
    "OutboxItem",
    "OwnedByOther",
    "OwnershipChanged",
    "StatusUpdate",
    "Store",
    "StoreError",
    "TooLate",
    "UnsettledMessage",
    "UnstorableRecord",
    "create_store_engine",
    "fold_for_search",
    "for_writing",
]

logger = logging.getLogger("smsdesk.store")


class Store:
    """Conversations, messages, contacts, the outbox, sync state and team state in one database.

    Safe to use from several threads at once: each call has its own connection and
    transaction. Writes that change conversations or messages (including a contact change
    that renames conversations) call the subscribers after they commit, in the calling
    thread.

    Attributes:
        url: the database URL, without its password.
        dialect: the database kind, ``"sqlite"`` or ``"postgresql"``.
        viewer: whose read state ``Conversation.unread_count`` shows, in every conversation
            the store returns or emits: the signed-in colleague. None (the default) shows
            what nobody has read yet; ``mark_read`` and ``mark_unread`` then need a
            ``user_id``. Set it when someone signs in, before the views read.
        desk_number: whose opt-outs ``Conversation.opted_out_at`` shows: the desk's own
            number (set with the gateway, before the views read); None shows none.
    """

    def __init__(self, engine: Engine) -> None:
        """Use an engine made by ``create_store_engine`` whose schema is at head.

        ``open_store`` is the usual way in: it also migrates.
        """
        self._engine = engine
        self._ctx = Context(engine)
        self._build()

    def _build(self) -> None:
        fast = self.ingest.sqlite_fast_path if hasattr(self, "ingest") else True
        self.conversations = Conversations(self._ctx)
        self.opt_outs = OptOuts(self._ctx)
        self.ownership = Ownership(self._ctx, self.conversations)
        self.media = MessageMedia(self._ctx)
        self.outbound = Outbound(
            self._ctx, self.conversations, self.ownership, self.opt_outs, self.media
        )
        self.outbox = Outbox(self._ctx, self.opt_outs)
        self.contacts = Contacts(self._ctx)
        self.search = Search(self._ctx)
        self.changes = Changes(self._ctx)
        self.ingest = Ingest(self._ctx, self.opt_outs, self.outbound)
        self.ingest.sqlite_fast_path = fast
        self.templates = Templates(self._ctx)
        self.set_aside = SetAsideRecords(self._ctx)

    @property
    def viewer(self) -> UserId | None:
        return self._ctx.session.viewer

    @viewer.setter
    def viewer(self, viewer: UserId | None) -> None:
        self._ctx = self._ctx.for_session(Session(viewer, self._ctx.session.desk_number))
        self._build()

    @property
    def desk_number(self) -> str | None:
        return self._ctx.session.desk_number

    @desk_number.setter
    def desk_number(self, number: str | None) -> None:
        self._ctx = self._ctx.for_session(Session(self._ctx.session.viewer, number))
        self._build()

    def subscribe(self, callback: Callable[[StoreChange], None]) -> Callable[[], None]:
        """Call ``callback`` with each committed ``StoreChange``, in the committing thread.

        A callback that raises is logged and does not affect the write or other callbacks.

        Args:
            callback: receives the change; it runs in whichever thread wrote, so a Qt model
                must hop to the GUI thread (queued signal) before touching anything.

        Returns:
            A function that unsubscribes; calling it again does nothing.
        """
        return self._ctx.emitter.subscribe(callback)

    # -- lifecycle -----------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The database URL, with any password hidden."""
        return self._engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        """The database kind: ``"sqlite"`` or ``"postgresql"``."""
        return self._engine.dialect.name

    @property
    def engine(self) -> Engine:
        """The engine, for modules that keep their own tables in this database (accounts).

        They follow the store's rules: one short connection per call, and
        ``for_writing(store.engine)`` for a transaction that writes.
        """
        return self._engine

    def close(self) -> None:
        """Close every pooled connection."""
        self._engine.dispose()

    def checkpoint(self) -> None:
        """Copy what the SQLite write-ahead log holds into the database file, if it can.

        Passive: it waits for no reader or writer and copies what is not in use. The sync
        worker calls it after a cycle that wrote, once the change is on its way to the
        window, so a burst never pays for it. Nothing to do on PostgreSQL.
        """
        if self._engine.dialect.name != "sqlite":
            return
        raw = self._engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)").close()
        finally:
            raw.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- change events -------------------------------------------------------------------

    # -- reads ---------------------------------------------------------------------------

    # -- user writes ---------------------------------------------------------------------

    # -- read state ------------------------------------------------------------------------

    # -- the team: ownership, transfer, dealt with, archive ---------------------------------

    # -- team helpers ----------------------------------------------------------------------

    # -- other desks -----------------------------------------------------------------------

    # -- opt-outs ---------------------------------------------------------------------------

    # -- scheduled messages ----------------------------------------------------------------

    # -- contacts --------------------------------------------------------------------------

    # -- search ----------------------------------------------------------------------------

    # -- sync writes: inbound --------------------------------------------------------------

    # -- bulk import of history -------------------------------------------------------------

    # -- sync writes: outbox ---------------------------------------------------------------

    # -- sync writes: status ---------------------------------------------------------------

    # -- helpers ---------------------------------------------------------------------------

"""The store: one database of conversations, messages, contacts, the outbox, sync state and
team state, as one part per aggregate composed by ``Store``.

``Store`` is shared by the GUI's store executor, the sync worker and tests. Each public method
of its parts opens its own short connection and transaction, commits and closes it, so no
connection or session is ever shared between threads. Methods return frozen dataclasses,
never ORM objects, and every committed write that changes conversations or messages is
announced to subscribers as one ``StoreChange``.

Hot paths (ingest, status updates) are ``executemany`` statements in one transaction (the
message insert has a driver-level fast path on SQLite); reads are keyset-paginated over
indexes, never OFFSET. Team rules live in the statements (see ``desktop.store.ownership``).
Read state is per colleague, and every conversation a session's view returns or emits shows
the unread count of its viewer (``Store.for_session``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from desktop.core.models import StoreChange, UserId
from desktop.store.accounts import AccountRecords
from desktop.store.changes import Changes
from desktop.store.contacts import Contacts
from desktop.store.context import Context, Session
from desktop.store.conversations import Conversations
from desktop.store.database import release_idle_caches
from desktop.store.ingest import Ingest
from desktop.store.media_store import MessageMedia
from desktop.store.opt_outs import OptOuts
from desktop.store.outbound import Outbound
from desktop.store.outbox import Outbox
from desktop.store.ownership import Ownership
from desktop.store.search import Search
from desktop.store.set_aside_store import SetAsideRecords
from desktop.store.template_store import Templates
from desktop.system import native_heap

__all__ = ["Store"]


class Store:
    """One database of SMS Desk, composed of one part per aggregate, as Anki's ``Collection``.

    ``store.conversations``, ``.outbound``, ``.outbox``, ``.ingest``, ``.ownership``,
    ``.opt_outs``, ``.contacts``, ``.search``, ``.templates``, ``.media``, ``.set_aside``,
    ``.accounts`` and ``.changes`` (team change-tracking) hold the reads and writes; the
    store itself holds only the life cycle and the subscribers.

    Safe to use from several threads at once: each call has its own connection and
    transaction. Writes that change conversations or messages (including a contact change
    that renames conversations) call the subscribers after they commit, in the calling
    thread.

    A store opened by ``open_store`` answers for nobody in particular: unread counts are
    "unread by everyone" and no opt-outs are shown. ``for_session`` gives the view of one
    signed-in session, made at sign-in and dropped at sign-out; its viewer and desk number
    never change, so no thread reads one another thread is changing.

    Attributes:
        viewer: whose read state ``Conversation.unread_count`` shows, in every conversation
            this view returns or emits (None: what nobody has read yet; ``mark_read`` and
            ``mark_unread`` then need a ``user_id``).
        desk_number: whose opt-outs ``Conversation.opted_out_at`` shows (None: none).
    """

    conversations: Conversations
    opt_outs: OptOuts
    ownership: Ownership
    media: MessageMedia
    outbound: Outbound
    outbox: Outbox
    ingest: Ingest
    contacts: Contacts
    search: Search
    templates: Templates
    set_aside: SetAsideRecords
    accounts: AccountRecords
    changes: Changes

    def __init__(self, engine: Engine) -> None:
        """Use an engine made by ``create_store_engine`` whose schema is at head.

        ``open_store`` is the usual way in: it also migrates.
        """
        self._compose(Context(engine))

    def _compose(self, context: Context) -> None:
        """Build the aggregates on ``context``, each given those it joins in a transaction."""
        self._ctx = context
        self.conversations = Conversations(context)
        self.opt_outs = OptOuts(context)
        self.ownership = Ownership(context, self.conversations)
        self.media = MessageMedia(context)
        self.outbound = Outbound(
            context, self.conversations, self.ownership, self.opt_outs, self.media
        )
        self.outbox = Outbox(context, self.opt_outs)
        self.ingest = Ingest(context, self.opt_outs, self.outbound)
        self.contacts = Contacts(context)
        self.search = Search(context)
        self.templates = Templates(context)
        self.set_aside = SetAsideRecords(context)
        self.accounts = AccountRecords(context)
        self.changes = Changes(context)

    def for_session(self, viewer: UserId | None, desk_number: str | None = None) -> Store:
        """The view of this store for one session: ``viewer`` signed in at ``desk_number``.

        It shares the database and the subscribers (what one view writes, every view's
        subscribers hear), and shows conversations as ``viewer`` sees them: their unread
        counts, and the opt-outs of ``desk_number``. Close the store that was opened, not
        its views.
        """
        view = Store.__new__(Store)
        view._compose(self._ctx.for_session(Session(viewer, desk_number)))
        view.ingest.sqlite_fast_path = self.ingest.sqlite_fast_path
        return view

    @property
    def viewer(self) -> UserId | None:
        """Whose unread counts this view shows (see ``for_session``)."""
        return self._ctx.session.viewer

    @property
    def desk_number(self) -> str | None:
        """Whose opt-outs this view shows (see ``for_session``)."""
        return self._ctx.session.desk_number

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
        return self._ctx.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        """The database kind: ``"sqlite"`` or ``"postgresql"``."""
        return self._ctx.engine.dialect.name

    @property
    def engine(self) -> Engine:
        """The engine, for modules that keep their own tables in this database (accounts).

        They follow the store's rules: one short connection per call, and
        ``for_writing(store.engine)`` for a transaction that writes.
        """
        return self._ctx.engine

    def close(self) -> None:
        """Close every pooled connection."""
        self._ctx.engine.dispose()

    def checkpoint(self) -> None:
        """Copy what the SQLite write-ahead log holds into the database file, if it can.

        Passive: it waits for no reader or writer and copies what is not in use. The sync
        worker calls it after a cycle that wrote, once the change is on its way to the
        window, so a burst never pays for it. Nothing to do on PostgreSQL.
        """
        if self._ctx.engine.dialect.name != "sqlite":
            return
        raw = self._ctx.engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)").close()
        finally:
            raw.close()

    def release_memory(self) -> int:
        """Give back the memory idle connections hold and the C heap keeps free.

        The page caches of the connections idle in the pool are freed (see
        ``release_idle_caches``), then the C heap's free pages go back to the system
        (``native_heap.trim``): without it, what SQLite frees stays resident. Slow enough
        (a few ms) to belong to the store thread; the desk calls it now and then.

        Returns:
            How many connections were shrunk.
        """
        shrunk = release_idle_caches(self._ctx.engine)
        native_heap.trim()
        return shrunk

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

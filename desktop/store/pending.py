"""A stand-in for the store while the window is painted from the last session's snapshot.

The window and its models are built before the database layer is loaded (see
``desktop.ui.session.snapshot``); they are given a ``PendingStore`` and call it, as they call
any store, in the store thread only. A call made before the real store is attached waits there
(not in the GUI thread) until the remembered sign-in is checked and the session's view of the
store is attached; if the sign-in fails instead, the call fails with ``StoreError`` and the
window is thrown away.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from desktop.core.i18n import translate
from desktop.store.errors import StoreError

if TYPE_CHECKING:
    from desktop.store.ports import (
        ContactsPort,
        ConversationsPort,
        MediaReads,
        OptOutList,
        OutboundPort,
        OwnershipPort,
        SearchPort,
        SetAsideReview,
        TemplatesPort,
        WindowStore,
    )

# Longer than any sign-in check; a store-thread call never waits forever.
WAIT_SECONDS = 120.0


class PendingStore:
    """What the window needs of a store (``WindowStore``), forwarded to the store once
    ``attach`` has given it.

    Before that, the store thread waits; the GUI thread never does: reaching a part of the
    store there before ``attach`` raises ``StoreError`` (the window makes no such call while
    it shows the snapshot). ``attach`` happens once, before any waiting call goes on (an
    event orders the two), and the window is given the session's own view when it changes.
    """

    def __init__(self) -> None:
        self._ready = threading.Event()
        self._target: WindowStore | None = None
        self._failure = ""

    def attach(self, store: WindowStore) -> None:
        """The store is open and the sign-in checked: calls go through from now on."""
        self._target = store
        self._ready.set()

    def fail(self, reason: str) -> None:
        """The window will not be used: calls waiting and to come fail with ``reason``."""
        self._failure = reason
        self._ready.set()

    @property
    def attached(self) -> bool:
        return self._target is not None

    def _store(self) -> WindowStore:
        target = self._target
        if target is None:
            if threading.current_thread() is threading.main_thread():
                raise StoreError(
                    translate("Database", "SMS Desk is still connecting to its database.")
                )
            if not self._ready.wait(WAIT_SECONDS) or self._target is None:
                raise StoreError(
                    self._failure or translate("Database", "SMS Desk could not open its database.")
                )
            target = self._target
        return target

    @property
    def conversations(self) -> ConversationsPort:
        return self._store().conversations

    @property
    def outbound(self) -> OutboundPort:
        return self._store().outbound

    @property
    def ownership(self) -> OwnershipPort:
        return self._store().ownership

    @property
    def contacts(self) -> ContactsPort:
        return self._store().contacts

    @property
    def search(self) -> SearchPort:
        return self._store().search

    @property
    def templates(self) -> TemplatesPort:
        return self._store().templates

    @property
    def media(self) -> MediaReads:
        return self._store().media

    @property
    def opt_outs(self) -> OptOutList:
        return self._store().opt_outs

    @property
    def set_aside(self) -> SetAsideReview:
        return self._store().set_aside

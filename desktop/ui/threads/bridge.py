"""Turns the store's change events (from any thread) into a Qt signal for the GUI thread
(``StoreEvents``), and hands them to objects that are not QObjects (``ChangeReceiver``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core.models import StoreChange

if TYPE_CHECKING:
    from desktop.store.ports import ChangeSource


class StoreEvents(QObject):
    """Re-emits every committed ``StoreChange`` as ``sig_changed``.

    The store calls subscribers in the thread that committed (the store thread or the sync
    worker); a signal emitted there reaches slots of GUI objects queued, in commit order.

    Signals:
        sig_changed(StoreChange): conversations and messages as they now are.
    """

    sig_changed = Signal(object)

    def __init__(self, store: ChangeSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = store.subscribe(self._forward)

    def _forward(self, change: StoreChange) -> None:
        self.sig_changed.emit(change)

    def close(self) -> None:
        """Stop listening to the store."""
        self._unsubscribe()


class ChangeReceiver(QObject):
    """Calls ``then`` with each of ``events``' changes, for an owner that is not a QObject.

    The changes reach the GUI thread queued. Connected to a plain Python method, a change
    queued before its owner let go of it could still be delivered after the owner was freed
    (PySide keeps only a weak hold on the method's object): the suite crashed that way, one
    run in four of the go-live tests. Queued to this QObject instead, a change waits while
    the receiver lives (it holds ``then``, and so its owner) and is dropped by Qt with it.

    Args:
        events: the store's changes.
        then: what each change is handed to.
        parent: the Qt object the receiver goes with (None: its owner keeps it).
    """

    def __init__(
        self,
        events: StoreEvents,
        then: Callable[[StoreChange], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._events = events
        self._then: Callable[[StoreChange], None] | None = then
        events.sig_changed.connect(self._changed)

    @Slot(object)
    def _changed(self, change: StoreChange) -> None:
        if self._then is not None:
            self._then(change)

    def close(self) -> None:
        """No more changes: disconnected, what is queued dropped, and the receiver deleted."""
        if self._then is None:
            return
        self._then = None
        self._events.sig_changed.disconnect(self._changed)
        self.deleteLater()

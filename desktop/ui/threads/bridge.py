"""Turns the store's change events (from any thread) into a Qt signal for the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

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

"""The base of the store's aggregates that need nothing but the store's context."""

from __future__ import annotations

from desktop.store.context import Context

__all__ = ["Aggregate"]


class Aggregate:
    """One of the store's aggregates (``store.contacts``, ``store.search``...), composed by
    ``Store`` on the context every aggregate shares, so one transaction can span several.

    Args:
        context: the store's engine, emitter and session.
    """

    def __init__(self, context: Context) -> None:
        self._ctx = context

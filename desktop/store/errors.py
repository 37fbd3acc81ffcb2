"""The store's errors: what the UI catches, without loading SQLAlchemy to do so.

``desktop.store`` re-exports them; the window imports them from here so that the chat list
can be painted (from the last session's snapshot) before the database layer is loaded.
"""

from __future__ import annotations

from typing import Any

from desktop.core.errors import Refusal
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import UserId
from desktop.core.optouts import REFUSED


class StoreError(Refusal):
    """A store failure a person can act on; its ``sentence`` is written for them."""


class OwnedByOther(StoreError):
    """A colleague owns the conversation, so this one may not answer or claim it.

    The UI offers "Take over from Anna?" with the owner named here.

    Attributes:
        owner_id: the colleague who owns it.
        owner_label: them as colleagues see them, ``"Anna Smith (101)"``.
    """

    def __init__(self, owner_id: UserId, owner_label: str) -> None:
        """Name the owner; ``str()`` is "Anna Smith (101) is answering this conversation."."""
        super().__init__(
            translate("StoreErrors", "{owner} is answering this conversation.").format(
                owner=owner_label
            )
        )
        self.owner_id = owner_id
        self.owner_label = owner_label

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its own arguments, not from the sentence, when copied or pickled.
        return type(self), (self.owner_id, self.owner_label)


class OwnershipChanged(StoreError):
    """The owner is no longer the one the colleague saw: someone else was quicker."""


class NotAllowed(StoreError):
    """The colleague may not do this to the conversation; the message says why."""


class OptedOut(StoreError):
    """The number opted out of the desk's number: nothing may be sent to it."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(translate("OptOuts", REFUSED) if message is None else message)


class TooLate(StoreError):
    """A scheduled message can no longer be edited or cancelled; the message says why."""


# Said when a colleague who is not an administrator tries to transfer a conversation nobody
# owns: replying makes it theirs, and then it is theirs to hand over. Translated where used.
NOBODY_OWNS_IT = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "Nobody owns this conversation yet, so there is nothing to transfer: reply to it first "
    "(you become its owner), then transfer it.",
)


def transfer_refusal(
    owner_id: int | None, owner_label: str | None, by: int, by_is_admin: bool
) -> NotAllowed | None:
    """Why ``by`` may not transfer a conversation owned by ``owner_id`` (None: they may).

    The rule of ``store.ownership.transfer``, which enforces it in its UPDATE and explains a
    refusal with this; the window asks it too, before listing colleagues, so a transfer
    that would be refused is not offered.

    Args:
        owner_id: who owns the conversation now (None: nobody).
        owner_label: the owner as colleagues see them, ``"Anna Smith (101)"``.
        by: the colleague who wants to transfer it.
        by_is_admin: whether ``by`` is an (enabled) administrator.
    """
    if by_is_admin or (owner_id is not None and owner_id == by):
        return None
    if owner_id is None:
        return NotAllowed(translate("StoreErrors", NOBODY_OWNS_IT))
    return NotAllowed(
        translate(
            "StoreErrors",
            "Only the owner, {owner}, or an administrator can transfer this conversation.",
        ).format(owner=owner_label)
    )

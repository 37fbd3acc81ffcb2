"""How the link to the gateway is going: what the sync worker reports to the status bar.

Kept apart from the engine so that the window can show it without loading the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class LinkState(StrEnum):
    """How the conversation with the gateway is going, for the status bar."""

    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"
    NEEDS_ATTENTION = "needs_attention"


@dataclass(frozen=True, slots=True)
class SyncReport:
    """The outcome of one cycle.

    Attributes:
        state: online, offline (retrying by itself) or needs attention (the user must act,
            e.g. the credentials were refused).
        message: a sentence for the status bar.
        retry_in: seconds until the next cycle.
        received: new inbound messages stored in this cycle.
        sent: messages the gateway accepted in this cycle.
    """

    state: LinkState
    message: str
    retry_in: float
    received: int = 0
    sent: int = 0

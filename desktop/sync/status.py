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
    # The database (not the gateway) failed in a way that passes: an outage, a busy file.
    DATABASE_FAULT = "database_fault"
    NEEDS_ATTENTION = "needs_attention"


@dataclass(frozen=True, slots=True)
class SyncReport:
    """The outcome of one cycle.

    Attributes:
        state: online, offline (retrying by itself), a database fault (retrying by itself)
            or needs attention (the user must act, e.g. the credentials were refused).
        message: a sentence for the status bar; for a database fault its headline ("Can't
            reach the database"), to which the status bar adds when it retries.
        retry_in: seconds until the next cycle.
        received: new inbound messages stored in this cycle.
        sent: messages the gateway accepted in this cycle.
        detail: more about the state, for the status bar's tooltip ("" when none).
        set_aside: inbound records newly set aside in this cycle (for an administrator).
    """

    state: LinkState
    message: str
    retry_in: float
    received: int = 0
    sent: int = 0
    detail: str = ""
    set_aside: int = 0

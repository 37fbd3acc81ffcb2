"""When to poll the gateway next: fast while the desk is in use or a reply is expected, slowing
gradually to the user's interval when nothing happens (``PollSchedule``).

Pure Python, no Qt: the sync engine asks it for the interval after each healthy cycle; the
worker tells it what the window saw (input, an open conversation awaiting a reply) and the
engine what the cycle did (a message sent, one received). A failing gateway's back-off and
its Retry-After are not the schedule's business: they win over it (see SyncEngine).

The rule, with ``t`` the seconds since the desk last became "warm" ran out:

* warm (``interval() == fast``): user input in the last ``IN_USE`` seconds, a message sent
  or an open conversation's last outbound message in the last ``REPLY_EXPECTED`` seconds,
  or a message received in the last ``AFTER_INBOUND`` seconds;
* cooling: the interval doubles every ``DOUBLING`` seconds, ``fast * 2 ** (t / DOUBLING)``,
  up to the user's setting ("Check for new messages every", 5 s by default);
* idle: the user's setting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

# The fast interval: a new SMS pops up within about a second while someone is at the desk.
FAST_INTERVAL = 1.0
# User input (a key, a click, the wheel) keeps the desk "in use" this long.
IN_USE = 300.0
# After a message is sent, or while the open conversation's last message is an outbound one
# this recent, a reply is expected this long.
REPLY_EXPECTED = 180.0
# A received message makes more likely soon (a customer writes in a few parts).
AFTER_INBOUND = 120.0
# Once nothing keeps it warm, the interval doubles this often until it reaches the setting.
DOUBLING = 30.0


class PollSchedule:
    """The interval between healthy polls.

    Args:
        idle_interval: the user's setting, in seconds: the slowest interval (and the only
            one when it is not slower than ``fast_interval``).
        fast_interval: the interval while warm (capped at ``idle_interval``).
        clock: monotonic seconds (tests pass a fake).
    """

    def __init__(
        self,
        idle_interval: float,
        *,
        fast_interval: float = FAST_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.idle_interval = idle_interval
        self.fast_interval = min(fast_interval, idle_interval)
        self._clock = clock
        self._warm_until = -math.inf  # a desk started and left alone is idle

    # -- what happened --------------------------------------------------------------------

    def note_input(self) -> None:
        """The user pressed a key, clicked or scrolled in SMS Desk."""
        self._warm_for(IN_USE)

    def note_sent(self) -> None:
        """A message was sent: its reply may come soon."""
        self._warm_for(REPLY_EXPECTED)

    def note_reply_expected(self, age: float) -> None:
        """The open conversation's last message is outbound, sent ``age`` seconds ago."""
        self._warm_for(REPLY_EXPECTED - max(age, 0.0))

    def note_received(self) -> None:
        """A message arrived: back to the fast interval."""
        self._warm_for(AFTER_INBOUND)

    def forget(self) -> None:
        """As after a long quiet: the next interval is the idle one."""
        self._warm_until = -math.inf

    def _warm_for(self, seconds: float) -> None:
        if seconds > 0:
            self._warm_until = max(self._warm_until, self._clock() + seconds)

    # -- what to do -----------------------------------------------------------------------

    @property
    def warm(self) -> bool:
        """Whether the fast interval applies now."""
        return self._clock() < self._warm_until

    def interval(self) -> float:
        """Seconds from the end of this cycle to the next poll."""
        cooled = self._clock() - self._warm_until
        if cooled <= 0:
            return self.fast_interval
        if self.fast_interval >= self.idle_interval:
            return self.idle_interval
        doublings = cooled / DOUBLING
        if doublings >= math.log2(self.idle_interval / self.fast_interval):
            return self.idle_interval
        return float(self.fast_interval * 2.0**doublings)

"""Exponential back-off with jitter, honouring the gateway's Retry-After."""

from __future__ import annotations

import random
from collections.abc import Callable


class Backoff:
    """Delays between attempts while the gateway is failing.

    The n-th consecutive failure waits a random time between half and all of
    ``min(cap, base * 2**(n-1))`` ("equal jitter": desks that failed together do not retry
    in step), and never less than a Retry-After the gateway asked for.

    Attributes:
        failures: consecutive failures so far (0 when healthy).
    """

    def __init__(
        self, *, base: float = 2.0, cap: float = 60.0, rng: Callable[[], float] = random.random
    ) -> None:
        self._base = base
        self._cap = cap
        self._rng = rng
        self.failures = 0

    def next_delay(self, retry_after: float | None = None) -> float:
        """Count a failure and return how long to wait before the next attempt, in seconds."""
        self.failures += 1
        ceiling = min(self._cap, self._base * 2.0 ** (self.failures - 1))
        delay = ceiling / 2 + self._rng() * ceiling / 2
        if retry_after is not None:
            delay = max(delay, min(retry_after, 3600.0))
        return delay

    def reset(self) -> None:
        """Forget the failures: the gateway answered."""
        self.failures = 0

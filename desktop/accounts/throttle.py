"""Sign-in throttling kept in the database: every attempt reserves its turn before the
password is checked.

Counting failures after the check let parallel guessers through: eight processes that all
looked before any of them failed got eight checks where one guesser gets one. Here the
reservation is made first, in one write transaction (SQLite ``BEGIN IMMEDIATE``; a table
lock on PostgreSQL), for the typed extension and for all extensions together (key ``"*"``),
and the attempt counts as a failure until its password turns out right. Each turn starts
where the previous one's delay ends, so however many processes or desks guess at once, the
checks happen on the schedule a single guesser would get. A turn further away than the
longest delay is refused with the wait, not queued: nobody sleeps for minutes.

The rows and their transactions are the store's (``desktop.store.accounts``); the turns and
delays are reckoned here. Pure Python; no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass
from datetime import datetime, timedelta

from desktop.store.accounts import AccountRecords, SignInRows

__all__ = ["ALL_EXTENSIONS", "SignInThrottle", "Turn"]

ALL_EXTENSIONS = "*"
"""The key that counts wrong sign-ins at every extension together (never an extension)."""

# Exponents past this already exceed any sensible cap; stopping here keeps the float finite.
_MAX_DOUBLINGS = 60

# The time kept with each count is when the last counted attempt was (or will be) checked:
# a reserved turn may lie a little in the future.


@dataclass(frozen=True, slots=True)
class Turn:
    """The answer to a reservation.

    Attributes:
        start: when the password may be checked; None when the turn was refused.
        failures: wrong attempts in a row at the extension, this one counted (when given).
        wait: seconds from now until ``start``; when refused, until a turn can be had.
    """

    start: datetime | None
    failures: int
    wait: float

    @property
    def refused(self) -> bool:
        return self.start is None


@dataclass(eq=False)
class SignInThrottle:
    """The turns of sign-in attempts, per extension and for all extensions together.

    Per extension, the k-th wrong attempt in a row is followed by ``base`` x 2^(k-1)
    seconds (at most ``cap``) before the next one is checked; the count goes only with a
    right password or a new one. All extensions together get ``overall_allowance`` wrong
    attempts free, then the same doubling up to ``overall_cap`` (someone trying one
    password at every extension); that count starts again after ``overall_quiet`` without
    an attempt.

    Args:
        records: the store's accounts, which keep the counts.
        base: the first delay, in seconds.
        cap: the longest delay per extension; also the furthest a turn is given ahead.
        overall_allowance: wrong attempts at all extensions together before they slow down.
        overall_cap: the longest delay for all extensions together.
        overall_quiet: how long without attempts resets the overall count.
        clock: the current aware UTC time.
    """

    records: AccountRecords
    _: KW_ONLY
    base: float
    cap: float
    overall_allowance: int = 10
    overall_cap: float = 10.0
    overall_quiet: timedelta = timedelta(minutes=15)
    clock: Callable[[], datetime]

    # -- the rule -------------------------------------------------------------------------

    def delay(self, failures: int) -> float:
        """The delay after ``failures`` wrong attempts in a row at one extension."""
        if failures <= 0:
            return 0.0
        return min(self.cap, self.base * 2.0 ** min(failures - 1, _MAX_DOUBLINGS))

    def overall_delay(self, failures: int) -> float:
        """The delay after ``failures`` wrong attempts in a row at all extensions together."""
        beyond = failures - self.overall_allowance
        if beyond <= 0:
            return 0.0
        return min(self.overall_cap, self.base * 2.0 ** min(beyond - 1, _MAX_DOUBLINGS))

    # -- reservations ---------------------------------------------------------------------

    def reserve(self, key: str) -> Turn:
        """Reserve the next turn to check a password typed for extension ``key``.

        The attempt is counted (at ``key`` and overall) before anything is checked; a right
        password undoes that with ``passed``.

        Returns:
            The turn. A refused turn (more than ``cap`` seconds away) records nothing.
        """
        now = self.clock()

        def decide(rows: SignInRows) -> tuple[SignInRows, Turn]:
            failures, last = rows.get(key, (0, None))
            start = self._open_at(failures, last, self.delay, now)
            overall, overall_last = rows.get(ALL_EXTENSIONS, (0, None))
            if overall_last is not None and now - overall_last >= self.overall_quiet:
                overall = 0
            overall_start = self._open_at(overall, overall_last, self.overall_delay, now)
            at = max(start, overall_start)
            wait = (at - now).total_seconds()
            if wait > self.cap:
                return {}, Turn(None, failures, wait)
            # The overall queue keeps its own turns: a long queue at one extension must not
            # hold up the others.
            writes = {key: (failures + 1, at), ALL_EXTENSIONS: (overall + 1, overall_start)}
            return writes, Turn(at, failures + 1, wait)

        # Read and written in one locked transaction: attempts at once take turns.
        return self.records.take_sign_in_turn([key, ALL_EXTENSIONS], decide)

    def passed(self, key: str) -> None:
        """The password typed for ``key`` was right: its count goes, the overall one forgets
        this attempt."""
        self.records.sign_in_passed(key, ALL_EXTENSIONS)

    def next_delay(self, key: str) -> float:
        """How long the answer to the next wrong attempt at ``key`` would take, in seconds:
        what is left before its turn, plus the delay it would add."""
        now = self.clock()
        rows = self.records.sign_in_failures([key, ALL_EXTENSIONS])
        failures, last = rows.get(key, (0, None))
        overall, overall_last = rows.get(ALL_EXTENSIONS, (0, None))
        if overall_last is not None and now - overall_last >= self.overall_quiet:
            overall = 0
        at = max(
            self._open_at(failures, last, self.delay, now),
            self._open_at(overall, overall_last, self.overall_delay, now),
        )
        return (at - now).total_seconds() + self.delay(failures + 1)

    # -- rows -----------------------------------------------------------------------------

    def _open_at(
        self,
        failures: int,
        last: datetime | None,
        delay: Callable[[int], float],
        now: datetime,
    ) -> datetime:
        """When the next turn after ``failures`` attempts, the last checked at ``last``, opens."""
        if last is None or failures <= 0:
            return now
        if (last - now).total_seconds() > self.cap:
            # Further ahead than any turn is ever given: a clock set back, or a colleague's
            # clock ahead on a shared database. Taken as now, so nobody is locked out.
            last = now
        opens = last + timedelta(seconds=delay(failures))
        return max(now, opens)


def whole_seconds(seconds: float) -> int:
    """Seconds rounded up for a sentence ("wait 3 s"), at least 1."""
    return max(1, math.ceil(seconds - 1e-9))

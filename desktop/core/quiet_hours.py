"""Quiet hours: don't text people at night in their own time zone.

The recipient's time zone comes from their number (``phonenumbers.timezone``: the country,
and for US/Canadian numbers the area code). A number that may be in several zones (a mobile
in Australia) is quiet if it is outside the window in any of them, and "their 08:00" is
when it has begun in all of them. Numbers whose zones span more than a working day (toll-free
numbers) or are unknown are not checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from phonenumbers import NumberParseException
from phonenumbers import timezone as number_zones

from desktop.core.i18n import clock_time, translate

DEFAULT_START = time(8, 0)
DEFAULT_END = time(21, 0)
MAX_SPREAD = timedelta(hours=6)


@dataclass(frozen=True, slots=True)
class QuietHoursCheck:
    """The answer for one number at one moment.

    Attributes:
        quiet: True if it is outside the sending window for the recipient.
        zones: the time zones the number may be in ("" when unknown).
        local_time: the recipient's local time (in the first zone), when known.
        send_at: when quiet, the next moment (UTC) inside the window in every zone.
    """

    quiet: bool
    zones: tuple[str, ...] = ()
    local_time: datetime | None = None
    send_at: datetime | None = None

    def describe(self, start: time = DEFAULT_START, end: time = DEFAULT_END) -> str:
        """A sentence for the "are you sure?" question."""
        if not self.quiet or self.local_time is None or self.send_at is None:
            return ""
        zone = self.zones[0].split("/")[-1].replace("_", " ")
        #: {zone} is a time zone's city ("Los Angeles"); times are 24-hour ("08:00")
        return translate(
            "QuietHours",
            "It is {now} for them ({zone} time), outside the hours you "
            "text customers ({start} to {end}). Send now anyway, or send at "
            "{start} their time?",
        ).format(
            now=clock_time(self.local_time.time()),
            zone=zone,
            start=clock_time(start),
            end=clock_time(end),
        )


def zones_for(number: str) -> tuple[str, ...]:
    """The IANA time zones a number may be in; () when unknown."""
    try:
        parsed = phonenumbers.parse(number, None)
    except NumberParseException:
        return ()
    zones = tuple(z for z in number_zones.time_zones_for_number(parsed) if z != "Etc/Unknown")
    usable = []
    for zone in zones:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        usable.append(zone)
    return tuple(usable)


def _inside(moment: datetime, start: time, end: time) -> bool:
    return start <= moment.timetz().replace(tzinfo=None) < end


def check_quiet_hours(
    number: str, now: datetime, *, start: time = DEFAULT_START, end: time = DEFAULT_END
) -> QuietHoursCheck:
    """Whether texting ``number`` at ``now`` (aware) falls in the recipient's quiet hours."""
    zones = zones_for(number)
    if not zones:
        return QuietHoursCheck(quiet=False)
    offsets = [now.astimezone(ZoneInfo(z)).utcoffset() or timedelta() for z in zones]
    if max(offsets) - min(offsets) > MAX_SPREAD:
        return QuietHoursCheck(quiet=False, zones=zones)  # e.g. toll-free: no single "their"
    local = now.astimezone(ZoneInfo(zones[0]))
    if all(_inside(now.astimezone(ZoneInfo(z)), start, end) for z in zones):
        return QuietHoursCheck(quiet=False, zones=zones, local_time=local)
    return QuietHoursCheck(
        quiet=True, zones=zones, local_time=local, send_at=_next_open(now, zones, start, end)
    )


def _next_open(now: datetime, zones: tuple[str, ...], start: time, end: time) -> datetime:
    """The earliest moment after ``now`` that is inside the window in every zone."""
    candidates = []
    for zone in zones:
        info = ZoneInfo(zone)
        local = now.astimezone(info)
        for days in range(3):
            day = (local + timedelta(days=days)).date()
            opening = datetime.combine(day, start, tzinfo=info)
            if opening > now:
                candidates.append(opening.astimezone(UTC))
                break
    for candidate in sorted(candidates):
        if all(_inside(candidate.astimezone(ZoneInfo(z)), start, end) for z in zones):
            return candidate
    return max(candidates)


def question(check: QuietHoursCheck, who: str) -> str:
    """The quiet-hours question: "It is 22:40 for +1 415-555-0134 (Los Angeles). Send now
    anyway?"; "" when the check is not quiet."""
    if not check.quiet or check.local_time is None:
        return ""
    zone = check.zones[0].split("/")[-1].replace("_", " ")
    #: {who} is a name or number, {zone} a time zone's city ("Los Angeles")
    return translate("QuietHours", "It is {now} for {who} ({zone}). Send now anyway?").format(
        now=clock_time(check.local_time.time()), who=who, zone=zone
    )

"""How times read in the views: short, local, and in the user's locale."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QTime


def local(moment: datetime) -> datetime:
    """Return an aware datetime in the computer's local time zone."""
    return moment.astimezone()


def clock_time(moment: datetime) -> str:
    """The time of day, e.g. "14:05" or "2:05 PM", as the locale writes it."""
    at = local(moment)
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def list_time(moment: datetime, today: date | None = None) -> str:
    """A chat-list time: the time today, the weekday this week, else the short date."""
    at = local(moment)
    today = today or datetime.now().astimezone().date()
    if at.date() == today:
        return clock_time(moment)
    if today - timedelta(days=6) <= at.date() < today:
        return QLocale().dayName(at.isoweekday(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(QDate(at.year, at.month, at.day), QLocale.FormatType.ShortFormat)


def day_heading(day: date, today: date | None = None) -> str:
    """A day separator in a conversation: "Today", "Yesterday", or the long date."""
    today = today or datetime.now().astimezone().date()
    if day == today:
        return "Today"
    if day == today - timedelta(days=1):
        return "Yesterday"
    fmt = "dddd d MMMM" if day.year == today.year else "dddd d MMMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def spoken_time(moment: datetime, today: date | None = None) -> str:
    """A moment as a screen reader says it in a sentence: "today at 09:14", "yesterday at
    16:02", else the whole date, "5 December 2026 at 16:02" (a list row's "Tue" or a
    heading's "Today" is not in the item it belongs to)."""
    at = local(moment)
    today = today or datetime.now().astimezone().date()
    if at.date() == today:
        day = "today"
    elif at.date() == today - timedelta(days=1):
        day = "yesterday"
    else:
        day = QLocale().toString(QDate(at.year, at.month, at.day), "d MMMM yyyy")
    return f"{day} at {clock_time(moment)}"

"""How times read in the views: short, local, and in the user's locale."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QTime

from desktop.core.i18n import translate
from desktop.ui.look.language import full_date, weekday_date


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
    """A day separator in a conversation: "Today", "Yesterday", or the long date as the
    locale writes it ("Saturday, 5 December"; the year when it is not this one)."""
    today = today or datetime.now().astimezone().date()
    if day == today:
        #: a heading over the messages of today in a conversation
        return translate("Formatting", "Today")
    if day == today - timedelta(days=1):
        #: a heading over the messages of yesterday in a conversation
        return translate("Formatting", "Yesterday")
    heading = weekday_date(day, with_year=day.year != today.year)
    return heading[:1].upper() + heading[1:]  # "samedi 5 décembre" heads a day: "Samedi"


def spoken_time(moment: datetime, today: date | None = None) -> str:
    """A moment as a screen reader says it in a sentence: "today at 09:14", "yesterday at
    16:02", else the whole date, "5 December 2026 at 16:02" (a list row's "Tue" or a
    heading's "Today" is not in the item it belongs to)."""
    at = local(moment)
    today = today or datetime.now().astimezone().date()
    time = clock_time(moment)
    if at.date() == today:
        return translate("Formatting", "today at {time}").format(time=time)
    if at.date() == today - timedelta(days=1):
        return translate("Formatting", "yesterday at {time}").format(time=time)
    return translate("Formatting", "{date} at {time}").format(date=full_date(at.date()), time=time)

"""Translatable text for every layer, with or without Qt.

Every sentence a person reads goes through :func:`translate`, with a context (the module
or window it belongs to) and the whole English sentence, its variable parts as named
placeholders filled in afterwards::

    translate("Phone", "This number is too short for {country} numbers.").format(country=c)
    translate("ChatList", "%n unread chat(s)", None, unread)

Qt's ``lupdate`` finds these calls by name (``make translations`` writes them into
``resources/translations/*.ts``), and a sentence kept in a module-level table is marked with
:func:`QT_TRANSLATE_NOOP` and translated where it is used. The domain never imports Qt: the
application installs Qt's translator here at start-up (``desktop.ui.look.language``); until
then, and in the command line IT runs, the text stays English, with English plurals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time

#: translate(context, source, disambiguation, n) -> the text to show.
Translator = Callable[[str, str, str | None, int], str]
#: A day of the year as the language writes it in a sentence ("5 December", "5. Dezember").
DayFormatter = Callable[[date], str]
#: A time of day as the locale writes it ("14:05", "2:05 PM").
ClockFormatter = Callable[[time], str]
#: A whole number as the locale writes it ("1,600", "1.600", "1 600").
NumberFormatter = Callable[[int], str]

#: The languages SMS Desk ships, English (the source language) first.
LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl")

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# "%n chat(s)", "%n match(es)": the English plural of a source text, without Qt.
_PLURAL = re.compile(r"\((e?s)\)")


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with ``%n`` and an English plural filled in when ``n`` is
    given: what the command line and the tests before start-up read."""
    del context, disambiguation
    if n < 0:
        return source
    text = source.replace("%Ln", f"{n:,}").replace("%n", str(n))
    return _PLURAL.sub(lambda match: "" if n == 1 else match.group(1), text)


def english_day(day: date) -> str:
    """The day in an English sentence: 5 December."""
    return f"{day.day} {_MONTHS[day.month - 1]}"


def english_date(day: date) -> str:
    """The date in an English sentence: 5 December 2026."""
    return f"{english_day(day)} {day.year}"


def english_number(value: int) -> str:
    """A whole number with English thousands separators: 1,600."""
    return f"{value:,}"


def english_clock(moment: time) -> str:
    """The time of day on a 24-hour clock: 14:05."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


@dataclass(slots=True)
class _Installed:
    translate: Translator = english
    day: DayFormatter = english_day
    date: DayFormatter = english_date
    clock: ClockFormatter = english_clock
    number: NumberFormatter = english_number
    language: str = "en"


_installed = _Installed()


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the language the app runs in.

    Args:
        context: where the text belongs ("Composer", "Phone"); a literal, for lupdate.
        source: the whole English sentence, placeholders as ``{name}``; ``%n`` for a count.
        disambiguation: tells apart two equal English texts that translate differently.
        n: the count that picks the plural form (and fills ``%n``), or -1 for none.
    """
    return _installed.translate(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation where it is defined (a table, a constant) and return
    it unchanged; ``translate(context, value)`` where it is shown."""
    del context
    return source


def day_and_month(day: date) -> str:
    """The day as it reads in a sentence in the app's language ("5 December")."""
    return _installed.day(day)


def full_date(day: date) -> str:
    """The date with its year as it reads in a sentence ("5 December 2026")."""
    return _installed.date(day)


def clock_time(moment: time) -> str:
    """The time of day as the locale writes it ("14:05", "2:05 PM")."""
    return _installed.clock(moment)


def number(value: int) -> str:
    """A whole number as the locale writes it ("1,600" in English, "1.600" in German)."""
    return _installed.number(value)


def language() -> str:
    """The app's language code ("en", "de" …): names of countries follow it."""
    return _installed.language


def install(
    *,
    translator: Translator,
    day: DayFormatter,
    full: DayFormatter,
    clock: ClockFormatter,
    number: NumberFormatter,
    language_code: str,
) -> None:
    """Show every later text in ``language_code`` (done once, at start-up)."""
    _installed.translate = translator
    _installed.day = day
    _installed.date = full
    _installed.clock = clock
    _installed.number = number
    _installed.language = language_code


def uninstall() -> None:
    """Back to English (for tests)."""
    install(
        translator=english,
        day=english_day,
        full=english_date,
        clock=english_clock,
        number=english_number,
        language_code="en",
    )

"""The language SMS Desk speaks and the locale its dates and numbers follow.

At start-up, before any window exists, :func:`install_language` picks the language (the
Settings choice, else the desktop's locale), loads SMS Desk's catalogue
(``resources/translations/smsdesk_<lang>.qm``, compiled by ``make translations``) and Qt's
own (``qtbase_<lang>.qm``: standard buttons, the text fields' context menu), makes the
locale Qt's default (``QLocale()`` everywhere then formats in it) and hands
``desktop.core.i18n`` the translator and date formats, so the domain's sentences follow
too. A desktop whose language SMS Desk does not ship gets English, with its own country's
conventions where Qt has English for that country.

``SMSDESK_PSEUDO_LOCALE=1`` adds a pseudo-translation on top (every text 40 % longer and
accented, placeholders kept), to find text that is cut off or not translated.
"""

from __future__ import annotations

import math
import os
import re
from datetime import date, time
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from desktop.core import i18n

#: Languages shipped, each named in itself (a German speaker looks for "Deutsch"): these
#: names are never translated.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
}

PSEUDO_VARIABLE = "SMSDESK_PSEUDO_LOCALE"


def translations_dir() -> Path:
    """Where the compiled catalogues (``smsdesk_<lang>.qm``) are installed."""
    return Path(str(resources.files("desktop.resources") / "translations"))


def choose_locale(setting: str, system: QLocale) -> QLocale:
    """The locale for ``setting`` (a language code from Settings, "" to follow the desktop).

    A chosen language keeps the desktop's country where Qt knows the pair (Dutch in
    Belgium stays nl_BE); a desktop language SMS Desk does not ship becomes English for the
    desktop's country (or Qt's nearest English).
    """
    if not setting and system.language() == QLocale.Language.C:
        return system  # LANG=C: English text, the C locale's plain formats
    wanted = setting if setting in LANGUAGE_NAMES else _code(system)
    if wanted not in LANGUAGE_NAMES:
        wanted = "en"
    if wanted == _code(system):
        return system
    language = QLocale(wanted).language()
    paired = QLocale(language, system.territory())
    return paired if paired.language() == language else QLocale(wanted)


def _code(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.C:
        return "en"
    return locale.name().split("_")[0]


def desktop_language() -> str:
    """The code of the language SMS Desk speaks when it follows the desktop."""
    return _code(choose_locale("", QLocale.system()))


_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, setting: str = "") -> QLocale:
    """Speak the language of ``setting`` (or the desktop's) from now on, in place of the
    one installed before; return its locale."""
    locale = choose_locale(setting, QLocale.system())
    QLocale.setDefault(locale)
    while _installed:
        app.removeTranslator(_installed.pop())
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    ours = QTranslator(app)
    folder = str(translations_dir())
    if ours.load(locale, "smsdesk", "_", folder) or ours.load("smsdesk_en", folder):
        _installed.append(ours)
    if os.environ.get(PSEUDO_VARIABLE) == "1":
        _installed.append(PseudoTranslator(app))
    for translator in _installed:
        app.installTranslator(translator)
    i18n.install(
        translator=QCoreApplication.translate,
        day=day_and_month,
        full=full_date,
        clock=clock_time,
        number=whole_number,
        language_code=_code(locale),
    )
    return locale


# Date formats derived from the locale's long one ("dddd, d. MMMM yyyy" in German): Qt has
# no "day and month" format, and a fixed "d MMMM" reads wrongly in en_US ("December 5").
_YEAR = re.compile(r"[\s,]*(?:'[^']*'\s*)?y+\.?")
_WEEKDAY = re.compile(r"d{4}[,\s]*")


def _long_format(locale: QLocale) -> str:
    return locale.dateFormat(QLocale.FormatType.LongFormat)


def without_year(fmt: str) -> str:
    """ "dddd, d. MMMM yyyy" -> "dddd, d. MMMM"."""
    return _YEAR.sub("", fmt).strip(" ,")


def without_weekday(fmt: str) -> str:
    """ "dddd, d. MMMM yyyy" -> "d. MMMM yyyy"."""
    return _WEEKDAY.sub("", fmt).strip(" ,")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_and_month(day: date) -> str:
    """ "5 December" (en_GB), "December 5" (en_US), "5. Dezember", "5 de diciembre"."""
    locale = QLocale()
    return locale.toString(_qdate(day), without_year(without_weekday(_long_format(locale))))


def full_date(day: date) -> str:
    """ "5 December 2026", "December 5, 2026", "5. Dezember 2026"."""
    locale = QLocale()
    return locale.toString(_qdate(day), without_weekday(_long_format(locale)))


def weekday_date(day: date, *, with_year: bool) -> str:
    """ "Saturday 5 December" (a day heading), with the year when it is not this one."""
    locale = QLocale()
    fmt = _long_format(locale)
    return locale.toString(_qdate(day), fmt if with_year else without_year(fmt))


def whole_number(value: int) -> str:
    """ "1,600", "1.600", "1 600", as the locale writes a number."""
    return QLocale().toString(value)


def clock_time(moment: time) -> str:
    """ "14:05", "2:05 PM", as the locale writes a time of day."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


# --- The pseudo-locale --------------------------------------------------------------------

_ACCENTED = str.maketrans(
    "aceinousyzACEINOUSYZ",
    "áçéîñöüšýžÅÇÉÎÑÖÜŠÝŽ",
)
# Kept as they are: placeholders, Qt's %n and %1, markup, mnemonics' ampersands.
_KEEP = re.compile(r"(\{[^{}]*\}|%L?n|%\d+|<[^>]*>|&&?)")


def pseudo(text: str) -> str:
    """``text`` accented and 40 % longer, in brackets, with placeholders kept as they are."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    shown = "".join(part if i % 2 else part.translate(_ACCENTED) for i, part in enumerate(parts))
    padding = "~" * max(1, math.ceil(len(text) * 0.4) - 2)
    return f"[{shown}{padding}]"


class PseudoTranslator(QTranslator):
    """Every text through :func:`pseudo` (``SMSDESK_PSEUDO_LOCALE=1``)."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        del context, disambiguation, n
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False

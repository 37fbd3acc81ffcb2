"""Saved replies with variables: ``{first_name}``, ``{my_name}``, ``{date}``.

Filling a template replaces the variables it knows and leaves the others as they are, so
the composer can highlight what is still to fill in before anything is sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.core.i18n import day_and_month, translate

VARIABLE = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
KNOWN = ("first_name", "my_name", "date")


@dataclass(frozen=True, slots=True)
class Filled:
    """A template with the known variables filled in.

    Attributes:
        text: the result (unknown or empty variables kept as ``{name}``).
        unfilled: the variables still in the text, in order of appearance.
    """

    text: str
    unfilled: tuple[str, ...]


def first_name(display_name: str | None) -> str:
    """The first word of a contact's name ("Olivia Bennett" → "Olivia"); "" if unknown."""
    if not display_name:
        return ""
    return display_name.split()[0].strip(",")


def _full_date(today: date) -> str:
    """Today in the desk's language, with the year ("25 November 2026")."""
    #: a date in a saved reply: {day_and_month} is "25 November", {year} is "2026"
    return translate("Templates", "{day_and_month} {year}").format(
        day_and_month=day_and_month(today), year=today.year
    )


def fill(template: str, *, contact_name: str | None, my_name: str, today: date) -> Filled:
    """Fill ``{first_name}`` (the contact's), ``{my_name}`` (the user's first name) and
    ``{date}`` (today, as "25 November 2026"); anything else stays for the user to fill."""
    values = {
        "first_name": first_name(contact_name),
        "my_name": first_name(my_name),
        "date": _full_date(today),
    }

    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1), "")
        return value or match.group(0)

    text = VARIABLE.sub(replace, template)
    return Filled(text, unfilled_variables(text))


def unfilled_variables(text: str) -> tuple[str, ...]:
    """Variables still written as ``{name}`` in ``text``."""
    return tuple(m.group(1) for m in VARIABLE.finditer(text))


def variable_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each ``{name}`` left in ``text``, for highlighting."""
    return [m.span() for m in VARIABLE.finditer(text)]


def matching(templates: list[tuple[str, str]], typed: str) -> list[tuple[str, str]]:
    """Templates whose name starts with (then contains) what follows the "/" typed."""
    needle = typed.lstrip("/").strip().casefold()
    starts = [t for t in templates if t[0].casefold().startswith(needle)]
    contains = [t for t in templates if needle in t[0].casefold() and t not in starts]
    return starts + contains


@dataclass(frozen=True, slots=True)
class Template:
    """A saved reply as the store keeps it.

    Attributes:
        id: the store's id.
        name: what the user types after "/" to insert it; unique per scope.
        body: the text, with ``{variables}``.
        owner_id: the colleague it belongs to, or None when it is shared with the team.
    """

    id: int
    name: str
    body: str
    owner_id: int | None = None

    @property
    def shared(self) -> bool:
        """True when every colleague sees it (only administrators change it)."""
        return self.owner_id is None

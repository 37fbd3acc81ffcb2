"""The one guard against formula injection, for every CSV SMS Desk writes.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return before one) as a formula: ``=HYPERLINK(…)`` in a contact's name or a customer's
message would run on the desk of whoever opens the export. Such cells get a leading
apostrophe, the usual text marker. E.164 numbers (``+`` and digits: no formula can hide
there) stay as they are, so they read and import as numbers. ``unguard_cell`` undoes the
guard, so importing an export gives back the original text — also for text that itself
began with apostrophes.
"""

from __future__ import annotations

import re

__all__ = ["FORMULA_TRIGGERS", "guard_cell", "guard_numbers_cell", "unguard_cell"]

FORMULA_TRIGGERS = frozenset("=+-@\t\r")
"""First characters that make a spreadsheet read a cell as a formula."""

_E164 = re.compile(r"\+[0-9]+", re.ASCII)


def _needs_guard(text: str) -> bool:
    # Apostrophes already in front do not protect the text: the spreadsheet hides one at
    # most, and the importer must tell ours from the text's own.
    rest = text.lstrip("'")
    return bool(rest) and rest[0] in FORMULA_TRIGGERS


def guard_cell(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs as a formula.

    Returns:
        ``text`` with one more leading apostrophe when, after any apostrophes it has, it
        starts with ``= + - @``, a tab or a carriage return; else ``text`` unchanged.
    """
    return "'" + text if _needs_guard(text) else text


def guard_numbers_cell(text: str, separator: str = " ::: ") -> str:
    """A cell of phone numbers (several joined by ``separator``): E.164 numbers are kept as
    they are; anything else is guarded like any cell."""
    if text and all(_E164.fullmatch(part) for part in text.split(separator)):
        return text
    return guard_cell(text)


def unguard_cell(text: str) -> str:
    """The text of a cell written by ``guard_cell`` (others are returned as they are)."""
    if text.startswith("'") and _needs_guard(text[1:]):
        return text[1:]
    return text

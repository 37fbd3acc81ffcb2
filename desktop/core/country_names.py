"""Country names in the languages SMS Desk speaks, by region code.

The names are phonenumbers' (the Unicode CLDR's), taken out once by
``packaging/country_names.py`` into ``resources/country_names.json``: loading phonenumbers'
own tables for every language costs a third of a second and some 100 MB. The file is read
the first time a country is named.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def _table() -> dict[str, dict[str, str]]:
    text = (resources.files("desktop.resources") / "country_names.json").read_text("utf-8")
    table: dict[str, dict[str, str]] = json.loads(text)
    return table


def names_in(language_code: str) -> dict[str, str]:
    """Region code -> the country's name in ``language_code`` (English for a language
    SMS Desk does not speak)."""
    table = _table()
    return table.get(language_code, table["en"])

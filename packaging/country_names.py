"""Write resources/country_names.json: every region's name in each language SMS Desk speaks.

    python packaging/country_names.py

phonenumbers names countries (from the Unicode CLDR) in a data module that takes a third
of a second and some 100 MB to load, for every language there is; SMS Desk needs six
languages' names, so they are taken out once here and committed (tests/translations
checks that they still match the installed phonenumbers).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import phonenumbers
from phonenumbers import geocoder

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "country_names.json"
sys.path.insert(0, str(ROOT))

from desktop.core.i18n import LANGUAGES  # noqa: E402


def names() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for language in LANGUAGES:
        table[language] = {}
        for region in sorted(phonenumbers.SUPPORTED_REGIONS):
            name = geocoder._region_display_name(region, language) or (
                geocoder._region_display_name(region, "en")
            )
            if name:
                table[language][region] = name
    return table


def source(table: dict[str, dict[str, str]]) -> str:
    """The file: one language per line, regions in order (a change reads as a small diff)."""
    lines = [
        f"  {json.dumps(lang)}: {json.dumps(names, ensure_ascii=False, sort_keys=True)}"
        for lang, names in sorted(table.items())
    ]
    return "{\n" + ",\n".join(lines) + "\n}\n"


if __name__ == "__main__":
    TARGET.write_text(source(names()), "utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} (phonenumbers {phonenumbers.__version__})")

"""The regions settings accept, known without the phone-number library (desktop.core.regions)."""

from __future__ import annotations

import subprocess
import sys

import phonenumbers
import pytest

from desktop.core import regions
from desktop.core.regions import FALLBACK_REGION, SUPPORTED_REGIONS, system_region


def test_the_list_is_the_phone_number_librarys_own():
    """An upgrade of phonenumbers that adds or drops a region fails here: write the list
    out again from ``phonenumbers.SUPPORTED_REGIONS``."""
    assert set(SUPPORTED_REGIONS) == set(phonenumbers.SUPPORTED_REGIONS), (
        f"added: {sorted(set(phonenumbers.SUPPORTED_REGIONS) - SUPPORTED_REGIONS)}, "
        f"dropped: {sorted(SUPPORTED_REGIONS - set(phonenumbers.SUPPORTED_REGIONS))}"
    )


def test_knowing_the_regions_does_not_load_the_library():
    probe = "import sys, desktop.core.regions; print('phonenumbers' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en_GB", "GB"),
        ("de_AT.UTF-8", "AT"),
        ("fr_CA.utf8", "CA"),
        ("en_ZZ", FALLBACK_REGION),  # a country the library has no numbers for
        ("C", FALLBACK_REGION),
        (None, FALLBACK_REGION),
    ],
)
def test_the_system_region_is_the_locales_country(monkeypatch, name, expected):
    monkeypatch.setattr(regions.locale, "getlocale", lambda *_: (name, None))
    monkeypatch.setattr(regions.locale, "setlocale", lambda *_: "C")
    assert system_region() == expected


def test_the_system_region_falls_back_to_lc_ctype(monkeypatch):
    monkeypatch.setattr(regions.locale, "getlocale", lambda *_: (None, None))
    monkeypatch.setattr(regions.locale, "setlocale", lambda category, value=None: "nl_BE.UTF-8")
    assert system_region() == "BE"

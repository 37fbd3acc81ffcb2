"""A fresh start in each office language shows no English, and nothing is cut off.

Each language runs the walk of ``tests/translations/fresh_start.py`` in its own process
(the first-account dialog, sign-in, the main window with a conversation, New SMS, Settings
and a pop-up) with only ``LANG`` set, as a desktop in that language starts the app. The
pseudo-locale (every text 40 % longer and accented) runs the same walk at 1024x700.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: English words that are no word of German, French, Spanish, Italian or Dutch: one of them
#: on screen means a text was not translated.
_ENGLISH_WORDS = """
the and your you with this that from which what when please here there has have been only
click press number send sign save cancel close show search reply read call settings new not
can could would should must want yes into about after before than they them their our today
yesterday unread archived chats start password remember account name number message messages
conversation contact contacts picture
"""
ENGLISH_ONLY = frozenset(_ENGLISH_WORDS.split())
# Words of these languages spelled like an English one of the list, per language.
SHARED = {
    "fr": {"message", "messages", "contact", "contacts", "conversation", "archive"},
    "nl": {"contact", "contacten", "start", "account", "chats"},
    "de": {"start", "chats", "name", "account", "password"},
    "it": {"password", "account"},
    "es": {"chats", "chat"},
}
_WORD = re.compile(r"[^\W\d_]+")
# What is typed as it is, in any language: "tel:+number", "callto:{number}", "{name}", a path.
_LITERAL = re.compile(r"\S*[{}:+/]\S*")
# A country in the Default country list ("Bonaire, Sint Eustatius and Saba (+599)"): the
# CLDR's name, English where it has none in the language.
_COUNTRY = re.compile(r".*\(\+\d+\)$")


def walk(tmp_path: Path, env: dict[str, str], *extra: str) -> dict:
    out = tmp_path / "walk.json"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    clean.pop("SMSDESK_PSEUDO_LOCALE", None)
    subprocess.run(
        [sys.executable, "-m", "tests.translations.fresh_start", str(out), *extra],
        cwd=ROOT,
        env={**clean, "QT_QPA_PLATFORM": "offscreen", **env},
        check=True,
        timeout=120,
        capture_output=True,
    )
    return json.loads(out.read_text("utf-8"))


def english_in(text: str, language: str) -> list[str]:
    if _COUNTRY.match(text):
        return []
    return [
        word
        for word in _WORD.findall(_LITERAL.sub(" ", text))
        if word.lower() in ENGLISH_ONLY and word.lower() not in SHARED[language]
    ]


@pytest.mark.parametrize(
    ("language", "lang"),
    [("de", "de_DE"), ("fr", "fr_FR"), ("es", "es_ES"), ("it", "it_IT"), ("nl", "nl_NL")],
)
def test_a_fresh_start_shows_no_english_and_cuts_off_nothing(tmp_path, language, lang):
    stages = walk(tmp_path, {"LANG": f"{lang}.UTF-8"})
    assert set(stages) == {
        "first-account",
        "sign-in",
        "main-window",
        "new-sms",
        "settings",
        "contacts",
        "templates",
        "about",
        "shortcuts",
        "pop-up",
    }
    english = {
        f"{stage}: {text!r}"
        for stage, seen in stages.items()
        for text in seen["texts"]
        if english_in(text, language)
    }
    assert not english, "\n".join(sorted(english))
    clipped = [f"{stage}: {c}" for stage, seen in stages.items() for c in seen["clipped"]]
    assert not clipped, "\n".join(clipped)


def test_the_pseudo_locale_runs_every_window_without_cutting_text_off(tmp_path):
    stages = walk(
        tmp_path, {"LANG": "en_GB.UTF-8", "SMSDESK_PSEUDO_LOCALE": "1"}, "--size", "1024x700"
    )
    assert stages["main-window"]["sizes"] == [[1024, 700]]
    clipped = [f"{stage}: {c}" for stage, seen in stages.items() for c in seen["clipped"]]
    assert not clipped, "\n".join(clipped)
    # Every text with an English word went through the translator (it is bracketed).
    missed = {
        f"{stage}: {text!r}"
        for stage, seen in stages.items()
        for text in seen["texts"]
        if "[" not in text and english_in(text, "it")
    }
    assert not missed, "\n".join(sorted(missed))

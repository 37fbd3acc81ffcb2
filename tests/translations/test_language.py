"""The language the app speaks: chosen from the desktop or Settings, loaded from the shipped
catalogues with Qt's own, and followed by dates in sentences and the domain's text."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core import i18n
from desktop.ui.look import formatting, language


@pytest.fixture
def speak(qapp, monkeypatch):
    """Install a language for one test; English and the C locale again afterwards (the
    other tests of this worker read English)."""
    monkeypatch.delenv(language.PSEUDO_VARIABLE, raising=False)

    def install(setting: str, system: str = "en_GB") -> QLocale:
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
        return language.install_language(qapp, setting)

    yield install
    for translator in language._installed:
        qapp.removeTranslator(translator)
    language._installed.clear()
    QLocale.setDefault(QLocale.c())
    i18n.uninstall()


@pytest.mark.parametrize(
    ("setting", "system", "chosen"),
    [
        ("", "de_AT", "de_AT"),  # the desktop's language and country
        ("", "nl_BE", "nl_BE"),
        ("nl", "fr_BE", "nl_BE"),  # chosen in Settings: the desktop's country kept
        ("de", "en_US", "de_DE"),  # no German for the US: German's own country
        ("", "pl_PL", "en_PL"),  # not shipped: English, Polish conventions where Qt has them
        ("", "ja_JP", "en_JP"),
        ("en", "de_DE", "en_DE"),
    ],
)
def test_the_language_follows_the_desktop_unless_settings_choose_one(setting, system, chosen):
    picked = language.choose_locale(setting, QLocale(system))
    assert picked.language() == QLocale(chosen.split("_")[0]).language()
    if QLocale(chosen).name() == chosen:  # Qt knows the pair
        assert picked.name() == chosen


def test_the_c_locale_stays_english_with_its_plain_formats():
    assert language.choose_locale("", QLocale.c()).language() == QLocale.Language.C


def test_german_desk_reads_german_from_qt_and_from_the_domain(speak):
    speak("", "de_DE")
    assert formatting.day_heading(date(2026, 12, 5), today=date(2026, 12, 5)) == "Heute"
    assert formatting.day_heading(date(2026, 12, 4), today=date(2026, 12, 5)) == "Gestern"
    assert formatting.day_heading(date(2026, 12, 1), today=date(2026, 12, 5)) == (
        "Dienstag, 1. Dezember"
    )
    assert i18n.day_and_month(date(2026, 12, 5)) == "5. Dezember"
    assert i18n.full_date(date(2026, 12, 5)) == "5. Dezember 2026"
    assert i18n.clock_time(time(14, 5)) == "14:05"
    assert i18n.language() == "de"
    # The domain's translate is Qt's now: the same catalogue answers.
    assert i18n.translate("Formatting", "Today") == "Heute"
    # Qt's own words (qtbase_de): a standard button.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


@pytest.mark.parametrize(
    ("system", "day", "heading"),
    [
        ("en_US", "December 5", "Tuesday, December 1"),
        ("en_GB", "5 December", "Tuesday, 1 December"),
        ("fr_FR", "5 décembre", "Mardi 1 décembre"),
        ("es_ES", "5 de diciembre", "Martes, 1 de diciembre"),
        ("it_IT", "5 dicembre", "Martedì 1 dicembre"),
        ("nl_NL", "5 december", "Dinsdag 1 december"),
    ],
)
def test_days_read_in_the_order_and_words_of_the_locale(speak, system, day, heading):
    speak("", system)
    assert i18n.day_and_month(date(2026, 12, 5)) == day
    assert formatting.day_heading(date(2026, 12, 1), today=date(2026, 12, 5)) == heading
    assert formatting.day_heading(date(2025, 12, 1), today=date(2026, 12, 5)).endswith("2025")


def test_english_plurals_come_from_the_english_catalogue(speak):
    speak("", "en_GB")
    # "(s)" sources read as English in the app (smsdesk_en.qm) and without Qt alike.
    source = i18n.english("Ctx", "%n chat(s)", None, 1), i18n.english("Ctx", "%n chat(s)", None, 3)
    assert source == ("1 chat", "3 chats")
    assert i18n.english("Ctx", "%n match(es)", None, 2) == "2 matches"


def test_spoken_times_are_whole_sentences_in_the_language(speak):
    speak("", "de_DE")
    from datetime import datetime

    now = datetime(2026, 12, 5, 14, 5).astimezone()
    assert formatting.spoken_time(now, today=now.date()) == "heute um 14:05"


def test_the_pseudo_locale_lengthens_and_accents_every_text_but_keeps_placeholders():
    shown = language.pseudo("Send to {name} (%n left) &Now")
    for kept in ("{name}", "%n", "&Ñ"):
        assert kept in shown
    assert len(shown) >= 1.4 * len("Send to {name} (%n left) &Now")
    assert (shown[0], shown[-1]) == ("[", "]")
    assert language.pseudo("") == ""


def test_the_pseudo_locale_runs_through_qt(speak, monkeypatch):
    monkeypatch.setenv(language.PSEUDO_VARIABLE, "1")
    speak("", "en_GB")
    assert i18n.translate("Formatting", "Today") == language.pseudo("Today")


def test_country_names_follow_the_language_and_match_phonenumbers(speak):
    """desktop/core/country_names.py is phonenumbers' CLDR names for our six languages,
    taken out once (loading them all costs 100 MB): still the installed version's."""
    import importlib.util
    from pathlib import Path

    from desktop.core.country_names import _table
    from desktop.core.phone import region_name
    from desktop.ui.dialogs.settings_dialog import region_choices

    path = Path(__file__).resolve().parents[2] / "packaging" / "country_names.py"
    spec = importlib.util.spec_from_file_location("smsdesk_packaging_country_names", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.names() == _table(), "run python packaging/country_names.py"

    speak("", "de_DE")
    assert region_name("GB") == "Vereinigtes Königreich"
    labels = [label for label, _code in region_choices()]
    assert "Deutschland (+49)" in labels
    # Sorted as German sorts: Österreich among the O's, not after Z.
    assert labels.index("Österreich (+43)") < labels.index("Pakistan (+92)")
    speak("", "fr_FR")
    assert region_name("DE") == "Allemagne"


def test_a_transfer_notice_reads_the_note_back_in_the_desks_language_or_english(speak):
    from desktop.store.ownership import TRANSFERRED_BY_WITH_NOTE, TRANSFERRED_WITH_NOTE
    from desktop.ui.notifications.notifier import transfer_note

    names = {"owner": "Anna (101)", "colleague": "Ben (102)", "by": "Cleo (100)"}
    english = TRANSFERRED_WITH_NOTE.format(note="please call back — today", **names)
    speak("", "de_DE")
    german = i18n.translate("Ownership", TRANSFERRED_BY_WITH_NOTE).format(
        note="bitte zurückrufen", **names
    )
    assert transfer_note(german) == "bitte zurückrufen"
    assert transfer_note(english) == "please call back — today"  # a line from an English desk
    assert transfer_note("Transferred from Anna (101) to Ben (102)") == ""

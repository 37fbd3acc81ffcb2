"""The shipped catalogues: complete, in step with the source, safe to format, and in the
package.

Every text of the app is in each language's catalogue, translated (no entry unfinished),
with the same placeholders as the English (a translation that lost ``{name}`` would raise
at ``.format``; one that lost ``%n`` would hide the count) and a form for each plural.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.core.i18n import LANGUAGES
from tests.translations.literals import untranslated_in

ROOT = Path(__file__).resolve().parents[2]


def _load_tool():
    # packaging/ is not a package (and "packaging" is also a PyPI module): load by path.
    spec = importlib.util.spec_from_file_location(
        "smsdesk_packaging_translations", ROOT / "packaging" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


translations = _load_tool()

SHIPPED = translations.TRANSLATED
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n")


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = translations.parse(translations.catalogue(language)).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_no_english_text_in_desktop_ui_escapes_translation():
    found = untranslated_in(ROOT / "desktop" / "ui")
    assert not found, "English passed straight to a widget:\n" + "\n".join(map(str, found))


def test_the_checker_finds_english_passed_to_a_widget(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Say something')\n"
        "button = QPushButton(f'Send to {name}')\n"
        "box.setToolTip('Owner: ' + name)\n"
        "menu.addAction(translate('Ctx', 'Archive'))\n"
        "label.setText('·')\n",
        encoding="utf-8",
    )
    assert [x.line for x in untranslated_in(tmp_path)] == [1, 2, 3]


def _translated_in_source() -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every translate() and QT_TRANSLATE_NOOP() call
    with literal texts in desktop/, read with Python's own parser."""
    import ast

    found = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
            if not (literal[0] and literal[1]):
                continue  # a text marked elsewhere, looked up here
            third = node.args[2] if len(node.args) > 2 else None
            disambiguation = third.value if isinstance(third, ast.Constant) and third.value else ""
            found.add((node.args[0].value, node.args[1].value, disambiguation))
    return found


def test_lupdate_finds_every_text_the_code_translates():
    """lupdate's Python reader skips a translate() whose count is not a plain name
    (``len(x)``, ``self.count``, ``n=count``): such a text would never be translated."""
    listed = set(translations.messages(translations.extract()))
    missed = sorted(_translated_in_source() - listed)
    assert not missed, "lupdate does not see these (pass the count as a plain name):\n" + (
        "\n".join(map(str, missed))
    )


def test_every_language_of_the_app_has_a_catalogue():
    assert set(LANGUAGES) == {"en", *SHIPPED}
    for language in LANGUAGES:
        assert translations.catalogue(language).is_file()


def test_the_catalogues_hold_every_text_of_the_source_and_nothing_else():
    """`make translations` was run after the last change of text (lupdate reads the source
    the way Python does: the same texts, escapes and all)."""
    found = set(translations.messages(translations.extract()))
    for language in SHIPPED:
        root = translations.parse(translations.catalogue(language)).getroot()
        listed = set(translations.messages(root))
        assert listed == found, (
            f"{language}: run `make translations` "
            f"(new: {sorted(found - listed)[:5]}, gone: {sorted(listed - found)[:5]})"
        )
    english = set(translations.messages(translations.parse(translations.catalogue("en")).getroot()))
    assert english == {key for key in found if translations.is_plural(key[1])}


@pytest.mark.parametrize("language", SHIPPED)
def test_no_entry_is_left_unfinished(language):
    unfinished = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages(language)
        if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not "".join(message.find("translation").itertext()).strip()
    ]
    assert not unfinished, f"{len(unfinished)} to translate in {language}:\n" + "\n".join(
        unfinished[:20]
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_and_plural_forms(language):
    wrong = []
    for context, message in _messages(language):
        source = message.findtext("source", "")
        wanted = sorted(set(_PLACEHOLDER.findall(source)))
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != translations.PLURAL_FORMS[language]:
                wrong.append(f"{context}: {source!r} has {len(forms)} plural forms")
        else:
            forms = [translation.text or ""]
        for form in forms:
            if form and sorted(set(_PLACEHOLDER.findall(form))) != wanted:
                wrong.append(f"{context}: {source!r} -> {form!r}")
            if form and "&" in source.replace("&&", "") and "&" not in form:
                wrong.append(f"{context}: {source!r} -> {form!r} lost its mnemonic")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalogue_is_compiled_for_the_app(language):
    qm = translations.catalogue(language).with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} is missing: make compiles it (packaging/translations.py)"
    assert qm.stat().st_mtime >= translations.catalogue(language).stat().st_mtime, (
        f"{qm.name} is older than its .ts: run make"
    )


def test_the_built_wheel_carries_every_compiled_catalogue(tmp_path):
    """What pip installs: build the wheel from a copy of the tree (the compiled .qm
    included, as make leaves them) and look inside."""
    import shutil
    import subprocess
    import zipfile

    tree = tmp_path / "tree"
    tree.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tree / name)
    for folder in ("desktop", "resources"):
        shutil.copytree(ROOT / folder, tree / folder, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), "."],
        cwd=tree,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("smsdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in LANGUAGES:
        assert f"desktop/resources/translations/smsdesk_{language}.qm" in names
    assert not any(name.endswith(".ts") for name in names)

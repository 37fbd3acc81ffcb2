"""Keep the translation catalogues in step with the source, and compile them.

    python packaging/translations.py update     (make translations: lupdate, then merge)
    python packaging/translations.py compile [TS…]  (the .ts files into .qm, for the app)

``update`` runs Qt's ``lupdate`` over ``desktop/`` (it finds every ``translate(...)`` and
``QT_TRANSLATE_NOOP(...)`` call), then merges what it found into each
``resources/translations/smsdesk_<lang>.ts``: translations already written are kept, new
texts arrive unfinished, texts no longer in the source are dropped (and counted). lupdate's
Python reader does not see plurals in ``translate(context, text, None, n)``, so every text
with ``%n`` is marked as a plural here. English, the source language, needs a catalogue
for its plurals only ("%n chat(s)" -> "1 chat", "2 chats"); it is written here.

``compile`` runs ``lrelease`` for each catalogue into ``smsdesk_<lang>.qm`` beside it (build
output, not committed: ``make`` runs it after installing, ``make package`` before bundling).
"""

from __future__ import annotations

import argparse
import copy
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
FOLDER = ROOT / "resources" / "translations"

#: The languages translated by the team (English is the source language).
TRANSLATED = ("de", "fr", "es", "it", "nl")
#: How many plural forms each language has (Qt's rules: one, other).
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "it": 2, "nl": 2}

Key = tuple[str, str, str]  # context, source, disambiguation


def tool(name: str) -> Path:
    """PySide6's wrapper for Qt's ``lupdate``/``lrelease`` beside this interpreter."""
    found = Path(sys.executable).parent / f"pyside6-{name}"
    if not found.exists():
        raise SystemExit(f"{found} is missing: install the dev tools first (make .venv/.installed)")
    return found


def catalogue(language: str) -> Path:
    return FOLDER / f"smsdesk_{language}.ts"


def extract() -> ET.Element:
    """Every translatable text in the source, as lupdate writes it (no locations)."""
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "all.ts"
        subprocess.run(  # noqa: S603 (our own venv's tool)
            [
                str(tool("lupdate")),
                "-silent",
                "-extensions",
                "py",
                "-locations",
                "none",
                "-no-obsolete",
                str(SOURCES),
                "-ts",
                str(target),
            ],
            check=True,
        )
        return parse(target).getroot()


def parse(path: Path) -> ET.ElementTree[ET.Element]:
    """A catalogue: our own files, or lupdate's output (never a download)."""
    return ET.parse(path)  # noqa: S314 (trusted: the repository's own catalogues)


def messages(root: ET.Element) -> dict[Key, ET.Element]:
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            found[(name, source, message.findtext("comment", ""))] = message
    return found


def is_plural(source: str) -> bool:
    return "%n" in source or "%Ln" in source


def english_forms(source: str) -> list[str]:
    """ "%n chat(s)" -> ["%n chat", "%n chats"]: English's one and other."""
    pattern = re.compile(r"\((e?s)\)")
    return [pattern.sub("", source), pattern.sub(lambda m: m.group(1), source)]


def _translation(message: ET.Element, *, plural: bool, forms: int) -> ET.Element:
    """A translation element of the right shape (plural forms or one text)."""
    element = ET.Element("translation")
    if plural:
        element.text = None
        for _ in range(forms):
            ET.SubElement(element, "numerusform")
    if message.get("numerus") == "yes" and not plural:
        message.attrib.pop("numerus")
    return element


def merge(found: ET.Element, language: str) -> tuple[ET.Element, int, int]:
    """``found`` with the translations of ``language``'s catalogue; return it, the number
    of texts with no finished translation, and the number dropped."""
    path = catalogue(language)
    old = messages(parse(path).getroot()) if path.exists() else {}
    new = messages(found)
    unfinished = 0
    forms = PLURAL_FORMS[language]
    for key, message in new.items():
        plural = is_plural(key[1])
        if language == "en" and not plural:
            continue  # removed below: the source language needs its plurals only
        if plural:
            message.set("numerus", "yes")
        for child in message.findall("translation"):
            message.remove(child)
        previous = old.get(key)
        kept = previous.find("translation") if previous is not None else None
        if kept is not None and (len(kept) > 0) == plural:
            message.append(kept)
        else:
            message.append(_translation(message, plural=plural, forms=forms))
            message[-1].set("type", "unfinished")
        if language == "en":
            translation = message[-1]
            for form, text in zip(translation, english_forms(key[1]), strict=True):
                form.text = text
            translation.attrib.pop("type", None)
        if message[-1].get("type") == "unfinished":
            unfinished += 1
    dropped = len(set(old) - set(new))
    if language == "en":  # the source language: its plurals only
        for context in found.findall("context"):
            for message in context.findall("message"):
                if message.get("numerus") != "yes":
                    context.remove(message)
            if not context.findall("message"):
                found.remove(context)
    found.set("language", {"en": "en_GB"}.get(language, language))
    found.set("sourcelanguage", "en")
    return found, unfinished, dropped


def write(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    found = extract()
    for language in ("en", *TRANSLATED):
        merged, unfinished, dropped = merge(copy.deepcopy(found), language)
        write(merged, catalogue(language))
        total = sum(1 for _ in merged.iter("message"))
        print(
            f"{catalogue(language).relative_to(ROOT)}: {total} texts, "
            f"{unfinished} to translate, {dropped} dropped"
        )


def compile_all(paths: list[Path]) -> None:
    for path in paths or sorted(FOLDER.glob("smsdesk_*.ts")):
        subprocess.run(  # noqa: S603 (our own venv's tool)
            [str(tool("lrelease")), "-silent", str(path), "-qm", str(path.with_suffix(".qm"))],
            check=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["update", "compile"])
    parser.add_argument("catalogues", nargs="*", type=Path, help="the .ts files (all if none)")
    args = parser.parse_args()
    if args.step == "update":
        update()
    compile_all(args.catalogues)


if __name__ == "__main__":
    main()

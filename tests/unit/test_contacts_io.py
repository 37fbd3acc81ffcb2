"""Contacts files: vCard 2.1/3.0/4.0 and CSV exports as phones and mail programs write them,
the import preview (problems, merged duplicates), malformed files, and round trips."""

from __future__ import annotations

import pytest

from desktop.core.models import Contact, ContactDraft, ContactId
from desktop.files.contacts import (
    ContactFileError,
    ImportPreview,
    ImportRow,
    read_contacts,
    read_csv,
    read_vcard,
    write_csv,
    write_vcard,
)


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


# -- vCard -----------------------------------------------------------------------------------------

ANDROID_21 = """BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=89lodie;Mar=C3=A9chal;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Mar=C3=A9chal =C3=89lodie-Fran=C3=A7oise=
 de la Fert=C3=A9
TEL;CELL;PREF:+33 6 12 34 56 78
TEL;HOME:01 23 45 67 89
NOTE;ENCODING=QUOTED-PRINTABLE:Appeler apr=C3=A8s 14h=0D=0ACode: =3D42
PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsL
    DBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgN

END:VCARD
BEGIN:VCARD
VERSION:2.1
N:Dupont;Jean;;;
TEL;WORK;VOICE:+33 1 42 68 53 00
END:VCARD
"""


def test_android_vcard_21_with_quoted_printable_utf8_names() -> None:
    preview = read_contacts(crlf(ANDROID_21), "Contacts.vcf", "FR")

    first, second = preview.rows
    assert first == ImportRow(
        line=1,
        name="Maréchal Élodie-Françoise de la Ferté",
        numbers=("+33612345678", "+33123456789"),
        note="Appeler après 14h\nCode: =42",
    )
    assert second == ImportRow(line=13, name="Jean Dupont", numbers=("+33142685300",))
    assert preview.drafts == (
        ContactDraft(first.name, first.numbers, note=first.note),
        ContactDraft("Jean Dupont", ("+33142685300",)),
    )
    assert (preview.merged, preview.invalid) == (0, ())


IPHONE_30 = """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
N:Bennett;Olivia;;;
FN:Olivia Bennett
ORG:Bennett\\, Hale & Co.;Sales
item1.TEL;type=pref:+1 (415) 555-0134
item1.X-ABLabel:_$!<Mobile>!$_
TEL;type=CELL;type=VOICE:(415) 555-0199
item2.EMAIL;type=INTERNET:olivia@example.com
NOTE:Prefers texts after 5 pm.\\nGate code 1234\\; ring twice. A very long no
 te that the phone folded over two lines.
END:VCARD
"""


def test_iphone_vcard_30_with_item_groups_and_folded_lines() -> None:
    (row,) = read_vcard(IPHONE_30, "US").rows

    assert row == ImportRow(
        line=1,
        name="Olivia Bennett",
        numbers=("+14155550134", "+14155550199"),
        company="Bennett, Hale & Co., Sales",
        note=(
            "Prefers texts after 5 pm.\nGate code 1234; ring twice. "
            "A very long note that the phone folded over two lines."
        ),
    )


VCARD_40 = """BEGIN:VCARD
VERSION:4.0
FN:Dr. Ana Lima
N:Lima;Ana;;Dr.;
TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+55-11-91234-5678
TEL;VALUE=uri;TYPE=work:tel:+1-415-555-0134;ext=102
ORG:Lima Clinic
END:VCARD
"""


def test_vcard_40_with_tel_uris() -> None:
    (row,) = read_vcard(VCARD_40, "US").rows

    assert (row.name, row.numbers, row.company) == (
        "Dr. Ana Lima",
        ("+5511912345678", "+14155550134"),
        "Lima Clinic",
    )


def test_vcard_with_bom_and_lf_endings_and_names_from_n_or_org() -> None:
    text = (
        "\ufeffBEGIN:VCARD\nVERSION:3.0\nN:Lovelace;Ada;King;Lady;\nTEL:+44 20 7946 0018\n"
        "END:VCARD\n\nBEGIN:VCARD\nVERSION:3.0\nORG:Acme Plumbing\nTEL:+1 415 555 0111\n"
        "END:VCARD\n"
    )

    preview = read_contacts(text.encode("utf-8"), "export.vcf", "US")

    assert [(r.name, r.numbers) for r in preview.rows] == [
        ("Lady Ada King Lovelace", ("+442079460018",)),
        ("Acme Plumbing", ("+14155550111",)),
    ]


def test_vcard_rows_that_cannot_be_imported_say_why() -> None:
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nTEL:+1 415 555 0134\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:No Number\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bad Number\nTEL:12\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Partly\nTEL:12\nTEL:+1 415 555 0199\nEND:VCARD\n"
    )

    preview = read_vcard(text, "US")

    assert [(r.line, r.valid, r.problems) for r in preview.rows] == [
        (1, False, ("no name",)),
        (5, False, ("no phone number",)),
        (9, False, ("“12” is not a phone number",)),
        (14, True, ("“12” is not a phone number",)),
    ]
    assert preview.invalid == preview.rows[:3]
    assert preview.drafts == (ContactDraft("Partly", ("+14155550199",)),)


def test_short_codes_keep_their_digits() -> None:
    text = "BEGIN:VCARD\nFN:Pharmacy\nTEL:24273\nEND:VCARD\n"

    (row,) = read_vcard(text, "US").rows

    assert row.numbers == ("24273",)


# -- CSV -------------------------------------------------------------------------------------------


def test_generic_csv() -> None:
    text = (
        "name,MOBILE,Company,Notes\n"
        'Olivia Bennett,(415) 555-0134,"Bennett, Hale & Co.","Gate code 1234\nring twice"\n'
        "Bob Smith,+44 20 7946 0123,,\n"
    )

    preview = read_csv(text, "US")

    assert preview.rows == (
        ImportRow(
            2,
            "Olivia Bennett",
            ("+14155550134",),
            "Bennett, Hale & Co.",
            "Gate code 1234\nring twice",
        ),
        ImportRow(3, "Bob Smith", ("+442079460123",)),
    )


def test_google_contacts_csv_with_several_numbers_in_one_cell() -> None:
    text = (
        "Name,Given Name,Additional Name,Family Name,Phone 1 - Type,Phone 1 - Value,"
        "Phone 2 - Type,Phone 2 - Value,Organization 1 - Type,Organization 1 - Name\n"
        "Olivia Bennett,Olivia,,Bennett,Mobile,+1 415-555-0134 ::: +1 415-555-0199,"
        "Work,+44 20 7946 0123,,Acme\n"
        ",Ana,,Lima,Mobile,+55 11 91234-5678,,,,\n"
    )

    preview = read_csv(text, "US")

    assert [(r.name, r.numbers, r.company) for r in preview.rows] == [
        ("Olivia Bennett", ("+14155550134", "+14155550199", "+442079460123"), "Acme"),
        ("Ana Lima", ("+5511912345678",), ""),
    ]


def test_new_google_contacts_csv_with_first_and_last_name() -> None:
    text = (
        "First Name,Middle Name,Last Name,Organization Name,Organization Title,"
        "Phone 1 - Label,Phone 1 - Value,Notes\n"
        "Olivia,,Bennett,Acme,CEO,Mobile,+1 415-555-0134,VIP\n"
    )

    (row,) = read_csv(text, "US").rows

    assert row == ImportRow(2, "Olivia Bennett", ("+14155550134",), "Acme", "VIP")


def test_outlook_csv() -> None:
    text = (
        "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
        "Business Phone,Business Phone 2,Business Fax,Home Phone,Mobile Phone,Notes\n"
        "Mr.,John,Q.,Public,Jr.,Contoso,Sales,Rep,(415) 555-0100,,(415) 555-0109,,"
        "(415) 555-0101,Met at the fair\n"
    )

    (row,) = read_csv(text, "US").rows

    # The fax number is no SMS number; Outlook's "Title" is not part of the name here.
    assert row == ImportRow(
        2, "John Q. Public Jr.", ("+14155550100", "+14155550101"), "Contoso", "Met at the fair"
    )


def test_semicolon_delimited_csv_with_bom_from_a_european_spreadsheet() -> None:
    data = "\ufeffName;Phone;Company\nJürgen Groß;030 1234567;Groß & Söhne GmbH, Berlin\n"

    preview = read_contacts(data.encode("utf-8"), "kontakte.csv", "DE")

    assert [(r.name, r.numbers, r.company) for r in preview.rows] == [
        ("Jürgen Groß", ("+49301234567",), "Groß & Söhne GmbH, Berlin")
    ]


def test_tab_delimited_csv_in_windows_1252() -> None:
    data = "Name\tPhone\nZoë Ånström\t+46 8 123 456 78\n".encode("cp1252")

    (row,) = read_contacts(data, "contacts.csv", "SE").rows

    assert (row.name, row.numbers) == ("Zoë Ånström", ("+46812345678",))


def test_utf16_csv_with_bom() -> None:
    data = "Name,Phone\n山田 花子,03-1234-5678\n".encode("utf-16")

    (row,) = read_contacts(data, "contacts.csv", "JP").rows

    assert (row.name, row.numbers) == ("山田 花子", ("+81312345678",))


def test_csv_rows_that_cannot_be_imported_say_why() -> None:
    text = "Name,Phone\n,+1 415 555 0134\nNo Number,\nBad,12\n\nGood,415 555 0199\n"

    preview = read_csv(text, "US")

    assert [(r.line, r.valid, r.problems) for r in preview.rows] == [
        (2, False, ("no name",)),
        (3, False, ("no phone number",)),
        (4, False, ("“12” is not a phone number",)),
        (6, True, ()),
    ]


# -- duplicates ------------------------------------------------------------------------------------


def test_rows_sharing_a_number_are_merged_into_the_first() -> None:
    text = (
        "Name,Phone,Company,Note\n"
        "Olivia Bennett,+1 415 555 0134,,\n"
        "Bob,+44 20 7946 0123,,\n"
        "Liv,(415) 555-0134 ::: +1 415 555 0199,Acme,VIP\n"
        "Olivia (work),+1 415 555 0199,Other Co,\n"
    )

    preview = read_csv(text, "US")

    assert preview.drafts == (
        ContactDraft("Olivia Bennett", ("+14155550134", "+14155550199"), "Acme", "VIP"),
        ContactDraft("Bob", ("+442079460123",)),
    )
    assert preview.merged == 2
    assert len(preview.rows) == 4


# -- malformed files -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"", "contacts.vcf", "The file is empty."),
        (b" \r\n\t\n", "contacts.csv", "The file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "photo.vcf", "binary data"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "contacts.csv", "binary data"),
        (b"Hello,\nthis is a letter.\n", "letter.vcf", "Line 1: this is not a vCard"),
        (
            b"Some notes\nFN:Olivia\nBEGIN:VCARD\nFN:x\nEND:VCARD\n",
            "contacts.vcf",
            "Line 2: this is not a vCard (no BEGIN:VCARD).",
        ),
        (
            b"BEGIN:VCARD\nFN:Olivia\nTEL:+14155550134\nEND:VCARD\nBEGIN:VCARD\nFN:Cut\n",
            "contacts.vcf",
            "Line 5: this vCard has no END:VCARD",
        ),
        (b"just some words\n", "notes.txt", "notes.txt is neither a vCard"),
        (
            b"Email,Birthday\nolivia@example.com,1990-01-01\n",
            "contacts.csv",
            "no name column (Name, or First Name and Last Name) and no phone column "
            "(Phone, Mobile, Number or Telephone). Its columns are: “Email”, “Birthday”.",
        ),
        (
            b"Name,Email\nOlivia,olivia@example.com\n",
            "contacts.csv",
            "no phone column",
        ),
        (
            b'Name,Phone\n"Olivia,+14155550134\nBob,+442079460123\n',
            "contacts.csv",
            "a quoted cell is never closed",
        ),
        (
            b'Name,Phone\n"Oli"via,+14155550134\n',
            "contacts.csv",
            "Line 2: this CSV file is malformed: a quote inside a quoted cell is not doubled.",
        ),
    ],
)
def test_malformed_files_are_refused_with_the_reason(
    data: bytes, filename: str, message: str
) -> None:
    with pytest.raises(ContactFileError) as raised:
        read_contacts(data, filename, "US")

    assert message in str(raised.value)


def test_files_are_recognised_by_content_as_well_as_by_name() -> None:
    vcard = b"BEGIN:VCARD\nFN:Olivia\nTEL:+14155550134\nEND:VCARD\n"
    csv = b"Name,Phone\nOlivia,+14155550134\n"

    for data, filename in [(vcard, "export.txt"), (vcard, "wrongly.csv"), (csv, "export")]:
        preview = read_contacts(data, filename, "US")
        assert preview.drafts == (ContactDraft("Olivia", ("+14155550134",)),), filename


def test_a_csv_with_only_a_header_has_nothing_to_import() -> None:
    assert read_contacts(b"Name,Phone\n", "c.csv", "US") == ImportPreview((), (), 0)


# -- writing and round trips -----------------------------------------------------------------------

CONTACTS = [
    Contact(
        ContactId(1),
        "Zoë O'Brien, Jr.; “the 3rd” \\ 🚀",
        ("+14155550134", "+442079460123", "24273"),
        "Bennett, Hale; & Co. \\ Ltd",
        'Line one, with commas; and semicolons\nLine "two" \\ backslash\n'
        + "Ünïcödé"
        + " long" * 30,
    ),
    Contact(ContactId(2), "Bob", ("+61291234567",)),
    Contact(ContactId(3), "李小龍", ("+85221234567",), "", "電話"),
]


def drafts_of(contacts: list[Contact]) -> tuple[ContactDraft, ...]:
    return tuple(ContactDraft(c.name, c.numbers, c.company, c.note) for c in contacts)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_round_trip_gives_the_same_contacts(version: str) -> None:
    written = write_vcard(CONTACTS, version=version)

    preview = read_contacts(written.encode("utf-8"), "contacts.vcf", "US")

    assert preview.drafts == drafts_of(CONTACTS)
    assert preview.invalid == ()


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_written_vcards_are_crlf_folded_at_75_octets_and_escaped(version: str) -> None:
    written = write_vcard(CONTACTS, version=version)

    assert written.endswith("END:VCARD\r\n")
    lines = written.split("\r\n")[:-1]
    assert "\n" not in written.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines)  # the long note was folded
    assert f"VERSION:{version}" in lines
    assert "FN:Zoë O'Brien\\, Jr.\\; “the 3rd” \\\\ 🚀" in lines
    if version == "4.0":
        assert "TEL;VALUE=uri;TYPE=cell:tel:+14155550134" in lines
    else:
        assert "TEL;TYPE=CELL:+14155550134" in lines


def test_vcard_version_must_be_30_or_40() -> None:
    with pytest.raises(ValueError, match=r"3\.0 or 4\.0"):
        write_vcard(CONTACTS, version="2.1")


def test_csv_round_trip_gives_the_same_contacts() -> None:
    written = write_csv(CONTACTS)

    preview = read_contacts(written.encode("utf-8"), "contacts.csv", "US")

    assert preview.drafts == drafts_of(CONTACTS)
    assert written.startswith("\ufeffName,Phone,Company,Note\r\n")
    assert "+14155550134 ::: +442079460123 ::: 24273" in written


def test_an_empty_export_reads_back_as_nothing() -> None:
    assert write_vcard([]) == ""
    assert read_contacts(write_csv([]).encode(), "c.csv", "US").rows == ()

"""Contacts files: read vCard (2.1, 3.0, 4.0) and CSV exports into an import preview, and
write contacts back out as vCard or CSV. Pure: bytes and text in, data out; no database.

Reading never imports anything by itself: it returns an ``ImportPreview`` listing every row
(with the reasons a row can't be imported) and the drafts that can, duplicates merged, so the
person sees what will happen and ``Store.import_contacts`` gets all of it or none.
"""

from __future__ import annotations

import csv
import io
import quopri
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, shortnumberinfo

from desktop.core.errors import Refusal
from desktop.core.i18n import translate
from desktop.core.models import Contact, ContactDraft
from desktop.core.spreadsheet import guard_cell, guard_numbers_cell, unguard_cell

__all__ = [
    "CSV_NUMBER_SEPARATOR",
    "ContactFileError",
    "ImportPreview",
    "ImportRow",
    "read_contacts",
    "read_csv",
    "read_vcard",
    "write_csv",
    "write_vcard",
]

CSV_NUMBER_SEPARATOR = " ::: "
"""Between several numbers in one CSV cell: Google Contacts' own separator, so our CSV
files import into Google as they are, and no phone number can contain it."""

_VCARD_EXTENSIONS = {".vcf", ".vcard"}
_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B"}
_CSV_EXTENSIONS = {".csv"}
_FOLD_OCTETS = 75  # RFC 6350 §3.2: lines SHOULD NOT be longer than 75 octets

# Control characters other than tab, CR, LF and form feed: text files have next to none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


class ContactFileError(Refusal):
    """A contacts file that can't be read; the message says what is wrong, for a person."""


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One contact as found in a file, with what stops (parts of) it being imported.

    Attributes:
        line: where it starts, 1-based: the line of ``BEGIN:VCARD``, or the CSV row (the
            header is row 1), as a spreadsheet numbers it.
        name: the name ("" when the file gives none).
        numbers: its usable numbers, normalised (E.164, or a short code's digits).
        company: the company, or "".
        note: the note, or "".
        problems: why it, or some of its numbers, can't be imported, e.g. "no name",
            "“12” is not a phone number".
    """

    line: int
    name: str
    numbers: tuple[str, ...]
    company: str = ""
    note: str = ""
    problems: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        """True when it can be imported: it has a name and at least one usable number."""
        return bool(self.name) and bool(self.numbers)


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing a file would do.

    Attributes:
        rows: every contact found, in file order.
        drafts: the valid rows as contacts to import; rows sharing a number are merged into
            the first of them (its name is kept; numbers added; empty company and note
            filled), so no number appears in two drafts.
        merged: how many valid rows were merged into an earlier one.
    """

    rows: tuple[ImportRow, ...]
    drafts: tuple[ContactDraft, ...]
    merged: int

    @property
    def invalid(self) -> tuple[ImportRow, ...]:
        """The rows that can't be imported at all."""
        return tuple(row for row in self.rows if not row.valid)


# -- numbers -----------------------------------------------------------------------------------


def _usable_number(raw: str, region: str) -> str | None:
    """The number as stored (E.164, or a short code's digits), or None if it is not one.

    The lead's ``check_number`` in ``desktop.core.phone`` gives the same verdicts with
    reasons for the editor; an import only needs usable or not.
    """
    text = raw.strip()
    if not text:
        return None
    try:
        parsed = phonenumbers.parse(text, region or None)
    except NumberParseException:
        return None
    if phonenumbers.is_valid_number(parsed):
        return phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
    if (
        region
        and not text.startswith("+")
        and shortnumberinfo.is_valid_short_number_for_region(parsed, region)
    ):
        return "".join(ch for ch in text if ch.isdigit())
    return None


@dataclass
class _Found:
    """A contact being read: what the file says, before it becomes an ``ImportRow``."""

    line: int
    name: str = ""  # vCard FN, or the CSV name
    structured_name: str = ""  # vCard N, used when there is no FN
    company: str = ""
    note: str = ""
    raw_numbers: list[str] = field(default_factory=list)

    def row(self, region: str) -> ImportRow:
        # A business card may name only the company: phones show it by that name too.
        name = self.name or self.structured_name or self.company
        numbers: list[str] = []
        problems: list[str] = []
        if not name:
            #: why a contact in a file cannot be imported
            problems.append(translate("ContactsFile", "no name"))
        for raw in self.raw_numbers:
            number = _usable_number(raw, region)
            if number is None:
                problems.append(
                    translate("ContactsFile", "“{number}” is not a phone number").format(
                        number=raw.strip()
                    )
                )
            elif number not in numbers:
                numbers.append(number)
        if not self.raw_numbers:
            #: why a contact in a file cannot be imported
            problems.append(translate("ContactsFile", "no phone number"))
        return ImportRow(
            line=self.line,
            name=name,
            numbers=tuple(numbers),
            company=self.company,
            note=self.note,
            problems=tuple(problems),
        )


def _preview(rows: Sequence[ImportRow]) -> ImportPreview:
    """Merge the valid rows that share a number into the first of them."""
    drafts: list[ContactDraft] = []
    owner: dict[str, int] = {}  # number → index in drafts
    merged = 0
    for row in rows:
        if not row.valid:
            continue
        index = next((owner[n] for n in row.numbers if n in owner), None)
        if index is None:
            owner.update(dict.fromkeys(row.numbers, len(drafts)))
            drafts.append(ContactDraft(row.name, row.numbers, row.company, row.note))
            continue
        first = drafts[index]
        added = tuple(n for n in row.numbers if n not in owner)
        owner.update(dict.fromkeys(added, index))
        drafts[index] = ContactDraft(
            first.name,
            first.numbers + added,
            first.company or row.company,
            first.note or row.note,
        )
        merged += 1
    return ImportPreview(rows=tuple(rows), drafts=tuple(drafts), merged=merged)


# -- reading files -----------------------------------------------------------------------------


def read_contacts(data: bytes, filename: str, region: str) -> ImportPreview:
    """Read a contacts file as vCard or CSV, by its content and its name.

    Args:
        data: the file's bytes.
        filename: its name; ``.vcf``/``.vcard`` means vCard and ``.csv`` CSV unless the
            content clearly says otherwise (a vCard file starts with ``BEGIN:VCARD``).
        region: the desk's default region, for numbers written without a country code.

    Returns:
        The preview of the import.

    Raises:
        ContactFileError: the file is empty, binary, neither a vCard nor a CSV file, or
            malformed; the message says which and where.
    """
    text = _decode(data)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    extension = PurePath(filename).suffix.lower()
    if first.upper().startswith("BEGIN:VCARD") or extension in _VCARD_EXTENSIONS:
        return read_vcard(text, region)
    if extension in _CSV_EXTENSIONS or any(sep in first for sep in ",;\t"):
        return read_csv(text, region)
    raise ContactFileError(
        translate(
            "ContactsFile", "{file} is neither a vCard (.vcf) nor a CSV file of contacts."
        ).format(file=PurePath(filename).name)
    )


def _decode(data: bytes) -> str:
    """The file's text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Outlook and older Excel write CSV in the Windows code page; phones write UTF-8.

    Raises:
        ContactFileError: empty or binary.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise ContactFileError(translate("ContactsFile", "The file is empty."))
    sample = text[:8192]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise ContactFileError(
            translate(
                "ContactsFile", "This is not a contacts file: it holds binary data, not text."
            )
        )
    return text


# -- vCard -------------------------------------------------------------------------------------


@dataclass
class _Property:
    line: int
    name: str  # upper case, group prefix ("item1.") removed
    params: dict[str, list[str]]  # upper-case keys; bare 2.1 params ("CELL") under "TYPE"
    value: str  # raw: still escaped / encoded


def read_vcard(text: str, region: str) -> ImportPreview:
    """Read vCards (2.1, 3.0 or 4.0, as phones and mail programs export them).

    Handles folded lines, quoted-printable values with soft line breaks (Android's 2.1),
    CHARSET, group prefixes (``item1.TEL``), ``tel:`` URIs, escapes (``\\,`` ``\\;``
    ``\\n`` ``\\\\``) and a BOM. The name is FN, else built from N, else ORG.

    Raises:
        ContactFileError: not a vCard, or a card without its END:VCARD.
    """
    text = text.removeprefix("\ufeff")
    found: list[_Found] = []
    current: _Found | None = None
    depth = 0  # vCard 2.1 may nest an AGENT's card: its properties are not this contact's
    for prop in _vcard_properties(text):
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            depth += 1
            if depth == 1:
                current = _Found(line=prop.line)
            continue
        if current is None:
            raise ContactFileError(
                translate(
                    "ContactsFile", "Line {line}: this is not a vCard (no BEGIN:VCARD)."
                ).format(line=prop.line)
            )
        if prop.name == "END" and prop.value.strip().upper() == "VCARD":
            depth -= 1
            if depth == 0:
                found.append(current)
                current = None
            continue
        if depth == 1:
            _apply(current, prop)
    if current is not None:
        raise ContactFileError(
            translate(
                "ContactsFile",
                "Line {line}: this vCard has no END:VCARD; the file may be cut short.",
            ).format(line=current.line)
        )
    if not found:
        raise ContactFileError(
            translate("ContactsFile", "Line {line}: this is not a vCard (no BEGIN:VCARD).").format(
                line=1
            )
        )
    return _preview([contact.row(region) for contact in found])


def _vcard_properties(text: str) -> Iterator[_Property]:
    """The content lines, unfolded, with their first line numbers (blank lines skipped)."""
    pending: tuple[int, str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if pending is not None:
            start, logical = pending
            if logical.endswith("=") and _is_quoted_printable(logical):
                # A quoted-printable soft line break (Android's 2.1): the next line goes on
                # the value as it is, even if it starts with a space (that space is text).
                pending = (start, logical[:-1] + line)
                continue
            if line[:1] in (" ", "\t"):
                pending = (start, logical + line[1:])  # folded: drop one whitespace
                continue
            prop = _parse_property(start, logical)
            if prop is not None:
                yield prop
            pending = None
        if line.strip():
            pending = (number, line)
    if pending is not None:
        prop = _parse_property(*pending)
        if prop is not None:
            yield prop


def _is_quoted_printable(logical: str) -> bool:
    head = _split_content_line(logical)[0]
    return "QUOTED-PRINTABLE" in head.upper()


def _split_content_line(logical: str) -> tuple[str, str | None]:
    """Split "NAME;PARAMS:value" at the first colon outside a quoted parameter value."""
    quoted = False
    for index, ch in enumerate(logical):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return logical[:index], logical[index + 1 :]
    return logical, None


def _parse_property(line: int, logical: str) -> _Property | None:
    head, value = _split_content_line(logical)
    if value is None:
        # Not a property: exporters' stray lines (e.g. unindented base64 of a 2.1 photo).
        return None
    name, *raw_params = _split_unquoted(head, ";")
    name = name.strip().upper().rsplit(".", 1)[-1]
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, sep, values = raw.partition("=")
        if not sep:
            # vCard 2.1 bare parameters: "TEL;CELL;PREF:", "NOTE;QUOTED-PRINTABLE:".
            values = key
            key = "ENCODING" if key.strip().upper() in _BARE_ENCODINGS else "TYPE"
        params.setdefault(key.strip().upper(), []).extend(
            v.strip().strip('"') for v in _split_unquoted(values, ",")
        )
    return _Property(line, name, params, value)


def _split_unquoted(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    quoted = False
    start = 0
    for index, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == separator and not quoted:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _value_text(prop: _Property) -> str:
    """The value with its transfer encoding (quoted-printable) and charset undone."""
    encodings = {e.upper() for e in prop.params.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" not in encodings:
        return prop.value
    charset = (prop.params.get("CHARSET") or ["UTF-8"])[0]
    raw = quopri.decodestring(prop.value.encode("utf-8"))
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return raw.decode("utf-8", errors="replace")


def _unescape(value: str) -> str:
    r"""Undo vCard text escapes: ``\n`` ``\N`` newline, ``\,`` ``\;`` ``\:`` ``\\``."""
    out: list[str] = []
    chars = iter(value)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        following = next(chars, "")
        out.append("\n" if following in ("n", "N") else following)
    return "".join(out)


def _components(value: str) -> list[str]:
    """A structured value (N, ORG) split at unescaped semicolons, each part unescaped."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in value:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ";":
            parts.append(_unescape("".join(current)))
            current = []
        else:
            current.append(ch)
    parts.append(_unescape("".join(current)))
    return parts


def _apply(contact: _Found, prop: _Property) -> None:
    """Take what SMS Desk keeps from one property of a card."""
    if {e.upper() for e in prop.params.get("ENCODING", [])} & {"BASE64", "B"}:
        return  # photos and other binary values
    value = _value_text(prop)
    if prop.name == "FN" and not contact.name:
        contact.name = _tidy(_unescape(value))
    elif prop.name == "N" and not contact.structured_name:
        family, given, additional, prefix, suffix = [*_components(value), "", "", "", ""][:5]
        parts = (prefix, given, additional, family, suffix)
        contact.structured_name = _tidy(" ".join(parts))
    elif prop.name == "TEL":
        number = _unescape(value).strip()
        if number.lower().startswith("tel:"):
            # RFC 3966: "tel:+1-415-555-0134;ext=12": the number is before any parameter.
            number = number[4:].split(";", 1)[0]
        if number:
            contact.raw_numbers.append(number)
    elif prop.name == "ORG" and not contact.company:
        contact.company = _tidy(", ".join(p.strip() for p in _components(value) if p.strip()))
    elif prop.name == "NOTE" and not contact.note:
        contact.note = _unescape(value).replace("\r\n", "\n").strip()


def _tidy(text: str) -> str:
    """One line, single spaces: names and companies are shown in a list."""
    return " ".join(text.split())


def write_vcard(contacts: Sequence[Contact], *, version: str = "4.0") -> str:
    """Write contacts as vCard 3.0 (what iPhones read best) or 4.0.

    UTF-8 text with CRLF line endings, lines folded at 75 octets (never inside a character)
    and text escaped, so any name, company or note reads back exactly. Numbers are ``TEL``
    values (``tel:`` URIs in 4.0).

    Args:
        contacts: the contacts.
        version: ``"3.0"`` or ``"4.0"``.

    Raises:
        ValueError: another version.
    """
    if version not in ("3.0", "4.0"):
        raise ValueError(f"vCard version must be 3.0 or 4.0, not {version!r}")
    lines: list[str] = []
    for contact in contacts:
        lines += ["BEGIN:VCARD", f"VERSION:{version}", f"FN:{_escape(contact.name)}"]
        # N is required in 3.0; the name's parts are unknown, so all of it is the given name.
        lines.append(f"N:;{_escape(contact.name)};;;")
        for number in contact.numbers:
            if version == "4.0":
                lines.append(f"TEL;VALUE=uri;TYPE=cell:tel:{number}")
            else:
                lines.append(f"TEL;TYPE=CELL:{number}")
        if contact.company:
            lines.append(f"ORG:{_escape(contact.company)}")
        if contact.note:
            lines.append(f"NOTE:{_escape(contact.note)}")
        lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _escape(text: str) -> str:
    """Escape a text value: backslash, newline, comma and semicolon (RFC 6350 §3.4)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, continuations led by a space."""
    if len(line.encode("utf-8")) <= _FOLD_OCTETS:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size, limit = 0, _FOLD_OCTETS
    for ch in line:
        octets = len(ch.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, _FOLD_OCTETS - 1  # the leading space counts
        current.append(ch)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


# -- CSV ---------------------------------------------------------------------------------------

_NAME_COLUMNS = {"name", "full name", "display name", "contact name", "contact"}
_GIVEN_COLUMNS = {"first name", "given name"}
_MIDDLE_COLUMNS = {"middle name", "additional name"}
_FAMILY_COLUMNS = {"last name", "family name", "surname"}
_PREFIX_COLUMNS = {"name prefix", "prefix"}
_SUFFIX_COLUMNS = {"name suffix", "suffix"}
_COMPANY_COLUMNS = {"company", "organization", "organisation", "organization name", "org"}
_NOTE_COLUMNS = {"note", "notes"}
_PHONE_COLUMNS = {"number", "phone number", "tel", "telephone", "mobile", "cell"}
# Google: "Phone 1 - Value"; Outlook: "Mobile Phone", "Business Phone 2"; not the type or
# label columns beside them, nor fax numbers.
_PHONE_WORDS = re.compile(r"\b(phone|mobile|cell|telephone)\b")
_NOT_PHONE_WORDS = re.compile(r"\b(type|label|fax)\b")
_GOOGLE_COMPANY = re.compile(r"organi[sz]ation \d+ - name")
# Several numbers in one cell: Google's " ::: ", or one per line, or semicolons.
_CELL_NUMBERS = re.compile(r"\s*:::\s*|[\r\n;]+")


@dataclass(frozen=True)
class _Columns:
    """Which columns of a CSV file hold what (indexes into a row)."""

    name: tuple[int, ...]
    given: tuple[int, ...]
    middle: tuple[int, ...]
    family: tuple[int, ...]
    prefix: tuple[int, ...]
    suffix: tuple[int, ...]
    phones: tuple[int, ...]
    company: tuple[int, ...]
    note: tuple[int, ...]

    @classmethod
    def of(cls, header: Sequence[str]) -> _Columns:
        keys = [" ".join(h.strip().lower().split()) for h in header]

        def where(names: set[str]) -> tuple[int, ...]:
            return tuple(i for i, key in enumerate(keys) if key in names)

        phones = tuple(
            i
            for i, key in enumerate(keys)
            if (key in _PHONE_COLUMNS or _PHONE_WORDS.search(key))
            and not _NOT_PHONE_WORDS.search(key)
        )
        company = where(_COMPANY_COLUMNS) + tuple(
            i for i, key in enumerate(keys) if _GOOGLE_COMPANY.fullmatch(key)
        )
        return cls(
            name=where(_NAME_COLUMNS),
            given=where(_GIVEN_COLUMNS),
            middle=where(_MIDDLE_COLUMNS),
            family=where(_FAMILY_COLUMNS),
            prefix=where(_PREFIX_COLUMNS),
            suffix=where(_SUFFIX_COLUMNS),
            phones=phones,
            company=company,
            note=where(_NOTE_COLUMNS),
        )

    @property
    def has_names(self) -> bool:
        return bool(self.name or self.given or self.family)


def read_csv(text: str, region: str) -> ImportPreview:
    """Read a CSV export: generic, Google Contacts or Outlook, delimited by , ; or tab.

    The first non-empty row is the header; its names are matched without regard to case:
    Name (or First/Given Name and Last/Family Name), phone columns (Phone, Mobile, Number,
    Telephone, Google's "Phone 1 - Value", Outlook's "Mobile Phone", "Business Phone" …;
    several numbers in one cell separated by " ::: ", new lines or semicolons), Company
    (Organization, Google's "Organization 1 - Name") and Note(s).

    Raises:
        ContactFileError: no name or no phone column (the message lists the columns found),
            or the CSV is malformed.
    """
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    header: list[str] | None = None
    columns: _Columns | None = None
    found: list[_Found] = []
    try:
        for row_number, cells in enumerate(reader, start=1):
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = cells
                columns = _Columns.of(header)
                _check_columns(header, columns)
                continue
            assert columns is not None  # set with the header
            found.append(_csv_contact(row_number, cells, columns))
    except csv.Error as exc:
        reason = str(exc)
        if "end of data" in reason:
            sentence = translate(
                "ContactsFile",
                "Line {line}: this CSV file is malformed: a quoted cell is never closed.",
            )
        elif "expected after" in reason:
            sentence = translate(
                "ContactsFile",
                "Line {line}: this CSV file is malformed: a quote inside a quoted cell is not"
                " doubled.",
            )
        else:
            # Python's own (English) words for any other fault.
            sentence = translate(
                "ContactsFile", "Line {line}: this CSV file is malformed: {reason}."
            )
        raise ContactFileError(sentence.format(line=reader.line_num, reason=reason)) from exc
    if header is None:
        raise ContactFileError(translate("ContactsFile", "The file is empty."))
    return _preview([contact.row(region) for contact in found])


def _delimiter(text: str) -> str:
    """The delimiter of the header line: whichever of , ; and tab it has most of."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _check_columns(header: Sequence[str], columns: _Columns) -> None:
    if columns.has_names and columns.phones:
        return
    if not columns.has_names and not columns.phones:
        sentence = translate(
            "ContactsFile",
            "This CSV file has no name column (Name, or First Name and Last Name) and no phone"
            " column (Phone, Mobile, Number or Telephone). Its columns are: {columns}.",
        )
    elif not columns.has_names:
        sentence = translate(
            "ContactsFile",
            "This CSV file has no name column (Name, or First Name and Last Name)."
            " Its columns are: {columns}.",
        )
    else:
        sentence = translate(
            "ContactsFile",
            "This CSV file has no phone column (Phone, Mobile, Number or Telephone)."
            " Its columns are: {columns}.",
        )
    #: the list of a CSV file's columns when it has none
    shown = ", ".join(f"“{h.strip()}”" for h in header if h.strip()) or translate(
        "ContactsFile", "none"
    )
    raise ContactFileError(sentence.format(columns=shown))


def _csv_contact(row_number: int, cells: Sequence[str], columns: _Columns) -> _Found:
    # The formula guard of an export (ours, or a spreadsheet's text marker) comes off.
    cells = [unguard_cell(cell) for cell in cells]

    def first(indexes: tuple[int, ...]) -> str:
        return next((cells[i].strip() for i in indexes if i < len(cells) and cells[i].strip()), "")

    name = _tidy(first(columns.name))
    if not name:
        parts = (columns.prefix, columns.given, columns.middle, columns.family, columns.suffix)
        name = _tidy(" ".join(first(indexes) for indexes in parts))
    company = _tidy(first(columns.company))
    numbers = [
        number
        for i in columns.phones
        if i < len(cells)
        for number in _CELL_NUMBERS.split(cells[i])
        if number.strip()
    ]
    return _Found(
        line=row_number,
        name=name,
        company=company,
        note=first(columns.note).replace("\r\n", "\n"),
        raw_numbers=numbers,
    )


def write_csv(contacts: Sequence[Contact]) -> str:
    """Write contacts as CSV: ``Name,Phone,Company,Note``, one contact per row.

    Several numbers share the Phone cell, separated by ``CSV_NUMBER_SEPARATOR``
    (" ::: ", as Google Contacts writes and reads them). Cells are quoted as needed, so
    commas, quotes and new lines in names and notes read back exactly; rows end in CRLF
    (RFC 4180), and a UTF-8 BOM lets Excel see the encoding. A cell a spreadsheet would run
    as a formula (``=``, ``+``, ``-``, ``@``…) gets the guard of every export
    (``desktop.core.spreadsheet``); E.164 numbers stay as they are, and ``read_csv`` takes
    the guard off again.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Name", "Phone", "Company", "Note"])
    for contact in contacts:
        writer.writerow(
            [
                guard_cell(contact.name),
                guard_numbers_cell(
                    CSV_NUMBER_SEPARATOR.join(contact.numbers), CSV_NUMBER_SEPARATOR
                ),
                guard_cell(contact.company),
                guard_cell(contact.note.replace("\r\n", "\n")),
            ]
        )
    return "\ufeff" + out.getvalue()

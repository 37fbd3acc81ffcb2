"""SMS parts: how many a text needs in GSM-7 or UCS-2, and the counter line under the composer.

The rules are those of GSM 03.38 and 03.40 as gateways apply them: one part holds 160 GSM-7
septets or 70 UTF-16 units; a concatenated part loses 7 septets / 3 units to its header; an
escape sequence or a surrogate pair is never split across two parts.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from desktop.core.i18n import number, translate

# GSM 03.38 default alphabet, in table order (0x1B, the escape to the extension table, is
# not a character of its own and is left out). Ç is the spec's glyph at 0x09.
GSM7_BASIC: frozenset[str] = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)

# The extension table: each is sent as escape + character, so it costs two septets.
GSM7_EXTENSION: frozenset[str] = frozenset("\f^{}\\[~]|€")

# The gateway refuses longer bodies (Twilio error 21617); counted in code points.
MAX_MESSAGE_LENGTH = 1600

GSM7 = "GSM-7"
UCS2 = "UCS-2"

# Capacity of one part: (alone, when concatenated). The concatenation header (6 octets) costs
# 7 septets in GSM-7 and 3 UTF-16 units in UCS-2.
_CAPACITY = {GSM7: (160, 153), UCS2: (70, 67)}

# How many "Unicode because of" characters the counter line names before "…".
_NAMED_AT_MOST = 3


@dataclass(frozen=True, slots=True)
class SegmentCount:
    """How a text travels as SMS.

    Attributes:
        encoding: "GSM-7" or "UCS-2".
        characters: code points, as a person counts them.
        units: septets (GSM-7; an extension character counts 2) or UTF-16 code units
            (UCS-2; a character outside the Basic Multilingual Plane counts 2).
        segments: SMS parts; 0 for an empty text.
        per_segment: units one part holds: 160 / 70 alone, 153 / 67 when concatenated.
        remaining: units left in the last part before another part is needed.
        unicode_characters: the distinct characters that forced UCS-2, in order of first
            appearance; empty for GSM-7.
        too_long: the text is longer than the gateway accepts (MAX_MESSAGE_LENGTH).
    """

    encoding: str
    characters: int
    units: int
    segments: int
    per_segment: int
    remaining: int
    unicode_characters: tuple[str, ...]
    too_long: bool


def count_segments(text: str) -> SegmentCount:
    """Count the SMS parts ``text`` needs.

    Parts are counted by filling them in order, not by dividing, because a character that
    costs two units (an extension character, a surrogate pair) moves whole to the next part
    when only one unit is left: a part may end one unit short.
    """
    unicode_characters = tuple(
        dict.fromkeys(ch for ch in text if ch not in GSM7_BASIC and ch not in GSM7_EXTENSION)
    )
    if unicode_characters:
        encoding = UCS2
        costs = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
    else:
        encoding = GSM7
        costs = [2 if ch in GSM7_EXTENSION else 1 for ch in text]
    units = sum(costs)
    single, concatenated = _CAPACITY[encoding]
    if units <= single:
        segments, per_segment, remaining = (1 if text else 0), single, single - units
    else:
        segments, used = _fill(costs, concatenated)
        per_segment, remaining = concatenated, concatenated - used
    return SegmentCount(
        encoding=encoding,
        characters=len(text),
        units=units,
        segments=segments,
        per_segment=per_segment,
        remaining=remaining,
        unicode_characters=unicode_characters,
        too_long=len(text) > MAX_MESSAGE_LENGTH,
    )


def _fill(costs: list[int], capacity: int) -> tuple[int, int]:
    """Fill parts of ``capacity`` units in order; return (parts, units used in the last)."""
    parts, used = 1, 0
    for cost in costs:
        if used + cost > capacity:
            parts, used = parts + 1, 0
        used += cost
    return parts, used


def describe(count: SegmentCount) -> str:
    """One short line for under the "Say something" box.

    Examples: "42 / 160 · 1 SMS", "170 characters · 2 SMS",
    "12 / 70 · 1 SMS · Unicode because of “😀”, “ł”", and when the gateway would refuse it
    "1,601 / 1,600 characters — too long to send. Shorten it or split it in two."
    """
    if count.too_long:
        return translate(
            "Segments",
            "{characters} / {limit} characters — too long to send. Shorten it or split it in two.",
        ).format(characters=number(count.characters), limit=number(MAX_MESSAGE_LENGTH))
    # The line is a list of facts joined by " · "; each fact is translated whole.
    if count.segments <= 1:
        #: a counter: characters used / characters that fit in one SMS ("42 / 160")
        line = translate("Segments", "{used} / {fits}").format(
            used=number(count.units), fits=number(count.per_segment)
        )
        if count.segments:
            #: the message goes as one SMS
            line += " · " + translate("Segments", "1 SMS")
    else:
        #: "170 characters · 2 SMS": the text is 170 characters long and goes as 2 SMS
        segments = count.segments  # lupdate reads a plain name as the count
        line = translate("Segments", "{characters} characters · %n SMS", None, segments).format(
            characters=number(count.characters)
        )
    if count.unicode_characters:
        named = ", ".join(_name(ch) for ch in count.unicode_characters[:_NAMED_AT_MOST])
        more = ", …" if len(count.unicode_characters) > _NAMED_AT_MOST else ""
        #: {characters} lists the characters that need Unicode (UCS-2) encoding
        line += " · " + translate("Segments", "Unicode because of {characters}").format(
            characters=named + more
        )
    return line


def _name(ch: str) -> str:
    """Show a character in quotes, or by its Unicode name when it cannot be seen.

    Text pasted from word processors brings invisible characters (no-break space, zero
    width space, soft hyphen) that force UCS-2; quoting them would show empty quotes.
    """
    if ch.isprintable() and not ch.isspace() and unicodedata.category(ch) not in {"Mn", "Me"}:
        return f"“{ch}”"
    if ch == "\t":
        #: the tab character, named in the counter line (control characters have no name)
        return translate("Segments", "tab")
    name = unicodedata.name(ch, "")
    return name.lower() if name else f"U+{ord(ch):04X}"

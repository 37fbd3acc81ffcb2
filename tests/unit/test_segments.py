"""The segment counter follows the real GSM-7 / UCS-2 rules, boundaries included."""

import pytest

from desktop.core.segments import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    MAX_MESSAGE_LENGTH,
    count_segments,
    describe,
)

EMOJI = "😀"  # outside the Basic Multilingual Plane: a surrogate pair, 2 UTF-16 units


@pytest.mark.parametrize(
    ("text", "encoding", "units", "segments", "per_segment", "remaining"),
    [
        ("", "GSM-7", 0, 0, 160, 160),
        ("Hello", "GSM-7", 5, 1, 160, 155),
        ("a" * 160, "GSM-7", 160, 1, 160, 0),
        ("a" * 161, "GSM-7", 161, 2, 153, 145),
        ("a" * 306, "GSM-7", 306, 2, 153, 0),
        ("a" * 307, "GSM-7", 307, 3, 153, 152),
        ("€[]{}", "GSM-7", 10, 1, 160, 150),  # each extension character is escape + char
        ("a" * 150 + "€" * 5, "GSM-7", 160, 1, 160, 0),
        ("a" * 151 + "€" * 5, "GSM-7", 161, 2, 153, 145),
        # 152 septets, then "€" needs 2 but the first part has 1 left: it moves whole.
        ("a" * 152 + "€" + "a" * 7, "GSM-7", 161, 2, 153, 144),
        ("a" * 152 + "€" + "a" * 151, "GSM-7", 305, 2, 153, 0),
        ("a" * 152 + "€" + "a" * 152, "GSM-7", 306, 3, 153, 152),  # "a" * 306 fits in 2
        ("a" * 153 + "€" + "a" * 6, "GSM-7", 161, 2, 153, 145),  # the same total, no gap
        ("a" * 153 + "€" + "a" * 145, "GSM-7", 300, 2, 153, 6),
        ("ł" * 70, "UCS-2", 70, 1, 70, 0),
        ("ł" * 71, "UCS-2", 71, 2, 67, 63),
        ("ł" * 134, "UCS-2", 134, 2, 67, 0),
        ("ł" * 135, "UCS-2", 135, 3, 67, 66),
        (EMOJI, "UCS-2", 2, 1, 70, 68),
        (EMOJI * 35, "UCS-2", 70, 1, 70, 0),
        (EMOJI * 36, "UCS-2", 72, 2, 67, 61),  # 33 pairs fill 66 units of the first part
        # 66 units, then a pair needs 2 but the first part has 1 left: it moves whole.
        ("ł" * 66 + EMOJI + "ł" * 3, "UCS-2", 71, 2, 67, 62),
        ("ł" * 66 + EMOJI + "ł" * 65, "UCS-2", 133, 2, 67, 0),
        ("ł" * 66 + EMOJI + "ł" * 66, "UCS-2", 134, 3, 67, 66),  # "ł" * 134 fits in 2
        ("ł" * 67 + EMOJI + "ł" * 65, "UCS-2", 134, 2, 67, 0),  # the same total, no gap
        ("Dziękuję, do zobaczenia jutro!", "UCS-2", 30, 1, 70, 40),
        ("\u00a0" + "a" * 70, "UCS-2", 71, 2, 67, 63),  # an invisible no-break space
    ],
)
def test_parts_are_counted_by_filling_them(text, encoding, units, segments, per_segment, remaining):
    count = count_segments(text)
    assert count.encoding == encoding
    assert count.characters == len(text)
    assert count.units == units
    assert count.segments == segments
    assert count.per_segment == per_segment
    assert count.remaining == remaining


def test_extension_characters_count_double_but_are_one_character_each():
    count = count_segments("€[]{}")
    assert count.characters == 5
    assert count.units == 10
    assert count.encoding == "GSM-7"
    assert count.unicode_characters == ()


def test_emoji_count_two_units_but_one_character():
    count = count_segments(EMOJI * 3)
    assert count.characters == 3
    assert count.units == 6


def test_one_character_outside_gsm7_switches_the_whole_message_to_ucs2():
    text = "Meeting moved to Thursday at 10:00, see you there. Paweł"
    gsm = count_segments(text.replace("ł", "l"))
    ucs = count_segments(text)
    assert gsm.encoding == "GSM-7"
    assert ucs.encoding == "UCS-2"
    assert ucs.units == len(text)  # GSM characters now cost a full UTF-16 unit too
    assert ucs.unicode_characters == ("ł",)
    assert ucs.remaining == 70 - len(text)


def test_unicode_characters_are_distinct_and_in_order_of_first_appearance():
    count = count_segments(f"ł{EMOJI}ał€ß™{EMOJI}")
    assert count.unicode_characters == ("ł", EMOJI, "™")  # ß and € are GSM-7


@pytest.mark.parametrize(
    ("length", "too_long"),
    [(MAX_MESSAGE_LENGTH - 1, False), (MAX_MESSAGE_LENGTH, False), (MAX_MESSAGE_LENGTH + 1, True)],
)
def test_the_gateway_limit_is_in_characters(length, too_long):
    assert count_segments("a" * length).too_long is too_long
    # Emoji are counted as one character each against the limit, though they cost 2 units.
    assert count_segments(EMOJI * length).too_long is too_long


def test_the_alphabets_are_the_gsm_03_38_tables():
    assert len(GSM7_BASIC) == 127  # 128 positions, one of them the escape to the extension
    assert frozenset("\f^{}\\[~]|€") == GSM7_EXTENSION
    assert not GSM7_BASIC & GSM7_EXTENSION
    assert {"\n", "\r", " ", "@", "£", "Ç", "Δ", "ß", "¡", "§", "¿", "à"} <= GSM7_BASIC
    # Look-alikes that force UCS-2 when pasted from a word processor.
    assert not {"ç", "\u2019", "\u201c", "\u2013", "\u00a0", "\t", "`"} & GSM7_BASIC


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("", "0 / 160"),
        ("a" * 42, "42 / 160 · 1 SMS"),
        ("€" * 10, "20 / 160 · 1 SMS"),
        ("a" * 170, "170 characters · 2 SMS"),
        ("a" * 1600, "1,600 characters · 11 SMS"),
        (EMOJI + "ł" + "a" * 9, "12 / 70 · 1 SMS · Unicode because of “😀”, “ł”"),
        ("ł" * 71, "71 characters · 2 SMS · Unicode because of “ł”"),
        ("łñ😀™ü✓", "7 / 70 · 1 SMS · Unicode because of “ł”, “😀”, “™”, …"),
        ("Hi\u00a0there", "8 / 70 · 1 SMS · Unicode because of no-break space"),
        ("a\tb", "3 / 70 · 1 SMS · Unicode because of tab"),
        (
            "a" * 1601,
            "1,601 / 1,600 characters — too long to send. Shorten it or split it in two.",
        ),
    ],
)
def test_describe_is_one_short_line(text, line):
    assert describe(count_segments(text)) == line

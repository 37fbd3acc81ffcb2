"""Where a searched text occurs in a message, ignoring case and accents (for highlighting)."""

from __future__ import annotations

import unicodedata


def _fold(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def find_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each occurrence of ``needle``, ignoring case and accents.

    "Café" contains "cafe" and "CAFÉ"; occurrences do not overlap.
    """
    wanted = "".join(_fold(ch) for ch in needle.strip())
    if not wanted:
        return []
    folded: list[str] = []
    origin: list[int] = []  # for each folded character, the index in text it came from
    for index, ch in enumerate(text):
        for piece in _fold(ch):
            folded.append(piece)
            origin.append(index)
    haystack = "".join(folded)
    spans = []
    start = haystack.find(wanted)
    while start >= 0:
        end = start + len(wanted)
        spans.append((origin[start], origin[end - 1] + 1))
        start = haystack.find(wanted, end)
    return spans

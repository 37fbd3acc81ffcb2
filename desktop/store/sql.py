"""SQL helpers every part of the store shares, and the switches between its two dialects.

Chunked IN-lists, a list as one SQLite parameter, portable ``greatest``, the upsert of the
dialect, and text matching that ignores case and accents (``smsdesk_fold``: a Python
function on SQLite, an SQL one on PostgreSQL).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Integer,
    Select,
    String,
    Text,
    bindparam,
    case,
    false,
    func,
    literal,
    literal_column,
    select,
)

__all__ = [
    "CHUNK",
    "FOLDED_BODY",
    "FOLD_FUNCTION",
    "INT_ARRAY",
    "chunks",
    "contains",
    "fold",
    "fold_for_search",
    "folded_body_holds",
    "greatest",
    "holds",
    "json_values",
    "typed_digits",
    "upsert_for",
]

# Old SQLite builds allow 999 bound parameters per statement; IN-lists of 500 stay well inside
# that and keep each statement's plan cheap.
CHUNK = 500

# The SQLite function (registered on every connection) that folds text for name searches.
FOLD_FUNCTION = "smsdesk_fold"

# A list of ids as one PostgreSQL parameter (``column == any_(bindparam(…, type_=INT_ARRAY))``):
# psycopg parses each statement's text in Python, so a placeholder per id costs more than
# the query once there are hundreds.
# (SQLAlchemy's own ARRAY, which the PostgreSQL dialect takes as its own: a desk on SQLite
# never loads that dialect, 25-35 ms of its start.)
INT_ARRAY = ARRAY(Integer())

# PostgreSQL's stored ``smsdesk_fold(body)`` of each message (migration 0012); no model
# declares it (``tables.is_search_index``).
FOLDED_BODY = "messages_fts_folded"

# Text that looks like a phone number as typed: digits and the usual separators only.
_NUMBER_LIKE = re.compile(r"[0-9\s+\-().\/]+")

_T = TypeVar("_T")


def upsert_for(dialect: str) -> Any:
    """The dialect's INSERT with ``on_conflict_do_nothing`` / ``on_conflict_do_update``."""
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        return sqlite.insert
    from sqlalchemy.dialects import postgresql

    return postgresql.insert


def chunks(items: Sequence[_T], size: int = CHUNK) -> Iterator[Sequence[_T]]:
    """``items`` in slices of at most ``size``, for IN-lists and multi-row statements."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def json_values(values: Iterable[Any]) -> Select[Any]:
    """``SELECT value FROM json_each(?)``: a list of any length as one SQLite parameter."""
    return select(literal_column("value")).select_from(
        func.json_each(bindparam(None, json.dumps(list(values)), type_=String()))
    )


def greatest(a: Any, b: Any) -> ColumnElement[Any]:
    """The larger of two values (SQLite's max(a, b) and PostgreSQL's greatest(), portably)."""
    return case((a > b, a), else_=b)


def fold_for_search(value: str | None) -> str | None:
    """Fold text so that searching ignores case and accents: "Zoë" and "ZOE" both give "zoe".

    Compatibility decomposition, combining marks dropped, then ``casefold``; None stays None
    (SQL NULL).
    """
    if value is None:
        return None
    if value.isascii():  # nothing to decompose; lower() is casefold() for ASCII
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def fold(value: Any) -> Any:
    """The text folded for comparing, case and accents ignored: ``smsdesk_fold``, a Python
    function on SQLite (registered on each connection), an SQL one on PostgreSQL
    (migration 0007: Latin, Greek and Cyrillic letters)."""
    return getattr(func, FOLD_FUNCTION)(value)


def holds(dialect: str, haystack: Any, needle: Any) -> Any:
    """True where ``needle`` occurs in ``haystack`` (``instr``, or ``strpos``)."""
    if dialect == "sqlite":
        return func.instr(haystack, needle) > 0
    return func.strpos(haystack, needle) > 0


def contains(dialect: str, column: Any, query: str) -> Any:
    """True where the column contains ``query``, ignoring case and accents.

    ``instr``/``strpos`` rather than LIKE: the typed text needs no escaping of % and _.
    """
    if dialect == "sqlite":
        folded = fold_for_search(query)
        # Text of accents alone folds to "", which every value would contain.
        return holds(dialect, fold(column), folded) if folded else false()
    # PostgreSQL folds both sides with its own function: the same table for each.
    return holds(dialect, fold(column), fold(literal(query, Text())))


def folded_body_holds(query: str) -> ColumnElement[bool]:
    """True where a message's text, folded, contains ``query`` folded (PostgreSQL only).

    The same as ``contains(dialect, messages.body, query)`` there, read from the stored
    folded text (migration 0012) instead of folding every message again.
    """
    folded = literal_column(f"messages.{FOLDED_BODY}", Text())
    return func.strpos(folded, fold(literal(query, Text()))) > 0


def typed_digits(text: str, *, minimum: int = 1) -> str:
    """The digits of ``text`` when it looks like a number ("+1 (415) 555"), else "".

    Text with letters is a name or words, not a number: "Room 101" must not list every
    number containing 101.
    """
    if not _NUMBER_LIKE.fullmatch(text):
        return ""
    digits = "".join(ch for ch in text if "0" <= ch <= "9")
    return digits if len(digits) >= minimum else ""

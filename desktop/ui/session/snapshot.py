"""The last session's chat list, kept so that the next start can paint it at once.

Chat apps show what was on screen last time while they connect. SMS Desk does the same: the
window writes what its chat list shows (the newest rows, who was signed in, the window's
geometry) to a small JSON file in the data directory whenever the first page changes (a few
seconds later) and when the session ends. The next start with a remembered sign-in for the
same extension and database paints that, before SQLAlchemy and the keyring are even loaded,
then checks the sign-in and swaps in the live rows.

The file holds what the database holds (names, numbers, previews) and nothing else: no
password, token or hash. It is written readable by the user only, through a temporary file
and a rename, so a crash never leaves half a file. It is read as untrusted input: every
value is checked for its type and range before the window sees it, and a file that cannot
be read, holds anything unexpected (``Infinity``, ``1e400``, deep nesting, a non-ASCII
geometry...), or is from another version, extension or database is ignored — the start
then simply loads the store, and the next quit writes a good file over it.

Pure Python: no Qt here (the window turns its geometry into text before handing it over).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.models import Conversation, ConversationId, Direction, MessageStatus, UserId
from desktop.system.private_files import replace_private_text

log = logging.getLogger("smsdesk.snapshot")

VERSION = 1
# Enough rows to fill a tall window; the rest come from the store a moment later.
ROWS = 40
# Far more than 40 rows ever take (about 20 KB); a larger file is not ours.
MAX_BYTES = 1_000_000
# Longest text a field may hold: previews are cut at 200 characters, numbers and names are
# short; a window geometry is some 70 characters of base64.
MAX_TEXT = 1_000
MAX_GEOMETRY = 4_096
# Ids are database integers (64-bit); counts are shown by Qt (32-bit).
MAX_ID = 2**63 - 1
MAX_COUNT = 2**31 - 1
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the window showed at the end of the last session.

    Attributes:
        extension: who was signed in (the snapshot is used only for their remembered sign-in).
        user_label: the status bar's "Anna (101)".
        database: ``database_key`` of the database the rows came from.
        desk_number: the desk's own number then.
        rows: the chat list's first rows, newest first.
        titles: each row's name as the list showed it (the contact, or the number formatted
            for the region), so the first paint need not load the phone-number library.
        geometry: the window's geometry as Qt saved it (base64), or "".
    """

    extension: str
    user_label: str
    database: str
    desk_number: str
    rows: tuple[Conversation, ...]
    titles: tuple[str, ...]
    geometry: str = ""


def database_key(url: str) -> str:
    """A fingerprint of a database URL (the URL itself may carry a user name)."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def _row_to_json(conversation: Conversation) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(conversation):
        value = getattr(conversation, f.name)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, Direction | MessageStatus):
            value = value.value
        out[f.name] = value
    return out


def _text(value: Any, name: str, *, empty: bool = True) -> str:
    """Checked text: a string of sensible length that Qt and UTF-8 can hold."""
    if not isinstance(value, str) or len(value) > MAX_TEXT or (not empty and not value):
        raise ValueError(f"{name} is not text")
    value.encode("utf-8")  # a lone surrogate raises UnicodeEncodeError (a ValueError)
    return value


def _optional_text(value: Any, name: str) -> str | None:
    return None if value is None else _text(value, name)


def _whole(value: Any, name: str, low: int, high: int) -> int:
    """A checked integer: JSON numbers with a fraction or exponent never get here (see
    ``_no_float``), and booleans are not numbers here."""
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"{name} is not a whole number from {low} to {high}")
    return value


def _flag(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{name} is not true or false")
    return value


def _when(value: Any) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(_text(value, "a time"))
    if moment.tzinfo is None:
        raise ValueError("a time without a zone")
    # Far from datetime's limits, so converting to local time can never overflow.
    if not 1970 <= moment.year <= 9000:
        raise ValueError("a time out of range")
    return moment


def _row_from_json(raw: Any) -> Conversation:
    if not isinstance(raw, dict):
        raise ValueError("a row is not an object")
    last = _when(raw["last_activity_at"])
    if last is None:
        raise ValueError("a row without its time")
    direction, status = raw.get("last_direction"), raw.get("last_status")
    owner = raw.get("owner_id")
    return Conversation(
        id=ConversationId(_whole(raw["id"], "id", 1, MAX_ID)),
        peer_number=_text(raw["peer_number"], "peer_number", empty=False),
        last_activity_at=last,
        last_message_preview=_optional_text(raw.get("last_message_preview"), "preview") or "",
        last_direction=Direction(direction) if direction is not None else None,
        last_status=MessageStatus(status) if status is not None else None,
        unread_count=_whole(raw.get("unread_count", 0), "unread_count", 0, MAX_COUNT),
        archived=_flag(raw.get("archived", False), "archived"),
        display_name=_optional_text(raw.get("display_name"), "display_name"),
        owner_id=UserId(_whole(owner, "owner_id", 1, MAX_ID)) if owner is not None else None,
        owner_label=_optional_text(raw.get("owner_label"), "owner_label"),
        dealt_with_at=_when(raw.get("dealt_with_at")),
        opted_out_at=_when(raw.get("opted_out_at")),
        opt_out_reason=_optional_text(raw.get("opt_out_reason"), "opt_out_reason"),
    )


def to_json(snapshot: Snapshot) -> str:
    """The file's text."""
    return json.dumps(
        {
            "version": VERSION,
            "extension": snapshot.extension,
            "user_label": snapshot.user_label,
            "database": snapshot.database,
            "desk_number": snapshot.desk_number,
            "geometry": snapshot.geometry,
            "rows": [
                _row_to_json(c) | {"title": title}
                for c, title in zip(snapshot.rows, snapshot.titles, strict=True)
            ][:ROWS],
        },
        ensure_ascii=False,
    )


def _no_float(text: str) -> float:
    raise ValueError(f"a number with a fraction or exponent ({text[:20]})")


def _no_constant(text: str) -> float:
    raise ValueError(f"{text} is not a value a snapshot holds")


def from_json(text: str) -> Snapshot:
    """Parse and check the file's text.

    Raises:
        ValueError (also KeyError, TypeError or RecursionError): it is not a snapshot of
            this version with sensible values.
    """
    # No value in a snapshot has a fraction: refusing floats also refuses 1e400 (infinity),
    # and NaN and Infinity are not JSON at all.
    raw = json.loads(text, parse_float=_no_float, parse_constant=_no_constant)
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        raise ValueError("not a snapshot of this version")
    rows = raw["rows"]
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValueError("rows is not a list of rows")
    titles = tuple(_text(r["title"], "title") for r in rows[:ROWS])
    geometry = _text(raw.get("geometry", ""), "geometry")
    if len(geometry) > MAX_GEOMETRY or not _BASE64.fullmatch(geometry):
        raise ValueError("the window geometry is not base64")
    return Snapshot(
        extension=_text(raw["extension"], "extension"),
        user_label=_text(raw["user_label"], "user_label"),
        database=_text(raw["database"], "database"),
        desk_number=_text(raw.get("desk_number", ""), "desk_number"),
        rows=tuple(_row_from_json(r) for r in rows[:ROWS]),
        titles=titles,
        geometry=geometry,
    )


def write(path: Path, snapshot: Snapshot) -> None:
    """Write the snapshot atomically (temporary file, then rename), readable by the user only.

    Raises:
        OSError: it could not be written (the caller logs it: a snapshot is a nicety).
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    replace_private_text(path, to_json(snapshot), prefix=".last-session-")


def read(path: Path, *, extension: str, database: str) -> Snapshot | None:
    """The snapshot for this extension and database, or None (missing, unreadable, foreign)."""
    if not extension:
        return None
    try:
        if path.stat().st_size > MAX_BYTES:
            log.warning("ignoring the last session's snapshot: it is too large")
            return None
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as err:
        log.warning("could not read the last session's snapshot: %s", err)
        return None
    try:
        snapshot = from_json(text)
    except (ValueError, KeyError, TypeError, RecursionError) as err:
        # Tampered with or damaged: start without it (the next quit writes a new one).
        log.warning("ignoring the last session's snapshot: %s", _why(err))
        return None
    if snapshot.extension != extension or snapshot.database != database or not snapshot.rows:
        return None
    return snapshot


def _why(err: BaseException) -> str:
    if isinstance(err, RecursionError):
        return "it is nested too deeply"
    if isinstance(err, KeyError):
        return f"{err} is missing"
    return str(err)[:200]


def discard(path: Path) -> None:
    """Remove the snapshot (signed out, or the remembered sign-in failed)."""
    with contextlib.suppress(OSError):
        path.unlink()

"""The last session's chat list, kept so that the next start can paint it at once.

Chat apps show what was on screen last time while they connect. SMS Desk does the same: the
window writes what its chat list shows (the newest rows, who was signed in, the window's
geometry) to a small JSON file in the data directory whenever the first page changes (a few
seconds later) and when the session ends. The next start with a remembered sign-in for the
same extension and database paints that, before SQLAlchemy and the keyring are even loaded,
then checks the sign-in and swaps in the live rows.

The file holds what the database holds (names, numbers, previews) and nothing else: no
password, token or hash. It is written readable by the user only, through a temporary file
and a rename, so a crash never leaves half a file; a file that cannot be read, is from
another version, another extension or another database is ignored.

Pure Python: no Qt here (the window turns its geometry into text before handing it over).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.models import Conversation, ConversationId, Direction, MessageStatus, UserId

log = logging.getLogger("smsdesk.snapshot")

VERSION = 1
# Enough rows to fill a tall window; the rest come from the store a moment later.
ROWS = 40


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


def _when(value: Any) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise ValueError("a time without a zone")
    return moment


def _row_from_json(raw: dict[str, Any]) -> Conversation:
    def text(name: str) -> str | None:
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{name} is not text")
        return value

    last = _when(raw["last_activity_at"])
    assert last is not None
    direction, status = raw.get("last_direction"), raw.get("last_status")
    owner = raw.get("owner_id")
    return Conversation(
        id=ConversationId(int(raw["id"])),
        peer_number=str(raw["peer_number"]),
        last_activity_at=last,
        last_message_preview=text("last_message_preview") or "",
        last_direction=Direction(direction) if direction is not None else None,
        last_status=MessageStatus(status) if status is not None else None,
        unread_count=int(raw.get("unread_count", 0)),
        archived=bool(raw.get("archived", False)),
        display_name=text("display_name"),
        owner_id=UserId(int(owner)) if owner is not None else None,
        owner_label=text("owner_label"),
        dealt_with_at=_when(raw.get("dealt_with_at")),
        opted_out_at=_when(raw.get("opted_out_at")),
        opt_out_reason=text("opt_out_reason"),
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


def from_json(text: str) -> Snapshot:
    """Parse the file's text; ValueError (or KeyError/TypeError) when it is not a snapshot."""
    raw = json.loads(text)
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        raise ValueError("not a snapshot of this version")
    rows = raw["rows"]
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValueError("rows is not a list of rows")
    titles = tuple(r["title"] for r in rows[:ROWS])
    if not all(isinstance(t, str) for t in titles):
        raise ValueError("a title is not text")
    return Snapshot(
        extension=str(raw["extension"]),
        user_label=str(raw["user_label"]),
        database=str(raw["database"]),
        desk_number=str(raw.get("desk_number", "")),
        rows=tuple(_row_from_json(r) for r in rows[:ROWS]),
        titles=titles,
        geometry=str(raw.get("geometry", "")),
    )


def write(path: Path, snapshot: Snapshot) -> None:
    """Write the snapshot atomically (temporary file, then rename), readable by the user only.

    Raises:
        OSError: it could not be written (the caller logs it: a snapshot is a nicety).
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = to_json(snapshot)
    descriptor, temporary = tempfile.mkstemp(prefix=".last-session-", dir=path.parent)
    try:
        # mkstemp creates the file 0600 already; say so for umasks and platforms alike.
        os.chmod(temporary, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def read(path: Path, *, extension: str, database: str) -> Snapshot | None:
    """The snapshot for this extension and database, or None (missing, unreadable, foreign)."""
    if not extension:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as err:
        log.warning("could not read the last session's snapshot: %s", err)
        return None
    try:
        snapshot = from_json(text)
    except (ValueError, KeyError, TypeError, AssertionError) as err:
        log.warning("ignoring the last session's snapshot: %s", err)
        return None
    if snapshot.extension != extension or snapshot.database != database or not snapshot.rows:
        return None
    return snapshot


def discard(path: Path) -> None:
    """Remove the snapshot (signed out, or the remembered sign-in failed)."""
    with contextlib.suppress(OSError):
        path.unlink()

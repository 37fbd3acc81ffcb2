"""Exporting a conversation: every message and history line, with times (and their time
zone), directions, numbers and statuses. CSV here; the printable PDF is drawn by the Qt
layer (desktop/ui/export.py) from the same rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from desktop.core.models import (
    STATUS_WORDS,
    Conversation,
    Direction,
    Message,
    MessageKind,
    MessageStatus,
)
from desktop.core.optouts import UNSUBSCRIBED_ERROR, OptOut
from desktop.core.phone import format_for_display


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One line of an export, ready to write."""

    time: str
    kind: str
    sender: str
    recipient: str
    status: str
    text: str


def rows(
    conversation: Conversation,
    messages: Iterable[Message],
    desk_number: str,
    region: str,
    pictures: Mapping[int, int] | None = None,
) -> list[ExportRow]:
    """The export rows, in the conversation's order, times in the computer's time zone;
    ``pictures`` counts the pictures of the messages that have some ("[2 pictures]")."""
    pictures = pictures or {}
    peer = format_for_display(conversation.peer_number, region)
    desk = format_for_display(desk_number, region) if desk_number else "this desk"
    result = []
    for message in messages:
        moment = message.created_at.astimezone().isoformat(timespec="seconds")
        if message.kind is not MessageKind.SMS:
            result.append(ExportRow(moment, "history", "", "", "", message.body))
            continue
        inbound = message.direction is Direction.INBOUND
        status = STATUS_WORDS[message.status]
        if message.status is MessageStatus.FAILED and message.error_message:
            status = f"not sent: {message.error_message}"
        result.append(
            ExportRow(
                moment,
                "received" if inbound else "sent",
                peer if inbound else desk,
                desk if inbound else peer,
                status,
                _with_pictures(message.body, pictures.get(int(message.id), 0)),
            )
        )
    return result


def _with_pictures(text: str, count: int) -> str:
    if not count:
        return text
    note = "[1 picture]" if count == 1 else f"[{count} pictures]"
    return f"{text} {note}" if text else note


def _cell(value: str) -> str:
    # A spreadsheet would run a cell starting with = + - @ as a formula: message text is
    # untrusted, so such cells get a leading apostrophe (the usual CSV-injection guard).
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(export_rows: Iterable[ExportRow]) -> str:
    """CSV with a header line (UTF-8 with BOM when written, so spreadsheets read it)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Time", "Kind", "From", "To", "Status", "Text"])
    for row in export_rows:
        writer.writerow(
            [
                row.time,
                row.kind,
                _cell(row.sender),
                _cell(row.recipient),
                row.status,
                _cell(row.text),
            ]
        )
    return out.getvalue()


def heading(conversation: Conversation, region: str, exported_at: datetime) -> str:
    """The first line of a printed export."""
    number = format_for_display(conversation.peer_number, region)
    who = f"{conversation.display_name} · {number}" if conversation.display_name else number
    return f"Conversation with {who} — exported {exported_at.astimezone():%d %B %Y %H:%M %Z}"


def _number_cell(number: str) -> str:
    # An E.164 number ("+" and digits only) can't be a formula: keep it importable as it is.
    if number[:1] == "+" and number[1:].isascii() and number[1:].isdigit():
        return number
    return _cell(number)


def opt_outs_to_csv(entries: Iterable[OptOut]) -> str:
    """The opt-out list as CSV: number (E.164), desk number, when (with its zone), why."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Number", "Desk number", "Opted out at", "Reason"])
    for entry in entries:
        if entry.reason == str(UNSUBSCRIBED_ERROR):
            why = f"carrier reports unsubscribed (error {entry.reason})"
        else:
            why = f"replied {entry.reason}"
        writer.writerow(
            [
                _number_cell(entry.peer_number),
                _number_cell(entry.desk_number),
                entry.opted_out_at.astimezone().isoformat(timespec="seconds"),
                _cell(why),
            ]
        )
    return out.getvalue()

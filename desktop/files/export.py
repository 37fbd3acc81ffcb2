"""Exporting a conversation: every message and history line, with times (and their time
zone), directions, numbers and statuses. CSV here; the printable PDF is drawn by the Qt
layer (desktop/ui/conversation/export.py) from the same rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from desktop.core.models import (
    Conversation,
    Direction,
    Message,
    MessageKind,
    MessageStatus,
    status_word,
)
from desktop.core.optouts import OptOut, reported_by_carrier
from desktop.core.phone import format_for_display
from desktop.core.spreadsheet import guard_cell, guard_numbers_cell


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
        status = status_word(message.status)
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


def to_csv(export_rows: Iterable[ExportRow]) -> str:
    """CSV with a header line (UTF-8 with BOM when written, so spreadsheets read it).

    Every cell goes through ``guard_cell``: message text, names and the gateway's words are
    untrusted, and a spreadsheet would run one starting with ``=`` as a formula.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Time", "Kind", "From", "To", "Status", "Text"])
    for row in export_rows:
        writer.writerow(
            guard_cell(cell)
            for cell in (row.time, row.kind, row.sender, row.recipient, row.status, row.text)
        )
    return out.getvalue()


def heading(conversation: Conversation, region: str, exported_at: datetime) -> str:
    """The first line of a printed export."""
    number = format_for_display(conversation.peer_number, region)
    who = f"{conversation.display_name} · {number}" if conversation.display_name else number
    return f"Conversation with {who} — exported {exported_at.astimezone():%d %B %Y %H:%M %Z}"


def opt_outs_to_csv(entries: Iterable[OptOut]) -> str:
    """The opt-out list as CSV: number (E.164), desk number, when (with its zone), why."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Number", "Desk number", "Opted out at", "Reason"])
    for entry in entries:
        if reported_by_carrier(entry.reason):
            code = f" (error {entry.reason})" if entry.reason.isdigit() else ""
            why = f"carrier reports unsubscribed{code}"
        else:
            why = f"replied {entry.reason}"
        writer.writerow(
            [
                # E.164 numbers stay as they are: importable, and no formula can hide there.
                guard_numbers_cell(entry.peer_number),
                guard_numbers_cell(entry.desk_number),
                entry.opted_out_at.astimezone().isoformat(timespec="seconds"),
                guard_cell(why),
            ]
        )
    return out.getvalue()

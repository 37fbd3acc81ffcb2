"""Exporting a conversation: every message and history line, with times (and their time
zone), directions, numbers and statuses. CSV here; the printable PDF is drawn by the Qt
layer (desktop/ui/conversation/export.py) from the same rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from desktop.core.i18n import QT_TRANSLATE_NOOP, clock_time, day_and_month, translate
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

# ExportRow.kind is a key (the printed export tells history lines apart by it); the CSV
# writes it in the app's language.
_KIND_WORDS: dict[str, str] = {
    #: the kind of a line in an exported conversation: a history line ("Dealt with by Anna")
    "history": QT_TRANSLATE_NOOP("Export", "history"),
    #: the kind of a line in an exported conversation: a message the desk received
    "received": QT_TRANSLATE_NOOP("Export", "received"),
    #: the kind of a line in an exported conversation: a message the desk sent
    "sent": QT_TRANSLATE_NOOP("Export", "sent"),
}


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
    desk = (
        format_for_display(desk_number, region)
        if desk_number
        else translate("Export", "this desk", "the sender or recipient in an export")
    )
    status_words = {status: status_word(status) for status in MessageStatus}  # once per export
    result = []
    for message in messages:
        moment = message.created_at.astimezone().isoformat(timespec="seconds")
        if message.kind is not MessageKind.SMS:
            result.append(ExportRow(moment, "history", "", "", "", message.body))
            continue
        inbound = message.direction is Direction.INBOUND
        status = status_words[message.status]
        if message.status is MessageStatus.FAILED and message.error_message:
            status = translate("Export", "not sent: {reason}").format(reason=message.error_message)
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
    note = translate("Export", "[%n picture(s)]", None, count)
    return f"{text} {note}" if text else note


def to_csv(export_rows: Iterable[ExportRow]) -> str:
    """CSV with a header line (UTF-8 with BOM when written, so spreadsheets read it).

    Every cell goes through ``guard_cell``: message text, names and the gateway's words are
    untrusted, and a spreadsheet would run one starting with ``=`` as a formula.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            #: a column header of an exported conversation
            translate("Export", "Time"),
            #: a column header of an exported conversation: sent, received or history
            translate("Export", "Kind"),
            #: a column header of an exported conversation: who sent the message
            translate("Export", "From"),
            #: a column header of an exported conversation: who received the message
            translate("Export", "To"),
            #: a column header of an exported conversation
            translate("Export", "Status"),
            #: a column header of an exported conversation: the message's text
            translate("Export", "Text"),
        ]
    )
    kinds = {kind: translate("Export", word) for kind, word in _KIND_WORDS.items()}
    for row in export_rows:
        kind = kinds.get(row.kind, row.kind)
        writer.writerow(
            guard_cell(cell)
            for cell in (row.time, kind, row.sender, row.recipient, row.status, row.text)
        )
    return out.getvalue()


def heading(conversation: Conversation, region: str, exported_at: datetime) -> str:
    """The first line of a printed export."""
    number = format_for_display(conversation.peer_number, region)
    local = exported_at.astimezone()
    when = translate("Export", "{day} {year} {time}", "the moment of an export").format(
        day=day_and_month(local.date()),
        year=local.year,
        time=f"{clock_time(local.time())} {local:%Z}",
    )
    if conversation.display_name:
        return translate("Export", "Conversation with {name} · {number} — exported {when}").format(
            name=conversation.display_name, number=number, when=when
        )
    return translate("Export", "Conversation with {number} — exported {when}").format(
        number=number, when=when
    )


def opt_outs_to_csv(entries: Iterable[OptOut]) -> str:
    """The opt-out list as CSV: number (E.164), desk number, when (with its zone), why."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            #: a column header of the exported opt-out list: the customer's number
            translate("Export", "Number"),
            #: a column header of the exported opt-out list: the office's number they texted
            translate("Export", "Desk number"),
            translate("Export", "Opted out at"),
            #: a column header of the exported opt-out list: why they are opted out
            translate("Export", "Reason"),
        ]
    )
    for entry in entries:
        if reported_by_carrier(entry.reason) and entry.reason.isdigit():
            why = translate("Export", "carrier reports unsubscribed (error {code})").format(
                code=entry.reason
            )
        elif reported_by_carrier(entry.reason):
            why = translate("Export", "carrier reports unsubscribed")
        else:
            #: why a number is opted out: the customer texted a keyword such as STOP
            why = translate("Export", "replied {keyword}").format(keyword=entry.reason)
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

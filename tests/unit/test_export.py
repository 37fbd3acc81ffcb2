"""Conversation export rows and CSV: times with their zone, directions, statuses, history
lines; hostile text cannot become a spreadsheet formula."""

import csv
import io
from datetime import UTC, datetime

from desktop.core.models import (
    Conversation,
    ConversationId,
    Direction,
    Message,
    MessageId,
    MessageKind,
    MessageStatus,
)
from desktop.files.export import rows, to_csv

T = datetime(2026, 11, 25, 14, 5, tzinfo=UTC)
C = Conversation(ConversationId(1), "+14155550134", T, display_name="Olivia Bennett")


def message(mid, direction, body, status, kind=MessageKind.SMS, error=None):
    return Message(MessageId(mid), C.id, direction, body, status, T, error_message=error, kind=kind)


def test_rows_and_csv():
    messages = [
        message(1, Direction.INBOUND, "Is it ready?", MessageStatus.RECEIVED),
        message(2, Direction.OUTBOUND, "Yes, see you at 4", MessageStatus.DELIVERED),
        message(
            3,
            Direction.OUTBOUND,
            "Hello?",
            MessageStatus.FAILED,
            error="The recipient replied STOP.",
        ),
        message(
            4,
            Direction.OUTBOUND,
            "Marked dealt with by Anna Smith (101)",
            MessageStatus.DELIVERED,
            kind=MessageKind.DEALT_WITH,
        ),
        message(5, Direction.INBOUND, '=HYPERLINK("http://evil")', MessageStatus.RECEIVED),
        message(6, Direction.INBOUND, "", MessageStatus.RECEIVED),
        message(7, Direction.OUTBOUND, "Both sides", MessageStatus.SENT),
    ]
    exported = rows(C, messages, "+14155550100", "US", pictures={6: 1, 7: 2})
    assert [r.kind for r in exported] == [
        "received",
        "sent",
        "sent",
        "history",
        "received",
        "received",
        "sent",
    ]
    assert [r.text for r in exported[5:]] == ["[1 picture]", "Both sides [2 pictures]"]
    assert exported[0].sender == "(415) 555-0134"
    assert exported[1].recipient == "(415) 555-0134"
    assert exported[1].status == "delivered"
    assert exported[2].status == "not sent: The recipient replied STOP."
    assert exported[0].time.endswith(
        datetime.now().astimezone().strftime("%z")[:3]
        + ":"
        + datetime.now().astimezone().strftime("%z")[3:]
    )
    table = list(csv.reader(io.StringIO(to_csv(exported))))
    assert table[0] == ["Time", "Kind", "From", "To", "Status", "Text"]
    assert table[3][5] == "Hello?"
    assert table[5][5] == '\'=HYPERLINK("http://evil")'  # not a formula
    assert len(table) == 8

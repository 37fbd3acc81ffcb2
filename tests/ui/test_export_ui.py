"""Export a conversation (More options → Export…) to CSV and to a printable PDF, then open
the files and check what they say."""

import csv
import shutil
import stat
import subprocess

import pytest

from desktop.core.models import MessageStatus

OLIVIA = "+14155550134"
HOSTILE = '<b>bold</b> <img src="http://127.0.0.1:9/x.png"> =SUM(A1)'


@pytest.fixture
def conversation(qtbot, main_window, demo_gateway):
    desk = main_window.desk
    demo_gateway.inbound(OLIVIA, "Is my order ready? Café au lait ☕")
    demo_gateway.inbound(OLIVIA, HOSTILE)
    qtbot.waitUntil(lambda: desk.session.conversations.find(OLIVIA) is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            len(desk.session.conversations.messages(desk.session.conversations.find(OLIVIA).id))
            == 2
        ),
        timeout=5000,
    )
    found = desk.session.conversations.find(OLIVIA)
    message = desk.session.outbound.queue(
        found.id, "Yes — see you at 4!", desk_number="+14155550100", user_id=desk.user.id
    )
    qtbot.waitUntil(
        lambda: (
            desk.session.conversations.get_message(message.id).status is MessageStatus.DELIVERED
        ),
        timeout=8000,
    )
    desk.session.ownership.mark_dealt_with(found.id, by=desk.user.id)
    return desk.session.conversations.find(OLIVIA)


def test_export_to_csv(qtbot, main_window, conversation, tmp_path):
    path = tmp_path / "olivia.csv"
    main_window.export_to(conversation, path, "csv")
    qtbot.waitUntil(
        lambda: "Exported 4 messages" in main_window.statusBar().currentMessage(), timeout=5000
    )
    table = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert table[0] == ["Time", "Kind", "From", "To", "Status", "Text"]
    kinds = [row[1] for row in table[1:]]
    assert kinds == ["received", "received", "sent", "history"]
    assert table[1][2] == "(415) 555-0134"
    assert table[1][5] == "Is my order ready? Café au lait ☕"
    assert table[2][5] == HOSTILE  # kept as text; it does not start with =
    assert table[3][4] == "delivered"
    assert table[4][5].startswith("Marked dealt with by Test Desk (101)")
    assert table[1][0][-6] in "+-"  # times carry their UTC offset
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # readable by its owner only


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_export_to_pdf(qtbot, main_window, conversation, tmp_path):
    path = tmp_path / "olivia.pdf"
    main_window.export_to(conversation, path, "pdf")
    qtbot.waitUntil(
        lambda: "Exported 4 messages" in main_window.statusBar().currentMessage(), timeout=10000
    )
    assert path.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # readable by its owner only
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Conversation with (415) 555-0134" in text
    assert "Is my order ready? Café au lait" in text
    assert "<b>bold</b>" in text  # the markup is printed, not rendered
    assert "Yes — see you at 4!" in text
    assert "Marked dealt with by Test Desk (101)" in text
    assert "delivered" in text


def test_an_export_says_which_messages_had_pictures(qtbot, main_window, demo_gateway, tmp_path):
    from desktop.core.media import MediaState
    from desktop.gateway.demo_pictures import landscape_png

    store = main_window.desk.session
    demo_gateway.inbound(OLIVIA, "", media=[("image/png", landscape_png())] * 2)
    qtbot.waitUntil(lambda: store.conversations.find(OLIVIA) is not None, timeout=5000)
    conversation = store.conversations.find(OLIVIA)

    def fetched() -> bool:
        ids = [m.id for m in store.conversations.messages(conversation.id)]
        media = store.media.for_messages(ids)
        return [m.state for items in media.values() for m in items] == [MediaState.CACHED] * 2

    qtbot.waitUntil(fetched, timeout=8000)
    path = tmp_path / "olivia.csv"
    main_window.export_to(conversation, path, "csv")
    qtbot.waitUntil(
        lambda: "Exported 1 message " in main_window.statusBar().currentMessage(), timeout=5000
    )
    table = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert table[1][5] == "[2 pictures]"

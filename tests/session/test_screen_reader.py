"""The main window as a screen reader really gets it: its tree read over the AT-SPI bus by
Debian's pyatspi (``tests/session/atspi_dump.py`` under /usr/bin/python3), with a
conversation open (run inside ``desktop-session --a11y``)."""

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.gateway.demo import Fault

pytestmark = pytest.mark.desktop_session

OLIVIA = "+14155550134"
SYSTEM_PYTHON = "/usr/bin/python3"
DUMP = Path(__file__).with_name("atspi_dump.py")
LISTEN = Path(__file__).with_name("atspi_listen.py")


def atspi_ready() -> str | None:
    """Why the AT-SPI tree cannot be read here, or None when it can."""
    if not os.environ.get("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"):
        return "the session has no accessibility bus (desktop-session --a11y)"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if check.returncode != 0:
        return "Debian's python3-pyatspi is not installed"
    return None


def read_tree(qtbot, tmp_path: Path, wait_for: str) -> list[tuple[int, str, str, str]]:
    """The window's tree over AT-SPI, read by another process while this one answers."""
    out = tmp_path / "tree.tsv"
    reader = subprocess.Popen(
        [SYSTEM_PYTHON, str(DUMP), str(os.getpid()), str(out), wait_for],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The Qt event loop keeps running here: it is what answers the reader's calls.
        qtbot.waitUntil(lambda: reader.poll() is not None, timeout=30000)
    finally:
        if reader.poll() is None:
            reader.kill()
    assert reader.returncode == 0, reader.stderr.read() + out.read_text()
    rows = []
    for line in out.read_text().splitlines():
        depth, role, name, description = line.split("\t")
        rows.append((int(depth), role, name, description))
    return rows


def olivia_wrote(qtbot, main_window, demo_gateway, text):
    """With the accessibility bus ready, Olivia's message ``text`` stored: her conversation."""
    why_not = atspi_ready()
    assert why_not is None, why_not
    conversations = main_window.desk.session.conversations
    demo_gateway.inbound(OLIVIA, text)
    qtbot.waitUntil(lambda: conversations.find(OLIVIA) is not None, timeout=5000)
    return conversations.find(OLIVIA)


def test_a_screen_reader_finds_the_main_windows_controls_and_owner_by_name(
    qtbot, tmp_path, main_window, demo_gateway
):
    desk = main_window.desk
    conversation = olivia_wrote(qtbot, main_window, demo_gateway, "Is my order ready?")
    desk.session.ownership.claim(conversation.id, desk.user.id)
    desk.open_conversation_by_id(conversation.id)
    owner = main_window.conversation.header.owner
    qtbot.waitUntil(lambda: owner.text() == "Owner: you", timeout=5000)
    main_window.conversation.editor.setPlainText("Thanks")

    rows = read_tree(qtbot, tmp_path, wait_for="Owner: you")
    print("\n".join(f"{'  ' * d}{r} {n!r}" + (f" ({x!r})" if x else "") for d, r, n, x in rows))

    names = {name for _depth, _role, name, _desc in rows}
    for wanted in ("Say something", "Send", "Call", "Transfer", "Dealt with", "Close"):
        assert wanted in names, wanted
    owner_rows = [(role, desc) for _d, role, name, desc in rows if name == "Owner: you"]
    assert owner_rows == [("label", "Owner")]
    assert "6 / 160 · 1 SMS" in names  # the length counter reads its words
    items = [name for _d, role, name, _x in rows if role == "list item"]
    assert any(n.endswith(": Is my order ready?") and "today at" in n for n in items), items


def test_a_screen_reader_hears_a_new_message_and_a_failed_send(
    qtbot, tmp_path, main_window, demo_gateway
):
    desk = main_window.desk
    desk.open_conversation_by_id(olivia_wrote(qtbot, main_window, demo_gateway, "Hello?").id)
    model = main_window.conversation.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading, timeout=5000)

    out = tmp_path / "heard.tsv"
    listener = subprocess.Popen(
        [SYSTEM_PYTHON, str(LISTEN), str(out), ": Is my order ready?", "A message was not sent."],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: out.exists() and out.read_text().startswith("ready"), timeout=10000)
        demo_gateway.inbound(OLIVIA, "Is my order ready?")
        demo_gateway.inject(Fault.REJECT, code=21211)
        editor = main_window.conversation.editor
        editor.setPlainText("This one fails")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: listener.poll() is not None, timeout=30000)
    finally:
        if listener.poll() is None:
            listener.kill()
    heard = out.read_text()
    print(heard)
    assert listener.returncode == 0, listener.stderr.read() + heard
    lines = [line.split("\t", 1) for line in heard.splitlines()[1:]]
    politeness = {text: level for level, text in lines}
    message = next(t for t in politeness if t.endswith(": Is my order ready?"))
    failure = next(t for t in politeness if t.startswith("A message was not sent."))
    assert message.startswith("(415) 555-0134, today at ")
    # AT-SPI's live politeness: 1 polite (waits its turn), 2 assertive (interrupts).
    assert (politeness[message], politeness[failure]) == ("1", "2")


def test_a_screen_reader_hears_the_error_box_and_a_status_bar_result(
    qtbot, tmp_path, main_window, demo_gateway
):
    """QMessageBox's own Alert never reaches AT-SPI (Qt's bridge ignores Alert events): the
    error box is heard through its announcement; the status bar's results likewise."""
    conversation = olivia_wrote(qtbot, main_window, demo_gateway, "Hello?")
    error = "Could not export: the folder is read-only. Choose another folder."

    out = tmp_path / "heard.tsv"
    listener = subprocess.Popen(
        [SYSTEM_PYTHON, str(LISTEN), str(out), error, "Marked as unread."],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: out.exists() and out.read_text().startswith("ready"), timeout=10000)
        main_window.show_error(error)
        main_window.mark_unread(conversation)
        qtbot.waitUntil(lambda: listener.poll() is not None, timeout=30000)
    finally:
        if listener.poll() is None:
            listener.kill()
    heard = out.read_text()
    print(heard)
    assert listener.returncode == 0, listener.stderr.read() + heard
    lines = [line.split("\t", 1) for line in heard.splitlines()[1:]]
    # Each once: 2 assertive for the error, 1 polite for the result.
    assert sorted(lines) == [["1", "Marked as unread."], ["2", error]]

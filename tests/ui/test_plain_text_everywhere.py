"""A hostile name, sender id, template and message (``<img src=x><b>Boss</b>``) reads as
the characters it is in every label, tooltip, item and question of the app that can carry
it: never as Qt rich text (a picture, bold type, an entity turned into a character)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from desktop.core.models import ContactDraft
from desktop.ui.look.widgets import plain_question, plain_tooltip

HOSTILE = "<img src=x><b>Boss</b> &amp; Co"
MARK = "Boss"  # in every text that carries HOSTILE, raw or escaped
OLIVIA = "+14155550134"
PASSWORD = "correct horse 42"
LONG = " of the very long company name that never fits in the narrow header" * 2


def shown(text: str, fmt: object = None) -> str:
    """What Qt shows for ``text`` in a widget of text format ``fmt`` (AutoText when None):
    rich text when it "looks like" it, as QLabel and QToolTip decide."""
    fmt = Qt.TextFormat.AutoText if fmt is None else fmt
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    document = QTextDocument()
    if rich:
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText().replace("\u00a0", " ")


def places_showing_the_name(widgets: list[QWidget]) -> list[tuple[str, str, str]]:
    """Every label, tooltip and item text among ``widgets`` (and their children) carrying the
    hostile text: (where, the raw text, what Qt shows)."""
    found = []
    for top in widgets:
        for widget in [top, *top.findChildren(QWidget)]:
            where = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
            if isinstance(widget, QLabel) and MARK in widget.text():
                found.append(
                    (f"{where} text", widget.text(), shown(widget.text(), widget.textFormat()))
                )
            if MARK in widget.toolTip():
                found.append((f"{where} tooltip", widget.toolTip(), shown(widget.toolTip())))
            if isinstance(widget, QAbstractButton) and MARK in widget.text():
                found.append((f"{where} button", widget.text(), widget.text()))  # always plain
            if isinstance(widget, QMenu):
                for action in widget.actions():
                    if MARK in action.toolTip():
                        found.append(("menu tooltip", action.toolTip(), shown(action.toolTip())))
            items = []
            if isinstance(widget, QListWidget):
                items = [widget.item(i) for i in range(widget.count())]
            elif isinstance(widget, QTableWidget):
                items = [
                    widget.item(r, c)
                    for r in range(widget.rowCount())
                    for c in range(widget.columnCount())
                ]
            for item in filter(None, items):
                if MARK in item.text():
                    found.append((f"{where} item", item.text(), item.text()))  # always plain
                if MARK in item.toolTip():
                    found.append((f"{where} item tooltip", item.toolTip(), shown(item.toolTip())))
    return found


def assert_all_literal(places: list[tuple[str, str, str]]) -> None:
    for where, raw, text in places:
        # The tags are shown as characters (a header may shorten what follows them).
        assert "<img src=x><b>Boss</b>" in text, (where, raw, text)
        if "Co" in text:
            assert "&amp; Co" in text, (where, raw, text)


def test_a_hostile_contact_colleague_template_and_message_read_as_written_everywhere(
    qtbot, make_tray_desk, demo_gateway
):
    desk = make_tray_desk(popup_seconds=60)
    window = desk.window
    store = desk.session
    boss = desk.accounts.create_user("102", HOSTILE, PASSWORD)
    desk.accounts.create_user("103", HOSTILE, PASSWORD)  # listed as a colleague to transfer to
    store.contacts.save(ContactDraft(HOSTILE + LONG, (OLIVIA,), HOSTILE))
    store.templates.add(HOSTILE, f"{HOSTILE} says hi", by=desk.user.id, shared=True)
    demo_gateway.inbound(OLIVIA, f"Message from {HOSTILE}")
    qtbot.waitUntil(lambda: store.conversations.find(OLIVIA) is not None, timeout=5000)
    conversation = store.conversations.find(OLIVIA)
    store.outbound.queue(
        conversation.id, "On it", desk_number=demo_gateway.phone_number, user_id=boss.id
    )
    qtbot.waitUntil(lambda: store.conversations.find(OLIVIA).owner_id == boss.id, timeout=5000)
    qtbot.waitUntil(lambda: desk.popups is not None and bool(desk.popups.popups), timeout=8000)
    places = places_showing_the_name(list(desk.popups.popups))  # before the chat is opened

    # The conversation, in a window too narrow for the name: the header cuts it and the
    # tooltip carries it whole.
    window.resize(700, 600)
    window.open_conversation(store.conversations.find(OLIVIA))
    view = window.conversation
    qtbot.waitUntil(lambda: view.model.rowCount() >= 2, timeout=5000)
    view.templates.refresh()
    qtbot.waitUntil(
        lambda: any(MARK in a.toolTip() for a in view.template_menu.actions()), timeout=5000
    )
    for label in view.findChildren(QLabel):
        label.repaint()
    window.transfer(store.conversations.find(OLIVIA))
    qtbot.waitUntil(lambda: getattr(window, "transfer_dialog", None) is not None, timeout=3000)
    view.manage_templates()
    contacts = window.show_contacts()
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=3000)

    places += places_showing_the_name(QApplication.topLevelWidgets())
    where = {place for place, _, _ in places}

    assert_all_literal(places)
    # Each kind of place was really looked at (a place that stopped showing the name, or
    # a change that hid it, would make this list shorter).
    assert any("ElidedLabel" in w and "tooltip" in w for w in where), where  # the header
    assert any("ElidedLabel" in w and "text" in w for w in where), where
    assert "menu tooltip" in where  # the Templates menu
    assert any("item tooltip" in w for w in where), where  # Manage templates
    popup_titles = [p for p in places if p[0].startswith("QLabel") and p[1].startswith(HOSTILE)]
    assert popup_titles, where  # the pop-up's title
    assert any("Message from" in raw for _, raw, _ in places), where  # its text
    assert "QLabel dialogIntro text" in where  # Transfer: "Hand the conversation with …"
    assert "QListWidget colleagueList item" in where  # …to a colleague (103)
    assert "QMessageBox" not in " ".join(where)  # nothing asked yet: see the test below
    # The owner is named by the first word of their name ("Owner: <img (102)"): plain.
    assert view.header.owner.textFormat() == Qt.TextFormat.PlainText
    assert view.header.owner.text() == "Owner: <img (102)"


def test_the_delete_question_shows_the_contacts_name_as_written(qtbot):
    seen: list[tuple[str, object]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((shown(box.text(), box.textFormat()), box.textFormat()))
        box.reject()

    QTimer.singleShot(0, answer)
    assert not plain_question(
        None, "Delete contact", f"Delete {HOSTILE}? Their conversations stay."
    )
    assert seen[0][0] == f"Delete {HOSTILE}? Their conversations stay."


def test_a_tooltip_of_untrusted_text_shows_its_characters(qtbot):
    for text in (HOSTILE, "Tom & Jerry", "a\nb", "&lt;b&gt;", "plain"):
        assert shown(plain_tooltip(text)) == text
    assert plain_tooltip("") == ""
    # The check itself: a raw tooltip of this text is rendered as rich text.
    assert shown(HOSTILE) != HOSTILE

"""Templates in the composer: the Templates menu, "/name" completion, variables filled from
the contact and the signed-in colleague, unfilled ones highlighted and asked about."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.core.models import ContactDraft
from desktop.core.templates import fill
from desktop.ui.conversation.composer import MessageEdit
from desktop.ui.dialogs.templates import EVERYONE, ManageTemplatesDialog, TemplateLibrary

OLIVIA = "+14155550134"
STRANGER = "+12025550111"


def open_conversation(qtbot, window, demo_gateway, number, *, name=None):
    store = window.desk.session
    if name:
        store.contacts.save(ContactDraft(name, (number,)))
    demo_gateway.inbound(number, "Hello, is my order ready?")
    qtbot.waitUntil(lambda: store.conversations.find(number) is not None, timeout=5000)
    window.open_conversation(store.conversations.find(number))
    conversation = window.conversation
    qtbot.waitUntil(lambda: conversation.model.rowCount() == 1, timeout=5000)
    return conversation


def add_templates(window):
    store, me = window.desk.session, window.desk.user.id
    store.templates.add("thanks", "Hi {first_name}, thanks! — {my_name}", by=me, shared=True)
    store.templates.add("date", "Ready on {date}", by=me, shared=False)


def highlighted(editor: MessageEdit) -> list[str]:
    """The text of each highlighted range in the box."""
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.background().color() == QColor("#ffe08a"):
                found.append(block.text()[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return found


def test_the_menu_inserts_a_template_filled_for_the_contact(qtbot, main_window, demo_gateway):
    add_templates(main_window)
    conversation = open_conversation(
        qtbot, main_window, demo_gateway, OLIVIA, name="Olivia Bennett"
    )
    assert conversation.template_button.accessibleName() == "Templates"
    assert conversation.template_button.text() == "Templates"
    menu = conversation.template_menu
    qtbot.waitUntil(lambda: "thanks" in [a.text() for a in menu.actions()], timeout=3000)
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "date  (mine)",
        "thanks",
        "Manage templates…",
    ]

    next(a for a in menu.actions() if a.text() == "thanks").trigger()
    assert conversation.editor.toPlainText() == "Hi Olivia, thanks! — Test"
    assert highlighted(conversation.editor) == []

    conversation.editor.clear()
    next(a for a in menu.actions() if a.text() == "date  (mine)").trigger()
    today = date.today()
    assert conversation.editor.toPlainText() == f"Ready on {today.day} {today:%B %Y}"


def test_unfilled_variables_are_highlighted_and_asked_about(qtbot, main_window, demo_gateway):
    add_templates(main_window)
    conversation = open_conversation(qtbot, main_window, demo_gateway, STRANGER)
    menu = conversation.template_menu
    qtbot.waitUntil(lambda: "thanks" in [a.text() for a in menu.actions()], timeout=3000)
    next(a for a in menu.actions() if a.text() == "thanks").trigger()

    # No contact name: {first_name} stays, and stands out.
    assert conversation.editor.toPlainText() == "Hi {first_name}, thanks! — Test"
    assert highlighted(conversation.editor) == ["{first_name}"]

    conversation.send_button.click()
    bar = conversation.question_bar
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    assert bar.sentence.text() == "Some variables are not filled in: {first_name}. Send anyway?"
    assert demo_gateway.sent() == []
    assert conversation.editor.toPlainText()  # still there until they answer
    assert [b.text() for b in bar.buttons] == ["Send anyway", "Cancel"]
    assert bar.default_button.text() == "Cancel"  # the safe choice: back to editing

    send = next(b for b in bar.buttons if b.text() == "Send anyway")
    assert send.accessibleName() == "Send anyway"
    send.click()
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)
    assert demo_gateway.sent()[0]["body"] == "Hi {first_name}, thanks! — Test"


def test_typing_slash_and_a_name_offers_completion_and_enter_inserts(
    qtbot, main_window, demo_gateway
):
    add_templates(main_window)
    conversation = open_conversation(
        qtbot, main_window, demo_gateway, OLIVIA, name="Olivia Bennett"
    )
    qtbot.waitUntil(lambda: len(conversation.templates.templates) == 2, timeout=3000)
    editor = conversation.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "/th")
    popup = conversation.slash.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert popup.model().data(popup.model().index(0, 0)) == "thanks"

    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.toPlainText() == "Hi Olivia, thanks! — Test"
    assert not popup.isVisible()
    qtbot.wait(300)  # nothing must be sent
    assert demo_gateway.sent() == []  # Enter chose the template; it did not send

    # Tab also takes it, after other text; "/" inside a word is not a template.
    editor.clear()
    qtbot.keyClicks(editor, "and/or ")
    assert not popup.isVisible()
    qtbot.keyClicks(editor, "/da")
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert editor.toPlainText().startswith("and/or Ready on ")


def test_pop_up_replies_highlight_unfilled_variables_too(qtbot):
    editor = MessageEdit()
    qtbot.addWidget(editor)
    text = fill("Hi {first_name}", contact_name=None, my_name="Anna", today=date.today()).text
    editor.setPlainText(text)
    assert highlighted(editor) == ["{first_name}"]


def test_a_colleague_cannot_change_shared_templates_in_the_dialog(qtbot, main_window):
    desk = main_window.desk
    admin = desk.user
    ben = desk.accounts.create_user("102", "Ben Jones", "correct horse 42")
    desk.session.templates.add("thanks", "Thanks!", by=admin.id, shared=True)
    library = TemplateLibrary(desk.session, desk.tasks, int(ben.id))
    dialog = ManageTemplatesDialog(library, is_admin=False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=3000)

    dialog.list.setCurrentRow(0)
    assert not dialog.save_button.isEnabled()
    assert not dialog.delete_button.isEnabled()
    assert "only an administrator" in dialog.message.text()
    assert not dialog.scope.model().item(1).isEnabled()  # "Everyone (admins)"

    # Their own is theirs to add.
    dialog.start_new()
    dialog.name.setText("callback")
    dialog.body.setPlainText("I'll call you back, {first_name}.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=3000)
    assert [t.name for t in desk.session.templates.list(ben.id) if not t.shared] == ["callback"]


def test_an_administrator_shares_a_template_from_the_dialog(qtbot, main_window):
    conversation = main_window.conversation
    conversation.manage_templates()
    dialog = conversation.templates_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.name.setText("hours")
    dialog.body.setPlainText("We're open 8 to 6, {first_name}.")
    dialog.scope.setCurrentText(EVERYONE)
    dialog.save_button.click()
    store = main_window.desk.session
    qtbot.waitUntil(lambda: [t.name for t in store.templates.list(None)] == ["hours"], timeout=3000)
    qtbot.waitUntil(lambda: dialog.message.text() == "Saved “hours”.", timeout=3000)
    # The same name again in the same scope is refused with the store's sentence.
    dialog.start_new()
    dialog.name.setText("HOURS")
    dialog.body.setPlainText("x")
    dialog.scope.setCurrentText(EVERYONE)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "already a template" in dialog.message.text(), timeout=3000)


def test_unfilled_variables_join_the_one_question_of_a_send_never_a_second():
    from datetime import UTC, datetime

    from desktop.ui.conversation.question_bar import Choice, SendQuestion, with_unfilled

    later = Choice("Send at 08:00 their time — 16:00 yours", datetime(2026, 12, 6, 16, tzinfo=UTC))
    night = SendQuestion(
        "It is 22:10 for Olivia (Los Angeles). Send now anyway?",
        (Choice("Send now"), later),
        default=later,
    )
    joined = with_unfilled(night, ("first_name", "first_name", "company"))
    assert joined.sentence == (
        "Some variables are not filled in: {first_name}, {company}. "
        "It is 22:10 for Olivia (Los Angeles). Send now anyway?"
    )
    assert (joined.choices, joined.default) == (night.choices, later)  # the same safe default

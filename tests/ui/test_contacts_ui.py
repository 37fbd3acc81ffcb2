"""Contacts in the window: Add contact from a conversation, the Contacts dialog, vCard/CSV
import with a preview, export."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton

from desktop.core.models import ContactDraft
from desktop.ui.window.chat_list import ChatListRole
from tests.ui.windows import activate

PEER = "+14155550134"

# As an Android phone exports it: vCard 2.1, quoted-printable UTF-8 for a non-ASCII name.
ANDROID_EXPORT = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
    "M=C3=BCller;J=C3=BCrgen;;;\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
    "J=C3=BCrgen M=C3=BCller\r\nTEL;CELL:+49 151 23456789\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Carter;Sam;;;\r\nFN:Sam Carter\r\n"
    "TEL;CELL:(202) 555-0173\r\nTEL;WORK:202-555-0173\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Nobody Reachable\r\nTEL;CELL:12\r\nEND:VCARD\r\n"
)


def named(widget, kind, name):
    return next(w for w in widget.findChildren(kind) if w.accessibleName() == name)


def open_peer(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(PEER, "Hello, it's me")
    qtbot.waitUntil(lambda: main_window.chat_model.find(PEER) is not None, timeout=5000)
    main_window.open_conversation(main_window.chat_model.find(PEER))
    qtbot.waitUntil(lambda: main_window.conversation.conversation is not None, timeout=3000)


def test_add_contact_from_the_conversation_header(qtbot, main_window, demo_gateway):
    open_peer(qtbot, main_window, demo_gateway)
    header = main_window.conversation.header
    assert header.contact_action in header.more_menu.actions()  # More options → Add contact
    assert header.contact_action.text() == "Add contact"
    header.contact_action.trigger()
    qtbot.waitUntil(lambda: getattr(main_window, "contact_editor", None) is not None, timeout=3000)
    editor = main_window.contact_editor
    assert named(editor, QPlainTextEdit, "Numbers").toPlainText() == "(415) 555-0134"
    assert named(editor, QPushButton, "Save").isDefault()
    qtbot.keyClicks(named(editor, QLineEdit, "Name"), "Olivia Bennett")
    qtbot.mouseClick(named(editor, QPushButton, "Save"), Qt.MouseButton.LeftButton)

    def shown_title():
        row = main_window.chat_model.row_of(main_window.conversation.conversation.id)
        return main_window.chat_model.index(row).data(ChatListRole.TITLE)

    qtbot.waitUntil(lambda: shown_title() == "Olivia Bennett", timeout=3000)
    qtbot.waitUntil(lambda: header._title.text() == "Olivia Bennett", timeout=3000)
    assert header._subtitle.text() == "(415) 555-0134"
    assert header.contact_action.text() == "Edit contact"


def test_enter_in_add_contact_saves_it_save_being_the_default_button(qtbot, main_window):
    dialog = main_window.show_contacts()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    qtbot.mouseClick(named(dialog, QPushButton, "Add"), Qt.MouseButton.LeftButton)
    editor = dialog.editor  # the form, in place of the contact's card
    assert dialog.editing
    assert editor.isVisible()
    save = named(editor, QPushButton, "Save")
    assert save.isDefault()
    # Drawn as the default: the style sheet's [default="true"] rule applied at its polish.
    cancel = named(editor, QPushButton, "Cancel")
    assert save.grab().toImage().pixelColor(
        4, save.height() // 2
    ) != cancel.grab().toImage().pixelColor(4, cancel.height() // 2)
    qtbot.keyClicks(named(editor, QPlainTextEdit, "Numbers"), "415 555 0177")
    name = named(editor, QLineEdit, "Name")
    name.setFocus()
    qtbot.keyClicks(name, "Sam Carter")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    contacts = main_window.desk.session.contacts
    qtbot.waitUntil(lambda: any(c.name == "Sam Carter" for c in contacts.list()), timeout=3000)
    qtbot.waitUntil(lambda: not dialog.editing and not editor.isVisible(), timeout=3000)
    assert dialog.isVisible()  # Enter saved the contact; it did not close Contacts


def test_a_number_that_belongs_to_someone_else_is_refused_with_their_name(qtbot, main_window):
    main_window.desk.session.contacts.save(ContactDraft("Olivia Bennett", (PEER,)))
    dialog = main_window.show_contacts()
    qtbot.mouseClick(named(dialog, QPushButton, "Add"), Qt.MouseButton.LeftButton)
    editor = dialog.editor
    qtbot.keyClicks(named(editor, QLineEdit, "Name"), "Someone Else")
    qtbot.keyClicks(named(editor, QPlainTextEdit, "Numbers"), "415 555 0134")
    qtbot.mouseClick(named(editor, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Olivia Bennett" in editor.problem_text, timeout=3000)


def test_contacts_dialog_search(qtbot, main_window):
    store = main_window.desk.session
    store.contacts.save(ContactDraft("Olivia Bennett", (PEER,), "Bennett Bakes"))
    store.contacts.save(ContactDraft("Sam Carter", ("+12025550173",)))
    dialog = main_window.show_contacts()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=3000)
    qtbot.keyClicks(named(dialog, QLineEdit, "Search contacts"), "bakes")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=3000)
    assert dialog.model.contact_at(0).name == "Olivia Bennett"
    search = named(dialog, QLineEdit, "Search contacts")
    search.clear()
    qtbot.keyClicks(search, "555 0173")
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() == 1 and dialog.model.contact_at(0).name == "Sam Carter",
        timeout=3000,
    )


def test_importing_a_phone_vcard_export_previews_then_imports(qtbot, main_window, tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_bytes(ANDROID_EXPORT.encode())
    dialog = main_window.show_contacts()
    dialog.import_path(path)
    qtbot.waitUntil(lambda: getattr(dialog, "preview_dialog", None) is not None, timeout=3000)
    preview = dialog.preview_dialog
    assert "2 contacts will be imported" in preview.summary.text()
    assert "1 row can't be imported" in preview.summary.text()
    names = [preview.table.item(r, 1).text() for r in range(preview.table.rowCount())]
    assert names == ["Jürgen Müller", "Sam Carter", "Nobody Reachable"]
    assert "12" in preview.table.item(2, 3).text()  # why that row can't be imported
    qtbot.mouseClick(named(preview, QPushButton, "Import"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported: 2 new" in dialog.status_text, timeout=3000)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=3000)
    store = main_window.desk.session
    assert store.contacts.for_number("+4915123456789").name == "Jürgen Müller"
    assert store.contacts.for_number("+12025550173").numbers == ("+12025550173",)


def test_a_malformed_file_imports_nothing_and_says_why(qtbot, main_window, tmp_path):
    path = tmp_path / "photo.vcf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    dialog = main_window.show_contacts()
    dialog.import_path(path)
    qtbot.waitUntil(lambda: dialog.status_text.startswith("Nothing was imported."), timeout=3000)
    assert main_window.desk.session.contacts.list() == []


def test_export_writes_every_contact(qtbot, main_window, tmp_path):
    main_window.desk.session.contacts.save(ContactDraft("Olivia Bennett", (PEER,), "Bennett Bakes"))
    dialog = main_window.show_contacts()
    target = tmp_path / "out.vcf"
    dialog.export_path(target, "vcard4")
    qtbot.waitUntil(lambda: "Exported 1 contact " in dialog.status_text, timeout=3000)
    text = Path(target).read_text(encoding="utf-8")
    assert "FN:Olivia Bennett" in text
    assert "VERSION:4.0" in text
    assert target.stat().st_mode & 0o777 == 0o600  # readable by its owner only

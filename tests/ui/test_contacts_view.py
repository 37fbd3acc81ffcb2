"""The Contacts dialog as a list and a card (issue 17 item 9): rows painted with avatar,
name, company and first number, elided rather than clipped; the chosen contact beside the
list; editing and adding in place (F2, Enter, Save, Escape); what a screen reader hears of
a row; the keyboard alone; Message opening the conversation; the empty states."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QPushButton, QStyleOptionViewItem

from desktop.core.models import ContactDraft
from desktop.ui.dialogs.contact_list import PAD, ROW_HEIGHT, ContactListDelegate
from desktop.ui.look.theme import Colors
from tests.ui.windows import activate

OLIVIA, SAM, MIA = "+14155550134", "+12025550173", "+14155550162"
LONG_NAME = "Maximiliana Alexandra Wolfeschlegelsteinhausen-Bergerdorff"
LONG_COMPANY = "Northwind Traders International Holdings Limited"
BENNETT = ContactDraft("Olivia Bennett", (OLIVIA, SAM), "Bennett Bakes", "Sourdough on Fridays.")
WONG = ContactDraft("Mia Wong", (MIA,))


def open_contacts(qtbot, main_window, *drafts: ContactDraft):
    """The Contacts dialog over ``drafts``, shown, its list loaded, the active window."""
    for draft in drafts:
        main_window.desk.session.contacts.save(draft)
    dialog = main_window.show_contacts()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(drafts), timeout=3000)
    activate(qtbot, dialog)
    return dialog


def chosen_name(dialog) -> str:
    current = dialog.view.currentIndex()
    return dialog.model.contact_at(current.row()).name if current.isValid() else ""


def row_of(dialog, name: str) -> int:
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.contact_at(r).name == name)


def paint_row(view, row: int, width: int) -> tuple[QImage, object, QStyleOptionViewItem]:
    """The row as the delegate paints it at ``width`` px, and the lines it painted."""
    delegate = view.itemDelegate()
    assert isinstance(delegate, ContactListDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, width, ROW_HEIGHT)
    option.font = view.font()
    index = view.model().index(row, 0)
    image = QImage(width, ROW_HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor("magenta"))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image, delegate.row_text(option, index), option


def inked(image: QImage, left: int, right: int, background: QColor) -> int:
    """Pixels between columns ``left`` and ``right`` that are not the background."""
    return sum(
        1
        for x in range(left, right)
        for y in range(image.height())
        if image.pixelColor(x, y) != background
    )


def test_a_row_shows_name_company_and_first_number_elided_not_clipped_at_320_px(qtbot, main_window):
    long = ContactDraft(LONG_NAME, (MIA,), LONG_COMPANY)
    dialog = open_contacts(qtbot, main_window, BENNETT, long)
    view = dialog.view

    image, text, option = paint_row(view, row_of(dialog, "Olivia Bennett"), 600)
    assert text.name == "Olivia Bennett"
    assert text.detail == "Bennett Bakes · (415) 555-0134"  # the first number, for display
    colors = Colors.from_palette(option.palette)
    assert all(image.pixelColor(x, 30) != QColor("magenta") for x in range(600))  # all painted
    assert inked(image, int(PAD + 36 + 10), 600, colors.base) > 0  # words on it

    image, text, option = paint_row(view, row_of(dialog, LONG_NAME), 320)
    width = ContactListDelegate.text_width(320)
    name_font, detail_font = ContactListDelegate.fonts(option.font)
    # Each line ends in "…" and fits: nothing is cut off mid-letter at the edge.
    assert text.name.endswith("…")
    assert LONG_NAME.startswith(text.name[:-1])
    assert QFontMetrics(name_font).horizontalAdvance(text.name) <= width
    assert text.detail.endswith(" · (415) 555-0162")  # the number stays whole
    assert "…" in text.detail
    assert LONG_COMPANY.startswith(text.detail.split("…")[0])
    assert QFontMetrics(detail_font).horizontalAdvance(text.detail) <= width
    # Nothing is painted in the row's right-hand margin.
    assert inked(image, 320 - int(PAD) + 1, 320, colors.base) == 0


def test_a_row_tells_a_screen_reader_its_name_company_and_numbers(qtbot, main_window):
    dialog = open_contacts(qtbot, main_window, BENNETT, WONG)
    row = row_of(dialog, "Olivia Bennett")
    spoken = "Olivia Bennett, Bennett Bakes, (415) 555-0134, (202) 555-0173"
    assert dialog.model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) == spoken
    # As the accessibility tree gives it: the list's item carries the sentence.
    tree = QAccessible.queryAccessibleInterface(dialog.view)
    names = [tree.child(i).text(QAccessible.Text.Name) for i in range(tree.childCount())]
    assert spoken in names
    assert "Mia Wong, (415) 555-0162" in names


def test_choosing_a_row_shows_that_contact_beside_the_list(qtbot, main_window):
    dialog = open_contacts(qtbot, main_window, BENNETT, WONG)
    card = dialog.card
    # The first contact (by name) is chosen at once, and the search has the focus.
    qtbot.waitUntil(lambda: card.name.text() == "Mia Wong", timeout=3000)
    assert dialog.search.hasFocus()
    assert not card.note.isVisible()
    assert not card.company.isVisible()

    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # into the list
    assert dialog.view.hasFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: card.name.text() == "Olivia Bennett", timeout=3000)
    assert card.company.text() == "Bennett Bakes"
    assert card.company.isVisible()
    assert card.note.text() == "Sourdough on Fridays."
    assert card.note.isVisible()
    numbers = [b.accessibleName() for b in card.message_buttons]
    assert numbers == ["Message (415) 555-0134", "Message (202) 555-0173"]
    assert all(b.text() == "Message" and b.isVisible() for b in card.message_buttons)

    first = dialog.view.visualRect(dialog.model.index(0))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    qtbot.waitUntil(lambda: card.name.text() == "Mia Wong", timeout=3000)
    assert [b.accessibleName() for b in card.message_buttons] == ["Message (415) 555-0162"]


def test_f2_edits_in_place_save_stores_and_shows_escape_stores_nothing(qtbot, main_window):
    dialog = open_contacts(qtbot, main_window, BENNETT, WONG)
    contacts = main_window.desk.session.contacts
    dialog.select_row(row_of(dialog, "Olivia Bennett"))
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
    form = dialog.form
    assert dialog.editing
    assert form.isVisible()
    assert not dialog.card.isVisible()
    assert form.name.text() == "Olivia Bennett"
    assert form.name.hasFocus()
    assert form.numbers.toPlainText() == "(415) 555-0134\n(202) 555-0173"
    assert not dialog.view.isEnabled()  # Save or Cancel first
    form.company.selectAll()
    qtbot.keyClicks(form.company, "Bennett Bakery")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: contacts.for_number(OLIVIA).company == "Bennett Bakery", timeout=3000)
    qtbot.waitUntil(lambda: not dialog.editing and dialog.card.isVisible(), timeout=3000)
    assert dialog.card.company.text() == "Bennett Bakery"
    # The list is read again and the same contact stays chosen, its row up to date.
    qtbot.waitUntil(
        lambda: (
            dialog.model.contact_at(row_of(dialog, "Olivia Bennett")).company == "Bennett Bakery"
        ),
        timeout=3000,
    )
    assert chosen_name(dialog) == "Olivia Bennett"
    assert dialog.view.hasFocus()

    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter edits too
    assert dialog.editing
    form.company.selectAll()
    qtbot.keyClicks(form.company, "Something else")
    qtbot.keyClick(form.company, Qt.Key.Key_Escape)
    assert not dialog.editing
    assert dialog.isVisible()
    assert dialog.card.company.text() == "Bennett Bakery"
    assert dialog.view.hasFocus()
    assert chosen_name(dialog) == "Olivia Bennett"
    qtbot.wait(200)  # a save would have reached the store thread by now
    assert contacts.for_number(OLIVIA).company == "Bennett Bakery"

    row = dialog.view.visualRect(dialog.model.index(row_of(dialog, "Mia Wong")))
    # A double-click: the first click's press and release, then the second press
    # (QTest's mouseDClick sends only that last part).
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert dialog.editing  # a double-click edits the row clicked
    assert dialog.form.name.text() == "Mia Wong"


def test_add_opens_an_empty_form_in_place_and_chooses_the_new_contact(qtbot, main_window):
    dialog = open_contacts(qtbot, main_window, BENNETT, WONG)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert dialog.editing
    assert dialog.form_title.text() == "Add contact"
    assert form.name.text() == ""
    assert form.numbers.toPlainText() == ""
    qtbot.keyClicks(form.name, "Ann Lee")
    qtbot.keyClicks(form.numbers, "415 555 0100")
    qtbot.keyClicks(form.company, "Acme")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=3000)
    qtbot.waitUntil(lambda: chosen_name(dialog) == "Ann Lee", timeout=3000)
    assert dialog.card.name.text() == "Ann Lee"
    assert dialog.card.isVisible()
    stored = main_window.desk.session.contacts.for_number("+14155550100")
    assert (stored.name, stored.company) == ("Ann Lee", "Acme")


def test_a_contact_can_be_added_with_the_keyboard_alone(qtbot, main_window):
    dialog = open_contacts(qtbot, main_window)
    qtbot.waitUntil(lambda: dialog.empty.add_button.isVisible(), timeout=3000)
    assert dialog.search.hasFocus()
    # Tab: search → list → the empty pane's Add contact.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.empty.add_button
    qtbot.keyClick(dialog.empty.add_button, Qt.Key.Key_Space)
    assert dialog.editing
    assert dialog.form.name.hasFocus()
    for text in ("Sam Carter", "202 555 0173", "Carter & Sons"):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.form.note
    qtbot.keyClicks(dialog.form.note, "Plumber")
    qtbot.keyClick(dialog.form.note, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.form.save_button
    qtbot.keyClick(dialog.form.save_button, Qt.Key.Key_Space)
    contacts = main_window.desk.session.contacts
    qtbot.waitUntil(lambda: contacts.for_number(SAM) is not None, timeout=3000)
    stored = contacts.for_number(SAM)
    assert (stored.name, stored.company, stored.note) == ("Sam Carter", "Carter & Sons", "Plumber")
    qtbot.waitUntil(lambda: chosen_name(dialog) == "Sam Carter", timeout=3000)


def test_tab_goes_search_list_the_contacts_actions_then_the_dialogs(qtbot, main_window):
    dialog = open_contacts(qtbot, main_window, BENNETT)
    qtbot.waitUntil(lambda: dialog.card.isVisible(), timeout=3000)
    card = dialog.card
    expected = [
        dialog.view,
        card.edit_button,
        card.delete_button,
        *card.message_buttons,
        dialog.add_button,
        dialog.import_button,
        dialog.export_button,
        dialog.close_button,
        dialog.search,
    ]
    visited = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == expected, [(w, w.accessibleName()) for w in visited]


def test_message_opens_the_conversation_with_that_number(qtbot, main_window):
    dialog = open_contacts(qtbot, main_window, BENNETT)
    qtbot.waitUntil(lambda: len(dialog.card.message_buttons) == 2, timeout=3000)
    qtbot.mouseClick(dialog.card.message_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    qtbot.waitUntil(
        lambda: (
            main_window.conversation.conversation is not None
            and main_window.conversation.conversation.peer_number == SAM
        ),
        timeout=5000,
    )


def test_the_empty_pane_offers_add_and_import_or_says_nothing_matched(qtbot, main_window):
    dialog = open_contacts(qtbot, main_window)
    empty = dialog.empty
    qtbot.waitUntil(lambda: empty.add_button.isVisible(), timeout=3000)
    assert empty.title.text() == "No contacts yet."
    assert empty.add_button.isVisible()
    assert empty.import_button.isVisible()
    assert empty.import_button.text() == "Import…"
    assert not dialog.count.isVisible()  # said in the pane: the line under the list would repeat

    main_window.desk.session.contacts.save(WONG)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.card.isVisible(), timeout=3000)
    qtbot.keyClicks(dialog.search, "zzz")
    qtbot.waitUntil(lambda: empty.title.text() == "No contact matches.", timeout=3000)
    assert empty.isVisible()
    assert not empty.import_button.isVisible()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)  # empties the search, first
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.card.isVisible, timeout=3000)
    assert dialog.card.name.text() == "Mia Wong"


def test_delete_asks_then_the_next_contact_is_chosen(qtbot, main_window, monkeypatch):
    asked = []

    def answer(_parent, title, text):
        asked.append((title, text))
        return True

    monkeypatch.setattr("desktop.ui.dialogs.contacts.plain_question", answer)
    dialog = open_contacts(qtbot, main_window, BENNETT, WONG)
    qtbot.waitUntil(lambda: chosen_name(dialog) == "Mia Wong", timeout=3000)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert asked == [
        ("Delete contact", "Delete Mia Wong? Their conversations stay, shown by number.")
    ]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=3000)
    qtbot.waitUntil(lambda: dialog.card.name.text() == "Olivia Bennett", timeout=3000)
    assert main_window.desk.session.contacts.for_number(MIA) is None
    assert isinstance(dialog.card.edit_button, QPushButton)


def test_the_card_and_the_form_give_a_screen_reader_every_word(qtbot, main_window):
    from tests.ui.a11y_tree import dump, problems

    dialog = open_contacts(qtbot, main_window, BENNETT, WONG)
    dialog.select_row(row_of(dialog, "Olivia Bennett"))
    qtbot.waitUntil(lambda: dialog.card.note.isVisible(), timeout=3000)
    assert problems(dialog) == [], dump(dialog)
    dialog.edit_selected()
    assert dialog.form.isVisible()
    assert problems(dialog) == [], dump(dialog)

"""Every item model of the window under Qt's QAbstractItemModelTester, driven as the app
drives it: the chat list and the messages while the desk receives and sends through the
demo gateway, the contacts list, the contact suggestions of New SMS and the template names
of "/". (The chat list and messages models also have model-level tests of their own:
tests/ui/test_chat_list_model.py, tests/ui/test_message_list_model.py.)"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QWidget

import desktop.ui
from desktop.core.models import ContactDraft, MessageStatus
from desktop.ui.conversation.messages import MessageListModel
from desktop.ui.dialogs.contacts import ContactListModel
from desktop.ui.dialogs.new_conversation import ContactSuggestions
from desktop.ui.window.chat_list import ChatListModel

OLIVIA = "+14155550134"
SAM = "+12025550173"
MIA = "+14155550162"

# The item models SMS Desk defines, each with the tests that run it under the tester.
MODELS_UNDER_TEST = {
    ChatListModel: "test_chat_list_model.py; here: the window while the desk works",
    MessageListModel: "test_message_list_model.py; here: the window while the desk works",
    ContactListModel: "here: the contacts list",
    ContactSuggestions: "here: the contact suggestions",
}

CheckModel = Callable[[QAbstractItemModel], None]


@pytest.fixture
def check_model(qtbot) -> Iterator[CheckModel]:
    """Attaches Qt's QAbstractItemModelTester to models for the rest of the test.

    Warning mode, as pytest-qt's ``qtmodeltester``: the tester checks the model at once and
    again on every signal it emits; a broken rule is logged under ``qt.modeltest``, which
    pytest-qt turns into a failure of the test. (``qtmodeltester`` holds one model at a
    time; these tests watch several.)
    """
    testers: list[QAbstractItemModelTester] = []

    def check(model: QAbstractItemModel) -> None:
        mode = QAbstractItemModelTester.FailureReportingMode.Warning
        testers.append(QAbstractItemModelTester(model, mode))

    yield check
    testers.clear()


def named(widget: QWidget, kind: type, name: str):
    return next(w for w in widget.findChildren(kind) if w.accessibleName() == name)


def test_every_item_model_of_the_ui_is_run_under_the_model_tester() -> None:
    defined = set()
    for module in pkgutil.walk_packages(desktop.ui.__path__, "desktop.ui."):
        imported = importlib.import_module(module.name)
        for _name, value in inspect.getmembers(imported, inspect.isclass):
            if issubclass(value, QAbstractItemModel) and value.__module__ == imported.__name__:
                defined.add(value)
    assert defined == set(MODELS_UNDER_TEST), "a new item model needs a model-tester test"


def test_the_windows_models_keep_qts_rules_while_the_desk_receives_and_sends(
    qtbot, main_window, demo_gateway, check_model: CheckModel
) -> None:
    chats, messages = main_window.chat_model, main_window.conversation.model
    check_model(chats)
    check_model(messages)
    store = main_window.desk.store

    # SMS from three numbers arrive through the sync worker: rows come in at the top.
    for number, text in ((OLIVIA, "Hello"), (SAM, "Hi there"), (MIA, "Good morning")):
        demo_gateway.inbound(number, text)
        qtbot.waitUntil(lambda n=number: chats.find(n) is not None, timeout=5000)
    assert [chats.conversation_at(r).peer_number for r in range(3)] == [MIA, SAM, OLIVIA]

    # Opening Olivia's: her messages load; replies go in below and each row follows its
    # message to delivered; her next SMS comes in below them and her row moves to the top.
    main_window.open_conversation(chats.find(OLIVIA))
    qtbot.waitUntil(lambda: messages.rowCount() == 1 and not messages.loading, timeout=3000)
    for text in ("One moment", "Checking now"):
        main_window.conversation.editor.setPlainText(text)
        main_window.conversation.send()
    qtbot.waitUntil(
        lambda: (
            [messages.message_at(r).status for r in range(messages.rowCount())][1:]
            == [MessageStatus.DELIVERED] * 2
        ),
        timeout=8000,
    )
    demo_gateway.inbound(OLIVIA, "Thanks!")
    qtbot.waitUntil(
        lambda: messages.rowCount() == 4 and messages.message_at(3).body == "Thanks!",
        timeout=5000,
    )
    assert chats.conversation_at(0).peer_number == OLIVIA

    # A search replaces the list, clearing it brings the list back.
    main_window.search.setText("morning")
    qtbot.waitUntil(lambda: chats.searching and chats.rowCount() == 1, timeout=3000)
    main_window.search.clear()
    qtbot.waitUntil(lambda: not chats.searching and chats.rowCount() == 3, timeout=3000)

    # Another conversation replaces the messages; archiving it (what it shows) takes its
    # row out of the list and closes it; the Archived view shows it; back to Chats.
    main_window.open_conversation(chats.find(SAM))
    qtbot.waitUntil(
        lambda: (
            messages.conversation_id == store.conversations.find(SAM).id
            and messages.rowCount() == 1
        ),
        timeout=3000,
    )
    main_window.archive(chats.find(SAM), True)
    qtbot.waitUntil(
        lambda: chats.find(SAM) is None and chats.rowCount() == 2 and messages.rowCount() == 0,
        timeout=3000,
    )
    main_window.show_archived(True)
    qtbot.waitUntil(lambda: chats.rowCount() == 1 and chats.find(SAM) is not None, timeout=3000)
    main_window.show_archived(False)
    qtbot.waitUntil(lambda: chats.rowCount() == 2 and not chats.loading, timeout=3000)

    # One more, then Close: its messages, then none.
    main_window.open_conversation(chats.find(MIA))
    qtbot.waitUntil(
        lambda: (
            messages.conversation_id == store.conversations.find(MIA).id
            and messages.rowCount() == 1
        ),
        timeout=3000,
    )
    main_window.close_conversation()
    assert messages.rowCount() == 0


def test_the_contacts_list_keeps_qts_rules_through_search_add_and_delete(
    qtbot, main_window, check_model: CheckModel
) -> None:
    store = main_window.desk.store
    store.contacts.save(ContactDraft("Olivia Bennett", (OLIVIA,), "Bennett Bakes"))
    store.contacts.save(ContactDraft("Sam Carter", (SAM,)))
    dialog = main_window.show_contacts()
    contacts = dialog.model
    check_model(contacts)  # before the first list arrives
    qtbot.waitUntil(lambda: contacts.rowCount() == 2, timeout=3000)

    search = named(dialog, QLineEdit, "Search contacts")
    qtbot.keyClicks(search, "bakes")
    qtbot.waitUntil(lambda: contacts.rowCount() == 1, timeout=3000)
    assert contacts.contact_at(0).name == "Olivia Bennett"
    qtbot.keyClicks(search, " and more")
    qtbot.waitUntil(lambda: dialog.count.text() == "No contact matches.", timeout=3000)
    assert contacts.rowCount() == 0
    search.clear()
    qtbot.waitUntil(lambda: contacts.rowCount() == 2, timeout=3000)

    qtbot.mouseClick(named(dialog, QPushButton, "Add"), Qt.MouseButton.LeftButton)
    editor = dialog.editor
    qtbot.keyClicks(named(editor, QLineEdit, "Name"), "Mia Wong")
    qtbot.keyClicks(named(editor, QPlainTextEdit, "Numbers"), "415 555 0162")
    qtbot.mouseClick(named(editor, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contacts.rowCount() == 3, timeout=3000)

    sam = next(
        contacts.contact_at(r) for r in range(3) if contacts.contact_at(r).name == "Sam Carter"
    )
    dialog.delete(sam.id)  # what Delete does once it is confirmed
    qtbot.waitUntil(lambda: contacts.rowCount() == 2, timeout=3000)
    assert sorted(contacts.contact_at(r).name for r in range(2)) == ["Mia Wong", "Olivia Bennett"]


def test_the_contact_suggestions_keep_qts_rules_as_a_name_or_number_is_typed(
    qtbot, main_window, check_model: CheckModel
) -> None:
    store = main_window.desk.store
    store.contacts.save(ContactDraft("Olivia Bennett", (OLIVIA, "+14155550135")))
    store.contacts.save(ContactDraft("Oliver Stone", (SAM,)))
    dialog = main_window.new_conversation()
    qtbot.waitExposed(dialog)
    suggestions = dialog.suggestions
    check_model(suggestions)
    check_model(dialog.completer.completionModel())  # Qt's popup model on top of ours
    field = named(dialog, QLineEdit, "Name or number")

    def type_in(text: str) -> None:
        field.clear()
        qtbot.keyClicks(field, text)

    type_in("Oliv")
    qtbot.waitUntil(lambda: suggestions.rowCount() == 3, timeout=3000)  # one row per number
    type_in("Olivia")
    qtbot.waitUntil(lambda: suggestions.rowCount() == 2, timeout=3000)
    type_in("Nobody")
    qtbot.waitUntil(lambda: suggestions.rowCount() == 0, timeout=3000)
    type_in("2025550")
    qtbot.waitUntil(lambda: suggestions.rowCount() == 1, timeout=3000)
    index = suggestions.index(0, 0)
    dialog.completer.activated[type(index)].emit(index)
    assert field.text() == SAM


def test_the_template_names_offered_after_slash_keep_qts_rules(
    qtbot, main_window, demo_gateway, check_model: CheckModel
) -> None:
    store = main_window.desk.store
    me = main_window.desk.user.id
    store.templates.add("thanks", "Thanks!", by=me, shared=False)
    store.templates.add("then", "See you then.", by=me, shared=False)
    store.templates.add("hours", "Open 9 to 5.", by=me, shared=False)
    demo_gateway.inbound(OLIVIA, "Hello")
    qtbot.waitUntil(lambda: main_window.chat_model.find(OLIVIA) is not None, timeout=5000)
    main_window.open_conversation(main_window.chat_model.find(OLIVIA))
    conversation = main_window.conversation
    qtbot.waitUntil(lambda: len(conversation.templates.templates) == 3, timeout=3000)
    completer = conversation.slash.completer
    check_model(completer.model())
    check_model(completer.completionModel())
    popup = completer.popup()

    editor = conversation.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "/th")
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert completer.model().rowCount() == 2
    qtbot.keyClicks(editor, "a")
    qtbot.waitUntil(lambda: completer.model().rowCount() == 1, timeout=3000)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "x")
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=3000)
    assert QApplication.activePopupWidget() is None

"""The operations layer: a store refusal reaches the user as its own sentence; anything else
is a bug, logged with its traceback, and the user reads one generic sentence (never the
exception's text); the conversation's actions all come from one table."""

import dataclasses
import logging

from PySide6.QtWidgets import QMessageBox, QToolButton

from desktop.core.models import MessageId
from desktop.store.errors import NOBODY_OWNS_IT
from desktop.ui.conversation.actions import CONVERSATION_ACTIONS, Place, in_place, with_shortcuts
from desktop.ui.threads.failures import SOMETHING_WENT_WRONG

OLIVIA = "+14155550134"
PASSWORD = "correct horse 42"
SECRET = "sk_live_Zq8secretTOKEN"


def open_olivia(qtbot, window, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Hi, is my order ready?")
    qtbot.waitUntil(lambda: window.chat_model.find(OLIVIA) is not None, timeout=5000)
    window.open_conversation(window.chat_model.find(OLIVIA))
    model = window.conversation.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading, timeout=3000)
    return window.desk.session.conversations.find(OLIVIA)


def shown_boxes(window):
    return [b.text() for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_a_store_refusal_reaches_the_user_as_its_own_sentence(qtbot, main_window, demo_gateway):
    conversation = open_olivia(qtbot, main_window, demo_gateway)
    desk = main_window.desk
    ben = desk.accounts.create_user("102", "Ben Jones", PASSWORD)
    cara = desk.accounts.create_user("103", "Cara Diaz", PASSWORD)
    # Cara is no administrator and nobody owns it: the store itself refuses.
    main_window.operations.transfer(conversation.id, by=cara.id, to=ben.id, note="")
    qtbot.waitUntil(lambda: NOBODY_OWNS_IT in shown_boxes(main_window), timeout=3000)
    assert desk.session.conversations.find(OLIVIA).owner_id is None
    assert not any("Traceback" in text for text in shown_boxes(main_window))


def test_the_window_refuses_transferring_an_unowned_conversation_with_the_store_s_sentence(
    qtbot, main_window, demo_gateway
):
    open_olivia(qtbot, main_window, demo_gateway)
    errors = []
    main_window.show_error = errors.append
    main_window.user = dataclasses.replace(main_window.user, is_admin=False)
    main_window.conversation.header.transfer_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert errors == [NOBODY_OWNS_IT]
    assert getattr(main_window, "transfer_dialog", None) is None


def test_a_bug_is_logged_and_the_user_reads_a_generic_sentence_without_its_text(
    qtbot, main_window, demo_gateway, caplog, monkeypatch
):
    open_olivia(qtbot, main_window, demo_gateway)
    store = main_window.conversation.operations.store

    def broken(_message_id):
        raise RuntimeError(f"connection to db failed, password={SECRET}")

    monkeypatch.setattr(store.outbound, "retry", broken)
    errors = []
    main_window.conversation.sig_error.disconnect()
    main_window.conversation.sig_error.connect(errors.append)
    with caplog.at_level(logging.ERROR, logger="smsdesk.ui.failures"):
        main_window.conversation.retry(MessageId(1))
        qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert errors == [SOMETHING_WENT_WRONG]
    assert SECRET not in errors[0]
    logged = [r for r in caplog.records if r.name == "smsdesk.ui.failures"]
    assert logged
    assert logged[0].exc_info is not None  # the traceback is in the log


def test_a_bug_in_a_window_action_shows_the_generic_sentence_in_the_box(
    qtbot, main_window, demo_gateway, monkeypatch
):
    conversation = open_olivia(qtbot, main_window, demo_gateway)
    store = main_window.operations.store

    def broken(*_args, **_kwargs):
        raise KeyError(SECRET)

    monkeypatch.setattr(store.conversations, "mark_unread", broken)
    main_window.mark_unread(conversation)
    qtbot.waitUntil(lambda: SOMETHING_WENT_WRONG in shown_boxes(main_window), timeout=3000)
    assert not any(SECRET in text for text in shown_boxes(main_window))
    assert SECRET not in main_window.statusBar().currentMessage()


def test_toolbar_more_options_menu_and_f1_list_are_the_table_s_actions(qtbot, main_window):
    header = main_window.conversation.header
    buttons = [
        b.accessibleName()
        for b in header.findChildren(QToolButton)
        if b.objectName() == "headerAction"
    ]
    assert buttons == [e.label for e in in_place(Place.TOOLBAR)]
    assert [a.text() for a in header.more_menu.actions() if not a.isSeparator()] == [
        e.label for e in in_place(Place.MORE)
    ]
    assert [a.text() for a in main_window.conversation_menu.actions() if not a.isSeparator()] == [
        e.label for e in CONVERSATION_ACTIONS
    ]
    dialog = main_window.show_shortcuts()
    listed = [what for what, _keys in dialog.rows()]
    table = [e.label for e in with_shortcuts(CONVERSATION_ACTIONS)]
    conversation_rows = [what for what in listed if what in {e.label for e in CONVERSATION_ACTIONS}]
    assert conversation_rows == table
    for entry in with_shortcuts(CONVERSATION_ACTIONS):
        made = main_window.conversation_action(entry.id)
        assert made.shortcut().toString() == entry.shortcut
        assert made.text() == entry.label

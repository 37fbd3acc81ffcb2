"""Undo after Dealt with and Archive: the notice in the status bar ("Marked dealt with and
archived. [Undo]"), reached with Ctrl+Z or Tab, putting the conversation back through the
store, or saying why it no longer can; and nothing selected after either action."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from tests.ui.windows import activate

OLIVIA = "+14155550134"
SAM = "+12025550173"
PASSWORD = "correct horse 42"


def selected(window):
    rows = window.chat_list.selectionModel().selectedRows()
    return window.chat_model.conversation_at(rows[0].row()).peer_number if rows else None


def opened_and_owned(qtbot, window, demo_gateway):
    """Olivia (and Sam, newer, next to her) in Chats; Olivia open and answered by me."""
    demo_gateway.inbound(OLIVIA, "Hi, is my order ready?")
    qtbot.waitUntil(lambda: window.chat_model.find(OLIVIA) is not None, timeout=5000)
    demo_gateway.inbound(SAM, "Are you open on Sunday?")
    qtbot.waitUntil(lambda: window.chat_model.find(SAM) is not None, timeout=5000)
    # Their pop-ups first: offscreen, each one shown takes the activation.
    qtbot.waitUntil(lambda: len(window.desk.popups.popups) == 2, timeout=5000)
    activate(qtbot, window)
    window.open_conversation(window.chat_model.find(OLIVIA))
    model = window.conversation.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading, timeout=3000)
    window.conversation.editor.setPlainText("Yes, it is ready")
    window.conversation.send()
    qtbot.waitUntil(lambda: "you" in window.conversation.header.owner.text(), timeout=5000)


def olivia(window):
    return window.desk.session.conversations.find(OLIVIA)


def test_undo_puts_a_dealt_with_conversation_back_as_it_was(qtbot, main_window, demo_gateway):
    opened_and_owned(qtbot, main_window, demo_gateway)
    before = olivia(main_window)
    notice = main_window.undo_notice

    main_window.conversation.header.dealt_with_action.trigger()

    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert notice.label.text() == "Marked dealt with and archived."
    assert notice.button.text() == "Undo"
    assert notice.button.accessibleName() == "Undo"
    # Nothing opened in its place, nothing selected: the pane's empty state.
    assert main_window.right.currentWidget() is main_window.empty
    assert main_window.conversation.conversation is None
    assert not main_window.chat_list.selectionModel().hasSelection()
    qtbot.waitUntil(lambda: main_window.chat_model.find(OLIVIA) is None, timeout=3000)
    assert olivia(main_window).archived

    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: (
            main_window.statusBar().currentMessage()
            == "Undone: the conversation is back as it was."
        ),
        timeout=5000,
    )
    back = olivia(main_window)
    assert not back.archived
    assert back.dealt_with_at is None
    assert back.owner_id == main_window.user.id
    assert back.last_activity_at == before.last_activity_at
    assert not notice.isVisible()
    # Back in its place in Chats, open and selected again.
    qtbot.waitUntil(lambda: selected(main_window) == OLIVIA, timeout=3000)
    assert main_window.conversation.conversation.peer_number == OLIVIA


def test_ctrl_z_undoes_archive_while_the_notice_shows(qtbot, main_window, demo_gateway):
    opened_and_owned(qtbot, main_window, demo_gateway)
    main_window.conversation.header.archive_action.trigger()
    qtbot.waitUntil(main_window.undo_notice.isVisible, timeout=5000)
    assert main_window.undo_notice.label.text() == "Archived."
    assert not main_window.chat_list.selectionModel().hasSelection()
    assert main_window.chat_list.hasFocus()

    qtbot.keyClick(main_window.chat_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not olivia(main_window).archived, timeout=5000)
    assert not main_window.undo_notice.isVisible()


def test_tab_reaches_undo_and_space_presses_it(qtbot, main_window, demo_gateway):
    opened_and_owned(qtbot, main_window, demo_gateway)
    main_window.conversation.header.dealt_with_action.trigger()
    qtbot.waitUntil(main_window.undo_notice.isVisible, timeout=5000)
    button = main_window.undo_notice.button

    for _ in range(30):
        if button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)

    qtbot.waitUntil(lambda: not olivia(main_window).archived, timeout=5000)


def test_an_undo_no_longer_possible_says_why(qtbot, main_window, demo_gateway):
    opened_and_owned(qtbot, main_window, demo_gateway)
    ben = main_window.desk.accounts.create_user("102", "Ben Jones", PASSWORD)
    main_window.conversation.header.dealt_with_action.trigger()
    qtbot.waitUntil(main_window.undo_notice.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: olivia(main_window).archived, timeout=5000)
    # Ben replies on his desk meanwhile: it is his now.
    main_window.desk.session.ownership.claim(olivia(main_window).id, ben.id)

    main_window.undo_notice.button.click()

    qtbot.waitUntil(
        lambda: (
            main_window.statusBar().currentMessage()
            == "It can no longer be undone: Ben Jones (102) is answering the conversation now."
        ),
        timeout=5000,
    )
    assert olivia(main_window).owner_id == ben.id


def test_the_notice_goes_after_its_time_and_ctrl_z_then_does_nothing(
    qtbot, main_window, demo_gateway
):
    opened_and_owned(qtbot, main_window, demo_gateway)
    notice = main_window.undo_notice
    main_window.conversation.header.archive_action.trigger()
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert notice._timer.interval() == 8000
    notice._timer.start(50)  # (not 8 s in a test)

    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=3000)
    assert not notice.undo_key.isEnabled()
    qtbot.keyClick(main_window.chat_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    main_window.desk.tasks.run(lambda: None).result(timeout=5)
    assert olivia(main_window).archived


def test_a_double_click_on_dealt_with_acts_on_that_conversation_only(
    qtbot, main_window, demo_gateway, monkeypatch
):
    import desktop.ui.window.undo_notice as undo_notice

    spoken = []
    monkeypatch.setattr(undo_notice, "announce", lambda _widget, text: spoken.append(text))
    opened_and_owned(qtbot, main_window, demo_gateway)
    header = main_window.conversation.header
    button = next(b for b in header.findChildren(QToolButton) if b.accessibleName() == "Dealt with")

    # A double-click's two clicks, the second before the store has answered the first.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(main_window.undo_notice.isVisible, timeout=5000)
    main_window.desk.tasks.run(lambda: None).result(timeout=5)  # (both clicks answered)
    qtbot.wait(100)
    assert main_window.right.currentWidget() is main_window.empty
    assert not main_window.chat_list.selectionModel().hasSelection()
    sam = main_window.desk.session.conversations.find(SAM)
    assert not sam.archived
    assert sam.unread_count == 1
    assert spoken[-1] == "Marked dealt with and archived. Undo with Ctrl+Z."

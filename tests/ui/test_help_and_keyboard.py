"""Help and keyboard: About (Copy diagnostics, no secrets), the shortcuts list, moving
between conversations from the keyboard, light and dark styles, starting in the tray."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from desktop.app import apply_colour_scheme
from desktop.config.settings import Settings
from desktop.system.logs import register_secret
from desktop.ui.dialogs.help_shortcuts import shortcut_rows
from desktop.ui.look.key_help import ShortcutGroup, declared_keys, group_of
from tests.ui.windows import activate, signed_in_desk

OLIVIA, SAM = "+14155550134", "+12025550173"


def open_f1(qtbot, main_window):
    activate(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: getattr(main_window, "shortcuts_dialog", None) is not None, timeout=2000
    )
    dialog = main_window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    return dialog


def native(keys):
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_f1_lists_every_shortcut_from_the_actions_themselves(qtbot, main_window):
    rows = dict(open_f1(qtbot, main_window).rows())
    for action in (
        "New SMS",
        "Search",
        "Next conversation",
        "Previous conversation",
        "Mark as read",
        "Dealt with",
        "Settings",
        "Quit",
        "Call",
        "Transfer",
    ):
        assert action in rows, action
    assert rows["New SMS"] == native("Ctrl+N")
    assert "Ctrl+Shift+D" in rows["Dealt with"]


def test_f1_groups_the_shortcuts_by_task(qtbot, main_window):
    groups = open_f1(qtbot, main_window).titles()
    assert list(groups)[:2] == ["Chats", "Conversation"]
    assert "Other" not in groups  # every shortcut has a group
    assert {"New SMS", "Search", "Next conversation", "Open the selected chat's menu"} <= set(
        groups["Chats"]
    )
    assert {"Send", "Call", "Transfer", "Dealt with", "Archive", "Close"} <= set(
        groups["Conversation"]
    )
    assert {"Contacts", "Settings", "Keyboard shortcuts", "Quit"} <= set(groups["Window and help"])


def test_every_action_with_a_shortcut_is_filed_under_a_group(qtbot, make_desk):
    # With a tray: the pop-ups' "Reply to the newest message" too.
    window = signed_in_desk(qtbot, make_desk, tray_available=True).window
    keyed = [a for a in [*window.findChildren(QAction), *window.actions()] if a.shortcuts()]
    assert len(keyed) >= 15
    assert [a.text() for a in keyed if group_of(a) is None] == []
    assert set(keyed) <= set(window.shortcut_actions())  # and the list has them all
    groups = {row.group for row in shortcut_rows(window.shortcut_actions(), declared_keys())}
    assert ShortcutGroup.POPUPS in groups
    assert ShortcutGroup.OTHER not in groups


def test_keys_that_are_no_action_are_listed_with_their_task(qtbot, main_window):
    dialog = open_f1(qtbot, main_window)
    rows = dict(dialog.rows())
    groups = dialog.titles()
    assert rows["Undo Dealt with or Archive"] == native("Ctrl+Z")
    assert rows["Open the selected chat's menu"] == ", ".join((native("Menu"), native("Shift+F10")))
    # Enter in the box and Ctrl+Enter anywhere are one row, "Send".
    assert rows["Send"] == ", ".join((native("Enter"), native("Ctrl+Enter")))
    assert rows["New line in the message"] == native("Shift+Enter")
    assert rows["Clear the search"] == rows["Close find"] == native("Esc")
    assert "Undo Dealt with or Archive" in groups["Conversation"]
    assert rows["Close the pop-up"] == native("Esc")
    assert "Close the pop-up" in groups["Pop-ups and notifications"]


def test_each_key_shows_once_without_qts_backtab_alias(qtbot, main_window):
    dialog = open_f1(qtbot, main_window)
    for view in dialog.groups:
        whats = [row.what for row in view.rows]
        assert len(whats) == len(set(whats)), whats
        for row in view.rows:
            assert len(row.keys) == len(set(row.keys)), row
            assert all("Backtab" not in k for k in row.keys), row
            assert all("Return" not in k for k in row.keys), row  # the key cap says Enter
    rows = dict(dialog.rows())
    assert rows["Switch between Chats and Archived"] == ", ".join(
        (native("Ctrl+Tab"), native("Ctrl+Shift+Tab"))
    )


def test_the_filter_narrows_the_list_and_keeps_the_headings_of_what_is_left(qtbot, main_window):
    dialog = open_f1(qtbot, main_window)
    qtbot.waitUntil(dialog.search.hasFocus, timeout=3000)  # typing filters at once
    qtbot.keyClicks(dialog.search, "archive")

    def shown():
        return {
            view.group.title: [
                view.topLevelItem(n).text(0)
                for n in range(view.topLevelItemCount())
                if not view.topLevelItem(n).isHidden()
            ]
            for view in dialog.groups
            if view.isVisible()
        }

    qtbot.waitUntil(lambda: "Window and help" not in shown(), timeout=2000)
    found = shown()
    assert "Archive" in found["Conversation"]
    assert "Call" not in found["Conversation"]
    assert "Switch between Chats and Archived" in found["Chats"]
    assert [h.text() for h in dialog.headings if h.isVisible()] == list(found)
    qtbot.keyClicks(dialog.search, "zzz")
    qtbot.waitUntil(dialog.nothing.isVisible, timeout=2000)
    dialog.search.clear()
    qtbot.waitUntil(lambda: len(shown()) == len(dialog.groups), timeout=2000)


def test_a_screen_reader_reads_each_row_and_the_headings_as_headings(qtbot, main_window):
    dialog = open_f1(qtbot, main_window)
    heading = dialog.headings[0]
    face = QAccessible.queryAccessibleInterface(heading)
    assert face.role() == QAccessible.Role.Heading
    assert face.text(QAccessible.Text.Name) == "Chats"
    conversation = next(v for v in dialog.groups if v.group.title == "Conversation")
    spoken = [
        conversation.topLevelItem(n).data(0, Qt.ItemDataRole.AccessibleTextRole)
        for n in range(conversation.topLevelItemCount())
    ]
    assert f"Dealt with, {native('Ctrl+Shift+D')}" in spoken
    assert f"Send, {native('Enter')} or {native('Ctrl+Enter')}" in spoken
    list_face = QAccessible.queryAccessibleInterface(conversation)
    assert list_face.text(QAccessible.Text.Name) == "Conversation"


def test_alt_down_and_up_move_between_conversations(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(OLIVIA, "one")
    demo_gateway.inbound(SAM, "two")
    qtbot.waitUntil(lambda: main_window.chat_model.rowCount() == 2, timeout=5000)
    activate(qtbot, main_window)
    main_window.next_action.trigger()
    first = main_window.conversation.conversation
    main_window.next_action.trigger()
    second = main_window.conversation.conversation
    assert {first.peer_number, second.peer_number} == {OLIVIA, SAM}
    main_window.previous_action.trigger()
    assert main_window.conversation.conversation.id == first.id


def test_mark_as_read_from_the_keyboard(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(OLIVIA, "hello")
    qtbot.waitUntil(lambda: main_window.chat_model.rowCount() == 1, timeout=5000)
    main_window.chat_list.setCurrentIndex(main_window.chat_model.index(0))
    main_window.read_action.trigger()
    qtbot.waitUntil(
        lambda: main_window.chat_model.conversation_at(0).unread_count == 0, timeout=3000
    )


def test_about_copies_diagnostics_without_secrets(qtbot, main_window):
    desk = main_window.desk
    register_secret("hunter2-very-secret")
    main_window.about_action.trigger()
    qtbot.waitUntil(lambda: getattr(desk, "about_dialog", None) is not None, timeout=2000)
    about = desk.about_dialog
    QGuiApplication.clipboard().clear()
    about.copy_diagnostics()
    qtbot.waitUntil(lambda: "clipboard" in about.status.text(), timeout=30000)
    text = QGuiApplication.clipboard().text()
    assert "SMS Desk" in text
    assert "Database" in text
    assert "hunter2-very-secret" not in text


def test_light_and_dark_styles(qtbot, main_window, monkeypatch):
    app = QApplication.instance()
    monkeypatch.setenv("SMSDESK_THEME", "dark")
    apply_colour_scheme(app)
    assert app.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.3
    assert "#1f2126" in app.styleSheet()
    monkeypatch.setenv("SMSDESK_THEME", "light")
    apply_colour_scheme(app)
    assert app.palette().color(QPalette.ColorRole.Base).lightnessF() > 0.9
    assert "#1f2126" not in app.styleSheet()


def test_started_at_login_it_waits_in_the_tray(qtbot, make_desk):
    desk = make_desk(
        settings=Settings(default_region="US", no_tray_notice_shown=True, quiet_hours=False),
        tray_available=True,
    )
    desk.start_minimized = True
    desk.start_session(desk.accounts.create_first_admin("101", "Anna", "correct horse 42"))
    qtbot.wait(200)  # the window must not show
    assert not desk.window.isVisible()
    desk.tray.sig_open.emit()
    assert desk.window.isVisible()

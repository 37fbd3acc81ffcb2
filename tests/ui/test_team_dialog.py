"""File → Team…: an administrator adds colleagues, resets passwords, disables and enables
accounts and makes administrators, with the command line's rules, over the real window."""

from __future__ import annotations

import io
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from desktop.accounts.staff import NotAdministrator, WrongCredentials
from tests.ui.windows import PASSWORD, activate, signed_in_desk

NEW_PASSWORD = "a brand new secret"


@pytest.fixture
def desk(qtbot, make_desk):
    """Anna Smith (101, administrator) signed in; Bob (102) a colleague who never signed in."""
    desk = signed_in_desk(qtbot, make_desk, tray_available=False)
    desk.accounts.create_user("102", "Bob Jones", PASSWORD)
    activate(qtbot, desk.window)
    return desk


def open_team(qtbot, desk):
    window = desk.window
    assert window.team_action.isEnabled()
    window.team_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "team_dialog", None) is not None, timeout=3000)
    dialog = window.team_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.accounts_list.topLevelItemCount() == 2, timeout=5000)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    return dialog


def rows(dialog) -> list[list[str]]:
    tree = dialog.accounts_list
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def select(dialog, extension: str) -> None:
    tree = dialog.accounts_list
    for r in range(tree.topLevelItemCount()):
        if tree.topLevelItem(r).text(1) == extension:
            tree.setCurrentItem(tree.topLevelItem(r))
            return
    raise AssertionError(f"no row for {extension}")


def field(form, name) -> QLineEdit:
    return next(w for w in form.findChildren(QLineEdit) if w.accessibleName() == name)


def named_button(widget, name) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.accessibleName() == name)


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)


def wait_form(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.form is not None and dialog.form.isVisible(), timeout=3000)
    form = dialog.form
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=3000)
    return form


def wait_problem(qtbot, widget, words: str) -> str:
    qtbot.waitUntil(
        lambda: widget.problem.isVisible() and words in widget.problem.text(), timeout=8000
    )
    return widget.problem.text()


def can_sign_in(desk, extension, password) -> bool:
    try:
        desk.accounts.authorize_admin(extension, password)
    except WrongCredentials:
        return False
    except NotAdministrator:  # the password was right
        return True
    return True


# -- the menu entry ------------------------------------------------------------------------


def test_team_is_in_the_file_menu_for_administrators_only(qtbot, make_desk):
    desk = signed_in_desk(qtbot, make_desk, tray_available=False)
    assert desk.window.team_action.isEnabled()
    assert desk.window.team_action in desk.window.menuBar().actions()[0].menu().actions()
    bob = desk.accounts.create_user("102", "Bob Jones", PASSWORD)
    desk.shutdown()

    desk = make_desk()
    desk.start_session(desk.accounts.sign_in("102", PASSWORD))
    qtbot.waitExposed(desk.window)
    action = desk.window.team_action
    assert desk.user.id == bob.id
    assert not action.isEnabled()
    assert action.toolTip() == "Only an administrator can open Team."
    assert desk.window.show_team() is None  # not even by a direct call


# -- the list ------------------------------------------------------------------------------


def test_the_list_shows_every_account_with_role_state_and_last_sign_in(qtbot, desk):
    from desktop.ui.dialogs.team import last_sign_in_text

    dialog = open_team(qtbot, desk)

    desk.accounts.sign_in("101", PASSWORD)  # (so that Anna has signed in)
    dialog.reload()
    anna = desk.accounts.get_user("101")
    qtbot.waitUntil(lambda: rows(dialog)[0][4] == last_sign_in_text(anna.last_sign_in_at))
    assert rows(dialog) == [
        ["Anna Smith", "101", "Administrator", "Enabled", last_sign_in_text(anna.last_sign_in_at)],
        ["Bob Jones", "102", "Colleague", "Enabled", "Never"],
    ]
    assert rows(dialog)[0][4] != "Never"
    assert dialog.accounts_list.accessibleName() == "Accounts"


# -- adding a colleague ----------------------------------------------------------------------


def test_an_administrator_adds_a_colleague_with_the_keyboard_only(qtbot, desk):
    dialog = open_team(qtbot, desk)

    # Enter: the default button, Add colleague…
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    form = wait_form(qtbot, dialog)
    assert form.windowTitle() == "Add a colleague"
    assert form.action_button.isDefault()
    type_into(qtbot, field(form, "Extension"), "103")
    type_into(qtbot, field(form, "Name"), "Carla Diaz")
    type_into(qtbot, field(form, "Password"), NEW_PASSWORD)
    type_into(qtbot, field(form, "Repeat password"), NEW_PASSWORD)
    form.administrator.setFocus()
    qtbot.keyClick(form.administrator, Qt.Key.Key_Space)
    assert form.administrator.isChecked()
    qtbot.keyClick(form.administrator, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.form is None, timeout=8000)
    qtbot.waitUntil(lambda: len(rows(dialog)) == 3, timeout=5000)
    assert rows(dialog)[2][:4] == ["Carla Diaz", "103", "Administrator", "Enabled"]
    assert dialog.notice.text() == "Added Carla Diaz (103) as an administrator."
    assert dialog.selected_user().extension == "103"
    assert desk.accounts.authorize_admin("103", NEW_PASSWORD).display_name == "Carla Diaz"

    # Escape closes the Team dialog.
    qtbot.keyClick(dialog.accounts_list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


@pytest.mark.parametrize(
    ("extension", "name", "password", "repeat", "sentence"),
    [
        ("103", "Carla", NEW_PASSWORD, NEW_PASSWORD + "!", "The two passwords are not the same."),
        ("103", "Carla", "short", "short", "Choose a password of at least 8 characters."),
        ("102", "Carla", NEW_PASSWORD, NEW_PASSWORD, "Extension 102 already has an account."),
        ("carla@union.org", "Carla", NEW_PASSWORD, NEW_PASSWORD, "not your email address"),
        ("103", "  ", NEW_PASSWORD, NEW_PASSWORD, "Enter a name for the account"),
    ],
)
def test_a_refused_colleague_is_a_sentence_in_the_form_and_nothing_is_made(
    qtbot, desk, extension, name, password, repeat, sentence
):
    dialog = open_team(qtbot, desk)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = wait_form(qtbot, dialog)
    type_into(qtbot, field(form, "Extension"), extension)
    type_into(qtbot, field(form, "Name"), name)
    type_into(qtbot, field(form, "Password"), password)
    type_into(qtbot, field(form, "Repeat password"), repeat)
    qtbot.keyClick(field(form, "Repeat password"), Qt.Key.Key_Return)

    shown = wait_problem(qtbot, form, sentence)
    assert password not in shown
    assert form.isVisible()
    assert [u.extension for u in desk.accounts.list_users()] == ["101", "102"]


def test_account_work_runs_in_the_account_thread(qtbot, desk, monkeypatch):
    threads = []
    real = desk.accounts.create_user

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(desk.accounts, "create_user", recording)
    dialog = open_team(qtbot, desk)
    form = dialog.add()
    form = wait_form(qtbot, dialog)
    type_into(qtbot, field(form, "Extension"), "103")
    type_into(qtbot, field(form, "Name"), "Carla")
    type_into(qtbot, field(form, "Password"), NEW_PASSWORD)
    type_into(qtbot, field(form, "Repeat password"), NEW_PASSWORD)
    qtbot.mouseClick(form.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rows(dialog)) == 3, timeout=8000)

    assert len(threads) == 1
    assert threads[0] is not threading.main_thread()


# -- changing an account ---------------------------------------------------------------------


def test_reset_password_gives_the_colleague_a_new_one(qtbot, desk):
    dialog = open_team(qtbot, desk)
    select(dialog, "102")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    form = wait_form(qtbot, dialog)
    assert "Bob Jones (102)" in form.windowTitle()
    type_into(qtbot, field(form, "New password"), NEW_PASSWORD)
    type_into(qtbot, field(form, "Repeat password"), NEW_PASSWORD)
    qtbot.keyClick(field(form, "Repeat password"), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.form is None, timeout=8000)
    assert dialog.notice.text() == "Changed the password of Bob Jones (102)."
    assert can_sign_in(desk, "102", NEW_PASSWORD)
    assert not can_sign_in(desk, "102", PASSWORD)


def test_disable_and_enable_a_colleague(qtbot, desk):
    dialog = open_team(qtbot, desk)
    select(dialog, "102")
    assert dialog.disable_button.accessibleName() == "Disable"

    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows(dialog)[1][3] == "Disabled", timeout=5000)
    assert desk.accounts.get_user("102").disabled
    assert dialog.notice.text() == "Bob Jones (102) is disabled and can no longer sign in."
    assert dialog.disable_button.accessibleName() == "Enable"

    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows(dialog)[1][3] == "Enabled", timeout=5000)
    assert not desk.accounts.get_user("102").disabled


def test_the_last_enabled_administrator_is_kept_and_the_sentence_says_why(qtbot, desk):
    dialog = open_team(qtbot, desk)
    select(dialog, "101")

    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    sentence = wait_problem(qtbot, dialog, "only enabled administrator")
    assert "Make another colleague an administrator first." in sentence
    assert not desk.accounts.get_user("101").disabled

    assert dialog.admin_button.accessibleName() == "Remove administrator"
    dialog.problem.hide()
    qtbot.mouseClick(dialog.admin_button, Qt.MouseButton.LeftButton)
    wait_problem(qtbot, dialog, "removing its administrator role")
    assert desk.accounts.get_user("101").is_admin

    # With Bob an administrator too, Anna may step down.
    select(dialog, "102")
    assert dialog.admin_button.accessibleName() == "Make administrator"
    qtbot.mouseClick(dialog.admin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows(dialog)[1][2] == "Administrator", timeout=5000)
    assert dialog.notice.text() == "Bob Jones (102) is an administrator now."
    select(dialog, "101")
    qtbot.mouseClick(dialog.admin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows(dialog)[0][2] == "Colleague", timeout=5000)
    assert not desk.accounts.get_user("101").is_admin

    # Anna is no administrator now: the next change is refused, in a sentence.
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    wait_problem(qtbot, dialog, "Only an administrator can change accounts.")


def test_every_action_is_reachable_by_keyboard(qtbot, desk):
    dialog = open_team(qtbot, desk)
    dialog.accounts_list.setFocus()
    seen = set()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    for button in (
        dialog.add_button,
        dialog.reset_button,
        dialog.disable_button,
        dialog.admin_button,
        dialog.close_button,
    ):
        assert button in seen, button.accessibleName()
        assert button.accessibleName() == button.text().replace("&", "")
    # Alt+R opens Reset password for the selected account.
    select(dialog, "102")
    dialog.accounts_list.setFocus()
    qtbot.keyClick(dialog.accounts_list, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    form = wait_form(qtbot, dialog)
    assert form.user.extension == "102"
    qtbot.keyClick(field(form, "New password"), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.form is None, timeout=3000)
    assert dialog.isVisible()


# -- the last sign-in, as `smsdesk users list` reads it --------------------------------------


def test_users_list_shows_the_sign_in_made_in_the_app(qtbot, make_desk):
    from desktop.admin import cli
    from tests.ui.test_login import field as login_field
    from tests.ui.test_login import login_dialog, signed_in_window
    from tests.ui.test_login import type_into as login_type

    home = str(make_desk.paths.data_dir.parent)

    def users_list() -> list[str]:
        out = io.StringIO()
        assert cli.main(["--home", home, "users", "list"], out=out, err=io.StringIO()) == 0
        return out.getvalue().splitlines()

    # The first account, made on the command line as the README says: never signed in.
    stdin = io.StringIO(PASSWORD + "\n")
    added = cli.main(
        ["--home", home, "users", "add", "101", "--name", "Anna", "--admin", "--password-stdin"],
        stdin=stdin,
        out=io.StringIO(),
        err=io.StringIO(),
    )
    assert added == 0
    assert users_list()[1].endswith("never")

    desk = make_desk()
    dialog = login_dialog(qtbot, desk)
    login_type(qtbot, login_field(dialog, "Extension"), "101")
    login_type(qtbot, login_field(dialog, "Password"), PASSWORD)
    qtbot.keyClick(login_field(dialog, "Password"), Qt.Key.Key_Return)
    signed_in_window(qtbot, desk)

    assert not users_list()[1].endswith("never")


def test_the_dialog_and_its_forms_read_everything_to_a_screen_reader(qtbot, desk):
    from tests.ui.a11y_tree import problems

    dialog = open_team(qtbot, desk)
    select(dialog, "101")
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    wait_problem(qtbot, dialog, "only enabled administrator")
    assert problems(dialog) == []

    form = dialog.add()
    form = wait_form(qtbot, dialog)
    type_into(qtbot, field(form, "Extension"), "103")
    type_into(qtbot, field(form, "Name"), "Carla")
    type_into(qtbot, field(form, "Password"), "short")
    type_into(qtbot, field(form, "Repeat password"), "short")
    qtbot.keyClick(field(form, "Repeat password"), Qt.Key.Key_Return)
    wait_problem(qtbot, form, "Choose a password")
    assert problems(form) == []

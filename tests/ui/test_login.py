"""Signing in with an extension and password, first-run account creation, Remember me."""

import hashlib
import re

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from desktop.accounts.remembered import TOKEN_PREFIX, keep_remembered
from desktop.accounts.staff import RememberedSignInEnded
from desktop.system.credentials import SERVICE, CredentialStore
from desktop.ui.dialogs.login import EMAIL_HINT, LoginDialog
from desktop.ui.window.main_window import MainWindow

PASSWORD = "correct horse 42"


def login_dialog(qtbot, desk) -> LoginDialog:
    desk.begin()
    qtbot.waitUntil(lambda: desk.login is not None and desk.login.isVisible(), timeout=5000)
    return desk.login


def field(dialog, name) -> QLineEdit:
    return next(w for w in dialog.findChildren(QLineEdit) if w.accessibleName() == name)


def button(dialog, name) -> QPushButton:
    return next(w for w in dialog.findChildren(QPushButton) if w.accessibleName() == name)


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)


def signed_in_window(qtbot, desk) -> MainWindow:
    qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible(), timeout=8000)
    return desk.window


def test_first_run_creates_the_first_account_as_admin(qtbot, make_desk):
    desk = make_desk()
    dialog = login_dialog(qtbot, desk)
    assert dialog.windowTitle() == "Create the first account"
    type_into(qtbot, field(dialog, "Extension"), "101")
    type_into(qtbot, field(dialog, "Your name"), "Anna Smith")
    type_into(qtbot, field(dialog, "Password"), PASSWORD)
    type_into(qtbot, field(dialog, "Repeat password"), PASSWORD)
    qtbot.mouseClick(button(dialog, "Create account"), Qt.MouseButton.LeftButton)
    window = signed_in_window(qtbot, desk)
    assert desk.user.extension == "101"
    assert desk.user.is_admin
    assert window.user_label.text() == "Anna Smith (101)"


def test_first_run_refuses_different_passwords(qtbot, make_desk):
    desk = make_desk()
    dialog = login_dialog(qtbot, desk)
    type_into(qtbot, field(dialog, "Extension"), "101")
    type_into(qtbot, field(dialog, "Your name"), "Anna")
    type_into(qtbot, field(dialog, "Password"), PASSWORD)
    type_into(qtbot, field(dialog, "Repeat password"), PASSWORD + "!")
    qtbot.keyClick(field(dialog, "Repeat password"), Qt.Key.Key_Return)
    assert dialog.error.isVisible()
    assert "not the same" in dialog.error.text()
    assert not desk.accounts.has_users()


@pytest.fixture
def desk_with_anna(make_desk):
    desk = make_desk()
    desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD)
    return desk


def test_an_email_address_gets_the_extension_hint_and_no_sign_in_attempt(qtbot, desk_with_anna):
    dialog = login_dialog(qtbot, desk_with_anna)
    assert dialog.windowTitle() == "Sign in to SMS Desk"
    type_into(qtbot, field(dialog, "Extension"), "anna@union.org")
    assert dialog.extension_hint.isVisible()  # inline, as they type
    assert dialog.extension_hint.text() == EMAIL_HINT
    type_into(qtbot, field(dialog, "Password"), PASSWORD)
    qtbot.mouseClick(button(dialog, "Sign in"), Qt.MouseButton.LeftButton)
    assert not dialog.busy  # no attempt was made
    assert dialog.extension_hint.text() == EMAIL_HINT
    assert not dialog.error.isVisible()
    assert desk_with_anna.accounts.throttle_delay("anna@union.org") == pytest.approx(0.05)
    qtbot.wait(200)  # no sign-in must happen
    assert desk_with_anna.window is None


def test_wrong_passwords_are_answered_ever_more_slowly(qtbot, desk_with_anna):
    # The delays the accounts wait are recorded (and still waited): their lengths are the
    # rule, while wall-clock times would depend on the machine's load.
    waited: list[float] = []
    real_sleep = desk_with_anna.accounts._sleep

    def sleep(seconds: float) -> None:
        waited.append(round(seconds, 3))
        real_sleep(seconds)

    desk_with_anna.accounts._sleep = sleep
    dialog = login_dialog(qtbot, desk_with_anna)
    type_into(qtbot, field(dialog, "Extension"), "101")
    for _ in range(3):
        type_into(qtbot, field(dialog, "Password"), "not my password")
        qtbot.keyClick(field(dialog, "Password"), Qt.Key.Key_Return)  # Enter submits
        assert dialog.busy
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
        assert dialog.error.text() == "Extension or password is wrong"
        assert field(dialog, "Password").text() == ""
    assert waited == [0.05, 0.1, 0.2]  # doubling each time
    assert desk_with_anna.window is None


def test_the_right_password_opens_the_main_window(qtbot, desk_with_anna):
    dialog = login_dialog(qtbot, desk_with_anna)
    type_into(qtbot, field(dialog, "Extension"), "101")
    type_into(qtbot, field(dialog, "Password"), PASSWORD)
    qtbot.keyClick(field(dialog, "Password"), Qt.Key.Key_Return)
    window = signed_in_window(qtbot, desk_with_anna)
    assert not dialog.isVisible()
    assert window.user_label.text() == "Anna Smith (101)"


def test_focus_and_tab_order(qtbot, desk_with_anna):
    dialog = login_dialog(qtbot, desk_with_anna)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field(dialog, "Extension"), timeout=2000)
    order = [QApplication.focusWidget().accessibleName()]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().accessibleName())
    assert order == ["Extension", "Password", "Remember me", "Sign in"]


def test_remember_me_signs_in_after_a_restart_and_sign_out_forgets(
    qtbot, make_desk, desk_with_anna, memory_keyring, monkeypatch
):
    dialog = login_dialog(qtbot, desk_with_anna)
    type_into(qtbot, field(dialog, "Extension"), "101")
    type_into(qtbot, field(dialog, "Password"), PASSWORD)
    dialog.remember.setChecked(True)
    qtbot.keyClick(field(dialog, "Password"), Qt.Key.Key_Return)
    signed_in_window(qtbot, desk_with_anna)
    key = f"user:{desk_with_anna.accounts.database_id()}:101"
    # The keyring keeps a random token, not the password; the database its digest.
    qtbot.waitUntil(lambda: (SERVICE, key) in memory_keyring.secrets, timeout=5000)
    token = memory_keyring.secrets[(SERVICE, key)]
    assert token.startswith(TOKEN_PREFIX)
    assert PASSWORD not in token
    assert desk_with_anna.accounts.remembered_count("101") == 1
    assert PASSWORD not in make_desk.paths.settings_file.read_text()
    desk_with_anna.shutdown()

    # The repeat start checks the token: no scrypt at all.
    monkeypatch.setattr(hashlib, "scrypt", lambda *a, **k: pytest.fail("scrypt was run"))
    restarted = make_desk()
    restarted.begin()
    window = signed_in_window(qtbot, restarted)  # no dialog to fill in
    assert restarted.user.extension == "101"

    window.sign_out_action.trigger()
    qtbot.waitUntil(
        lambda: restarted.login is not None and restarted.login.isVisible(), timeout=5000
    )
    assert restarted.window is None
    qtbot.waitUntil(lambda: (SERVICE, key) not in memory_keyring.secrets, timeout=5000)
    assert restarted.accounts.remembered_count("101") == 0  # revoked, not only forgotten
    assert '"remembered_extension": ""' in make_desk.paths.settings_file.read_text()


def remembered_desk(make_desk):
    """A desk whose settings remember 101, as after a sign-in with "Remember me"."""
    from desktop.config.settings import Settings

    return make_desk(
        settings=Settings(
            default_region="US",
            no_tray_notice_shown=True,
            quiet_hours=False,
            remembered_extension="101",
        )
    )


def test_a_token_revoked_elsewhere_asks_for_the_password_and_unticking_forgets(
    qtbot, make_desk, desk_with_anna, memory_keyring
):
    accounts, credentials = desk_with_anna.accounts, desk_with_anna.credentials
    anna = accounts.get_user("101")
    keep_remembered(accounts, credentials, anna, PASSWORD)
    key = (SERVICE, f"user:{accounts.database_id()}:101")
    accounts.set_password("101", "a new password 9")  # on another desk, say

    desk = remembered_desk(make_desk)
    desk.begin()
    qtbot.waitUntil(lambda: desk.login is not None and desk.login.isVisible(), timeout=5000)
    dialog = desk.login
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert dialog.error.text() == (
        "The sign-in remembered on this computer has ended. Type your password."
    )

    # Signing in again without "Remember me": nothing is remembered any more.
    dialog.remember.setChecked(False)
    type_into(qtbot, field(dialog, "Password"), "a new password 9")
    qtbot.keyClick(field(dialog, "Password"), Qt.Key.Key_Return)
    signed_in_window(qtbot, desk)
    qtbot.waitUntil(lambda: key not in memory_keyring.secrets, timeout=5000)
    assert accounts.remembered_count("101") == 0


def test_unticking_remember_me_revokes_this_desks_token(
    qtbot, make_desk, desk_with_anna, memory_keyring
):
    accounts, credentials = desk_with_anna.accounts, desk_with_anna.credentials
    keep_remembered(accounts, credentials, accounts.get_user("101"), PASSWORD)
    key = (SERVICE, f"user:{accounts.database_id()}:101")
    token = memory_keyring.secrets[key]

    dialog = login_dialog(qtbot, desk_with_anna)
    type_into(qtbot, field(dialog, "Extension"), "101")
    type_into(qtbot, field(dialog, "Password"), PASSWORD)
    dialog.remember.setChecked(False)
    qtbot.keyClick(field(dialog, "Password"), Qt.Key.Key_Return)
    signed_in_window(qtbot, desk_with_anna)

    qtbot.waitUntil(lambda: key not in memory_keyring.secrets, timeout=5000)
    assert accounts.remembered_count("101") == 0
    with pytest.raises(RememberedSignInEnded):
        accounts.sign_in_remembered("101", token)


def test_without_a_secure_keyring_it_says_so_and_writes_no_secret(qtbot, make_desk):
    desk = make_desk(credentials=CredentialStore(keyring.backends.fail.Keyring()))
    desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD)
    dialog = login_dialog(qtbot, desk)
    assert dialog.keyring_warning.isVisible()
    warning = dialog.keyring_warning.text()
    assert "can't be remembered" in warning
    assert "GNOME Keyring" in warning or "KWallet" in warning
    assert not dialog.remember.isEnabled()
    type_into(qtbot, field(dialog, "Extension"), "101")
    type_into(qtbot, field(dialog, "Password"), PASSWORD)
    qtbot.keyClick(field(dialog, "Password"), Qt.Key.Key_Return)
    signed_in_window(qtbot, desk)  # continuing without remembering works
    desk.shutdown()
    for path in make_desk.paths.data_dir.parent.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_creating_the_first_account_counts_as_its_first_sign_in(qtbot, make_desk):
    desk = make_desk()
    dialog = login_dialog(qtbot, desk)
    type_into(qtbot, field(dialog, "Extension"), "101")
    type_into(qtbot, field(dialog, "Your name"), "Anna Smith")
    type_into(qtbot, field(dialog, "Password"), PASSWORD)
    type_into(qtbot, field(dialog, "Repeat password"), PASSWORD)
    qtbot.keyClick(field(dialog, "Repeat password"), Qt.Key.Key_Return)
    signed_in_window(qtbot, desk)

    # `smsdesk users list` reads this: it said "never" right after the first sign-in.
    assert desk.accounts.get_user("101").last_sign_in_at is not None


def test_the_password_is_checked_off_the_gui_thread(qtbot, desk_with_anna, monkeypatch):
    import threading

    threads = []
    real = desk_with_anna.accounts.sign_in

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(desk_with_anna.accounts, "sign_in", recording)
    dialog = login_dialog(qtbot, desk_with_anna)
    type_into(qtbot, field(dialog, "Extension"), "101")
    type_into(qtbot, field(dialog, "Password"), PASSWORD)
    qtbot.keyClick(field(dialog, "Password"), Qt.Key.Key_Return)
    signed_in_window(qtbot, desk_with_anna)

    assert len(threads) == 1
    assert threads[0] is not threading.main_thread()


def test_the_dialog_says_how_long_to_wait_after_wrong_sign_ins(qtbot, make_desk):
    from desktop.accounts.staff import Accounts

    desk = make_desk()
    desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD)
    # Slow enough that the answer waits a whole second, the least the dialog counts down.
    desk.accounts = Accounts(desk.store, throttle_base=1.5, throttle_cap=3.0)
    dialog = login_dialog(qtbot, desk)
    type_into(qtbot, field(dialog, "Extension"), "101")
    type_into(qtbot, field(dialog, "Password"), "not my password")
    qtbot.keyClick(field(dialog, "Password"), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.wait_note.isVisible(), timeout=5000)
    # 1.5 s, counted down in whole seconds (1 s if the machine was slow to show it).
    assert re.fullmatch(
        r"After wrong sign-ins SMS Desk answers more slowly: wait [12] s\.",
        dialog.wait_note.text(),
    )
    assert dialog.wait_note.textFormat() == Qt.TextFormat.PlainText
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=8000)
    assert dialog.error.text() == "Extension or password is wrong"
    assert not dialog.wait_note.isVisible()


def test_a_password_remembered_by_an_older_version_signs_in_and_becomes_a_token(
    qtbot, make_desk, memory_keyring
):
    from desktop.config.settings import Settings

    desk = make_desk(
        settings=Settings(
            default_region="US",
            no_tray_notice_shown=True,
            quiet_hours=False,
            remembered_extension="101",
        )
    )
    desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD)
    memory_keyring.secrets[(SERVICE, "user:101")] = PASSWORD  # keyed by extension alone

    desk.begin()
    signed_in_window(qtbot, desk)  # no dialog to fill in

    key = f"user:{desk.accounts.database_id()}:101"
    qtbot.waitUntil(lambda: (SERVICE, key) in memory_keyring.secrets, timeout=5000)
    # The password left the keyring (both keys): a token of this database took its place.
    assert list(memory_keyring.secrets) == [(SERVICE, key)]
    assert memory_keyring.secrets[(SERVICE, key)].startswith(TOKEN_PREFIX)
    assert desk.accounts.remembered_count("101") == 1


def test_a_sign_in_whose_turn_is_too_far_away_says_how_long_to_wait(qtbot, desk_with_anna):
    from datetime import timedelta

    from desktop.core.models import utcnow
    from desktop.store.tables import sign_in_failures

    # Other copies of the app (or guessers) made 12 wrong tries and hold the turn in 20 s:
    # the next one is 20 + 30 s away, more than the longest delay.
    with desk_with_anna.store.engine.begin() as conn:
        conn.execute(
            sign_in_failures.insert().values(
                extension="101", failures=12, last_failure_at=utcnow() + timedelta(seconds=20)
            )
        )
    dialog = login_dialog(qtbot, desk_with_anna)
    type_into(qtbot, field(dialog, "Extension"), "101")
    type_into(qtbot, field(dialog, "Password"), PASSWORD)
    qtbot.keyClick(field(dialog, "Password"), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert re.fullmatch(
        r"There were too many wrong sign-ins for this extension\. Wait \d+ s, then try again\.",
        dialog.error.text(),
    )
    assert not dialog.busy
    assert desk_with_anna.window is None

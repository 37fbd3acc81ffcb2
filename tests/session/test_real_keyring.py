"""Remember me through the real OS keyring (Secret Service / gnome-keyring).

These run only inside ``desktop-session`` (a real X screen, D-Bus and an unlocked
gnome-keyring); ``tests/integration/test_desktop_session.py`` starts them there.
"""

import uuid

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.accounts.remembered import TOKEN_PREFIX
from desktop.system.credentials import SERVICE, CredentialStore, keyring_status

pytestmark = pytest.mark.real_keyring

PASSWORD = "correct horse 42"


def test_the_session_keyring_is_the_secure_secret_service():
    status = keyring_status()
    assert status.secure, status.advice
    assert "secret" in status.backend.lower() or "gnome" in status.backend.lower()


def test_remember_me_is_kept_in_the_secret_service_and_sign_out_removes_it(qtbot, make_desk):
    credentials = CredentialStore()
    desk = make_desk(credentials=credentials)
    key = f"user:{desk.accounts.database_id()}:101"  # this database's own entry
    desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD)
    desk.begin()
    qtbot.waitUntil(lambda: desk.login is not None and desk.login.isVisible(), timeout=5000)
    dialog = desk.login
    fields = {w.accessibleName(): w for w in dialog.findChildren(QLineEdit)}
    qtbot.keyClicks(fields["Extension"], "101")
    qtbot.keyClicks(fields["Password"], PASSWORD)
    dialog.remember.setChecked(True)
    qtbot.keyClick(fields["Password"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.window is not None, timeout=8000)
    # A token, not the password: the database keeps its digest, the keyring the token.
    kept = keyring.get_password(SERVICE, key)
    assert kept is not None
    assert kept.startswith(TOKEN_PREFIX)
    assert PASSWORD not in kept
    assert desk.accounts.remembered_count("101") == 1
    desk.shutdown()

    restarted = make_desk(credentials=CredentialStore())
    restarted.begin()
    qtbot.waitUntil(lambda: restarted.window is not None, timeout=8000)
    assert restarted.user.extension == "101"

    restarted.window.sign_out_action.trigger()
    qtbot.waitUntil(
        lambda: restarted.login is not None and restarted.login.isVisible(), timeout=5000
    )
    qtbot.waitUntil(lambda: keyring.get_password(SERVICE, key) is None, timeout=5000)
    assert restarted.accounts.remembered_count("101") == 0  # revoked, not only forgotten


def test_two_databases_keep_their_own_sign_in_for_one_extension_in_the_secret_service():
    credentials = CredentialStore()
    first, second = uuid.uuid4().hex, uuid.uuid4().hex
    try:
        credentials.remember_sign_in("101", "password of desk A", database=first)
        credentials.remember_sign_in("101", "password of desk B", database=second)

        assert CredentialStore().remembered_sign_in("101", database=first) == "password of desk A"
        assert CredentialStore().remembered_sign_in("101", database=second) == (
            "password of desk B"
        )
    finally:
        credentials.forget_sign_in("101", database=first)
        credentials.forget_sign_in("101", database=second)


def test_an_older_versions_entry_is_replaced_by_its_databases_token_in_the_secret_service():
    extension = str(100000 + uuid.uuid4().int % 900000)  # not shared with another test
    database = uuid.uuid4().hex
    keyring.set_password(SERVICE, f"user:{extension}", PASSWORD)  # as SMS Desk kept it
    credentials = CredentialStore()
    token = TOKEN_PREFIX + "made-by-accounts-remember"
    try:
        assert credentials.remembered_sign_in(extension, database=database) == PASSWORD

        credentials.remember_sign_in(extension, token, database=database, password=PASSWORD)

        assert keyring.get_password(SERVICE, f"user:{extension}") is None
        assert keyring.get_password(SERVICE, f"user:{database}:{extension}") == token
    finally:
        credentials.forget_sign_in(extension, database=database, password=PASSWORD)

"""Remember me through the real OS keyring (Secret Service / gnome-keyring).

These run only inside ``desktop-session`` (a real X screen, D-Bus and an unlocked
gnome-keyring); ``tests/integration/test_desktop_session.py`` starts them there.
"""

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.credentials import SERVICE, CredentialStore, keyring_status

pytestmark = pytest.mark.real_keyring

PASSWORD = "correct horse 42"


def test_the_session_keyring_is_the_secure_secret_service():
    status = keyring_status()
    assert status.secure, status.advice
    assert "secret" in status.backend.lower() or "gnome" in status.backend.lower()


def test_remember_me_is_kept_in_the_secret_service_and_sign_out_removes_it(qtbot, make_desk):
    credentials = CredentialStore()
    credentials.forget_password("101")  # the session keyring may outlive an earlier run
    desk = make_desk(credentials=credentials)
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
    assert keyring.get_password(SERVICE, "user:101") == PASSWORD
    desk.shutdown()

    restarted = make_desk(credentials=CredentialStore())
    restarted.begin()
    qtbot.waitUntil(lambda: restarted.window is not None, timeout=8000)
    assert restarted.user.extension == "101"

    restarted.window.sign_out_action.trigger()
    qtbot.waitUntil(
        lambda: restarted.login is not None and restarted.login.isVisible(), timeout=5000
    )
    qtbot.waitUntil(lambda: keyring.get_password(SERVICE, "user:101") is None, timeout=5000)

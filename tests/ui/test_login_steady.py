"""The sign-in form stands still: a message coming and going moves no field (a click meant
for the Password field must not land on its label), on the sign-in form and on the first
run's account form."""

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSWORD
from tests.ui.test_login_layout import LONG_ERROR, login_dialog
from tests.ui.windows import activate


@pytest.fixture(params=["sign in", "first run"])
def dialog(request, qtbot, make_desk):
    desk = make_desk()
    if request.param == "sign in":
        desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD)
    shown = login_dialog(qtbot, desk)
    qtbot.waitExposed(shown)
    activate(qtbot, shown)
    return shown


def spot(widget):
    return widget.mapToGlobal(QPoint(0, 0))


def settle(qtbot):
    QApplication.processEvents()
    qtbot.wait(50)  # a posted LayoutRequest and the resize it may bring


def test_the_password_field_stays_put_as_an_error_comes_and_goes(qtbot, dialog):
    fields = (dialog.extension, dialog.password, dialog.remember)
    before = [spot(w) for w in fields]
    for sentence in ("Enter your password.", "Extension or password is wrong", LONG_ERROR):
        dialog.show_error(sentence)
        qtbot.waitUntil(dialog.error.isVisible, timeout=3000)
        settle(qtbot)
        assert [spot(w) for w in fields] == before, sentence
        qtbot.keyClicks(dialog.password, "x")  # typing clears the error
        qtbot.waitUntil(lambda: not dialog.error.isVisible(), timeout=3000)
        settle(qtbot)
        assert [spot(w) for w in fields] == before, sentence


def test_the_email_hint_moves_no_field_either(qtbot, dialog):
    before = spot(dialog.password)
    dialog.extension.setFocus()
    qtbot.keyClicks(dialog.extension, "anna@example.com")
    qtbot.waitUntil(dialog.extension_hint.isVisible, timeout=3000)
    settle(qtbot)
    assert spot(dialog.password) == before
    dialog.extension.clear()
    qtbot.keyClicks(dialog.extension, "101")
    qtbot.waitUntil(lambda: not dialog.extension_hint.isVisible(), timeout=3000)
    settle(qtbot)
    assert spot(dialog.password) == before

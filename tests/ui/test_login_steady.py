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


def test_the_place_kept_for_messages_is_only_as_tall_as_they_need(qtbot, dialog):
    line = dialog.error.fontMetrics().lineSpacing()
    spacing = dialog.layout().spacing()
    settle(qtbot)
    # Empty, the place is the gap before the button: no taller than its reserve, which is
    # no taller than two lines (the email hint wraps once at this width).
    gap = dialog.submit.y() - (dialog.remember.y() + dialog.remember.height())
    assert dialog.messages.height() == dialog.messages.minimumHeight() <= 2 * line + 2
    assert gap <= dialog.messages.height() + 2 * spacing
    # Wide enough for every usual message on one line: one line kept.
    dialog.resize(1000, dialog.height())
    qtbot.waitUntil(lambda: dialog.messages.minimumHeight() <= line + 2, timeout=3000)


def test_the_usual_messages_fit_the_place_and_move_nothing_not_even_the_button(qtbot, dialog):
    settle(qtbot)
    parts = (dialog.extension, dialog.password, dialog.remember, dialog.submit)
    before, height = [spot(w) for w in parts], dialog.height()
    for sentence in dialog.usual_messages():
        dialog.show_error(sentence)
        qtbot.waitUntil(dialog.error.isVisible, timeout=3000)
        settle(qtbot)
        assert ([spot(w) for w in parts], dialog.height()) == (before, height), sentence
        qtbot.keyClicks(dialog.password, "x")  # typing clears the error
        qtbot.waitUntil(lambda: not dialog.error.isVisible(), timeout=3000)

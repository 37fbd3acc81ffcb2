"""The sign-in form keeps room for its messages: a long error grows the dialog and never
lies over the fields or their labels."""

import itertools

from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton

LONG_ERROR = (
    "The extension or the password is not right. Check the extension your administrator "
    "gave you and type the password again; after five wrong attempts signing in waits a "
    "little longer each time, so take your time."
)


def login_dialog(qtbot, desk):
    desk.begin()
    qtbot.waitUntil(lambda: desk.login is not None and desk.login.isVisible(), timeout=5000)
    return desk.login


def visible_parts(dialog):
    kinds = (QLabel, QLineEdit, QCheckBox, QPushButton)
    return [
        w
        for kind in kinds
        for w in dialog.findChildren(kind)
        if w.isVisible() and w.window() is dialog
    ]


def rect_in_dialog(widget, dialog):
    rect = widget.rect()
    rect.moveTopLeft(widget.mapTo(dialog, rect.topLeft()))
    return rect


def assert_nothing_overlaps(dialog):
    parts = visible_parts(dialog)
    for widget in parts:
        assert dialog.rect().contains(rect_in_dialog(widget, dialog)), widget.objectName()
    for first, second in itertools.combinations(parts, 2):
        if first.isAncestorOf(second) or second.isAncestorOf(first):
            continue  # (a line edit's own clear button...)
        a, b = rect_in_dialog(first, dialog), rect_in_dialog(second, dialog)
        assert not a.intersects(b), (first.text(), second.text() if hasattr(second, "text") else "")


def test_a_long_sign_in_error_grows_the_dialog_and_overlaps_nothing(qtbot, make_desk):
    desk = make_desk()
    dialog = login_dialog(qtbot, desk)
    before = dialog.height()
    dialog.show_error(LONG_ERROR)
    qtbot.waitUntil(lambda: dialog.height() > before, timeout=3000)
    QApplication.processEvents()
    assert dialog.error.height() >= 3 * dialog.error.fontMetrics().lineSpacing()
    assert_nothing_overlaps(dialog)
    # Not squeezed back: the dialog can't be made too short for it.
    dialog.resize(dialog.width(), before)
    QApplication.processEvents()
    assert_nothing_overlaps(dialog)

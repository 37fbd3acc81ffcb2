"""Settings reads as one form (issue 17 item 9): in every section, every label right-aligned
to one edge and every field, check box and hint starting at one edge, the same for all
sections; drop-downs and spin boxes as tall as line edits; nothing cut off on an 800 x 600
screen."""

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.core import i18n
from desktop.gateway.twilio_carrier import TWILIO_LABEL
from desktop.ui.look import language
from desktop.ui.look.forms import WrappingCheck
from tests.ui.test_settings_dialog import named, open_settings

LABEL, FIELD = QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole


@pytest.fixture
def desk(qtbot, make_desk):
    desk = make_desk(fixed_gateway=False)
    desk.start_session(desk.accounts.create_first_admin("101", "Anna Smith", "correct horse 42"))
    qtbot.waitExposed(desk.window)
    return desk


def x_in(dialog, widget, x=0):
    return widget.mapTo(dialog, QPoint(x, 0)).x()


def rows(dialog):
    """(section title, label or None, the field's left x in the dialog, field widget or
    None) for every shown row of every section."""
    found = []
    for box, form in dialog.sections:
        layout = form.layout
        for row in range(layout.rowCount()):
            field_item = layout.itemAt(row, FIELD)
            if field_item is None:
                continue
            field = field_item.widget()
            if field is not None and not field.isVisible():
                continue
            left = (
                x_in(dialog, field)
                if field is not None
                else box.mapTo(dialog, field_item.geometry().topLeft()).x()
            )
            label_item = layout.itemAt(row, LABEL)
            label = label_item.widget() if label_item is not None else None
            found.append((box.title(), label, left, field))
    return found


def assert_one_form(dialog):
    found = rows(dialog)
    assert len(found) > 15
    lefts = {(title, left) for title, _label, left, _field in found}
    assert len({left for _title, left in lefts}) == 1, sorted(lefts)  # one fields edge
    labels = [label for _title, label, _left, _field in found if label is not None]
    assert len(labels) >= 8
    rights = {(label.text(), x_in(dialog, label, label.width())) for label in labels}
    assert len({right for _text, right in rights}) == 1, sorted(rights)  # one labels edge
    for label in labels:
        assert label.alignment() & Qt.AlignmentFlag.AlignRight, label.text()
        assert whole(label), label.text()
    # Check boxes and hints are in the fields column: they start at the fields' edge.
    (edge,) = {left for _title, left in lefts}
    boxes = [f for _t, _l, _x, f in found if isinstance(f, WrappingCheck)]
    hints = [h for h in shown(dialog, QLabel) if h.property("role") == "formHint"]
    assert len(boxes) >= 5
    assert len(hints) >= 5
    assert {x_in(dialog, w) for w in boxes + hints} == {edge}
    # Fields one width: every line edit and drop-down ends at one edge too.
    growing = shown(dialog, QLineEdit) + shown(dialog, QComboBox)
    assert len(growing) >= 6
    assert len({x_in(dialog, f, f.width()) for f in growing}) == 1
    # A hint hugs its field: nearer to it than the field is to the row above.
    for hint in hints:
        field = hint.parentWidget().layout().itemAt(0).widget()
        if hint.parentWidget() in {f for _t, _l, _x, f in found}:
            gap = hint.mapTo(dialog, QPoint()).y() - field.mapTo(dialog, QPoint()).y()
            assert gap - field.height() <= 4, hint.text()


def whole(label):
    """Whether all of ``label``'s words show (a wrapping one on as many lines as needed)."""
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height()
    return label.width() >= label.sizeHint().width()


def shown(dialog, kind):
    """The visible widgets of ``kind`` in the form (not a spin box's own text field)."""
    return [
        w
        for box, _form in dialog.sections
        for w in box.findChildren(kind)
        if w.isVisible() and not isinstance(w.parent(), QAbstractSpinBox)
    ]


def settle(qtbot, dialog, width, height):
    dialog.resize(width, height)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: dialog.width() == max(width, dialog.minimumWidth()), timeout=3000)
    QApplication.processEvents()


def test_every_section_is_one_form_at_1024_and_at_the_smallest(qtbot, desk):
    dialog = open_settings(qtbot, desk)
    settle(qtbot, dialog, 1024, 700)
    assert_one_form(dialog)
    settle(qtbot, dialog, dialog.minimumWidth(), dialog.minimumHeight())
    assert_one_form(dialog)


def test_another_carriers_fields_keep_the_same_edges(qtbot, desk):
    dialog = open_settings(qtbot, desk)
    qtbot.waitUntil(lambda: len({left for _t, _l, left, _f in rows(dialog)}) == 1, timeout=3000)
    before = {left for _t, _l, left, _f in rows(dialog)}
    combo = named(dialog, QComboBox, "Gateway")
    combo.setCurrentIndex(combo.findText(TWILIO_LABEL))
    qtbot.waitUntil(lambda: named(dialog, QLineEdit, "Account SID").isVisible(), timeout=3000)
    QApplication.processEvents()
    assert_one_form(dialog)
    assert {left for _t, _l, left, _f in rows(dialog)} == before  # nothing moved sideways


def test_drop_downs_and_spin_boxes_are_as_tall_as_line_edits(qtbot, desk):
    dialog = open_settings(qtbot, desk)
    heights = [
        (type(w).__name__, w.height())
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox)
        and w.isVisible()
        and not isinstance(w.parent(), QAbstractSpinBox)  # (a spin box's own text field)
    ]
    assert {"QLineEdit", "QComboBox", "QSpinBox", "QTimeEdit"} <= {k for k, _h in heights}
    assert len({h for _k, h in heights}) == 1, heights


@pytest.fixture
def speak(qapp, monkeypatch):
    """Speak a language for one test (as tests/translations/test_language.py does)."""
    monkeypatch.delenv(language.PSEUDO_VARIABLE, raising=False)

    def install(setting):
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
        language.install_language(qapp, setting)

    yield install
    for translator in language._installed:
        qapp.removeTranslator(translator)
    language._installed.clear()
    QLocale.setDefault(QLocale.c())
    i18n.uninstall()


@pytest.mark.parametrize("tongue", ["en", "de"])  # German's words are a third longer
def test_nothing_is_cut_off_on_an_800_by_600_screen(qtbot, desk, speak, tongue):
    speak(tongue)
    dialog = open_settings(qtbot, desk)
    settle(qtbot, dialog, 800, 600)
    scroll = dialog._scroll
    content = scroll.widget()
    # Only the height scrolls: the form is never wider than the view of it.
    assert content.minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    for _title, label, _left, field in rows(dialog):
        for widget in (label, field):
            if widget is None:
                continue
            right = widget.mapTo(content, QPoint(widget.width(), 0)).x()
            assert right <= scroll.viewport().width(), type(widget).__name__
            if isinstance(widget, QLabel):
                assert whole(widget), widget.text()
            elif isinstance(widget, WrappingCheck):
                assert whole(widget.label), widget.label.text()
            else:
                assert widget.width() >= widget.minimumSizeHint().width()


def test_a_check_boxs_wrapped_words_toggle_it_as_its_own_text_would(qtbot, desk):
    dialog = open_settings(qtbot, desk)
    sound = named(dialog, QCheckBox, "Play a sound when an SMS arrives")
    words = sound.parentWidget().label
    assert words.text() == "Play a sound when an SMS arrives"
    dialog._scroll.ensureWidgetVisible(words)
    before = sound.isChecked()
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert sound.isChecked() is not before
    qtbot.waitUntil(sound.hasFocus, timeout=3000)
    qtbot.keyClick(sound, Qt.Key.Key_Space)  # and the keyboard still works the box
    assert sound.isChecked() is before

"""Keyboard focus is visible on every kind of focusable control, in every theme: rendered with
focus, the control shows the theme's focus-ring colour at least 2 px thick, and without focus
it does not (the chat list and message list also ring their current row)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime, QPoint, QRect, Qt, QTime
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QTabBar,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app import apply_colour_scheme
from desktop.ui.look.tokens import THEMES, ThemeName

OLIVIA = "+14155550134"


def _close(pixel: QColor, ring: QColor) -> bool:
    return (
        abs(pixel.red() - ring.red()) <= 12
        and abs(pixel.green() - ring.green()) <= 12
        and abs(pixel.blue() - ring.blue()) <= 12
    )


def _run(image: QImage, ring: QColor, start: QPoint, step: QPoint) -> int:
    """The longest run of ring-coloured pixels along a line from ``start`` (the first third
    of the way in), i.e. the ring's thickness where the line crosses it."""
    best = current = 0
    point = QPoint(start)
    limit = max(image.width(), image.height()) // 3
    for _ in range(limit):
        if not image.rect().contains(point):
            break
        if _close(image.pixelColor(point), ring):
            current += 1
            best = max(best, current)
        else:
            current = 0
        point += step
    return best


def ring_thickness(image: QImage, ring: QColor, y: int | None = None) -> int:
    """The ring's thickness on the left edge (at height ``y``, default the middle) and on
    the top edge; the smaller of the two, so a single coloured line does not count."""
    middle_y = image.height() // 2 if y is None else y
    left = _run(image, ring, QPoint(0, middle_y), QPoint(1, 0))
    if y is not None:
        return left
    top = _run(image, ring, QPoint(image.width() // 2, 0), QPoint(0, 1))
    return min(left, top)


def assert_focus_visible(qtbot, widget: QWidget, park: QWidget, ring: QColor, what: str) -> None:
    # A tab bar rings its current tab: look at that tab.
    area = QRect(0, 0, -1, -1)  # the whole widget
    if isinstance(widget, QTabBar):
        area = widget.tabRect(widget.currentIndex())
    park.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(park.hasFocus, timeout=3000)
    before = widget.grab(area).toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=3000)
    after = widget.grab(area).toImage()
    assert after != before, f"{what}: pixel-identical with and without focus"
    assert ring_thickness(after, ring) >= 2, f"{what}: no 2 px focus ring"
    assert ring_thickness(before, ring) < 2, f"{what}: ringed without focus"


@pytest.fixture(params=list(ThemeName), ids=lambda n: n.value)
def themed(request, monkeypatch, qtbot):
    app = QApplication.instance()
    monkeypatch.setenv("SMSDESK_THEME", request.param.value)
    yield request.param, QColor(THEMES[request.param]["focus_ring"])
    monkeypatch.setenv("SMSDESK_THEME", "light")
    apply_colour_scheme(app)


def _activate(qtbot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def test_every_control_of_the_main_window_shows_a_focus_ring(
    qtbot, main_window, demo_gateway, themed
):
    name, ring = themed
    apply_colour_scheme(QApplication.instance())
    demo_gateway.inbound(OLIVIA, "Hi, is my order ready?")
    qtbot.waitUntil(lambda: main_window.chat_model.find(OLIVIA) is not None, timeout=5000)
    main_window.open_conversation(main_window.chat_model.find(OLIVIA))
    model = main_window.conversation.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading, timeout=3000)
    _activate(qtbot, main_window)

    pane = main_window.conversation
    header = [b for b in pane.header.findChildren(QToolButton) if b.isVisible() and b.isEnabled()]
    named = {b.accessibleName() for b in header}
    assert {"Transfer", "Dealt with", "More options", "Close"} <= named, named
    tools = [b for b in pane.findChildren(QToolButton) if b.objectName() == "composerTool"]
    tools = [b for b in tools if b.isVisible()]
    assert len(tools) >= 2  # Templates, Attach picture
    pane.editor.setPlainText("Ready")  # Send is enabled with text to send
    tabs = [main_window.view_tabs]
    controls = [
        *((b, b.accessibleName()) for b in header),
        *((b, b.accessibleName() or b.text()) for b in tools),
        *((t, "Chats/Archived tab") for t in tabs),
        (main_window.new_sms_button, "New SMS (+)"),
        (pane.send_button, "Send"),
        (main_window.search, "chat search"),
        (pane.editor, "message box"),
        (main_window.chat_list, "chat list"),
        (pane.view, "message list"),
    ]
    for widget, what in controls:
        park = main_window.search if widget is not main_window.search else pane.editor
        assert_focus_visible(qtbot, widget, park, ring, f"{name.value}: {what}")

    # The lists also ring their current row, inside the viewport, only with focus.
    for view, what in ((main_window.chat_list, "chat row"), (pane.view, "message")):
        view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(view.hasFocus, timeout=3000)
        current = view.currentIndex()
        assert current.isValid(), what
        row = view.visualRect(current)
        focused = view.viewport().grab().toImage()
        main_window.search.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(main_window.search.hasFocus, timeout=3000)
        unfocused = view.viewport().grab().toImage()
        assert ring_thickness(focused, ring, row.center().y()) >= 2, f"{name.value}: {what}"
        assert ring_thickness(unfocused, ring, row.center().y()) < 2, f"{name.value}: {what}"


def test_dialog_and_popup_controls_show_a_focus_ring(qtbot, themed):
    name, ring = themed
    from desktop.app import create_application

    create_application([])
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    field = QLineEdit()
    check = QCheckBox("Remember me")
    plain = QPushButton("Test connection")
    records = QListWidget()
    records.addItems(["First record", "Second record"])
    tabs = QTabBar()
    tabs.addTab("Chats")
    tabs.addTab("Archived")
    tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setDefault(True)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    popup = QFrame()
    popup.setObjectName("messagePopup")
    popup_layout = QVBoxLayout(popup)
    reply = QPushButton("Reply")
    reply.setObjectName("popupReply")
    mark_read = QPushButton("Mark as read")
    close = QToolButton()
    close.setObjectName("popupClose")
    close.setText("Close")
    for widget in (reply, mark_read, close):
        popup_layout.addWidget(widget)
    for widget in (field, check, plain, records, tabs, buttons, popup):
        layout.addWidget(widget)
    _activate(qtbot, dialog)
    controls = [
        (field, "dialog field"),
        (check, "check box"),
        (plain, "dialog button"),
        (records, "list in a dialog"),
        (ok, "default dialog button"),
        (cancel, "Cancel"),
        (tabs, "tab bar"),
        (reply, "pop-up Reply"),
        (mark_read, "pop-up button"),
        (close, "pop-up Close"),
    ]
    for widget, what in controls:
        park = field if widget is not field else plain
        assert_focus_visible(qtbot, widget, park, ring, f"{name.value}: {what}")


def arrow_rects(widget: QWidget) -> list[QRect]:
    """Where the style puts a combo box's drop-down arrow, or a spin box's up and down
    buttons (a date-time edit with a calendar pop-up has a drop-down arrow instead)."""
    style = widget.style()
    control = QStyle.ComplexControl
    if isinstance(widget, QComboBox) or (
        isinstance(widget, QDateTimeEdit) and widget.calendarPopup()
    ):
        option = QStyleOptionComboBox()
        option.initFrom(widget)
        option.subControls = QStyle.SubControl.SC_All
        option.frame = True
        return [
            style.subControlRect(
                control.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, widget
            )
        ]
    spin = QStyleOptionSpinBox()
    spin.initFrom(widget)
    spin.subControls = QStyle.SubControl.SC_All
    spin.frame = True
    assert isinstance(widget, QAbstractSpinBox)
    spin.buttonSymbols = widget.buttonSymbols()
    return [
        style.subControlRect(control.CC_SpinBox, spin, part, widget)
        for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown)
    ]


def arrow_pixels(image: QImage, rect: QRect, arrow: QColor) -> set[tuple[int, int]]:
    """The pixels of the arrow colour inside one button rect (device pixels: the grab is at
    the screen's scale), 3 px in from its edges: a rounded corner of the boundary, black in
    high contrast as the arrow is, may reach into the rect."""
    rect = rect.adjusted(3, 3, -3, -3)
    scale = image.devicePixelRatio()
    pixels = set()
    for x in range(int(rect.left() * scale), int((rect.right() + 1) * scale)):
        for y in range(int(rect.top() * scale), int((rect.bottom() + 1) * scale)):
            if image.rect().contains(x, y) and _close(image.pixelColor(x, y), arrow):
                pixels.add((x, y))
    return pixels


def test_combo_spin_time_and_date_time_boxes_show_a_focus_ring_and_keep_their_arrows(qtbot, themed):
    """The pickers of Settings, the send-later dialog and quiet hours: ringed with focus as
    the fields are, and their arrows drawn (in the theme's arrow colour, inside each
    drop-down or up/down button) and unmoved whether they have focus or not."""
    name, ring = themed
    from desktop.app import create_application

    create_application([])
    arrow = QColor(THEMES[name]["arrow"])
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    field = QLineEdit("park")
    combo = QComboBox()
    combo.addItems(["United States", "Germany"])
    spin = QSpinBox()
    spin.setRange(1, 300)
    spin.setValue(30)
    spin.setSuffix(" s")
    time = QTimeEdit(QTime(21, 0))
    time.setDisplayFormat("HH:mm")
    date_time = QDateTimeEdit(QDateTime(2026, 12, 5, 21, 0, 0))
    date_time.setDisplayFormat("ddd d MMM yyyy  HH:mm")
    date_time.setCalendarPopup(True)  # as the send-later dialog has it
    stepped = QDateTimeEdit(QDateTime(2026, 12, 5, 21, 0, 0))
    controls = [
        (combo, "combo box"),
        (spin, "spin box"),
        (time, "time edit"),
        (date_time, "date-time edit with a calendar"),
        (stepped, "date-time edit"),
    ]
    form.addRow("Park", field)
    for widget, what in controls:
        form.addRow(what, widget)
    dialog.resize(420, 0)
    _activate(qtbot, dialog)
    for widget, what in controls:
        label = f"{name.value}: {what}"
        assert_focus_visible(qtbot, widget, field, ring, label)
        focused = widget.grab().toImage()
        field.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(field.hasFocus, timeout=3000)
        unfocused = widget.grab().toImage()
        for rect in arrow_rects(widget):
            assert rect.isValid(), f"{label}: {rect}"
            assert widget.rect().contains(rect), f"{label}: {rect}"
            drawn = arrow_pixels(unfocused, rect, arrow)
            assert len(drawn) >= 6, f"{label}: no arrow in {rect} ({len(drawn)} pixels)"
            assert arrow_pixels(focused, rect, arrow) == drawn, f"{label}: the arrow moved"

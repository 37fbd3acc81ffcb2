"""Small screens and large fonts: the conversation's toolbar shows icons and an overflow
menu rather than cut words, the name stays whole, the window never opens larger than its
screen, and the action icons follow the palette."""

import pytest
from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.conversation.conversation_header import TITLE_ROOM, ToolbarMode
from desktop.ui.look import action_icons
from desktop.ui.look.action_icons import ACTION_ICONS, action_icon, icon_file
from desktop.ui.window.screen_fit import fitted_geometry

OLIVIA = "+14155550134"
WORDS = {"call": "Call", "transfer": "Transfer", "dealt_with": "Dealt with"}
WORDS |= {"more": "More options", "close": "Close"}


@pytest.fixture
def opened(qtbot, main_window, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Hi, is my order ready?")
    qtbot.waitUntil(lambda: main_window.chat_model.find(OLIVIA) is not None, timeout=5000)
    main_window.open_conversation(main_window.chat_model.find(OLIVIA))
    return main_window


def settle(window, width, height):
    if width < window.minimumWidth():
        window.setMinimumSize(0, 0)
    window.resize(width, height)
    for _ in range(3):
        QApplication.processEvents()


def check_nothing_cut(header):
    """Every visible button whole and inside the header; its words whole when it shows
    them; the accessible names the full words; what is hidden is in More options."""
    for action_id, button in header.buttons.items():
        assert button.accessibleName() == WORDS[action_id]
        assert not button.icon().isNull()
        if not button.isVisible():
            assert button.defaultAction() in header.more_menu.actions(), action_id
            continue
        assert button.width() >= button.sizeHint().width(), action_id  # never squeezed
        right = button.mapTo(header, button.rect().topRight()).x()
        assert right <= header.width(), action_id
        if button.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly:
            assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
        else:
            assert button.toolTip() or button.defaultAction().toolTip()
    title = header._title
    wanted = min(title.fontMetrics().horizontalAdvance(title.text()), TITLE_ROOM)
    assert title.width() >= wanted
    assert header.owner.width() > 0
    spoken = QAccessible.queryAccessibleInterface(header.owner)
    assert spoken.text(QAccessible.Text.Name) == header.owner.text()  # all of it


def test_the_toolbar_shows_words_when_there_is_room_and_icons_when_not(qtbot, opened):
    header = opened.conversation.header
    settle(opened, 1500, 700)
    assert header.mode is ToolbarMode.WORDS
    check_nothing_cut(header)
    settle(opened, 800, 600)
    assert header.mode in (ToolbarMode.ICONS, ToolbarMode.OVERFLOW)
    check_nothing_cut(header)
    settle(opened, 720, 480)  # the window's minimum size
    check_nothing_cut(header)
    settle(opened, 1500, 700)
    assert header.mode is ToolbarMode.WORDS
    assert all(b.isVisible() for b in header.buttons.values())
    assert header.more_menu.actions()[0] is header.archive_action  # the overflow went back


def test_what_does_not_fit_goes_into_more_options(qtbot, opened):
    header = opened.conversation.header
    settle(opened, 620, 480)
    mode, moved = header.choose_mode(header.width())
    assert mode is ToolbarMode.OVERFLOW
    assert moved >= 1
    check_nothing_cut(header)
    assert header.buttons["more"].isVisible()
    assert header.buttons["close"].isVisible()
    hidden = [a for a, b in header.buttons.items() if not b.isVisible()]
    assert len(hidden) == moved
    menu_texts = [a.text() for a in header.more_menu.actions()]
    for action_id in hidden:
        assert WORDS[action_id] in menu_texts


def test_the_window_opens_no_larger_than_its_screen(qtbot, main_window):
    available = main_window.screen().availableGeometry()
    frame = main_window.frameGeometry()
    assert main_window.width() <= available.width()
    assert main_window.height() <= available.height()
    assert frame.width() <= available.width() or frame.width() - main_window.width() < 20


def test_a_geometry_restored_from_a_larger_monitor_is_cut_to_this_screen(qtbot, main_window):
    available = main_window.screen().availableGeometry()
    main_window.setMinimumSize(0, 0)
    main_window.setGeometry(QRect(2000, 100, 1620, 1080))  # the other monitor
    saved = main_window.saveGeometry()
    main_window.setGeometry(QRect(0, 0, 400, 300))
    main_window.restoreGeometry(saved)
    placed = main_window.geometry()
    assert available.contains(placed), (placed, available)


def test_fitted_geometry_keeps_the_frame_on_the_screen():
    screen = QRect(0, 0, 853, 533)  # 1280x800 at 144 dpi (scale 1.5)
    frame = QMargins(0, 30, 0, 0)
    fitted = fitted_geometry(QRect(0, 0, 1080, 720), screen, frame, QSize(720, 480))
    assert fitted == QRect(0, 30, 853, 503)
    # A small window stays as it is; one off the screen's edge comes back whole.
    assert fitted_geometry(QRect(50, 80, 400, 300), screen, frame) == QRect(50, 80, 400, 300)
    assert fitted_geometry(QRect(700, 400, 400, 300), screen, frame) == QRect(453, 233, 400, 300)
    # The minimum size is kept when the screen has room for it.
    assert fitted_geometry(QRect(0, 0, 300, 200), screen, frame, QSize(720, 480)).size() == (
        QSize(720, 480)
    )


def test_every_action_icon_is_shipped_and_drawn_in_the_palette_text_colour(qapp):
    for name in ACTION_ICONS:
        assert not action_icon(name).pixmap(24, 24).isNull(), icon_file(name)
    original = QGuiApplication.palette()
    try:
        for colour in ("#102030", "#f0e0d0"):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
            QApplication.setPalette(palette)
            image = action_icon("call").pixmap(48, 48).toImage()
            opaque = {
                image.pixelColor(x, y).name()
                for x in range(48)
                for y in range(48)
                if image.pixelColor(x, y).alpha() == 255
            }
            assert opaque == {colour}
    finally:
        QApplication.setPalette(original)


def test_the_conversation_s_icons_are_rendered_before_the_first_open(qtbot, make_desk, monkeypatch):
    # Rendered while the app is idle after the list's first paint, not in the first click.
    rendered: set[str] = set()
    render = action_icons._rendered

    def recording(name, *args):
        rendered.add(name)
        return render.__wrapped__(name, *args)  # uncached: every icon drawn counts

    monkeypatch.setattr(action_icons, "_rendered", recording)
    desk = make_desk()
    desk.start_session(desk.accounts.create_first_admin("101", "Anna Smith", "correct horse 42"))
    qtbot.waitExposed(desk.window)
    assert desk.window.conversation.conversation is None  # nothing opened yet
    header = {"call", "transfer", "dealt_with", "more", "close", "templates", "send"}
    qtbot.waitUntil(lambda: header <= rendered, timeout=3000)

"""Pop-ups keep clear of the main window's toolbar (the open conversation's Call … More
options, Close): the stack goes below or above it, shows fewer pop-ups when it must, and
moves when the window does (issue 17, item 10)."""

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication

from desktop.ui.notifications.popup_geometry import (
    MARGIN,
    clear_of_toolbars,
    column,
    fitting,
    stack_geometry,
)
from desktop.ui.notifications.popups import MessagePopup

OLIVIA, SAM, LIAM = "+14155550134", "+12025550173", "+13125550199"
SCREEN = QRect(0, 0, 1366, 768)


# -- the arithmetic --------------------------------------------------------------------------


def test_a_stack_from_a_top_corner_starts_under_the_toolbar():
    toolbar = QRect(600, 40, 766, 56)  # a maximised window's conversation header
    area = clear_of_toolbars(SCREEN, Qt.Corner.TopRightCorner, [toolbar], 150)
    rects, _ = stack_geometry(area, Qt.Corner.TopRightCorner, [QSize(360, 150)])
    assert not rects[0].intersects(toolbar)
    assert rects[0].top() == toolbar.bottom() + 1 + MARGIN


def test_a_stack_on_a_bottom_corner_stops_under_the_toolbar_with_fewer_popups():
    toolbar = QRect(600, 300, 766, 56)
    area = clear_of_toolbars(SCREEN, Qt.Corner.BottomRightCorner, [toolbar], 150)
    heights = [150, 150, 150]
    shown = fitting(area, heights, 28, 3)
    assert shown == 2  # three do not fit between the toolbar and the taskbar
    sizes = [QSize(360, h) for h in heights[:shown]]
    rects, more = stack_geometry(area, Qt.Corner.BottomRightCorner, sizes, QSize(360, 28))
    assert more is not None
    assert not any(r.intersects(toolbar) for r in [*rects, more])
    # Without the toolbar all three fit.
    assert fitting(SCREEN, heights, 28, 3) == 3


def test_a_toolbar_low_on_the_screen_sends_the_stack_above_it():
    toolbar = QRect(600, 680, 766, 56)  # no room for a pop-up under it
    area = clear_of_toolbars(SCREEN, Qt.Corner.BottomRightCorner, [toolbar], 150)
    assert area.bottom() < toolbar.top()
    rects, _ = stack_geometry(area, Qt.Corner.BottomRightCorner, [QSize(360, 150)])
    assert not rects[0].intersects(toolbar)


def test_a_toolbar_outside_the_stacks_column_changes_nothing():
    toolbar = QRect(0, 300, 500, 56)  # the window sits on the left half
    assert not column(SCREEN, Qt.Corner.BottomRightCorner).intersects(toolbar)
    assert clear_of_toolbars(SCREEN, Qt.Corner.BottomRightCorner, [toolbar], 150) == SCREEN


def test_when_no_room_is_clear_the_popup_still_shows_where_it_always_did():
    toolbar = QRect(0, 100, 1366, 568)  # taller than the screen leaves room for
    area = clear_of_toolbars(SCREEN, Qt.Corner.BottomRightCorner, [toolbar], 150)
    assert area == SCREEN
    assert fitting(area, [150, 150, 150, 150], 28, 3) == 3


def test_at_least_one_popup_is_always_shown():
    assert fitting(QRect(0, 0, 400, 60), [150, 150], 28, 3) == 1


# -- the real window -------------------------------------------------------------------------


def _popup(qtbot, desk, number):
    def found():
        return next(
            (
                p
                for p in desk.popups.popups
                if isinstance(p, MessagePopup) and p.conversation.peer_number == number
            ),
            None,
        )

    qtbot.waitUntil(lambda: found() is not None and found().isVisible(), timeout=5000)
    return found()


def _header_low_in_the_stacks_column(window) -> None:
    """Move the window so the open conversation's header crosses the pop-ups' corner."""
    available = QGuiApplication.primaryScreen().availableGeometry()
    header_top = window.conversation.header.mapTo(window, window.rect().topLeft()).y()
    origin = window.geometry().topLeft() - window.frameGeometry().topLeft()
    y = available.bottom() - 150 - header_top - origin.y()
    window.move(available.right() - window.frameGeometry().width() + 1, y)


def test_popups_do_not_cover_the_open_conversations_toolbar_and_follow_the_window(
    qtbot, make_tray_desk, demo_gateway
):
    desk = make_tray_desk(popup_seconds=60)
    window = desk.window
    demo_gateway.inbound(OLIVIA, "Is my order ready?")
    first = _popup(qtbot, desk, OLIVIA)
    conversation_id = first.conversation.id
    desk.open_conversation_by_id(conversation_id)
    qtbot.waitUntil(lambda: window.current_conversation_id == conversation_id, timeout=5000)
    qtbot.waitUntil(lambda: window.conversation.header.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: first not in desk.popups.popups, timeout=5000)  # read: no news

    _header_low_in_the_stacks_column(window)
    qtbot.waitUntil(lambda: bool(window.toolbar_rects()), timeout=5000)
    toolbar = window.toolbar_rects()[0]
    assert column(
        QGuiApplication.primaryScreen().availableGeometry(), Qt.Corner.BottomRightCorner
    ).intersects(toolbar)

    demo_gateway.inbound(SAM, "Can we move the appointment?")
    demo_gateway.inbound(LIAM, "Invoice 4471 paid")
    for number in (SAM, LIAM):
        popup = _popup(qtbot, desk, number)
    qtbot.waitUntil(
        lambda: not any(p.geometry().intersects(toolbar) for p in desk.popups.visible_popups),
        timeout=3000,
    )

    # The window moves back up: the stack follows, back down to its corner (the header is
    # no longer in its way), and still covers nothing of it.
    window.move(window.x(), 0)
    qtbot.waitUntil(lambda: window.toolbar_rects() and window.toolbar_rects()[0] != toolbar)
    moved = window.toolbar_rects()[0]
    bottom = QGuiApplication.primaryScreen().availableGeometry().bottom() - MARGIN
    qtbot.waitUntil(
        lambda: max(p.geometry().bottom() for p in desk.popups.visible_popups) == bottom,
        timeout=3000,
    )
    assert not any(p.geometry().intersects(moved) for p in desk.popups.visible_popups)
    assert popup.isVisible()

    # Minimised, the window has no toolbar to keep clear of.
    window.showMinimized()
    qtbot.waitUntil(lambda: window.toolbar_rects() == [], timeout=3000)

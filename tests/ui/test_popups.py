"""Pop-ups answered in place: Reply, Mark as read, Open; merging, stacking, Do not disturb,
and the tray's badge and close-to-tray behaviour."""

import itertools
from datetime import UTC, datetime, time

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
)

from desktop.core.models import ContactDraft
from desktop.ui.look.icons import badge_text
from desktop.ui.notifications.popup_geometry import keep_clear_of, stack_geometry, tray_corner
from desktop.ui.notifications.popups import MessagePopup

OLIVIA, SAM = "+14155550134", "+12025550173"


def named(widget, kind, name):
    return next(w for w in widget.findChildren(kind) if w.accessibleName() == name)


@pytest.fixture
def desk(make_tray_desk):
    """A signed-in desk with a system tray, pop-ups after 2 s."""
    return make_tray_desk(popup_seconds=2)


def wait_popup(qtbot, desk, number=OLIVIA) -> MessagePopup:
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


def unread(desk, number):
    return desk.session.conversations.find(number).unread_count


def test_an_inbound_sms_pops_up_with_reply_mark_as_read_and_open(qtbot, desk, demo_gateway):
    desk.session.contacts.save(ContactDraft("Olivia Bennett", (OLIVIA,)))
    demo_gateway.inbound(OLIVIA, "Is my order ready? <b>asap</b>")
    popup = wait_popup(qtbot, desk)
    assert popup.title.text() == "Olivia Bennett"
    assert popup.body_text == "Is my order ready? <b>asap</b>"  # plain text
    assert popup.body.textFormat() == Qt.TextFormat.PlainText
    for name in ("Reply", "Mark as read", "Open"):
        assert named(popup, QPushButton, name).isVisible()
    assert popup.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert popup.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_reply_in_the_popup_sends_once_and_closes_it(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Are you open today?")
    popup = wait_popup(qtbot, desk)
    qtbot.mouseClick(named(popup, QPushButton, "Reply"), Qt.MouseButton.LeftButton)
    box = named(popup, QPlainTextEdit, "Say something")
    assert box.isVisible()
    qtbot.keyClicks(box, "Yes, until 6 pm")
    assert "15 / 160" in popup.counter.text()  # the live segment counter
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert popup.status_text == "Sending…"
    qtbot.waitUntil(lambda: popup.status_text == "Sent ✓", timeout=5000)
    qtbot.waitUntil(lambda: popup not in desk.popups.popups, timeout=5000)
    assert [(m["to"], m["body"]) for m in demo_gateway.sent()] == [(OLIVIA, "Yes, until 6 pm")]
    assert unread(desk, OLIVIA) == 0  # answering is reading
    assert not desk.window.isActiveWindow() or desk.window.isVisible()


def test_a_failed_reply_shows_the_reason_in_the_popup(qtbot, desk, demo_gateway):
    from desktop.gateway.demo import Fault

    demo_gateway.inbound(OLIVIA, "Hi")
    popup = wait_popup(qtbot, desk)
    popup.start_reply()
    demo_gateway.inject(Fault.REJECT, code=21610)
    popup.editor.setPlainText("Hello?")
    popup.send()
    qtbot.waitUntil(lambda: popup.status_text.startswith("Not sent: "), timeout=5000)
    assert "STOP" in popup.status_text
    assert popup in desk.popups.popups  # stays, so the user sees why


def test_mark_as_read_clears_the_unread_count_everywhere(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Hello")
    popup = wait_popup(qtbot, desk)
    qtbot.waitUntil(lambda: desk.tray.count == 1, timeout=3000)
    assert desk.window.windowTitle() == "(1) SMS Desk"
    assert "1 unread conversation" in desk.tray.tooltip
    qtbot.mouseClick(named(popup, QPushButton, "Mark as read"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.tray.count == 0, timeout=3000)
    assert unread(desk, OLIVIA) == 0
    assert desk.window.windowTitle() == "SMS Desk"
    row = desk.window.chat_model.row_of(desk.session.conversations.find(OLIVIA).id)
    assert desk.window.chat_model.conversation_at(row).unread_count == 0
    assert popup not in desk.popups.popups


def test_open_shows_the_main_window_on_that_conversation(qtbot, desk, demo_gateway):
    desk.window.hide()
    demo_gateway.inbound(OLIVIA, "Hello")
    popup = wait_popup(qtbot, desk)
    qtbot.mouseClick(named(popup, QPushButton, "Open"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.window.isVisible(), timeout=3000)
    conversation = desk.window.conversation
    qtbot.waitUntil(
        lambda: (
            conversation.conversation is not None
            and conversation.conversation.peer_number == OLIVIA
        ),
        timeout=3000,
    )


def test_an_ignored_popup_goes_away_and_the_conversation_stays_unread(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Hello")
    popup = wait_popup(qtbot, desk)
    qtbot.waitUntil(lambda: popup not in desk.popups.popups, timeout=5000)  # 2 s setting
    assert unread(desk, OLIVIA) == 1
    assert desk.tray.count == 1


def test_a_hovered_popup_stays(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Hello")
    popup = wait_popup(qtbot, desk)
    popup.enterEvent(None)  # the pointer is over it
    qtbot.wait(2600)  # longer than its 2 s: it must not go
    assert popup in desk.popups.popups
    popup.leaveEvent(None)
    qtbot.waitUntil(lambda: popup not in desk.popups.popups, timeout=5000)


def test_three_messages_from_one_number_make_one_popup(qtbot, desk, demo_gateway):
    for text in ("one", "two", "three"):
        demo_gateway.inbound(OLIVIA, text)
    popup = wait_popup(qtbot, desk)
    qtbot.waitUntil(lambda: len(popup.messages) == 3, timeout=5000)
    assert len(desk.popups.popups) == 1
    assert popup.count.text() == "3 new messages"
    assert popup.body_text.split("\n") == ["one", "two", "three"]


def test_popups_stack_newest_on_top_three_visible_and_plus_more(qtbot, desk, demo_gateway):
    numbers = ["+14155550101", "+14155550102", "+14155550103", "+14155550104"]
    for number in numbers:
        demo_gateway.inbound(number, f"from {number}")
        wait_popup(qtbot, desk, number)
    stack = desk.popups
    assert len(stack.popups) == 4
    assert len(stack.visible_popups) == 3
    assert stack.more_text == "+1 more"
    tops = [stack.position_of(p).y() for p in stack.popups[:3]]
    assert tops == sorted(tops)  # newest (first) is highest
    assert stack.popups[0].conversation.peer_number == numbers[-1]


def test_a_burst_to_many_conversations_pops_up_the_newest_and_says_how_many_more(
    qtbot, desk, demo_gateway
):
    from desktop.ui.notifications.notifier import BURST_POPUPS
    from desktop.ui.notifications.popups import NoticePopup

    numbers = [f"+1415555{n:04d}" for n in range(BURST_POPUPS + 5)]
    demo_gateway.inbound_many([(number, f"from {number}") for number in numbers])
    stack = desk.popups
    qtbot.waitUntil(lambda: any(isinstance(p, NoticePopup) for p in stack.popups), timeout=5000)
    shown = [p for p in stack.popups if isinstance(p, MessagePopup)]
    assert len(shown) == BURST_POPUPS
    assert {p.conversation.peer_number for p in shown} == set(numbers[-BURST_POPUPS:])
    notice = next(p for p in stack.popups if isinstance(p, NoticePopup))
    assert "New messages in 5 more conversations." in " ".join(
        label.text() for label in notice.findChildren(QLabel)
    )
    assert all(unread(desk, number) == 1 for number in numbers)


def test_do_not_disturb_shows_no_popup_but_counts_unread(qtbot, desk, demo_gateway):
    sounds = []
    desk.notifier._play_sound = lambda: sounds.append(1)
    desk.live_settings.update(sound=True)
    desk.tray.dnd_action.trigger()
    assert desk.settings.do_not_disturb
    assert desk.window.dnd_action.isChecked()
    demo_gateway.inbound(OLIVIA, "Hello")
    qtbot.waitUntil(lambda: desk.session.conversations.find(OLIVIA) is not None, timeout=5000)
    qtbot.waitUntil(lambda: desk.tray.count == 1, timeout=3000)
    assert desk.popups.popups == []
    assert sounds == []
    desk.tray.dnd_action.trigger()  # off again
    demo_gateway.inbound(SAM, "Hi")
    wait_popup(qtbot, desk, SAM)
    assert sounds == [1]


def test_no_popup_for_the_conversation_being_read(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "first")
    wait_popup(qtbot, desk).close()
    window = desk.window
    window.open_conversation(desk.session.conversations.find(OLIVIA))
    window.activateWindow()
    qtbot.waitUntil(
        lambda: window.is_looking_at(int(desk.session.conversations.find(OLIVIA).id)), timeout=3000
    )
    shown = desk.notifier.shown
    demo_gateway.inbound(OLIVIA, "second")
    qtbot.waitUntil(
        lambda: (
            len(window.conversation.model.failed_messages()) == 0
            and window.conversation.model.rowCount() == 2
        ),
        timeout=5000,
    )
    qtbot.wait(300)  # no notification must follow
    assert desk.notifier.shown == shown


def test_a_popup_is_shown_without_taking_the_keyboard_until_clicked(qtbot, desk, demo_gateway):
    # The offscreen platform focuses every window it shows, so the real check (another
    # application keeps the keyboard) runs on a real X screen: tests/session/test_tray.py.
    demo_gateway.inbound(OLIVIA, "Hello")
    popup = wait_popup(qtbot, desk)
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert popup.windowHandle().flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    qtbot.mouseClick(named(popup, QPushButton, "Reply"), Qt.MouseButton.LeftButton)
    assert not popup.windowHandle().flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert popup not in desk.popups.popups


def test_closing_the_window_keeps_running_in_the_tray_with_a_one_time_notice(qtbot, desk):
    window = desk.window
    window.close()
    assert not window.isVisible()
    assert desk.window is window  # still signed in, still syncing
    qtbot.waitUntil(
        lambda: any(
            "still running" in getattr(p, "text", "") or "tray" in getattr(p, "text", "")
            for p in desk.popups.popups
        ),
        timeout=2000,
    )
    assert desk.settings.tray_notice_shown
    desk.popups.close_all()
    desk.tray.sig_open.emit()
    assert window.isVisible()
    window.close()
    qtbot.wait(100)  # no second notice must follow
    assert desk.popups.popups == []  # said once only


def test_without_a_tray_closing_the_window_quits(qtbot, make_desk):
    desk = make_desk(tray_available=False)
    desk.start_session(desk.accounts.create_first_admin("101", "Anna", "correct horse 42"))
    closed = []
    desk.window.sig_closed.connect(lambda: closed.append(True))
    desk.window.sig_closed.disconnect(QApplication.quit)
    desk.window.close()
    assert closed == [True]


# -- pure placement rules ------------------------------------------------------------------

SCREEN = QRect(0, 0, 1920, 1080)


@pytest.mark.parametrize(
    ("available", "tray", "corner"),
    [
        (QRect(0, 0, 1920, 1040), None, Qt.Corner.BottomRightCorner),  # taskbar at the bottom
        (QRect(0, 32, 1920, 1048), None, Qt.Corner.TopRightCorner),  # GNOME-like top bar
        (QRect(64, 0, 1856, 1080), None, Qt.Corner.BottomLeftCorner),  # left dock
        (QRect(0, 0, 1920, 1080), None, Qt.Corner.BottomRightCorner),  # nothing to go by
        (QRect(0, 32, 1920, 1048), QRect(20, 4, 22, 22), Qt.Corner.TopLeftCorner),
        (QRect(0, 0, 1920, 1040), QRect(1800, 1050, 24, 24), Qt.Corner.BottomRightCorner),
    ],
)
def test_the_tray_corner_is_found_wherever_the_taskbar_is(available, tray, corner):
    assert tray_corner(SCREEN, available, tray) == corner


@pytest.mark.parametrize("corner", list(Qt.Corner))
def test_the_stack_stays_inside_the_available_geometry(corner):
    available = QRect(0, 32, 1920, 1000)
    sizes = [QSize(360, 150), QSize(360, 220), QSize(360, 120)]
    rects, more = stack_geometry(available, corner, sizes, QSize(360, 28))
    for rect in [*rects, more]:
        assert available.contains(rect)
    assert [r.top() for r in rects] == sorted(r.top() for r in rects)
    assert all(a.bottom() < b.top() for a, b in itertools.pairwise(rects))


def test_popups_never_cover_the_tray_icon():
    available = QRect(0, 0, 1280, 800)  # a tray that does not reserve its space
    tray = QRect(1256, 0, 24, 22)
    corner = tray_corner(QRect(0, 0, 1280, 800), available, tray)
    clear = keep_clear_of(available, corner, tray)
    rects, _ = stack_geometry(clear, corner, [QSize(360, 150)])
    assert corner == Qt.Corner.TopRightCorner
    assert not rects[0].intersects(tray)


@pytest.mark.parametrize(("count", "text"), [(0, ""), (1, "1"), (99, "99"), (100, "99+")])
def test_badge_text(count, text):
    assert badge_text(count) == text


def test_a_popup_reply_with_unfilled_variables_is_highlighted_and_asked_about(
    qtbot, desk, demo_gateway
):
    demo_gateway.inbound(OLIVIA, "Hi")
    popup = wait_popup(qtbot, desk)
    popup.start_reply()
    popup.editor.setPlainText("Hi {first_name}, yes")
    block = popup.editor.document().firstBlock()
    assert [block.text()[f.start : f.start + f.length] for f in block.layout().formats()] == [
        "{first_name}"
    ]
    qtbot.keyClick(popup.editor, Qt.Key.Key_Return)
    assert popup.status_text == (
        "Some variables are not filled in: {first_name}. Press Enter again to send anyway."
    )
    qtbot.wait(300)  # nothing must be sent yet
    assert demo_gateway.sent() == []
    qtbot.keyClick(popup.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)


def test_a_popup_reply_takes_a_template_from_its_menu_filled_for_the_contact(
    qtbot, desk, demo_gateway
):
    me = desk.user.id
    desk.session.templates.add("thanks", "Hi {first_name}, thanks! — {my_name}", by=me, shared=True)
    desk.session.contacts.save(ContactDraft("Olivia Bennett", (OLIVIA,)))
    demo_gateway.inbound(OLIVIA, "Is my order ready?")
    popup = wait_popup(qtbot, desk)
    qtbot.mouseClick(named(popup, QPushButton, "Reply"), Qt.MouseButton.LeftButton)
    button = named(popup, QToolButton, "Templates")
    qtbot.waitUntil(button.isVisible, timeout=3000)  # once the list is read
    assert button.text() == "Templates"
    menu = button.menu()
    menu.aboutToShow.emit()  # what opening it does: read the list again
    qtbot.waitUntil(lambda: "thanks" in [a.text() for a in menu.actions()], timeout=3000)
    # In a pop-up the menu only inserts: managing templates is the main window's.
    assert [a.text() for a in menu.actions()] == ["thanks"]

    next(a for a in menu.actions() if a.text() == "thanks").trigger()
    assert popup.editor.toPlainText() == "Hi Olivia, thanks! — Anna"
    qtbot.keyClick(popup.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)
    assert demo_gateway.sent()[0]["body"] == "Hi Olivia, thanks! — Anna"


def test_a_popup_reply_completes_slash_and_a_template_name(qtbot, desk, demo_gateway):
    hours = "We are open 9 to 5, Monday to Friday."
    desk.session.templates.add("hours", hours, by=desk.user.id, shared=False)
    demo_gateway.inbound(OLIVIA, "When are you open?")
    popup = wait_popup(qtbot, desk)
    qtbot.mouseClick(named(popup, QPushButton, "Reply"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(popup.editor, "Hello! /ho")
    completions = popup.editor.findChild(QCompleter)
    qtbot.waitUntil(lambda: completions.popup().isVisible(), timeout=3000)
    qtbot.keyClick(completions.popup(), Qt.Key.Key_Return)
    assert popup.editor.toPlainText() == f"Hello! {hours}"
    qtbot.wait(300)  # nothing must be sent
    assert demo_gateway.sent() == []  # Enter chose the template; it did not send


def test_a_popup_shows_no_templates_button_while_there_are_none(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Hi")
    popup = wait_popup(qtbot, desk)
    popup.start_reply()
    button = named(popup, QToolButton, "Templates")
    with qtbot.waitSignal(desk.popups.templates.sig_changed, timeout=3000):
        desk.popups.templates.refresh()  # the list has been read: empty
    assert not button.isVisible()

    desk.session.templates.add("hours", "Open 9 to 5.", by=desk.user.id, shared=True)
    desk.popups.templates.refresh()  # as the next pop-up or a "/" does
    qtbot.waitUntil(button.isVisible, timeout=3000)


def test_an_opted_out_popup_disables_its_templates_too(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Hi")
    popup = wait_popup(qtbot, desk)
    popup.start_reply()
    demo_gateway.inbound(OLIVIA, "STOP")
    qtbot.waitUntil(lambda: bool(popup.blocked_reason), timeout=5000)
    assert not named(popup, QToolButton, "Templates").isEnabled()


def test_the_popup_length_line_is_shown_whole_however_long(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Hi")
    popup = wait_popup(qtbot, desk)
    popup.start_reply()
    popup.editor.setPlainText("x" * 1601)
    counter = popup.counter
    assert counter.text().endswith("too long to send. Shorten it or split it in two.")

    def whole() -> bool:
        # Nothing cut off at the right (a label that cannot wrap needs its whole text's
        # width) nor at the bottom (a wrapped one needs the height of its lines).
        needed = max(counter.heightForWidth(counter.width()), counter.minimumSizeHint().height())
        bottom = counter.mapTo(popup, QPoint(0, counter.height())).y()
        return (
            counter.minimumSizeHint().width() <= counter.width()
            and counter.height() >= needed
            and bottom <= popup.height()
        )

    qtbot.waitUntil(whole, timeout=3000)  # wrapped onto lines the pop-up grew for


def test_a_colleague_s_conversation_does_not_pop_up_or_count_in_my_badge(qtbot, desk, demo_gateway):
    ben = desk.accounts.create_user("102", "Ben Jones", "correct horse 42")
    theirs = desk.session.conversations.open(OLIVIA)
    desk.session.ownership.claim(theirs.id, ben.id)  # Ben answered Olivia: hers are his to answer

    demo_gateway.inbound(OLIVIA, "Is Ben there?")
    demo_gateway.inbound(SAM, "Anyone about?")
    wait_popup(qtbot, desk, SAM)
    qtbot.waitUntil(lambda: desk.notifier.idle, timeout=5000)
    qtbot.waitUntil(lambda: unread(desk, OLIVIA) == 1, timeout=5000)
    assert desk.popups.popup_for(theirs.id) is None
    # The badge counts Sam's only; Olivia's shows unread in the list, said to be Ben's.
    qtbot.waitUntil(lambda: desk.window.unread_conversations == 1, timeout=5000)
    assert desk.window.windowTitle() == "(1) SMS Desk"
    model = desk.window.chat_model
    spoken = model.index(model.row_of(theirs.id)).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "1 unread, answered by Ben Jones (102)" in spoken

    # Once it is transferred to me, it is mine: counted, and its next message pops up.
    desk.session.ownership.transfer(theirs.id, by=ben.id, to=desk.user.id)
    qtbot.waitUntil(lambda: desk.window.unread_conversations == 2, timeout=5000)
    demo_gateway.inbound(OLIVIA, "Hello?")
    wait_popup(qtbot, desk, OLIVIA)


def test_a_popup_reply_a_colleague_took_meanwhile_asks_in_the_popup(qtbot, desk, demo_gateway):
    """Ben took the conversation while the reply was being typed: the store refuses it and
    the pop-up asks, in its reply area (no dialog over it); Escape keeps the text and the
    pop-up; taking over sends it once."""
    demo_gateway.inbound(OLIVIA, "Can you call me back?")
    popup = wait_popup(qtbot, desk)
    qtbot.mouseClick(named(popup, QPushButton, "Reply"), Qt.MouseButton.LeftButton)
    ben = desk.accounts.create_user("102", "Ben Jones", "correct horse 42")
    desk.session.ownership.claim(desk.session.conversations.find(OLIVIA).id, ben.id)
    box = named(popup, QPlainTextEdit, "Say something")
    qtbot.keyClicks(box, "Calling you in five minutes")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    bar = popup.question_bar
    qtbot.waitUntil(lambda: bar.asking, timeout=5000)
    assert popup.reply_area.isAncestorOf(bar)
    assert bar.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)] == []
    assert bar.sentence.text().startswith(
        "Ben Jones (102) is answering this conversation. Take over from Ben Jones and send?"
    )
    assert bar.default_button is bar.button("Cancel")
    qtbot.keyClick(bar.button("Cancel"), Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert popup.isVisible()  # Escape took the question back, not the pop-up
    assert box.toPlainText() == "Calling you in five minutes"
    assert demo_gateway.sent() == []

    qtbot.keyClick(box, Qt.Key.Key_Return)  # again: refused again, asked again
    qtbot.waitUntil(lambda: bar.asking, timeout=5000)
    bar.button("Take over and send").click()
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 1, timeout=5000)
    assert demo_gateway.sent()[0]["body"] == "Calling you in five minutes"
    conversation = desk.session.conversations.find(OLIVIA)
    assert conversation.owner_id == desk.user.id
    qtbot.wait(300)
    assert len(demo_gateway.sent()) == 1  # once


def test_typing_again_in_the_popup_withdraws_its_question(qtbot, desk, demo_gateway):
    demo_gateway.inbound(OLIVIA, "Are you still open?")
    popup = wait_popup(qtbot, desk)
    popup.quiet_hours = lambda: (True, time(8, 0), time(21, 0))
    popup.clock = lambda: datetime(2036, 11, 25, 5, 40, tzinfo=UTC)  # 21:40 in Los Angeles
    qtbot.mouseClick(named(popup, QPushButton, "Reply"), Qt.MouseButton.LeftButton)
    box = named(popup, QPlainTextEdit, "Say something")
    qtbot.keyClicks(box, "Until 22:00")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    bar = popup.question_bar
    assert bar.asking
    assert bar.isVisible()
    box.setFocus()
    qtbot.keyClicks(box, " tonight")
    assert not bar.isVisible()
    assert box.toPlainText() == "Until 22:00 tonight"  # nothing lost
    assert popup.isVisible()
    qtbot.wait(200)
    assert demo_gateway.sent() == []


@pytest.mark.parametrize("name", ["Anna Smith (101)", "Dr. Priya Raghunathan-Whitfield (4021)"])
def test_a_notices_heading_wraps_instead_of_being_cut(qtbot, desk, name):
    # "Anna Smith (101) transferred a co" was cut at the pop-up's width, without even "…".
    from desktop.ui.notifications.popups import NoticePopup

    heading_text = f"{name} transferred a conversation to you"
    desk.popups.show_notice(heading_text, "(415) 555-0134.", 7)
    qtbot.waitUntil(
        lambda: any(isinstance(p, NoticePopup) and p.isVisible() for p in desk.popups.popups),
        timeout=5000,
    )
    notice = next(p for p in desk.popups.popups if isinstance(p, NoticePopup))
    heading = next(label for label in notice.findChildren(QLabel) if label.text() == heading_text)
    room = heading.contentsRect()
    needed = heading.fontMetrics().boundingRect(
        QRect(0, 0, room.width(), 10_000), int(Qt.TextFlag.TextWordWrap), heading_text
    )
    assert needed.width() <= room.width()
    assert needed.height() <= room.height()

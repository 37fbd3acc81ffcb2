"""The guide's workflow with the keyboard alone: sign in, New SMS, type a number, Start
Chat, type and send with Enter, Transfer to a colleague, Dealt with, and answer the next
customer's message (Ctrl+R, type, Enter).

Every step is a key event sent to the widget that has the focus (what a person at the
keyboard reaches); no mouse event and no method call acts. The outcome is read from the
store. (tests/ui/test_answer_shortcut.py tests the answer shortcut's every case.)
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.models import MessageKind

PASSWORD = "correct horse 42"
CUSTOMER = "+14155550134"
NEXT_CUSTOMER = "+12025550173"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def wait_focus_in(qtbot, window, timeout=5000):
    """Wait until the focus is inside ``window`` (a top-level widget)."""

    def inside() -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and widget.window() is window

    qtbot.waitUntil(inside, timeout=timeout)


def back_to(qtbot, window) -> None:
    """A dialog closed: the window manager gives the activation back to the window under
    it. The offscreen platform has no window manager, so the test does what it would (this
    moves no focus inside the window: Qt gives it back to the widget that had it)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def keys(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def key(qtbot, key_code, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key_code, modifiers)


def test_the_guide_s_workflow_from_the_keyboard_alone(qtbot, make_desk, demo_gateway):
    desk = make_desk()
    desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD)
    ben = desk.accounts.create_user("102", "Ben Jones", PASSWORD)

    # Sign in: the extension field has the focus; Tab to the password; Enter.
    desk.begin()
    qtbot.waitUntil(lambda: desk.login is not None and desk.login.isVisible(), timeout=5000)
    login = desk.login
    login.activateWindow()  # (the window manager's part: see back_to)
    wait_focus_in(qtbot, login)
    assert focused().accessibleName() == "Extension"
    keys(qtbot, "101")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused().accessibleName() == "Password"
    keys(qtbot, PASSWORD)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible(), timeout=8000)
    window = desk.window
    back_to(qtbot, window)
    wait_focus_in(qtbot, window)

    # New SMS (Ctrl+N), a number, Start Chat with Enter.
    key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: getattr(window, "new_dialog", None) is not None, timeout=3000)
    new_sms = window.new_dialog
    wait_focus_in(qtbot, new_sms)
    keys(qtbot, CUSTOMER)
    qtbot.waitUntil(lambda: new_sms.start_button.isEnabled(), timeout=3000)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.conversation.conversation is not None, timeout=5000)
    assert window.conversation.conversation.peer_number == CUSTOMER

    back_to(qtbot, window)
    # The focus is in the "Say something" box: type and send with Enter.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.conversation.editor, timeout=3000)
    keys(qtbot, "Your order is ready to collect.")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: [m["body"] for m in demo_gateway.sent()] == ["Your order is ready to collect."],
        timeout=8000,
    )
    store = desk.session
    qtbot.waitUntil(
        lambda: store.conversations.find(CUSTOMER).owner_id == desk.user.id, timeout=5000
    )

    # Transfer (Ctrl+Shift+T): search the colleague, Enter.
    key(qtbot, Qt.Key.Key_T, CTRL_SHIFT)
    qtbot.waitUntil(lambda: getattr(window, "transfer_dialog", None) is not None, timeout=3000)
    transfer = window.transfer_dialog
    wait_focus_in(qtbot, transfer)
    keys(qtbot, "Ben")
    qtbot.waitUntil(lambda: transfer.transfer_button.isEnabled(), timeout=3000)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.conversations.find(CUSTOMER).owner_id == ben.id, timeout=5000)

    # Dealt with (Ctrl+Shift+D), back in the main window.
    back_to(qtbot, window)
    wait_focus_in(qtbot, window)
    key(qtbot, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: store.conversations.find(CUSTOMER).archived, timeout=5000)
    done = store.conversations.find(CUSTOMER)
    assert done.dealt_with_at is not None
    assert done.owner_id is None
    history = [
        m.body
        for m in store.conversations.messages(done.id, limit=50)
        if m.kind is not MessageKind.SMS
    ]
    assert any("Transferred" in line for line in history)
    assert any("dealt with" in line for line in history)

    # The next customer writes: Ctrl+R puts the keyboard in the reply box of that newest
    # unanswered message (its pop-up's, or its conversation's), wherever the focus is.
    demo_gateway.inbound(NEXT_CUSTOMER, "Do you open on Saturdays?")
    qtbot.waitUntil(lambda: store.conversations.find(NEXT_CUSTOMER) is not None, timeout=5000)
    # Its pop-up first, as a user sees it before answering (offscreen a pop-up shown after
    # Ctrl+R would take the activation and the focus from the reply box). The store has the
    # message before the notifier hears of it: wait for the pop-up itself, then for quiet.
    next_id = int(store.conversations.find(NEXT_CUSTOMER).id)
    qtbot.waitUntil(lambda: desk.popups.popup_for(next_id) is not None, timeout=5000)
    qtbot.waitUntil(lambda: desk.notifier.idle, timeout=5000)
    back_to(qtbot, window)
    wait_focus_in(qtbot, window)
    key(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: "Say something" in focused().accessibleName(), timeout=3000)
    keys(qtbot, "Yes, 9 to 1.")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(demo_gateway.sent()) == 2, timeout=8000)
    assert (demo_gateway.sent()[-1]["to"], demo_gateway.sent()[-1]["body"]) == (
        NEXT_CUSTOMER,
        "Yes, 9 to 1.",
    )

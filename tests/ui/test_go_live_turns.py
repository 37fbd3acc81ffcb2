"""A start with a remembered sign-in goes live in short turns of the event loop: the
conversation panel is built while the sign-in is checked (the window still connecting), then
the window goes live, then the pop-ups and the tray and the sync worker come; input taken
meanwhile is honoured once live, and a quit in the middle ends cleanly."""

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest

from desktop.app import paint_last_session
from desktop.config.settings import load_settings
from desktop.system.credentials import SERVICE
from tests.conftest import PASSWORD
from tests.ui.test_snapshot_start import click_row, first_session, live, user_key
from tests.ui.windows import activate


def painted_early(qtbot, make_desk, memory_keyring):
    """The window painted from the last session's snapshot, connecting, and active."""
    first_session(qtbot, make_desk, memory_keyring)
    settings = load_settings(make_desk.paths.settings_file).settings
    early = paint_last_session(make_desk.paths, live(make_desk, settings))
    assert early is not None
    activate(qtbot, early.window)
    return early


class Turns(QObject):
    """Notes, at every turn of the event loop (a zero timer), what the desk has made."""

    def __init__(self, desk, window) -> None:
        super().__init__()
        self.states: list[tuple[bool, bool, bool]] = []
        self._desk, self._window = desk, window
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.note)
        self._timer.start()

    def note(self) -> None:
        window = self._window
        self.states.append(
            (
                hasattr(window, "conversation"),
                not window.from_snapshot,
                self._desk.tray_session is not None,
            )
        )


def test_the_panel_is_built_while_the_sign_in_is_checked(qtbot, make_desk, memory_keyring):
    early = painted_early(qtbot, make_desk, memory_keyring)
    window = early.window
    assert not hasattr(window, "conversation")  # the first paint does not build it

    desk = make_desk(early=early)
    desk.prepare_session()  # as desktop.app does, beside begin()'s sign-in check
    qtbot.waitUntil(lambda: hasattr(window, "conversation"), timeout=8000)
    assert window.from_snapshot  # still connecting: built ahead, not live
    assert window.right.currentWidget() is window.empty  # (not shown until a row opens)
    assert window.actions()
    assert not any(a.isEnabled() for a in window.actions())

    desk.begin()
    qtbot.waitUntil(lambda: desk.window is window and not window.from_snapshot, timeout=8000)
    # The panel built without a user has the one signed in now.
    assert desk.user is not None
    assert window.conversation._user_id == desk.user.id
    assert window.conversation.model.me == desk.user.id
    assert window.conversation.templates.user_id == desk.user.id
    assert any(a.isEnabled() for a in window.actions())


def test_going_live_is_split_into_turns(qtbot, make_desk, memory_keyring):
    early = painted_early(qtbot, make_desk, memory_keyring)
    window = early.window
    desk = make_desk(early=early)
    turns = Turns(desk, window)
    # At which turn (how many zero-timer ticks had run) each step began.
    began: dict[str, int] = {}

    def noted(name, step):
        def run(*args, **kwargs):
            began[name] = len(turns.states)
            return step(*args, **kwargs)

        return run

    window.prepare_live = noted("panel", window.prepare_live)
    window.go_live = noted("live", window.go_live)
    desk._finish_session = noted("pop-ups", desk._finish_session)
    desk._start_tray_and_sync = noted("tray and sync", desk._start_tray_and_sync)
    desk.begin()  # (no prepare_session: the panel is built in its own turn then)
    qtbot.waitUntil(lambda: desk.tray_session is not None, timeout=8000)
    turns._timer.stop()
    # Each step in a turn of its own, in this order: other events ran between them.
    order = [began["panel"], began["live"], began["pop-ups"], began["tray and sync"]]
    assert order == sorted(set(order))
    assert (True, False, False) in turns.states  # the panel built, still connecting
    assert (True, True, False) in turns.states  # live, the tray not yet made
    assert turns.states[-1] == (True, True, True)


def test_a_row_clicked_by_mouse_during_the_turns_opens_once_live(qtbot, make_desk, memory_keyring):
    early = painted_early(qtbot, make_desk, memory_keyring)
    window = early.window
    desk = make_desk(early=early)
    desk.prepare_session()
    qtbot.waitUntil(lambda: hasattr(window, "conversation"), timeout=8000)
    chosen = window.chat_model.conversation_at(2)
    click_row(window, 2)  # the panel is there, the window not live: taken, not refused
    assert window.statusBar().currentMessage() == ""
    assert window.current_conversation_id is None

    desk.begin()
    qtbot.waitUntil(lambda: window.current_conversation_id == chosen.id, timeout=8000)
    assert not window.from_snapshot
    # (the rest of the turns run before the test ends: its teardown does not race them)
    qtbot.waitUntil(lambda: desk.tray_session is not None, timeout=8000)


def test_a_row_chosen_by_keyboard_during_the_turns_opens_once_live(
    qtbot, make_desk, memory_keyring
):
    early = painted_early(qtbot, make_desk, memory_keyring)
    window = early.window
    desk = make_desk(early=early)
    desk.prepare_session()
    qtbot.waitUntil(lambda: hasattr(window, "conversation"), timeout=8000)
    view = window.chat_list
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Down)
    row = view.currentIndex().row()
    assert row >= 0
    chosen = window.chat_model.conversation_at(row)
    QTest.keyClick(view, Qt.Key.Key_Return)
    # A shortcut of the panel built ahead is refused visibly, not run half-connected.
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert "still connecting" in window.statusBar().currentMessage()
    assert not window.conversation.find_bar.isVisible()

    desk.begin()
    qtbot.waitUntil(lambda: window.current_conversation_id == chosen.id, timeout=8000)
    qtbot.waitUntil(lambda: desk.tray_session is not None, timeout=8000)
    assert window.current_conversation_id == chosen.id


def test_quitting_in_the_middle_of_the_turns_ends_cleanly(qtbot, make_desk, memory_keyring):
    early = painted_early(qtbot, make_desk, memory_keyring)
    window = early.window
    desk = make_desk(early=early)
    quit_at_sign_in = []
    start_session = desk.start_session

    def start_then_quit(user):
        start_session(user)  # the first turn: signed in, the rest queued in turns
        quit_at_sign_in.append((desk.window, desk.shutdown(within=5)))

    desk.start_session = start_then_quit
    desk.begin()
    qtbot.waitUntil(lambda: quit_at_sign_in != [], timeout=8000)
    assert quit_at_sign_in == [(None, True)]  # quit before the window was handed over
    qtbot.wait(50)  # the turns still queued find the session gone
    assert desk.window is None
    assert desk.tray_session is None
    assert desk.sync is None
    assert not shiboken6.isValid(window) or not window.isVisible()


def test_the_panel_built_ahead_takes_several_turns(qtbot, make_desk, memory_keyring):
    early = painted_early(qtbot, make_desk, memory_keyring)
    window = early.window
    desk = make_desk(early=early)
    building = []
    ticks = QTimer()
    ticks.setInterval(0)
    ticks.timeout.connect(lambda: building.append(window._panel_building is not None))
    ticks.start()
    desk.prepare_session()
    qtbot.waitUntil(lambda: hasattr(window, "conversation"), timeout=8000)
    ticks.stop()
    # Other events ran between its parts (here a zero timer, several times).
    assert building.count(True) >= 3
    assert window._panel_building is None


def test_a_sign_in_arriving_while_the_panel_is_built_ahead_finishes_it(
    qtbot, make_desk, memory_keyring
):
    early = painted_early(qtbot, make_desk, memory_keyring)
    window = early.window
    desk = make_desk(early=early)
    window.build_panel_ahead()
    panel = window._panel_building
    assert panel is not None
    assert not hasattr(window, "conversation")  # begun, not whole: not the window's yet

    user = desk.accounts.sign_in("101", PASSWORD)
    early.store.attach(desk.store.for_session(user.id, "+14155550100"))
    window.go_live(user, desk.accounts, desk.account_tasks)  # before its next part
    assert window.conversation is panel  # the one begun ahead, finished at once
    assert window.conversation._user_id == user.id
    qtbot.waitUntil(lambda: not window.chat_model.from_snapshot, timeout=8000)
    qtbot.wait(20)  # its queued part finds it whole
    chosen = window.chat_model.conversation_at(1)
    click_row(window, 1)
    qtbot.waitUntil(lambda: window.current_conversation_id == chosen.id, timeout=8000)
    assert window.conversation.editor.isVisible()
    desk.shutdown()


def test_a_failed_remembered_sign_in_while_the_panel_is_built_ahead_stops_the_build(
    qtbot, make_desk, memory_keyring
):
    # The window is dropped for the sign-in form while its panel is half built: the next
    # part must not be called on the deleted panel (an uncaught error in every desk of a
    # team whose sign-ins were refused at once). pytest-qt fails on an error in a slot.
    first = first_session(qtbot, make_desk, memory_keyring)
    memory_keyring.secrets[(SERVICE, user_key(first))] = "smsdesk-token-v1:" + "A" * 43
    settings = load_settings(make_desk.paths.settings_file).settings
    early = paint_last_session(make_desk.paths, live(make_desk, settings))
    assert early is not None
    window = early.window
    desk = make_desk(early=early)
    desk.prepare_session()
    desk.begin()
    qtbot.waitUntil(lambda: desk.login is not None and desk.login.isVisible(), timeout=8000)
    assert desk.window is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)
    QTest.qWait(200)  # the turns the build would have taken

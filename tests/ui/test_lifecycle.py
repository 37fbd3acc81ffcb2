"""Quit cannot be vetoed by a window, a session that ends closes the window for good, and a
start-up failure is told in a plain-text dialog and on stderr."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop.ui.session.lifecycle import QuitGuard, report_startup_failure

SENTENCE = "SMS Desk cannot start: <b>its data folder</b> is a file. Move or rename that file."


class RefusingWindow(QMainWindow):
    """A window that will not close (as the main window, which goes to the tray)."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


@pytest.fixture
def guard(qapp):
    installed = QuitGuard(qapp)
    yield installed
    qapp.removeEventFilter(installed)
    qapp.commitDataRequest.disconnect(installed._session_ends)
    installed.deleteLater()


def exec_with_fallback(app: QApplication) -> int:
    """app.exec(), given up (status 99) after a second if nothing ends it."""
    fallback = QTimer()
    fallback.setSingleShot(True)
    fallback.timeout.connect(lambda: QApplication.exit(99))
    fallback.start(1000)
    try:
        return app.exec()
    finally:
        fallback.stop()  # never ends a later test's wait


def run_loop_until_quit(app: QApplication) -> int:
    """app.exec() with a quit request; 99 if the quit was ignored."""
    QTimer.singleShot(0, QApplication.quit)
    return exec_with_fallback(app)


def test_without_the_guard_a_window_that_refuses_to_close_vetoes_quit(qtbot, qapp):
    window = RefusingWindow()
    qtbot.addWidget(window)
    window.show()
    assert run_loop_until_quit(qapp) == 99  # what SMS Desk did before: Quit did not quit


def test_quit_ends_the_loop_even_when_a_window_refuses_to_close(qtbot, qapp, guard):
    window = RefusingWindow()
    qtbot.addWidget(window)
    window.show()

    assert run_loop_until_quit(qapp) == 0
    assert guard.quitting


def test_a_signal_before_the_loop_runs_is_not_lost(qtbot, qapp, guard):
    guard.request_quit("SIGTERM")  # as the handler does, while start-up code still runs
    assert exec_with_fallback(qapp) == 0


def test_when_the_session_ends_closing_the_window_quits_instead_of_hiding(
    qtbot, make_tray_desk, guard
):
    desk = make_tray_desk(popup_seconds=5, tray_available=True)
    desk.quit_guard = guard
    assert desk.window.close_to_tray()

    guard._session_ends(None)  # what QGuiApplication.commitDataRequest calls

    assert not desk.window.close_to_tray()


def test_a_start_up_failure_is_shown_in_a_plain_text_dialog_and_on_stderr(qtbot, capsys):
    shown: list[tuple[str, Qt.TextFormat, QMessageBox.Icon]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        shown.append((box.text(), box.textFormat(), box.icon()))
        box.accept()

    QTimer.singleShot(0, look)
    status = report_startup_failure(SENTENCE, dialog=True)

    assert status == 1
    assert shown == [(SENTENCE, Qt.TextFormat.PlainText, QMessageBox.Icon.Critical)]
    assert f"smsdesk: ERROR: {SENTENCE}" in capsys.readouterr().err

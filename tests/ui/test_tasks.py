"""The store thread's task runner: results come back in the GUI thread, to live receivers."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject

from desktop.ui.threads.tasks import TaskRunner


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        self.errors: list[Exception] = []

    def done(self, result: object) -> None:
        self.setObjectName(f"answered {result}")  # touches the C++ object, as widgets do
        self.results.append(result)

    def failed(self, error: Exception) -> None:
        self.errors.append(error)


def test_results_and_errors_reach_the_gui_thread(qtbot):
    runner = TaskRunner()
    receiver = Receiver()
    gui = threading.get_ident()
    ran_in: list[int] = []

    def work() -> int:
        ran_in.append(threading.get_ident())
        return 42

    def boom() -> int:
        raise ValueError("disk full")

    runner.run(work, receiver.done)
    runner.run(boom, receiver.done, receiver.failed)
    qtbot.waitUntil(lambda: bool(receiver.results and receiver.errors), timeout=5000)
    runner.shutdown()

    assert receiver.results == [42]
    assert str(receiver.errors[0]) == "disk full"
    assert len(ran_in) == 1
    assert ran_in[0] != gui


def test_an_answer_for_a_deleted_widget_is_dropped_quietly(qtbot):
    # Signing out deletes the main window while its queries are still running; their
    # answers must not call into the deleted C++ object (RuntimeError in the event loop).
    runner = TaskRunner()
    gone, alive = Receiver(), Receiver()
    release = threading.Event()
    runner.run(lambda: release.wait(5) and "late", gone.done)
    runner.run(lambda: "kept", alive.done)
    shiboken6.delete(gone)
    release.set()
    qtbot.waitUntil(lambda: alive.results == ["kept"], timeout=5000)
    runner.shutdown()

    assert not shiboken6.isValid(gone)

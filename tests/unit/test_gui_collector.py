"""Cycles are collected on the GUI thread only while a desk runs (GuiThreadCollector):
automatic collection is off, the GUI thread collects the generations CPython would, and
stopping gives automatic collection back."""

import gc
import threading

from desktop.ui.session.gui_collector import GuiThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self
        self.thread = threading.current_thread().name


def test_cycles_made_in_another_thread_are_collected_on_the_gui_thread(qapp):
    collected_in: list[str] = []

    class Watched(Cycle):
        def __del__(self) -> None:
            collected_in.append(threading.current_thread().name)

    gc.collect()
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()

        kept: list[list[list[int]]] = []

        def churn() -> None:
            for _ in range(50):
                Watched()
            # Far past the young generation's threshold (kept alive, so the count stays).
            kept.append([[] for _ in range(50_000)])

        worker = threading.Thread(target=churn, name="smsdesk-sync")
        worker.start()
        worker.join()
        assert collected_in == []  # nothing collected in the worker thread
        assert collector.check() is not None
        assert set(collected_in) == {threading.current_thread().name}
        assert len(collected_in) == 50
    finally:
        collector.stop()
    assert gc.isenabled()


def test_below_the_threshold_nothing_is_collected(qapp):
    gc.collect()
    collector = GuiThreadCollector()
    try:
        assert collector.check() is None
        assert collector.collections == [0, 0, 0]
    finally:
        collector.stop()


def test_release_is_called_on_its_interval_and_not_before(qapp, qtbot):
    calls: list[str] = []
    collector = GuiThreadCollector(
        release=lambda: calls.append(threading.current_thread().name), release_interval=0.3
    )
    try:
        collector._tick()
        assert calls == []  # not at once: only once the interval has passed
        qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
        assert calls == [threading.current_thread().name]  # on the GUI thread, by the timer
        collector._tick()
        assert len(calls) == 1  # the interval starts again
        assert collector.releases == 1
    finally:
        collector.stop()


def test_without_release_the_timer_only_collects(qapp):
    collector = GuiThreadCollector(release_interval=0.0)
    try:
        collector._tick()
        assert collector.releases == 0
    finally:
        collector.stop()

"""A running desk hands memory back now and then: its GUI-thread collector's release hook
runs Store.release_memory in the store thread, never in the GUI thread."""

from __future__ import annotations

import threading


def test_the_desk_releases_memory_in_the_store_thread(make_desk, qtbot, monkeypatch):
    desk = make_desk()
    released_in: list[str] = []
    monkeypatch.setattr(
        desk.store,
        "release_memory",
        lambda: released_in.append(threading.current_thread().name) or 0,
    )
    desk.collector._release_interval = 0.0  # at its next tick, not in 30 s

    qtbot.waitUntil(lambda: bool(released_in), timeout=5000)

    assert released_in[0].startswith("smsdesk-store")
    assert threading.current_thread().name not in released_in

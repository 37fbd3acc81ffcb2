"""The poll schedule (desktop.sync.schedule) on a fake clock: fast while the desk is in use or
a reply is expected, back to the user's interval gradually, at once to fast on inbound."""

from __future__ import annotations

import pytest

from desktop.sync.schedule import (
    AFTER_INBOUND,
    DOUBLING,
    IN_USE,
    REPLY_EXPECTED,
    PollSchedule,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_a_desk_left_alone_polls_at_the_users_interval(clock: Clock) -> None:
    schedule = PollSchedule(5.0, clock=clock)
    assert schedule.interval() == 5.0
    assert not schedule.warm
    clock.now += 3600
    assert schedule.interval() == 5.0


def test_input_makes_it_fast_for_the_in_use_window_then_it_slows_gradually(clock: Clock) -> None:
    schedule = PollSchedule(5.0, clock=clock)
    schedule.note_input()
    assert schedule.interval() == 1.0
    clock.now += IN_USE - 1
    assert schedule.interval() == 1.0
    clock.now += 1 + DOUBLING  # one doubling past the window
    assert schedule.interval() == pytest.approx(2.0)
    clock.now += DOUBLING
    assert schedule.interval() == pytest.approx(4.0)
    intervals = []
    for _ in range(10):
        clock.now += DOUBLING / 4
        intervals.append(schedule.interval())
    assert intervals == sorted(intervals)  # never faster again by itself
    assert intervals[-1] == 5.0  # and never slower than the setting


def test_a_send_expects_a_reply_for_a_few_minutes(clock: Clock) -> None:
    schedule = PollSchedule(5.0, clock=clock)
    schedule.note_sent()
    clock.now += REPLY_EXPECTED - 1
    assert schedule.interval() == 1.0
    clock.now += 2
    assert schedule.interval() > 1.0


def test_an_open_conversation_awaiting_a_reply_counts_from_its_last_message(clock: Clock) -> None:
    schedule = PollSchedule(5.0, clock=clock)
    schedule.note_reply_expected(age=REPLY_EXPECTED - 10)
    assert schedule.interval() == 1.0
    clock.now += 11
    assert schedule.interval() > 1.0
    stale = PollSchedule(5.0, clock=clock)
    stale.note_reply_expected(age=REPLY_EXPECTED + 60)  # too old to expect anything
    assert stale.interval() == 5.0


def test_inbound_resets_a_cooling_schedule_to_fast(clock: Clock) -> None:
    schedule = PollSchedule(5.0, clock=clock)
    schedule.note_input()
    clock.now += IN_USE + 2 * DOUBLING
    assert schedule.interval() > 3.0
    schedule.note_received()
    assert schedule.interval() == 1.0
    clock.now += AFTER_INBOUND + 0.5
    assert 1.0 < schedule.interval() < 1.1  # cooling again, from fast


def test_a_later_note_never_shortens_what_an_earlier_one_promised(clock: Clock) -> None:
    schedule = PollSchedule(5.0, clock=clock)
    schedule.note_input()  # in use for IN_USE seconds
    clock.now += 10
    schedule.note_reply_expected(age=REPLY_EXPECTED - 1)  # one second more of it
    clock.now += IN_USE - 20
    assert schedule.interval() == 1.0


def test_forget_is_a_long_quiet(clock: Clock) -> None:
    schedule = PollSchedule(5.0, clock=clock)
    schedule.note_input()
    schedule.forget()
    assert schedule.interval() == 5.0


@pytest.mark.parametrize("setting", [0.2, 1.0])
def test_a_setting_at_or_below_the_fast_interval_is_used_always(
    clock: Clock, setting: float
) -> None:
    schedule = PollSchedule(setting, clock=clock)
    assert schedule.interval() == setting
    schedule.note_input()
    assert schedule.interval() == setting
    clock.now += IN_USE + 10 * DOUBLING
    assert schedule.interval() == setting


def test_a_slow_setting_is_reached_by_doubling(clock: Clock) -> None:
    schedule = PollSchedule(60.0, clock=clock)
    schedule.note_input()
    clock.now += IN_USE
    seen = []
    while schedule.interval() < 60.0:
        clock.now += DOUBLING
        seen.append(round(schedule.interval(), 3))
    assert seen[:5] == [2.0, 4.0, 8.0, 16.0, 32.0]
    assert seen[-1] == 60.0

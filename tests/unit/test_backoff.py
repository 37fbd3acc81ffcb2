"""Back-off: grows exponentially with jitter, is capped, and honours Retry-After."""

import pytest

from desktop.sync.backoff import Backoff


def test_delay_doubles_until_the_cap_with_jitter_between_half_and_all():
    low = Backoff(base=2.0, cap=60.0, rng=lambda: 0.0)
    high = Backoff(base=2.0, cap=60.0, rng=lambda: 0.999999)
    lows = [low.next_delay() for _ in range(8)]
    highs = [high.next_delay() for _ in range(8)]
    assert lows == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0]
    assert highs == pytest.approx([2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0, 60.0], rel=1e-5)


def test_retry_after_is_a_floor():
    backoff = Backoff(base=2.0, cap=60.0, rng=lambda: 0.0)
    assert backoff.next_delay(retry_after=7) == 7
    assert backoff.next_delay(retry_after=0.5) == 2.0


def test_reset_starts_again_from_the_base():
    backoff = Backoff(base=2.0, rng=lambda: 0.0)
    for _ in range(5):
        backoff.next_delay()
    backoff.reset()
    assert backoff.failures == 0
    assert backoff.next_delay() == 1.0

"""``make run-team`` puts its two desks side by side: each in its half of the screen's free
area, frame included, the full height; on a screen too narrow for two they overlap in the
middle, one on each edge, never beyond the screen."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import run_team


def boxes(places: list[str]) -> list[tuple[int, int, int, int]]:
    """(left, top, right, bottom) of each desk's frame."""
    found = []
    for place in places:
        w, h, x, y = (int(n) for n in re.fullmatch(r"(\d+)x(\d+)\+(\d+)\+(\d+)", place).groups())
        found.append((x, y, x + w + run_team.FRAME_WIDTH, y + h + run_team.FRAME_HEIGHT))
    return found


@pytest.mark.parametrize("area", [(0, 0, 1920, 1080), (0, 27, 2560, 1413), (1920, 0, 1600, 900)])
def test_two_desks_share_a_wide_screen_without_overlapping(area):
    x, y, width, height = area
    anna, ben = boxes(run_team.side_by_side(area))
    assert anna[0] == x
    assert anna[1] == y
    assert ben[1] == y
    assert anna[2] <= ben[0]  # side by side
    assert ben[2] <= x + width
    assert anna[3] <= y + height
    assert ben[3] <= y + height
    assert ben[2] - anna[0] >= width - 2  # the whole width used


def test_on_a_narrow_screen_they_overlap_in_the_middle_within_the_screen():
    anna, ben = boxes(run_team.side_by_side((0, 0, 1280, 800)))
    assert anna[0] == 0
    assert ben[2] == 1280
    assert ben[2] - ben[0] - run_team.FRAME_WIDTH >= run_team.MIN_WIDTH

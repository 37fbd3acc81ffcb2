"""``smsdesk --geometry WxH+X+Y`` opens the window at that size and place (how ``make
run-team`` puts its two desks side by side), over the geometry the last session left in
its snapshot; a value that is not WxH+X+Y is refused before anything starts. The real app
as a process, offscreen."""

from __future__ import annotations

import json

import pytest

from desktop.app import parse_args
from tests.app_process import app_env, launch, signed_in_home


def placed(paths, *argv: str) -> dict[str, int]:
    app = launch(paths, app_env(), *argv, module="tests.integration.geometry_driver")
    try:
        status = app.finish(60)
    finally:
        app.stop()
    assert status == 0, app.stderr
    lines = [line for line in app.stdout.splitlines() if line.startswith("{")]
    assert lines, app.stderr
    return json.loads(lines[-1])


def test_the_window_opens_where_geometry_says_over_the_last_session_s_place(tmp_path):
    paths = signed_in_home(tmp_path / "home")
    first = placed(paths, "--geometry", "760x500+30+40")  # (offscreen: an 800x600 screen)
    assert first == {"x": 30, "y": 40, "width": 760, "height": 500}
    assert paths.snapshot_file.exists()  # the next start restores this place first ...
    second = placed(paths, "--geometry", "730x490+0+0")
    assert second == {"x": 0, "y": 0, "width": 730, "height": 490}  # ... and is overridden


@pytest.mark.parametrize("value", ["640x", "left", "640x760+0", "+0+0+0"])
def test_a_geometry_that_is_not_wxh_x_y_is_refused(value, capsys):
    with pytest.raises(SystemExit):
        parse_args(["--geometry", value])
    assert "WxH+X+Y" in capsys.readouterr().err

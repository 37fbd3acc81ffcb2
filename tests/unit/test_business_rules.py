"""The sentences and small rules behind opt-outs, quiet hours and the opt-out export."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time

import pytest

from desktop.config.settings import Settings, load_settings
from desktop.core.optouts import OptOut, blocked_reason, opted_in_line, opted_out_line
from desktop.core.quiet_hours import check_quiet_hours, question
from desktop.files.export import opt_outs_to_csv
from desktop.gateway.demo_data import DEMO_CONTACTS
from desktop.gateway.errors import describe_error

MAY_3 = datetime(2026, 5, 3, 12, 0, tzinfo=UTC)


def test_the_banner_names_the_keyword_or_the_carrier() -> None:
    assert blocked_reason("STOP", MAY_3) == (
        "This number replied STOP on 3 May — messages to it are blocked"
    )
    assert blocked_reason("21610", MAY_3) == (
        "The carrier reports this number has unsubscribed (error 21610) on 3 May — "
        "messages to it are blocked"
    )
    assert opted_out_line("QUIT") == "Opted out: replied QUIT"
    assert opted_in_line("UNSTOP") == "Opted back in: replied UNSTOP"


def test_the_quiet_hours_question_says_their_time_and_place() -> None:
    check = check_quiet_hours("+14155550134", datetime(2026, 7, 1, 5, 40, tzinfo=UTC))
    assert question(check, "(415) 555-0134") == (
        "It is 22:40 for (415) 555-0134 (Los Angeles). Send now anyway?"
    )
    awake = check_quiet_hours("+14155550134", datetime(2026, 7, 1, 18, 0, tzinfo=UTC))
    assert question(awake, "x") == ""


@pytest.mark.parametrize("code", [30003, 30005, 30006, 30007, 30034, 21211, 21408, 21610])
def test_each_common_error_says_what_happened_and_what_to_do(code: int) -> None:
    sentence = describe_error(code, "developer text")
    assert "developer text" not in sentence
    assert sentence.count(".") >= 2  # what happened. What to do.


def test_the_opt_out_export_guards_cells_but_keeps_numbers_importable() -> None:
    text = opt_outs_to_csv(
        [
            OptOut("+15550000000", "+15550000001", MAY_3, "STOP"),
            OptOut("+15550000000", "=HYPERLINK", MAY_3, "21610"),
        ]
    )
    lines = text.splitlines()
    assert lines[0] == "Number,Desk number,Opted out at,Reason"
    assert lines[1].startswith("+15550000001,+15550000000,")
    assert lines[1].endswith(",replied STOP")
    assert lines[2].startswith("'=HYPERLINK,")
    assert lines[2].endswith(",carrier reports unsubscribed (error 21610)")


def test_quiet_hours_settings_are_checked(tmp_path) -> None:
    assert Settings().quiet_hours
    assert Settings().quiet_window == (time(8, 0), time(21, 0))
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"quiet_hours": False, "quiet_hours_start": "09:30", "quiet_hours_end": "9pm"})
    )
    loaded = load_settings(path)
    assert not loaded.settings.quiet_hours
    assert loaded.settings.quiet_window == (time(9, 30), time(21, 0))
    assert any("quiet_hours_end" in problem for problem in loaded.problems)


def test_a_demo_contact_replies_stop_when_asked_to() -> None:
    assert DEMO_CONTACTS[0].reply_to("Please stop me") == "STOP"

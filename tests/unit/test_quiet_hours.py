"""Quiet hours in the recipient's own time zone, with a fixed clock."""

from datetime import UTC, datetime, time

import pytest

from desktop.core.quiet_hours import check_quiet_hours, zones_for

SF, NYC, LONDON, SYDNEY, AU_MOBILE = (
    "+14155550134",
    "+12125550100",
    "+442079460018",
    "+61291234567",
    "+61491570156",
)


def at(text):
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("number", "now", "quiet", "local"),
    [
        (SF, at("2026-11-25T16:00"), False, "08:00"),  # 08:00 in San Francisco
        (SF, at("2026-11-25T15:59"), True, "07:59"),
        (SF, at("2026-11-26T04:59"), False, "20:59"),
        (SF, at("2026-11-26T05:00"), True, "21:00"),
        (NYC, at("2026-11-26T02:30"), True, "21:30"),
        (LONDON, at("2026-11-25T12:00"), False, "12:00"),
        (LONDON, at("2026-07-25T20:30"), True, "21:30"),  # summer time
        (SYDNEY, at("2026-11-25T12:00"), True, "23:00"),
    ],
)
def test_quiet_in_their_time_zone(number, now, quiet, local):
    check = check_quiet_hours(number, now)
    assert check.quiet is quiet
    assert f"{check.local_time:%H:%M}" == local


def test_send_at_is_eight_their_time():
    check = check_quiet_hours(SF, at("2026-11-26T06:00"))  # 22:00 in San Francisco
    assert check.quiet
    assert check.send_at == at("2026-11-26T16:00")  # 08:00 PST
    assert "Send now anyway, or send at 08:00 their time?" in check.describe()
    assert "22:00" in check.describe()


def test_a_number_in_several_zones_waits_for_all_of_them():
    assert len(zones_for(AU_MOBILE)) > 1
    # 08:30 in Sydney is 05:30 in Perth: still quiet for a mobile that may be in either.
    check = check_quiet_hours(AU_MOBILE, at("2026-11-24T21:30"))
    assert check.quiet
    perth_eight = at("2026-11-25T00:00")  # 08:00 AWST
    assert check.send_at >= perth_eight


def test_a_custom_window():
    check = check_quiet_hours(LONDON, at("2026-11-25T18:30"), start=time(9), end=time(18))
    assert check.quiet
    assert check.send_at == at("2026-11-26T09:00")


@pytest.mark.parametrize("number", ["+18005550100", "72345", "not a number"])
def test_unknown_or_spread_numbers_are_not_checked(number):
    assert not check_quiet_hours(number, at("2026-11-26T06:00")).quiet

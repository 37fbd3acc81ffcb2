"""Numbers from the gateway are stored in E.164; display uses one formatting function."""

import pytest

from desktop.core.phone import format_for_display, normalize


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("+14155550134", "US", "+14155550134"),
        (" +1 (415) 555-0134 ", "US", "+14155550134"),
        ("(415) 555-0134", "US", "+14155550134"),
        ("020 7946 0018", "GB", "+442079460018"),
        ("+61 491 570 156", "US", "+61491570156"),
        ("ACME", "US", "ACME"),  # an alphanumeric sender id stays as it is
        ("Bank24", "GB", "Bank24"),
        ("72345", "US", "72345"),  # a short code is not an E.164 number
        ("", "US", ""),
    ],
)
def test_normalize(raw, region, expected):
    assert normalize(raw, region) == expected


@pytest.mark.parametrize(
    ("number", "region", "expected"),
    [
        ("+14155550134", "US", "(415) 555-0134"),
        ("+14155550134", "GB", "+1 415-555-0134"),
        ("+442079460018", "GB", "020 7946 0018"),
        ("+61491570156", "US", "+61 491 570 156"),
        ("ACME", "US", "ACME"),
    ],
)
def test_format_for_display(number, region, expected):
    assert format_for_display(number, region) == expected

"""Numbers from the gateway are stored in E.164; display uses one formatting function."""

import pytest

from desktop.core.phone import (
    SenderKind,
    check_number,
    format_for_display,
    normalize,
    reply_refusal,
    sender_kind,
)


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
        ("726-84", "US", "72684"),  # a short code keeps its digits only
        ("(726) 84", "GB", "72684"),
        ("60006", "GB", "60006"),  # five digits are a *possible* British number, not valid
        ("20 12 34 56", "DK", "+4520123456"),  # eight digits that are a valid number
        ("Bank-Info", "US", "Bank-Info"),  # a sender id with punctuation, as given
        ("  ACME   Corp ", "US", "ACME Corp"),  # whitespace tidied, case kept
        ("acme", "US", "acme"),
        ("+12", "US", "+12"),  # a "+" is never a short code
        ("12", "US", "12"),  # too short for a short code: kept as given
        ("", "US", ""),
        ("   ", "US", ""),
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


@pytest.mark.parametrize(
    ("peer", "kind"),
    [
        ("+14155550134", SenderKind.NUMBER),
        ("72684", SenderKind.SHORT_CODE),
        ("911", SenderKind.SHORT_CODE),
        ("ACME", SenderKind.ALPHANUMERIC),
        ("Bank-Info", SenderKind.ALPHANUMERIC),
        ("Bank24", SenderKind.ALPHANUMERIC),
        ("123456789", SenderKind.NUMBER),  # too long for a short code: maybe a number
    ],
)
def test_sender_kind_is_told_by_the_stored_form(peer, kind):
    assert sender_kind(peer) is kind


def test_only_sender_names_refuse_replies_and_say_why():
    assert reply_refusal("+14155550134") == ""
    assert reply_refusal("72684") == ""  # a short code can be replied to
    refusal = reply_refusal("ACME")
    assert refusal.startswith("ACME is a sender name, not a phone number")
    assert "can't send" in refusal


def test_a_short_code_from_the_gateway_is_the_one_typed_in_new_sms():
    # One conversation per sender: what the New SMS box stores for a typed short code is
    # what an inbound message from it is stored under.
    typed = check_number("72684", "US")
    assert typed.is_short_code
    assert normalize("726-84", "US") == typed.number

"""Telnyx as the registry knows it: its fields, the rules between them, its terms."""

from __future__ import annotations

import pytest

from desktop.core.models import MessageStatus
from desktop.gateway.registry import FieldKind, built_in_carriers
from desktop.gateway.telnyx_carrier import TELNYX
from desktop.gateway.telnyx_terms import TELNYX_TERMS, describe_error, known_codes
from desktop.gateway.terms import ErrorMeaning

DESK = "+18445550001"
PROFILE = "4000eba1-a0c0-4563-9925-b25e842a7cb6"


def values(**typed: str) -> dict[str, str]:
    return TELNYX.values(typed.get)


def sentences(**typed: str) -> list[str]:
    return [problem.sentence for problem in TELNYX.problems(values(**typed))]


def test_telnyx_is_registered_with_its_own_fields_and_the_key_in_the_keyring():
    assert built_in_carriers()["telnyx"] is TELNYX
    assert [(f.key, f.kind) for f in TELNYX.fields] == [
        ("telnyx_api_url", FieldKind.URL),
        ("telnyx_api_key", FieldKind.SECRET),
        ("telnyx_from", FieldKind.TEXT),
        ("telnyx_messaging_profile_id", FieldKind.ID),
        ("telnyx_desk_number", FieldKind.PHONE),
        ("telnyx_relay_url", FieldKind.URL),
    ]
    assert [f.key for f in TELNYX.secret_fields] == ["telnyx_api_key"]
    assert "telnyx_api_key" not in values(telnyx_api_key="KEY_x")
    assert values()["telnyx_api_url"] == "https://api.telnyx.com"
    assert TELNYX.secret_entry(TELNYX.secret_fields[0], values()) == "telnyx:telnyx_api_key"
    assert "only through an SMS Desk relay" in TELNYX.fields[0].shown_help


def test_a_from_number_alone_is_enough_and_is_the_desks_number():
    assert sentences(telnyx_from=DESK) == []
    assert TELNYX.desk_number(values(telnyx_from=DESK)) == DESK


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ({}, "Enter the desk's From number, or a Messaging profile ID."),
        (
            {"telnyx_from": "ACME"},
            "A sender ID (a name instead of a number) needs the Messaging profile ID it is "
            "registered on.",
        ),
        (
            {"telnyx_from": "ACME", "telnyx_messaging_profile_id": PROFILE},
            "Without a From number, enter the Desk number: the number customers text.",
        ),
        (
            {"telnyx_messaging_profile_id": PROFILE},
            "Without a From number, enter the Desk number: the number customers text.",
        ),
        (
            {"telnyx_from": "ACME & Sons Ltd"},
            "From: enter the number in international form (e.g. +14155550100), or a sender ID "
            "of up to 11 letters, digits or spaces.",
        ),
        (
            {"telnyx_from": "+1415555"},
            "This is not a valid phone number. Check the digits and the country code.",
        ),
        (
            {"telnyx_from": DESK, "telnyx_api_url": "http://api.telnyx.com"},
            "The API address for api.telnyx.com uses plain http, which would send the API key "
            "and messages unencrypted. Use an https:// address instead.",
        ),
        (
            {"telnyx_from": DESK, "telnyx_api_url": "https://KEY_x@api.telnyx.com"},
            "The API address should be a web address like https://api.telnyx.com, without a "
            "user name, password, '?' or '#'.",
        ),
    ],
)
def test_what_is_wrong_with_the_settings_is_said_in_a_sentence(typed, sentence):
    assert sentence in sentences(**typed)


def test_a_sender_id_with_its_profile_and_a_desk_number_is_complete():
    typed = {
        "telnyx_from": "ACME",
        "telnyx_messaging_profile_id": PROFILE,
        "telnyx_desk_number": DESK,
    }
    assert sentences(**typed) == []
    assert TELNYX.desk_number(values(**typed)) == DESK


def test_each_code_has_its_meaning():
    assert TELNYX_TERMS.meaning(40300) is ErrorMeaning.UNSUBSCRIBED
    assert TELNYX_TERMS.meaning(40310) is ErrorMeaning.REJECTED_NUMBER
    assert TELNYX_TERMS.meaning(40009) is ErrorMeaning.INVALID_BODY
    assert TELNYX_TERMS.meaning(40318) is ErrorMeaning.RETRY_LATER
    assert TELNYX_TERMS.meaning(40008) is None  # a failure for good: Retry is the person's
    assert TELNYX_TERMS.status("SENDING") is MessageStatus.SENT


def test_every_known_code_reads_as_a_sentence_and_an_unknown_one_quotes_telnyx():
    for code in known_codes():
        sentence = describe_error(code, "developer text", None)
        assert sentence.endswith("."), code
        assert "developer text" not in sentence
    assert describe_error(40999, "Brand new\nproblem", None) == "Brand new problem (error 40999)"
    assert describe_error(None, None, "expired") == (
        "The message expired at Telnyx before it could be delivered. Press Retry to send it again."
    )


def test_with_a_relay_every_send_names_it_as_the_webhook():
    from desktop.gateway.telnyx_carrier import webhook_url

    assert webhook_url(values(telnyx_relay_url="https://sms-relay.example.com/")) == (
        "https://sms-relay.example.com/telnyx"
    )
    assert webhook_url(values()) is None
    assert any(
        "uses plain http" in sentence
        for sentence in sentences(telnyx_relay_url="http://relay.example.com")
    )
    assert not any("relay" in sentence for sentence in sentences())

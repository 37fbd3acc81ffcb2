"""The carrier registry: settings files as they have always been written still load, the
gateway setting is checked against the registered carriers, each carrier's fields say what
is wrong in its own sentences, and its terms turn status words and codes into the app's."""

from __future__ import annotations

import json

import pytest

from desktop.config.settings import Settings, load_settings, save_settings
from desktop.core.models import Direction, MessageStatus, utcnow
from desktop.core.optouts import blocked_placeholder, opted_out_line
from desktop.gateway.base import GatewayBusy, GatewayMessage, InvalidBody, RejectedNumber
from desktop.gateway.carriers import BUILT_IN_KEYS
from desktop.gateway.connection import GatewayFactory, MissingSecret
from desktop.gateway.registry import CarrierRegistry, UnknownCarrier, built_in_carriers
from desktop.gateway.twilio_carrier import TWILIO, twilio_config
from desktop.gateway.twilio_terms import TWILIO_TERMS
from tests.fake_carrier import PigeonCarrier, with_pigeons

# settings.json as SMS Desk wrote it before the registry: Twilio's fields at the top level.
OLD_TWILIO_FILE = {
    "gateway": "twilio",
    "gateway_base_url": "https://relay.example.com/api/laml",
    "account_sid": "AC" + "1" * 32,
    "from_number": "",
    "messaging_service_sid": "MG" + "2" * 32,
    "desk_number": "+14155550100",
    "poll_interval_seconds": 7.0,
    "default_region": "GB",
    "picture_url_base": "https://pics.example.com/",
    "picture_folder": "/srv/pics",
}


def test_a_settings_file_written_before_the_registry_loads_unchanged(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(OLD_TWILIO_FILE))
    loaded = load_settings(path)
    assert loaded.problems == ()
    settings = loaded.settings
    assert settings.gateway == "twilio"
    assert settings.carrier_values(TWILIO) == {
        key: OLD_TWILIO_FILE[key]
        for key in (
            "gateway_base_url",
            "account_sid",
            "from_number",
            "messaging_service_sid",
            "desk_number",
        )
    } | {"relay_url": ""}  # added since: empty, no relay
    assert (settings.poll_interval_seconds, settings.default_region) == (7.0, "GB")
    assert (settings.picture_url_base, settings.picture_folder) == (
        "https://pics.example.com/",
        "/srv/pics",
    )

    # Written again, the file keeps those keys where an older SMS Desk reads them.
    save_settings(path, settings)
    written = json.loads(path.read_text())
    assert {k: written[k] for k in OLD_TWILIO_FILE} == OLD_TWILIO_FILE
    assert load_settings(path).settings == settings


def test_twilio_values_set_now_are_written_where_older_versions_read_them(tmp_path):
    path = tmp_path / "settings.json"
    values = TWILIO.values({"account_sid": "AC7", "from_number": "+14155550101"}.get)
    save_settings(path, Settings().with_gateway("twilio", values))
    written = json.loads(path.read_text())
    assert (written["gateway"], written["account_sid"], written["from_number"]) == (
        "twilio",
        "AC7",
        "+14155550101",
    )
    assert written["gateway_values"] == {}
    assert load_settings(path).settings.carrier_values(TWILIO) == values


def test_a_demo_settings_file_loads_unchanged(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"gateway": "demo", "account_sid": "AC9", "sound": True}))
    settings = load_settings(path).settings
    assert (settings.gateway, settings.account_sid, settings.sound) == ("demo", "AC9", True)
    assert settings.carrier_values(built_in_carriers()["demo"]) == {}


def test_the_gateway_setting_names_a_registered_carrier(tmp_path):
    carriers, pigeon = with_pigeons()
    settings = Settings().with_gateway("pigeon", {"loft_address": "loft://roof", "ring_number": ""})
    path = tmp_path / "settings.json"
    save_settings(path, settings)

    with_pigeon = load_settings(path, carriers=carriers)
    assert with_pigeon.problems == ()
    assert with_pigeon.settings == settings
    assert with_pigeon.settings.carrier_values(pigeon) == {
        "loft_address": "loft://roof",
        "ring_number": "",
    }
    # SMS Desk's own carriers don't know it: the default, and a sentence naming them.
    without = load_settings(path, set_aside=False)
    assert without.settings.gateway == "demo"
    assert without.problems == (
        f'In {path}: "gateway" must be "demo", "twilio" or "telnyx"; the default is used instead.',
    )


def test_a_carriers_values_never_hold_its_secrets():
    settings = Settings().with_gateway("twilio", TWILIO.values({"auth_token": "s3cret"}.get))
    assert "s3cret" not in json.dumps(settings.gateway_values)
    assert "auth_token" not in TWILIO.values(lambda _key: "x")
    config = twilio_config(base_url="https://api.twilio.com", account_sid="AC1", auth_token="t0k")
    assert "t0k" not in repr(config)


@pytest.mark.parametrize(
    ("values", "sentences"),
    [
        ({"account_sid": "AC1", "from_number": "+14155550100"}, []),
        (
            {"from_number": "+14155550100"},
            ["Enter the Account SID (on the gateway's console)."],
        ),
        ({"account_sid": "AC1"}, ["Enter the desk's From number, or a Messaging Service SID."]),
        (
            {"account_sid": "AC1", "from_number": "4155550100"},
            [
                "From number: Enter the number in international form, starting with + "
                "(e.g. +14155550100)."
            ],
        ),
        (
            {"account_sid": "AC1", "messaging_service_sid": "MG1"},
            [
                "With a Messaging Service, enter the Desk number: the number customers text, "
                "so SMS Desk can find their messages."
            ],
        ),
        (
            {
                "account_sid": "AC1",
                "from_number": "+14155550100",
                "gateway_base_url": "http://sms.example.com",
            },
            [
                "The SMS gateway address for sms.example.com uses plain http, which would send "
                "the auth token and messages unencrypted. Use an https:// address instead."
            ],
        ),
    ],
)
def test_twilios_fields_say_what_is_wrong_in_its_sentences(values, sentences):
    typed = TWILIO.values(values.get)
    assert [problem.sentence for problem in TWILIO.problems(typed)] == sentences


def test_an_empty_api_address_stands_for_twilios():
    assert TWILIO.values({"gateway_base_url": "  "}.get)["gateway_base_url"] == (
        "https://api.twilio.com"
    )


def test_a_missing_secret_is_named_as_the_carrier_names_it():
    gateways = GatewayFactory(secrets=None)
    config = gateways.config("twilio", TWILIO.values({"account_sid": "AC1"}.get))
    with pytest.raises(MissingSecret) as missing:
        gateways.connect(config)
    assert str(missing.value) == (
        "No auth token is saved for the SMS gateway. Open Settings (Ctrl+,) and enter it."
    )


def test_the_registry_lists_sms_desks_carriers_in_order_and_refuses_a_duplicate():
    carriers = built_in_carriers()
    assert carriers.keys() == list(BUILT_IN_KEYS) == ["demo", "twilio", "telnyx"]
    assert carriers["demo"].served_here
    assert not carriers["twilio"].served_here
    assert not carriers["telnyx"].served_here
    with pytest.raises(UnknownCarrier):
        carriers["pigeon"]
    assert carriers.plus(PigeonCarrier()).keys() == ["demo", "twilio", "telnyx", "pigeon"]
    with pytest.raises(ValueError, match="two carriers"):
        CarrierRegistry([TWILIO, TWILIO])


def message(status: str, code: int | None = None) -> GatewayMessage:
    return GatewayMessage(
        sid="SM1",
        direction=Direction.OUTBOUND,
        from_number="+14155550100",
        to_number="+13125550147",
        body="Hi",
        status=status,
        date_created=utcnow(),
        error_code=code,
    )


@pytest.mark.parametrize(
    ("status", "code", "ours", "dropped", "opt_out"),
    [
        ("queued", None, MessageStatus.SENT, False, False),
        ("delivered", None, MessageStatus.DELIVERED, False, False),
        ("failed", 30003, MessageStatus.FAILED, False, False),
        ("failed", 30001, MessageStatus.FAILED, True, False),  # queue overflow: never sent
        ("undelivered", 21610, MessageStatus.FAILED, False, True),  # unsubscribed
        ("sent", 30001, MessageStatus.SENT, False, False),  # only a failure is dropped
    ],
)
def test_twilios_terms_read_a_message_in_the_apps_terms(status, code, ours, dropped, opt_out):
    reading = TWILIO_TERMS.read(message(status, code))
    assert (reading.status, reading.dropped, reading.opt_out) == (ours, dropped, opt_out)
    assert (reading.reason is not None) is (ours is MessageStatus.FAILED)


@pytest.mark.parametrize(
    ("code", "kind", "opt_out"),
    [(21610, RejectedNumber, True), (21211, RejectedNumber, False), (30001, GatewayBusy, False)],
)
def test_twilios_refusals_are_typed_errors(code, kind, opt_out):
    error = TWILIO_TERMS.refusal(code, "Twilio's text")
    assert type(error) is kind
    assert (error.code, error.opt_out) == (code, opt_out)
    assert type(TWILIO_TERMS.refusal(21602, None)) is InvalidBody


@pytest.mark.parametrize(
    ("reason", "line", "placeholder"),
    [
        (
            "21610",
            "Opted out: the carrier reports this number unsubscribed (error 21610)",
            "Blocked — the carrier reports this number unsubscribed",
        ),
        (
            "carrier",
            "Opted out: the carrier reports this number unsubscribed",
            "Blocked — the carrier reports this number unsubscribed",
        ),
        ("STOP", "Opted out: replied STOP", "Blocked — this number replied STOP"),
    ],
)
def test_an_opt_out_a_carrier_reported_reads_as_the_carriers(reason, line, placeholder):
    assert opted_out_line(reason) == line
    assert blocked_placeholder(reason) == placeholder

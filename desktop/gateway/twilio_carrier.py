"""Twilio-compatible carriers (Twilio, SignalWire…) as the registry knows them: the settings
fields, the rules between them, and how the adapter is built.

The field keys are the names these settings have always had in settings.json
(``gateway_base_url``, ``account_sid``...), so an existing file reads the same. The adapter
(``twilio``, which imports requests) is imported only when a gateway is built.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gateway.address import check_base_url, host_of
from desktop.gateway.registry import (
    Carrier,
    ConnectOptions,
    FieldKind,
    Problem,
    SettingField,
    relay_setting,
)
from desktop.gateway.twilio_terms import TWILIO_TERMS

if TYPE_CHECKING:
    from desktop.gateway.connection import GatewayConfig
    from desktop.gateway.twilio import TwilioGateway

TWILIO_LABEL = QT_TRANSLATE_NOOP("Carriers", "Twilio-compatible (Twilio, SignalWire…)")
DEFAULT_BASE_URL = "https://api.twilio.com"
#: The adapter's (connect, read) timeout when none is asked for.
DEFAULT_TIMEOUT = (3.05, 15.0)


def _address_problem(value: str) -> str | None:
    check_base_url(value)  # raises a GatewayError that says what is wrong
    return None


# The texts are marked for translation here and shown through SettingField.shown_*.
FIELDS = (
    SettingField(
        "gateway_base_url",
        QT_TRANSLATE_NOOP("Carriers", "API address"),
        FieldKind.URL,
        placeholder=DEFAULT_BASE_URL,
        default=DEFAULT_BASE_URL,
        check=_address_problem,
    ),
    SettingField(
        "account_sid",
        QT_TRANSLATE_NOOP("Carriers", "Account SID"),
        FieldKind.ID,
        placeholder=QT_TRANSLATE_NOOP("Carriers", "AC… (SignalWire: your project ID)"),
        required=True,
        missing=QT_TRANSLATE_NOOP("Carriers", "Enter the Account SID (on the gateway's console)."),
    ),
    SettingField(
        "auth_token",
        QT_TRANSLATE_NOOP("Carriers", "Auth token"),
        FieldKind.SECRET,
        placeholder=QT_TRANSLATE_NOOP("Carriers", "kept in your system keyring"),
        required=True,
        noun=QT_TRANSLATE_NOOP("Carriers", "auth token"),
        missing=QT_TRANSLATE_NOOP("Carriers", "Enter the auth token."),
    ),
    SettingField(
        "from_number",
        QT_TRANSLATE_NOOP("Carriers", "From number"),
        FieldKind.PHONE,
        placeholder="+14155550100",
    ),
    SettingField(
        "messaging_service_sid",
        QT_TRANSLATE_NOOP("Carriers", "Messaging Service SID"),
        FieldKind.ID,
        placeholder=QT_TRANSLATE_NOOP("Carriers", "MG… (optional, instead of a From number)"),
    ),
    SettingField(
        "desk_number",
        QT_TRANSLATE_NOOP("Carriers", "Desk number"),
        FieldKind.PHONE,
        placeholder=QT_TRANSLATE_NOOP(
            "Carriers", "the number customers text (with a Messaging Service)"
        ),
    ),
    relay_setting("relay_url"),
)


def status_callback(values: Mapping[str, str]) -> str | None:
    """The status callback sends name: the relay's ``/twilio/status``, if there is a relay."""
    relay = values.get("relay_url", "").strip().rstrip("/")
    return f"{relay}/twilio/status" if relay else None


def build_twilio(
    values: Mapping[str, str], secrets: Mapping[str, str], options: ConnectOptions
) -> TwilioGateway:
    """The Twilio adapter for these values (the fields above) and the auth token."""
    from desktop.gateway.twilio import TwilioGateway

    from_number = values.get("from_number", "")
    return TwilioGateway(
        account_sid=values.get("account_sid", ""),
        auth_token=secrets.get("auth_token", ""),
        base_url=values.get("gateway_base_url", "") or DEFAULT_BASE_URL,
        from_number=from_number or None,
        messaging_service_sid=values.get("messaging_service_sid") or None,
        desk_number=values.get("desk_number") or from_number or None,
        timeout=options.timeout or DEFAULT_TIMEOUT,
        page_size=1000,  # the API's largest page: a burst arrives in few requests
        session=options.session,
        terms=TWILIO_TERMS,
        status_callback=status_callback(values),
    )


class TwilioCarrier(Carrier):
    """Twilio's Programmable Messaging API, and the compatible ones (SignalWire…)."""

    key = "twilio"
    label = TWILIO_LABEL
    fields = FIELDS
    terms = TWILIO_TERMS
    settings_advice = QT_TRANSLATE_NOOP(
        "Carriers",
        "Open SMS Desk's Settings and enter the gateway's Account SID, auth token and "
        "sending number from the gateway's console.",
    )

    def build(
        self, values: Mapping[str, str], secrets: Mapping[str, str], options: ConnectOptions
    ) -> TwilioGateway:
        return build_twilio(values, secrets, options)

    def place(self, values: Mapping[str, str]) -> str:
        return host_of(values.get("gateway_base_url", "") or DEFAULT_BASE_URL)

    def rules(self, values: Mapping[str, str]) -> list[Problem]:
        from_number = values.get("from_number", "")
        service = values.get("messaging_service_sid", "")
        if not from_number and not service:
            return [
                Problem(
                    translate(
                        "Carriers", "Enter the desk's From number, or a Messaging Service SID."
                    ),
                    missing="sending number (or Messaging Service)",  # English: smsdesk doctor
                )
            ]
        if service and not (from_number or values.get("desk_number")):
            return [
                Problem(
                    translate(
                        "Carriers",
                        "With a Messaging Service, enter the Desk number: the number customers "
                        "text, so SMS Desk can find their messages.",
                    ),
                    missing="desk number (needed with a Messaging Service)",  # English: doctor
                )
            ]
        return []

    def secret_entry(self, field: SettingField, values: Mapping[str, str]) -> str:
        # The auth token is the account's: kept under the Account SID, as it always was.
        return values.get("account_sid", "")


TWILIO = TwilioCarrier()


def twilio_config(
    *,
    base_url: str,
    account_sid: str,
    auth_token: str,
    from_number: str = "",
    messaging_service_sid: str = "",
    desk_number: str = "",
    timeout: tuple[float, float] | None = None,
    relay_url: str = "",
) -> GatewayConfig:
    """How to reach a Twilio-compatible API with these credentials (tests, benchmarks)."""
    from desktop.gateway.connection import GatewayConfig

    return GatewayConfig(
        TWILIO,
        {
            "gateway_base_url": base_url,
            "account_sid": account_sid,
            "from_number": from_number,
            "messaging_service_sid": messaging_service_sid,
            "desk_number": desk_number,
            "relay_url": relay_url,
        },
        {"auth_token": auth_token},
        timeout=timeout,
    )

"""Telnyx (Messaging API v2) as the registry knows it: the settings fields, the rules between
them, and how the adapter is built.

Telnyx sends ``from`` a number in E.164, or from an alphanumeric sender ID registered on a
messaging profile, or from a profile's number pool (the profile alone). Its field keys start
with ``telnyx_``: the settings keep every carrier's values side by side. The adapter
(``telnyx``, which imports requests) is imported only when a gateway is built.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gateway.address import InsecureGatewayURL, check_base_url, host_of
from desktop.gateway.base import GatewayError
from desktop.gateway.registry import (
    Carrier,
    ConnectOptions,
    FieldKind,
    Problem,
    SettingField,
    e164_problem,
    relay_setting,
)
from desktop.gateway.telnyx_terms import TELNYX_TERMS

if TYPE_CHECKING:
    from desktop.gateway.connection import GatewayConfig
    from desktop.gateway.telnyx import TelnyxGateway

TELNYX_LABEL = QT_TRANSLATE_NOOP("Carriers", "Telnyx")
DEFAULT_BASE_URL = "https://api.telnyx.com"
#: The adapter's (connect, read) timeout when none is asked for.
DEFAULT_TIMEOUT = (3.05, 15.0)

# An alphanumeric sender ID: 1 to 11 letters, digits or spaces, at least one letter.
_SENDER_ID = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}")


def is_sender_id(value: str) -> bool:
    """Whether a From value is an alphanumeric sender ID rather than a number."""
    return bool(value) and not value.startswith("+")


def _address_problem(value: str) -> str | None:
    """What is wrong with the API address, in Telnyx's words (the key, not a token)."""
    try:
        check_base_url(value)
    except InsecureGatewayURL:
        return translate(
            "Carriers",
            "The API address for {host} uses plain http, which would send the API key and "
            "messages unencrypted. Use an https:// address instead.",
        ).format(host=host_of(value))
    except GatewayError:
        return translate(
            "Carriers",
            "The API address should be a web address like https://api.telnyx.com, without a "
            "user name, password, '?' or '#'.",
        )
    return None


def _sender_problem(value: str) -> str | None:
    """What is wrong with a From value: a number in E.164, or a sender ID."""
    if value.startswith("+"):
        return e164_problem(value)
    if _SENDER_ID.fullmatch(value):
        return None
    return translate(
        "Carriers",
        "From: enter the number in international form (e.g. +14155550100), or a sender ID of "
        "up to 11 letters, digits or spaces.",
    )


# The texts are marked for translation here and shown through SettingField.shown_*.
FIELDS = (
    SettingField(
        "telnyx_api_url",
        QT_TRANSLATE_NOOP("Carriers", "API address"),
        FieldKind.URL,
        placeholder=DEFAULT_BASE_URL,
        default=DEFAULT_BASE_URL,
        check=_address_problem,
        help=QT_TRANSLATE_NOOP(
            "Carriers",
            "Telnyx hands over incoming SMS only by webhook: this desk sends through Telnyx, "
            "but receives SMS only through an SMS Desk relay.",
        ),
        help_unless="telnyx_relay_url",
    ),
    SettingField(
        "telnyx_api_key",
        QT_TRANSLATE_NOOP("Carriers", "API key"),
        FieldKind.SECRET,
        placeholder=QT_TRANSLATE_NOOP("Carriers", "kept in your system keyring"),
        required=True,
        noun=QT_TRANSLATE_NOOP("Carriers", "API key"),
        missing=QT_TRANSLATE_NOOP(
            "Carriers", "Enter the Telnyx API key (in the Telnyx portal, under API Keys)."
        ),
    ),
    SettingField(
        "telnyx_from",
        QT_TRANSLATE_NOOP("Carriers", "From number or sender ID"),
        FieldKind.TEXT,
        placeholder=QT_TRANSLATE_NOOP("Carriers", "+14155550100, or a sender ID such as ACME"),
        check=_sender_problem,
    ),
    SettingField(
        "telnyx_messaging_profile_id",
        QT_TRANSLATE_NOOP("Carriers", "Messaging profile ID"),
        FieldKind.ID,
        placeholder=QT_TRANSLATE_NOOP("Carriers", "needed with a sender ID or a number pool"),
    ),
    SettingField(
        "telnyx_desk_number",
        QT_TRANSLATE_NOOP("Carriers", "Desk number"),
        FieldKind.PHONE,
        placeholder=QT_TRANSLATE_NOOP("Carriers", "needed without a From number"),
    ),
    relay_setting("telnyx_relay_url"),
)


def webhook_url(values: Mapping[str, str]) -> str | None:
    """Where Telnyx reports what the desk sends: the relay's ``/telnyx``, if there is one."""
    relay = values.get("telnyx_relay_url", "").strip().rstrip("/")
    return f"{relay}/telnyx" if relay else None


def build_telnyx(
    values: Mapping[str, str], secrets: Mapping[str, str], options: ConnectOptions
) -> TelnyxGateway:
    """The Telnyx adapter for these values (the fields above) and the API key."""
    from desktop.gateway.telnyx import TelnyxGateway

    return TelnyxGateway(
        api_key=secrets.get("telnyx_api_key", ""),
        base_url=values.get("telnyx_api_url", "") or DEFAULT_BASE_URL,
        sender=values.get("telnyx_from") or None,
        messaging_profile_id=values.get("telnyx_messaging_profile_id") or None,
        desk_number=TELNYX.desk_number(values) or None,
        timeout=options.timeout or DEFAULT_TIMEOUT,
        session=options.session,
        terms=TELNYX_TERMS,
        webhook_url=webhook_url(values),
    )


class TelnyxCarrier(Carrier):
    """Telnyx's Messaging API v2: sends and delivery statuses here; inbound by a relay."""

    key = "telnyx"
    label = TELNYX_LABEL
    fields = FIELDS
    terms = TELNYX_TERMS
    settings_advice = QT_TRANSLATE_NOOP(
        "Carriers",
        "Open SMS Desk's Settings and enter the Telnyx API key and the desk's From number "
        "(or Messaging profile ID) from the Telnyx portal.",
    )

    def build(
        self, values: Mapping[str, str], secrets: Mapping[str, str], options: ConnectOptions
    ) -> TelnyxGateway:
        return build_telnyx(values, secrets, options)

    def desk_number(self, values: Mapping[str, str]) -> str:
        sender = values.get("telnyx_from", "")
        return values.get("telnyx_desk_number", "") or ("" if is_sender_id(sender) else sender)

    def place(self, values: Mapping[str, str]) -> str:
        return host_of(values.get("telnyx_api_url", "") or DEFAULT_BASE_URL)

    def rules(self, values: Mapping[str, str]) -> list[Problem]:
        sender = values.get("telnyx_from", "")
        profile = values.get("telnyx_messaging_profile_id", "")
        if not sender and not profile:
            return [
                Problem(
                    translate(
                        "Carriers", "Enter the desk's From number, or a Messaging profile ID."
                    ),
                    missing="sending number (or messaging profile)",  # English: smsdesk doctor
                )
            ]
        if is_sender_id(sender) and not profile:
            return [
                Problem(
                    translate(
                        "Carriers",
                        "A sender ID (a name instead of a number) needs the Messaging profile ID "
                        "it is registered on.",
                    ),
                    missing="messaging profile (needed with a sender ID)",  # English: doctor
                )
            ]
        if not self.desk_number(values):
            return [
                Problem(
                    translate(
                        "Carriers",
                        "Without a From number, enter the Desk number: the number customers text.",
                    ),
                    missing="desk number (needed without a From number)",  # English: doctor
                )
            ]
        return []


TELNYX = TelnyxCarrier()


def telnyx_config(
    *,
    base_url: str,
    api_key: str,
    sender: str = "",
    messaging_profile_id: str = "",
    desk_number: str = "",
    timeout: tuple[float, float] | None = None,
) -> GatewayConfig:
    """How to reach Telnyx (or a stand-in) with these credentials (tests)."""
    from desktop.gateway.connection import GatewayConfig

    return GatewayConfig(
        TELNYX,
        {
            "telnyx_api_url": base_url,
            "telnyx_from": sender,
            "telnyx_messaging_profile_id": messaging_profile_id,
            "telnyx_desk_number": desk_number,
        },
        {"telnyx_api_key": api_key},
        timeout=timeout,
    )

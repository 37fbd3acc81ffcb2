"""A gateway's web address: the rules every carrier's API address follows (no I/O here).

Plain http is accepted only on this machine (the demo gateway, a local relay): anywhere else it
would send the credentials and messages unencrypted. The sentences name the fields of the
Twilio-compatible carriers, whose API address the user types. Cheap to import (no requests):
the settings dialog checks an address before anything talks to the network.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from desktop.core.i18n import translate
from desktop.gateway.base import GatewayError


class InsecureGatewayURL(GatewayError):
    """The gateway address would send the credentials unencrypted (plain http, not loopback)."""


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1, IPv4-mapped 127.x)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def check_base_url(base_url: str) -> str:
    """Return the gateway address without a trailing slash, or say what is wrong with it.

    Args:
        base_url: the API's origin, and path prefix if any (SignalWire's ``/api/laml``).

    Raises:
        InsecureGatewayURL: plain http to a host that is not this machine.
        GatewayError: not a web address, or one with a user name, password, query or
            fragment in it.
    """
    split = urlsplit(base_url.strip())
    if split.scheme not in ("http", "https") or not split.hostname:
        # Not echoed: a mistyped address may hold the token ("AC…:token@host").
        raise GatewayError(
            translate(
                "Gateway",
                "The SMS gateway address is not a web address. "
                "It should look like https://api.twilio.com; check it in Settings.",
            )
        )
    if split.username is not None or split.password is not None:
        # Credentials in the address would end up in logs and error texts.
        raise GatewayError(
            translate(
                "Gateway",
                "The SMS gateway address must not contain a user name or password. "
                "Put the Account SID and auth token in their own fields in Settings.",
            )
        )
    if split.query or split.fragment:
        raise GatewayError(
            translate(
                "Gateway",
                "The SMS gateway address must not contain '?' or '#'. "
                "It should look like https://api.twilio.com; check it in Settings.",
            )
        )
    if split.scheme == "http" and not is_loopback(split.hostname):
        raise InsecureGatewayURL(
            translate(
                "Gateway",
                "The SMS gateway address for {host} uses plain http, which would send "
                "the auth token and messages unencrypted. Use an https:// address instead.",
            ).format(host=split.hostname)
        )
    return f"{split.scheme}://{split.netloc}{split.path.rstrip('/')}"


def relay_problem(url: str) -> str | None:
    """What is wrong with the address of a team's SMS Desk relay, as a sentence, or None.

    The carrier posts to it from the internet: https (plain http only on this machine), no
    user name, password, query or fragment.
    """
    try:
        split = urlsplit(url.strip())
    except ValueError:
        split = urlsplit("")
    if split.scheme not in ("http", "https") or not split.hostname:
        return translate(
            "Gateway",
            "The relay address is not a web address. It should look like "
            "https://sms-relay.example.com; your administrator has it.",
        )
    if split.username is not None or split.password is not None or split.query or split.fragment:
        return translate(
            "Gateway",
            "The relay address must not contain a user name, password, '?' or '#': enter "
            "only its https:// address.",
        )
    if split.scheme == "http" and not is_loopback(split.hostname):
        return translate(
            "Gateway",
            "The relay address for {host} uses plain http: carriers only post to https:// "
            "addresses. Use the relay's https:// address.",
        ).format(host=split.hostname)
    return None


def host_of(base_url: str) -> str:
    """The host name of an address, for sentences ("api.twilio.com"); the text itself if
    it has none."""
    try:
        return urlsplit(base_url).hostname or base_url
    except ValueError:
        return base_url

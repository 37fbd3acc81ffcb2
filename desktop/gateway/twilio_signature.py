"""Twilio's webhook signature (``X-Twilio-Signature``): the Base64 HMAC-SHA1, keyed with the
account's auth token, of the full URL followed by every form parameter's name and value,
sorted by name (as Twilio's ``RequestValidator`` computes it). The demo gateway signs its
webhooks with it; the relay (desktop.relay.signatures) checks them with it."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable


def twilio_signature(url: str, params: Iterable[tuple[str, str]], auth_token: str) -> str:
    """The ``X-Twilio-Signature`` Twilio sends for a form POST of ``params`` to ``url``."""
    by_name: dict[str, set[str]] = {}
    for name, value in params:
        by_name.setdefault(name, set()).add(value)
    text = url + "".join(
        name + value for name in sorted(by_name) for value in sorted(by_name[name])
    )
    digest = hmac.new(auth_token.encode(), text.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")

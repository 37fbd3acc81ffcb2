"""Is a webhook really from the carrier? Each carrier's published signature scheme.

- Twilio (and Twilio-compatible carriers): ``X-Twilio-Signature`` is the Base64 HMAC-SHA1,
  keyed with the account's auth token, of the full URL Twilio requested followed by every
  form parameter's name and value, sorted by name (Twilio's ``RequestValidator``; the URL is
  tried with and without its default port, as Twilio's own libraries do).
- Telnyx: ``telnyx-signature-ed25519`` is the Base64 Ed25519 signature of
  ``"{telnyx-timestamp}|{raw body}"``, checked with the account's public key; the timestamp
  must be within ``tolerance`` seconds of now, so a captured request cannot be replayed
  later (one replayed within the window is stored once anyway: messages are kept by the
  carrier's id).

Comparisons are constant-time; a missing or malformed header is simply not a valid
signature. Nothing here logs.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

from desktop.gateway.twilio_signature import twilio_signature

#: How far a Telnyx webhook's timestamp may be from the relay's clock, either way.
TELNYX_TOLERANCE_SECONDS = 300


def _with_and_without_port(url: str) -> list[str]:
    """``url`` as given, then with its default port added or removed (Twilio signs the URL
    it was configured with, which may or may not name the port)."""
    parts = urlsplit(url)
    default = {"https": 443, "http": 80}.get(parts.scheme)
    forms = [url]
    if default is None or parts.hostname is None:
        return forms
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if parts.port is None:
        netloc = f"{host}:{default}"
    elif parts.port == default:
        netloc = host
    else:
        return forms
    if parts.username:
        netloc = f"{parts.username}{':' + parts.password if parts.password else ''}@{netloc}"
    forms.append(urlunsplit(parts._replace(netloc=netloc)))
    return forms


def twilio_valid(
    url: str, params: Iterable[tuple[str, str]], signature: str | None, auth_token: str
) -> bool:
    """Whether ``signature`` (the header, or None) signs this request with ``auth_token``."""
    if not signature or not auth_token:
        return False
    pairs = list(params)
    given = signature.encode("ascii", "replace")
    return any(
        hmac.compare_digest(twilio_signature(form, pairs, auth_token).encode(), given)
        for form in _with_and_without_port(url)
    )


def telnyx_valid(
    body: bytes,
    signature: str | None,
    timestamp: str | None,
    public_key: str,
    *,
    now: float,
    tolerance: float = TELNYX_TOLERANCE_SECONDS,
) -> bool:
    """Whether ``signature`` signs ``timestamp|body`` with the key, at a fresh timestamp.

    Args:
        body: the raw request body, as received.
        signature: the ``telnyx-signature-ed25519`` header (Base64), or None.
        timestamp: the ``telnyx-timestamp`` header (Unix seconds), or None.
        public_key: the account's Ed25519 public key, Base64 (Telnyx's portal).
        now: the relay's clock, Unix seconds.
        tolerance: how far the timestamp may be from ``now``, either way.
    """
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    if not signature or not timestamp or not public_key:
        return False
    try:
        sent = int(timestamp)
        key = base64.b64decode(public_key, validate=True)
        raw_signature = base64.b64decode(signature, validate=True)
    except (ValueError, binascii.Error):
        return False
    if abs(now - sent) > tolerance or len(key) != 32 or len(raw_signature) != 64:
        return False
    try:
        VerifyKey(key).verify(timestamp.encode() + b"|" + body, raw_signature)
    except BadSignatureError:
        return False
    return True

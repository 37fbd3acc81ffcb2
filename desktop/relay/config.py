"""The relay's configuration: a TOML file, overridden by the environment, secrets apart.

```toml
# /etc/smsdesk/relay.toml
listen = "127.0.0.1:8787"                       # behind the TLS reverse proxy
public_url = "https://sms-relay.example.com"    # where the carrier reaches the relay
database_url = "postgresql://smsdesk@db.example.com/smsdesk"
carrier = "twilio"                              # or "telnyx"
default_region = "GB"                           # for national numbers (ISO country code)
telnyx_public_key = "…"                         # Telnyx: the account's public key (not secret)
```

Each key can also come from the environment as ``SMSDESK_RELAY_<KEY>`` (upper case), which
wins over the file. The one secret, Twilio's auth token, is never in the file: it comes from
``SMSDESK_RELAY_TWILIO_AUTH_TOKEN`` or from a file named by
``SMSDESK_RELAY_TWILIO_AUTH_TOKEN_FILE`` (systemd's ``LoadCredential=`` gives one readable by
the service alone). A database password belongs in libpq's own places (``~/.pgpass``,
``PGPASSFILE``), not in the URL. Problems are ``RelayConfigError`` sentences that say what
to fix.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

#: The largest webhook body accepted: an MMS webhook with ten pictures is a few KiB.
MAX_BODY_BYTES = 64 * 1024
CARRIERS = ("twilio", "telnyx")
KEYS = (
    "listen",
    "public_url",
    "database_url",
    "carrier",
    "default_region",
    "telnyx_public_key",
    "max_body_bytes",
    "threads",
)


class RelayConfigError(ValueError):
    """The configuration cannot be used; the message says what to change."""


@dataclass(frozen=True, slots=True, repr=False)
class RelayConfig:
    """How the relay runs. ``repr`` names no secret.

    Attributes:
        host, port: where it listens (behind a reverse proxy that terminates TLS).
        public_url: the address carriers post to, without a trailing slash; Twilio signs
            the full URL it requested, so this must be exactly what the carrier was given.
        database_url: the team's database.
        carrier: "twilio" or "telnyx".
        default_region: for national numbers a carrier may send.
        twilio_auth_token: Twilio's auth token (Twilio only).
        telnyx_public_key: Telnyx's Ed25519 public key, Base64 (Telnyx only).
        max_body_bytes: bigger requests are refused (413).
        threads: requests served at once.
    """

    host: str
    port: int
    public_url: str
    database_url: str
    carrier: str
    default_region: str = "US"
    twilio_auth_token: str = ""
    telnyx_public_key: str = ""
    max_body_bytes: int = MAX_BODY_BYTES
    threads: int = 8

    def __repr__(self) -> str:
        return (
            f"RelayConfig(listen={self.host}:{self.port}, public_url={self.public_url!r}, "
            f"carrier={self.carrier!r})"
        )


def _listen(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    try:
        number = int(port)
    except ValueError:
        number = -1
    if not host or not 0 < number < 65536:
        raise RelayConfigError(
            f'listen = "{text}" is not an address and port: write it like "127.0.0.1:8787".'
        )
    return host.strip("[]"), number


def _secret(env: Mapping[str, str], name: str) -> str:
    value = env.get(name, "")
    if value:
        return value.strip()
    path = env.get(f"{name}_FILE", "")
    if not path:
        return ""
    try:
        return Path(path).read_text(encoding="utf-8").strip()
    except OSError as error:
        raise RelayConfigError(
            f"The file named by {name}_FILE can't be read ({error.strerror}): check its path "
            "and that the relay's user may read it."
        ) from None


def load_config(path: Path | None, env: Mapping[str, str] | None = None) -> RelayConfig:
    """Read the configuration from ``path`` (if given) and the environment.

    Raises:
        RelayConfigError: the file can't be read or parsed, or a value is missing or wrong.
    """
    env = os.environ if env is None else env
    values: dict[str, object] = {}
    if path is not None:
        try:
            values = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise RelayConfigError(
                f"The configuration file {path} can't be read ({error.strerror})."
            ) from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise RelayConfigError(
                f"The configuration file {path} is not valid TOML ({error}): fix that line."
            ) from None
    unknown = sorted(set(values) - set(KEYS))
    if unknown:
        raise RelayConfigError(
            f"Unknown setting {unknown[0]!r} in {path}: the settings are {', '.join(KEYS)}."
        )
    for key in KEYS:
        if f"SMSDESK_RELAY_{key.upper()}" in env:
            values[key] = env[f"SMSDESK_RELAY_{key.upper()}"]

    def text(key: str, default: str = "") -> str:
        value = values.get(key, default)
        if not isinstance(value, str):
            raise RelayConfigError(f"{key} must be text, in quotes.")
        return value.strip()

    def number(key: str, default: int) -> int:
        value = values.get(key, default)
        try:
            result = int(str(value))
        except ValueError:
            raise RelayConfigError(f"{key} must be a whole number.") from None
        if result <= 0:
            raise RelayConfigError(f"{key} must be more than 0.")
        return result

    for key in ("public_url", "database_url"):
        if not text(key):
            raise RelayConfigError(
                f"Set {key} in the configuration file (or SMSDESK_RELAY_{key.upper()})."
            )
    public_url = text("public_url").rstrip("/")
    parts = urlsplit(public_url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise RelayConfigError(
            f'public_url = "{public_url}" is not a web address: write the https address the '
            "carrier posts to, e.g. https://sms-relay.example.com."
        )
    carrier = text("carrier", "twilio").lower()
    if carrier not in CARRIERS:
        raise RelayConfigError(f'carrier = "{carrier}": the relay knows "twilio" and "telnyx".')
    host, port = _listen(text("listen", "127.0.0.1:8787"))
    config = RelayConfig(
        host=host,
        port=port,
        public_url=public_url,
        database_url=text("database_url"),
        carrier=carrier,
        default_region=text("default_region", "US").upper(),
        twilio_auth_token=_secret(env, "SMSDESK_RELAY_TWILIO_AUTH_TOKEN"),
        telnyx_public_key=text("telnyx_public_key"),
        max_body_bytes=number("max_body_bytes", MAX_BODY_BYTES),
        threads=number("threads", 8),
    )
    if carrier == "twilio" and not config.twilio_auth_token:
        raise RelayConfigError(
            "Give the relay Twilio's auth token in SMSDESK_RELAY_TWILIO_AUTH_TOKEN, or the "
            "path of a file holding it in SMSDESK_RELAY_TWILIO_AUTH_TOKEN_FILE (never in the "
            "configuration file)."
        )
    if carrier == "telnyx" and not config.telnyx_public_key:
        raise RelayConfigError(
            "Set telnyx_public_key to the public key of your Telnyx account (Mission Control "
            "Portal → Keys & Credentials → Public Key)."
        )
    return config

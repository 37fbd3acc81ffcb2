"""A keyring backend for benchmark processes: the generated account's remembered sign-in.

Chosen with ``PYTHON_KEYRING_BACKEND=bench.probes.bench_keyring.BenchKeyring``; the
remembered sign-in (any ``user:…`` entry: the token "Remember me" keeps, made by
``bench.common.remembered_token``) comes from ``SMSDESK_BENCH_REMEMBERED``, a gateway's auth
token (any ``gateway:…`` entry) from
``SMSDESK_BENCH_GATEWAY_TOKEN``. It stands in for the OS keyring, which an offscreen
benchmark process has none of; nothing is ever written anywhere.
"""

from __future__ import annotations

import os

import keyring.backend
import keyring.errors


class BenchKeyring(keyring.backend.KeyringBackend):
    """Remembers one sign-in (any ``user:…`` entry) for the length of a process."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        if (service, username) in self._secrets:
            return self._secrets[(service, username)]
        if username.startswith("user:"):
            return os.environ.get("SMSDESK_BENCH_REMEMBERED")
        if username.startswith("gateway:"):
            return os.environ.get("SMSDESK_BENCH_GATEWAY_TOKEN")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)

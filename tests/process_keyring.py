"""A keyring backend for SMS Desk started as a process by the tests.

Chosen with ``PYTHON_KEYRING_BACKEND=tests.process_keyring.ProcessKeyring`` (the checkout on
``PYTHONPATH``): any remembered sign-in (``user:…``) reads ``SMSDESK_TEST_PASSWORD`` and any
gateway token (``gateway:…``) ``SMSDESK_TEST_GATEWAY_TOKEN``, as the OS keyring would hold
them; what the app writes is kept for the life of the process only. With
``SMSDESK_TEST_KEYRING_DELAY`` (seconds) every read first waits that long, as a keyring stuck
on D-Bus would.
"""

from __future__ import annotations

import os
import time

import keyring.backend
import keyring.errors

_FROM_ENVIRONMENT = {"user": "SMSDESK_TEST_PASSWORD", "gateway": "SMSDESK_TEST_GATEWAY_TOKEN"}


class ProcessKeyring(keyring.backend.KeyringBackend):
    """Secrets from the environment, writes in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        delay = float(os.environ.get("SMSDESK_TEST_KEYRING_DELAY") or 0)
        if delay:
            time.sleep(delay)
        if (service, username) in self._secrets:
            return self._secrets[(service, username)]
        variable = _FROM_ENVIRONMENT.get(username.partition(":")[0])
        return os.environ.get(variable) if variable else None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)

"""The keyring of the two desks ``make run-team`` starts: their demo secrets, in memory.

Chosen with ``PYTHON_KEYRING_BACKEND=team_keyring.TeamKeyring`` (``packaging/`` on the
path); the signed-in colleague's password comes from ``SMSDESK_TEAM_PASSWORD`` and the demo
gateway's auth token from ``SMSDESK_TEAM_GATEWAY_TOKEN``, both made up at random by
``run_team.py`` for this one run and gone with it. It stands in for the OS keyring so the
demo team signs in by itself on any machine; nothing is written anywhere. Never use it for
real secrets.
"""

from __future__ import annotations

import os

import keyring.backend
import keyring.errors


class TeamKeyring(keyring.backend.KeyringBackend):
    """Answers the desk's remembered password and the gateway token for one process."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        if (service, username) in self._secrets:
            return self._secrets[(service, username)]
        if username.startswith("user:"):
            return os.environ.get("SMSDESK_TEAM_PASSWORD")
        if username.startswith("gateway:"):
            return os.environ.get("SMSDESK_TEAM_GATEWAY_TOKEN")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)

"""How to reach a gateway (``GatewayConfig``: a carrier, its values and secrets) and the one
factory that makes them (``GatewayFactory``) for the desk, the settings dialog's Test
connection and ``smsdesk doctor``.

``config`` makes no request and reads no keyring, so the GUI thread may call it;
``connect`` reads the keyring and builds the adapter, in the thread that will use it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from desktop.core.i18n import translate
from desktop.gateway.base import Gateway, GatewayError
from desktop.gateway.registry import (
    Carrier,
    CarrierRegistry,
    ConnectOptions,
    Problem,
    Served,
    SettingField,
    built_in_carriers,
)

log = logging.getLogger("smsdesk.gateway")


@dataclass(frozen=True, slots=True)
class GatewayConfig:
    """Everything needed to build one carrier's gateway (no I/O here).

    Attributes:
        carrier: the carrier.
        values: its settings values (see ``Carrier.values``).
        secrets: its secrets known so far (typed, or of a gateway served here); held in
            memory only and never printed (``repr`` hides them). Missing ones are read from
            the keyring by ``GatewayFactory.connect``.
        timeout: (connect, read) seconds for every request; None: the carrier's default.
    """

    carrier: Carrier
    values: Mapping[str, str]
    secrets: Mapping[str, str] = field(default_factory=dict, repr=False)
    timeout: tuple[float, float] | None = None

    @property
    def number(self) -> str:
        """The desk's own number: where inbound messages go and outbound come from."""
        return self.carrier.desk_number(self.values)

    @property
    def place(self) -> str:
        """Where the gateway is, for sentences (a host name)."""
        return self.carrier.place(self.values)

    def missing_secrets(self) -> list[SettingField]:
        """The required secrets not known yet (they may be in the keyring)."""
        return [f for f in self.carrier.secret_fields if f.required and not self.secrets.get(f.key)]

    def connect(self, session: Any = None) -> Gateway:
        """Build the adapter with the secrets it holds (call it in the thread that uses it).

        Args:
            session: the HTTP session to use (and not close), e.g. a ``CancellableSession``;
                a new one by default.
        """
        return self.carrier.build(self.values, self.secrets, ConnectOptions(session, self.timeout))


class MissingSecret(GatewayError):
    """A secret the carrier needs is neither typed nor saved in the keyring.

    Attributes:
        field: the secret's settings field.
    """

    def __init__(self, field: SettingField) -> None:
        #: {field} names a setting ("auth token")
        super().__init__(
            translate(
                "Gateway",
                "No {field} is saved for the SMS gateway. Open Settings (Ctrl+,) and enter it.",
            ).format(field=field.shown_named)
        )
        self.field = field


class GatewaySecrets(Protocol):
    """Where secrets are read from: the OS keyring
    (``desktop.system.credentials.CredentialStore``)."""

    def gateway_token(self, account_sid: str) -> str | None: ...


class GatewayFactory:
    """Makes gateways from the settings, through the carrier registry; runs the carriers
    served on this computer (the demo gateway) while they are in use.

    Args:
        carriers: the carriers it knows.
        secrets: where secrets are read from (the keyring); None: only typed ones.
        state_dir: where a carrier served here keeps its state; None: a throwaway one
            (in memory, quiet), as ``smsdesk doctor`` wants.
    """

    def __init__(
        self,
        carriers: CarrierRegistry | None = None,
        secrets: GatewaySecrets | None = None,
        *,
        state_dir: Path | None = None,
    ) -> None:
        self.carriers = carriers if carriers is not None else built_in_carriers()
        self._secrets = secrets
        self._state_dir = state_dir
        self._served: dict[str, Served] = {}
        self._lock = threading.Lock()  # the GUI thread starts them, a worker may read them

    def carrier(self, key: str) -> Carrier:
        """The carrier registered as ``key`` (UnknownCarrier if none)."""
        return self.carriers[key]

    def problems(self, key: str, values: Mapping[str, str]) -> list[Problem]:
        """What is wrong with a carrier's settings values (see ``Carrier.problems``)."""
        return self.carrier(key).problems(values)

    def config(
        self,
        key: str,
        values: Mapping[str, str],
        *,
        secrets: Mapping[str, str] | None = None,
        start: bool = True,
        timeout: tuple[float, float] | None = None,
    ) -> GatewayConfig:
        """How to reach carrier ``key`` with these values (no request, no keyring).

        A carrier served on this computer is started here (once; ``start=False``: only if
        it runs already), and its own values and secrets are used.

        Args:
            key: the carrier's key.
            values: its settings values (see ``Carrier.values``).
            secrets: secrets typed just now (by field key); the others come from the keyring.
            start: start a carrier served here if it is not running.
            timeout: (connect, read) seconds for every request; None: the carrier's default.

        Raises:
            UnknownCarrier: no carrier is registered as ``key``.
            GatewayError: a carrier served here is not running (``start=False``) or could
                not be started.
        """
        carrier = self.carrier(key)
        if carrier.served_here:
            served = self._serve(carrier, start)
            return GatewayConfig(carrier, dict(served.values), dict(served.secrets), timeout)
        typed = {k: v for k, v in (secrets or {}).items() if v}
        return GatewayConfig(carrier, dict(values), typed, timeout)

    def _serve(self, carrier: Carrier, start: bool) -> Served:
        with self._lock:
            served = self._served.get(carrier.key)
            if served is None:
                if not start:
                    raise GatewayError(carrier.shown_not_running)
                served = carrier.serve(self._state_dir)
                assert served is not None  # served_here says serve() gives one
                self._served[carrier.key] = served
            return served

    def with_secrets(self, config: GatewayConfig) -> GatewayConfig:
        """``config`` with its missing secrets read from the keyring (blocks: not on the GUI
        thread).

        Raises:
            MissingSecret: a required secret is not in the keyring either.
            KeyringUnavailable: the keyring could not be read.
        """
        missing = config.missing_secrets()
        if not missing:
            return config
        found = dict(config.secrets)
        for setting in missing:
            entry = config.carrier.secret_entry(setting, config.values)
            secret = self._secrets.gateway_token(entry) if self._secrets and entry else None
            if not secret:
                raise MissingSecret(setting)
            found[setting.key] = secret
        return replace(config, secrets=found)

    def connect(self, config: GatewayConfig, *, session: Any = None) -> Gateway:
        """Build the gateway ``config`` describes, secrets from the keyring as needed (blocks:
        call it in the thread that will use the gateway).

        Args:
            config: from ``config``.
            session: the HTTP session to use (and not close); a new one by default.

        Raises:
            MissingSecret: a required secret is neither in ``config`` nor in the keyring.
            GatewayError: the values are unusable (an address that is not one...).
        """
        return self.with_secrets(config).connect(session)

    def stop_serving(self, *, keep: str | None = None) -> None:
        """Stop the carriers served here, but ``keep`` (the one now in use)."""
        with self._lock:
            stopping = [s for key, s in self._served.items() if key != keep]
            self._served = {k: s for k, s in self._served.items() if k == keep}
        for served in stopping:
            served.stop()

    def close(self) -> None:
        """Stop every carrier served here."""
        self.stop_serving()

"""Sync engines on the demo gateway over real HTTP, shared by the integration tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from desktop.gateway.demo import DemoGateway
from desktop.gateway.twilio import TwilioGateway
from desktop.store import Store
from desktop.sync.engine import SyncEngine


def make_engine(
    store: Store,
    demo: DemoGateway,
    *,
    timeout: tuple[float, float] = (2.0, 2.0),
    token: str | None = None,
    **options: Any,
) -> SyncEngine:
    """A sync engine for ``store`` on ``demo`` (pages of 50, no retry jitter); ``options``
    go to the engine (clock, lease…)."""
    gateway = TwilioGateway(
        account_sid=demo.account_sid,
        auth_token=token or demo.auth_token,
        base_url=demo.base_url,
        from_number=demo.phone_number,
        timeout=timeout,
        page_size=50,
    )
    defaults: dict[str, Any] = {"poll_interval": 5.0, "default_region": "US", "rng": lambda: 0.0}
    return SyncEngine(store, gateway, **{**defaults, **options})


def cycle_until(engine: SyncEngine, predicate: Callable[[], bool], timeout: float = 8.0) -> None:
    """Run sync cycles until ``predicate()`` holds (AssertionError after ``timeout`` s)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        engine.run_cycle()
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("condition not reached")

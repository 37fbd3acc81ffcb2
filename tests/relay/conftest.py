"""What the relay's tests share: the relay under its real server, in front of the test's
PostgreSQL, with the desks' store on the same database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store import open_store
from tests.relay.relay_process import RelayProcess


@pytest.fixture
def relay_settings() -> dict[str, str]:
    """The relay's settings beyond ``RelayProcess``'s own (a Twilio relay): a test module of
    another carrier overrides this fixture."""
    return {}


@pytest.fixture
def relay(
    tmp_path: Path, postgres_url: str, relay_settings: dict[str, str]
) -> Iterator[RelayProcess]:
    """``RelayProcess`` started with ``relay_settings``; ``relay.store`` is the desks' store."""
    store = open_store(postgres_url)  # the schema, as the first desk would have made it
    process = RelayProcess(tmp_path, postgres_url, **relay_settings).start()
    process.store = store
    yield process
    process.stop()
    store.close()

"""One desk for the torture runs: the real store, sync engine and adapter in a process of its own.

It prints one character per event on stdout, flushed at once, so the harness can kill it at
a chosen moment: ``S`` just before a send request, ``I`` just before an ingest transaction,
``Q`` after a message was queued (committed), ``L`` when it leads the team and ``F`` when it
follows. Run as ``python -m tests.torture.desk CONFIG.json``; the configuration names the
database, the gateway and what to do (queue messages as it goes, or only drain).
"""

from __future__ import annotations

import contextlib
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.gateway.base import GatewayMessage
from desktop.gateway.twilio import TwilioGateway
from desktop.store import InboundRecord, Store, StoreError, open_store
from desktop.sync.engine import SyncEngine


def _mark(event: str) -> None:
    sys.stdout.write(event)
    sys.stdout.flush()


class MarkedGateway(TwilioGateway):
    """The Twilio adapter, telling the harness when a send starts."""

    def send(self, to: str, body: str, media_urls: Sequence[str] = ()) -> GatewayMessage:
        _mark("S")
        return super().send(to, body, media_urls)


def _marked_ingest(store: Store) -> None:
    ingest = store.ingest.inbound

    def marked(records: Sequence[InboundRecord], *args: Any, **kwargs: Any) -> Any:
        if records:
            _mark("I")
        return ingest(records, *args, **kwargs)

    store.ingest.inbound = marked  # type: ignore[method-assign]


def _lease(config: dict[str, Any]) -> Any:
    if not config.get("team"):
        return None
    from desktop.store.lease import PollerLease

    return PollerLease(config["url"], holder=config.get("name"))


def _queue_one(store: Store, config: dict[str, Any], rng: random.Random, seq: int) -> None:
    peer = rng.choice(config["peers"])
    conversation = store.conversations.open(peer)
    body = f"{config['tag']}-{seq}-{rng.getrandbits(48):012x}"
    store.outbound.queue(conversation.id, body, desk_number=config["desk_number"])
    _mark("Q")


def run(config: dict[str, Any]) -> None:
    """Run the desk until killed (or, to drain, until told to stop by its deadline)."""
    rng = random.Random()
    store = open_store(config["url"])
    _marked_ingest(store)
    gateway = MarkedGateway(
        account_sid=config["account_sid"],
        auth_token=config["auth_token"],
        base_url=config["base_url"],
        from_number=config.get("from_number"),
        messaging_service_sid=config.get("messaging_service_sid"),
        desk_number=config["desk_number"],
        timeout=tuple(config.get("timeout", (1.0, 1.0))),
        page_size=200,
    )
    engine = SyncEngine(
        store,
        gateway,
        poll_interval=float(config.get("poll_interval", 0.2)),
        default_region="US",
        lease=_lease(config),
    )
    queue_every = float(config.get("queue_every", 0.0))
    deadline = time.monotonic() + float(config.get("run_for", 1e9))
    next_queue = time.monotonic()
    seq = int(config.get("first_seq", 0))
    leading: bool | None = None
    while time.monotonic() < deadline:
        if queue_every and time.monotonic() >= next_queue:
            for _ in range(rng.randint(1, 3)):
                # A locked database at a bad moment: the user would press Enter again.
                with contextlib.suppress(StoreError):
                    _queue_one(store, config, rng, seq)
                seq += 1
            next_queue = time.monotonic() + rng.uniform(0.5, 1.5) * queue_every
        report = engine.run_cycle()
        if engine.leading != leading:
            leading = engine.leading
            _mark("L" if leading else "F")
        time.sleep(min(report.retry_in, float(config.get("poll_interval", 0.2))))
    engine.close()
    store.close()


def main(argv: list[str]) -> int:
    config = json.loads(Path(argv[1]).read_text())
    try:
        run(config)
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

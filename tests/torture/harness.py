"""Start, watch and kill torture desks; count what the store and the gateway hold at the end."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text

from desktop.gateway.demo import DemoGateway, Fault
from desktop.store.database import create_store_engine

ROOT = Path(__file__).resolve().parents[2]

# Numbers the desks text: few, so that many messages queue to each one at once (a look-up
# before a resend must then read past the first page of that number's messages).
PEERS = ["+14155550134", "+12025550173", "+13125550142", "+16175550188"]


def desk_config(demo: DemoGateway, url: str, tag: str, **extra: object) -> dict[str, object]:
    """What a torture desk process is told (see ``tests.torture.desk``): its database, the
    demo gateway, the numbers it texts and the tag its messages start with; ``extra`` adds
    or overrides (queue_every, timeout, team...)."""
    return {
        "url": url,
        "account_sid": demo.account_sid,
        "auth_token": demo.auth_token,
        "base_url": demo.base_url,
        "from_number": demo.phone_number,
        "desk_number": demo.phone_number,
        "peers": PEERS,
        "tag": tag,
        "timeout": [1.0, 1.0],
        **extra,
    }


class DeskProcess:
    """One desk process; its event characters are read by a thread as they come.

    Attributes:
        events: every event character so far, in order.
    """

    def __init__(self, config: dict[str, Any], folder: Path, name: str) -> None:
        self.name = name
        path = folder / f"{name}.json"
        path.write_text(json.dumps(config))
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "QT_QPA_PLATFORM": "offscreen"}
        self._log = (folder / f"{name}.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.torture.desk", str(path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=env,
        )
        self.events: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        while chunk := self.process.stdout.read1(4096):  # type: ignore[attr-defined]
            with self._changed:
                self.events.extend(chunk.decode("ascii", "replace"))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def wait_for(self, wanted: str, count: int, timeout: float) -> bool:
        """Wait until ``count`` more events among ``wanted`` came (or the process ended)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            start = len(self.events)
            while True:
                seen = sum(1 for e in self.events[start:] if e in wanted)
                if seen >= count:
                    return True
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    return False
                self._changed.wait(min(left, 0.1))

    @property
    def leading(self) -> bool:
        with self._changed:
            for event in reversed(self.events):
                if event in "LF":
                    return event == "L"
        return False

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as when the power goes."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self._reader.join(timeout=5)
        self._log.close()

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it lingers."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._reader.join(timeout=5)
        self._log.close()


def arm_random_fault(demo: DemoGateway, rng: random.Random) -> str:
    """Arm one fault of the kinds real gateways show, or none; returns its name."""
    choice = rng.choice(
        [
            "none",
            "none",
            "server_error_after_create",
            "server_error",
            "answer_lost_after_create",
            "slow_create",
            "rate_limit",
        ]
    )
    demo.clear_faults()
    if choice == "server_error_after_create":
        demo.inject(Fault.SERVER_ERROR, apply=True, route="send")
    elif choice == "server_error":
        demo.inject(Fault.SERVER_ERROR, route="any")
    elif choice == "answer_lost_after_create":
        demo.inject(Fault.TIMEOUT, apply=True, stall=1.5, route="send")
    elif choice == "slow_create":
        demo.inject(Fault.SLOW_CREATE, delay=rng.uniform(0.3, 1.5))
    elif choice == "rate_limit":
        demo.inject(Fault.RATE_LIMIT, retry_after=1)
    return choice


@dataclass
class Tally:
    """What the end state holds.

    Attributes:
        queued: outbound messages the desks stored.
        sent: of those, at the gateway exactly once and recorded as sent or delivered.
        failed: recorded as failed and not at the gateway (a refusal the run provoked).
        lost: stored but neither at the gateway nor failed (stuck or silently dropped).
        duplicated: at the gateway more than once.
        wrong_state: at the gateway once but recorded as failed or still pending.
        unknown_at_gateway: at the gateway but not stored (sent without being stored first).
        received: inbound messages the gateway holds, stored exactly once.
        inbound_lost: inbound messages the gateway holds that the store does not.
        problems: a line per message that is not as it should be.
    """

    queued: int = 0
    sent: int = 0
    failed: int = 0
    lost: int = 0
    duplicated: int = 0
    wrong_state: int = 0
    unknown_at_gateway: int = 0
    received: int = 0
    inbound_lost: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (
            self.lost
            or self.duplicated
            or self.wrong_state
            or self.unknown_at_gateway
            or self.inbound_lost
        )


def tally(url: str, demo: DemoGateway, tag_prefix: str, inbound_sids: list[str]) -> Tally:
    """Compare the store at ``url`` with what the demo gateway holds."""
    engine = create_store_engine(url)
    with engine.connect() as conn:
        stored = conn.execute(
            text(
                "SELECT body, status, gateway_sid FROM messages "
                "WHERE direction = 'outbound' AND kind = 'sms' AND body LIKE :tag"
            ),
            {"tag": f"{tag_prefix}%"},
        ).all()
        stored_inbound = Counter(
            sid
            for (sid,) in conn.execute(
                text("SELECT gateway_sid FROM messages WHERE direction = 'inbound'")
            )
        )
    engine.dispose()
    at_gateway = Counter(m["body"] for m in demo.sent() if m["body"].startswith(tag_prefix))
    result = Tally(queued=len(stored))
    bodies = set()
    for body, status, sid in stored:
        bodies.add(body)
        copies = at_gateway.get(body, 0)
        if copies > 1:
            result.duplicated += 1
            result.problems.append(f"sent {copies} times: {body} ({status})")
        elif copies == 1 and status in ("sent", "delivered") and sid:
            result.sent += 1
        elif copies == 1:
            result.wrong_state += 1
            result.problems.append(f"at the gateway but recorded {status}: {body}")
        elif status == "failed":
            result.failed += 1
        else:
            result.lost += 1
            result.problems.append(f"never reached the gateway, left {status}: {body}")
    for body in at_gateway:
        if body not in bodies:
            result.unknown_at_gateway += 1
            result.problems.append(f"at the gateway but not stored: {body}")
    for sid in inbound_sids:
        copies = stored_inbound.get(sid, 0)
        if copies == 1:
            result.received += 1
        elif copies == 0:
            result.inbound_lost += 1
            result.problems.append(f"inbound {sid} never stored")
    return result

"""The demo gateway in a process of its own, for probes that measure the app's memory.

In the app's process, the demo gateway's rows (an in-memory SQLite database that grows with
every message of the day), its request log and the thread it starts per HTTP request (each
may take a glibc arena of its own) would be counted as the app's. A real desk's gateway is
on another machine; here it is in a child process, driven over a pipe.
"""

from __future__ import annotations

import multiprocessing
from datetime import datetime
from typing import Any

__all__ = ["GatewayProcess"]


def _serve(pipe: Any, options: dict[str, Any]) -> None:
    from desktop.gateway.demo import DemoGateway

    gateway = DemoGateway(**options).start()
    pipe.send((gateway.base_url, gateway.account_sid, gateway.auth_token, gateway.phone_number))
    while True:
        call, args = pipe.recv()
        if call == "stop":
            break
        if call == "inbound":
            gateway.inbound(*args)
        elif call == "inbound_many":
            items, at = args
            gateway.inbound_many(items, at=at)
        pipe.send(None)
    gateway.stop()
    pipe.send(None)


class GatewayProcess:
    """``DemoGateway(**options)`` in a child process: its address and the calls a probe
    makes (``inbound``, ``inbound_many``), each waiting for the child to have done it."""

    def __init__(self, **options: Any) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a process running Qt
        self._pipe, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child, options), daemon=True)
        self._process.start()
        self.base_url, self.account_sid, self.auth_token, self.phone_number = self._pipe.recv()

    def _call(self, call: str, *args: Any) -> None:
        self._pipe.send((call, args))
        self._pipe.recv()

    def inbound(self, from_number: str, body: str) -> None:
        self._call("inbound", from_number, body)

    def inbound_many(self, items: list[tuple[str, str]], *, at: datetime | None = None) -> None:
        self._call("inbound_many", items, at)

    def stop(self) -> None:
        self._call("stop")
        self._process.join(timeout=10)

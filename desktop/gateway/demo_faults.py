"""The faults the demo gateway can be told to commit, and the list of those armed.

Tests arm them through DemoGateway.inject; the HTTP handler (demo_server) answers a request
a fault hits, and the API (demo_api) asks for the faults that change a created message's life.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from desktop.gateway.demo_data import TWILIO_TEXTS


class Fault(Enum):
    """What the demo gateway can be told to do wrong (see DemoGateway.inject).

    The hard cases for "nothing sent twice" are switches of these:

    * an answer lost after the message was created: ``SERVER_ERROR`` with ``apply=True``
      (created, then HTTP 500) and ``TIMEOUT`` with ``apply=True`` (created, then no answer
      within the client's timeout);
    * a slow create: ``SLOW_CREATE`` (the message exists only after ``delay``, then it is
      answered: a look-up made meanwhile does not find it yet);
    * a garbled answer to a create that was carried out: ``MALFORMED_JSON``.

    Attributes:
        SERVER_ERROR: HTTP 500 (``apply``: after carrying the request out).
        TIMEOUT: no answer for ``stall`` seconds (``apply``: carried out meanwhile).
        RATE_LIMIT: HTTP 429 with Retry-After.
        MALFORMED_JSON: the answer cut in half (the request is carried out).
        FAIL_DELIVERY: the next message created fails to deliver with ``error_code``.
        FINAL_STATUS: the next message created ends in ``status`` (any final status word
            of Twilio's: partially_delivered, undelivered, read...).
        REJECT: HTTP 400 with Twilio's error ``code`` (nothing is created).
        SLOW_CREATE: the message is created after ``delay`` seconds, then answered.
        PROXY_ERROR: an HTTP ``status`` with a ``body`` that is not Twilio's error object
            (what a proxy or firewall in front of the gateway answers); nothing is created.
    """

    SERVER_ERROR = "server_error"
    TIMEOUT = "timeout"
    RATE_LIMIT = "rate_limit"
    MALFORMED_JSON = "malformed_json"
    FAIL_DELIVERY = "fail_delivery"
    FINAL_STATUS = "final_status"
    REJECT = "reject"
    SLOW_CREATE = "slow_create"
    PROXY_ERROR = "proxy_error"


# Fault routes: send (create), list, fetch (one message), update and delete (one message),
# account, media (lists, one media, its content) or any.
ROUTES = ("send", "list", "fetch", "update", "delete", "account", "media", "any")
# Status words a FINAL_STATUS fault may end a message in, and whether it was sent first.
FINAL_STATUSES = {
    "delivered": True,
    "read": True,
    "partially_delivered": True,
    "undelivered": True,
    "failed": False,
    "canceled": False,
}

# The parameters each fault takes, with their defaults.
_FAULT_PARAMS: dict[Fault, dict[str, Any]] = {
    Fault.SERVER_ERROR: {"apply": False, "route": "any"},
    Fault.TIMEOUT: {"stall": 3.0, "apply": False, "route": "any"},
    Fault.RATE_LIMIT: {"retry_after": 2, "route": "any"},
    Fault.MALFORMED_JSON: {"route": "any"},
    Fault.FAIL_DELIVERY: {"error_code": 21610, "error_message": None, "route": "send"},
    Fault.FINAL_STATUS: {
        "status": "partially_delivered",
        "error_code": None,
        "error_message": None,
        "route": "send",
    },
    Fault.REJECT: {"code": 21211, "message": None, "route": "send"},
    Fault.SLOW_CREATE: {"delay": 1.0, "route": "send"},
    Fault.PROXY_ERROR: {
        "status": 400,
        "body": "<html><head><title>400 Bad Request</title></head><body>"
        "<h1>400 Bad Request</h1><hr>nginx</body></html>",
        "content_type": "text/html",
        "route": "any",
    },
}
# Faults that change what happens to the next created message instead of answering.
_LIFE_FAULTS = (Fault.FAIL_DELIVERY, Fault.FINAL_STATUS)


@dataclass(slots=True)
class ArmedFault:
    """A fault armed for ``remaining`` more requests, with its parameters."""

    fault: Fault
    remaining: int
    params: dict[str, Any] = field(default_factory=dict)


# A new message's planned life: (sent_ts, final_ts, final status, error code, error text).
LifePlan = tuple[float | None, float, str, int | None, str | None]


class ArmedFaults:
    """The faults armed on one demo gateway, consumed one use at a time (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: list[ArmedFault] = []

    def arm(self, fault: Fault, times: int, params: dict[str, Any]) -> None:
        """Arm ``fault`` for the next ``times`` matching requests (see DemoGateway.inject).

        Raises:
            TypeError: a parameter the fault does not take.
            ValueError: an unknown route, a route other than "send" for a send-only fault,
                a FINAL_STATUS status that is not a final one, or ``times`` below 1.
        """
        defaults = _FAULT_PARAMS[fault]
        unknown = set(params) - set(defaults)
        if unknown:
            raise TypeError(f"{fault.name} takes no parameter {sorted(unknown)}")
        merged = {**defaults, **params}
        if merged["route"] not in ROUTES:
            raise ValueError(f"route must be one of {ROUTES}")
        if fault in (*_LIFE_FAULTS, Fault.REJECT, Fault.SLOW_CREATE) and merged["route"] != "send":
            raise ValueError(f"{fault.name} applies to sends only")
        if fault is Fault.FINAL_STATUS and merged["status"] not in FINAL_STATUSES:
            raise ValueError(f"status must be one of {sorted(FINAL_STATUSES)}")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._armed.append(ArmedFault(fault, times, merged))

    def clear(self) -> None:
        """Disarm every fault."""
        with self._lock:
            self._armed.clear()

    def take(self, route: str) -> ArmedFault | None:
        """Consume one use of the first armed fault that answers a request on ``route``."""
        with self._lock:
            for armed in self._armed:
                if armed.fault in _LIFE_FAULTS:
                    continue  # not an answer: it changes what happens to a created message
                if armed.params["route"] not in ("any", route):
                    continue
                self._use(armed)
                return armed
        return None

    def life_plan(
        self, goes: float, sent_delay: float, final_delay: float
    ) -> tuple[LifePlan, bool]:
        """A new message's planned life, and whether a contact may answer it: delivered,
        unless a FAIL_DELIVERY or FINAL_STATUS fault is armed (it consumes one use).

        Args:
            goes: when the message goes (now, or its scheduled time).
            sent_delay: seconds after ``goes`` at which it is "sent".
            final_delay: seconds after ``goes`` at which it reaches its final status.
        """
        with self._lock:
            life = next((armed for armed in self._armed if armed.fault in _LIFE_FAULTS), None)
            if life is not None:
                self._use(life)
        if life is None:
            return (goes + sent_delay, goes + final_delay, "delivered", None, None), True
        params = life.params
        code = int(params["error_code"]) if params["error_code"] is not None else None
        text = params["error_message"] or (
            TWILIO_TEXTS.get(code, "Message delivery failed") if code is not None else None
        )
        if life.fault is Fault.FAIL_DELIVERY:
            return (None, goes + sent_delay, "failed", code, text), False
        status = str(params["status"])
        sent_ts = goes + sent_delay if FINAL_STATUSES[status] else None
        final_ts = goes + final_delay if sent_ts is not None else goes + sent_delay
        return (sent_ts, final_ts, status, code, text), False

    def _use(self, armed: ArmedFault) -> None:
        armed.remaining -= 1
        if armed.remaining <= 0:
            self._armed.remove(armed)

"""Quitting cuts a slow gateway request short: CancellableSession over real HTTP to the demo
gateway, whose send is held back for seconds."""

from __future__ import annotations

import threading
import time

import pytest

from desktop.gateway.base import GatewayError
from desktop.gateway.cancel import CancellableSession
from desktop.gateway.connection import GatewayConfig
from desktop.gateway.demo import DemoGateway, Fault
from desktop.gateway.twilio_carrier import twilio_config

OLIVIA = "+14155550134"


def config(gateway: DemoGateway) -> GatewayConfig:
    return twilio_config(
        base_url=gateway.base_url,
        account_sid=gateway.account_sid,
        auth_token=gateway.auth_token,
        from_number=gateway.phone_number,
    )


def test_cancel_ends_a_send_blocked_on_a_slow_gateway_at_once(demo_gateway: DemoGateway):
    demo_gateway.inject(Fault.TIMEOUT, stall=10.0, apply=True, route="send")
    session = CancellableSession()
    adapter = config(demo_gateway).connect(session)
    outcome: list[BaseException | str] = []

    def send() -> None:
        try:
            outcome.append(adapter.send(OLIVIA, "Your order is ready").sid)
        except BaseException as err:  # what the sync thread would see
            outcome.append(err)

    thread = threading.Thread(target=send)
    thread.start()
    deadline = time.monotonic() + 5
    while not any(m == "POST" for m, _ in demo_gateway.requests_seen()):
        assert time.monotonic() < deadline, "the send never reached the gateway"
        time.sleep(0.01)
    started = time.monotonic()

    session.cancel()
    thread.join(5)

    assert not thread.is_alive()
    assert time.monotonic() - started < 1.0  # not the 10 s stall, nor the 15 s timeout
    [error] = outcome
    assert isinstance(error, GatewayError)
    # A later request fails before it connects: nothing more goes out while quitting.
    posts = sum(m == "POST" for m, _ in demo_gateway.requests_seen())
    with pytest.raises(GatewayError):
        adapter.send(OLIVIA, "second")
    assert sum(m == "POST" for m, _ in demo_gateway.requests_seen()) == posts
    adapter.close()
    session.close()


def test_an_uncancelled_session_works_as_any_other(demo_gateway: DemoGateway):
    session = CancellableSession()
    adapter = config(demo_gateway).connect(session)

    accepted = adapter.send(OLIVIA, "Hello")

    assert accepted.sid
    assert [m["body"] for m in demo_gateway.sent()] == ["Hello"]
    assert not session.cancelled
    adapter.close()
    session.close()

"""TwilioGateway over real HTTP against the demo gateway, plus its guards and error mapping.

Most tests talk to DemoGateway on 127.0.0.1; a few feed canned answers through a requests
transport adapter (no socket at all) to pin what a real gateway could send that the demo
never does: foreign next-page links, endless paging, odd headers.
"""

from __future__ import annotations

import io
import json
import logging
import socket
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
import requests
import urllib3.exceptions
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

from desktop import __version__
from desktop.core.models import Direction
from desktop.gateway.base import (
    AuthenticationFailed,
    GatewayBusy,
    GatewayError,
    GatewayMessage,
    GatewayServerError,
    GatewayTimeout,
    GatewayUnreachable,
    InvalidBody,
    LookupIncomplete,
    MalformedResponse,
    MessageNotFound,
    MessageRejected,
    RateLimited,
    RejectedNumber,
    RequestRefused,
)
from desktop.gateway.demo import DemoGateway, Fault
from desktop.gateway.demo_pictures import landscape_png
from desktop.gateway.errors import RETRY_LATER_CODES, describe_error, describe_refusal
from desktop.gateway.twilio import InsecureGatewayURL, TwilioGateway
from desktop.gateway.twilio_parse import parse_retry_after

OLIVIA = "+14155550134"
SAM = "+12025550173"
STRANGER = "+12025550199"


def make_gateway(demo: DemoGateway, **kwargs: Any) -> TwilioGateway:
    """A TwilioGateway pointed at ``demo`` with its credentials."""
    kwargs.setdefault("from_number", demo.phone_number)
    return TwilioGateway(
        account_sid=demo.account_sid,
        auth_token=demo.auth_token,
        base_url=demo.base_url,
        **kwargs,
    )


@pytest.fixture
def gateway(demo_gateway: DemoGateway) -> Iterator[TwilioGateway]:
    gw = make_gateway(demo_gateway)
    yield gw
    gw.close()


def list_requests(demo: DemoGateway) -> list[str]:
    """Paths of the GET list requests the demo received."""
    return [
        path
        for method, path in demo.requests_seen()
        if method == "GET" and "/Messages.json" in path
    ]


def wait_for(
    check: Callable[[], GatewayMessage | list[GatewayMessage] | None], timeout: float = 3.0
) -> Any:
    """Poll ``check`` until it returns something truthy, or fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.02)
    pytest.fail(f"nothing after {timeout} s")


# -- sending and the status life-cycle ----------------------------------------------------


def test_send_returns_the_queued_message_then_fetch_sees_sent_then_delivered(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    accepted = gateway.send(OLIVIA, "Your order is ready to collect.")
    assert accepted.status == "queued"
    assert accepted.date_sent is None
    assert accepted.direction is Direction.OUTBOUND
    assert (accepted.from_number, accepted.to_number) == (demo_gateway.phone_number, OLIVIA)
    assert accepted.sid.startswith("SM")
    assert accepted.date_created.tzinfo is UTC
    assert (accepted.num_segments, accepted.num_media) == (1, 0)

    seen: list[str] = [accepted.status]
    deadline = time.monotonic() + 3
    while seen[-1] != "delivered" and time.monotonic() < deadline:
        message = gateway.fetch_message(accepted.sid)
        if message.status != seen[-1]:
            seen.append(message.status)
            if message.status in ("sent", "delivered"):
                assert message.date_sent is not None
        time.sleep(0.02)
    assert seen == ["queued", "sent", "delivered"]


def test_send_posts_to_from_and_body(demo_gateway: DemoGateway, gateway: TwilioGateway) -> None:
    gateway.send(SAM, "Quote attached: £250 + VAT")
    [sent] = demo_gateway.sent()
    assert sent["to"] == SAM
    assert sent["from"] == demo_gateway.phone_number
    assert sent["body"] == "Quote attached: £250 + VAT"


def test_send_through_a_messaging_service_sends_its_sid_instead_of_from(
    demo_gateway: DemoGateway,
) -> None:
    service = "MG" + "a" * 32
    gw = make_gateway(
        demo_gateway,
        from_number=None,
        messaging_service_sid=service,
        desk_number=demo_gateway.phone_number,
    )
    message = gw.send(OLIVIA, "Hello from the service")
    # As Twilio answers a service's send: accepted, its sender not chosen yet.
    assert message.status == "accepted"
    assert message.from_number == ""
    [sent] = demo_gateway.sent()
    assert sent["body"] == "Hello from the service"
    assert sent["from"] is None


# -- fetching inbound messages --------------------------------------------------------------


def test_fetch_inbound_follows_next_page_uri_and_returns_all_oldest_first(
    demo_gateway: DemoGateway,
) -> None:
    at = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    for i in range(25):
        demo_gateway.inbound(OLIVIA, f"message {i}", at=at + timedelta(seconds=i))
    gw = make_gateway(demo_gateway, page_size=10)

    messages = gw.fetch_inbound(at)

    assert [m.body for m in messages] == [f"message {i}" for i in range(25)]
    assert all(m.direction is Direction.INBOUND for m in messages)
    pages = list_requests(demo_gateway)
    assert len(pages) == 3
    assert "DateSent%3E=2024-05-01" in pages[0]
    assert "PageSize=10" in pages[0]
    assert "To=%2B14155550100" in pages[0]
    assert "Page=1" in pages[1]
    assert "PageToken=" in pages[1]
    assert "Page=2" in pages[2]


def test_a_poll_glances_at_a_small_page_and_reads_a_burst_in_big_pages(
    demo_gateway: DemoGateway,
) -> None:
    morning = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    demo_gateway.inbound_many([(SAM, f"old {i}") for i in range(300)], at=morning)
    since = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    demo_gateway.inbound_many([(OLIVIA, f"new {i}") for i in range(3)], at=since)
    gw = make_gateway(demo_gateway, page_size=100)

    # Nothing much new: one small page, however many older messages the day holds.
    assert [m.body for m in gw.fetch_inbound(since)] == [f"new {i}" for i in range(3)]
    assert [("PageSize=50" in path) for path in list_requests(demo_gateway)] == [True]

    later = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    demo_gateway.inbound_many([(OLIVIA, f"burst {i}") for i in range(120)], at=later)
    burst = gw.fetch_inbound(later)

    assert sorted(m.body for m in burst) == sorted(f"burst {i}" for i in range(120))
    pages = list_requests(demo_gateway)[1:]
    # The full glance, then the list again in pages of 100 (the second reaches older ones).
    assert ["PageSize=50" in pages[0], "PageSize=100" in pages[1]] == [True, True]
    assert len(pages) == 3


def test_fetch_inbound_stops_paging_once_a_page_reaches_messages_older_than_since(
    demo_gateway: DemoGateway,
) -> None:
    morning = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    for i in range(30):  # same date as since, so the API's date filter lets them through
        demo_gateway.inbound(SAM, f"old {i}", at=morning + timedelta(seconds=i))
    since = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    for i in range(25):
        demo_gateway.inbound(OLIVIA, f"new {i}", at=since + timedelta(minutes=i))
    gw = make_gateway(demo_gateway, page_size=10)

    messages = gw.fetch_inbound(since)

    assert [m.body for m in messages] == [f"new {i}" for i in range(25)]
    # Pages 0 and 1 are all new; page 2 holds the last 5 new and the first old ones: stop.
    assert len(list_requests(demo_gateway)) == 3


def test_fetch_inbound_keeps_messages_after_midnight_and_drops_those_before_since(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    demo_gateway.inbound(OLIVIA, "the day before", at=datetime(2024, 4, 29, 12, 0, tzinfo=UTC))
    demo_gateway.inbound(OLIVIA, "late on the 30th", at=datetime(2024, 4, 30, 23, 50, tzinfo=UTC))
    demo_gateway.inbound(SAM, "just after midnight", at=datetime(2024, 5, 1, 0, 10, tzinfo=UTC))
    demo_gateway.inbound(SAM, "next morning", at=datetime(2024, 5, 1, 9, 0, tzinfo=UTC))

    messages = gateway.fetch_inbound(datetime(2024, 4, 30, 23, 55, tzinfo=UTC))

    assert [m.body for m in messages] == ["just after midnight", "next morning"]
    assert "DateSent%3E=2024-04-30" in list_requests(demo_gateway)[-1]


def test_fetch_inbound_asks_for_the_utc_date_of_since(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    demo_gateway.inbound(OLIVIA, "late on the 30th", at=datetime(2024, 4, 30, 23, 50, tzinfo=UTC))
    demo_gateway.inbound(SAM, "just after midnight", at=datetime(2024, 5, 1, 0, 10, tzinfo=UTC))
    # 01:00 in UTC+2 is 23:00 UTC the day before: the date asked for must be the UTC one.
    since = datetime(2024, 5, 1, 1, 0, tzinfo=timezone(timedelta(hours=2)))

    messages = gateway.fetch_inbound(since)

    assert [m.body for m in messages] == ["late on the 30th", "just after midnight"]
    assert "DateSent%3E=2024-04-30" in list_requests(demo_gateway)[-1]


def test_fetch_inbound_includes_a_message_in_the_same_second_as_since(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    at = datetime(2024, 5, 1, 10, 0, 0, 100_000, tzinfo=UTC)
    demo_gateway.inbound(OLIVIA, "same second", at=at)
    # The API reports 10:00:00; a since of 10:00:00.5 must not lose it.
    messages = gateway.fetch_inbound(at + timedelta(milliseconds=400))
    assert [m.body for m in messages] == ["same second"]


def test_fetch_inbound_leaves_out_what_the_desk_sent(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    since = datetime.now(UTC) - timedelta(minutes=1)
    note = gateway.send(demo_gateway.phone_number, "a note to ourselves")
    demo_gateway.inbound(OLIVIA, "real inbound")
    # Once "sent" it has a date_sent, so the API lists it too.
    wait_for(lambda: gateway.fetch_message(note.sid).date_sent)
    assert [m.body for m in gateway.fetch_inbound(since)] == ["real inbound"]


def test_fetch_inbound_refuses_a_naive_since(gateway: TwilioGateway) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        gateway.fetch_inbound(datetime(2024, 5, 1))  # naive on purpose


def test_find_outbound_returns_every_outbound_message_to_that_number_newest_first(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    since = datetime.now(UTC) - timedelta(seconds=5)
    for body in ("first", "second", "third"):
        gateway.send(OLIVIA, body)
    gateway.send(SAM, "to Sam")
    demo_gateway.inbound(OLIVIA, "from Olivia")

    found = gateway.find_outbound(OLIVIA, since)

    assert [m.body for m in found] == ["third", "second", "first"]
    assert all(m.direction is Direction.OUTBOUND and m.to_number == OLIVIA for m in found)
    [asked] = list_requests(demo_gateway)
    # To alone: no From (a Messaging Service's sender may be a pool number or none yet) and
    # no DateSent (a queued message has no date_sent, so the filter would leave it out).
    assert "To=%2B14155550134" in asked
    assert "From=" not in asked
    assert "DateSent" not in asked


def test_find_outbound_pages_on_until_it_reaches_since(demo_gateway: DemoGateway) -> None:
    gw = make_gateway(demo_gateway, page_size=10)
    since = datetime.now(UTC) - timedelta(seconds=5)
    for i in range(25):
        gw.send(OLIVIA, f"queued {i}")

    found = gw.find_outbound(OLIVIA, since)

    assert sorted(m.body for m in found) == sorted(f"queued {i}" for i in range(25))
    assert len(list_requests(demo_gateway)) == 3


def test_find_outbound_leaves_out_what_was_created_before_since(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    gateway.send(OLIVIA, "before")
    time.sleep(1.1)  # the API's dates have whole seconds
    since = datetime.now(UTC)
    gateway.send(OLIVIA, "after")
    assert [m.body for m in gateway.find_outbound(OLIVIA, since)] == ["after"]


def test_find_outbound_refuses_a_naive_since(gateway: TwilioGateway) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        gateway.find_outbound(OLIVIA, datetime(2024, 5, 1))  # naive on purpose


def test_fetch_message_of_an_unknown_sid_raises_message_not_found(gateway: TwilioGateway) -> None:
    with pytest.raises(MessageNotFound) as info:
        gateway.fetch_message("SM" + "0" * 32)
    assert info.value.code == 20404
    assert not info.value.transient


# -- check and authentication ----------------------------------------------------------------


def test_check_returns_the_account(demo_gateway: DemoGateway, gateway: TwilioGateway) -> None:
    info = gateway.check()
    assert info.account_sid == demo_gateway.account_sid
    assert info.friendly_name == "SMS Desk demo"
    assert info.status == "active"


def test_wrong_token_raises_authentication_failed_without_the_token_anywhere(
    demo_gateway: DemoGateway, caplog: pytest.LogCaptureFixture
) -> None:
    token = "f" * 32
    gw = TwilioGateway(
        account_sid=demo_gateway.account_sid,
        auth_token=token,
        base_url=demo_gateway.base_url,
        from_number=demo_gateway.phone_number,
    )
    caplog.set_level(logging.DEBUG)
    for call in (
        gw.check,
        lambda: gw.send(OLIVIA, "hi"),
        lambda: gw.fetch_inbound(datetime.now(UTC)),
    ):
        with pytest.raises(AuthenticationFailed) as info:
            call()
        err = info.value
        assert str(err) == (
            "The SMS gateway refused the Account SID or auth token. Check them in Settings."
        )
        assert err.code == 20003
        assert not err.transient
        assert not err.ambiguous
        chain = f"{err!s} {err!r} {err.__cause__!r} {err.__context__!r}"
        assert token not in chain
        assert "Authorization" not in chain
    assert token not in caplog.text
    ours = [r.getMessage() for r in caplog.records if r.name == "smsdesk.gateway"]
    assert ours
    assert not any(demo_gateway.account_sid in line for line in ours)


# -- faults and how they map ------------------------------------------------------------------


def test_server_error_is_transient_and_ambiguous(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    demo_gateway.inject(Fault.SERVER_ERROR, route="send")
    with pytest.raises(GatewayServerError) as info:
        gateway.send(OLIVIA, "hello")
    assert info.value.transient
    assert info.value.ambiguous
    assert demo_gateway.base_url.removeprefix("http://") in str(info.value)
    assert demo_gateway.sent() == []


def test_server_error_after_the_message_was_created_leaves_it_created(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    demo_gateway.inject(Fault.SERVER_ERROR, route="send", apply=True)
    with pytest.raises(GatewayServerError):
        gateway.send(OLIVIA, "hello")
    assert [m["body"] for m in demo_gateway.sent()] == ["hello"]


def test_read_timeout_raises_gateway_timeout_quickly(demo_gateway: DemoGateway) -> None:
    demo_gateway.inject(Fault.TIMEOUT, stall=2.0, route="list")
    gw = make_gateway(demo_gateway, timeout=(1, 0.5))
    started = time.monotonic()
    with pytest.raises(GatewayTimeout) as info:
        gw.fetch_inbound(datetime.now(UTC))
    assert time.monotonic() - started < 1.5
    assert info.value.transient
    assert info.value.ambiguous
    assert "did not answer in time" in str(info.value)


def test_timeout_with_apply_creates_the_message_although_the_answer_is_lost(
    demo_gateway: DemoGateway,
) -> None:
    demo_gateway.inject(Fault.TIMEOUT, stall=1.0, route="send", apply=True)
    gw = make_gateway(demo_gateway, timeout=(1, 0.3))
    with pytest.raises(GatewayTimeout) as info:
        gw.send(OLIVIA, "did this go?")
    assert info.value.ambiguous
    assert [m["body"] for m in demo_gateway.sent()] == ["did this go?"]
    # The sync engine's way to find out: the send is there, so it must not go again.
    since = datetime.now(UTC) - timedelta(minutes=1)
    assert [m.body for m in gw.find_outbound(OLIVIA, since)] == ["did this go?"]


def test_connection_dropped_without_an_answer_is_ambiguous(demo_gateway: DemoGateway) -> None:
    # apply=False on a send: the server reads the request, stalls, then hangs up.
    demo_gateway.inject(Fault.TIMEOUT, stall=0.2, route="send")
    gw = make_gateway(demo_gateway, timeout=(1, 5))
    with pytest.raises(GatewayTimeout) as info:
        gw.send(OLIVIA, "lost?")
    assert info.value.transient
    assert info.value.ambiguous
    assert not isinstance(info.value, GatewayUnreachable)


def test_rate_limit_raises_rate_limited_with_retry_after(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    demo_gateway.inject(Fault.RATE_LIMIT)
    with pytest.raises(RateLimited) as info:
        gateway.check()
    assert info.value.retry_after == 2.0
    assert info.value.code == 20429
    assert info.value.transient
    assert not info.value.ambiguous
    assert "in 2 s" in str(info.value)


def test_malformed_json_raises_malformed_response(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    demo_gateway.inject(Fault.MALFORMED_JSON, times=2)
    with pytest.raises(MalformedResponse) as info:
        gateway.check()
    assert info.value.transient
    assert info.value.ambiguous
    with pytest.raises(MalformedResponse):
        gateway.send(OLIVIA, "created but unreadable")
    assert [m["body"] for m in demo_gateway.sent()] == ["created but unreadable"]


def test_rejected_21211_raises_rejected_number_with_our_sentence(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    demo_gateway.inject(Fault.REJECT, code=21211)
    with pytest.raises(RejectedNumber) as info:
        gateway.send(OLIVIA, "hello")
    assert info.value.code == 21211
    assert str(info.value) == describe_error(21211)
    assert not info.value.transient
    assert not info.value.ambiguous
    assert demo_gateway.sent() == []


def test_rejected_with_an_unknown_code_shows_the_gateway_text_and_code(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    demo_gateway.inject(Fault.REJECT, code=21999, message="Account not allowed to do that.")
    with pytest.raises(MessageRejected) as info:
        gateway.send(OLIVIA, "hello")
    assert type(info.value) is MessageRejected
    assert str(info.value) == "Account not allowed to do that. (error 21999)"


@pytest.mark.parametrize(
    ("to", "body", "error", "code"),
    [
        ("12345", "hello", RejectedNumber, 21211),
        (OLIVIA, "", InvalidBody, 21602),
        (OLIVIA, "x" * 1601, InvalidBody, 21617),
    ],
)
def test_gateway_validation_errors_map_to_their_exceptions(
    gateway: TwilioGateway, to: str, body: str, error: type[GatewayError], code: int
) -> None:
    with pytest.raises(error) as info:
        gateway.send(to, body)
    assert info.value.code == code
    assert str(info.value) == describe_error(code)


def test_a_from_number_not_on_the_account_is_a_rejected_number(
    demo_gateway: DemoGateway,
) -> None:
    gw = make_gateway(demo_gateway, from_number=STRANGER)
    with pytest.raises(RejectedNumber) as info:
        gw.send(OLIVIA, "hello")
    assert info.value.code == 21606


def test_failed_delivery_ends_in_failed_with_the_error_code(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    demo_gateway.inject(Fault.FAIL_DELIVERY)
    accepted = gateway.send(OLIVIA, "hello")
    assert accepted.status == "queued"

    def failed_message() -> GatewayMessage | None:
        message = gateway.fetch_message(accepted.sid)
        return message if message.status == "failed" else None

    failed = wait_for(failed_message)
    assert failed.error_code == 21610
    assert failed.error_message
    assert "replied STOP" in describe_error(failed.error_code)
    assert demo_gateway.sent()[0]["status"] == "failed"
    assert demo_gateway.sent()[0]["error_code"] == 21610


def test_gateway_down_raises_unreachable_and_works_again_when_it_comes_back(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    sid = gateway.send(OLIVIA, "before the outage").sid
    demo_gateway.go_down()
    with pytest.raises(GatewayUnreachable) as info:
        gateway.check()
    assert info.value.transient
    assert not info.value.ambiguous
    host = demo_gateway.base_url.removeprefix("http://")
    assert str(info.value) == (
        f"Can't reach the SMS gateway at {host}. "
        "Check the internet connection; SMS Desk will keep trying."
    )

    demo_gateway.come_back()
    assert gateway.check().status == "active"
    assert gateway.fetch_message(sid).body == "before the outage"


# -- refusing insecure or odd addresses ----------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://api.twilio.com",
        "http://10.0.0.1:8080",
        "http://127.0.0.1.example.com",
        "http://[::ffff:10.0.0.1]",
    ],
)
def test_plain_http_to_another_host_is_refused_without_any_network_traffic(
    monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    with pytest.raises(InsecureGatewayURL) as info:
        TwilioGateway(account_sid="AC1", auth_token="secret", base_url=url, from_number=OLIVIA)
    assert isinstance(info.value, GatewayError)
    assert not info.value.transient
    assert "https://" in str(info.value)
    assert "secret" not in str(info.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080",
        "http://127.1.2.3",
        "http://[::1]:8080",
        "http://localhost:1234/",
        "https://api.twilio.com",
    ],
)
def test_https_and_loopback_http_addresses_are_accepted(url: str) -> None:
    gw = TwilioGateway(account_sid="AC1", auth_token="secret", base_url=url, from_number=OLIVIA)
    assert gw.base_url == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    [
        "api.twilio.com",
        "ftp://api.twilio.com",
        "https://AC1:secret@api.twilio.com",
        "AC1:secret@api.twilio.com",
        "https://api.twilio.com/?token=secret",
    ],
)
def test_an_address_that_is_not_a_plain_web_address_is_refused(url: str) -> None:
    with pytest.raises(GatewayError) as info:
        TwilioGateway(account_sid="AC1", auth_token="secret", base_url=url, from_number=OLIVIA)
    assert "secret" not in str(info.value)


def test_a_sender_is_required() -> None:
    with pytest.raises(ValueError, match="from_number or messaging_service_sid"):
        TwilioGateway(account_sid="AC1", auth_token="t")
    with pytest.raises(ValueError, match="desk_number"):
        TwilioGateway(account_sid="AC1", auth_token="t", messaging_service_sid="MG1")
    gw = TwilioGateway(account_sid="AC1", auth_token="t", from_number=OLIVIA)
    assert gw.desk_number == OLIVIA


# -- canned answers: what a real gateway might send -----------------------------------------------


class CannedAdapter(BaseAdapter):
    """A requests transport that answers from a function and records what was asked."""

    def __init__(self, answer: Callable[[requests.PreparedRequest], Any]) -> None:
        super().__init__()
        self.answer = answer
        self.calls: list[tuple[requests.PreparedRequest, dict[str, Any]]] = []

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        self.calls.append((request, kwargs))
        status, payload, headers = self.answer(request)
        response = requests.Response()
        response.status_code = status
        response._content = payload if isinstance(payload, bytes) else _json_bytes(payload)
        response.raw = io.BytesIO(response._content)  # for streamed reads and close()
        response.headers = CaseInsensitiveDict(headers or {})
        response.encoding = "utf-8"
        response.url = request.url or ""
        response.request = request
        return response

    def close(self) -> None:
        pass


def _json_bytes(payload: Any) -> bytes:
    return json.dumps(payload).encode()


def canned_gateway(
    answer: Callable[[requests.PreparedRequest], Any],
    base_url: str = "https://gateway.example",
    **kwargs: Any,
) -> tuple[TwilioGateway, CannedAdapter]:
    adapter = CannedAdapter(answer)
    session = requests.Session()
    session.mount("https://", adapter)
    kwargs.setdefault("from_number", "+14155550100")
    gw = TwilioGateway(
        account_sid="AC" + "1" * 32,
        auth_token="s3cr3t-token",
        base_url=base_url,
        session=session,
        **kwargs,
    )
    return gw, adapter


def api_message(sid: str, date: str, direction: str = "inbound", **extra: Any) -> dict[str, Any]:
    return {
        "sid": sid,
        "direction": direction,
        "from": "+14155550134",
        "to": "+14155550100",
        "body": "hi",
        "status": "received",
        "date_created": date,
        "date_sent": date,
        "date_updated": date,
        "error_code": None,
        "error_message": None,
        "num_media": "0",
        "num_segments": "1",
        **extra,
    }


NOW_RFC = "Wed, 01 May 2024 10:00:00 +0000"
SINCE = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def test_every_request_has_timeout_tls_verification_user_agent_and_basic_auth() -> None:
    gw, adapter = canned_gateway(
        lambda r: (200, {"sid": "AC1", "friendly_name": "x", "status": "active"}, None),
        timeout=(2.0, 7.0),
    )
    gw._http.session.verify = False  # even a session set to skip verification is not obeyed
    gw.check()
    request, kwargs = adapter.calls[0]
    assert kwargs["timeout"] == (2.0, 7.0)
    # True, or the CA bundle REQUESTS_CA_BUNDLE names: never off.
    assert kwargs["verify"] is True or isinstance(kwargs["verify"], str)
    assert request.headers["User-Agent"] == f"smsdesk/{__version__}"
    assert request.headers["Authorization"].startswith("Basic ")
    assert request.url == f"https://gateway.example/2010-04-01/Accounts/AC{'1' * 32}.json"


def test_a_next_page_on_another_host_is_not_followed() -> None:
    page = {
        "messages": [api_message("SM1", NOW_RFC)],
        "next_page_uri": "https://evil.example/2010-04-01/Accounts/AC1/Messages.json?Page=1",
    }
    gw, adapter = canned_gateway(lambda r: (200, page, None))
    assert [m.sid for m in gw.fetch_inbound(SINCE)] == ["SM1"]
    assert len(adapter.calls) == 1


def test_endless_paging_stops_at_the_page_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = iter(range(10_000))

    def endless(request: requests.PreparedRequest) -> Any:
        n = next(counter)
        uri = f"/2010-04-01/Accounts/AC1/Messages.json?Page={n + 1}"
        return 200, {"messages": [api_message(f"SM{n}", NOW_RFC)], "next_page_uri": uri}, None

    monkeypatch.setattr(TwilioGateway, "MAX_PAGES", 5)
    gw, adapter = canned_gateway(endless)
    assert len(gw.fetch_inbound(SINCE)) == 5
    assert len(adapter.calls) == 5


def test_a_gateway_under_a_path_prefix_pages_within_it() -> None:
    def answer(request: requests.PreparedRequest) -> Any:
        if "Page=1" in (request.url or ""):
            return 200, {"messages": [api_message("SM2", NOW_RFC)], "next_page_uri": None}, None
        uri = "/api/laml/2010-04-01/Accounts/AC1/Messages.json?Page=1"
        return 200, {"messages": [api_message("SM1", NOW_RFC)], "next_page_uri": uri}, None

    gw, adapter = canned_gateway(answer, base_url="https://space.signalwire.example/api/laml")
    assert {m.sid for m in gw.fetch_inbound(SINCE)} == {"SM1", "SM2"}
    urls = [request.url for request, _ in adapter.calls]
    assert urls[0].startswith("https://space.signalwire.example/api/laml/2010-04-01/Accounts/")
    assert (
        urls[1]
        == "https://space.signalwire.example/api/laml/2010-04-01/Accounts/AC1/Messages.json?Page=1"
    )


def test_message_fields_are_parsed_into_typed_values() -> None:
    data = api_message(
        "SM9",
        NOW_RFC,
        direction="outbound-reply",
        status="undelivered",
        error_code=30003,
        error_message="Unreachable destination handset",
        num_segments="3",
        date_sent=None,
    )
    gw, _ = canned_gateway(lambda r: (200, data, None))
    message = gw.fetch_message("SM9")
    assert message.direction is Direction.OUTBOUND
    assert message.date_created == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert message.date_sent is None
    assert (message.error_code, message.num_segments, message.num_media) == (30003, 3, 0)


@pytest.mark.parametrize("direction", ["outbound-api", "outbound-call", "outbound-reply"])
def test_outbound_directions_are_outbound(direction: str) -> None:
    gw, _ = canned_gateway(lambda r: (200, api_message("SM1", NOW_RFC, direction=direction), None))
    assert gw.fetch_message("SM1").direction is Direction.OUTBOUND


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (21211, RejectedNumber),
        (21408, RejectedNumber),
        (21606, RejectedNumber),
        (21610, RejectedNumber),
        (21612, RejectedNumber),
        (21614, RejectedNumber),
        (21659, RejectedNumber),
        (21602, InvalidBody),
        (21617, InvalidBody),
        (20001, MessageRejected),
    ],
)
def test_a_400_error_code_picks_the_exception(code: int, error: type[GatewayError]) -> None:
    body = {"code": code, "message": "Twilio's text", "more_info": "", "status": 400}
    gw, _ = canned_gateway(lambda r: (400, body, None))
    with pytest.raises(error) as info:
        gw.send(OLIVIA, "hello")
    assert type(info.value) is error
    assert info.value.code == code
    assert str(info.value) == describe_error(code, "Twilio's text")
    assert not info.value.transient


@pytest.mark.parametrize(
    ("status", "payload", "error"),
    [
        (403, {"code": 20003, "message": "Forbidden"}, AuthenticationFailed),
        (503, b"<html>Service Unavailable</html>", GatewayServerError),
        (404, {"code": 20404, "message": "not found"}, MessageNotFound),
        (200, b"<html>captive portal</html>", MalformedResponse),
        (200, {"messages": "not a list"}, MalformedResponse),
        (200, {"sid": "SM1"}, MalformedResponse),
        (200, ["not", "an", "object"], MalformedResponse),
    ],
)
def test_http_answers_map_to_their_exceptions(
    status: int, payload: Any, error: type[GatewayError]
) -> None:
    gw, _ = canned_gateway(lambda r: (status, payload, None))
    with pytest.raises(error):
        gw.fetch_message("SM1")


def test_malformed_message_dates_raise_malformed_response() -> None:
    gw, _ = canned_gateway(lambda r: (200, api_message("SM1", "yesterday-ish"), None))
    with pytest.raises(MalformedResponse):
        gw.fetch_message("SM1")


@pytest.mark.parametrize(
    ("exception", "error", "ambiguous"),
    [
        (requests.ConnectTimeout("connect timed out"), GatewayUnreachable, False),
        (
            requests.ConnectionError(urllib3.exceptions.MaxRetryError(None, "/", "refused")),
            GatewayUnreachable,
            False,
        ),
        (requests.ReadTimeout("read timed out"), GatewayTimeout, True),
        (
            requests.ConnectionError(urllib3.exceptions.ProtocolError("Connection aborted.")),
            GatewayTimeout,
            True,
        ),
    ],
)
def test_transport_failures_say_whether_the_request_may_have_arrived(
    exception: Exception, error: type[GatewayError], ambiguous: bool
) -> None:
    def fail(request: requests.PreparedRequest) -> Any:
        raise exception

    gw, _ = canned_gateway(fail)
    with pytest.raises(error) as info:
        gw.send(OLIVIA, "hello")
    assert type(info.value) is error
    assert info.value.ambiguous is ambiguous
    assert info.value.transient
    assert info.value.__cause__ is exception
    assert "gateway.example" in str(info.value)


def test_retry_after_as_an_http_date_and_absent() -> None:
    now = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert parse_retry_after("Wed, 01 May 2024 10:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Wed, 01 May 2024 09:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None

    gw, _ = canned_gateway(lambda r: (429, {"code": 20429, "message": "Too Many Requests"}, None))
    with pytest.raises(RateLimited) as info:
        gw.check()
    assert info.value.retry_after is None


# -- the look-up before a resend, against answers shaped as Twilio documents them --------------

SINCE_RFC = "Wed, 01 May 2024 09:00:00 +0000"


def outbound(sid: str, created: str, sent: str | None, **extra: Any) -> dict[str, Any]:
    """An outbound message record to Olivia, as the Messages list shows it."""
    fields = {"status": "sent" if sent else "queued", "from": "+14155550100", "to": OLIVIA}
    return api_message(
        sid, created, direction="outbound-api", date_sent=sent, **{**fields, **extra}
    )


def pages(*pages_: list[dict[str, Any]]) -> Callable[[requests.PreparedRequest], Any]:
    """Answer the list with these pages in turn, each linking to the next."""

    def answer(request: requests.PreparedRequest) -> Any:
        url = request.url or ""
        number = int(url.split("Page=")[1].split("&")[0]) if "Page=" in url else 0
        more = number + 1 < len(pages_)
        uri = f"/2010-04-01/Accounts/AC1/Messages.json?To=x&Page={number + 1}" if more else None
        return 200, {"messages": pages_[number], "next_page_uri": uri}, None

    return answer


def test_find_outbound_stops_at_the_first_message_sent_before_since() -> None:
    # Listed by DateSent, newest first: the queued one (no date_sent) on top, a message
    # created before since but sent after it, then one sent before since: every later one
    # was sent (so created) earlier still.
    first = [
        outbound("SMqueued", "Wed, 01 May 2024 09:00:30 +0000", None),
        outbound("SMslow", "Wed, 01 May 2024 08:59:59 +0000", "Wed, 01 May 2024 09:00:20 +0000"),
    ]
    second = [
        outbound("SMnew", "Wed, 01 May 2024 09:00:05 +0000", "Wed, 01 May 2024 09:00:10 +0000"),
        outbound("SMold", "Wed, 01 May 2024 08:58:00 +0000", "Wed, 01 May 2024 08:58:01 +0000"),
    ]
    gw, adapter = canned_gateway(pages(first, second, [outbound("SMolder", NOW_RFC, NOW_RFC)]))

    found = gw.find_outbound(OLIVIA, SINCE)

    assert [m.sid for m in found] == ["SMqueued", "SMnew"]
    assert len(adapter.calls) == 2  # not the third page


def test_find_outbound_pages_past_messages_not_yet_sent() -> None:
    queued = [outbound(f"SMq{i}", SINCE_RFC, None) for i in range(3)]
    gw, adapter = canned_gateway(pages(queued, [*queued[:1], outbound("SMx", SINCE_RFC, None)]))
    found = gw.find_outbound(OLIVIA, SINCE)
    assert [m.sid for m in found] == ["SMq0", "SMq1", "SMq2", "SMq0", "SMx"]
    assert len(adapter.calls) == 2  # and the list's end ends it


def test_find_outbound_takes_any_sender_and_none() -> None:
    page = [
        outbound("SMnull", SINCE_RFC, None, **{"from": None, "status": "accepted"}),
        outbound("SMpool", SINCE_RFC, SINCE_RFC, **{"from": "+14155550199"}),
        api_message("SMin", SINCE_RFC, **{"from": OLIVIA}),  # inbound: never a match
    ]
    gw, adapter = canned_gateway(pages(page))
    assert [m.sid for m in gw.find_outbound(OLIVIA, SINCE)] == ["SMnull", "SMpool"]
    url = adapter.calls[0][0].url or ""
    assert "From" not in url
    assert "DateSent" not in url


def test_find_outbound_that_reaches_the_page_cap_is_incomplete(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(TwilioGateway, "LOOKUP_MAX_PAGES", 5)
    many = [[outbound(f"SM{n}", SINCE_RFC, None)] for n in range(10)]
    gw, adapter = canned_gateway(pages(*many))
    with pytest.raises(LookupIncomplete) as info:
        gw.find_outbound(OLIVIA, SINCE)
    assert len(adapter.calls) == 5
    assert info.value.transient
    assert not info.value.ambiguous
    assert "not sent twice" in str(info.value)


def test_find_outbound_with_a_next_page_on_another_host_is_incomplete() -> None:
    page = {
        "messages": [outbound("SM1", SINCE_RFC, None)],
        "next_page_uri": "https://evil.example/2010-04-01/Accounts/AC1/Messages.json?Page=1",
    }
    gw, adapter = canned_gateway(lambda r: (200, page, None))
    with pytest.raises(LookupIncomplete):
        gw.find_outbound(OLIVIA, SINCE)
    assert len(adapter.calls) == 1


def test_find_outbound_with_a_next_page_pointing_back_is_incomplete() -> None:
    page = {
        "messages": [outbound("SM1", SINCE_RFC, None)],
        "next_page_uri": "/2010-04-01/Accounts/AC1/Messages.json?Page=1",
    }
    gw, adapter = canned_gateway(lambda r: (200, page, None))
    with pytest.raises(LookupIncomplete):
        gw.find_outbound(OLIVIA, SINCE)
    assert len(adapter.calls) == 2


def test_find_outbound_refuses_an_unreadable_record() -> None:
    # Strict: a record skipped here could be the message looked for.
    page = [outbound("SM1", SINCE_RFC, None), {"sid": "SM2", "date_created": "garbage"}]
    gw, _ = canned_gateway(pages(page))
    with pytest.raises(MalformedResponse):
        gw.find_outbound(OLIVIA, SINCE)


# -- 4xx answers that are not Twilio's, and "try again later" -------------------------------------


@pytest.mark.parametrize(
    ("status", "payload"),
    [
        (400, b"<html><body><h1>400 Bad Request</h1>nginx</body></html>"),
        (413, b"<html><body><h1>413 Request Entity Too Large</h1></body></html>"),
        (422, {"detail": "unprocessable"}),
        (422, b""),
    ],
)
def test_a_4xx_that_is_not_the_apis_is_refused_not_maybe_sent(status: int, payload: Any) -> None:
    gw, _ = canned_gateway(lambda r: (status, payload, {"Content-Type": "text/html"}))
    with pytest.raises(RequestRefused) as info:
        gw.send(OLIVIA, "hello")
    err = info.value
    assert err.http_status == status
    assert not err.ambiguous  # Twilio creates nothing on a 4xx
    assert not err.transient
    assert str(err) == describe_refusal(status, "gateway.example")
    assert "<html>" not in str(err)


@pytest.mark.parametrize("code", sorted(RETRY_LATER_CODES))
def test_a_try_again_later_code_is_busy_not_rejected(code: int) -> None:
    body = {"code": code, "message": "Queue full", "more_info": "", "status": 400}
    gw, _ = canned_gateway(lambda r: (400, body, None))
    with pytest.raises(GatewayBusy) as info:
        gw.send(OLIVIA, "hello")
    assert info.value.code == code
    assert info.value.transient
    assert not info.value.ambiguous
    assert not isinstance(info.value, MessageRejected)
    assert str(info.value) == describe_error(code, "Queue full")


def test_21611_from_the_demo_gateway_is_busy(
    demo_gateway: DemoGateway, gateway: TwilioGateway
) -> None:
    demo_gateway.inject(Fault.REJECT, code=21611)
    with pytest.raises(GatewayBusy):
        gateway.send(OLIVIA, "hello")
    assert demo_gateway.sent() == []


# -- pictures: Twilio redirects a picture's address to its storage host ---------------------------


def test_a_pictures_redirect_to_another_host_gets_no_credentials() -> None:
    # "localhost" and "127.0.0.1" are one machine but two hosts to the client, as Twilio's
    # storage host is another than api.twilio.com.
    with DemoGateway(greet=False, auto_reply=False, media_host="localhost") as demo:
        gw = make_gateway(demo)
        sid = demo.inbound_picture(OLIVIA)
        [media] = gw.list_media(sid)

        content_type, data = gw.download_media(media.url, 5 * 1024 * 1024)

        assert (content_type, data) == ("image/png", landscape_png())
        [(path, had_credentials)] = demo.storage_requests()
        assert path.startswith("/media-storage/ME")
        assert had_credentials is False


def redirecting(location: str) -> Callable[[requests.PreparedRequest], Any]:
    def answer(request: requests.PreparedRequest) -> Any:
        if "/Media/ME" in (request.url or ""):
            return 307, b"", {"Location": location}
        return 200, b"\x89PNG\r\n", {"Content-Type": "image/png"}

    return answer


PICTURE = f"https://gateway.example/2010-04-01/Accounts/AC{'1' * 32}/Messages/MM1/Media/ME1"


def test_a_pictures_redirect_is_followed_without_the_authorization_header() -> None:
    gw, adapter = canned_gateway(redirecting("https://storage.example/media/abc?sig=1"))
    assert gw.download_media(PICTURE, 1000) == ("image/png", b"\x89PNG\r\n")
    (first, _), (second, _) = adapter.calls
    assert first.headers["Authorization"].startswith("Basic ")
    assert second.url == "https://storage.example/media/abc?sig=1"
    assert "Authorization" not in second.headers


def test_a_pictures_redirect_on_the_gateway_keeps_the_credentials() -> None:
    gw, adapter = canned_gateway(redirecting("/storage/abc"))
    gw.download_media(PICTURE, 1000)
    assert adapter.calls[1][0].url == "https://gateway.example/storage/abc"
    assert adapter.calls[1][0].headers["Authorization"].startswith("Basic ")


@pytest.mark.parametrize(
    "location",
    ["http://storage.example/abc", "ftp://storage.example/abc", "https://u:p@storage.example/"],
)
def test_a_pictures_redirect_to_plain_http_or_elsewhere_is_refused(location: str) -> None:
    gw, adapter = canned_gateway(redirecting(location))
    with pytest.raises(GatewayError, match="does not fetch from"):
        gw.download_media(PICTURE, 1000)
    assert len(adapter.calls) == 1


def test_pictures_redirecting_for_ever_are_given_up() -> None:
    gw, adapter = canned_gateway(redirecting(PICTURE))
    with pytest.raises(GatewayError, match="too many redirects"):
        gw.download_media(PICTURE, 1000)
    assert len(adapter.calls) == TwilioGateway.MAX_REDIRECTS + 1


def test_list_media_follows_the_media_lists_pages() -> None:
    base = f"/2010-04-01/Accounts/AC{'1' * 32}/Messages/MM1/Media"

    def answer(request: requests.PreparedRequest) -> Any:
        second = "Page=1" in (request.url or "")
        item = {"sid": "ME2" if second else "ME1", "content_type": "image/png"}
        item["uri"] = f"{base}/{item['sid']}.json"
        nxt = None if second else f"{base}.json?PageSize=1&Page=1"
        return 200, {"media_list": [item], "next_page_uri": nxt}, None

    gw, adapter = canned_gateway(answer)
    found = gw.list_media("MM1")
    assert [m.url.rsplit("/", 1)[1] for m in found] == ["ME1", "ME2"]
    assert len(adapter.calls) == 2

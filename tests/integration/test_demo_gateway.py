"""The embedded demo gateway: its Twilio-shaped API, its contacts, its faults and its life."""

from __future__ import annotations

import re
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import phonenumbers
import pytest
import requests

from desktop.gateway.base import GatewayMessage
from desktop.gateway.demo import DemoGateway, Fault
from desktop.gateway.demo_data import DEMO_CONTACTS, DemoContact
from desktop.gateway.demo_pictures import landscape_png
from desktop.gateway.twilio import TwilioGateway

OLIVIA = "+14155550134"
SAM = "+12025550173"
STRANGER = "+12025550199"
SID = re.compile(r"^SM[0-9a-f]{32}$")
RFC2822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$"
)
MESSAGE_KEYS = {
    "account_sid", "api_version", "body", "date_created", "date_sent", "date_updated",
    "direction", "error_code", "error_message", "from", "to", "messaging_service_sid",
    "num_media", "num_segments", "price", "price_unit", "sid", "status", "subresource_uris",
    "uri",
}  # fmt: skip
PAGE_KEYS = {
    "messages", "page", "page_size", "first_page_uri", "next_page_uri", "previous_page_uri",
    "uri", "start", "end",
}  # fmt: skip


def adapter_for(demo: DemoGateway, **kwargs: Any) -> TwilioGateway:
    return TwilioGateway(
        account_sid=demo.account_sid,
        auth_token=demo.auth_token,
        base_url=demo.base_url,
        from_number=demo.phone_number,
        **kwargs,
    )


def api(demo: DemoGateway, method: str, path: str, **kwargs: Any) -> requests.Response:
    """A raw API call with the demo's credentials (path after /Accounts/{sid})."""
    kwargs.setdefault("auth", (demo.account_sid, demo.auth_token))
    url = f"{demo.base_url}/2010-04-01/Accounts/{demo.account_sid}{path}"
    return requests.request(method, url, timeout=5, **kwargs)


def wait_for_inbound(gw: TwilioGateway, since: datetime, timeout: float = 3.0) -> list[Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if messages := gw.fetch_inbound(since):
            return messages
        time.sleep(0.05)
    pytest.fail("no inbound message arrived")


# -- demo contacts --------------------------------------------------------------------------------


def test_demo_contacts_have_valid_numbers_and_distinct_names() -> None:
    assert [c.name for c in DEMO_CONTACTS] == ["Olivia Bennett", "Sam Carter", "Mia Nguyen"]
    for contact in DEMO_CONTACTS:
        assert phonenumbers.is_valid_number(phonenumbers.parse(contact.number))
        assert len(contact.replies) >= 3


def test_a_contact_answers_thanks_with_youre_welcome() -> None:
    for contact in DEMO_CONTACTS:
        assert contact.reply_to("Thanks for coming in today!") == "You're welcome!"


def test_a_contact_answers_a_question_with_an_answer() -> None:
    contact = DemoContact("Test", OLIVIA, replies=("ok",), answers=("Yes, that works.",))
    assert contact.reply_to("Can you come at 3?") == "Yes, that works."
    assert contact.reply_to("Your order is ready.") == "ok"


def test_a_contact_replies_to_what_the_desk_sent_after_the_reply_delay() -> None:
    with DemoGateway(
        status_delays=(0.05, 0.1), reply_delay=(0.3, 0.3), greet=False, auto_reply=True
    ) as demo:
        gw = adapter_for(demo)
        since = datetime.now(UTC) - timedelta(seconds=1)
        gw.send(OLIVIA, "Thanks for your order!")
        assert gw.fetch_inbound(since) == []  # not before the delay

        [reply] = wait_for_inbound(gw, since)

        assert reply.from_number == OLIVIA
        assert reply.to_number == demo.phone_number
        assert reply.body == "You're welcome!"
        assert reply.status == "received"


def test_no_reply_from_a_number_that_is_not_a_demo_contact() -> None:
    with DemoGateway(
        status_delays=(0.05, 0.1), reply_delay=(0.1, 0.1), greet=False, auto_reply=True
    ) as demo:
        gw = adapter_for(demo)
        since = datetime.now(UTC) - timedelta(seconds=1)
        sid = gw.send(STRANGER, "Hello?").sid
        wait_until(lambda: gw.fetch_message(sid).status == "delivered")
        # Nothing comes (a contact's answer is dated 0.05 s after delivery): a wait for
        # something that must not happen.
        time.sleep(0.3)
        assert gw.fetch_inbound(since) == []


def test_no_reply_when_delivery_failed() -> None:
    with DemoGateway(
        status_delays=(0.05, 0.1), reply_delay=(0.1, 0.1), greet=False, auto_reply=True
    ) as demo:
        demo.inject(Fault.FAIL_DELIVERY, error_code=30003)
        gw = adapter_for(demo)
        since = datetime.now(UTC) - timedelta(seconds=1)
        sid = gw.send(OLIVIA, "Hello?").sid
        wait_until(lambda: gw.fetch_message(sid).status == "failed")
        # Nothing comes (a contact's answer would be dated 0.05 s after delivery): a wait
        # for something that must not happen.
        time.sleep(0.3)
        assert gw.fetch_inbound(since) == []
        failed = gw.fetch_message(sid)
        assert (failed.status, failed.error_code) == ("failed", 30003)
        assert failed.error_message == "Unreachable destination handset"


def test_a_new_user_finds_two_greeting_messages_waiting() -> None:
    with DemoGateway(greet=True, auto_reply=False) as demo:
        messages = adapter_for(demo).fetch_inbound(datetime.now(UTC) - timedelta(hours=2))
    assert [m.from_number for m in messages] == [SAM, OLIVIA]
    assert messages[-1].body == "Hi, is my order ready to collect today?"
    assert datetime.now(UTC) - messages[-1].date_created < timedelta(minutes=10)


# -- state and life -------------------------------------------------------------------------------


def test_state_path_keeps_messages_across_a_restart_and_greets_only_once(tmp_path: Path) -> None:
    state = tmp_path / "demo.sqlite3"
    since = datetime.now(UTC) - timedelta(hours=2)
    with DemoGateway(state_path=state, status_delays=(0.05, 0.1), auto_reply=False) as demo:
        gw = adapter_for(demo)
        sid = gw.send(SAM, "See you Thursday").sid
        demo.inbound(OLIVIA, "Great, thanks")
        assert len(gw.fetch_inbound(since)) == 3

    with DemoGateway(state_path=state, status_delays=(0.05, 0.1), auto_reply=False) as demo:
        gw = adapter_for(demo)
        inbound = gw.fetch_inbound(since)
        assert [m.body for m in inbound][-1] == "Great, thanks"
        assert len(inbound) == 3  # the greetings were not added again
        # The life-cycle carries on from the stored timestamps.
        wait_until(lambda: gw.fetch_message(sid).status == "delivered")
        assert [m["body"] for m in demo.sent()] == ["See you Thursday"]


def test_inbound_many_stores_ten_thousand_and_fetch_inbound_returns_them_all(
    demo_gateway: DemoGateway,
) -> None:
    since = datetime.now(UTC) - timedelta(seconds=1)
    started = time.monotonic()
    sids = demo_gateway.inbound_many((OLIVIA, f"message {i}") for i in range(10_000))
    assert time.monotonic() - started < 2.0
    assert len(set(sids)) == 10_000

    messages = adapter_for(demo_gateway).fetch_inbound(since)

    assert len(messages) == 10_000
    assert [m.sid for m in messages] == sids  # all of them, in arrival order


def test_stop_returns_quickly_with_a_stalled_request_in_flight() -> None:
    threads_before = set(threading.enumerate())
    demo = DemoGateway(greet=False, auto_reply=False).start()
    demo.inject(Fault.TIMEOUT, stall=30.0)
    errors: list[Exception] = []

    def call() -> None:
        try:
            api(demo, "GET", ".json")
        except requests.RequestException as exc:
            errors.append(exc)

    client = threading.Thread(target=call)
    client.start()
    deadline = time.monotonic() + 2
    while not demo.requests_seen() and time.monotonic() < deadline:
        time.sleep(0.01)

    started = time.monotonic()
    demo.stop()
    assert time.monotonic() - started < 1.0
    client.join(timeout=2)
    assert not client.is_alive()
    assert errors  # the stalled request was cut off, not answered
    assert set(threading.enumerate()) <= threads_before  # no thread outlives stop()


def test_go_down_refuses_connections_and_come_back_keeps_state_and_port(
    demo_gateway: DemoGateway,
) -> None:
    sid = demo_gateway.inbound(OLIVIA, "before")
    base_url = demo_gateway.base_url
    demo_gateway.go_down()
    with pytest.raises(requests.ConnectionError):
        api(demo_gateway, "GET", ".json")
    demo_gateway.come_back()
    assert demo_gateway.base_url == base_url
    assert api(demo_gateway, "GET", f"/Messages/{sid}.json").json()["body"] == "before"


# -- the API's shape ------------------------------------------------------------------------------


def test_every_route_requires_basic_auth(demo_gateway: DemoGateway) -> None:
    for method, path in (("GET", ".json"), ("GET", "/Messages.json"), ("POST", "/Messages.json")):
        response = api(demo_gateway, method, path, auth=(demo_gateway.account_sid, "wrong"))
        assert response.status_code == 401
        assert response.json() == {
            "code": 20003,
            "message": "Authenticate",
            "more_info": "https://www.twilio.com/docs/errors/20003",
            "status": 401,
        }
    assert api(demo_gateway, "GET", ".json", auth=None).status_code == 401


def test_another_account_in_the_path_is_not_found(demo_gateway: DemoGateway) -> None:
    url = f"{demo_gateway.base_url}/2010-04-01/Accounts/AC{'0' * 32}/Messages.json"
    response = requests.get(
        url, auth=(demo_gateway.account_sid, demo_gateway.auth_token), timeout=5
    )
    assert response.status_code == 404
    assert response.json()["code"] == 20404


def test_a_sent_message_has_twilios_fields(demo_gateway: DemoGateway) -> None:
    response = api(
        demo_gateway,
        "POST",
        "/Messages.json",
        data={"To": OLIVIA, "From": demo_gateway.phone_number, "Body": "Hi Olivia"},
    )
    assert response.status_code == 201
    message = response.json()
    assert set(message) == MESSAGE_KEYS
    assert SID.match(message["sid"])
    assert message["account_sid"] == demo_gateway.account_sid
    assert message["api_version"] == "2010-04-01"
    assert message["direction"] == "outbound-api"
    assert message["status"] == "queued"
    assert message["date_sent"] is None
    assert RFC2822.match(message["date_created"])
    assert (message["num_media"], message["num_segments"]) == ("0", "1")
    assert message["uri"] == (
        f"/2010-04-01/Accounts/{demo_gateway.account_sid}/Messages/{message['sid']}.json"
    )
    fetched = api(demo_gateway, "GET", f"/Messages/{message['sid']}.json").json()
    assert fetched["body"] == "Hi Olivia"


@pytest.mark.parametrize(
    ("form", "code", "text"),
    [
        ({"To": "12345", "Body": "x"}, 21211, "The 'To' number 12345 is not a valid phone number."),
        ({"To": OLIVIA, "Body": ""}, 21602, "Message body is required."),
        ({"To": OLIVIA}, 21602, "Message body is required."),
        (
            {"To": OLIVIA, "Body": "x" * 1601},
            21617,
            "The concatenated message body exceeds the 1600 character limit.",
        ),
        (
            {"To": OLIVIA, "Body": "x", "From": STRANGER},
            21606,
            f"The From phone number {STRANGER} is not a valid, SMS-capable inbound phone number "
            "or short code for your account.",
        ),
    ],
)
def test_a_send_the_gateway_must_refuse_gets_twilios_error(
    demo_gateway: DemoGateway, form: dict[str, str], code: int, text: str
) -> None:
    form.setdefault("From", demo_gateway.phone_number)
    response = api(demo_gateway, "POST", "/Messages.json", data=form)
    assert response.status_code == 400
    assert response.json() == {
        "code": code,
        "message": text,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": 400,
    }
    assert demo_gateway.sent() == []


def test_a_body_of_exactly_1600_characters_is_accepted(demo_gateway: DemoGateway) -> None:
    data = {"To": OLIVIA, "From": demo_gateway.phone_number, "Body": "x" * 1600}
    response = api(demo_gateway, "POST", "/Messages.json", data=data)
    assert response.status_code == 201
    assert response.json()["num_segments"] == "11"


def test_an_unknown_message_is_not_found(demo_gateway: DemoGateway) -> None:
    response = api(demo_gateway, "GET", f"/Messages/SM{'0' * 32}.json")
    assert response.status_code == 404
    assert response.json()["code"] == 20404


def test_list_pages_newest_first_with_next_page_uris(demo_gateway: DemoGateway) -> None:
    at = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    for i in range(5):
        demo_gateway.inbound(OLIVIA, f"m{i}", at=at + timedelta(seconds=i))

    first = api(demo_gateway, "GET", "/Messages.json", params={"PageSize": 2}).json()
    assert set(first) == PAGE_KEYS
    assert [m["body"] for m in first["messages"]] == ["m4", "m3"]
    assert (first["page"], first["page_size"], first["start"], first["end"]) == (0, 2, 0, 1)
    assert first["previous_page_uri"] is None
    bodies = [m["body"] for m in first["messages"]]
    page = first
    while page["next_page_uri"]:
        # A message arriving while paging must not shift the pages already being read.
        demo_gateway.inbound(SAM, "arrived meanwhile")
        page = requests.get(
            demo_gateway.base_url + page["next_page_uri"],
            auth=(demo_gateway.account_sid, demo_gateway.auth_token),
            timeout=5,
        ).json()
        bodies += [m["body"] for m in page["messages"]]
    assert bodies == ["m4", "m3", "m2", "m1", "m0"]
    assert page["page"] == 2
    assert page["previous_page_uri"] is not None


def test_list_filters_by_to_from_and_date_sent(demo_gateway: DemoGateway) -> None:
    demo_gateway.inbound(OLIVIA, "april", at=datetime(2024, 4, 30, 23, 59, tzinfo=UTC))
    demo_gateway.inbound(OLIVIA, "may first", at=datetime(2024, 5, 1, 0, 0, tzinfo=UTC))
    demo_gateway.inbound(SAM, "may second", at=datetime(2024, 5, 2, 12, 0, tzinfo=UTC))

    def bodies(**params: str) -> list[str]:
        page = api(demo_gateway, "GET", "/Messages.json", params=params).json()
        return [m["body"] for m in page["messages"]]

    assert bodies(DateSent="2024-05-01") == ["may first"]
    assert bodies(**{"DateSent>": "2024-05-01"}) == ["may second", "may first"]
    assert bodies(**{"DateSent<": "2024-05-01"}) == ["may first", "april"]
    assert bodies(From=OLIVIA) == ["may first", "april"]
    assert bodies(To=demo_gateway.phone_number, From=SAM) == ["may second"]
    assert bodies(To=OLIVIA) == []


def test_a_queued_message_has_no_date_sent_so_date_filters_skip_it(
    demo_gateway: DemoGateway,
) -> None:
    demo = demo_gateway
    data = {"To": OLIVIA, "From": demo.phone_number, "Body": "queued"}
    assert api(demo, "POST", "/Messages.json", data=data).json()["status"] == "queued"
    today = datetime.now(UTC).date().isoformat()
    page = api(demo, "GET", "/Messages.json", params={"DateSent>": today}).json()
    assert page["messages"] == []
    # Listed once sent (after status_delays[0] = 0.1 s; delivered only at 0.3 s).
    listed = wait_until(
        lambda: api(demo, "GET", "/Messages.json", params={"DateSent>": today}).json()["messages"]
    )
    assert [m["status"] for m in listed] == ["sent"]


def test_sent_lists_what_the_app_sent_oldest_first_with_current_status(
    demo_gateway: DemoGateway,
) -> None:
    gw = adapter_for(demo_gateway)
    first = gw.send(OLIVIA, "one")
    gw.send(SAM, "two")
    demo_gateway.inbound(OLIVIA, "not ours")
    wait_until(lambda: [m["status"] for m in demo_gateway.sent()] == ["delivered"] * 2)
    assert demo_gateway.sent() == [
        {
            "to": OLIVIA,
            "from": demo_gateway.phone_number,
            "body": "one",
            "status": "delivered",
            "sid": first.sid,
            "error_code": None,
        },
        {
            "to": SAM,
            "from": demo_gateway.phone_number,
            "body": "two",
            "status": "delivered",
            "sid": demo_gateway.sent()[1]["sid"],
            "error_code": None,
        },
    ]


# -- faults ---------------------------------------------------------------------------------------


def test_a_fault_hits_only_its_route_and_only_its_number_of_times(
    demo_gateway: DemoGateway,
) -> None:
    demo_gateway.inject(Fault.SERVER_ERROR, times=2, route="send")
    data = {"To": OLIVIA, "From": demo_gateway.phone_number, "Body": "hi"}
    assert api(demo_gateway, "GET", "/Messages.json").status_code == 200
    assert api(demo_gateway, "POST", "/Messages.json", data=data).status_code == 500
    assert api(demo_gateway, "POST", "/Messages.json", data=data).status_code == 500
    assert api(demo_gateway, "POST", "/Messages.json", data=data).status_code == 201


def test_clear_faults_disarms_everything(demo_gateway: DemoGateway) -> None:
    demo_gateway.inject(Fault.RATE_LIMIT, times=5)
    demo_gateway.inject(Fault.FAIL_DELIVERY)
    demo_gateway.clear_faults()
    assert api(demo_gateway, "GET", ".json").status_code == 200


def test_rate_limit_answers_429_with_retry_after(demo_gateway: DemoGateway) -> None:
    demo_gateway.inject(Fault.RATE_LIMIT, retry_after=7)
    response = api(demo_gateway, "GET", ".json")
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"
    assert response.json()["code"] == 20429


def test_malformed_json_answers_a_body_that_is_not_json(demo_gateway: DemoGateway) -> None:
    demo_gateway.inject(Fault.MALFORMED_JSON, route="fetch")
    sid = demo_gateway.inbound(OLIVIA, "hi")
    response = api(demo_gateway, "GET", f"/Messages/{sid}.json")
    assert response.status_code == 200
    with pytest.raises(ValueError):  # noqa: PT011 (any JSON decoding error)
        response.json()


def test_inject_refuses_parameters_a_fault_does_not_take(demo_gateway: DemoGateway) -> None:
    with pytest.raises(TypeError):
        demo_gateway.inject(Fault.RATE_LIMIT, stall=3)
    with pytest.raises(ValueError, match="route"):
        demo_gateway.inject(Fault.SERVER_ERROR, route="everything")
    with pytest.raises(ValueError, match="sends only"):
        demo_gateway.inject(Fault.REJECT, route="list")


def test_requests_seen_records_method_and_path_with_query(demo_gateway: DemoGateway) -> None:
    api(demo_gateway, "GET", "/Messages.json", params={"To": OLIVIA, "PageSize": 3})
    assert demo_gateway.requests_seen() == [
        (
            "GET",
            f"/2010-04-01/Accounts/{demo_gateway.account_sid}/Messages.json"
            "?To=%2B14155550134&PageSize=3",
        )
    ]


def test_the_fixture_gives_fast_timings_and_no_replies(demo_gateway: DemoGateway) -> None:
    gw = adapter_for(demo_gateway)
    since = datetime.now(UTC) - timedelta(seconds=1)
    message: GatewayMessage = gw.send(OLIVIA, "Thanks!")
    # The fixture's schedule itself is checked: delivered by 0.35 s (a DemoGateway's default
    # takes 1.2 s). No race: the demo works a status out from its clock on every read.
    time.sleep(0.35)
    assert gw.fetch_message(message.sid).status == "delivered"
    assert gw.fetch_inbound(since) == []


def test_slow_create_makes_the_message_only_after_its_delay(demo_gateway: DemoGateway) -> None:
    demo_gateway.inject(Fault.SLOW_CREATE, delay=0.6)
    gw = adapter_for(demo_gateway, timeout=(1.0, 0.2))
    answered: list[Any] = []

    def send() -> None:
        try:
            answered.append(gw.send(OLIVIA, "slowly does it"))
        except Exception as exc:  # the short read timeout gives up first
            answered.append(exc)

    client = threading.Thread(target=send)
    client.start()
    time.sleep(0.3)  # before its 0.6 s the message must not exist yet
    assert not [m for m in demo_gateway.sent() if m["body"] == "slowly does it"]
    client.join(timeout=3)
    assert isinstance(answered[0], Exception)  # the answer came too late for this client
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        if [m for m in demo_gateway.sent() if m["body"] == "slowly does it"]:
            break
        time.sleep(0.05)
    assert [m["body"] for m in demo_gateway.sent()].count("slowly does it") == 1


def test_slow_create_applies_to_sends_only(demo_gateway: DemoGateway) -> None:
    with pytest.raises(ValueError, match="sends only"):
        demo_gateway.inject(Fault.SLOW_CREATE, route="list")


# -- as Twilio's OpenAPI describes it (spec/json/twilio_api_v2010.json) ---------------------------

MESSAGE_SID = re.compile(r"^(SM|MM)[0-9a-fA-F]{32}$")
MEDIA_SID = re.compile(r"^ME[0-9a-fA-F]{32}$")
# api.v2010.account.message.media
MEDIA_KEYS = {
    "account_sid", "content_type", "date_created", "date_updated", "parent_sid", "sid", "uri",
}  # fmt: skip
# ListMediaResponse: media_list and the paging fields every list has.
MEDIA_PAGE_KEYS = (PAGE_KEYS - {"messages"}) | {"media_list"}
SERVICE = "MG" + "b" * 32


def send(demo: DemoGateway, **form: str) -> requests.Response:
    form.setdefault("To", OLIVIA)
    form.setdefault("Body", "hello")
    if "MessagingServiceSid" not in form:
        form.setdefault("From", demo.phone_number)
    return api(demo, "POST", "/Messages.json", data=form)


def wait_until(check: Any, timeout: float = 3.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.02)
    pytest.fail("condition not reached")


def test_an_mms_gets_an_mm_sid_and_an_sms_an_sm_sid(demo_gateway: DemoGateway) -> None:
    sms = send(demo_gateway).json()
    mms = send(demo_gateway, MediaUrl="https://example.com/a.png").json()
    assert SID.match(sms["sid"])
    assert mms["sid"].startswith("MM")
    assert MESSAGE_SID.match(mms["sid"])
    assert mms["num_media"] == "1"
    assert demo_gateway.inbound(OLIVIA, "text").startswith("SM")
    assert demo_gateway.inbound_picture(OLIVIA).startswith("MM")


def test_a_messaging_service_send_is_accepted_with_no_sender_until_it_goes() -> None:
    with DemoGateway(greet=False, auto_reply=False, status_delays=(0.4, 0.6)) as demo:
        response = send(demo, MessagingServiceSid=SERVICE, Body="via the service")
        assert response.status_code == 201
        created = response.json()
        # Twilio's createWithMessagingService: accepted, "from": null, no segments yet.
        assert (created["status"], created["from"]) == ("accepted", None)
        assert created["messaging_service_sid"] == SERVICE
        assert (created["num_segments"], created["date_sent"]) == ("0", None)

        def listed(**params: str) -> list[str]:
            page = api(demo, "GET", "/Messages.json", params=params).json()
            return [m["sid"] for m in page["messages"]]

        assert listed(To=OLIVIA) == [created["sid"]]
        assert listed(From=demo.phone_number) == []  # no sender yet: From can't find it

        def gone() -> dict[str, Any] | None:
            now = api(demo, "GET", f"/Messages/{created['sid']}.json").json()
            return now if now["status"] != "accepted" else None

        sent = wait_until(gone)
        assert (sent["status"], sent["from"]) == ("sent", demo.phone_number)
        assert sent["num_segments"] == "1"
        assert listed(From=demo.phone_number) == [created["sid"]]


def test_the_media_list_is_paged_like_every_list(demo_gateway: DemoGateway) -> None:
    png = ("image/png", b"\x89PNG")
    sid = demo_gateway.inbound(OLIVIA, "three", media=[png, png, png])

    first = api(demo_gateway, "GET", f"/Messages/{sid}/Media.json", params={"PageSize": 2}).json()

    assert set(first) == MEDIA_PAGE_KEYS
    assert (first["page"], first["page_size"], first["start"], first["end"]) == (0, 2, 0, 1)
    assert first["previous_page_uri"] is None
    assert first["first_page_uri"] == first["uri"]
    assert all(set(m) == MEDIA_KEYS and MEDIA_SID.match(m["sid"]) for m in first["media_list"])
    assert all(m["parent_sid"] == sid for m in first["media_list"])
    second = requests.get(
        demo_gateway.base_url + first["next_page_uri"],
        auth=(demo_gateway.account_sid, demo_gateway.auth_token),
        timeout=5,
    ).json()
    assert len(second["media_list"]) == 1
    assert (second["page"], second["start"], second["next_page_uri"]) == (1, 2, None)
    assert second["previous_page_uri"] is not None


def test_one_media_can_be_fetched_and_deleted(demo_gateway: DemoGateway) -> None:
    sid = demo_gateway.inbound_picture(OLIVIA, "a photo")
    [media] = api(demo_gateway, "GET", f"/Messages/{sid}/Media.json").json()["media_list"]
    path = f"/Messages/{sid}/Media/{media['sid']}.json"

    fetched = api(demo_gateway, "GET", path)
    assert fetched.status_code == 200
    assert fetched.json() == media
    assert media["uri"].endswith(path)

    deleted = api(demo_gateway, "DELETE", path)
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert api(demo_gateway, "GET", path).json()["code"] == 20404
    assert api(demo_gateway, "GET", f"/Messages/{sid}/Media.json").json()["media_list"] == []
    assert api(demo_gateway, "GET", f"/Messages/{sid}.json").json()["num_media"] == "0"


def test_a_message_can_be_redacted_and_deleted(demo_gateway: DemoGateway) -> None:
    sid = send(demo_gateway, Body="my card number is 4111").json()["sid"]
    path = f"/Messages/{sid}.json"

    redacted = api(demo_gateway, "POST", path, data={"Body": ""})
    assert redacted.status_code == 200
    assert set(redacted.json()) == MESSAGE_KEYS
    assert redacted.json()["body"] == ""
    assert api(demo_gateway, "GET", path).json()["body"] == ""
    # Only redaction: the text can't be changed to something else.
    assert api(demo_gateway, "POST", path, data={"Body": "new text"}).status_code == 400

    deleted = api(demo_gateway, "DELETE", path)
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert api(demo_gateway, "GET", path).json()["code"] == 20404
    assert api(demo_gateway, "DELETE", path).status_code == 404
    assert demo_gateway.sent() == []


def test_a_scheduled_message_can_be_canceled_and_a_sent_one_cannot(
    demo_gateway: DemoGateway,
) -> None:
    at = (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    form = {"MessagingServiceSid": SERVICE, "ScheduleType": "fixed", "SendAt": at}
    scheduled = send(demo_gateway, **form).json()
    assert (scheduled["status"], scheduled["date_sent"], scheduled["from"]) == (
        "scheduled",
        None,
        None,
    )

    path = f"/Messages/{scheduled['sid']}.json"
    canceled = api(demo_gateway, "POST", path, data={"Status": "canceled"})
    assert canceled.status_code == 200
    assert canceled.json()["status"] == "canceled"
    assert api(demo_gateway, "GET", path).json()["status"] == "canceled"

    queued = send(demo_gateway).json()
    refused = api(
        demo_gateway, "POST", f"/Messages/{queued['sid']}.json", data={"Status": "canceled"}
    )
    assert (refused.status_code, refused.json()["code"]) == (400, 30409)


@pytest.mark.parametrize("minutes", [5, 60 * 24 * 40])
def test_a_send_time_outside_15_minutes_to_35_days_is_refused(
    demo_gateway: DemoGateway, minutes: int
) -> None:
    at = (datetime.now(UTC) + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")
    form = {"MessagingServiceSid": SERVICE, "ScheduleType": "fixed", "SendAt": at}
    response = send(demo_gateway, **form)
    assert (response.status_code, response.json()["code"]) == (400, 35114)
    assert demo_gateway.sent() == []


@pytest.mark.parametrize("size", ["0", "1001", "-5", "many"])
def test_page_size_outside_1_to_1000_is_refused_not_clamped(
    demo_gateway: DemoGateway, size: str
) -> None:
    sid = demo_gateway.inbound_picture(OLIVIA)
    for path in ("/Messages.json", f"/Messages/{sid}/Media.json"):
        response = api(demo_gateway, "GET", path, params={"PageSize": size})
        assert response.status_code == 400
        assert response.json()["code"] == 20001
        assert response.json()["status"] == 400
    ok = api(demo_gateway, "GET", "/Messages.json", params={"PageSize": "1000"})
    assert ok.json()["page_size"] == 1000


def test_date_sent_filters_by_whole_dates_whatever_the_time_given(
    demo_gateway: DemoGateway,
) -> None:
    demo_gateway.inbound(OLIVIA, "early", at=datetime(2024, 5, 1, 0, 30, tzinfo=UTC))
    demo_gateway.inbound(OLIVIA, "late", at=datetime(2024, 5, 1, 23, 30, tzinfo=UTC))
    demo_gateway.inbound(OLIVIA, "next day", at=datetime(2024, 5, 2, 0, 30, tzinfo=UTC))

    def bodies(**params: str) -> list[str]:
        page = api(demo_gateway, "GET", "/Messages.json", params=params).json()
        return [m["body"] for m in page["messages"]]

    # Twilio's own examples of DateSent> values: a time of day names its whole date.
    for value in (
        "2024-05-01T12:00:00Z",
        "2024-05-01 12:00:00.000",
        "Wed, 01 May 2024 12:00:00 -0000",
        "05/01/2024 12:00:00 MST",
    ):
        assert bodies(**{"DateSent>": value}) == ["next day", "late", "early"], value
    assert bodies(**{"DateSent<": "2024-05-01T01:00:00Z"}) == ["late", "early"]
    assert bodies(DateSent="2024-05-01T23:59:59Z") == ["late", "early"]
    response = api(demo_gateway, "GET", "/Messages.json", params={"DateSent": "soon"})
    assert (response.status_code, response.json()["code"]) == (400, 20001)


def test_a_pictures_address_redirects_to_storage_that_needs_no_credentials(
    demo_gateway: DemoGateway,
) -> None:
    sid = demo_gateway.inbound_picture(OLIVIA)
    [media] = api(demo_gateway, "GET", f"/Messages/{sid}/Media.json").json()["media_list"]
    content = demo_gateway.base_url + media["uri"].removesuffix(".json")

    assert requests.get(content, timeout=5).status_code == 401  # the address itself: auth
    answer = requests.get(
        content,
        auth=(demo_gateway.account_sid, demo_gateway.auth_token),
        allow_redirects=False,
        timeout=5,
    )
    assert answer.status_code == 307
    storage = answer.headers["Location"]
    assert storage.startswith(demo_gateway.base_url + "/media-storage/")

    stored = requests.get(storage, timeout=5)  # no credentials at all
    assert (stored.status_code, stored.content) == (200, landscape_png())
    assert stored.headers["Content-Type"] == "image/png"
    assert requests.get(storage[:-4] + "0000", timeout=5).status_code == 404  # not signed
    assert demo_gateway.storage_requests()[0] == (urlsplit(storage).path, False)


def test_the_storage_can_be_another_host_name_for_this_machine() -> None:
    with DemoGateway(greet=False, auto_reply=False, media_host="localhost") as demo:
        sid = demo.inbound_picture(OLIVIA)
        [media] = api(demo, "GET", f"/Messages/{sid}/Media.json").json()["media_list"]
        answer = requests.get(
            demo.base_url + media["uri"].removesuffix(".json"),
            auth=(demo.account_sid, demo.auth_token),
            allow_redirects=False,
            timeout=5,
        )
        assert answer.headers["Location"].startswith(
            f"http://localhost:{urlsplit(demo.base_url).port}/"
        )


def test_a_proxy_error_answers_a_page_that_is_not_twilios_and_creates_nothing(
    demo_gateway: DemoGateway,
) -> None:
    demo_gateway.inject(Fault.PROXY_ERROR, status=413, body="<html>too large</html>", route="send")
    response = send(demo_gateway)
    assert response.status_code == 413
    assert response.headers["Content-Type"] == "text/html"
    assert response.text == "<html>too large</html>"
    assert demo_gateway.sent() == []
    assert send(demo_gateway).status_code == 201  # once only


def test_final_status_ends_the_next_message_in_that_status(demo_gateway: DemoGateway) -> None:
    demo_gateway.inject(Fault.FINAL_STATUS, status="partially_delivered")
    sid = send(demo_gateway).json()["sid"]
    ended = wait_until(
        lambda: (
            (m := api(demo_gateway, "GET", f"/Messages/{sid}.json").json())["status"]
            == "partially_delivered"
            and m
        )
    )
    assert ended["date_sent"] is not None
    with pytest.raises(ValueError, match="status"):
        demo_gateway.inject(Fault.FINAL_STATUS, status="queued")


def test_a_state_file_of_an_older_demo_is_upgraded(tmp_path: Path) -> None:
    import sqlite3

    state = tmp_path / "old.sqlite3"
    with sqlite3.connect(state) as db:  # the schema before scheduling existed
        db.execute(
            "CREATE TABLE messages (seq INTEGER PRIMARY KEY, sid TEXT NOT NULL UNIQUE, "
            "direction TEXT NOT NULL, from_number TEXT NOT NULL, to_number TEXT NOT NULL, "
            "body TEXT NOT NULL, messaging_service_sid TEXT, created_ts REAL NOT NULL, "
            "sent_ts REAL, final_ts REAL NOT NULL, final_status TEXT NOT NULL, "
            "error_code INTEGER, error_message TEXT, via_api INTEGER NOT NULL DEFAULT 0)"
        )
        db.execute(
            "INSERT INTO messages (sid, direction, from_number, to_number, body, created_ts, "
            "sent_ts, final_ts, final_status) VALUES ('SM1', 'inbound', ?, ?, 'kept', 1, 1, 1, "
            "'received')",
            (OLIVIA, "+14155550100"),
        )
    with DemoGateway(state_path=state, greet=False, auto_reply=False) as demo:
        assert api(demo, "GET", "/Messages/SM1.json").json()["body"] == "kept"
        assert send(demo).status_code == 201

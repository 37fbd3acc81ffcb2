"""TelnyxGateway over real HTTP against a fake Telnyx on 127.0.0.1: sending, statuses, Test
connection, every kind of refusal and failure, and the sync engine's promise with a carrier
that cannot look a lost send up (it is never sent twice)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.models import Direction, MessageStatus
from desktop.gateway.base import (
    AuthenticationFailed,
    GatewayBusy,
    GatewayError,
    GatewayServerError,
    GatewayTimeout,
    GatewayUnreachable,
    InvalidBody,
    LookupIncomplete,
    LookupUnavailable,
    MessageNotFound,
    MessageRejected,
    RateLimited,
    RejectedNumber,
    RequestRefused,
)
from desktop.gateway.registry import ConnectOptions
from desktop.gateway.telnyx import TelnyxGateway
from desktop.gateway.telnyx_carrier import TELNYX, telnyx_config
from desktop.store.outbox import UNKNOWN_IF_SENT
from desktop.sync.engine import LinkState, SyncEngine
from tests.fake_telnyx import API_KEY, DESK, PROFILE_ID, Answer, FakeTelnyx, error_body
from tests.integration.engines import cycle_until

PEER = "+13125550147"

pytestmark = pytest.mark.sqlite_only  # the engine tests' ``store``, on a SQLite file


@pytest.fixture
def telnyx() -> Iterator[FakeTelnyx]:
    with FakeTelnyx() as server:
        yield server


def make(telnyx: FakeTelnyx, **kwargs) -> TelnyxGateway:
    kwargs.setdefault("sender", DESK)
    kwargs.setdefault("timeout", (2.0, 2.0))
    return TelnyxGateway(api_key=kwargs.pop("api_key", API_KEY), base_url=telnyx.url, **kwargs)


def test_an_sms_is_sent_with_the_key_as_bearer_and_followed_to_delivered(telnyx):
    gateway = make(telnyx)
    accepted = gateway.send(PEER, "Your order is ready")
    assert accepted.direction is Direction.OUTBOUND
    assert (accepted.to_number, accepted.from_number, accepted.status) == (PEER, DESK, "queued")
    assert gateway.terms.read(accepted).status is MessageStatus.SENT
    [request] = [s for s in telnyx.seen if s.method == "POST"]
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["content-type"] == "application/json"
    assert request.body == {"to": PEER, "from": DESK, "text": "Your order is ready"}

    telnyx.set_status(accepted.sid, "sent")
    assert gateway.terms.read(gateway.fetch_message(accepted.sid)).status is MessageStatus.SENT
    telnyx.set_status(accepted.sid, "delivered")
    delivered = gateway.fetch_message(accepted.sid)
    assert gateway.terms.read(delivered).status is MessageStatus.DELIVERED
    assert delivered.date_sent is not None
    assert delivered.date_updated is not None


def test_an_mms_carries_its_pictures_and_counts_them(telnyx):
    gateway = make(telnyx, messaging_profile_id=PROFILE_ID)
    pictures = ["https://desk.example.com/media/a.png", "https://desk.example.com/media/b.jpg"]
    accepted = gateway.send(PEER, "Here they are", pictures)
    assert accepted.num_media == 2
    assert telnyx.posted()[0] == {
        "to": PEER,
        "from": DESK,
        "messaging_profile_id": PROFILE_ID,
        "text": "Here they are",
        "media_urls": pictures,
        "type": "MMS",
    }


def test_a_failed_delivery_reads_as_failed_with_the_reason_in_words(telnyx):
    gateway = make(telnyx)
    sid = gateway.send(PEER, "Hi").sid
    telnyx.set_status(sid, "delivery_failed", code="40001", title="Not routable")
    reading = gateway.terms.read(gateway.fetch_message(sid))
    assert reading.status is MessageStatus.FAILED
    assert reading.reason == (
        "The recipient's number is a landline or its carrier can't receive SMS. Call them instead."
    )
    assert not reading.dropped


def test_a_message_that_expired_in_telnyxs_queue_goes_again_later(telnyx):
    """40014: it never left Telnyx, so it is no proof it went: the engine sends it again."""
    gateway = make(telnyx)
    sid = gateway.send(PEER, "Hi").sid
    telnyx.set_status(sid, "sending_failed", code="40014", title="Expired in queue")
    reading = gateway.terms.read(gateway.fetch_message(sid))
    assert reading.status is MessageStatus.FAILED
    assert reading.dropped


@pytest.mark.parametrize(
    ("code", "title", "kind", "words"),
    [
        ("40300", "Blocked due to STOP message", RejectedNumber, "replied STOP"),
        ("40310", "Invalid 'to' address", RejectedNumber, "not a valid phone number"),
        ("40305", "Invalid 'from' address", RejectedNumber, "desk's sending number"),
        ("40009", "Invalid message body", InvalidBody, "refused the text"),
        ("40318", "Message queue full", GatewayBusy, "dropped this one"),
        ("40399", "Something new", MessageRejected, "Something new (error 40399)"),
    ],
)
def test_a_refused_send_raises_the_apps_error_with_a_sentence(telnyx, code, title, kind, words):
    telnyx.answer_next(Answer(422, error_body(code, title)))
    with pytest.raises(kind) as refused:
        make(telnyx).send(PEER, "Hi")
    assert type(refused.value) is kind
    assert words in str(refused.value)
    assert refused.value.code == int(code)
    assert refused.value.opt_out is (code == "40300")
    assert not refused.value.ambiguous


def test_a_wrong_key_says_so_and_never_shows_the_key(telnyx):
    with pytest.raises(AuthenticationFailed) as refused:
        make(telnyx, api_key="KEY_wrong").send(PEER, "Hi")
    assert str(refused.value) == "Telnyx refused the API key. Check the API key in Settings."
    assert "KEY_wrong" not in str(refused.value)


def test_too_many_requests_waits_as_long_as_telnyx_asks(telnyx):
    telnyx.answer_next(Answer(429, error_body("10011", "Too many requests"), {"Retry-After": "7"}))
    with pytest.raises(RateLimited) as limited:
        make(telnyx).send(PEER, "Hi")
    assert limited.value.retry_after == 7.0
    assert limited.value.transient
    assert str(limited.value) == "Telnyx asked SMS Desk to slow down. It will try again in 7 s."
    assert telnyx.messages == {}


def test_a_server_error_on_a_send_may_have_sent_it(telnyx):
    telnyx.answer_next(Answer(503, error_body("10007", "Unexpected error")))
    with pytest.raises(GatewayServerError) as failed:
        make(telnyx).send(PEER, "Hi")
    assert failed.value.ambiguous
    assert "HTTP 503" in str(failed.value)


def test_a_send_whose_answer_does_not_come_in_time_may_have_been_sent(telnyx):
    telnyx.answer_next(Answer(delay=1.5, then_create=True))
    with pytest.raises(GatewayTimeout) as late:
        make(telnyx, timeout=(2.0, 0.5)).send(PEER, "Hi")
    assert late.value.ambiguous
    assert "did not answer in time" in str(late.value)


def test_a_gateway_nobody_listens_on_was_never_reached():
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    gateway = TelnyxGateway(
        api_key=API_KEY, base_url=f"http://127.0.0.1:{port}", sender=DESK, timeout=(1.0, 1.0)
    )
    with pytest.raises(GatewayUnreachable) as unreachable:
        gateway.send(PEER, "Hi")
    assert not unreachable.value.ambiguous


def test_a_proxys_page_is_a_refusal_not_a_maybe(telnyx):
    telnyx.answer_next(Answer(413, b"<html>Request Entity Too Large</html>"))
    with pytest.raises(RequestRefused) as refused:
        make(telnyx).send(PEER, "Hi")
    assert refused.value.http_status == 413


def test_an_unknown_message_is_not_found(telnyx):
    with pytest.raises(MessageNotFound):
        make(telnyx).fetch_message("40385f64-5717-4562-b3fc-2c963f66afa6")


def test_telnyx_can_not_be_asked_for_a_lost_send_and_lists_no_inbound(telnyx):
    gateway = make(telnyx)
    with pytest.raises(LookupUnavailable) as unknown:
        gateway.find_outbound(PEER, datetime.now(UTC) - timedelta(minutes=5))
    assert isinstance(unknown.value, LookupIncomplete)  # never sent again on it
    assert "cannot tell whether this SMS reached Telnyx" in str(unknown.value)
    assert gateway.fetch_inbound(datetime.now(UTC)) == []
    assert gateway.list_media("anything") == []
    assert telnyx.seen == []  # nothing to ask


def test_test_connection_names_the_messaging_profile(telnyx):
    info = make(telnyx, messaging_profile_id=PROFILE_ID).check()
    assert (info.friendly_name, info.status) == ("Front desk", "active")
    telnyx.profiles[PROFILE_ID]["enabled"] = False
    with pytest.raises(GatewayError, match="“Front desk” is disabled at Telnyx"):
        make(telnyx, messaging_profile_id=PROFILE_ID).check()
    with pytest.raises(GatewayError, match="no messaging profile with this ID"):
        make(telnyx, messaging_profile_id="0000").check()


def test_test_connection_without_a_profile_finds_the_from_number(telnyx):
    info = make(telnyx).check()
    assert (info.friendly_name, info.status) == (DESK, "active")
    seen = telnyx.seen[-1]
    assert (seen.path, seen.query["filter[phone_number]"]) == ("/v2/phone_numbers", [DESK])
    telnyx.numbers = []
    with pytest.raises(GatewayError, match=r"has no number \+18445550001"):
        make(telnyx).check()
    with pytest.raises(AuthenticationFailed):
        make(telnyx, api_key="KEY_wrong").check()


def test_the_key_goes_to_telnyx_alone_never_to_a_pictures_host(telnyx):
    with FakeTelnyx() as elsewhere:
        gateway = make(telnyx)
        with pytest.raises(GatewayError):
            gateway.download_media(f"{elsewhere.url}/media/a.png", 1_000_000)
        assert "authorization" not in elsewhere.seen[0].headers
    with pytest.raises(GatewayError, match="not a secure web address"):
        gateway.download_media("http://media.example.com/a.png", 1_000_000)


def test_the_carrier_builds_its_gateway_from_the_settings_fields(telnyx):
    config = telnyx_config(base_url=telnyx.url, api_key=API_KEY, sender=DESK)
    assert config.number == DESK
    assert config.place == "127.0.0.1"
    assert TELNYX.problems(config.values) == []
    gateway = config.connect()
    assert isinstance(gateway, TelnyxGateway)
    assert gateway.send(PEER, "Hi").status == "queued"
    pool = TELNYX.build(
        {
            "telnyx_api_url": telnyx.url,
            "telnyx_messaging_profile_id": PROFILE_ID,
            "telnyx_desk_number": DESK,
        },
        {"telnyx_api_key": API_KEY},
        ConnectOptions(),
    )
    assert pool.desk_number == DESK
    assert "from" not in pool.message_request(PEER, "Hi")


# -- the sync engine on Telnyx, over a real SQLite store ---------------------------------


def engine_for(store, telnyx: FakeTelnyx, clock=None) -> SyncEngine:
    options = {"clock": clock} if clock else {}
    return SyncEngine(
        store, make(telnyx, timeout=(2.0, 0.5)), poll_interval=5.0, rng=lambda: 0.0, **options
    )


def queue(store, body: str = "Your order is ready"):
    conversation = store.conversations.open(PEER)
    return store.outbound.queue(conversation.id, body, desk_number=DESK)


def test_the_engine_sends_through_telnyx_once_and_follows_it_to_delivered(store, telnyx):
    engine = engine_for(store, telnyx)
    message = queue(store)
    assert engine.run_cycle().sent == 1
    sent = store.conversations.get_message(message.id)
    assert sent.status is MessageStatus.SENT
    telnyx.set_status(sent.gateway_sid, "delivered")
    cycle_until(
        engine,
        lambda: store.conversations.get_message(message.id).status is MessageStatus.DELIVERED,
    )
    assert len(telnyx.posted()) == 1


def test_a_lost_answer_from_telnyx_is_never_sent_again_by_itself(store, telnyx):
    """Telnyx can't be asked whether it has the message: it stays "maybe sent" while
    Telnyx's event may still come (through a relay), then is set aside for the user, never
    sent again by SMS Desk on its own, however long."""

    class Clock:
        now = datetime.now(UTC)

        def __call__(self) -> datetime:
            return self.now

    clock = Clock()
    engine = engine_for(store, telnyx, clock)
    telnyx.answer_next(Answer(delay=1.5, then_create=True))
    message = queue(store)
    clock.now = datetime.now(UTC)
    assert engine.run_cycle().state is LinkState.OFFLINE
    assert len(telnyx.posted()) == 1  # Telnyx did get it
    clock.now += timedelta(minutes=6)  # past the grace, within the wait for the event
    engine.run_cycle()
    assert store.conversations.get_message(message.id).status is MessageStatus.SENDING
    for hours in (0, 1, 6, 24):
        clock.now += timedelta(hours=hours, minutes=6)
        engine.run_cycle()
        shown = store.conversations.get_message(message.id)
        assert (shown.status, shown.error_code) == (MessageStatus.FAILED, UNKNOWN_IF_SENT)
    assert len(telnyx.posted()) == 1


# -- smsdesk doctor with Telnyx chosen --------------------------------------------------


def test_the_doctor_names_what_telnyx_lacks_then_reaches_it_and_never_prints_the_key(
    tmp_path, telnyx, memory_keyring
):
    import io

    from desktop.admin.doctor import main
    from desktop.config.settings import Paths, Settings, save_settings
    from desktop.store import open_store
    from desktop.system.credentials import CredentialStore

    paths = Paths.under(tmp_path / "home")
    paths.ensure()
    open_store(paths.default_database_url).close()
    credentials = CredentialStore(memory_keyring)
    values = {"telnyx_api_url": telnyx.url, "telnyx_from": DESK}
    save_settings(paths.settings_file, Settings(gateway="telnyx", gateway_values=values))

    def gateway_line() -> str:
        out = io.StringIO()
        main(paths, out=out, credentials=credentials, timeout=2.0)
        assert API_KEY not in out.getvalue()
        return next(line for line in out.getvalue().splitlines() if " Gateway " in line)

    assert gateway_line().endswith("The gateway at 127.0.0.1 has no API key set.")
    credentials.set_gateway_token("telnyx:telnyx_api_key", API_KEY)
    assert gateway_line().endswith(f'127.0.0.1 — reachable, account "{DESK}" is active')

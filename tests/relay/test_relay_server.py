"""smsdesk-relay under its real server (waitress) on 127.0.0.1, in front of a real
PostgreSQL: Twilio's webhooks signed by Twilio's own library are stored once, through the
desks' store code, and announced on the desks' NOTIFY channel; forged, oversized, malformed
and misdirected requests are refused with the right status and store nothing; a database
outage answers 503 so the carrier tries again, and the retry is stored."""

from __future__ import annotations

import concurrent.futures
import threading
import time
from datetime import UTC, datetime

import psycopg
import pytest
import requests

from desktop.core.models import Direction, MessageStatus
from desktop.store import open_store
from desktop.store.team import CHANNEL
from tests.relay.relay_process import DESK, TOKEN, RelayProcess, inbound_form

pytestmark = pytest.mark.postgres

OLIVIA = "+14155550134"


def inbound_bodies(store, peer=OLIVIA):
    conversation = store.conversations.find(peer)
    if conversation is None:
        return []
    return [
        m.body
        for m in store.conversations.messages(conversation.id)
        if m.direction is Direction.INBOUND
    ]


def stored_bodies(store) -> list[str]:
    """Every inbound text in the database, sorted (one row per message)."""
    from sqlalchemy import text

    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT body FROM messages WHERE direction = 'inbound'"))
        return sorted(row.body for row in rows)


def test_a_signed_inbound_sms_is_stored_once_and_answered_with_empty_twiml(relay):
    form = inbound_form("SM" + "1" * 32, OLIVIA, "Is my order ready? <b>asap</b>")

    first = relay.post_twilio("/twilio/inbound", form)
    again = relay.post_twilio("/twilio/inbound", form)  # Twilio's retry: its answer lost

    assert first.status_code == again.status_code == 200
    assert first.headers["Content-Type"] == "text/xml"
    assert first.content == b'<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
    assert inbound_bodies(relay.store) == ["Is my order ready? <b>asap</b>"]
    conversation = relay.store.conversations.find(OLIVIA)
    assert conversation.unread_count == 1


def test_an_mms_keeps_its_pictures_addresses_for_the_desks_to_fetch(relay):
    sid = "MM" + "2" * 32
    form = inbound_form(
        sid,
        OLIVIA,
        "",
        NumMedia="2",
        MediaUrl0="https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM2/Media/ME1",
        MediaContentType0="image/jpeg",
        MediaUrl1="https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM2/Media/ME2",
        MediaContentType1="image/png",
    )
    assert relay.post_twilio("/twilio/inbound", form).status_code == 200
    assert relay.post_twilio("/twilio/inbound", form).status_code == 200
    message_id = relay.store.media.message_id_for_sid(sid)
    pictures = relay.store.media.for_messages([message_id])[message_id]
    assert [p.content_type for p in pictures] == ["image/jpeg", "image/png"]


def test_a_status_callback_moves_the_message_forward_only(relay):
    store = relay.store
    conversation = store.conversations.open(OLIVIA)
    message = store.outbound.queue(conversation.id, "Ready at 4", desk_number=DESK)
    now = datetime.now(UTC)
    assert store.outbox.begin_send(message.id, now)
    store.outbox.record_sent(message.id, "SM" + "3" * 32, MessageStatus.SENT, now)
    status = {"MessageSid": "SM" + "3" * 32, "MessageStatus": "delivered", "To": OLIVIA}

    assert relay.post_twilio("/twilio/status", status).status_code == 204
    late = {**status, "MessageStatus": "sent"}  # arrives after "delivered"
    assert relay.post_twilio("/twilio/status", late).status_code == 204

    assert store.conversations.get_message(message.id).status is MessageStatus.DELIVERED


def test_a_failed_status_says_why_in_words(relay):
    store = relay.store
    conversation = store.conversations.open(OLIVIA)
    message = store.outbound.queue(conversation.id, "Hello", desk_number=DESK)
    now = datetime.now(UTC)
    assert store.outbox.begin_send(message.id, now)
    store.outbox.record_sent(message.id, "SM" + "4" * 32, MessageStatus.SENT, now)
    status = {
        "MessageSid": "SM" + "4" * 32,
        "MessageStatus": "undelivered",
        "ErrorCode": "30006",
    }
    assert relay.post_twilio("/twilio/status", status).status_code == 204
    failed = store.conversations.get_message(message.id)
    assert failed.status is MessageStatus.FAILED
    assert failed.error_code == 30006
    assert failed.error_message  # a sentence, from the carrier's terms


def test_forged_and_bad_requests_are_refused_and_store_nothing(relay):
    form = inbound_form("SM" + "5" * 32, OLIVIA, "Send the refund to 12345678")
    forged = relay.post_twilio("/twilio/inbound", form, signature="bm90IGEgc2lnbmF0dXJl")
    unsigned = requests.post(relay.url + "/twilio/inbound", data=form, timeout=10)
    malformed = relay.post_twilio("/twilio/inbound", {k: v for k, v in form.items() if k != "From"})
    huge = relay.post_twilio("/twilio/inbound", {**form, "Body": "x" * 70_000})
    as_json = requests.post(relay.url + "/twilio/inbound", json=form, timeout=10)
    fetched = requests.get(relay.url + "/twilio/inbound", timeout=10)
    telnyx = requests.post(relay.url + "/telnyx", data=b"{}", timeout=10)
    nowhere = requests.post(relay.url + "/admin", data=b"", timeout=10)

    assert forged.status_code == 403
    assert unsigned.status_code == 403
    assert malformed.status_code == 400
    assert huge.status_code == 413
    assert as_json.status_code == 415
    assert fetched.status_code == 405
    assert telnyx.status_code == 404  # a Twilio relay has no key to check Telnyx's with
    assert nowhere.status_code == 404
    assert relay.store.conversations.find(OLIVIA) is None
    log = relay.log
    assert "refused POST /twilio/inbound: missing or wrong X-Twilio-Signature (403)" in log
    for secret_or_private in (TOKEN, "Send the refund", "12345678", OLIVIA):
        assert secret_or_private not in log


def test_health_answers_while_the_database_does(relay):
    answer = requests.get(relay.url + "/health", timeout=10)
    assert answer.status_code == 200
    assert answer.json() == {"status": "ok"}


def test_a_burst_of_1000_webhooks_is_stored_exactly_once_and_every_desk_hears_of_it(
    relay, postgres_url
):
    desks = 3
    heard: list[list[str]] = [[] for _ in range(desks)]
    listening = [threading.Event() for _ in range(desks)]
    stop = threading.Event()

    def listen(desk: int) -> None:  # as a desk's ChangeListener does
        with psycopg.connect(postgres_url) as conn:
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANNEL}")
            listening[desk].set()
            while not stop.is_set():
                for note in conn.notifies(timeout=0.2):
                    heard[desk].append(note.payload)

    listeners = [threading.Thread(target=listen, args=(n,), daemon=True) for n in range(desks)]
    for listener in listeners:
        listener.start()
    assert all(event.wait(10) for event in listening)
    forms = [
        inbound_form(f"SM{n:032d}", f"+1415555{n % 50:04d}", f"burst message {n}")
        for n in range(1000)
    ]
    forms += forms[:100]  # the carrier retries some
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        sessions = threading.local()

        def post(form: dict[str, str]) -> int:
            if not hasattr(sessions, "s"):
                sessions.s = requests.Session()
            return relay.post_twilio("/twilio/inbound", form, session=sessions.s).status_code

        statuses = list(pool.map(post, forms))
    elapsed = time.monotonic() - started

    assert statuses == [200] * 1100
    with relay.store.engine.connect() as conn:
        from sqlalchemy import text

        stored = conn.execute(
            text(
                "SELECT count(*), count(DISTINCT gateway_sid) FROM messages"
                " WHERE direction = 'inbound'"
            )
        ).one()
    assert tuple(stored) == (1000, 1000)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and min(len(h) for h in heard) < 1000:
        time.sleep(0.05)
    stop.set()
    for listener in listeners:
        listener.join(5)
    # Every desk hears one announcement per stored message (retries add nothing).
    assert [len(h) >= 1000 for h in heard] == [True] * desks
    assert elapsed < 60, elapsed


def test_a_carriers_burst_is_stored_in_the_order_it_was_posted(relay):
    # One sender's messages, posted one after another as a carrier delivers them, are the
    # conversation's messages in that order; a retry of an earlier one moves nothing.
    forms = [inbound_form(f"SM{n:032d}", OLIVIA, f"in order {n}") for n in range(120)]
    session = requests.Session()
    for index, form in enumerate(forms):
        assert relay.post_twilio("/twilio/inbound", form, session=session).status_code == 200
        if index % 40 == 39:  # the carrier retries one it already delivered
            retried = relay.post_twilio("/twilio/inbound", forms[index - 20], session=session)
            assert retried.status_code == 200
    assert inbound_bodies(relay.store) == [f"in order {n}" for n in range(120)]


def test_a_database_outage_answers_503_and_the_carrier_s_retry_is_stored(tmp_path):
    from pg import PostgresServer

    with PostgresServer() as server:
        url = server.create_database("relay_outage")
        store = open_store(url)
        relay = RelayProcess(tmp_path, url).start()
        try:
            form = inbound_form("SM" + "6" * 32, OLIVIA, "Are you open on Sunday?")
            server.halt()
            during = relay.post_twilio("/twilio/inbound", form)
            health = requests.get(relay.url + "/health", timeout=30)
            assert during.status_code == 503
            assert during.headers["Retry-After"] == "30"
            assert health.status_code == 503
            server.resume()
            deadline = time.monotonic() + 30
            retried = relay.post_twilio("/twilio/inbound", form)
            while retried.status_code == 503 and time.monotonic() < deadline:
                time.sleep(0.5)
                retried = relay.post_twilio("/twilio/inbound", form)
            assert retried.status_code == 200
            store.close()
            store = open_store(url)
            assert inbound_bodies(store) == ["Are you open on Sunday?"]
        finally:
            relay.stop()
            store.close()


def test_a_relay_killed_mid_burst_loses_nothing_once_the_carrier_retries(relay):
    """SIGKILL in the middle of a burst: every webhook the relay did not answer 200 is
    posted again (as carriers retry) to the relay started again; each is stored once."""
    forms = [inbound_form(f"SM{n:032d}", OLIVIA, f"killed burst {n}") for n in range(300)]
    answered: set[int] = set()
    killed = threading.Event()

    def post(index: int) -> None:
        try:
            if relay.post_twilio("/twilio/inbound", forms[index]).status_code == 200:
                answered.add(index)
        except requests.RequestException:
            pass  # the relay was killed under it: the carrier will retry
        if len(answered) >= 100 and not killed.is_set():
            killed.set()
            relay.process.kill()

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(post, range(len(forms))))
    assert killed.is_set()
    assert 100 <= len(answered) < 300
    relay.process.wait(10)

    relay.start()
    for index in range(len(forms)):
        if index not in answered:
            assert relay.post_twilio("/twilio/inbound", forms[index]).status_code == 200
    assert stored_bodies(relay.store) == sorted(f"killed burst {n}" for n in range(300))

"""The demo gateway in webhook mode, delivering to a real relay in front of PostgreSQL: its
inbound messages (pictures included) and the statuses of what the desk sends arrive in the
team's database with no desk polling, signed as Twilio signs; a relay that is down when an
event is due gets it once it is back."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from desktop.core.models import Direction, MessageStatus
from desktop.gateway.demo import DemoGateway
from desktop.gateway.twilio_carrier import twilio_config
from desktop.store import open_store
from tests.relay.relay_process import TOKEN, RelayProcess

pytestmark = pytest.mark.postgres

OLIVIA = "+14155550134"


def wait_for(condition, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def team(tmp_path, postgres_url):
    store = open_store(postgres_url)
    relay = RelayProcess(tmp_path, postgres_url, reached_directly=True).start()
    demo = DemoGateway(
        greet=False,
        auto_reply=False,
        auth_token=TOKEN,
        webhook_url=relay.url,
        status_delays=(0.2, 0.4),
    ).start()
    yield store, relay, demo
    demo.stop()
    relay.stop()
    store.close()


def inbound(store, peer=OLIVIA):
    conversation = store.conversations.find(peer)
    if conversation is None:
        return []
    return [
        m for m in store.conversations.messages(conversation.id) if m.direction is Direction.INBOUND
    ]


def test_an_inbound_sms_and_an_mms_reach_the_team_s_database_by_webhook(team):
    store, _relay, demo = team
    demo.inbound(OLIVIA, "Is my order ready?")
    demo.inbound_picture(OLIVIA, "Here is the damage")
    assert wait_for(lambda: len(inbound(store)) == 2)
    assert [m.body for m in inbound(store)] == ["Is my order ready?", "Here is the damage"]
    picture = inbound(store)[1]
    # The picture's address is stored just after its message (as a poll's pictures are
    # fetched after their messages): a desk may read the message a moment before it.
    assert wait_for(lambda: picture.id in store.media.for_messages([picture.id]))
    media = store.media.for_messages([picture.id])[picture.id]
    assert [m.content_type for m in media] == ["image/png"]
    assert demo.requests_seen() == []  # nobody polled the gateway


def test_the_status_of_a_sent_message_comes_back_by_its_status_callback(team):
    """A desk with the relay in its settings names it as the status callback of each send:
    the status then comes by webhook, with no status check."""
    store, relay, demo = team
    conversation = store.conversations.open(OLIVIA)
    message = store.outbound.queue(conversation.id, "Ready at 4", desk_number=demo.phone_number)
    config = twilio_config(
        base_url=demo.base_url,
        account_sid=demo.account_sid,
        auth_token=demo.auth_token,
        from_number=demo.phone_number,
        relay_url=relay.url,
    )
    gateway = config.connect()
    try:
        sent = gateway.send(OLIVIA, "Ready at 4")
    finally:
        gateway.close()
    now = datetime.now(UTC)
    assert store.outbox.begin_send(message.id, now)
    store.outbox.record_sent(message.id, sent.sid, MessageStatus.SENT, now)
    assert wait_for(
        lambda: store.conversations.get_message(message.id).status is MessageStatus.DELIVERED
    )
    fetches = [path for method, path in demo.requests_seen() if method == "GET"]
    assert fetches == []  # the status came by webhook: nobody asked for it


def test_events_wait_while_the_relay_is_down_and_arrive_once_it_is_back(team):
    store, relay, demo = team
    relay.stop()
    demo.inbound(OLIVIA, "Anyone there?")
    assert wait_for(lambda: demo.webhooks.waiting == 1, 5)
    time.sleep(1.5)  # a retry or two against the closed port
    relay.start()
    assert wait_for(lambda: [m.body for m in inbound(store)] == ["Anyone there?"], 40)
    assert demo.webhooks.waiting == 0

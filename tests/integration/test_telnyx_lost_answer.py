"""A Telnyx send whose answer was lost, with no relay to bring Telnyx's event: the message
stays "maybe sent" for a bounded wait, then is set aside for the user with a sentence that
says SMS Desk cannot tell whether it went; Retry sends it exactly once more, Discard sends
nothing, and a restart in between loses nothing. Over the fake Telnyx on loopback (its
answer stalls past the adapter's read timeout, the message is created all the same), on
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.models import MessageStatus
from desktop.gateway.telnyx import TelnyxGateway
from desktop.gateway.telnyx_terms import TELNYX_TERMS
from desktop.store.fencing import Claimant
from desktop.store.outbox import UNKNOWN_IF_SENT
from desktop.sync.outbound import (
    LOST_ANSWER_WAIT,
    CycleAborted,
    OutboxSender,
    grace_for_timeout,
)
from tests.fake_telnyx import API_KEY, Answer, FakeTelnyx

DESK = "+18445550001"
OLIVIA = "+14155550134"
TIMEOUT = (2.0, 0.3)


class Clock:
    """The real time, moved on by ``later``: the message's dates stay close to the fake
    Telnyx's, and the wait for Telnyx's event passes at once."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def later(self, by: timedelta) -> None:
        self.offset += by


@pytest.fixture
def telnyx():
    with FakeTelnyx() as fake:
        yield fake


def desk(store, telnyx: FakeTelnyx, clock: Clock) -> tuple[OutboxSender, TelnyxGateway]:
    """One run of a desk's sending half (a restart is another run, another claimant)."""
    gateway = TelnyxGateway(api_key=API_KEY, base_url=telnyx.url, sender=DESK, timeout=TIMEOUT)
    sender = OutboxSender(store, gateway, TELNYX_TERMS, clock, grace_for_timeout(TIMEOUT))
    return sender, gateway


def lose_the_answer(store, telnyx: FakeTelnyx, clock: Clock, text: str):
    """Queue ``text`` and send it: Telnyx creates the message, its answer never comes."""
    conversation = store.conversations.open(OLIVIA)
    message = store.outbound.queue(conversation.id, text, desk_number=DESK)
    sender, gateway = desk(store, telnyx, clock)
    telnyx.answer_next(Answer(delay=TIMEOUT[1] * 4, then_create=True))
    with pytest.raises(CycleAborted):
        sender.send_due(Claimant("anna-run-1"))
    gateway.close()
    return message


def status(store, message) -> MessageStatus:
    return store.conversations.get_message(message.id).status


def test_without_an_event_the_message_is_set_aside_then_retried_once_or_discarded(desks, telnyx):
    store = desks()
    clock = Clock()
    kept = lose_the_answer(store, telnyx, clock, "Your car is ready")
    dropped = lose_the_answer(store, telnyx, clock, "Your invoice is attached")
    assert len(telnyx.posted()) == 2
    assert status(store, kept) is MessageStatus.SENDING

    # Within the wait: looked at, never sent again, still "sending".
    sender, gateway = desk(store, telnyx, clock)
    clock.later(LOST_ANSWER_WAIT / 2)
    assert sender.send_due(Claimant("anna-run-1")) == (0, False)
    assert status(store, kept) is MessageStatus.SENDING
    gateway.close()

    # A restart, then the wait is over: set aside, with what to do; nothing sent.
    store.close()
    store = desks()
    sender, gateway = desk(store, telnyx, clock)
    clock.later(LOST_ANSWER_WAIT)
    assert sender.send_due(Claimant("anna-run-2")) == (0, False)
    for message in (kept, dropped):
        shown = store.conversations.get_message(message.id)
        assert shown.status is MessageStatus.FAILED
        assert shown.error_code == UNKNOWN_IF_SENT
        assert "cannot tell whether this SMS reached Telnyx" in (shown.error_message or "")
        assert "Retry or Discard" in (shown.error_message or "")
    assert len(telnyx.posted()) == 2
    # Set aside is never due again by itself.
    clock.later(timedelta(hours=2))
    assert sender.send_due(Claimant("anna-run-2")) == (0, False)
    assert len(telnyx.posted()) == 2
    gateway.close()

    # Another restart: still set aside. Retry sends once more; Discard sends nothing.
    store.close()
    store = desks()
    assert status(store, kept) is MessageStatus.FAILED
    store.outbound.retry(kept.id)
    assert store.outbound.discard(dropped.id).status is MessageStatus.CANCELLED
    sender, gateway = desk(store, telnyx, clock)
    assert sender.send_due(Claimant("anna-run-3")) == (1, False)
    assert sender.send_due(Claimant("anna-run-3")) == (0, False)
    gateway.close()
    texts = [body["text"] for body in telnyx.posted()]
    assert texts == ["Your car is ready", "Your invoice is attached", "Your car is ready"]
    assert status(store, kept) is MessageStatus.SENT
    assert status(store, dropped) is MessageStatus.CANCELLED

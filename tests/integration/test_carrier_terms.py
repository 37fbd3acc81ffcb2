"""The sync engine and the store act on a carrier's terms, not on Twilio's numbers: a test
carrier (tests/fake_carrier.py) whose own codes mean "unsubscribed" and "try later" opts a
number out, and sends a dropped message again, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core.models import MessageKind, MessageStatus
from desktop.store import Store
from desktop.sync.engine import SyncEngine
from tests.fake_carrier import LOFT_FULL, UNSUBSCRIBED, PigeonGateway
from tests.integration.engines import cycle_until

PEER = "+13125550147"
RING = "+14155550123"


class Clock:
    """The engine's clock, moved by the test (a little ahead: what is queued now is due)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC) + timedelta(seconds=5)

    def __call__(self) -> datetime:
        return self.now


def pigeon_engine(store: Store, **options) -> tuple[SyncEngine, PigeonGateway]:
    gateway = PigeonGateway()
    gateway.desk_number = RING
    engine = SyncEngine(store, gateway, poll_interval=5.0, rng=lambda: 0.0, **options)  # type: ignore[arg-type]
    return engine, gateway


def queue(store: Store, body: str = "Coo.") -> int:
    conversation = store.conversations.open(PEER)
    return store.outbound.queue(conversation.id, body, desk_number=RING).id


def history(store: Store) -> list[str]:
    conversation = store.conversations.find(PEER)
    assert conversation is not None
    return [
        m.body
        for m in store.conversations.messages(conversation.id)
        if m.kind is not MessageKind.SMS
    ]


def test_a_send_refused_as_unsubscribed_in_the_carriers_code_opts_the_number_out(store):
    engine, gateway = pigeon_engine(store)
    message = queue(store)
    gateway.refuse_next = UNSUBSCRIBED
    engine.run_cycle()

    failed = store.conversations.get_message(message)
    assert (failed.status, failed.error_code) == (MessageStatus.FAILED, UNSUBSCRIBED)
    assert failed.error_message == "The pigeon could not deliver it (code 777)."
    opt_out = store.opt_outs.find(PEER, RING)
    assert opt_out is not None
    assert (opt_out.reason, opt_out.message_id) == ("777", message)
    assert history(store) == ["Opted out: the carrier reports this number unsubscribed (error 777)"]


def test_a_status_report_of_unsubscribed_in_the_carriers_terms_opts_the_number_out(store):
    engine, gateway = pigeon_engine(store)
    message = queue(store)
    engine.run_cycle()
    assert store.conversations.get_message(message).status is MessageStatus.SENT  # "perched"
    gateway.land_all("shot down", UNSUBSCRIBED)

    cycle_until(
        engine, lambda: store.conversations.get_message(message).status is MessageStatus.FAILED
    )
    assert (
        store.conversations.get_message(message).error_message
        == "The pigeon could not deliver it (code 777)."
    )
    opt_out = store.opt_outs.find(PEER, RING)
    assert opt_out is not None
    assert opt_out.reason == "777"


def test_another_failure_in_the_carriers_terms_does_not_opt_out(store):
    engine, gateway = pigeon_engine(store)
    message = queue(store)
    engine.run_cycle()
    gateway.land_all("shot down", 999)

    cycle_until(
        engine, lambda: store.conversations.get_message(message).status is MessageStatus.FAILED
    )
    assert store.opt_outs.find(PEER, RING) is None
    assert history(store) == []


def test_a_message_the_carrier_dropped_with_its_try_later_code_is_sent_again_later(store):
    clock = Clock()
    engine, gateway = pigeon_engine(store, clock=clock)
    message = queue(store)
    engine.run_cycle()
    gateway.land_all("shot down", LOFT_FULL)

    clock.now += timedelta(seconds=1)  # the status check is due
    engine.run_cycle()
    requeued = store.conversations.get_message(message)
    assert (requeued.status, requeued.gateway_sid) == (MessageStatus.QUEUED, None)
    assert len(gateway.sent) == 1
    assert store.opt_outs.find(PEER, RING) is None

    clock.now += timedelta(seconds=31)
    engine.run_cycle()
    assert len(gateway.sent) == 2
    assert store.conversations.get_message(message).gateway_sid == gateway.sent[1].sid

"""How much of the gateway's list a poll reads again (the demo gateway over real HTTP, a real
SQLite file).

A poll re-reads ``POLL_OVERLAP`` before what it has seen, because a carrier may list a message
a little after its date. Before, "what it has seen" was the newest message's date alone: after
a burst, every poll read the whole burst again (every second while the desk is in use) until a
newer message came, hours later in a quiet office. Now the poll also knows when the gateway,
by its own clock (the ``Date`` of its answer), last listed everything: only the overlap before
that is read again.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.gateway.twilio_http import answer_date
from desktop.sync.inbound import OVERLAP_REREAD_EVERY, POLL_OVERLAP, QUICK_OVERLAP
from tests.integration.engines import make_engine

PEER = "+14155550134"
OTHERS = [f"+1415555{n:04d}" for n in range(200, 260)]

pytestmark = pytest.mark.sqlite_only  # the shared ``store`` fixture, on a SQLite file


def listed_entries(engine) -> list[int]:
    """Wraps the engine's gateway so that each poll's listing length is noted."""
    gateway = engine._inbound.gateway
    seen: list[int] = []
    fetch = gateway.fetch_inbound

    def counting(since, known=()):
        messages = fetch(since, known=known)
        seen.append(len(messages))
        return messages

    gateway.fetch_inbound = counting
    return seen


def test_a_burst_older_than_the_overlap_is_not_read_again_by_every_poll(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    # A burst dated well before the overlap (as a quiet office's burst is, minutes later).
    at = datetime.now(UTC) - POLL_OVERLAP - timedelta(minutes=3)
    demo_gateway.inbound_many([(OTHERS[n % 60], f"Burst {n}") for n in range(300)], at=at)
    listed = listed_entries(engine)

    assert engine.run_cycle().received == 300
    for _ in range(3):
        assert engine.run_cycle().received == 0
    # The first poll read the burst; the next ones, nothing of it (before: 300 each, in
    # seven requests of 50).
    assert listed == [300, 0, 0, 0]


def records_stored(store, monkeypatch) -> list[int]:
    """How many records each call hands the store to store (or find stored already)."""
    looked_up: list[int] = []
    ingest = store.ingest.inbound

    def counting(records, *args, **kwargs):
        looked_up.append(len(records))
        return ingest(records, *args, **kwargs)

    monkeypatch.setattr(store.ingest, "inbound", counting)
    return looked_up


class GatewayClock:
    """The gateway's clock as its answers' Date says it (set by the test), from now."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)
        monkeypatch.setattr("desktop.gateway.twilio_http.answer_date", lambda _header: self.now)

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def caught_up(store, demo_gateway, clock: GatewayClock):
    """An engine that has stored the gateway's one message and polled once more since."""
    engine = make_engine(store, demo_gateway)
    demo_gateway.inbound(PEER, "First", at=clock.now - timedelta(minutes=10))
    assert engine.run_cycle().received == 1
    clock.advance(1)
    assert engine.run_cycle().received == 0
    return engine


def test_a_message_listed_late_within_the_overlap_is_found_by_the_next_whole_reread(
    store, demo_gateway, monkeypatch
):
    clock = GatewayClock(monkeypatch)
    engine = caught_up(store, demo_gateway, clock)
    # Listed now, but dated a minute ago: the carrier listed it late, within the overlap.
    demo_gateway.inbound(PEER, "Listed late", at=clock.now - timedelta(minutes=1))

    # The polls in between re-read seconds, not minutes: not yet.
    clock.advance(OVERLAP_REREAD_EVERY.total_seconds())
    assert engine.run_cycle().received == 0
    # The next re-reads the whole overlap back from the last one that did.
    clock.advance(1)
    assert engine.run_cycle().received == 1
    conversation = store.conversations.find(PEER)
    bodies = [m.body for m in store.conversations.messages(conversation.id)]
    assert bodies == ["First", "Listed late"]


def test_a_message_listed_a_few_seconds_late_is_found_by_the_next_poll(
    store, demo_gateway, monkeypatch
):
    clock = GatewayClock(monkeypatch)
    engine = caught_up(store, demo_gateway, clock)
    demo_gateway.inbound(PEER, "A little late", at=clock.now - QUICK_OVERLAP / 2)

    clock.advance(1)
    assert engine.run_cycle().received == 1


def test_a_burst_within_the_overlap_is_read_again_only_by_the_whole_rereads(
    store, demo_gateway, monkeypatch
):
    clock = GatewayClock(monkeypatch)
    engine = make_engine(store, demo_gateway)
    at = clock.now - 2 * QUICK_OVERLAP  # (a burst that ended seconds ago)
    demo_gateway.inbound_many([(OTHERS[n % 60], f"Burst {n}") for n in range(300)], at=at)
    listed = listed_entries(engine)
    looked_up = records_stored(store, monkeypatch)

    assert engine.run_cycle().received == 300
    for _ in range(3):  # a poll every ten seconds, say
        clock.advance(10)
        assert engine.run_cycle().received == 0
    clock.advance(10)
    assert engine.run_cycle().received == 0
    # Before: all 300 by every poll for two minutes (each second while the desk is in use).
    assert listed == [300, 0, 0, 0, 300]
    # And the whole re-read handed none of them to the store again.
    assert looked_up == [300]


def test_without_the_gateways_clock_a_poll_reads_the_overlap_before_the_newest_message(
    store, demo_gateway, monkeypatch
):
    """A gateway (or a proxy) that sends no readable Date: the window is as before."""
    monkeypatch.setattr("desktop.gateway.twilio_http.answer_date", lambda _header: None)
    engine = make_engine(store, demo_gateway)
    at = datetime.now(UTC) - timedelta(minutes=10)
    demo_gateway.inbound_many([(OTHERS[n % 60], f"Burst {n}") for n in range(20)], at=at)
    listed = listed_entries(engine)

    assert engine.run_cycle().received == 20
    assert engine.run_cycle().received == 0
    assert listed == [20, 20]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Sun, 06 Dec 2026 07:41:14 GMT", datetime(2026, 12, 6, 7, 41, 14, tzinfo=UTC)),
        (None, None),
        ("", None),
        ("yesterday", None),
        ("Sun, 06 Dec 2026 07:41:14 -0000", None),  # no zone said: not believed
    ],
)
def test_the_gateways_clock_is_read_from_an_http_date(header, expected):
    assert answer_date(header) == expected


def test_what_a_poll_stored_is_not_looked_up_again_when_it_is_listed_again(
    store, demo_gateway, monkeypatch
):
    clock = GatewayClock(monkeypatch)
    engine = make_engine(store, demo_gateway)
    demo_gateway.inbound_many([(OTHERS[n % 60], f"Burst {n}") for n in range(300)], at=clock.now)
    listed = listed_entries(engine)
    looked_up = records_stored(store, monkeypatch)

    assert engine.run_cycle().received == 300
    clock.advance(1)
    demo_gateway.inbound(PEER, "New")
    assert engine.run_cycle().received == 1

    # The second poll listed the burst again (it is within seconds of the last listing),
    # down to the first page of it that held only what it had stored (pages of 50: the new
    # message and 49, then 50), and handed the store only the new message: the burst was
    # not read into records and looked up by sid once more.
    assert listed == [300, 100]
    assert looked_up == [300, 1]


def test_a_quick_reread_within_seconds_of_a_burst_reads_one_page_of_it(
    store, demo_gateway, monkeypatch
):
    clock = GatewayClock(monkeypatch)
    engine = make_engine(store, demo_gateway)
    # (Dated seconds ago: the demo gateway does not list what is dated after its own clock.)
    at = clock.now - timedelta(seconds=10)
    demo_gateway.inbound_many([(OTHERS[n % 60], f"Burst {n}") for n in range(300)], at=at)
    listed = listed_entries(engine)
    assert engine.run_cycle().received == 300
    # Listed now, dated before the burst: below all of it in the newest-first list, and
    # within the quick re-reads' window.
    demo_gateway.inbound(PEER, "Listed late, below the burst", at=at - timedelta(seconds=2))

    clock.advance(1)
    assert engine.run_cycle().received == 0
    # 120 more: the first page is all new, so the list is read on until what was stored.
    more_at = at + timedelta(seconds=5)
    demo_gateway.inbound_many([(OTHERS[n % 60], f"More {n}") for n in range(120)], at=more_at)
    clock.advance(1)
    assert engine.run_cycle().received == 120
    # Quick re-reads go on stopping above it; the next whole re-read (the first poll once
    # the last listing is OVERLAP_REREAD_EVERY after the last whole one) finds it.
    clock.advance(OVERLAP_REREAD_EVERY.total_seconds())
    assert engine.run_cycle().received == 0
    clock.advance(1)
    assert engine.run_cycle().received == 1

    # (Pages of 50.) The quick re-read read the first page of the 300 it had stored, not all
    # of them; the next one the 120 and the pages down to one of stored messages alone (50
    # new, 50 new, 20 new and 30 stored, then 50 stored); the whole re-read all of it.
    assert listed == [300, 50, 200, 50, 421]
    conversation = store.conversations.find(PEER)
    bodies = [m.body for m in store.conversations.messages(conversation.id)]
    assert bodies == ["Listed late, below the burst"]

"""One bad inbound record never blocks the others: it is set aside, and everything flows.

Malformed records are made at the demo gateway and read over real HTTP, into a real SQLite
file and the test PostgreSQL server (the ``store`` fixture runs each test on both).
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from desktop.admin.doctor import main as doctor_main
from desktop.config.settings import Paths, Settings, save_settings
from desktop.core.models import MessageStatus
from desktop.gateway.demo import DemoGateway
from desktop.store import Store
from desktop.store.set_aside_store import SetAsideRecord
from desktop.sync.engine import LinkState
from desktop.system.credentials import CredentialStore
from tests.integration.engines import cycle_until, make_engine

ALICE = "+14155550134"
BOB = "+14155550177"


def bodies(store: Store, peer: str) -> list[str]:
    conversation = store.conversations.find(peer)
    assert conversation is not None, peer
    return [m.body for m in store.conversations.messages(conversation.id)]


def reasons(store: Store) -> dict[str | None, str]:
    return {entry.sid: entry.reason for entry in store.set_aside.list()}


def inject_every_kind_of_bad_record(demo: DemoGateway) -> dict[str, str]:
    """Bad records between good ones; returns the reason each bad sid must be kept with."""
    demo.inbound(ALICE, "before")
    bad = {
        demo.inbound("", "from nobody"): "The sender is empty.",
        demo.inbound("S" * 33, "from a long sender"): "The sender is longer than 32 characters.",
        demo.inbound_raw({"body": "half an emoji \ud83d"}): "Its text holds a broken character",
        demo.inbound_raw({"from": "AC\ud800ME"}): "The sender holds a broken character",
        demo.inbound_raw({"date_created": DemoGateway.OMIT}): "has no date_created",
        demo.inbound_raw({"date_created": "yesterday-ish"}): "date_created that is not a date",
        demo.inbound_raw({"direction": "sideways"}): "unknown direction ('sideways')",
    }
    demo.inbound(BOB, "after")
    return bad


def test_bad_records_are_set_aside_and_the_good_ones_arrive(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    bad = inject_every_kind_of_bad_record(demo_gateway)

    report = engine.run_cycle()

    assert report.state is LinkState.ONLINE
    assert (report.received, report.set_aside) == (2, len(bad))
    assert bodies(store, ALICE) == ["before"]
    assert bodies(store, BOB) == ["after"]
    kept = reasons(store)
    assert set(kept) == set(bad)
    for sid, reason in bad.items():
        assert reason in kept[sid], (sid, kept[sid])
    # The next polls read them again (overlap) and add nothing.
    assert engine.run_cycle().set_aside == 0
    assert len(store.set_aside.list()) == len(bad)


def test_after_a_bad_record_later_messages_and_delivery_ticks_keep_coming(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    now = datetime.now(UTC).replace(microsecond=0)
    demo_gateway.inbound(ALICE, "good", at=now - timedelta(seconds=30))
    demo_gateway.inbound("", "bad, newest", at=now - timedelta(seconds=20))
    engine.run_cycle()
    assert store.outbox.watermark(engine.watermark_key) == now - timedelta(seconds=20)

    conversation = store.conversations.open(BOB)
    queued = store.outbound.queue(conversation.id, "Ticks?", desk_number=demo_gateway.phone_number)
    demo_gateway.inbound(BOB, "later", at=now - timedelta(seconds=10))
    cycle_until(
        engine, lambda: store.conversations.get_message(queued.id).status is MessageStatus.DELIVERED
    )

    assert "later" in bodies(store, BOB)
    assert store.outbox.watermark(engine.watermark_key) == now - timedelta(seconds=10)
    assert [e.reason for e in store.set_aside.list()] == ["The sender is empty."]


def test_the_watermark_moves_past_a_bad_record_that_is_the_newest(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    at = datetime.now(UTC).replace(microsecond=0)
    demo_gateway.inbound(ALICE, "good", at=at - timedelta(seconds=30))
    demo_gateway.inbound("S" * 40, "bad and newest", at=at)

    engine.run_cycle()

    assert store.outbox.watermark(engine.watermark_key) == at


def test_a_record_the_database_itself_refuses_is_found_and_set_aside(store, demo_gateway):
    # A refusal no check foresees (here a trigger; in life a constraint, an encoding…):
    # the batch is split until the bad record is alone, and the others are stored.
    poison(store, "poison")
    engine = make_engine(store, demo_gateway)
    peers = [f"+1415555{n:04d}" for n in range(40)]
    for index, peer in enumerate(peers):
        demo_gateway.inbound(peer, "poison" if index == 29 else f"hello {index}")

    report = engine.run_cycle()

    assert report.state is LinkState.ONLINE
    assert (report.received, report.set_aside) == (39, 1)
    assert store.conversations.find(peers[29]) is None or bodies(store, peers[29]) == []
    assert bodies(store, peers[30]) == ["hello 30"]
    (entry,) = store.set_aside.list()
    assert entry.reason.startswith("The database refused it (")
    assert json.loads(entry.raw)["body"] == "poison"


def poison(store: Store, body: str) -> None:
    """Make the database refuse any message with this body, as a constraint would."""
    with store.engine.begin() as conn:
        if store.dialect == "sqlite":
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_poison BEFORE INSERT ON messages"
                    f" WHEN NEW.body = '{body}' BEGIN SELECT RAISE(ABORT, 'refused'); END"
                )
            )
        else:
            conn.execute(
                text(
                    "CREATE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN"
                    f" IF NEW.body = '{body}' THEN RAISE EXCEPTION 'refused'; END IF;"
                    " RETURN NEW; END $$ LANGUAGE plpgsql"
                )
            )
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_poison BEFORE INSERT ON messages"
                    " FOR EACH ROW EXECUTE FUNCTION refuse_poison()"
                )
            )


def test_sender_names_and_short_codes_are_conversations_of_their_own(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inbound("ACME", "Your code is 123456")
    demo_gateway.inbound(" Bank-Info ", "Your statement is ready")
    demo_gateway.inbound("726-84", "Reply STOP to end")

    assert engine.run_cycle().received == 3

    assert bodies(store, "ACME") == ["Your code is 123456"]
    assert bodies(store, "Bank-Info") == ["Your statement is ready"]
    assert bodies(store, "72684") == ["Reply STOP to end"]
    assert store.set_aside.list() == []


def test_try_again_stores_a_record_the_gateway_now_gives_readably(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    sid = demo_gateway.inbound_raw({"date_created": None}, from_number=ALICE, body="late")
    engine.run_cycle()
    (entry,) = store.set_aside.list()
    assert entry.sid == sid

    demo_gateway.restore_record(sid)  # the gateway fixed its record
    assert store.set_aside.request_retry([entry.id]) == 1
    report = engine.run_cycle()

    assert report.received == 1
    assert bodies(store, ALICE) == ["late"]
    assert store.set_aside.list() == []


def test_try_again_that_fails_again_keeps_the_record_with_the_new_reason(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    demo_gateway.inbound("", "still no sender")
    engine.run_cycle()
    (entry,) = store.set_aside.list()

    store.set_aside.request_retry([entry.id])
    engine.run_cycle()

    (again,) = store.set_aside.list()
    assert again.id == entry.id
    assert again.reason == "The sender is empty."
    assert again.retry_requested_at is None  # tried: it waits to be asked again
    assert store.set_aside.to_retry() == []


def test_a_stored_message_whose_record_turns_unreadable_is_not_set_aside(store, demo_gateway):
    engine = make_engine(store, demo_gateway)
    sid = demo_gateway.inbound(ALICE, "stored fine")
    engine.run_cycle()
    demo_gateway.serve_record_as(sid, {"date_created": None})  # listed again, now broken

    assert engine.run_cycle().set_aside == 0
    assert store.set_aside.list() == []
    assert bodies(store, ALICE) == ["stored fine"]


def test_dismissed_records_leave_the_count_but_are_kept(store):
    records = [SetAsideRecord(f"SM{n}", f"SM{n}", "{}", "The sender is empty.") for n in range(3)]
    assert len(store.set_aside.add(records)) == 3
    assert store.set_aside.add(records[:1]) == []  # the same record again adds nothing
    first, *_rest = store.set_aside.list()

    assert store.set_aside.dismiss([first.id]) == 1

    assert store.set_aside.count() == 2
    assert [e.sid for e in store.set_aside.list(dismissed=True)] == ["SM0"]
    assert store.set_aside.add(records[:1]) == []  # read again: stays dismissed
    assert store.set_aside.count() == 2


def test_doctor_lists_what_was_set_aside(store, demo_gateway, tmp_path, memory_keyring):
    engine = make_engine(store, demo_gateway)
    bad = demo_gateway.inbound("", "secret body text")
    engine.run_cycle()
    paths = Paths.under(tmp_path / "home")
    paths.ensure()
    save_settings(paths.settings_file, Settings(database_url=str(store.engine.url)))

    out = io.StringIO()
    code = doctor_main(paths, out=out, credentials=CredentialStore(memory_keyring), timeout=2.0)

    output = out.getvalue()
    assert code == 1, output
    assert "✗ Set aside" in output
    assert "1 inbound message could not be stored and was set aside" in output
    (line,) = [line for line in output.splitlines() if bad in line]
    assert line.strip().startswith(bad)
    assert line.rstrip().endswith("The sender is empty.")
    assert "secret body text" not in output  # the reason, never the text


def test_doctor_passes_once_they_are_dismissed(store, tmp_path, memory_keyring):
    store.set_aside.add([SetAsideRecord("SM1", "SM1", "{}", "The sender is empty.")])
    store.set_aside.dismiss([entry.id for entry in store.set_aside.list()])
    paths = Paths.under(tmp_path / "home")
    paths.ensure()
    save_settings(paths.settings_file, Settings(database_url=str(store.engine.url)))

    out = io.StringIO()
    doctor_main(paths, out=out, credentials=CredentialStore(memory_keyring), timeout=2.0)

    assert "✓ Set aside" in out.getvalue()
    assert "No inbound messages set aside (1 dismissed)" in out.getvalue()

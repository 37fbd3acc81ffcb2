"""Searching conversations on a real SQLite file: by contact name, by number digits and by
the words of messages through the FTS5 index, which triggers keep in step with messages."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import alembic.command
import pytest
from sqlalchemy import create_engine, text

import desktop.store.search as search_module
from desktop.core.models import ContactDraft, Conversation
from desktop.store import InboundRecord, Store, open_store
from desktop.store.migrate import alembic_config

# The shared ``store`` fixture on a SQLite file: FTS5 is SQLite's, and ``db_path`` looks at the
# file behind the store (tests/integration/test_search_postgresql.py is PostgreSQL's search).
pytestmark = pytest.mark.sqlite_only

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
DESK = "+15550000000"
ALICE = "+14155550134"
BOB = "+442079460123"
CAROL = "+61291234567"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def raw(db_path: Path, sql: str, **params: object) -> list[tuple[object, ...]]:
    """Change or read the file behind the store's back, as another program would."""
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def receive(store: Store, peer: str, body: str, minutes: float, sid: str | None = None) -> None:
    sid = sid or f"SM{peer}{minutes}"
    store.ingest.inbound([InboundRecord(sid, peer, DESK, body, at(minutes))])


def found(store: Store, typed: str, **kwargs: int) -> list[str]:
    return [c.peer_number for c in store.search.conversations(typed, **kwargs)]


def index_is_in_step(db_path: Path) -> bool:
    """FTS5's own check of an external-content index against the messages table."""
    try:
        raw(db_path, "INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")
    except Exception:  # FTS5 reports a mismatch as an error
        return False
    return True


# -- what is found ---------------------------------------------------------------------------------


def test_conversations_are_found_by_contact_name_or_company(store: Store) -> None:
    receive(store, ALICE, "hello", 1)
    receive(store, BOB, "hello", 2)
    store.contacts.save(ContactDraft("Olivia Bennett", (ALICE,), company="Acme"))
    store.contacts.save(ContactDraft("Bob Smith", (BOB,), company="Smith & Bennett Ltd"))

    assert found(store, "olivia") == [ALICE]
    assert found(store, "ACME") == [ALICE]
    assert found(store, "bennett") == [BOB, ALICE]
    assert found(store, "nobody") == []
    (alice,) = store.search.conversations("oliv")
    assert alice.display_name == "Olivia Bennett"


def test_conversations_are_found_by_the_digits_of_their_number(store: Store) -> None:
    receive(store, ALICE, "hi", 1)
    receive(store, BOB, "hi", 2)

    assert found(store, "5550134") == [ALICE]
    assert found(store, "415 555") == [ALICE]
    assert found(store, "+44 20 7946") == [BOB]
    assert found(store, "(207) 946-0123") == [BOB]
    # Fewer than three digits are too few to mean a number.
    assert found(store, "41") == []


def test_messages_are_found_by_the_start_of_each_typed_word(store: Store) -> None:
    receive(store, ALICE, "Your invoice #2024-17 is attached", 1)
    receive(store, BOB, "Meeting tomorrow at the café?", 2)
    receive(store, CAROL, "meeting moved", 3)
    receive(store, CAROL, "see you tomorrow", 4)

    assert found(store, "invoice") == [ALICE]
    assert found(store, "INV") == [ALICE]
    assert found(store, "inv 2024") == [ALICE]
    assert found(store, "cafe") == [BOB]
    assert found(store, "Café") == [BOB]
    assert found(store, "CAFÉ meeting") == [BOB]
    # Every word must be in one message: Carol has both words, but in two messages.
    assert found(store, "meeting tomorrow") == [BOB]
    assert found(store, "meeting") == [CAROL, BOB]
    assert found(store, "voice") == []


def test_accented_messages_are_found_without_accents_and_the_other_way_round(
    store: Store,
) -> None:
    receive(store, ALICE, "Crème brûlée at Zoë's", 1)
    receive(store, BOB, "creme brulee at zoe's", 2)

    assert found(store, "creme brulee") == [BOB, ALICE]
    assert found(store, "crème brûlée") == [BOB, ALICE]
    assert found(store, "ZOË") == [BOB, ALICE]


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        '"unterminated',
        "*",
        "hello*",
        "NEAR(",
        "NEAR(a b, 2)",
        "-",
        "-hello",
        "AND OR",
        "NOT",
        "a AND",
        "(",
        ")",
        "body:hello",
        "{body}: x",
        "^hello",
        "+",
        "'",
        "\\",
        "%",
        "_",
        "hello\x00",
        "a" * 500,
        " ".join(["w"] * 100),
    ],
)
def test_search_syntax_typed_by_a_person_is_taken_as_text(store: Store, typed: str) -> None:
    receive(store, ALICE, "hello and welcome, or not", 1)
    store.contacts.save(ContactDraft("Olivia", (ALICE,)))

    result = store.search.conversations(typed)

    assert all(c.peer_number == ALICE for c in result)


def test_operator_words_are_searched_as_words(store: Store) -> None:
    receive(store, ALICE, "Salt AND pepper, NEAR the door", 1)
    receive(store, BOB, "pepper only", 2)

    assert found(store, '"pepper') == [BOB, ALICE]
    assert found(store, "and pepper") == [ALICE]
    assert found(store, "NEAR(door") == [ALICE]
    assert found(store, "pepper -salt") == [ALICE]  # "-" is no NOT: salt must be there


def test_nothing_typed_finds_nothing(store: Store) -> None:
    receive(store, ALICE, "hello", 1)

    assert found(store, "") == []
    assert found(store, "   ") == []
    assert found(store, "hello", limit=0) == []


# -- what comes back -------------------------------------------------------------------------------


def test_archived_conversations_are_found_too(store: Store) -> None:
    receive(store, ALICE, "the parcel arrived", 1)
    alice = store.conversations.find(ALICE)
    assert alice is not None
    store.ownership.set_archived(alice.id, True)

    (result,) = store.search.conversations("parcel")

    assert result.archived


def test_each_conversation_comes_once_newest_activity_first(store: Store) -> None:
    for minute in range(5):
        receive(store, BOB, f"parcel update {minute}", minute)
    receive(store, ALICE, "parcel for Alice", 10)
    receive(store, CAROL, "parcel for Carol", 5)
    receive(store, BOB, "thanks", 20)  # Bob's newest message does not match; his activity counts
    store.contacts.save(ContactDraft("Parcel Service", (CAROL,)))

    results = store.search.conversations("parcel")

    assert [c.peer_number for c in results] == [BOB, ALICE, CAROL]
    assert results == sorted(results, key=lambda c: (c.last_activity_at, c.id), reverse=True)
    assert results[0] == store.conversations.find(BOB)
    assert found(store, "parcel", limit=2) == [BOB, ALICE]


@pytest.mark.parametrize("probe", [1, 2, 3, 1000])
def test_common_words_give_the_same_answer_as_rare_ones(
    store: Store, monkeypatch: pytest.MonkeyPatch, probe: int
) -> None:
    # With more matches than the first read of the index, the conversations are walked in
    # activity order and those without a recent match are checked against older ones.
    monkeypatch.setattr(search_module, "_SEARCH_PROBE", probe)
    numbers = [f"+1415555{i:04d}" for i in range(8)]
    for i, number in enumerate(numbers):  # an old match in every even conversation
        receive(store, number, "invoice sent" if i % 2 == 0 else "no thanks", i)
    for i, number in enumerate(numbers[:4]):  # then recent matches in the first four
        receive(store, number, "invoice paid", 20 + i)
    by_activity = [3, 0, 6, 1, 7, 2, 4, 5]  # then the newest activity, in neither id order
    for rank, i in enumerate(by_activity):
        receive(store, numbers[i], "ok", 100 - rank)
    store.contacts.save(ContactDraft("Invoice Desk", (numbers[7],)))
    expected = [numbers[i] for i in by_activity if i != 5]

    assert found(store, "invoice") == expected
    assert found(store, "invoice", limit=3) == expected[:3]
    assert found(store, "invoice", limit=6) == expected[:6]
    assert found(store, "sent") == [numbers[i] for i in by_activity if i % 2 == 0]


# -- the index keeps in step -----------------------------------------------------------------------


@pytest.mark.parametrize("fast_path", [True, False], ids=["sqlite-fast-path", "core-statement"])
def test_ingested_messages_are_searchable_at_once(
    store: Store, db_path: Path, fast_path: bool
) -> None:
    store.ingest.sqlite_fast_path = fast_path
    store.ingest.inbound(
        [
            InboundRecord("SM1", ALICE, DESK, "first pineapple", at(1)),
            InboundRecord("SM2", BOB, DESK, "second", at(2)),
            InboundRecord("SM1", ALICE, DESK, "first pineapple", at(1)),  # duplicate: skipped
        ]
    )
    store.ingest.inbound([InboundRecord("SM1", ALICE, DESK, "first pineapple", at(1))])

    assert found(store, "pineapple") == [ALICE]
    assert found(store, "second") == [BOB]
    assert raw(db_path, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'first'") == [
        (1,)
    ]
    assert index_is_in_step(db_path)


def test_outbound_messages_are_searchable_at_once(store: Store, db_path: Path) -> None:
    alice = store.conversations.open(ALICE)

    store.outbound.queue(alice.id, "the quarterly report is ready", desk_number=DESK)

    assert found(store, "quarterly report") == [ALICE]
    assert index_is_in_step(db_path)


def test_changed_and_deleted_messages_leave_the_index(store: Store, db_path: Path) -> None:
    receive(store, ALICE, "old words", 1)
    receive(store, BOB, "doomed words", 2)
    raw(db_path, "UPDATE messages SET body = 'new text' WHERE body = 'old words'")
    raw(db_path, "DELETE FROM messages WHERE body = 'doomed words'")

    assert found(store, "old") == []
    assert found(store, "new text") == [ALICE]
    assert found(store, "doomed") == []
    assert found(store, "words") == []
    assert index_is_in_step(db_path)


def test_the_integrity_check_notices_an_index_out_of_step(store: Store, db_path: Path) -> None:
    # Proves the checks above can fail: a message written with the triggers off.
    receive(store, ALICE, "indexed", 1)
    raw(db_path, "DROP TRIGGER messages_fts_after_update")
    raw(db_path, "UPDATE messages SET body = 'not indexed'")

    assert not index_is_in_step(db_path)


def test_migrating_a_database_with_messages_indexes_them(db_path: Path) -> None:
    url = f"sqlite:///{db_path}"
    alembic.command.upgrade(alembic_config(url=url), "0002")
    raw(
        db_path,
        "INSERT INTO conversations (id, peer_number, created_at, last_activity_at,"
        " last_message_preview, unread_count) VALUES (1, :peer, :t, :t, '', 0)",
        peer=ALICE,
        t="2025-03-01 09:00:00.000000",
    )
    for i, body in enumerate(["Old invoice from last year", "Danke schön", "nothing here"]):
        raw(
            db_path,
            "INSERT INTO messages (conversation_id, direction, body, from_number, to_number,"
            " status, created_at, updated_at) VALUES (1, 'inbound', :body, :peer, :desk,"
            " 'received', :t, :t)",
            body=body,
            peer=ALICE,
            desk=DESK,
            t=f"2025-03-01 09:0{i}:00.000000",
        )

    with open_store(url) as store:
        assert found(store, "invoice") == [ALICE]
        assert found(store, "schon") == [ALICE]
        assert found(store, "absent") == []
    assert index_is_in_step(db_path)


# -- speed -----------------------------------------------------------------------------------------


def test_search_over_a_hundred_thousand_messages(store: Store) -> None:
    words = ["invoice", "parcel", "meeting", "tomorrow", "thanks", "café", "call", "order"]
    records = [
        InboundRecord(
            f"SM{i:06d}",
            f"+1415{i % 2000:07d}",
            DESK,
            f"{words[i % 8]} {words[(i * 7) % 8]} number {i} for {words[(i // 3) % 8]}",
            at(i / 60),
        )
        for i in range(100_000)
    ]
    for start in range(0, len(records), 10_000):
        store.ingest.inbound(records[start : start + 10_000])
    store.ingest.inbound([InboundRecord("SMrare", ALICE, DESK, "a rare zeppelin", at(5))])

    timings = {}
    results: dict[str, list[Conversation]] = {}
    for typed in ("thanks", "inv", "meeting tomorrow", "zeppelin", "5550134"):
        started = time.perf_counter()
        results[typed] = store.search.conversations(typed)
        timings[typed] = (time.perf_counter() - started) * 1000

    print(
        "\nsearch over 100,001 messages in 2,001 conversations: "
        + ", ".join(f"{typed!r} {ms:.1f} ms" for typed, ms in timings.items())
    )
    assert len(results["thanks"]) == 50
    assert [c.peer_number for c in results["zeppelin"]] == [ALICE]
    assert [c.peer_number for c in results["5550134"]] == [ALICE]

"""Search on PostgreSQL reads its index, on a store of 20,000 messages with statistics.

The chat-list search for a word found nowhere once walked every message, folding each
(77 s at a million messages), and Find in a long conversation folded each of its messages
through a slow function (744 ms). These tests look at what PostgreSQL plans for the
statements the store runs (EXPLAIN, after ANALYZE, as autovacuum would have run), check that
the fast ``smsdesk_fold`` of migration 0011 folds exactly as migration 0007's did, and that
PostgreSQL answers every search and Find as SQLite does for the same messages.
``bench/pg_search.py`` measures the same at a million messages (not part of the suite).
"""

from __future__ import annotations

import importlib
import random
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import alembic.command
import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

import desktop.store.search as search_module
from desktop.core.models import ContactDraft, ConversationId, Direction, MessageStatus
from desktop.store import HistoryRecord, Store, open_store
from desktop.store.migrate import alembic_config
from desktop.store.migrations.helpers import fold_table
from tests.integration.store_statements import statements

if TYPE_CHECKING:
    from pg import PostgresServer

pytestmark = pytest.mark.postgres

DESK = "+15550000000"
T0 = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)
CONVERSATIONS = 2_000
BIG = 2_000  # messages in the one long conversation, the newest of all
PER_CONVERSATION = 9  # messages in each of the others

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "tomorrow")
_PRODUCTS = ("boiler", "sofa", "laptop", "bike", "glasses")
_BODIES = (
    "Thanks, see you {day}",
    "Thanks!",
    "Your order {order} is ready for collection.",
    "Can I book an appointment for {day} at {hour}?",
    "Ok",
    "Yes please",
    "Is the {product} in stock?",
    "Running 10 minutes late, sorry",
    "Merci beaucoup, à {day} !",
    "Dziękuję, będę o {hour}",
    "Great, thank you so much 😊",
    "Meeting at the café on {day}?",
    "The {product} is covered by the warranty.",
    "Спасибо, до встречи",
)
RARE = "quixote"  # in exactly two messages, of two conversations
# A vocabulary of 144 more words, two in each message: PostgreSQL estimates a prefix from the
# statistics of the most common words only when it has 100 of them or more.
_SYLLABLES = ("ka", "lo", "mi", "ne", "pu", "ri", "so", "vu", "ze", "do", "fa", "gi")
_FILLER = [a + b for a in _SYLLABLES for b in _SYLLABLES]


def peer(index: int) -> str:
    return f"+1415555{index:04d}"


def office_records() -> list[HistoryRecord]:
    """The same 20,000 messages for every store: distinct times, so every conversation's
    last activity is distinct and the order of results does not depend on ids."""
    rng = random.Random(13)
    events: list[tuple[int, int]] = []  # (conversation, position), oldest first
    for position in range(BIG):
        events.append((0, position))
    for index in range(1, CONVERSATIONS):
        events.extend((index, position) for position in range(PER_CONVERSATION))
    rng.shuffle(events)
    # The big conversation's last message is the newest of all.
    events.sort(key=lambda e: e == (0, BIG - 1))
    records = []
    for n, (index, _position) in enumerate(events):
        body = rng.choice(_BODIES).format(
            day=rng.choice(_DAYS),
            hour=f"{rng.randint(8, 17)}:{rng.choice(('00', '30'))}",
            order=f"#{rng.randint(10000, 99999)}",
            product=rng.choice(_PRODUCTS),
        )
        body += f" — ref {rng.choice(_FILLER)} {rng.choice(_FILLER)}"
        if n in (4_000, 15_000):
            body += f" ({RARE.title()} {n})"
        records.append(
            HistoryRecord(
                peer_number=peer(index),
                desk_number=DESK,
                direction=Direction.INBOUND if n % 2 else Direction.OUTBOUND,
                body=body,
                created_at=T0 + timedelta(seconds=30 * n),
                status=MessageStatus.RECEIVED if n % 2 else MessageStatus.DELIVERED,
                sid=f"SM{n:08d}",
            )
        )
    return records


def fill(store: Store) -> None:
    records = office_records()
    for start in range(0, len(records), 5_000):
        store.ingest.history(records[start : start + 5_000], now=T0)
    names = ("Theo Smith", "Thandi Okafor", "Anna Müller", "Zoë Chen", "Olivia Brown")
    store.contacts.import_drafts(
        [
            ContactDraft(names[index % len(names)], (peer(index),), "Acme" if index % 7 else "")
            for index in range(0, CONVERSATIONS, 3)
        ],
        now=T0,
    )


@dataclass
class Office:
    store: Store
    big: ConversationId


@pytest.fixture(scope="module")
def office(postgres_server: PostgresServer) -> Iterator[Office]:
    """A PostgreSQL store of 2,000 conversations and 20,000 messages, analysed."""
    name = "smsdesk_search_plans"
    url = postgres_server.create_database(name)
    store = open_store(url)
    try:
        fill(store)
        with store.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
        big = store.conversations.find(peer(0))
        assert big is not None
        yield Office(store, big.id)
    finally:
        store.close()
        postgres_server.drop_database(name)


@pytest.fixture(scope="module")
def sqlite_office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The same messages and contacts in a SQLite file."""
    path = tmp_path_factory.mktemp("search") / "desk.sqlite3"
    with open_store(f"sqlite:///{path}") as store:
        fill(store)
        yield store


# -- plans ---------------------------------------------------------------------------------


def plans(store: Store, call: Callable[[], object]) -> list[str]:
    """What PostgreSQL plans for each query that ``call`` runs on the store, as it runs them
    (same parameters, just-in-time compilation off as the search sets it)."""
    with statements(store) as seen:
        call()
    found = []
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("SET jit = off")
        for statement, parameters in seen:
            cursor.execute("EXPLAIN " + statement, parameters)
            found.append("\n".join(row[0] for row in cursor.fetchall()))
    finally:
        raw.rollback()
        raw.close()
    return found


_NODE = re.compile(
    r"^\s*(?:->\s+)?(?P<node>[A-Z][A-Za-z ]+?)(?: using (?P<index>\w+))? on (?P<name>\w+)"
)


@dataclass
class Read:
    """One node of a plan that reads the messages table or one of its indexes."""

    node: str  # "Seq Scan", "Index Scan Backward", "Bitmap Heap Scan", "Bitmap Index Scan"…
    index: str | None
    filter: str = ""


def message_reads(store: Store, plan: str) -> list[Read]:
    """Each node of the plan that reads messages, with the filter it applies row by row."""
    with store.engine.connect() as conn:
        indexes = set(
            conn.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'messages'"
            ).scalars()
        )
    reads: list[Read] = []
    current: Read | None = None
    for line in plan.splitlines():
        node = _NODE.match(line)
        if node:
            current = None
            if node["name"] == "messages":
                current = Read(node["node"], node["index"])
            elif node["node"] == "Bitmap Index Scan" and node["name"] in indexes:
                current = Read(node["node"], node["name"])
            if current:
                reads.append(current)
        elif current and line.strip().startswith("Filter:"):
            current.filter += line.strip()
    return reads


def folds_messages_one_by_one(reads: list[Read]) -> bool:
    """True when the plan tests messages against the words row by row (a Seq Scan, or rows
    from another index filtered by to_tsvector) instead of asking the search index."""
    return any(r.node == "Seq Scan" or "to_tsvector" in r.filter for r in reads)


def search_plan(office: Office, typed: str, limit: int = 200) -> list[Read]:
    """How the search's queries read messages (all but the first: the contacts' numbers)."""
    found = plans(office.store, lambda: office.store.search.conversations(typed, limit=limit))
    return [read for plan in found[1:] for read in message_reads(office.store, plan)]


@pytest.mark.parametrize("limit", [200, 20])
@pytest.mark.parametrize("typed", ["zeppelin", RARE, "quixote zeppelin", "48213"])
def test_a_word_in_few_or_no_messages_is_read_from_the_search_index(
    office: Office, typed: str, limit: int
) -> None:
    reads = search_plan(office, typed, limit)

    assert any(r.index == "messages_fts_body" for r in reads), reads
    assert not folds_messages_one_by_one(reads), reads


@pytest.mark.parametrize("typed", ["thanks", "th", "t", "appointment tomorrow", "555 01"])
def test_common_words_and_prefixes_never_scan_all_messages(office: Office, typed: str) -> None:
    reads = search_plan(office, typed)

    assert reads, "the search reads no messages?"
    assert not any(r.node == "Seq Scan" for r in reads), reads


def test_common_words_that_never_meet_walk_only_the_newest_conversations(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each word is in thousands of messages, never both in one: walking conversations for
    # one that has them would test every message (4 s at a million); after the newest few
    # the index answers. (Thresholds of a million messages, scaled to these 20,000.)
    monkeypatch.setattr(search_module, "_PG_SEARCH_FROM_INDEX", 50)
    monkeypatch.setattr(search_module, "_PG_SEARCH_WALK", 100)
    with statements(office.store) as seen:
        assert office.store.search.conversations("thanks appointment", limit=10) == []
    (walk,) = [sql for sql, _ in seen if "LATERAL" in sql]
    with office.store.engine.connect() as conn:
        plan = "\n".join(
            conn.exec_driver_sql(
                "EXPLAIN ANALYZE " + walk, dict(next(p for q, p in seen if q == walk))
            ).scalars()
        )
    tested = [int(n) for n in re.findall(r"on messages .*loops=(\d+)\)", plan)]

    assert tested, plan
    assert max(tested) <= 100, plan
    assert any("hits" in sql for sql, _ in seen)  # then the index


def test_the_planner_knows_how_common_a_word_is(office: Office) -> None:
    # Without statistics of the indexed words (migration 0011) it guessed 2 % for every
    # prefix, and walked messages for words found nowhere.
    matches = (
        "FROM messages WHERE kind = 'sms' AND to_tsvector('simple', smsdesk_fold(body))"
        " @@ to_tsquery('simple', smsdesk_fold('thanks:*'))"
    )
    with office.store.engine.connect() as conn:
        actual = conn.exec_driver_sql(f"SELECT count(*) {matches}").scalar_one()
        plan = conn.exec_driver_sql(f"EXPLAIN SELECT 1 {matches}").scalars().first()
    estimate = int(re.search(r"rows=(\d+)", plan)[1])  # type: ignore[index]

    assert actual > 2_000
    assert actual / 2 < estimate < actual * 2, (estimate, actual)


@pytest.mark.parametrize("typed", ["zeppelin", "order", "café", "a"])
def test_find_in_a_long_conversation_reads_only_its_messages(office: Office, typed: str) -> None:
    (plan,) = plans(office.store, lambda: office.store.conversations.find_in(office.big, typed))
    reads = message_reads(office.store, plan)

    assert reads
    assert not any(r.node == "Seq Scan" for r in reads), reads
    assert {r.index for r in reads} - {None} == {"ix_messages_conversation_order"}, reads


# -- the fold ------------------------------------------------------------------------------


@contextmanager
def fold_of_0007(store: Store) -> Iterator[None]:
    """Migration 0007's smsdesk_fold, beside the store's, as smsdesk_fold_0007."""
    old = importlib.import_module("desktop.store.migrations.versions.0007_postgresql_fold")
    create = old._UPGRADE[0].replace("FUNCTION smsdesk_fold(", "FUNCTION smsdesk_fold_0007(")
    with store.engine.begin() as conn:
        conn.exec_driver_sql(create)
    try:
        yield
    finally:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("DROP FUNCTION smsdesk_fold_0007(text)")


def test_the_fast_fold_gives_the_result_of_migration_0007s_for_every_character(
    office: Office,
) -> None:
    with fold_of_0007(office.store), office.store.engine.connect() as conn:
        differ = conn.exec_driver_sql(
            "SELECT count(*) FROM generate_series(1, 196607) AS p"
            " WHERE p NOT BETWEEN 55296 AND 57343"  # no surrogates in UTF-8
            " AND smsdesk_fold(chr(p)) IS DISTINCT FROM smsdesk_fold_0007(chr(p))"
        ).scalar_one()
        assert differ == 0
        assert conn.exec_driver_sql("SELECT smsdesk_fold(NULL)").scalar() is None


def test_the_fast_fold_gives_the_result_of_migration_0007s_for_mixed_text(
    office: Office,
) -> None:
    # Texts mixing the blocks each branch of the new function takes (ASCII, Latin-1,
    # Latin Extended-A and -B, Greek, Cyrillic, beyond), in both cases, and "ß".
    rng = random.Random(7)
    pools = [
        "abcXYZ 09,.!?",
        "àÉîÕüÿßÇñ",
        "ąČęŁńŒśŸźž",
        "ǍǢȘțɃ",
        "ΆΈΣςωΫ",
        "ЁЙйёЖщЯ",
        "ѢѣҐӁ",
        "😊谢Ωẞİ",
    ]
    samples = []
    for _ in range(3_000):
        chosen = rng.sample(pools, rng.randint(1, 3))
        samples.append("".join(rng.choice(rng.choice(chosen)) for _ in range(rng.randint(1, 40))))
    with fold_of_0007(office.store), office.store.engine.connect() as conn:
        differ = conn.execute(
            text(
                "SELECT s FROM unnest(CAST(:samples AS text[])) AS s"
                " WHERE smsdesk_fold(s) IS DISTINCT FROM smsdesk_fold_0007(s)"
            ),
            {"samples": samples},
        ).all()
    assert differ == []


def test_the_fold_is_inlined_into_the_statements_that_use_it(office: Office) -> None:
    # Not STRICT (migration 0011), PostgreSQL writes the function's CASE into the statement
    # instead of calling a SQL function per row: most of its speed (0007's was a call).
    with office.store.engine.connect() as conn:
        plan = "\n".join(
            conn.execute(
                text(
                    "EXPLAIN VERBOSE SELECT smsdesk_fold(body) FROM messages"
                    " WHERE conversation_id = :big"
                ),
                {"big": office.big},
            ).scalars()
        )
    assert "CASE WHEN" in plan, plan
    assert "smsdesk_fold" not in plan, plan


FOLD_0011 = importlib.import_module("desktop.store.migrations.versions.0011_search_speed")


@pytest.mark.parametrize(
    ("typed", "cheapest"),
    [
        ("Thanks, see you Monday", 0),  # ASCII: lower-cased, no table at all
        ("Great, thank you so much 😊 谢谢", 1),  # beyond the table's blocks: the same
        ("Merci beaucoup, à Lundi ! Grüße", 2),  # Latin-1: its 57 letters
        ("Dziękuję, będę o 10", 3),  # with Latin Extended-A: 172
        ("Ευχαριστώ πολύ", 4),  # Greek alone
        ("Спасибо, до завтра", 5),  # basic Cyrillic alone
        ("Ευχαριστώ, спасибо", 6),  # Greek and Cyrillic: the whole table, as 0007
    ],
)
def test_each_text_takes_the_cheapest_branch_of_the_fold(
    office: Office, typed: str, cheapest: int
) -> None:
    # The speed itself is bench/pg_search.py's (Find in a long conversation, a word found
    # nowhere): a timed ratio here failed on a loaded machine. What makes it fast is that a
    # text only goes through the part of 0007's table its letters can need.
    tests = FOLD_0011.branches(fold_table())
    which = " ".join(f"WHEN {test} THEN {n}" for n, (test, _fold) in enumerate(tests))
    with office.store.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION pg_temp.fold_branch(text) RETURNS int LANGUAGE sql"
            f" AS $$ SELECT CASE {which} ELSE {len(tests)} END $$"
        )
        taken = conn.execute(text("SELECT pg_temp.fold_branch(:t)"), {"t": typed}).scalar()
        # And the office's every message takes one of the cheap ones.
        whole = conn.execute(
            text("SELECT count(*) FROM messages WHERE pg_temp.fold_branch(body) = :last"),
            {"last": len(tests)},
        ).scalar()
    assert (taken, whole) == (cheapest, 0)


# -- the same answers as SQLite --------------------------------------------------------------

TYPED = [
    "t",
    "th",
    "tha",
    "thanks",
    "THANKS see",
    "zeppelin",
    RARE,
    "quix",
    "appointment tomorrow",
    "order 4",
    "cafe",
    "CAFÉ meeting",
    "merci a",
    "dziekuje",
    "спасибо",
    "theo",
    "müller",
    "acme",
    "555 01",
    "+1 415 555 1",
    "10",
    "warranty boiler",
    "thanks appointment",
    "t 1",
]


# PostgreSQL's ways to find conversations (by words: _conversations_with_words; by contact:
# a list or a subquery), forced one at a time: each must give the answer SQLite gives.
STRATEGIES = {
    "as tuned": {},
    "index only": {"_PG_SEARCH_FROM_INDEX": 10**12},
    "walk": {"_PG_SEARCH_FROM_INDEX": 0},
    "short walk, then index": {"_PG_SEARCH_FROM_INDEX": 0, "_PG_SEARCH_WALK": 30},
    "contacts in a subquery": {"_PG_NAMED_LIST": 0},
}


@pytest.mark.parametrize("strategy", STRATEGIES)
@pytest.mark.parametrize("limit", [200, 7])
def test_postgresql_finds_the_conversations_sqlite_finds_in_the_same_order(
    office: Office,
    sqlite_office: Store,
    limit: int,
    strategy: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in STRATEGIES[strategy].items():
        monkeypatch.setattr(search_module, name, value)
    for typed in TYPED:
        on_sqlite = [c.peer_number for c in sqlite_office.search.conversations(typed, limit=limit)]
        on_postgresql = [
            c.peer_number for c in office.store.search.conversations(typed, limit=limit)
        ]
        assert on_postgresql == on_sqlite, typed


def test_find_in_a_conversation_finds_what_sqlite_finds(
    office: Office, sqlite_office: Store
) -> None:
    def bodies(store: Store, typed: str) -> list[str]:
        conversation = store.conversations.find(peer(0))
        assert conversation is not None
        text_of = {m.id: m.body for m in store.conversations.messages(conversation.id, limit=BIG)}
        return [text_of[mid] for mid in store.conversations.find_in(conversation.id, typed)]

    for typed in (
        "zeppelin",
        "order #1",
        "THANK",
        "à",
        "ę",
        "CAFÉ",
        "\N{CYRILLIC SMALL LETTER IE}",
        "😊",
        "late, s",
    ):
        assert bodies(office.store, typed) == bodies(sqlite_office, typed), typed


# -- the migration -------------------------------------------------------------------------


def _sql(url: str, *statements: str, **params: object) -> list[tuple[object, ...]]:
    from desktop.store.database import create_store_engine

    engine = create_store_engine(url)
    try:
        with engine.begin() as conn:
            rows: list[tuple[object, ...]] = []
            for statement in statements:
                result = conn.execute(text(statement), params)
                rows = [tuple(row) for row in result] if result.returns_rows else []
            return rows
    finally:
        engine.dispose()


def test_upgrading_to_0011_keeps_what_is_found_and_downgrading_restores_0007(
    postgres_url: str,
) -> None:
    config = alembic_config(url=postgres_url)
    before = ScriptDirectory.from_config(config).get_revision("0011").down_revision
    alembic.command.upgrade(config, str(before))
    _sql(
        postgres_url,
        "INSERT INTO conversations (id, peer_number, created_at, last_activity_at, updated_at)"
        " VALUES (1, :peer, :t, :t, :t)",
        "INSERT INTO messages (id, conversation_id, direction, body, from_number, to_number,"
        " status, created_at, updated_at) VALUES"
        " (1, 1, 'inbound', 'Dziękuję, będę o 9:30', :peer, :desk, 'received', :t, :t),"
        " (2, 1, 'inbound', 'Thanks, see you Monday', :peer, :desk, 'received', :t, :t),"
        " (3, 1, 'inbound', 'Łódź, Straße 5', :peer, :desk, 'received', :t, :t)",
        "SELECT setval('messages_id_seq', 3)",
        "SELECT setval('conversations_id_seq', 1)",
        peer=peer(1),
        desk=DESK,
        t="2025-03-01 09:00:00",
    )

    alembic.command.upgrade(config, "0011")

    statistics = "SELECT stxname FROM pg_statistic_ext WHERE stxname LIKE 'messages_fts%'"
    assert _sql(postgres_url, statistics) == [("messages_fts_words",)]
    with open_store(postgres_url) as store:
        assert [c.peer_number for c in store.search.conversations("DZIEKUJE bede")] == [peer(1)]
        assert [c.peer_number for c in store.search.conversations("lodz")] == []
        assert [c.peer_number for c in store.search.conversations("łodz strasse")] == [peer(1)]
        assert store.search.conversations("zeppelin") == []
        assert len(store.conversations.find_in(ConversationId(1), "E")) == 3

    alembic.command.downgrade(config, str(before))

    assert _sql(postgres_url, statistics) == []
    fold = "SELECT proisstrict, smsdesk_fold('Łódź, Straße') FROM pg_proc WHERE proname = :f"
    assert _sql(postgres_url, fold, f="smsdesk_fold") == [(True, "łodz, strasse")]


# -- the folded text (migration 0012) --------------------------------------------------------


def row_filters(plan: str) -> str:
    return "\n".join(line.strip() for line in plan.splitlines() if "Filter:" in line)


@pytest.mark.parametrize("typed", ["zeppelin", "café", "order"])
def test_find_reads_the_stored_folded_text_instead_of_folding_each_message(
    office: Office, typed: str
) -> None:
    # Folding each of a long conversation's messages at every keystroke was most of Find's
    # time (37 of 45 ms at 10,001 messages).
    (plan,) = plans(office.store, lambda: office.store.conversations.find_in(office.big, typed))
    filters = row_filters(plan)

    assert "messages_fts_folded" in filters, plan
    assert "translate(" not in filters, plan
    assert "lower(body)" not in filters, plan


def test_a_walk_looks_for_each_word_in_the_stored_folded_text_before_parsing_it(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "_PG_SEARCH_FROM_INDEX", 0)
    with statements(office.store) as seen:
        found = office.store.search.conversations("thanks see", limit=200)
    (walk,) = [(sql, params) for sql, params in seen if "LATERAL" in sql]
    with office.store.engine.connect() as conn:
        plan = "\n".join(conn.exec_driver_sql("EXPLAIN " + walk[0], dict(walk[1])).scalars())
    filters = row_filters(plan)

    assert found
    assert "Seq Scan on messages" not in plan, plan
    assert "translate(" not in filters, plan
    first_word = filters.find("strpos(messages_fts_folded")
    parsed = filters.find("to_tsvector('simple'::regconfig, messages_fts_folded)")
    assert 0 <= first_word < parsed, plan


def test_upgrading_to_0012_keeps_each_message_folded_and_downgrading_drops_it(
    postgres_url: str,
) -> None:
    config = alembic_config(url=postgres_url)
    alembic.command.upgrade(config, "0011")
    _sql(
        postgres_url,
        "INSERT INTO conversations (id, peer_number, created_at, last_activity_at, updated_at)"
        " VALUES (1, :peer, :t, :t, :t)",
        "INSERT INTO messages (id, conversation_id, direction, body, from_number, to_number,"
        " status, created_at, updated_at) VALUES"
        " (1, 1, 'inbound', 'Dziękuję, będę o 9:30', :peer, :desk, 'received', :t, :t),"
        " (2, 1, 'inbound', 'Thanks, see you Monday', :peer, :desk, 'received', :t, :t)",
        "SELECT setval('messages_id_seq', 2)",
        "SELECT setval('conversations_id_seq', 1)",
        peer=peer(1),
        desk=DESK,
        t="2025-03-01 09:00:00",
    )
    column = (
        "SELECT count(*) FROM information_schema.columns"
        " WHERE table_name = 'messages' AND column_name = 'messages_fts_folded'"
    )

    alembic.command.upgrade(config, "0012")

    folded = "SELECT messages_fts_folded FROM messages ORDER BY id"
    assert _sql(postgres_url, folded) == [("dziekuje, bede o 9:30",), ("thanks, see you monday",)]
    _sql(postgres_url, "UPDATE messages SET body = 'Straße Café' WHERE id = 2")
    assert _sql(postgres_url, folded)[1] == ("strasse cafe",)
    with open_store(postgres_url) as store:
        assert store.conversations.find_in(ConversationId(1), "CAFE") == [2]
        assert store.conversations.find_in(ConversationId(1), "bedę") == [1]

    alembic.command.downgrade(config, "0011")

    assert _sql(postgres_url, column) == [(0,)]


@pytest.mark.parametrize(("typed", "named"), [("zeppelin", False), ("olivia", True)])
def test_contacts_are_found_before_their_numbers_are_read(
    office: Office, typed: str, named: bool
) -> None:
    # Joined in one statement, the planner walked every contact's numbers as well: twice the
    # time of finding the contacts (7 of a search's 14 ms for a word no contact has).
    with statements(office.store) as seen:
        found = office.store.search.conversations(typed, limit=200)
    first = seen[0][0]

    assert first.startswith("SELECT contacts.id \nFROM contacts \nWHERE"), first
    numbers_read = [sql for sql, _ in seen if sql.startswith("SELECT contact_numbers.number")]
    assert len(numbers_read) == (1 if named else 0), numbers_read
    assert bool(found) == named


@pytest.mark.parametrize(("typed", "found"), [("zeppelin", False), (RARE, True)])
def test_a_word_found_nowhere_reads_no_conversation_rows(
    office: Office, typed: str, found: bool
) -> None:
    # The conversations with the words are read on their own first: for a word found
    # nowhere there is then nothing to read, and the statement of the conversations' rows
    # (2 ms of planning at a million messages) is not sent at all.
    with statements(office.store) as seen:
        result = office.store.search.conversations(typed, limit=200)
    rows_read = [sql for sql, _ in seen if "last_message_preview" in sql]

    assert bool(result) == found
    assert len(rows_read) == (1 if found else 0), rows_read

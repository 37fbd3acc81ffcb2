"""Search as you type on SQLite: one- and two-letter prefixes, number fragments and accents
give the same answers whichever way the store finds them, and a search stops when it is
cancelled (the text it answers was typed over)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text

import desktop.store.search as search_module
from desktop.core.models import ContactDraft
from desktop.store import InboundRecord, Store
from desktop.store.search_cancel import SearchCancel, SearchCancelled

pytestmark = pytest.mark.sqlite_only

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
DESK = "+15550000000"


def receive(store: Store, peer: str, body: str, minute: float) -> None:
    sid = f"SM{peer}{minute}"
    store.ingest.inbound([InboundRecord(sid, peer, DESK, body, T0 + timedelta(minutes=minute))])


def found(store: Store, typed: str, limit: int = 50) -> list[str]:
    return [c.peer_number for c in store.search.conversations(typed, limit=limit)]


def numbers(count: int) -> list[str]:
    return [f"+1202555{i:04d}" for i in range(count)]


@pytest.fixture
def office(store: Store, db_path: Path) -> tuple[Store, list[str]]:
    """Twelve conversations: old messages with accents and short words, newer ones without,
    a history line that must never be found, a contact, then activity in a mixed order."""
    peers = numbers(12)
    receive(store, peers[7], "call me", -1)  # the oldest: read with the older messages
    for i, peer in enumerate(peers):
        # Old: every third has "Café à la carte", the others plain words without an "a".
        receive(store, peer, "Café à la carte" if i % 3 == 0 else "hello there", i)
    for i, peer in enumerate(peers[:6]):
        receive(store, peer, "ok", 20 + i)  # newer, matching none of the typed prefixes
    receive(store, peers[5], "Ägypten trip", 30)  # "ag" and "a" (accent folded)
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:  # a history line about a transfer: not an SMS
        conn.execute(text("UPDATE messages SET kind = 'transferred' WHERE body = 'call me'"))
    engine.dispose()
    store.contacts.save(ContactDraft("Zoë Adams", (peers[10],)))
    for rank, i in enumerate([4, 9, 0, 11, 2, 7, 5, 1, 10, 3, 8, 6]):
        receive(store, peers[i], "ok", 100 - rank)
    return store, peers


ACTIVITY = [4, 9, 0, 11, 2, 7, 5, 1, 10, 3, 8, 6]


def expected(peers: list[str], matching: set[int]) -> list[str]:
    return [peers[i] for i in ACTIVITY if i in matching]


# Each typed text with the conversations it must find: "a" is the start of "à", "Ägypten"
# (accents folded), "Adams" (a contact) and also in "Café"'s other words; "ca" starts "Café"
# and "carte"; "ag" only "Ägypten"; "zoe" the contact "Zoë"; "555000" the digits of the
# first ten numbers; "call" nothing (only a history line holds it).
CASES = [
    ("a", {0, 3, 6, 9, 5, 10}),
    ("ca", {0, 3, 6, 9}),
    ("cafe a", {0, 3, 6, 9}),
    ("ag", {5}),
    ("zoe", {10}),
    ("555000", set(range(10))),
    ("555 000", set(range(10))),
    ("call", set()),
    ("c", {0, 3, 6, 9}),  # "Café", "carte", not the history line's "call"
    ("h", {1, 2, 4, 5, 7, 8, 10, 11}),  # "hello"
]


@pytest.mark.parametrize("way", ["scratch", "index"])
@pytest.mark.parametrize("probe", [1, 2, 1000])
@pytest.mark.parametrize(("typed", "matching"), CASES, ids=[typed for typed, _ in CASES])
def test_prefixes_fragments_and_accents_find_the_same_either_way(
    office: tuple[Store, list[str]],
    monkeypatch: pytest.MonkeyPatch,
    way: str,
    probe: int,
    typed: str,
    matching: set[int],
) -> None:
    # A small first read of the index sends the search down the walk, where the older
    # messages of the conversations it is unsure about are matched in a scratch index or
    # read from the message index.
    store, peers = office
    monkeypatch.setattr(search_module, "_SEARCH_PROBE", probe)
    monkeypatch.setattr(search_module, "_SEARCH_LIST", 0 if probe == 1 else 1000)
    if way == "scratch":
        monkeypatch.setattr(search_module, "_SCRATCH_COST", 0)
    else:
        monkeypatch.setattr(search_module, "_SCRATCH_MESSAGES", -1)

    assert found(store, typed) == expected(peers, matching)
    assert found(store, typed, limit=2) == expected(peers, matching)[:2]


def test_the_scratch_index_splits_words_as_the_message_index_does(
    office: tuple[Store, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, peers = office
    monkeypatch.setattr(search_module, "_SEARCH_PROBE", 1)
    monkeypatch.setattr(search_module, "_SCRATCH_COST", 0)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    assert found(store, "cafe") == expected(peers, {0, 3, 6, 9})
    (made,) = [s for s in statements if s.startswith("CREATE VIRTUAL TABLE IF NOT EXISTS temp")]
    assert "tokenize='unicode61 remove_diacritics 2'" in made


def test_a_search_cancelled_before_it_starts_reads_nothing(store: Store) -> None:
    receive(store, numbers(1)[0], "hello", 1)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    cancel = SearchCancel()
    cancel.cancel()

    with pytest.raises(SearchCancelled):
        store.search.conversations("hello", cancel=cancel)
    assert statements == []


def test_cancelling_interrupts_the_statement_running(
    office: tuple[Store, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = office
    monkeypatch.setattr(search_module, "_SEARCH_PROBE", 1)
    cancel = SearchCancel()
    after: list[str] = []

    def cancelled_mid_statement(_conn, _cursor, statement, *_rest) -> None:
        if cancel.cancelled:
            after.append(statement)
        elif "FROM conversations ORDER BY" in statement:
            cancel.cancel()  # the walk has stepped once: its next row is interrupted

    event.listen(store.engine, "after_cursor_execute", cancelled_mid_statement)

    with pytest.raises(SearchCancelled) as stopped:
        store.search.conversations("a", cancel=cancel)
    assert "interrupted" in str(stopped.value.__context__)
    assert after == []  # nothing ran after it
    # The connection is fine for whoever uses it next.
    assert found(store, "a")

"""Case and accents are ignored alike on SQLite and PostgreSQL: in the chat-list search
(contact names and message words), in Find in a conversation and in the contacts list.

SQLite folds through a Python function registered on each connection; PostgreSQL through the
SQL function ``smsdesk_fold`` of migration 0007, on which its message search index is built.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.models import ContactDraft
from desktop.store import InboundRecord, Store
from desktop.store.sql import fold_for_search

DESK = "+15550000000"
ALICE, BOB, CAROL = "+14155550134", "+442079460123", "+61291234567"
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def receive(store: Store, peer: str, body: str, minutes: int) -> None:
    at = T0 + timedelta(minutes=minutes)
    store.ingest.inbound([InboundRecord(f"SM{peer}{minutes}", peer, DESK, body, at)])


def found(store: Store, typed: str) -> list[str]:
    return [c.peer_number for c in store.search.conversations(typed)]


def test_message_words_are_found_with_or_without_their_accents(store: Store) -> None:
    receive(store, ALICE, "Crème brûlée at Zoë's", 1)
    receive(store, BOB, "creme brulee at zoe's", 2)
    receive(store, CAROL, "Meeting at the CAFÉ in Łódź", 3)

    assert found(store, "creme brulee") == [BOB, ALICE]
    assert found(store, "CRÈME BRÛLÉE") == [BOB, ALICE]
    assert found(store, "zoe") == [BOB, ALICE]
    assert found(store, "cafe") == [CAROL]
    assert found(store, "café meet") == [CAROL]
    assert found(store, "lodz") == []  # Ł is a letter of its own, not an L with a mark
    assert found(store, "łodz") == [CAROL]


def test_contacts_are_found_by_name_and_company_without_accents(store: Store) -> None:
    store.contacts.save(ContactDraft("Zoë Müller", (ALICE,), company="Café Brûlé"))
    store.contacts.save(ContactDraft("Ben Jones", (BOB,)))
    receive(store, ALICE, "hello", 1)
    receive(store, BOB, "hi", 2)

    assert found(store, "muller") == [ALICE]
    assert found(store, "ZOË") == [ALICE]
    assert found(store, "cafe brule") == [ALICE]
    assert [c.name for c in store.contacts.list("MULLER")] == ["Zoë Müller"]
    assert [c.name for c in store.contacts.list("brulé")] == ["Zoë Müller"]


def test_contacts_are_listed_in_name_order_ignoring_accents(store: Store) -> None:
    for name, number in [("Zoë", ALICE), ("Émile", BOB), ("eve", CAROL)]:
        store.contacts.save(ContactDraft(name, (number,)))
    assert [c.name for c in store.contacts.list()] == ["Émile", "eve", "Zoë"]


@pytest.mark.postgres
def test_postgresql_folds_latin_text_as_the_sqlite_fold_does(store: Store) -> None:
    if store.dialect != "postgresql":
        pytest.skip("the SQL function is PostgreSQL's")
    samples = [
        "Crème Brûlée",
        "ZOË MÜLLER",
        "Ångström Ñandú",
        "Dvořák, Škoda, Čapek",
        "Şişli İstanbul",
        "Ţară română",
        "Straße, Łódź, Øresund",
        "Αθήνα, Ωμέγα",
        "Москва, Ёлка, Йошкар-Ола",
        "plain ascii 123 ?!",
    ]
    with store.engine.connect() as conn:
        folded = [
            conn.exec_driver_sql("SELECT smsdesk_fold(%s)", (sample,)).scalar()
            for sample in samples
        ]
    assert folded == [fold_for_search(sample) for sample in samples]


@pytest.mark.postgres
def test_postgresql_searches_message_words_through_the_folded_index(store: Store) -> None:
    if store.dialect != "postgresql":
        pytest.skip("the GIN index is PostgreSQL's")
    receive(store, ALICE, "Crème brûlée", 1)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        plan = "\n".join(
            row[0]
            for row in conn.exec_driver_sql(
                "EXPLAIN SELECT id FROM messages WHERE messages.kind = 'sms' AND"
                " to_tsvector('simple', smsdesk_fold(messages.body))"
                " @@ to_tsquery('simple', smsdesk_fold('CREME:*'))"
            )
        )
    assert "messages_fts_body" in plan

"""Unread counts read ``ix_messages_inbound_sms`` (migration 0015), on each backend.

Every conversation row the store reads carries its unread count. Counted through the index
of (conversation, id), each message after the read mark was looked up in the table for its
direction and kind; the partial index of inbound SMS answers from the index alone. A planner
uses it only when the count's condition says what the index's says, as SQL literals.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from desktop.accounts.staff import Accounts
from desktop.core.models import Direction, MessageKind
from desktop.store import InboundRecord, Store
from desktop.store.tables import INBOUND_SMS
from tests.integration.store_statements import statements

DESK = "+15550000000"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PASSWORD = "correct horse 42"
PEERS = [f"+1415555{n:04d}" for n in range(100, 130)]


def plan_of(store: Store, statement: str, parameters: Any) -> str:
    """What the backend plans for the statement, as the store ran it."""
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        if store.engine.dialect.name == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            return "\n".join(str(row[-1]) for row in cursor.fetchall())
        # A test office is small: without this, PostgreSQL reads its few pages whole.
        cursor.execute("SET enable_seqscan = off")
        # Planned once for any parameters, as PostgreSQL may plan a statement psycopg
        # prepares (one run often): only a condition of literals can then take a partial
        # index. (SQLite plans again when a bound value could choose one.)
        names: list[str] = []

        def numbered(found: re.Match[str]) -> str:
            if found[1] not in names:
                names.append(found[1])
            return f"${names.index(found[1]) + 1}"

        cursor.execute("PREPARE planned AS " + re.sub(r"%\((\w+)\)s", numbered, statement))
        cursor.execute("SET plan_cache_mode = force_generic_plan")
        values = ", ".join("NULL" for _ in names)  # (a generic plan: the values play no part)
        cursor.execute(f"EXPLAIN EXECUTE planned({values})")
        return "\n".join(row[0] for row in cursor.fetchall())
    finally:
        raw.rollback()
        raw.close()


def fill(store: Store) -> None:
    """Thirty conversations of twenty inbound SMS each, none read."""
    store.ingest.inbound(
        [
            InboundRecord(f"SM{p:02d}{n:02d}", peer, DESK, f"Hi {n}", T0 + timedelta(minutes=n))
            for p, peer in enumerate(PEERS)
            for n in range(20)
        ]
    )


def test_the_condition_is_the_stores_own_direction_and_kind() -> None:
    literals = re.findall(r"'(\w+)'", str(INBOUND_SMS))
    assert literals == [Direction.INBOUND.value, MessageKind.SMS.value]


@pytest.mark.parametrize("as_colleague", [False, True], ids=["everyone", "colleague"])
def test_a_page_of_unread_conversations_counts_from_the_index_of_inbound_sms(
    store: Store, as_colleague: bool
) -> None:
    anna = Accounts(store).create_user("101", "Anna", PASSWORD)  # (before: all unread to her)
    fill(store)
    if as_colleague:
        store = store.for_session(anna.id)
    with statements(store) as seen:
        page = store.conversations.list(limit=50)
    assert [c.unread_count for c in page] == [20] * len(PEERS)

    (statement, parameters) = next((s, p) for s, p in seen if "count(" in s)
    plan = plan_of(store, statement, parameters)
    assert "ix_messages_inbound_sms" in plan, plan
    # The count does not read the messages' rows: no other index of messages, no filter.
    assert "ix_messages_conversation_order" not in plan, plan
    assert "Filter: (((messages.direction" not in plan, plan


def test_the_count_is_the_same_with_read_marks(store: Store) -> None:
    anna = Accounts(store).create_user("101", "Anna", PASSWORD)
    fill(store)
    first = store.conversations.find(PEERS[0])
    assert first is not None
    shown = store.conversations.messages(first.id)
    store.conversations.mark_read(first.id, user_id=anna.id, up_to=shown[14].id)

    for view in (store, store.for_session(anna.id)):  # read by anyone; by Anna
        counts = {c.peer_number: c.unread_count for c in view.conversations.list(limit=50)}
        assert counts[PEERS[0]] == 5  # the five newer than what she was shown
        assert {counts[peer] for peer in PEERS[1:]} == {20}

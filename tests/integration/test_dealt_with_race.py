"""Dealt with, Archive and Mark as read apply to what the colleague was shown: an SMS that
arrives between what the window (or a pop-up) showed and the click stays unread in Chats —
deterministically on a SQLite file and on PostgreSQL, and with real threads racing on
PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from desktop.accounts.staff import Accounts, User
from desktop.core.models import ConversationId, MessageId, MessageKind
from desktop.store import InboundRecord, Store

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DESK = "+15550000000"
PEER = "+14155550134"
PASSWORD = "correct horse 42"


def inbound(sid: str, peer: str = PEER, minutes: float = 0, body: str = "hi") -> InboundRecord:
    return InboundRecord(sid, peer, DESK, body, T0 + timedelta(minutes=minutes))


@pytest.fixture
def anna(store: Store) -> User:
    return Accounts(store, throttle_base=0).create_user("101", "Anna Smith", PASSWORD)


def shown(store: Store, cid: ConversationId) -> MessageId:
    """The newest message the conversation view shows now (its last row)."""
    return store.conversations.messages(cid)[-1].id


def opened_with_sms(store: Store, peer: str = PEER, sid: str = "SM1") -> ConversationId:
    return store.ingest.inbound([inbound(sid, peer)]).conversations[0].id


def test_dealt_with_keeps_an_sms_that_arrived_after_what_was_shown_unread_in_chats(
    store: Store, anna: User
) -> None:
    store = store.for_session(anna.id)
    cid = opened_with_sms(store)
    seen = shown(store, cid)
    # The SMS is stored after the window showed the conversation, before the click.
    store.ingest.inbound([inbound("SM2", minutes=1, body="one more thing")])

    result = store.ownership.mark_dealt_with(cid, by=anna.id, seen_up_to=seen)

    assert not result.archived
    assert result.unread_count == 1
    assert result.dealt_with_at is None
    assert result.owner_id is None
    after = store.conversations.get(cid)
    assert after is not None
    assert (after.archived, after.unread_count, after.dealt_with_at) == (False, 1, None)
    assert cid in [c.id for c in store.conversations.list()]
    assert store.conversations.list(archived=True) == []
    # What was done is still recorded; the unread SMS is the one that came in.
    assert [(m.kind, m.body) for m in store.conversations.messages(cid)][-2:] == [
        (MessageKind.SMS, "one more thing"),
        (MessageKind.DEALT_WITH, "Marked dealt with by Anna Smith (101)"),
    ]
    # Clicking Dealt with again, now that it is shown, archives it and reads it.
    again = store.ownership.mark_dealt_with(cid, by=anna.id, seen_up_to=shown(store, cid))
    assert (again.archived, again.unread_count) == (True, 0)


def test_dealt_with_of_everything_shown_archives_it_read(store: Store, anna: User) -> None:
    store = store.for_session(anna.id)
    cid = opened_with_sms(store)
    store.ingest.inbound([inbound("SM2", minutes=1)])

    result = store.ownership.mark_dealt_with(cid, by=anna.id, seen_up_to=shown(store, cid))

    assert (result.archived, result.unread_count) == (True, 0)
    assert result.dealt_with_at is not None
    assert store.conversations.list() == []


def test_dealt_with_counts_an_sms_read_on_another_desk_as_seen(
    desks: Callable[[], Store], store: Store, anna: User
) -> None:
    store = store.for_session(anna.id)
    cid = opened_with_sms(store)
    seen = shown(store, cid)
    store.ingest.inbound([inbound("SM2", minutes=1)])
    other_desk = desks()
    other_desk.conversations.mark_read(cid, user_id=anna.id)  # Anna read SM2 on her other desk

    result = store.ownership.mark_dealt_with(cid, by=anna.id, seen_up_to=seen)

    assert (result.archived, result.unread_count) == (True, 0)


def test_archive_keeps_a_conversation_with_an_sms_newer_than_what_was_shown_in_chats(
    store: Store, anna: User
) -> None:
    store = store.for_session(anna.id)
    cid = opened_with_sms(store)
    seen = shown(store, cid)
    store.ingest.inbound([inbound("SM2", minutes=1)])

    assert store.ownership.set_archived(cid, True, by=anna.id, seen_up_to=seen) is False

    after = store.conversations.get(cid)
    assert after is not None
    assert (after.archived, after.unread_count) == (False, 2)
    assert [m.kind for m in store.conversations.messages(cid)] == [MessageKind.SMS, MessageKind.SMS]
    # Shown everything: it goes.
    assert store.ownership.set_archived(cid, True, by=anna.id, seen_up_to=shown(store, cid)) is True
    assert store.conversations.get(cid).archived  # type: ignore[union-attr]
    # A second click finds it archived already.
    assert store.ownership.set_archived(cid, True, by=anna.id, seen_up_to=shown(store, cid)) is True


def test_mark_as_read_from_a_popup_reads_only_the_messages_it_showed(
    store: Store, anna: User
) -> None:
    store = store.for_session(anna.id)
    cid = opened_with_sms(store)
    popup_showed = shown(store, cid)
    store.ingest.inbound([inbound("SM2", minutes=1, body="arrived as the button was pressed")])

    store.conversations.mark_read(cid, up_to=popup_showed)

    assert store.conversations.get(cid).unread_count == 1  # type: ignore[union-attr]
    store.conversations.mark_read(cid)  # the conversation opened in the window: all of it is shown
    assert store.conversations.get(cid).unread_count == 0  # type: ignore[union-attr]


def race(*steps: Callable[[], object]) -> None:
    """Run the steps in threads of their own, released together; raise what any raised."""
    start = threading.Barrier(len(steps))
    errors: list[BaseException] = []

    def run(step: Callable[[], object]) -> None:
        try:
            start.wait(5)
            step()
        except BaseException as err:  # reported below, not lost in the thread
            errors.append(err)

    threads = [threading.Thread(target=run, args=(step,)) for step in steps]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors, errors


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_dealt_with_racing_a_new_sms_never_archives_it_read_on_postgresql(
    desks: Callable[[], Store], store: Store, anna: User
) -> None:
    """Two desks' threads: one stores a new SMS while the other marks the conversation dealt
    with, from the same start line, 30 times. Whichever commits first, the new SMS is
    unread and its conversation in Chats."""
    store = store.for_session(anna.id)
    ingesting, handling = desks(), desks()
    outcomes: list[tuple[bool, int]] = []
    for n in range(30):
        peer = f"+1415555{n:04d}"
        cid = opened_with_sms(store, peer, sid=f"SM{n}a")
        seen = shown(store, cid)
        race(
            lambda peer=peer, n=n: ingesting.ingest.inbound([inbound(f"SM{n}b", peer, 1)]),
            lambda cid=cid, seen=seen: handling.ownership.mark_dealt_with(
                cid, by=anna.id, seen_up_to=seen
            ),
        )
        after = store.conversations.get(cid)
        assert after is not None
        outcomes.append((after.archived, after.unread_count))
    assert outcomes == [(False, 1)] * 30

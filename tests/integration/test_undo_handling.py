"""Undo of Dealt with and Archive in the store, on SQLite and PostgreSQL: the conversation
comes back as it was (owner, flags, its place in Chats) in one conditional UPDATE, or the
undo is refused with the reason when the conversation changed since."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.accounts.staff import Accounts, User
from desktop.core.models import ConversationId, MessageKind
from desktop.store import InboundRecord, NotAllowed, OwnershipChanged, Store

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DESK = "+15550000000"
PEER = "+14155550134"
OTHER = "+14155550199"
PASSWORD = "correct horse 42"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def accounts(store: Store) -> Accounts:
    return Accounts(store, throttle_base=0)


@pytest.fixture
def anna(accounts: Accounts) -> User:
    return accounts.create_user("101", "Anna Smith", PASSWORD)


@pytest.fixture
def ben(accounts: Accounts) -> User:
    return accounts.create_user("102", "Ben Jones", PASSWORD)


def conversation(store: Store, peer: str, sid: str, minutes: float) -> ConversationId:
    change = store.ingest.inbound([InboundRecord(sid, peer, DESK, "hi", at(minutes))])
    return change.conversations[0].id


def newest(store: Store, cid: ConversationId):
    return store.conversations.messages(cid)[-1].id


def test_undo_dealt_with_puts_back_owner_flags_and_place(store: Store, anna: User) -> None:
    older = conversation(store, OTHER, "SM0", 0)
    cid = conversation(store, PEER, "SM1", 1)
    store.outbound.queue(cid, "On it", desk_number=DESK, user_id=anna.id, now=at(2))
    before = store.conversations.get(cid)
    assert before is not None
    assert before.owner_id == anna.id
    seen = newest(store, cid)
    store.ownership.mark_dealt_with(cid, by=anna.id, seen_up_to=seen, now=at(3))

    undone = store.ownership.undo_handling(
        cid, by=anna.id, dealt_with=True, owner_id=anna.id, archived=False, seen_up_to=seen
    )

    assert not undone.archived
    assert undone.dealt_with_at is None
    assert undone.owner_id == anna.id
    assert undone.last_activity_at == before.last_activity_at
    assert [c.id for c in store.conversations.list()] == [cid, older]
    lines = [m.body for m in store.conversations.messages(cid) if m.kind is not MessageKind.SMS]
    assert lines[-1] == "Anna Smith (101) undid Dealt with"


def test_undo_archive_brings_it_back_to_chats(store: Store, anna: User) -> None:
    cid = conversation(store, PEER, "SM1", 1)
    seen = newest(store, cid)
    assert store.ownership.set_archived(cid, True, by=anna.id, seen_up_to=seen)

    undone = store.ownership.undo_handling(
        cid, by=anna.id, dealt_with=False, owner_id=None, archived=False, seen_up_to=seen
    )

    assert not undone.archived
    assert [c.id for c in store.conversations.list()] == [cid]


def test_undo_is_refused_once_a_colleague_took_it(store: Store, anna: User, ben: User) -> None:
    cid = conversation(store, PEER, "SM1", 1)
    seen = newest(store, cid)
    store.ownership.mark_dealt_with(cid, by=anna.id, seen_up_to=seen)
    store.ownership.claim(cid, ben.id)

    with pytest.raises(OwnershipChanged) as refused:
        store.ownership.undo_handling(
            cid, by=anna.id, dealt_with=True, owner_id=None, archived=False, seen_up_to=seen
        )

    assert str(refused.value) == (
        "It can no longer be undone: Ben Jones (102) is answering the conversation now."
    )
    assert store.conversations.get(cid).owner_id == ben.id  # type: ignore[union-attr]


def test_undo_is_refused_after_a_new_message(store: Store, anna: User) -> None:
    cid = conversation(store, PEER, "SM1", 1)
    seen = newest(store, cid)
    store.ownership.set_archived(cid, True, by=anna.id, seen_up_to=seen)
    store.ingest.inbound([InboundRecord("SM2", PEER, DESK, "one more", at(5))])

    with pytest.raises(OwnershipChanged, match="a new message arrived"):
        store.ownership.undo_handling(
            cid, by=anna.id, dealt_with=False, owner_id=None, archived=False, seen_up_to=seen
        )


def test_undo_does_not_give_it_back_to_a_disabled_colleague(
    store: Store, accounts: Accounts, anna: User
) -> None:
    admin = accounts.create_user("100", "Dana Admin", PASSWORD, is_admin=True)
    cid = conversation(store, PEER, "SM1", 1)
    store.outbound.queue(cid, "On it", desk_number=DESK, user_id=anna.id, now=at(2))
    seen = newest(store, cid)
    store.ownership.mark_dealt_with(cid, by=admin.id, seen_up_to=seen)
    accounts.set_disabled("101")

    with pytest.raises(NotAllowed, match="is disabled"):
        store.ownership.undo_handling(
            cid, by=admin.id, dealt_with=True, owner_id=anna.id, archived=False, seen_up_to=seen
        )
    assert store.conversations.get(cid).archived  # type: ignore[union-attr]


def test_only_an_administrator_gives_it_back_to_a_colleague(
    store: Store, anna: User, ben: User
) -> None:
    # Ben may not put Anna back as the owner (he could not have dealt with it from her).
    cid = conversation(store, PEER, "SM1", 1)
    seen = newest(store, cid)
    store.ownership.mark_dealt_with(cid, by=ben.id, seen_up_to=seen)

    with pytest.raises(OwnershipChanged):
        store.ownership.undo_handling(
            cid, by=ben.id, dealt_with=True, owner_id=anna.id, archived=False, seen_up_to=seen
        )
    undone = store.ownership.undo_handling(
        cid, by=ben.id, dealt_with=True, owner_id=None, archived=False, seen_up_to=seen
    )
    assert not undone.archived


def unread_for(store: Store, user: User, cid: ConversationId) -> int:
    shown = store.for_session(user.id, DESK).conversations.get(cid)
    assert shown is not None
    return shown.unread_count


def test_undo_dealt_with_makes_unread_again_what_it_marked_read(store: Store, anna: User) -> None:
    """Dealt with from a chat row's menu reads nothing on screen: Undo gives back the
    unread count it took, exactly."""
    cid = conversation(store, PEER, "SM1", 1)
    store.ingest.inbound([InboundRecord("SM2", PEER, DESK, "two", at(2))])
    store.ingest.inbound([InboundRecord("SM3", PEER, DESK, "three", at(3))])
    store.conversations.mark_read(
        cid, user_id=anna.id, up_to=store.conversations.messages(cid)[0].id
    )
    assert unread_for(store, anna, cid) == 2
    seen = newest(store, cid)
    store.ownership.mark_dealt_with(cid, by=anna.id, seen_up_to=seen, now=at(4))
    assert unread_for(store, anna, cid) == 0

    store.ownership.undo_handling(
        cid,
        by=anna.id,
        dealt_with=True,
        owner_id=None,
        archived=False,
        seen_up_to=seen,
        unread=2,
    )

    assert unread_for(store, anna, cid) == 2


def test_undo_dealt_with_of_a_conversation_marked_unread_marks_it_unread(
    store: Store, anna: User
) -> None:
    cid = conversation(store, PEER, "SM1", 1)
    store.conversations.mark_read(cid, user_id=anna.id)
    store.conversations.mark_unread(cid, user_id=anna.id)
    assert unread_for(store, anna, cid) == 1
    seen = newest(store, cid)
    store.ownership.mark_dealt_with(cid, by=anna.id, seen_up_to=seen, now=at(4))

    store.ownership.undo_handling(
        cid, by=anna.id, dealt_with=True, owner_id=None, archived=False, seen_up_to=seen, unread=1
    )

    assert unread_for(store, anna, cid) == 1

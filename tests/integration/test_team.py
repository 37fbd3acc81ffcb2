"""The team inbox in the store, on a real SQLite file and a real PostgreSQL server: ownership
by first reply, take-over, transfer, dealt with, archive, per-colleague read state, history
lines, and what other desks need (reload_change, changed_since)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from copy import deepcopy
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from desktop.accounts.staff import Accounts, User
from desktop.core.models import (
    ContactDraft,
    ConversationId,
    Direction,
    MessageKind,
    MessageStatus,
    StoreChange,
    UserId,
)
from desktop.store import (
    TRANSFER_NOTE_LENGTH,
    InboundRecord,
    NotAllowed,
    OwnedByOther,
    OwnershipChanged,
    StatusUpdate,
    Store,
    StoreError,
)
from desktop.store.errors import NOBODY_OWNS_IT

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DESK = "+15550000000"
PEER = "+14155550134"
OTHER = "+14155550199"
PASSWORD = "correct horse 42"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def inbound(sid: str, peer: str = PEER, minutes: float = 0, body: str = "hi") -> InboundRecord:
    return InboundRecord(sid, peer, DESK, body, at(minutes))


@pytest.fixture
def accounts(store: Store) -> Accounts:
    return Accounts(store, throttle_base=0)


@pytest.fixture
def anna(accounts: Accounts) -> User:
    return accounts.create_user("101", "Anna Smith", PASSWORD)


@pytest.fixture
def ben(accounts: Accounts) -> User:
    return accounts.create_user("102", "Ben Jones", PASSWORD)


@pytest.fixture
def carol(accounts: Accounts) -> User:
    return accounts.create_user("103", "Carol White", PASSWORD)


@pytest.fixture
def admin(accounts: Accounts) -> User:
    return accounts.create_user("100", "Dana Admin", PASSWORD, is_admin=True)


@pytest.fixture
def events(store: Store) -> list[StoreChange]:
    received: list[StoreChange] = []
    store.subscribe(received.append)
    return received


def conversation_with_sms(store: Store, peer: str = PEER, sid: str = "SM1") -> ConversationId:
    change = store.ingest.inbound([inbound(sid, peer)])
    return change.conversations[0].id


def send(store: Store, cid: ConversationId, user: User | None, body: str = "On it") -> None:
    store.outbound.queue(cid, body, desk_number=DESK, user_id=user.id if user else None, now=at(1))


def history(store: Store, cid: ConversationId) -> list[tuple[MessageKind, str]]:
    return [
        (m.kind, m.body) for m in store.conversations.messages(cid) if m.kind is not MessageKind.SMS
    ]


def count(store: Store, sql: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


# -- the first reply owns the conversation ---------------------------------------------------


def test_the_first_reply_claims_the_conversation(store: Store, anna: User) -> None:
    cid = conversation_with_sms(store)
    assert store.conversations.get(cid).owner_id is None  # type: ignore[union-attr]

    message = store.outbound.queue(cid, "On it", desk_number=DESK, user_id=anna.id, now=at(1))

    owned = store.conversations.get(cid)
    assert owned is not None
    assert (owned.owner_id, owned.owner_label) == (anna.id, "Anna Smith (101)")
    assert message.user_id == anna.id
    assert store.conversations.get_message(message.id) == message
    # The owner answers again as often as she likes.
    send(store, cid, anna, "And again")
    assert store.conversations.get(cid).owner_id == anna.id  # type: ignore[union-attr]


def test_a_colleagues_reply_to_an_owned_conversation_is_refused_and_stores_nothing(
    store: Store, anna: User, ben: User, events: list[StoreChange]
) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)
    messages_before = store.conversations.messages(cid)
    events.clear()

    with pytest.raises(OwnedByOther) as raised:
        store.outbound.queue(cid, "Me too", desk_number=DESK, user_id=ben.id)

    assert str(raised.value) == "Anna Smith (101) is answering this conversation."
    assert (raised.value.owner_id, raised.value.owner_label) == (anna.id, "Anna Smith (101)")
    assert isinstance(raised.value, StoreError)
    assert store.conversations.messages(cid) == messages_before
    assert count(store, "SELECT count(*) FROM outbox") == 1  # Anna's only
    assert events == []


def test_a_send_without_a_colleague_follows_no_ownership_rule(store: Store, anna: User) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)

    send(store, cid, None, "from the single-desk path")

    assert store.conversations.get(cid).owner_id == anna.id  # type: ignore[union-attr]


def test_claim_takes_an_unowned_conversation_and_refuses_an_owned_one(
    store: Store, anna: User, ben: User, events: list[StoreChange]
) -> None:
    cid = conversation_with_sms(store)
    events.clear()

    claimed = store.ownership.claim(cid, anna.id)
    again = store.ownership.claim(cid, anna.id)

    assert claimed.owner_id == anna.id
    assert again == claimed
    assert [c.owner_id for e in events for c in e.conversations] == [anna.id]
    with pytest.raises(OwnedByOther, match=r"^Anna Smith \(101\) is answering"):
        store.ownership.claim(cid, ben.id)


def test_owned_by_other_survives_copying_with_its_owner(anna: User) -> None:
    # Copying (and pickling) rebuilds an exception from its arguments.
    error = OwnedByOther(anna.id, "Anna Smith (101)")

    copy = deepcopy(error)

    assert (copy.owner_id, copy.owner_label, str(copy)) == (anna.id, "Anna Smith (101)", str(error))


def test_a_disabled_colleague_cannot_claim(store: Store, accounts: Accounts, anna: User) -> None:
    cid = conversation_with_sms(store)
    accounts.set_disabled("101")

    with pytest.raises(NotAllowed, match="disabled"):
        store.ownership.claim(cid, anna.id)
    with pytest.raises(NotAllowed, match="disabled"):
        send(store, cid, anna)

    assert store.conversations.get(cid).owner_id is None  # type: ignore[union-attr]


# -- take over --------------------------------------------------------------------------------


def test_take_over_from_the_expected_owner_records_a_history_line(
    store: Store, anna: User, ben: User, events: list[StoreChange]
) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, ben)
    events.clear()

    taken = store.ownership.take_over(cid, anna.id, expected_owner=ben.id)

    assert (taken.owner_id, taken.owner_label) == (anna.id, "Anna Smith (101)")
    assert history(store, cid) == [
        (MessageKind.TAKE_OVER, "Anna Smith (101) took over from Ben Jones (102)")
    ]
    (line,) = [m for e in events for m in e.messages]
    assert (line.kind, line.user_id, line.direction, line.status) == (
        MessageKind.TAKE_OVER,
        anna.id,
        Direction.OUTBOUND,
        MessageStatus.DELIVERED,
    )
    # Anna can now reply.
    send(store, cid, anna)


def test_take_over_after_someone_else_was_quicker_names_them(
    store: Store, anna: User, ben: User, carol: User
) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, ben)
    store.ownership.take_over(cid, carol.id, expected_owner=ben.id)  # Carol was quicker

    with pytest.raises(OwnershipChanged) as raised:
        store.ownership.take_over(cid, anna.id, expected_owner=ben.id)

    assert str(raised.value) == "Carol White (103) took this conversation meanwhile."
    assert store.conversations.get(cid).owner_id == carol.id  # type: ignore[union-attr]
    assert len(history(store, cid)) == 1


def test_take_over_of_a_released_conversation_says_nobody_owns_it(
    store: Store, anna: User, ben: User
) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, ben)
    store.ownership.mark_dealt_with(cid, by=ben.id)

    with pytest.raises(OwnershipChanged, match=r"^Nobody owns this conversation any more\.$"):
        store.ownership.take_over(cid, anna.id, expected_owner=ben.id)


def test_take_over_of_ones_own_conversation_changes_nothing(store: Store, anna: User) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)

    same = store.ownership.take_over(cid, anna.id, expected_owner=anna.id)

    assert same.owner_id == anna.id
    assert history(store, cid) == []


# -- transfer -----------------------------------------------------------------------------


def test_transfer_by_the_owner_hands_it_over_with_a_note_and_makes_it_unread_for_them(
    desks: Callable[[], Store], store: Store, anna: User, ben: User, events: list[StoreChange]
) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)
    events.clear()

    moved = store.ownership.transfer(cid, by=anna.id, to=ben.id, note="  please call back \n")

    assert (moved.owner_id, moved.owner_label) == (ben.id, "Ben Jones (102)")
    assert history(store, cid) == [
        (
            MessageKind.TRANSFER,
            "Transferred from Anna Smith (101) to Ben Jones (102) — please call back",
        )
    ]
    (line,) = [m for e in events for m in e.messages]
    assert (line.user_id, line.target_user_id, line.gateway_sid) == (anna.id, ben.id, None)
    # Ben's desk shows it unread; Anna's (who answered it) does not.
    bens_desk, annas_desk = desks().for_session(ben.id), desks().for_session(anna.id)
    assert bens_desk.conversations.get(cid).unread_count == 1  # type: ignore[union-attr]
    assert bens_desk.conversations.unread_count() == 1
    assert annas_desk.conversations.get(cid).unread_count == 0  # type: ignore[union-attr]
    assert annas_desk.conversations.unread_count() == 0
    # Ben opens it: read; and he can answer, Anna no longer.
    bens_desk.conversations.mark_read(cid)
    assert bens_desk.conversations.unread_count() == 0
    send(bens_desk, cid, ben)
    with pytest.raises(OwnedByOther, match="Ben Jones"):
        send(annas_desk, cid, anna)


def test_transfer_without_a_note_has_no_dash(store: Store, anna: User, ben: User) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)

    store.ownership.transfer(cid, by=anna.id, to=ben.id, note="   ")

    assert history(store, cid) == [
        (MessageKind.TRANSFER, "Transferred from Anna Smith (101) to Ben Jones (102)")
    ]


def test_an_administrator_may_transfer_a_colleagues_conversation(
    store: Store, admin: User, ben: User, carol: User
) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, ben)

    moved = store.ownership.transfer(cid, by=admin.id, to=carol.id)

    assert moved.owner_id == carol.id
    assert history(store, cid) == [
        (
            MessageKind.TRANSFER,
            "Transferred from Ben Jones (102) to Carol White (103) by Dana Admin (100)",
        )
    ]


def test_a_colleague_who_is_neither_owner_nor_admin_cannot_transfer(
    store: Store, anna: User, ben: User, carol: User, events: list[StoreChange]
) -> None:
    # Called directly, as a modified client would: the data layer refuses, not the UI.
    cid = conversation_with_sms(store)
    send(store, cid, anna)
    events.clear()

    with pytest.raises(NotAllowed) as raised:
        store.ownership.transfer(cid, by=ben.id, to=carol.id)

    assert str(raised.value) == (
        "Only the owner, Anna Smith (101), or an administrator can transfer this conversation."
    )
    assert store.conversations.get(cid).owner_id == anna.id  # type: ignore[union-attr]
    assert history(store, cid) == []
    assert events == []


def test_admin_rights_are_read_from_the_database_not_assumed(
    store: Store, accounts: Accounts, admin: User, anna: User, ben: User
) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)
    accounts.create_user("109", "Deputy", "deputy password", is_admin=True)
    accounts.set_disabled("100")  # a disabled administrator is no administrator

    with pytest.raises(NotAllowed, match="disabled"):
        store.ownership.transfer(cid, by=admin.id, to=ben.id)

    assert store.conversations.get(cid).owner_id == anna.id  # type: ignore[union-attr]


def test_transfer_to_a_disabled_colleague_or_to_the_owner_is_refused(
    store: Store, accounts: Accounts, anna: User, ben: User, admin: User
) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)
    accounts.set_disabled("102")

    with pytest.raises(NotAllowed, match=r"^That colleague's account is disabled\.$"):
        store.ownership.transfer(cid, by=anna.id, to=ben.id)
    with pytest.raises(NotAllowed, match=r"^Anna Smith \(101\) already owns it\.$"):
        store.ownership.transfer(cid, by=admin.id, to=anna.id)
    with pytest.raises(NotAllowed, match="not yourself"):
        store.ownership.transfer(cid, by=anna.id, to=anna.id)
    with pytest.raises(NotAllowed, match="no longer exists"):
        store.ownership.transfer(cid, by=anna.id, to=UserId(9999))

    assert store.conversations.get(cid).owner_id == anna.id  # type: ignore[union-attr]
    assert history(store, cid) == []


def test_an_unowned_conversation_is_transferred_by_an_administrator_not_a_colleague(
    store: Store, anna: User, ben: User, admin: User
) -> None:
    # The store itself refuses (not only the window): nobody owns it, so a colleague replies
    # first and then transfers it; an administrator may hand it straight to the right one.
    cid = conversation_with_sms(store)

    with pytest.raises(NotAllowed) as refused:
        store.ownership.transfer(cid, by=anna.id, to=ben.id)
    assert refused.value.sentence == NOBODY_OWNS_IT
    assert store.conversations.get(cid).owner_id is None  # type: ignore[union-attr]
    assert history(store, cid) == []

    moved = store.ownership.transfer(cid, by=admin.id, to=ben.id)

    assert moved.owner_id == ben.id
    assert history(store, cid) == [
        (MessageKind.TRANSFER, "Transferred from Dana Admin (100) to Ben Jones (102)")
    ]


def test_a_transfer_note_is_limited(store: Store, anna: User, ben: User) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)

    with pytest.raises(StoreError, match="at most 500 characters"):
        store.ownership.transfer(cid, by=anna.id, to=ben.id, note="x" * (TRANSFER_NOTE_LENGTH + 1))
    store.ownership.transfer(
        cid, by=anna.id, to=ben.id, note=" " + "x" * TRANSFER_NOTE_LENGTH + " "
    )

    assert history(store, cid)[0][1].endswith(" — " + "x" * TRANSFER_NOTE_LENGTH)


def test_a_transfer_brings_an_archived_conversation_back_to_chats(
    store: Store, anna: User, ben: User
) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)
    store.ownership.set_archived(cid, True, by=anna.id)

    moved = store.ownership.transfer(cid, by=anna.id, to=ben.id)

    assert not moved.archived


# -- dealt with and archive --------------------------------------------------------------------


def test_dealt_with_archives_releases_and_records_who(
    desks: Callable[[], Store], store: Store, anna: User, ben: User
) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)
    store.ingest.inbound([inbound("SM2", minutes=2, body="thanks!")])

    done = store.ownership.mark_dealt_with(cid, by=anna.id, now=at(3))

    assert done.archived
    assert done.owner_id is None
    assert done.owner_label is None
    assert done.dealt_with_at == at(3)
    assert history(store, cid) == [
        (MessageKind.DEALT_WITH, "Marked dealt with by Anna Smith (101)")
    ]
    assert store.conversations.list() == []
    assert [c.id for c in store.conversations.list(archived=True)] == [cid]
    annas_desk = desks().for_session(anna.id)
    assert annas_desk.conversations.get(cid).unread_count == 0  # type: ignore[union-attr]
    # A second click changes nothing.
    again = store.ownership.mark_dealt_with(cid, by=anna.id, now=at(4))
    assert again.dealt_with_at == at(3)
    assert len(history(store, cid)) == 1


def test_only_the_owner_or_an_administrator_marks_an_owned_conversation_dealt_with(
    store: Store, anna: User, ben: User, admin: User
) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)

    with pytest.raises(NotAllowed) as raised:
        store.ownership.mark_dealt_with(cid, by=ben.id)

    assert str(raised.value) == (
        "Anna Smith (101) is answering this conversation; only they or an administrator can "
        "mark it dealt with."
    )
    assert store.conversations.get(cid).dealt_with_at is None  # type: ignore[union-attr]
    assert store.ownership.mark_dealt_with(cid, by=admin.id).owner_id is None


def test_an_unowned_conversation_can_be_marked_dealt_with_by_anyone(
    store: Store, ben: User
) -> None:
    cid = conversation_with_sms(store)

    assert store.ownership.mark_dealt_with(cid, by=ben.id).archived


def test_archiving_by_a_colleague_is_checked_and_written_in_the_history(
    store: Store, anna: User, ben: User
) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)

    with pytest.raises(NotAllowed, match="only they or an administrator can archive it"):
        store.ownership.set_archived(cid, True, by=ben.id)
    store.ownership.set_archived(cid, True, by=anna.id)
    store.ownership.set_archived(cid, True, by=anna.id)  # already archived: nothing more
    store.ownership.set_archived(cid, False, by=ben.id)  # anyone may bring it back

    assert history(store, cid) == [
        (MessageKind.ARCHIVED, "Archived by Anna Smith (101)"),
        (MessageKind.UNARCHIVED, "Moved back to Chats by Ben Jones (102)"),
    ]
    assert store.conversations.get(cid).owner_id == anna.id  # type: ignore[union-attr]


def test_moving_a_dealt_with_conversation_back_ends_dealt_with(store: Store, anna: User) -> None:
    cid = conversation_with_sms(store)
    store.ownership.mark_dealt_with(cid, by=anna.id)

    store.ownership.set_archived(cid, False, by=anna.id)

    back = store.conversations.get(cid)
    assert back is not None
    assert (back.archived, back.dealt_with_at) == (False, None)


def test_team_actions_on_a_missing_conversation_say_so(store: Store, anna: User, ben: User) -> None:
    missing = ConversationId(9999)
    actions: list[Callable[[], object]] = [
        lambda: store.ownership.claim(missing, anna.id),
        lambda: store.ownership.take_over(missing, anna.id, expected_owner=ben.id),
        lambda: store.ownership.transfer(missing, by=anna.id, to=ben.id),
        lambda: store.ownership.mark_dealt_with(missing, by=anna.id),
        lambda: store.ownership.set_archived(missing, True, by=anna.id),
        lambda: store.ownership.set_archived(missing, False, by=anna.id),
        lambda: send(store, missing, anna),
    ]
    for action in actions:
        with pytest.raises(StoreError, match=r"^This conversation no longer exists"):
            action()


def test_a_disabled_colleague_can_neither_archive_nor_bring_back(
    store: Store, accounts: Accounts, anna: User
) -> None:
    cid = conversation_with_sms(store)
    other = conversation_with_sms(store, OTHER, "SM2")
    store.ownership.set_archived(other, True)
    accounts.set_disabled("101")

    with pytest.raises(NotAllowed, match="disabled"):
        store.ownership.set_archived(cid, True, by=anna.id)
    with pytest.raises(NotAllowed, match="disabled"):
        store.ownership.set_archived(other, False, by=anna.id)
    with pytest.raises(NotAllowed, match="disabled"):
        store.ownership.mark_dealt_with(cid, by=anna.id)


# -- inbound brings conversations back -------------------------------------------------------------


@pytest.mark.parametrize("fast_path", [True, False], ids=["sqlite-fast-path", "core-statement"])
def test_inbound_reopens_a_dealt_with_conversation_unowned_with_a_line_before_the_message(
    store: Store, anna: User, ben: User, fast_path: bool
) -> None:
    store.ingest.sqlite_fast_path = fast_path
    cid = conversation_with_sms(store)
    send(store, cid, anna)
    store.ownership.mark_dealt_with(cid, by=anna.id)
    store = store.for_session(ben.id)
    store.conversations.mark_read(cid)

    change = store.ingest.inbound(
        [inbound("SM2", minutes=10, body="one more thing"), inbound("SM3", OTHER, 10)]
    )

    back = store.conversations.get(cid)
    assert back is not None
    assert (back.archived, back.owner_id, back.dealt_with_at) == (False, None, None)
    assert back.last_message_preview == "one more thing"  # the SMS, not the history line
    assert back.unread_count == 1
    tail = store.conversations.messages(cid)[-2:]
    assert [(m.kind, m.body) for m in tail] == [
        (MessageKind.REOPENED, "Back in Chats: new message from +1 415-555-0134"),
        (MessageKind.SMS, "one more thing"),
    ]
    assert tail[0].created_at == at(10)
    assert [m.kind for m in change.messages if m.conversation_id == cid] == [
        MessageKind.REOPENED,
        MessageKind.SMS,
    ]
    assert cid in [c.id for c in store.conversations.list()]
    # Anyone may answer it now.
    send(store, cid, ben)


def test_inbound_reopens_an_archived_conversation_and_names_the_contact(
    store: Store, anna: User
) -> None:
    store.contacts.save(ContactDraft("Olivia Bennett", (PEER,)))
    cid = conversation_with_sms(store)
    send(store, cid, anna)
    store.ownership.set_archived(cid, True, by=anna.id)

    store.ingest.inbound([inbound("SM2", minutes=5)])

    back = store.conversations.get(cid)
    assert back is not None
    assert (back.archived, back.owner_id) == (False, None)
    assert history(store, cid)[-1] == (
        MessageKind.REOPENED,
        "Back in Chats: new message from Olivia Bennett",
    )


def test_a_duplicate_inbound_message_reopens_nothing(store: Store, anna: User) -> None:
    cid = conversation_with_sms(store)
    store.ownership.mark_dealt_with(cid, by=anna.id)

    assert not store.ingest.inbound([inbound("SM1")])

    assert store.conversations.get(cid).archived  # type: ignore[union-attr]
    assert [kind for kind, _ in history(store, cid)] == [MessageKind.DEALT_WITH]


def test_inbound_into_an_open_conversation_keeps_its_owner(store: Store, anna: User) -> None:
    cid = conversation_with_sms(store)
    send(store, cid, anna)

    store.ingest.inbound([inbound("SM2", minutes=5)])

    assert store.conversations.get(cid).owner_id == anna.id  # type: ignore[union-attr]
    assert history(store, cid) == []


# -- read state per colleague -----------------------------------------------------------------


def test_unread_counts_and_the_badge_are_per_colleague(
    desks: Callable[[], Store], store: Store, anna: User, ben: User
) -> None:
    first = conversation_with_sms(store, PEER, "SM1")
    store.ingest.inbound([inbound("SM2", PEER, 1)])
    second = store.ingest.inbound([inbound("SM3", OTHER, 2)]).conversations[0].id
    annas, bens = desks().for_session(anna.id), desks().for_session(ben.id)

    annas.conversations.mark_read(first)

    assert [(c.id, c.unread_count) for c in annas.conversations.list()] == [(second, 1), (first, 0)]
    assert [(c.id, c.unread_count) for c in bens.conversations.list()] == [(second, 1), (first, 2)]
    assert (annas.conversations.unread_count(), bens.conversations.unread_count()) == (1, 2)
    # Without a viewer: what nobody has read.
    assert [(c.id, c.unread_count) for c in store.conversations.list()] == [(second, 1), (first, 0)]
    assert store.conversations.unread_count() == 1
    # A new message is unread for both again; archived conversations still count.
    store.ingest.inbound([inbound("SM4", PEER, 5)])
    annas.ownership.set_archived(first, True)
    assert annas.conversations.get(first).unread_count == 1  # type: ignore[union-attr]
    assert bens.conversations.get(first).unread_count == 3  # type: ignore[union-attr]
    assert (annas.conversations.unread_count(), bens.conversations.unread_count()) == (2, 2)


def test_a_colleague_s_conversation_is_unread_for_me_but_not_in_my_badge(
    desks: Callable[[], Store], store: Store, anna: User, ben: User
) -> None:
    hers = conversation_with_sms(store, PEER, "SM1")
    send(store, hers, anna)  # Anna answered: it is hers
    store.ingest.inbound([inbound("SM2", PEER, 3)])
    nobodys = store.ingest.inbound([inbound("SM3", OTHER, 4)]).conversations[0].id
    annas, bens = desks().for_session(anna.id), desks().for_session(ben.id)

    unread = {c.id: c.unread_count for c in bens.conversations.list()}
    assert unread[hers] == 2  # Ben has not read it: the list shows it unread
    assert bens.conversations.unread_count() == 1  # but only the unowned one needs him
    assert annas.conversations.unread_count() == 2  # hers and the unowned one
    # Marked unread on purpose, it counts for Ben too.
    bens.conversations.mark_unread(hers)
    assert bens.conversations.unread_count() == 2
    bens.conversations.mark_read(hers)
    bens.conversations.mark_read(nobodys)
    assert bens.conversations.unread_count() == 0


def test_without_a_viewer_each_conversation_counts_what_nobody_has_read_in_it(
    store: Store, anna: User
) -> None:
    older = conversation_with_sms(store, PEER, "SM1")
    newer = store.ingest.inbound([inbound("SM2", OTHER, 1)]).conversations[0].id

    store.conversations.mark_read(
        newer, user_id=anna.id
    )  # a read mark beyond every message of `older`

    assert {c.id: c.unread_count for c in store.conversations.list()} == {older: 1, newer: 0}
    assert store.conversations.unread_count() == 1


def test_a_colleague_who_joins_later_does_not_inherit_unread_history(
    store: Store, accounts: Accounts, anna: User
) -> None:
    old = conversation_with_sms(store, PEER, "SM1")
    newcomer = accounts.create_user("104", "Eve New", PASSWORD)
    store = store.for_session(newcomer.id)

    assert store.conversations.get(old).unread_count == 0  # type: ignore[union-attr]
    assert store.conversations.unread_count() == 0
    store.ingest.inbound([inbound("SM2", PEER, 5)])
    assert store.conversations.get(old).unread_count == 1  # type: ignore[union-attr]
    assert store.conversations.unread_count() == 1
    store = store.for_session(anna.id)  # made before: the history is hers to read
    assert store.conversations.get(old).unread_count == 2  # type: ignore[union-attr]


def test_mark_unread_counts_one_until_read(
    store: Store, anna: User, events: list[StoreChange]
) -> None:
    cid = conversation_with_sms(store)
    store = store.for_session(anna.id)
    store.conversations.mark_read(cid)
    events.clear()

    store.conversations.mark_unread(cid)

    marked = store.conversations.get(cid)
    assert marked is not None
    assert marked.unread_count == 1
    assert store.conversations.unread_count() == 1
    assert events == [StoreChange(conversations=(marked,))]
    store.conversations.mark_read(cid)
    assert store.conversations.unread_count() == 0
    # A conversation without any inbound message can be marked unread too.
    outbound_only = store.conversations.open(OTHER)
    store.conversations.mark_unread(outbound_only.id)
    assert store.conversations.unread_count() == 1


def test_mark_read_for_another_colleague_and_without_anyone(
    store: Store, anna: User, ben: User
) -> None:
    cid = conversation_with_sms(store)

    with pytest.raises(ValueError, match="user_id"):
        store.conversations.mark_read(cid)
    store.conversations.mark_read(cid, user_id=ben.id)

    store = store.for_session(anna.id)
    assert store.conversations.get(cid).unread_count == 1  # type: ignore[union-attr]
    store = store.for_session(ben.id)
    assert store.conversations.get(cid).unread_count == 0  # type: ignore[union-attr]


def test_replying_reads_the_conversation_for_the_sender(store: Store, anna: User) -> None:
    cid = conversation_with_sms(store)
    store = store.for_session(anna.id)
    assert store.conversations.unread_count() == 1

    send(store, cid, anna)

    assert store.conversations.unread_count() == 0


# -- history lines stay out of everything that counts SMS ---------------------------------------


def test_history_lines_are_never_previewed_counted_searched_sent_or_followed(
    store: Store, anna: User, ben: User
) -> None:
    cid = conversation_with_sms(store)
    message = store.outbound.queue(cid, "Hello there", desk_number=DESK, user_id=anna.id)
    assert store.outbox.begin_send(message.id, at(1))
    store.outbox.record_sent(message.id, "SMout", MessageStatus.SENT, at(1))
    store.ownership.transfer(cid, by=anna.id, to=ben.id, note="zeppelin invoice")
    store.ownership.set_archived(cid, True, by=ben.id)
    store.ownership.set_archived(cid, False, by=ben.id)
    store = store.for_session(anna.id)

    conversation = store.conversations.get(cid)
    assert conversation is not None
    assert conversation.last_message_preview == "Hello there"
    assert (conversation.last_direction, conversation.last_status) == (
        Direction.OUTBOUND,
        MessageStatus.SENT,
    )
    assert conversation.unread_count == 0
    assert store.search.conversations("zeppelin") == []
    assert store.search.conversations("Transferred") == []
    assert store.outbox.due(at(10_000)) == []
    assert [u.sid for u in store.outbox.unsettled(since=at(-60))] == ["SMout"]
    assert not store.outbox.apply_status_updates([StatusUpdate("SMout", MessageStatus.SENT)])
    assert len(history(store, cid)) == 3


def test_the_search_index_stays_in_step_with_history_lines(store: Store, anna: User) -> None:
    if store.dialect != "sqlite":
        pytest.skip("FTS5's integrity check is SQLite's")
    cid = conversation_with_sms(store)
    store.ownership.mark_dealt_with(cid, by=anna.id)
    store.ingest.inbound([inbound("SM2", minutes=5, body="parcel")])

    with store.engine.begin() as conn:
        # Raises when the index and its content (SMS only) disagree.
        conn.execute(
            text("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")
        )
        conn.execute(text("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"))
        conn.execute(
            text("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")
        )
    assert [c.id for c in store.search.conversations("parcel")] == [cid]
    assert store.search.conversations("Back") == []


# -- other desks ---------------------------------------------------------------------------------


def test_reload_change_emits_what_another_desk_changed_as_remote(
    desks: Callable[[], Store], store: Store, anna: User, ben: User
) -> None:
    cid = conversation_with_sms(store)
    other_desk = desks().for_session(ben.id)
    heard: list[StoreChange] = []
    other_desk.subscribe(heard.append)
    message = store.outbound.queue(cid, "On it", desk_number=DESK, user_id=anna.id)

    change = other_desk.changes.reload([cid, ConversationId(9999)], [message.id])

    assert change.remote
    assert heard == [change]
    (conversation,) = change.conversations
    assert (conversation.owner_label, conversation.unread_count) == ("Anna Smith (101)", 1)
    assert change.messages == (message,)
    assert not other_desk.changes.reload([], [])
    assert len(heard) == 1


def test_changed_since_lists_changed_conversations_oldest_first(store: Store, anna: User) -> None:
    first = store.conversations.open(PEER, now=at(0)).id
    second = store.conversations.open(OTHER, now=at(1)).id
    third = store.conversations.open("+14155550100", now=at(1)).id

    assert store.changes.since(at(-1)) == ([first, second, third], at(1))
    assert store.changes.since(at(0)) == ([second, third], at(1))
    assert store.changes.since(at(1)) == ([], at(1))
    assert store.changes.since(None) == ([first, second, third], at(1))
    # A full page never splits conversations changed at the same moment.
    assert store.changes.since(at(-1), limit=2) == ([first, second, third], at(1))
    assert store.changes.since(at(-1), limit=1) == ([first], at(0))
    # Every kind of change moves a conversation to the end.
    store.ownership.claim(first, anna.id, now=at(5))
    assert store.changes.since(at(1)) == ([first], at(5))
    message = store.outbound.queue(second, "hi", desk_number=DESK, now=at(6))
    store.outbox.begin_send(message.id, at(7))
    assert store.changes.since(at(6)) == ([second], at(7))
    store.ownership.set_archived(third, True, now=at(8))
    store.ingest.inbound([inbound("SM9", PEER, 9)], now=at(9))
    assert store.changes.since(at(7)) == ([third, first], at(9))


# -- races ---------------------------------------------------------------------------------------


def test_twenty_desks_claiming_at_once_leave_exactly_one_owner(
    desks: Callable[[], Store], store: Store, accounts: Accounts
) -> None:
    cid = conversation_with_sms(store)
    colleagues = [accounts.create_user(str(200 + i), f"Agent {i}", PASSWORD) for i in range(20)]
    stores = [desks() for _ in colleagues]
    barrier = threading.Barrier(len(colleagues))
    results: dict[UserId, object] = {}
    lock = threading.Lock()

    def claim(desk: Store, user: User) -> None:
        barrier.wait()
        try:
            outcome: object = desk.ownership.claim(cid, user.id)
        except Exception as exc:  # collected and checked below
            outcome = exc
        with lock:
            results[user.id] = outcome

    threads = [
        threading.Thread(target=claim, args=(desk, user))
        for desk, user in zip(stores, colleagues, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    owner = store.conversations.get(cid).owner_id  # type: ignore[union-attr]
    winners = [uid for uid, outcome in results.items() if not isinstance(outcome, Exception)]
    assert winners == [owner]
    refusals = [outcome for uid, outcome in results.items() if uid != owner]
    assert len(refusals) == 19
    winner = next(user for user in colleagues if user.id == owner)
    for refusal in refusals:
        assert isinstance(refusal, OwnedByOther), refusal
        assert refusal.owner_id == owner
        assert str(refusal) == f"{winner.label} is answering this conversation."

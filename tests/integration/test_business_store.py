"""Templates, find in a conversation and pictures in the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.accounts.staff import Accounts, User
from desktop.core.media import MediaState
from desktop.core.models import ConversationId, MessageId
from desktop.store import InboundRecord, NotAllowed, Store, StoreError
from desktop.store.media_store import MediaItem

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
DESK = "+15550000000"
ALICE = "+15550000001"
BOB = "+15550000002"
PASSWORD = "correct horse 42"


@pytest.fixture
def team(store: Store) -> tuple[User, User, User]:
    """An administrator and two colleagues."""
    accounts = Accounts(store)
    admin = accounts.create_first_admin("101", "Anna Smith", PASSWORD)
    ben = accounts.create_user("102", "Ben Jones", PASSWORD)
    cleo = accounts.create_user("103", "Cleo Park", PASSWORD)
    return admin, ben, cleo


def test_a_colleague_sees_shared_templates_and_only_their_own(store, team):
    admin, ben, cleo = team
    store.templates.add("thanks", "Thanks {first_name}!", by=admin.id, shared=True)
    store.templates.add("mine", "Ben here", by=ben.id, shared=False)
    store.templates.add("Mine", "Cleo here", by=cleo.id, shared=False)

    assert [(t.name, t.shared) for t in store.templates.list(ben.id)] == [
        ("mine", False),
        ("thanks", True),
    ]
    assert [t.body for t in store.templates.list(cleo.id)] == ["Cleo here", "Thanks {first_name}!"]
    assert [t.name for t in store.templates.list(None)] == ["thanks"]


def test_only_administrators_add_edit_or_delete_shared_templates(store, team):
    admin, ben, _cleo = team
    shared = store.templates.add("thanks", "Thanks!", by=admin.id, shared=True)

    with pytest.raises(NotAllowed, match="Only an administrator"):
        store.templates.add("hello", "Hello", by=ben.id, shared=True)
    with pytest.raises(NotAllowed, match="Only an administrator"):
        store.templates.edit(shared.id, "thanks", "Changed", by=ben.id)
    with pytest.raises(NotAllowed, match="Only an administrator"):
        store.templates.delete(shared.id, by=ben.id)
    # Nor can a colleague move their own into the shared scope.
    own = store.templates.add("hello", "Hello", by=ben.id, shared=False)
    with pytest.raises(NotAllowed, match="Only an administrator"):
        store.templates.edit(own.id, "hello", "Hello", by=ben.id, shared=True)

    assert [t.body for t in store.templates.list(ben.id) if t.shared] == ["Thanks!"]
    edited = store.templates.edit(shared.id, "thanks", "Thank you!", by=admin.id)
    assert edited.body == "Thank you!"
    assert edited.shared
    store.templates.delete(shared.id, by=admin.id)
    assert [t.name for t in store.templates.list(ben.id)] == ["hello"]


def test_a_colleague_s_own_templates_are_theirs_alone(store, team):
    _admin, ben, cleo = team
    own = store.templates.add("hello", "Hello from Ben", by=ben.id, shared=False)
    with pytest.raises(NotAllowed, match="belongs to a colleague"):
        store.templates.edit(own.id, "hello", "Hijacked", by=cleo.id)
    with pytest.raises(NotAllowed, match="belongs to a colleague"):
        store.templates.delete(own.id, by=cleo.id)
    assert store.templates.edit(own.id, "hi", "Hi from Ben", by=ben.id).name == "hi"
    store.templates.delete(own.id, by=ben.id)
    assert store.templates.list(ben.id) == []


def test_template_names_are_unique_per_scope_ignoring_case(store, team):
    admin, ben, cleo = team
    store.templates.add("Thanks", "a", by=admin.id, shared=True)
    with pytest.raises(StoreError, match="already a template “thanks” shared with everyone"):
        store.templates.add("thanks", "b", by=admin.id, shared=True)
    # Another scope may use the name.
    store.templates.add("thanks", "mine", by=ben.id, shared=False)
    store.templates.add("THANKS", "cleo's", by=cleo.id, shared=False)
    with pytest.raises(StoreError, match="already a template “Thanks” of yours"):
        store.templates.add("Thanks", "again", by=ben.id, shared=False)
    other = store.templates.add("hello", "c", by=ben.id, shared=False)
    with pytest.raises(StoreError, match="already a template"):
        store.templates.edit(other.id, "THANKS", "c", by=ben.id)
    with pytest.raises(StoreError, match="needs a name"):
        store.templates.add("  ", "x", by=ben.id, shared=False)
    with pytest.raises(StoreError, match="needs some text"):
        store.templates.add("empty", "  ", by=ben.id, shared=False)


def _conversation_with(store: Store, bodies: list[str]) -> tuple[ConversationId, list[MessageId]]:
    records = [
        InboundRecord(f"SM{i:06d}", ALICE, DESK, body, T0 + timedelta(seconds=i))
        for i, body in enumerate(bodies)
    ]
    change = store.ingest.inbound(records)
    return change.conversations[0].id, [m.id for m in change.messages]


def test_find_in_a_conversation_ignores_case_and_returns_ids_oldest_first(store):
    cid, ids = _conversation_with(
        store, ["Your ORDER is ready", "thanks", "order 42 (50%)", "Reorder?", "nothing"]
    )
    store.ingest.inbound([InboundRecord("SMother", BOB, DESK, "order elsewhere", T0)])

    assert store.conversations.find_in(cid, "order") == [ids[0], ids[2], ids[3]]
    assert store.conversations.find_in(cid, "50%") == [ids[2]]  # typed text, never syntax
    assert store.conversations.find_in(cid, "  ") == []
    assert store.conversations.find_in(cid, "order", limit=2) == [ids[2], ids[3]]


def test_find_in_a_conversation_ignores_accents(store):
    cid, ids = _conversation_with(store, ["Le Café est ouvert", "cafe?", "ŁÓDŹ", "nothing"])
    assert store.conversations.find_in(cid, "CAFÉ") == [ids[0], ids[1]]
    assert store.conversations.find_in(cid, "cafe") == [ids[0], ids[1]]
    assert store.conversations.find_in(cid, "ÉST") == [ids[0]]
    assert store.conversations.find_in(cid, "óDź") == [ids[2]]


def test_messages_from_an_older_id_up_to_the_window(store):
    cid, ids = _conversation_with(store, [f"m{i}" for i in range(10)])
    found = store.conversations.messages_from(cid, ids[2], ids[6])
    assert [m.id for m in found] == ids[2:6]


def test_pictures_are_recorded_fetched_and_announced_with_their_message(store):
    _cid, ids = _conversation_with(store, ["look", "text only"])
    changes = []
    store.subscribe(changes.append)

    store.media.add(ids[0], [MediaItem("https://gw/a", "image/png"), MediaItem("https://gw/b")])
    store.media.add(ids[0], [MediaItem("https://gw/a", "image/png")])  # polled again: kept
    assert [m.id for c in changes for m in c.messages] == [ids[0]]
    jobs = store.media.pending()
    assert [(j.message_id, j.url) for j in jobs] == [
        (ids[0], "https://gw/a"),
        (ids[0], "https://gw/b"),
    ]

    store.media.record(
        jobs[0].media_id, MediaState.CACHED, cache_key="ab" * 32, size_bytes=10, size=(30, 40)
    )
    store.media.record(
        jobs[1].media_id, MediaState.REJECTED, error="Picture not shown: it is not an image."
    )
    media = store.media.for_messages(ids)
    assert list(media) == [ids[0]]
    first, second = media[ids[0]]
    assert (first.state, first.cache_key, first.size_bytes) == (MediaState.CACHED, "ab" * 32, 10)
    assert (first.width, first.height) == (30, 40)
    assert (second.width, second.height) == (None, None)
    assert (second.state, second.error) == (
        MediaState.REJECTED,
        "Picture not shown: it is not an image.",
    )
    assert store.media.pending() == []
    assert store.media.message_id_for_sid("SM000000") == ids[0]
    # A desk whose own cache lacks a cached picture learns where to fetch it.
    job, key = store.media.cached_job(first.id)
    assert (job.url, key) == ("https://gw/a", "ab" * 32)
    assert store.media.cached_job(second.id) is None


def test_a_picture_sent_is_stored_with_its_message_in_one_write(store, team):
    admin, _ben, _cleo = team
    conversation = store.conversations.open(ALICE)
    message = store.outbound.queue(
        conversation.id,
        "",
        desk_number=DESK,
        user_id=admin.id,
        pictures=[MediaItem("https://pics.example.com/x.png", "image/png", 99)],
        picture_keys=["cd" * 32],
    )
    assert store.media.urls(message.id) == ["https://pics.example.com/x.png"]
    (item,) = store.media.for_messages([message.id])[message.id]
    assert item.state is MediaState.CACHED
    assert item.cache_key == "cd" * 32
    assert store.conversations.get(conversation.id).last_message_preview == "Picture"
    with pytest.raises(ValueError, match="empty message"):
        store.outbound.queue(conversation.id, " ", desk_number=DESK, user_id=admin.id)

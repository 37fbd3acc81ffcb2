"""Contacts in the store on a real SQLite file: names for numbers in every conversation read
and event, one contact per number, search, and all-or-nothing imports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop.accounts.staff import Accounts
from desktop.core.models import (
    Contact,
    ContactDraft,
    ContactId,
    Conversation,
    MessageStatus,
    StoreChange,
)
from desktop.store import ImportResult, InboundRecord, StatusUpdate, Store, StoreError

# The shared ``store`` fixture on a SQLite file (``db_path``: some tests look at it directly).
pytestmark = pytest.mark.sqlite_only

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
DESK = "+15550000000"
ALICE = "+14155550134"
ALICE_OFFICE = "+14155550199"
BOB = "+442079460123"
CAROL = "+61291234567"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def events(store: Store) -> list[StoreChange]:
    received: list[StoreChange] = []
    store.subscribe(received.append)
    return received


def raw(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    """Change or read the file behind the store's back, as another program would."""
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql))
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def names(changes: list[StoreChange]) -> dict[str, str | None]:
    """The display name each emitted conversation carried, by number (last event wins)."""
    return {c.peer_number: c.display_name for change in changes for c in change.conversations}


def conversation(store: Store, number: str) -> Conversation:
    found = store.conversations.find(number)
    assert found is not None
    return found


# -- save, update, delete --------------------------------------------------------------------------


def test_saving_a_contact_names_its_conversations_in_reads_and_events(
    store: Store, events: list[StoreChange]
) -> None:
    alice = store.conversations.open(ALICE, now=T0)
    bob = store.conversations.open(BOB, now=at(1))
    events.clear()

    saved = store.contacts.save(
        ContactDraft("  Olivia Bennett ", (ALICE, ALICE_OFFICE, ALICE), company="Bennett & Co")
    )

    assert saved == Contact(
        saved.id, "Olivia Bennett", (ALICE, ALICE_OFFICE), company="Bennett & Co"
    )
    named = conversation(store, ALICE)
    assert named.display_name == "Olivia Bennett"
    assert events == [StoreChange(conversations=(named,))]
    assert store.conversations.get(alice.id) == named
    assert store.conversations.list() == [store.conversations.get(bob.id), named]
    assert conversation(store, BOB).display_name is None
    assert store.conversations.open(ALICE) == named
    assert store.contacts.get(saved.id) == saved
    assert store.contacts.for_number(ALICE_OFFICE) == saved
    assert store.contacts.for_number(BOB) is None


def test_renaming_a_contact_emits_every_conversation_of_its_numbers(
    store: Store, events: list[StoreChange]
) -> None:
    store.conversations.open(ALICE)
    store.conversations.open(ALICE_OFFICE)
    saved = store.contacts.save(ContactDraft("Olivia", (ALICE, ALICE_OFFICE)))
    events.clear()

    store.contacts.save(ContactDraft("Olivia Bennett", (ALICE, ALICE_OFFICE), id=saved.id))

    assert names(events) == {ALICE: "Olivia Bennett", ALICE_OFFICE: "Olivia Bennett"}
    assert len(events) == 1


def test_replacing_numbers_emits_the_conversations_that_gained_or_lost_the_name(
    store: Store, events: list[StoreChange]
) -> None:
    for number in (ALICE, ALICE_OFFICE, BOB):
        store.conversations.open(number)
    saved = store.contacts.save(ContactDraft("Olivia Bennett", (ALICE, ALICE_OFFICE)))
    events.clear()

    updated = store.contacts.save(ContactDraft("Olivia Bennett", (ALICE_OFFICE, BOB), id=saved.id))

    assert updated.numbers == (ALICE_OFFICE, BOB)
    assert names(events) == {ALICE: None, BOB: "Olivia Bennett"}
    assert conversation(store, ALICE).display_name is None
    assert conversation(store, BOB).display_name == "Olivia Bennett"
    assert store.contacts.for_number(ALICE) is None


def test_changing_only_the_company_or_note_emits_nothing(
    store: Store, events: list[StoreChange]
) -> None:
    store.conversations.open(ALICE)
    saved = store.contacts.save(ContactDraft("Olivia Bennett", (ALICE,)))
    events.clear()

    store.contacts.save(ContactDraft("Olivia Bennett", (ALICE,), "Acme", "VIP", id=saved.id))

    assert events == []
    assert store.contacts.get(saved.id) == Contact(
        saved.id, "Olivia Bennett", (ALICE,), "Acme", "VIP"
    )


def test_deleting_a_contact_takes_its_name_off_its_conversations(
    store: Store, events: list[StoreChange]
) -> None:
    store.conversations.open(ALICE)
    saved = store.contacts.save(ContactDraft("Olivia Bennett", (ALICE, ALICE_OFFICE)))
    events.clear()

    store.contacts.delete(saved.id)
    store.contacts.delete(saved.id)  # already gone: nothing to do

    unnamed = conversation(store, ALICE)
    assert unnamed.display_name is None
    assert events == [StoreChange(conversations=(unnamed,))]
    assert store.contacts.get(saved.id) is None
    assert store.contacts.for_number(ALICE_OFFICE) is None
    assert store.contacts.list() == []


def test_a_number_of_another_contact_is_refused_with_that_contacts_name(
    store: Store, events: list[StoreChange]
) -> None:
    olivia = store.contacts.save(ContactDraft("Olivia Bennett", (ALICE,)))
    bob = store.contacts.save(ContactDraft("Bob", (BOB,)))
    events.clear()

    with pytest.raises(StoreError) as new_contact:
        store.contacts.save(ContactDraft("Liv", (CAROL, ALICE)))
    with pytest.raises(StoreError) as edited:
        store.contacts.save(ContactDraft("Bob", (BOB, ALICE), id=bob.id))

    assert str(new_contact.value) == "+1 415-555-0134 already belongs to Olivia Bennett."
    assert str(edited.value) == "+1 415-555-0134 already belongs to Olivia Bennett."
    assert store.contacts.list() == [bob, olivia]
    assert store.contacts.for_number(CAROL) is None
    assert events == []


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (ContactDraft("   ", (ALICE,)), "A contact needs a name."),
        (ContactDraft("x" * 201, (ALICE,)), "at most 200 characters"),
        (ContactDraft("Olivia", ()), "Olivia needs at least one number."),
        (ContactDraft("Olivia", ("  ",)), "Olivia needs at least one number."),
        (ContactDraft("Olivia", (ALICE,), company="c" * 201), "at most 200 characters"),
    ],
)
def test_a_contact_without_a_usable_name_or_number_is_refused(
    store: Store, draft: ContactDraft, message: str
) -> None:
    with pytest.raises(StoreError, match=message):
        store.contacts.save(draft)

    assert store.contacts.list() == []


def test_a_name_of_exactly_200_characters_is_kept(store: Store) -> None:
    saved = store.contacts.save(ContactDraft("x" * 200, (ALICE,)))

    assert store.contacts.get(saved.id) == saved


def test_saving_a_contact_that_was_deleted_meanwhile_is_a_store_error(store: Store) -> None:
    saved = store.contacts.save(ContactDraft("Olivia", (ALICE,)))
    store.contacts.delete(saved.id)

    with pytest.raises(StoreError, match="no longer exists"):
        store.contacts.save(ContactDraft("Olivia B", (ALICE,), id=saved.id))

    assert store.contacts.list() == []


# -- names in the events of messages ---------------------------------------------------------------


@pytest.mark.parametrize("fast_path", [True, False], ids=["sqlite-fast-path", "core-statement"])
def test_ingest_events_name_a_known_number(
    store: Store, events: list[StoreChange], fast_path: bool
) -> None:
    store.ingest.sqlite_fast_path = fast_path
    store.contacts.save(ContactDraft("Olivia Bennett", (ALICE,)))

    change = store.ingest.inbound(
        [
            InboundRecord("SM1", ALICE, DESK, "hello", at(1)),
            InboundRecord("SM2", BOB, DESK, "hi", at(2)),
        ]
    )

    assert names([change]) == {ALICE: "Olivia Bennett", BOB: None}
    assert events == [change]
    assert conversation(store, ALICE).display_name == "Olivia Bennett"


def test_outbound_and_status_events_name_a_known_number(
    store: Store, events: list[StoreChange]
) -> None:
    store.contacts.save(ContactDraft("Olivia Bennett", (ALICE,)))
    store = store.for_session(
        Accounts(store).create_user("101", "Anna Smith", "correct horse 42").id
    )
    alice = store.conversations.open(ALICE)
    events.clear()

    message = store.outbound.queue(alice.id, "on my way", desk_number=DESK, now=at(1))
    store.outbox.begin_send(message.id, at(1))
    store.outbox.record_sent(message.id, "SM1", MessageStatus.SENT, at(1))
    store.outbox.apply_status_updates([StatusUpdate("SM1", MessageStatus.DELIVERED)])
    store.ownership.set_archived(alice.id, True, by=store.viewer)
    store.conversations.mark_unread(alice.id)
    store.conversations.mark_read(alice.id)

    emitted = [c for change in events for c in change.conversations]
    assert len(emitted) >= 6
    assert {c.display_name for c in emitted} == {"Olivia Bennett"}


@pytest.mark.parametrize("viewer", [False, True], ids=["no-viewer", "viewer"])
def test_a_page_of_conversations_finds_names_by_index_lookups(store: Store, viewer: bool) -> None:
    # The chat list reads a page per scroll: the names, the owner and the viewer's read mark
    # must come from primary keys and the unread count from an index range, never from
    # scanning a table.
    if viewer:
        store = store.for_session(
            Accounts(store).create_user("101", "Anna Smith", "correct horse 42").id
        )
    store.conversations.open(ALICE)
    store.contacts.save(ContactDraft("Olivia Bennett", (ALICE,)))
    captured: list[tuple[str, tuple[object, ...]]] = []

    from sqlalchemy import event

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        captured.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        store.conversations.list()
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)
    ((select_page, parameters),) = [
        (s, p) for s, p in captured if s.lstrip().upper().startswith("SELECT")
    ]

    with store.engine.connect() as conn:
        plan = " | ".join(
            row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + select_page, parameters)
        )

    assert "SCAN " not in plan.replace("SCAN CONSTANT ROW", "")
    assert "ix_conversations_chat_list" in plan


# -- list and search -------------------------------------------------------------------------------


def test_contacts_are_listed_by_name_ignoring_case_and_accents(store: Store) -> None:
    for name, number in [
        ("zoe", "+14155550101"),
        ("Émile", "+14155550102"),
        ("bob", "+14155550103"),
        ("Adam", "+14155550104"),
        ("eve", "+14155550105"),
    ]:
        store.contacts.save(ContactDraft(name, (number,)))

    listed = [c.name for c in store.contacts.list()]

    assert listed == ["Adam", "bob", "Émile", "eve", "zoe"]
    assert [c.name for c in store.contacts.list(limit=2)] == ["Adam", "bob"]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("liv", ["Olivia Bennett"]),
        ("BENNETT", ["Olivia Bennett"]),
        ("acme", ["Carol Jones", "Olivia Bennett"]),
        ("zoë", ["Zoe Adams"]),
        ("5550134", ["Olivia Bennett"]),
        ("415 555", ["Olivia Bennett"]),
        ("+1 (415) 555-01", ["Olivia Bennett"]),
        ("2079", ["Bob Smith"]),
        ("room 101", []),
        ("%", []),
        ("_", []),
        ("", ["Bob Smith", "Carol Jones", "Olivia Bennett", "Zoe Adams"]),
    ],
)
def test_contacts_are_found_by_part_of_name_company_or_number_digits(
    store: Store, query: str, found: list[str]
) -> None:
    store.contacts.save(ContactDraft("Olivia Bennett", (ALICE,), company="ACME Corp"))
    store.contacts.save(ContactDraft("Bob Smith", (BOB,), company="Room 12"))
    store.contacts.save(ContactDraft("Carol Jones", (CAROL,), company="Acme"))
    store.contacts.save(ContactDraft("Zoe Adams", ("+16175550101",)))

    assert [c.name for c in store.contacts.list(query)] == found


# -- import ----------------------------------------------------------------------------------------


def test_import_merges_drafts_into_contacts_that_have_one_of_their_numbers(
    store: Store, events: list[StoreChange]
) -> None:
    for number in (ALICE, ALICE_OFFICE, BOB, CAROL):
        store.conversations.open(number)
    olivia = store.contacts.save(ContactDraft("Olivia Bennett", (ALICE,), note="VIP"))
    events.clear()

    result = store.contacts.import_drafts(
        [
            ContactDraft("Liv B.", (ALICE, ALICE_OFFICE), company="Acme", note="ignored"),
            ContactDraft("Bob Smith", (BOB,)),
            ContactDraft("Olivia", (ALICE_OFFICE,)),
            ContactDraft("Robert", (BOB, CAROL), company="Smith Ltd"),
        ]
    )

    assert result == ImportResult(added=1, updated=2, unchanged=1)
    assert store.contacts.get(olivia.id) == Contact(
        olivia.id, "Olivia Bennett", (ALICE, ALICE_OFFICE), "Acme", "VIP"
    )
    bob = store.contacts.for_number(CAROL)
    assert bob is not None
    assert (bob.name, bob.numbers, bob.company) == ("Bob Smith", (BOB, CAROL), "Smith Ltd")
    assert len(store.contacts.list()) == 2
    assert len(events) == 1
    assert names(events) == {ALICE_OFFICE: "Olivia Bennett", BOB: "Bob Smith", CAROL: "Bob Smith"}


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    store: Store, events: list[StoreChange]
) -> None:
    drafts = [ContactDraft("Olivia", (ALICE,), "Acme"), ContactDraft("Bob", (BOB,))]
    store.contacts.import_drafts(drafts)
    before = store.contacts.list()
    events.clear()

    again = store.contacts.import_drafts(drafts)

    assert again == ImportResult(added=0, updated=0, unchanged=2)
    assert store.contacts.list() == before
    assert events == []


def test_a_failing_import_leaves_nothing_behind(
    store: Store, db_path: Path, events: list[StoreChange]
) -> None:
    store.conversations.open(ALICE)
    events.clear()
    # The third contact's number cannot be written, as a full disk or a crash would have it.
    raw(
        db_path,
        f"CREATE TRIGGER refuse_number BEFORE INSERT ON contact_numbers "
        f"WHEN new.number = '{CAROL}' BEGIN SELECT RAISE(ABORT, 'number refused'); END",
    )

    with pytest.raises(Exception, match="number refused"):
        store.contacts.import_drafts(
            [
                ContactDraft("Olivia", (ALICE,)),
                ContactDraft("Bob", (BOB,)),
                ContactDraft("Carol", (CAROL,)),
            ]
        )

    assert store.contacts.list() == []
    assert raw(db_path, "SELECT count(*) FROM contact_numbers") == [(0,)]
    assert conversation(store, ALICE).display_name is None
    assert events == []


def test_an_import_with_an_unusable_draft_imports_nothing(store: Store) -> None:
    with pytest.raises(StoreError, match="needs a name"):
        store.contacts.import_drafts([ContactDraft("Olivia", (ALICE,)), ContactDraft("", (BOB,))])

    assert store.contacts.list() == []


def test_import_ignores_draft_ids_and_matches_by_number_only(store: Store) -> None:
    olivia = store.contacts.save(ContactDraft("Olivia", (ALICE,)))

    result = store.contacts.import_drafts([ContactDraft("Bob", (BOB,), id=olivia.id)])

    assert result == ImportResult(added=1, updated=0, unchanged=0)
    assert store.contacts.get(olivia.id) == olivia
    assert [c.name for c in store.contacts.list()] == ["Bob", "Olivia"]


def test_contact_numbers_keep_the_order_they_were_given(store: Store) -> None:
    saved = store.contacts.save(ContactDraft("Olivia", (CAROL, ALICE, BOB)))

    assert saved.numbers == (CAROL, ALICE, BOB)
    assert store.contacts.get(saved.id) == saved
    assert store.contacts.list() == [saved]
    assert store.contacts.get(ContactId(saved.id + 1)) is None

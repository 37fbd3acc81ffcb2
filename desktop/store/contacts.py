"""Contacts: names for numbers, kept in the database so a team shares them.

Saving a contact renames the conversations of its numbers (they are emitted with their new
``display_name``); an import merges each draft into the contact that has one of its numbers,
all or nothing, in one transaction.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from desktop.core.i18n import translate
from desktop.core.models import Contact, ContactDraft, ContactId, Conversation, StoreChange
from desktop.core.phone import format_for_display
from desktop.store.aggregate import Aggregate
from desktop.store.errors import StoreError
from desktop.store.records import aware, check_number
from desktop.store.rows import to_conversation
from desktop.store.sql import chunks, contains, fold, fold_for_search, typed_digits
from desktop.store.tables import (
    COMPANY_LENGTH,
    CONTACT_NAME_LENGTH,
    contact_numbers,
    contacts,
    conversations,
)

__all__ = ["Contacts", "ImportResult", "contact_search_text"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What ``Contacts.import_drafts`` did; each imported draft counts once.

    Attributes:
        added: drafts that became new contacts.
        updated: drafts merged into a contact that gained numbers, a company or a note.
        unchanged: drafts merged into a contact that had everything they held already.
    """

    added: int
    updated: int
    unchanged: int


@dataclass(slots=True)
class _MergeState:
    """What an import needs to know of a contact it merges drafts into."""

    name: str
    company: str
    note: str
    count: int  # how many numbers it has: the next number's position


def contact_search_text(name: str, company: str) -> str:
    """What ``contacts.search_text`` holds: name and company folded, one per line."""
    return f"{fold_for_search(name)}\n{fold_for_search(company)}"


def clean_draft(draft: ContactDraft) -> tuple[str, tuple[str, ...], str, str]:
    """Check a contact before it is stored; return its name, numbers, company and note.

    Raises:
        StoreError: no name, a name or company too long, or no number.
        ValueError: a number is empty or too long to be a number.
    """
    name = draft.name.strip()
    if not name:
        raise StoreError(translate("Contacts", "A contact needs a name."))
    if len(name) > CONTACT_NAME_LENGTH:
        raise StoreError(
            translate(
                "Contacts", "The name “{name}…” is too long: at most {most} characters."
            ).format(name=name[:40], most=CONTACT_NAME_LENGTH)
        )
    company = draft.company.strip()
    if len(company) > COMPANY_LENGTH:
        raise StoreError(
            translate(
                "Contacts", "The company of {name} is too long: at most {most} characters."
            ).format(name=name, most=COMPANY_LENGTH)
        )
    numbers = tuple(dict.fromkeys(number.strip() for number in draft.numbers if number.strip()))
    if not numbers:
        raise StoreError(
            translate("Contacts", "{name} needs at least one number.").format(name=name)
        )
    for number in numbers:
        check_number(number)
    return name, numbers, company, draft.note.strip()


class Contacts(Aggregate):
    """The contacts (``store.contacts``)."""

    def list(self, query: str = "", *, limit: int = 500) -> builtins.list[Contact]:
        """List contacts by name (case-insensitive), optionally only those matching a search.

        Args:
            query: text to look for, ignoring case and accents, anywhere in the
                name or company; when it looks like a number ("415 555", "+1 (415)"), its
                digits are also looked for anywhere in the contact's numbers.
            limit: at most this many contacts.

        Returns:
            The contacts, sorted by name.
        """
        k = contacts.c
        stmt = select(k.id, k.name, k.company, k.note)
        query = query.strip()
        if query:
            matches = [
                contains(self._ctx.dialect, k.name, query),
                contains(self._ctx.dialect, k.company, query),
            ]
            digits = typed_digits(query)
            if digits:
                matches.append(
                    k.id.in_(
                        select(contact_numbers.c.contact_id).where(
                            contact_numbers.c.number.contains(digits)
                        )
                    )
                )
            stmt = stmt.where(or_(*matches))
        stmt = stmt.order_by(fold(k.name), k.name, k.id).limit(limit)
        with self._ctx.read() as conn:
            rows = conn.execute(stmt).all()
            numbers = self._numbers_of(conn, [row.id for row in rows])
        return [
            Contact(ContactId(r.id), r.name, tuple(numbers.get(r.id, ())), r.company, r.note)
            for r in rows
        ]

    def get(self, contact_id: ContactId) -> Contact | None:
        """Return the contact with this id, or None."""
        with self._ctx.read() as conn:
            return self._select_contact(conn, contact_id)

    def for_number(self, number: str) -> Contact | None:
        """Return the contact this number belongs to, or None."""
        with self._ctx.read() as conn:
            contact_id = conn.execute(
                select(contact_numbers.c.contact_id).where(contact_numbers.c.number == number)
            ).scalar_one_or_none()
            return self._select_contact(conn, contact_id) if contact_id is not None else None

    def save(self, draft: ContactDraft, *, now: datetime | None = None) -> Contact:
        """Create a contact (``draft.id`` None) or replace one's name, numbers and details.

        One transaction. Conversations with a number that gained or lost the name (or all of
        the contact's, when the name changed) are emitted with their new ``display_name``.

        Args:
            draft: the contact; its numbers must be normalised already (E.164 or short
                codes): the caller checks them. Duplicates are dropped, the order is kept.
            now: the time of writing; defaults to now.

        Returns:
            The contact as stored.

        Raises:
            StoreError: the name is empty or too long, there is no number, a number belongs
                to another contact (the message names it), or the contact no longer exists.
            ValueError: a number is empty or longer than a number can be.
        """
        name, numbers, company, note = clean_draft(draft)
        now = aware(now, default_now=True)
        k = contacts.c
        with self._ctx.writer.begin() as conn:
            old_name: str | None = None
            old_numbers: Sequence[str] = ()
            if draft.id is not None:
                old_name = conn.execute(select(k.name).where(k.id == draft.id)).scalar_one_or_none()
                if old_name is None:
                    raise StoreError(
                        translate(
                            "Contacts", "This contact no longer exists; it may have been deleted."
                        )
                    )
                old_numbers = self._numbers_of(conn, [draft.id]).get(draft.id, [])
            self._refuse_numbers_of_others(conn, numbers, draft.id)
            details = {
                "name": name,
                "company": company,
                "note": note,
                "search_text": contact_search_text(name, company),
                "updated_at": now,
            }
            if draft.id is None:
                contact_id = conn.execute(
                    insert(contacts).values(**details, created_at=now).returning(k.id)
                ).scalar_one()
            else:
                contact_id = draft.id
                conn.execute(update(contacts).where(k.id == contact_id).values(**details))
                conn.execute(
                    delete(contact_numbers).where(contact_numbers.c.contact_id == contact_id)
                )
            self._add_numbers(conn, contact_id, numbers, first_position=0)
            renamed = set(old_numbers) | set(numbers)
            affected = renamed if old_name != name else set(old_numbers) ^ set(numbers)
            changed = self._conversations_with_numbers(conn, affected)
        self._ctx.emit(StoreChange(conversations=tuple(changed)))
        return Contact(ContactId(contact_id), name, numbers, company, note)

    def delete(self, contact_id: ContactId) -> None:
        """Delete a contact; its conversations stay, without the name (they are emitted).

        Deleting a contact that is not there does nothing.
        """
        with self._ctx.writer.begin() as conn:
            numbers = self._numbers_of(conn, [contact_id]).get(contact_id, [])
            # Explicitly, not only by the cascade: that needs SQLite's foreign_keys pragma.
            conn.execute(delete(contact_numbers).where(contact_numbers.c.contact_id == contact_id))
            deleted = conn.execute(delete(contacts).where(contacts.c.id == contact_id)).rowcount
            changed = self._conversations_with_numbers(conn, numbers) if deleted else []
        self._ctx.emit(StoreChange(conversations=tuple(changed)))

    def import_drafts(
        self, drafts: Sequence[ContactDraft], *, now: datetime | None = None
    ) -> ImportResult:
        """Add imported contacts, merging each into the contact that has one of its numbers.

        All or nothing: every draft is checked before anything is written, and everything is
        written in one transaction. A draft whose number belongs to a contact (stored, or made
        by an earlier draft of this import) is merged into it: the contact keeps its name,
        gains the draft's numbers that belong to nobody, and gets the draft's company and
        note where its own are empty. Any other draft becomes a new contact. ``draft.id`` is
        ignored: an import matches by number only.

        Args:
            drafts: the contacts to import, normalised numbers (``contacts_io`` makes them).
            now: the time of writing; defaults to now.

        Returns:
            How many drafts were added, merged with a change, or merged without one; each
            draft counts once.

        Raises:
            StoreError: a draft has no name or no number, or a name is too long, or (on
                PostgreSQL) another desk gave one of the numbers to a contact meanwhile;
                nothing is imported.
            ValueError: a draft has an unstorable number (nothing is imported).
        """
        cleaned = [clean_draft(draft) for draft in drafts]
        if not cleaned:
            return ImportResult(added=0, updated=0, unchanged=0)
        now = aware(now, default_now=True)
        k = contacts.c
        added = updated = unchanged = 0
        with self._ctx.writer.begin() as conn:
            owner = self._owners(conn, {n for _, numbers, _, _ in cleaned for n in numbers})
            merging = self._merge_states(conn, set(owner.values()))
            affected: set[str] = set()
            for name, numbers, company, note in cleaned:
                match = next((owner[n] for n in numbers if n in owner), None)
                if match is None:
                    contact_id = conn.execute(
                        insert(contacts)
                        .values(
                            name=name,
                            company=company,
                            note=note,
                            search_text=contact_search_text(name, company),
                            created_at=now,
                            updated_at=now,
                        )
                        .returning(k.id)
                    ).scalar_one()
                    self._add_numbers(conn, contact_id, numbers, first_position=0)
                    owner.update(dict.fromkeys(numbers, contact_id))
                    merging[contact_id] = _MergeState(name, company, note, len(numbers))
                    affected.update(numbers)
                    added += 1
                    continue
                state = merging[match]
                values: dict[str, Any] = {}
                if company and not state.company:
                    values["company"] = state.company = company
                    values["search_text"] = contact_search_text(state.name, company)
                if note and not state.note:
                    values["note"] = state.note = note
                new_numbers = tuple(n for n in numbers if n not in owner)
                if new_numbers:
                    self._add_numbers(conn, match, new_numbers, first_position=state.count)
                    owner.update(dict.fromkeys(new_numbers, match))
                    state.count += len(new_numbers)
                    affected.update(new_numbers)
                if not values and not new_numbers:
                    unchanged += 1
                    continue
                conn.execute(update(contacts).where(k.id == match).values(**values, updated_at=now))
                updated += 1
            changed = self._conversations_with_numbers(conn, affected)
        self._ctx.emit(StoreChange(conversations=tuple(changed)))
        return ImportResult(added=added, updated=updated, unchanged=unchanged)

    def _select_contact(self, conn: Connection, contact_id: int) -> Contact | None:
        k = contacts.c
        row = conn.execute(
            select(k.id, k.name, k.company, k.note).where(k.id == contact_id)
        ).one_or_none()
        if row is None:
            return None
        numbers = self._numbers_of(conn, [row.id]).get(row.id, [])
        return Contact(ContactId(row.id), row.name, tuple(numbers), row.company, row.note)

    def _numbers_of(
        self, conn: Connection, contact_ids: Sequence[int]
    ) -> dict[int, builtins.list[str]]:
        """Each contact's numbers, in the order they were given."""
        n = contact_numbers.c
        found: dict[int, builtins.list[str]] = {}
        for chunk in chunks(contact_ids):
            stmt = (
                select(n.contact_id, n.number)
                .where(n.contact_id.in_(chunk))
                .order_by(n.contact_id, n.position, n.number)
            )
            for contact_id, number in conn.execute(stmt):
                found.setdefault(contact_id, []).append(number)
        return found

    def _owners(self, conn: Connection, numbers: Iterable[str]) -> dict[str, int]:
        """The contact each of these numbers belongs to (numbers of nobody are left out)."""
        n = contact_numbers.c
        owner: dict[str, int] = {}
        for chunk in chunks(sorted(numbers)):
            owner.update(
                (number, contact_id)
                for number, contact_id in conn.execute(
                    select(n.number, n.contact_id).where(n.number.in_(chunk))
                )
            )
        return owner

    def _merge_states(self, conn: Connection, contact_ids: Iterable[int]) -> dict[int, _MergeState]:
        k, n = contacts.c, contact_numbers.c
        states: dict[int, _MergeState] = {}
        for chunk in chunks(sorted(contact_ids)):
            count = (
                select(func.count())
                .where(n.contact_id == k.id)
                .correlate(contacts)
                .scalar_subquery()
            )
            for contact_id, name, company, note, numbers in conn.execute(
                select(k.id, k.name, k.company, k.note, count).where(k.id.in_(chunk))
            ):
                states[contact_id] = _MergeState(name, company, note, numbers)
        return states

    def _refuse_numbers_of_others(
        self, conn: Connection, numbers: Sequence[str], contact_id: int | None
    ) -> None:
        """Raise StoreError naming the contact that already has one of these numbers."""
        n, k = contact_numbers.c, contacts.c
        stmt = select(n.number, k.name).join(contacts, k.id == n.contact_id)
        stmt = stmt.where(n.number.in_(numbers))
        if contact_id is not None:
            stmt = stmt.where(n.contact_id != contact_id)
        taken = {row.number: row.name for row in conn.execute(stmt)}
        for number in numbers:  # the first in the order the person typed them
            if number in taken:
                shown = format_for_display(number, "")
                raise StoreError(
                    translate("Contacts", "{number} already belongs to {name}.").format(
                        number=shown, name=taken[number]
                    )
                )

    def _add_numbers(
        self, conn: Connection, contact_id: int, numbers: Sequence[str], *, first_position: int
    ) -> None:
        try:
            conn.execute(
                insert(contact_numbers),
                [
                    {"number": number, "contact_id": contact_id, "position": first_position + i}
                    for i, number in enumerate(numbers)
                ],
            )
        except IntegrityError as exc:
            # The numbers were checked in this transaction: only a concurrent writer (on
            # PostgreSQL; SQLite serialises writers) can have taken one since.
            if self._ctx.dialect == "sqlite":
                raise
            raise StoreError(
                translate(
                    "Contacts", "One of these numbers was just given to another contact. Try again."
                )
            ) from exc

    def _conversations_with_numbers(
        self, conn: Connection, numbers: Iterable[str]
    ) -> builtins.list[Conversation]:
        """The conversations with these peer numbers (those that exist), as they now are."""
        found: list[Conversation] = []
        for chunk in chunks(sorted(numbers)):
            stmt = self._ctx.rows().where(conversations.c.peer_number.in_(chunk))
            found.extend(to_conversation(row) for row in conn.execute(stmt))
        found.sort(key=lambda conversation: conversation.id)
        return found

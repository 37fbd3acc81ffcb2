"""Staff accounts and sign-in turns in the database: the rows ``desktop.accounts.staff`` and
``desktop.accounts.throttle`` keep their rules on.

The rules stay with them (hashing, what an extension is, the arithmetic of the slow-down);
here is what must happen inside one transaction: the first administrator made only while
there is no account, the enabled administrators read locked before one is disabled, a turn
read and written under a table lock, a new password and the end of its wrong sign-ins
together. Password hashes go in and out of these methods and nowhere else; an error that
carries the statement's parameters never leaves here.
"""

from __future__ import annotations

import builtins
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, String, delete, func, insert, literal, select, true, update
from sqlalchemy.exc import IntegrityError

from desktop.core.models import UserId
from desktop.store.context import Context
from desktop.store.errors import StoreError
from desktop.store.rows import AnyRow
from desktop.store.tables import (
    UTCDateTime,
    messages,
    remembered_sign_ins,
    sign_in_failures,
    sync_state,
    users,
)

__all__ = ["AccountRecords", "LastEnabledAdministrator", "SignInRows", "User"]

# The sync_state row holding this database's random id (see ``AccountRecords.database_id``).
_DATABASE_ID_KEY = "database_id"

_T = TypeVar("_T")

SignInRows = dict[str, tuple[int, datetime]]
"""Wrong sign-ins in a row and the time of the last counted attempt, by key (extension)."""

_failures = sign_in_failures.c
_remembered = remembered_sign_ins.c


@dataclass(frozen=True, slots=True)
class User:
    """A staff account as the app sees it; the password hash never leaves the store.

    Attributes:
        id: the account's id.
        extension: the phone extension it signs in with.
        display_name: the person's name as colleagues see it.
        is_admin: may manage accounts and settings.
        created_at: when the account was made (aware UTC).
        last_sign_in_at: the last successful sign-in (aware UTC), or None if never.
        disabled: an administrator disabled it; it cannot sign in.
    """

    id: UserId
    extension: str
    display_name: str
    is_admin: bool
    created_at: datetime
    last_sign_in_at: datetime | None
    disabled: bool

    @property
    def label(self) -> str:
        """The name with the extension, as shown to colleagues: ``"Anna (101)"``."""
        return f"{self.display_name} ({self.extension})"


class LastEnabledAdministrator(StoreError):
    """Disabling this account would leave no enabled administrator (nothing was changed)."""


_USER_COLUMNS = (
    users.c.id,
    users.c.extension,
    users.c.display_name,
    users.c.is_admin,
    users.c.created_at,
    users.c.last_sign_in_at,
    users.c.disabled_at,
)


def _user(row: AnyRow) -> User:
    uid, extension, name, is_admin, created_at, last_sign_in_at, disabled_at = row[:7]
    return User(
        id=UserId(uid),
        extension=extension,
        display_name=name,
        is_admin=bool(is_admin),
        created_at=created_at,
        last_sign_in_at=last_sign_in_at,
        disabled=disabled_at is not None,
    )


def _newest_message_id() -> Any:
    """The newest message id when the statement runs: a new colleague's read baseline.

    What arrived before someone joined is the team's history, not their unread work; taken
    inside the INSERT, so a message stored at the same moment is on one side of it or the
    other, never lost between a read and the write.
    """
    return select(func.coalesce(func.max(messages.c.id), 0)).scalar_subquery()


class AccountRecords:
    """The accounts and the sign-in turns (``store.accounts``).

    Args:
        context: the store's engine.
    """

    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._postgresql = context.dialect == "postgresql"

    # -- accounts --------------------------------------------------------------------------

    def has_users(self) -> bool:
        """Tell whether any account exists."""
        with self._ctx.read() as conn:
            return conn.execute(select(users.c.id).limit(1)).first() is not None

    def list(self) -> builtins.list[User]:
        """Every account, in extension order (101 before 1001: shorter ones first)."""
        stmt = select(*_USER_COLUMNS).order_by(func.length(users.c.extension), users.c.extension)
        with self._ctx.read() as conn:
            return [_user(row) for row in conn.execute(stmt)]

    def get(self, extension: str) -> User | None:
        """The account with this extension, or None."""
        stmt = select(*_USER_COLUMNS).where(users.c.extension == extension)
        with self._ctx.read() as conn:
            row = conn.execute(stmt).one_or_none()
        return _user(row) if row is not None else None

    def with_password_hash(self, extension: str) -> tuple[User, str] | None:
        """The account with this extension and its stored password hash, or None."""
        stmt = select(*_USER_COLUMNS, users.c.password_hash).where(users.c.extension == extension)
        with self._ctx.read() as conn:
            row = conn.execute(stmt).one_or_none()
        return (_user(row), row.password_hash) if row is not None else None

    def add(
        self,
        extension: str,
        display_name: str,
        password_hash: str,
        *,
        is_admin: bool,
        now: datetime,
    ) -> UserId | None:
        """Insert an account whose read baseline is the newest message id.

        Returns:
            Its id; None when another account has the extension (the unique constraint
            decides, also between two desks adding it at once).
        """
        taken = False
        try:
            with self._ctx.writer.begin() as conn:
                uid = conn.execute(
                    insert(users)
                    .values(
                        extension=extension,
                        display_name=display_name,
                        password_hash=password_hash,
                        is_admin=is_admin,
                        created_at=now,
                        read_baseline_id=_newest_message_id(),
                    )
                    .returning(users.c.id)
                ).scalar_one()
        except IntegrityError:
            taken = True
        # Returned outside the except block: the database error lists the statement's
        # parameters, the password hash too, and must not ride along as __context__.
        return None if taken else UserId(uid)

    def add_first_admin(
        self,
        extension: str,
        display_name: str,
        password_hash: str,
        *,
        now: datetime,
        signed_in: bool,
    ) -> User | None:
        """Insert the first account, an administrator, only while there is no account.

        The check and the insert are one statement in one write transaction, so of two
        people setting up at the same moment exactly one succeeds.

        Args:
            signed_in: its last sign-in is ``now`` (the app's first run), not "never".

        Returns:
            The new account; None when an account exists already.
        """
        row = (
            select(
                literal(extension, String()),
                literal(display_name, String()),
                literal(password_hash, String()),
                true(),
                literal(now, UTCDateTime()),
                literal(now if signed_in else None, UTCDateTime()),
                _newest_message_id(),
            )
            # NOT EXISTS in the same statement: no gap between looking and inserting.
            .where(~select(literal(1)).select_from(users).exists())
        )
        stmt = insert(users).from_select(
            [
                "extension",
                "display_name",
                "password_hash",
                "is_admin",
                "created_at",
                "last_sign_in_at",
                "read_baseline_id",
            ],
            row,
        )
        found: AnyRow | None = None
        try:
            with self._ctx.writer.begin() as conn:
                if self._postgresql:
                    # READ COMMITTED lets two transactions both see an empty table; this lock
                    # mode conflicts with itself and with inserts, so the second waits and
                    # then sees the first's row. (SQLite's BEGIN IMMEDIATE already does.)
                    conn.exec_driver_sql("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE")
                # RETURNING, not rowcount: psycopg reports -1 for INSERT … SELECT.
                if conn.execute(stmt.returning(users.c.id)).first() is not None:
                    found = conn.execute(
                        select(*_USER_COLUMNS).where(users.c.extension == extension)
                    ).one()
        except IntegrityError:
            pass  # another account took the extension first: one exists, as below
        return _user(found) if found is not None else None

    def record_sign_in(self, user_id: UserId, now: datetime) -> None:
        """The account signed in at ``now``."""
        with self._ctx.writer.begin() as conn:
            conn.execute(update(users).where(users.c.id == user_id).values(last_sign_in_at=now))

    def replace_hash(self, user_id: UserId, old: str, new: str) -> bool:
        """Store ``new`` as the account's hash if it still has ``old`` (a password changed
        meanwhile wins); True if it was replaced."""
        with self._ctx.writer.begin() as conn:
            changed = conn.execute(
                update(users)
                .where(users.c.id == user_id, users.c.password_hash == old)
                .values(password_hash=new)
            ).rowcount
        return bool(changed)

    def set_password_hash(self, extension: str, password_hash: str) -> bool:
        """Give the account a new password hash and forget its wrong sign-ins, together.

        Returns:
            False when no account has this extension (nothing changed).
        """
        with self._ctx.writer.begin() as conn:
            found = conn.execute(
                update(users)
                .where(users.c.extension == extension)
                .values(password_hash=password_hash)
            ).rowcount
            if not found:
                return False
            self._forget_failures(conn, extension)
            # Every desk that remembered the account must sign in with the new password.
            self._forget_remembered_of(conn, extension)
        return True

    def set_disabled(self, extension: str, disabled: bool, *, now: datetime) -> bool:
        """Disable an account (keeping the time it was first disabled) or enable it.

        Returns:
            False when no account has this extension.

        Raises:
            LastEnabledAdministrator: it is the only enabled administrator; the enabled
                administrators are read locked, so two disabling each other cannot both
                succeed and leave none.
        """
        u = users.c
        disabled_at = (
            func.coalesce(u.disabled_at, literal(now, UTCDateTime())) if disabled else None
        )
        with self._ctx.writer.begin() as conn:
            if disabled:
                # (SQLite's write transaction locks already.)
                admins = select(u.extension).where(u.is_admin, u.disabled_at.is_(None))
                if self._postgresql:
                    admins = admins.with_for_update()
                if set(conn.execute(admins).scalars()) == {extension}:
                    raise LastEnabledAdministrator("the only enabled administrator")
            found = conn.execute(
                update(users).where(u.extension == extension).values(disabled_at=disabled_at)
            ).rowcount
            if disabled:
                # Enabled again, it signs in with its password first.
                self._forget_remembered_of(conn, extension)
        return bool(found)

    def set_admin(self, extension: str, is_admin: bool) -> bool:
        """Make an account an administrator, or an administrator an ordinary account.

        Returns:
            False when no account has this extension.

        Raises:
            LastEnabledAdministrator: it is the only enabled administrator (read locked, as
                in ``set_disabled``, so two demoting each other cannot both succeed).
        """
        u = users.c
        with self._ctx.writer.begin() as conn:
            if not is_admin:
                admins = select(u.extension).where(u.is_admin, u.disabled_at.is_(None))
                if self._postgresql:
                    admins = admins.with_for_update()
                if set(conn.execute(admins).scalars()) == {extension}:
                    raise LastEnabledAdministrator("the only enabled administrator")
            found = conn.execute(
                update(users).where(u.extension == extension).values(is_admin=is_admin)
            ).rowcount
        return bool(found)

    def database_id(self, now: datetime) -> str:
        """This database's id: random, made by whoever asks first, stored in the database."""
        read = select(sync_state.c.value_text).where(sync_state.c.key == _DATABASE_ID_KEY)
        with self._ctx.read() as conn:
            found = conn.execute(read).scalar_one_or_none()
        if not found:
            with self._ctx.writer.begin() as conn:
                # Whoever writes first wins; everyone then reads that one.
                conn.execute(
                    self._ctx.upsert(sync_state)
                    .values(key=_DATABASE_ID_KEY, value_text=secrets.token_hex(16), updated_at=now)
                    .on_conflict_do_nothing(index_elements=[sync_state.c.key])
                )
                found = conn.execute(read).scalar_one()
        return str(found)

    # -- remembered sign-ins ---------------------------------------------------------------

    def add_remembered(self, user_id: UserId, digest: str, now: datetime) -> None:
        """Keep the digest of a new remembered sign-in of ``user_id`` (one desk's token)."""
        with self._ctx.writer.begin() as conn:
            conn.execute(
                insert(remembered_sign_ins).values(
                    user_id=user_id, digest=digest, created_at=now, last_used_at=now
                )
            )

    def remembered(self, extension: str, digest: str) -> tuple[User, str] | None:
        """The account with this extension and the digest found for it, if it has a
        remembered sign-in with this digest; None otherwise."""
        stmt = (
            select(*_USER_COLUMNS, _remembered.digest)
            .join_from(users, remembered_sign_ins, _remembered.user_id == users.c.id)
            .where(users.c.extension == extension, _remembered.digest == digest)
        )
        with self._ctx.read() as conn:
            row = conn.execute(stmt).one_or_none()
        return (_user(row), row.digest) if row is not None else None

    def use_remembered(self, user_id: UserId, digest: str, now: datetime) -> bool:
        """Record a sign-in of ``user_id`` through the remembered sign-in ``digest``, if it
        is still there (one transaction); False when it was revoked meanwhile."""
        with self._ctx.writer.begin() as conn:
            kept = conn.execute(
                update(remembered_sign_ins)
                .where(_remembered.digest == digest, _remembered.user_id == user_id)
                .values(last_used_at=now)
            ).rowcount
            if kept:
                conn.execute(update(users).where(users.c.id == user_id).values(last_sign_in_at=now))
        return bool(kept)

    def forget_remembered(self, digest: str) -> bool:
        """Delete one remembered sign-in; False when there was none with this digest."""
        with self._ctx.writer.begin() as conn:
            gone = conn.execute(
                delete(remembered_sign_ins).where(_remembered.digest == digest)
            ).rowcount
        return bool(gone)

    def remembered_count(self, extension: str) -> int:
        """How many desks remember the account with this extension."""
        stmt = (
            select(func.count())
            .select_from(remembered_sign_ins)
            .join(users, _remembered.user_id == users.c.id)
            .where(users.c.extension == extension)
        )
        with self._ctx.read() as conn:
            return int(conn.execute(stmt).scalar_one())

    @staticmethod
    def _forget_remembered_of(conn: Connection, extension: str) -> None:
        owner = select(users.c.id).where(users.c.extension == extension).scalar_subquery()
        conn.execute(delete(remembered_sign_ins).where(_remembered.user_id == owner))

    # -- sign-in turns ---------------------------------------------------------------------

    def sign_in_failures(self, keys: Iterable[str]) -> SignInRows:
        """The wrong sign-ins counted at these keys (keys without any are left out)."""
        with self._ctx.read() as conn:
            return self._read_failures(conn, keys)

    def take_sign_in_turn(
        self, keys: Iterable[str], decide: Callable[[SignInRows], tuple[Mapping[str, Any], _T]]
    ) -> _T:
        """Read the counts at ``keys``, let ``decide`` reckon the turn, write what it says.

        One write transaction (SQLite ``BEGIN IMMEDIATE``; a table lock on PostgreSQL), so
        however many attempts reserve at once, each reads the turns the others wrote.

        Args:
            decide: given the counts, returns the rows to write (key: (failures, last
                attempt's time)) and what to return.
        """
        with self._ctx.writer.begin() as conn:
            if self._postgresql:
                # READ COMMITTED would let two reservations read the same last turn; this
                # mode conflicts with itself and with writes, so they take turns.
                conn.exec_driver_sql("LOCK TABLE sign_in_failures IN SHARE ROW EXCLUSIVE MODE")
            writes, result = decide(self._read_failures(conn, keys))
            for key, (failures, at) in writes.items():
                stmt = self._ctx.upsert(sign_in_failures).values(
                    extension=key, failures=failures, last_failure_at=at
                )
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=[_failures.extension],
                        set_={"failures": failures, "last_failure_at": at},
                    )
                )
        return result

    def sign_in_passed(self, key: str, overall_key: str) -> None:
        """The password typed for ``key`` was right: its count goes, and ``overall_key``'s
        count forgets this attempt."""
        with self._ctx.writer.begin() as conn:
            self._forget_failures(conn, key)
            conn.execute(
                update(sign_in_failures)
                .where(_failures.extension == overall_key, _failures.failures > 0)
                .values(failures=_failures.failures - 1)
            )

    @staticmethod
    def _read_failures(conn: Connection, keys: Iterable[str]) -> SignInRows:
        found = conn.execute(
            select(_failures.extension, _failures.failures, _failures.last_failure_at).where(
                _failures.extension.in_(list(keys))
            )
        ).all()
        return {row[0]: (int(row[1]), row[2]) for row in found}

    @staticmethod
    def _forget_failures(conn: Connection, key: str) -> None:
        conn.execute(delete(sign_in_failures).where(_failures.extension == key))

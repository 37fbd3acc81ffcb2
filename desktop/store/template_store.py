"""Saved replies in the store: shared ones (every colleague sees them, administrators change
them) and each colleague's own.

The rules sit in the statements, as for the team's other rules: a shared template changes
only where ``users`` says the colleague is an enabled administrator, an own template only
where ``owner_id`` is the colleague. Names are unique per scope (shared, or one colleague's),
ignoring case; on PostgreSQL a transaction-scoped advisory lock serialises the check and the
write, so two desks cannot both add "Thanks" at once (SQLite's writes are serialised anyway).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, delete, func, insert, literal, select, update

from desktop.core.i18n import translate
from desktop.core.models import UserId, utcnow
from desktop.core.templates import Template
from desktop.store.aggregate import Aggregate
from desktop.store.errors import NotAllowed, StoreError
from desktop.store.tables import TEMPLATE_NAME_LENGTH, templates, users

# Fixed, and unlike the poller's key (see desktop.store.team).
_TEMPLATE_LOCK_KEY = 0x534D5354  # "SMST"

TEMPLATE_BODY_LENGTH = 1600


def _template(row: Any) -> Template:
    tid, name, body, owner_id = row
    return Template(int(tid), name, body, int(owner_id) if owner_id is not None else None)


class Templates(Aggregate):
    """Saved replies (``store.templates``)."""

    @contextmanager
    def _template_write(self) -> Iterator[Connection]:
        with self._ctx.writer.begin() as conn:
            if self._ctx.dialect == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_TEMPLATE_LOCK_KEY})")
            yield conn

    def list(self, viewer: UserId | None) -> builtins.list[Template]:
        """The templates ``viewer`` may use: the shared ones and their own, by name.

        Args:
            viewer: the signed-in colleague; None lists the shared ones only.
        """
        t = templates.c
        scope: ColumnElement[bool] = t.owner_id.is_(None)
        if viewer is not None:
            scope = scope | (t.owner_id == viewer)
        stmt = select(t.id, t.name, t.body, t.owner_id).where(scope)
        with self._ctx.read() as conn:
            found = [_template(row) for row in conn.execute(stmt)]
        found.sort(key=lambda item: (item.name.casefold(), item.owner_id is not None, item.id))
        return found

    def add(
        self,
        name: str,
        body: str,
        *,
        by: UserId,
        shared: bool,
        now: datetime | None = None,
    ) -> Template:
        """Save a new template, shared with the team or ``by``'s own.

        Raises:
            StoreError: no name or text, too long, or the name is taken in that scope.
            NotAllowed: a shared template by someone who is not an enabled administrator.
        """
        name, body = _clean(name, body)
        now = now or utcnow()
        owner = None if shared else int(by)
        with self._template_write() as conn:
            self._refuse_template_change(conn, by, shared=shared)
            self._refuse_taken(conn, name, owner, None)
            tid = conn.execute(
                insert(templates)
                .values(name=name, body=body, owner_id=owner, created_at=now, updated_at=now)
                .returning(templates.c.id)
            ).scalar_one()
        return Template(int(tid), name, body, owner)

    def edit(
        self,
        template_id: int,
        name: str,
        body: str,
        *,
        by: UserId,
        shared: bool | None = None,
        now: datetime | None = None,
    ) -> Template:
        """Change a template's name and text (and, with ``shared``, its scope).

        Raises:
            StoreError: no name or text, too long, the name is taken, or it is gone.
            NotAllowed: ``by`` may not change it (or may not move it to that scope).
        """
        name, body = _clean(name, body)
        now = now or utcnow()
        t = templates.c
        with self._template_write() as conn:
            row = conn.execute(select(t.owner_id).where(t.id == template_id)).one_or_none()
            if row is None:
                raise StoreError(
                    translate("Templates", "That template was deleted in the meantime.")
                )
            was_shared = row.owner_id is None
            self._refuse_template_change(conn, by, shared=was_shared, owner=row.owner_id)
            now_shared = was_shared if shared is None else shared
            if now_shared != was_shared:
                self._refuse_template_change(conn, by, shared=now_shared)
            owner = None if now_shared else (row.owner_id if not was_shared else int(by))
            self._refuse_taken(conn, name, owner, template_id)
            conn.execute(
                update(templates)
                .where(t.id == template_id)
                .values(name=name, body=body, owner_id=owner, updated_at=now)
            )
        return Template(int(template_id), name, body, owner)

    def delete(self, template_id: int, *, by: UserId) -> None:
        """Delete a template (a shared one only by an administrator; gone already is fine).

        Raises:
            NotAllowed: ``by`` may not delete it.
        """
        t = templates.c
        with self._template_write() as conn:
            row = conn.execute(select(t.owner_id).where(t.id == template_id)).one_or_none()
            if row is None:
                return
            self._refuse_template_change(conn, by, shared=row.owner_id is None, owner=row.owner_id)
            conn.execute(delete(templates).where(t.id == template_id))

    def _refuse_template_change(
        self, conn: Connection, by: int, *, shared: bool, owner: int | None = None
    ) -> None:
        u = users.c
        row = conn.execute(select(u.is_admin, u.disabled_at).where(u.id == by)).one_or_none()
        if row is None or row.disabled_at is not None:
            raise NotAllowed(
                translate("Templates", "Your account is disabled, so you cannot change templates.")
            )
        if shared and not row.is_admin:
            raise NotAllowed(
                translate(
                    "Templates",
                    "Only an administrator can change templates shared with everyone. "
                    "Save it as your own (Only me) instead.",
                )
            )
        if not shared and owner is not None and owner != by:
            raise NotAllowed(
                translate(
                    "Templates", "That template belongs to a colleague; only they can change it."
                )
            )

    def _refuse_taken(
        self, conn: Connection, name: str, owner: int | None, template_id: int | None
    ) -> None:
        t = templates.c
        same_scope = t.owner_id.is_(None) if owner is None else t.owner_id == owner
        stmt = select(literal(1)).where(same_scope, func.lower(t.name) == name.lower())
        if template_id is not None:
            stmt = stmt.where(t.id != template_id)
        if conn.execute(stmt.limit(1)).first() is not None:
            if owner is None:
                sentence = translate(
                    "Templates",
                    "There is already a template “{name}” shared with everyone. Pick another name.",
                )
            else:
                sentence = translate(
                    "Templates", "There is already a template “{name}” of yours. Pick another name."
                )
            raise StoreError(sentence.format(name=name))


def _clean(name: str, body: str) -> tuple[str, str]:
    name = " ".join(name.split())
    body = body.strip()
    if not name:
        raise StoreError(translate("Templates", "A template needs a name."))
    if len(name) > TEMPLATE_NAME_LENGTH:
        raise StoreError(
            translate("Templates", "A template name can be at most {most} characters.").format(
                most=TEMPLATE_NAME_LENGTH
            )
        )
    if not body:
        raise StoreError(
            translate("Templates", "The template “{name}” needs some text.").format(name=name)
        )
    if len(body) > TEMPLATE_BODY_LENGTH:
        raise StoreError(
            translate(
                "Templates", "The template “{name}” is too long: at most {most} characters."
            ).format(name=name, most=TEMPLATE_BODY_LENGTH)
        )
    return name, body

"""Search: the conversations for what a person typed in the search box.

Names and companies of contacts (case and accents ignored), numbers typed with three or more
digits, and message text through the full-text index the migrations keep (FTS5 on SQLite, a
GIN index on PostgreSQL), each word as the start of a word. Whatever is typed is taken as
words, never as search syntax.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Connection,
    Select,
    String,
    any_,
    bindparam,
    false,
    literal,
    or_,
    select,
    text,
    true,
    union_all,
)

from desktop.core.models import Conversation
from desktop.store.aggregate import Aggregate
from desktop.store.rows import to_conversation
from desktop.store.search_cancel import SearchCancel
from desktop.store.sql import (
    FOLDED_BODY,
    INT_ARRAY,
    contains,
    fold_for_search,
    holds,
    json_values,
    typed_digits,
)
from desktop.store.tables import contact_numbers, contacts, conversations, messages

__all__ = ["Search"]

# How many of the newest matching messages a search reads first (see _search_sqlite).
_SEARCH_PROBE = 2000

# Up to this many conversations found, a search lets SQLite order them (a list of ids
# looked up in the activity index); more are met by walking that index newest first.
_SEARCH_LIST = 1000

# Up to this many older messages of the conversations a search is unsure about, they are
# matched on their own in a scratch index (see _older_matches).
_SCRATCH_MESSAGES = 5000
# Copying a message into the scratch index costs about as much as reading this many
# matches from the message index.
_SCRATCH_COST = 30

# More typed words than this are ignored: nobody searches with a paragraph, and each word
# costs the full-text index a lookup.
_SEARCH_MAX_WORDS = 12

# What unicode61 (FTS5) and PostgreSQL's parser take as a word: letters and digits.
_WORD = re.compile(r"[^\W_]+")

_TEXT_ARRAY = ARRAY(String())

# A message holding every typed word, as the start of a word, on PostgreSQL: the expression
# and condition of the partial search index (migration 0007), so the planner can use it.
# Both sides folded by smsdesk_fold: "cafe" finds "Café"; ":*" makes each word a prefix.
_PG_MATCHES = (
    "messages.kind = 'sms' AND to_tsvector('simple', smsdesk_fold(messages.body))"
    " @@ to_tsquery('simple', smsdesk_fold(:tsquery))"
)
# The same test for the walk of the newest conversations, message by message: on the folded
# text as stored (migration 0012), each typed word first looked for as plain text. A word
# that starts a word of the text is in the text, so that test never drops a match; it
# spares parsing into words (and folding) every message the walk meets, which made a
# walk 35 to 60 ms.
_PG_WALK_MATCHES = (
    "messages.kind = 'sms' AND {words} AND to_tsvector('simple', messages.{folded})"
    " @@ to_tsquery('simple', smsdesk_fold(:tsquery))"
)
_PG_WALK_WORD = "strpos(messages.{folded}, smsdesk_fold(:word_{n})) > 0"
# How many messages the planner expects to match, from its statistics of the indexed words
# (constants only: the typed words are a bound parameter).
_PG_MATCHES_ESTIMATE = (
    "EXPLAIN (FORMAT JSON) SELECT 1 FROM messages WHERE " + _PG_MATCHES  # noqa: S608
)
# Up to this many matching messages expected, a search reads them all from the index (a few
# milliseconds); above, it walks the newest conversations (see _conversations_with_words).
# Since the walk tests the stored folded text (migration 0012) it pays off sooner: two
# words expected in 3,000 messages (in 13,700, as words go together) took 51 ms from the
# index, and 17 ms walked.
_PG_SEARCH_FROM_INDEX = 2_000
# How many of the newest conversations such a walk tests before it leaves it to the index.
_PG_SEARCH_WALK = 2_000
# Up to this many numbers of contacts found by name, a search on PostgreSQL binds them as a
# list; beyond, it finds them again in a subquery (see _search_postgresql).
_PG_NAMED_LIST = 1_000


def _search_words(text: str) -> list[str]:
    """The words of a search, as the full-text index splits text: runs of letters and digits.

    Everything else (quotes, ``*``, parentheses, ``-``) separates words, so nothing typed can
    become search syntax.
    """
    return _WORD.findall(unicodedata.normalize("NFC", text))[:_SEARCH_MAX_WORDS]


def _fts5_query(words: Sequence[str]) -> str:
    """An FTS5 query matching rows that contain every word as the start of a word.

    Each word is a quoted string (so ``AND``, ``NEAR`` or ``OR`` are words, not operators)
    followed by ``*`` (prefix). The words hold no quotes, but any are doubled all the same,
    as FTS5 requires.
    """
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def _numbers_of(named: ColumnElement[bool]) -> Select[Any]:
    """SELECT the numbers of the contacts ``named`` holds for."""
    n, k = contact_numbers.c, contacts.c
    return select(n.number).join(contacts, k.id == n.contact_id).where(named)


# The tokenizer clause of a CREATE VIRTUAL TABLE … USING fts5(…) statement.
_TOKENIZE = re.compile(r"tokenize\s*=\s*'((?:[^']|'')*)'", re.IGNORECASE)


def _make_scratch_index(conn: Connection) -> None:
    """Make the connection's scratch FTS5 table ``temp.smsdesk_search_scratch`` (see
    ``Search._older_matches``), with the message index's own tokenizer, read from its
    definition, so both split and fold text alike. Contentless: it keeps only the words,
    and is emptied at once ('delete-all') after each use."""
    definition = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'messages_fts'"
    ).scalar()
    clause = _TOKENIZE.search(definition or "")
    tokenizer = clause.group(1) if clause else "unicode61"
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.smsdesk_search_scratch USING fts5("
        f"body, content='', tokenize='{tokenizer}')"
    )


class Search(Aggregate):
    """Searching conversations (``store.search``)."""

    def conversations(
        self, text: str, *, limit: int = 50, cancel: SearchCancel | None = None
    ) -> list[Conversation]:
        """Find conversations, archived or not, for what a person typed in the search box.

        A conversation is found when its contact's name or company contains the text
        (ignoring case and accents), when the text looks like a number with at
        least three digits and its number contains those digits, or when one of its messages
        contains every typed word, each as the start of a word ("inv 20" finds "Invoice
        2024"; "cafe" also finds "café"). Whatever is typed is taken as words,
        never as search syntax.

        Args:
            text: the typed text.
            limit: at most this many conversations.
            cancel: stops the search when the text it answers changed (another thread
                cancels it).

        Returns:
            The conversations, each once, newest activity first.

        Raises:
            SearchCancelled: ``cancel`` was cancelled before the answer was complete.
        """
        text = text.strip()
        if not text or limit <= 0:
            return []
        cancel = cancel or SearchCancel()
        cancel.check()
        words = _search_words(text)
        digits = typed_digits(text, minimum=3)
        named = self._contacts_matching(text)
        with self._ctx.read() as conn:
            if self._ctx.dialect == "sqlite":
                with cancel.interrupting(conn.connection.dbapi_connection):
                    return self._search_sqlite(
                        conn, words, digits, _numbers_of(named), limit, cancel
                    )
            return self._search_postgresql(conn, words, digits, named, limit)

    def _contacts_matching(self, text: str) -> ColumnElement[bool]:
        """The condition on contacts whose name or company contains ``text``."""
        k = contacts.c
        folded = fold_for_search(text) or ""
        if "\n" not in folded:
            # The folded text stored with each contact: no fold per contact.
            return holds(self._ctx.dialect, k.search_text, folded) if folded else false()
        return or_(
            contains(self._ctx.dialect, k.name, text),
            contains(self._ctx.dialect, k.company, text),
        )

    def _search_sqlite(
        self,
        conn: Connection,
        words: Sequence[str],
        digits: str,
        named: Select[Any],
        limit: int,
        cancel: SearchCancel,
    ) -> list[Conversation]:
        """Search with the FTS5 index, reading no more of it than the answer needs.

        The newest matching messages are read first (FTS5 walks its index backwards). When
        they are all the matches, their conversations are the answer. When there are more,
        the conversations are walked newest activity first: those with one of the newest
        matches, a matching name or number are in at once; the few others met before the
        page is full are checked against their older messages (``_older_matches``).

        Every way of being found is a set of conversation ids, so the walk and the final
        ordering read only the activity index, never a conversation's row.
        """
        c = conversations.c
        fts_query = _fts5_query(words)
        hits: set[int] = set()
        mids: list[int] = []  # the newest matching messages, newest first
        older_than: int | None = None  # set when older matches were not read
        if fts_query:
            newest = conn.exec_driver_sql(
                "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?"
                " ORDER BY rowid DESC LIMIT ?",
                (fts_query, _SEARCH_PROBE + 1),
            ).all()
            mids = [mid for (mid,) in newest]
            if len(mids) > _SEARCH_PROBE:
                older_than = mids[-1]
            cancel.check()
            hits = set(
                conn.execute(
                    select(messages.c.conversation_id)
                    .where(messages.c.id.in_(json_values(mids)))
                    .distinct()
                ).scalars()
            )
        cancel.check()
        found: set[int] = set()
        if older_than is None:
            # A contact's numbers, as conversation ids (ids cost less to carry than numbers).
            # When the messages send the search down the walk, only the conversations it
            # is unsure of are looked up (below): one or two letters match most contacts
            # ("a": 30,000 of 33,000), and reading them all cost 27 ms.
            found.update(
                conn.execute(
                    select(c.id).where(c.peer_number.in_(named.scalar_subquery()))
                ).scalars()
            )
        if digits:
            cancel.check()
            # The numbers' own index, read whole (it holds the ids): a fragment found in few
            # numbers ("5550") otherwise read every conversation's row in activity order
            # (48 ms at 100,000 conversations; this: 6).
            found.update(
                cid
                for (cid,) in conn.exec_driver_sql(
                    "SELECT id FROM conversations WHERE instr(peer_number, ?) > 0", (digits,)
                )
            )
        cancel.check()
        found |= hits
        if older_than is None and len(found) <= _SEARCH_LIST:
            # Every match is known, and they are few: let the activity index order them.
            if not found:
                return []
            stmt = (
                self._ctx.rows()
                .where(c.id.in_(json_values(sorted(found))))
                .order_by(c.last_activity_at.desc(), c.id.desc())
                .limit(limit)
            )
            return [to_conversation(row) for row in conn.execute(stmt)]

        # Many: walk the conversations newest first (the activity index alone), and stop at
        # the limit-th found ("415" is in a third of the numbers).
        met: list[int] = []  # in activity order
        chosen: set[int] = set()
        unsure: list[int] = []  # met before the page filled, without a known match
        walk = conn.execute(select(c.id).order_by(c.last_activity_at.desc(), c.id.desc()))
        for (cid,) in walk:
            met.append(cid)
            if cid in found:
                chosen.add(cid)
                if len(chosen) == limit:
                    break
            else:
                unsure.append(cid)
        walk.close()
        if unsure and older_than is not None:
            cancel.check()
            # Those with a contact found by name: a few looked up each by its number, many
            # among all the conversations of the contacts found.
            if len(unsure) <= _SEARCH_LIST:
                is_named = named.where(contact_numbers.c.number == c.peer_number).exists()
                named_unsure = set(
                    conn.execute(
                        select(c.id).where(c.id.in_(json_values(unsure)), is_named)
                    ).scalars()
                )
            else:
                named_unsure = set(unsure) & set(
                    conn.execute(
                        select(c.id).where(c.peer_number.in_(named.scalar_subquery()))
                    ).scalars()
                )
            chosen |= named_unsure
            unsure = [cid for cid in unsure if cid not in named_unsure]
        if unsure and older_than is not None:
            cancel.check()
            # As many older matches as the newest were dense (a guess to choose a way by).
            expected = _SEARCH_PROBE * older_than // max(1, mids[0] - older_than)
            chosen.update(self._older_matches(conn, unsure, older_than, fts_query, expected))
        cancel.check()
        ranked = [cid for cid in met if cid in chosen][:limit]
        return self._conversations_in_order(conn, ranked)

    def _older_matches(
        self,
        conn: Connection,
        unsure: Sequence[int],
        older_than: int,
        fts_query: str,
        expected: int,
    ) -> set[int]:
        """Which of the ``unsure`` conversations have a message older than ``older_than``
        matching ``fts_query`` (SQLite).

        FTS5 re-reads a prefix's whole index on every query, and a short prefix has most of
        the index ("a": 128 ms at a million messages), so when these conversations have
        few older SMS next to the ``expected`` older matches (a page of conversations
        usually has a few hundred) the query is run on those messages alone: copied into a
        scratch FTS5 table of the connection with the index's own tokenizer, they match
        exactly as the index would. Otherwise the index's older matches are read once for
        all of them.
        """
        unsure_json = json.dumps(list(unsure))
        (candidates,) = conn.exec_driver_sql(
            "SELECT count(*) FROM (SELECT 1 FROM json_each(?) AS u"
            " CROSS JOIN messages AS m ON m.conversation_id = u.value"
            " WHERE m.id < ? LIMIT ?)",
            (unsure_json, older_than, _SCRATCH_MESSAGES + 1),
        ).one()
        if candidates <= _SCRATCH_MESSAGES and candidates * _SCRATCH_COST < expected:
            _make_scratch_index(conn)
            conn.exec_driver_sql(
                "INSERT INTO temp.smsdesk_search_scratch (rowid, body)"
                " SELECT m.id, m.body FROM json_each(?) AS u"
                " CROSS JOIN messages AS m ON m.conversation_id = u.value"
                " WHERE m.id < ? AND m.kind = 'sms'",
                (unsure_json, older_than),
            )
            matched = conn.exec_driver_sql(
                "SELECT DISTINCT m.conversation_id FROM messages AS m WHERE m.id IN ("
                "SELECT rowid FROM temp.smsdesk_search_scratch"
                " WHERE smsdesk_search_scratch MATCH ?)",
                (fts_query,),
            )
            found = {cid for (cid,) in matched}
            conn.exec_driver_sql(
                "INSERT INTO temp.smsdesk_search_scratch (smsdesk_search_scratch)"
                " VALUES ('delete-all')"
            )
            return found
        # The CROSS JOIN keeps SQLite walking these conversations' messages by index.
        older = conn.exec_driver_sql(
            "SELECT DISTINCT m.conversation_id FROM json_each(?) AS u"
            " CROSS JOIN messages AS m ON m.conversation_id = u.value"
            " WHERE m.id < ? AND +m.id IN ("
            "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? AND rowid < ?)",
            (unsure_json, older_than, fts_query, older_than),
        )
        return {cid for (cid,) in older}

    def _conversations_in_order(self, conn: Connection, ids: Sequence[int]) -> list[Conversation]:
        found = {
            row.id: to_conversation(row)
            for row in conn.execute(
                self._ctx.rows().where(conversations.c.id.in_(json_values(ids)))
            )
        }
        return [found[cid] for cid in ids if cid in found]

    def _search_postgresql(
        self,
        conn: Connection,
        words: Sequence[str],
        digits: str,
        named: ColumnElement[bool],
        limit: int,
    ) -> list[Conversation]:
        """Search with the GIN index on ``to_tsvector('simple', smsdesk_fold(body))``.

        The conversations found by their number and those found by their messages are two
        separate top-``limit`` lists (by activity), merged by the final statement: joined
        with OR in one condition, the planner could only filter every conversation with a
        subplan of the message search (``_conversations_with_words`` says how the messages
        are searched).
        """
        c = conversations.c
        newest_first = (c.last_activity_at.desc(), c.id.desc())
        # (The just-in-time compiler is off on the store's connections: see database.py.)
        found: list[Select[Any]] = []
        by_number: list[Any] = []
        # The contacts' numbers travel as a list when they are few; when many contacts
        # match (a letter or two: 22,000 numbers for "t"), shipping them to Python and back
        # made a search of 29 ms take 82, and the server joins them itself. The contacts
        # are found first and their numbers then: joined in one statement, the planner
        # walked every contact's numbers too, twice the time when none matches.
        n, k = contact_numbers.c, contacts.c
        ids = list(conn.execute(select(k.id).where(named).limit(_PG_NAMED_LIST + 1)).scalars())
        numbers: list[str] = []
        if 0 < len(ids) <= _PG_NAMED_LIST:
            of_contacts = n.contact_id == any_(bindparam("contacts", ids, type_=INT_ARRAY))
            numbers = list(
                conn.execute(
                    select(n.number).where(of_contacts).limit(_PG_NAMED_LIST + 1)
                ).scalars()
            )
        if len(ids) > _PG_NAMED_LIST or len(numbers) > _PG_NAMED_LIST:
            by_number.append(c.peer_number.in_(_numbers_of(named)))
        elif numbers:
            named_list = bindparam("named", sorted(numbers), type_=_TEXT_ARRAY)
            by_number.append(c.peer_number == any_(named_list))
        if digits:
            by_number.append(c.peer_number.contains(digits))
        if by_number:
            found.append(select(c.id).where(or_(*by_number)).order_by(*newest_first).limit(limit))
        if words:
            # Read on their own first: a word found nowhere (or only in conversations the
            # numbers find anyway) then costs no plan of the statement below (2 ms).
            with_words = self._conversations_with_words(conn, words, limit)
            if with_words:
                found.append(
                    select(c.id).where(c.id == any_(bindparam("words", with_words, INT_ARRAY)))
                )
        if not found:
            return []
        candidates = union_all(*(part.subquery().select() for part in found)).subquery()
        stmt = (
            self._ctx.rows()
            .where(c.id.in_(select(candidates.c.id)))
            .order_by(*newest_first)
            .limit(limit)
        )
        return [to_conversation(row) for row in conn.execute(stmt)]

    def _conversations_with_words(
        self, conn: Connection, words: Sequence[str], limit: int
    ) -> list[int]:
        """The newest ``limit`` conversations with a message holding every word (PostgreSQL).

        Two ways, chosen by how many messages the planner expects to match (its statistics
        of the indexed words, migration 0011): few, and every match is read from the index
        at once; many, and the newest conversations are walked, each until its first match,
        which a common word ends quickly. The walk stops after the newest
        ``_PG_SEARCH_WALK`` conversations: words each common but never in one message
        ("thanks appointment") would otherwise walk every message (3.9 s at a million, and
        the planner, which takes words as independent, expects thousands of matches), so
        the index answers when the walk does not.

        Returns:
            The conversations' ids, newest activity first.
        """
        c, m = conversations.c, messages.c
        newest_first = (c.last_activity_at.desc(), c.id.desc())
        query = {"tsquery": " & ".join(f"{word}:*" for word in words)}
        # Each word is letters and digits only, so it cannot be tsquery syntax.
        matches = text(_PG_MATCHES).bindparams(**query)
        (plan,) = conn.execute(text(_PG_MATCHES_ESTIMATE), query).scalar_one()
        if plan["Plan"]["Plan Rows"] > _PG_SEARCH_FROM_INDEX:
            each_word = " AND ".join(
                _PG_WALK_WORD.format(folded=FOLDED_BODY, n=n) for n in range(len(words))
            )
            tested = text(_PG_WALK_MATCHES.format(words=each_word, folded=FOLDED_BODY)).bindparams(
                **query, **{f"word_{n}": word for n, word in enumerate(words)}
            )
            # The newest conversations in order, each tested as it comes: the walk stops at
            # the limit-th with a match (filtering them first would test all of them).
            newest = (
                select(c.id, c.last_activity_at)
                .order_by(*newest_first)
                .limit(max(_PG_SEARCH_WALK, 5 * limit))
                .subquery()
            )
            # Its first match, looked for in each conversation's own messages (LATERAL …
            # LIMIT 1): a semi-join would let the planner, which has no statistics of the
            # stored text, hash every message instead.
            first_match = (
                select(literal(1).label("hit"))
                .where(m.conversation_id == newest.c.id, tested)
                .limit(1)
                .lateral("first_match")
            )
            walk = (
                select(newest.c.id)
                .select_from(newest.join(first_match, true()))
                .order_by(newest.c.last_activity_at.desc(), newest.c.id.desc())
                .limit(limit)
            )
            walked = list(conn.execute(walk).scalars())
            if len(walked) == limit:
                return walked
        # MATERIALIZED: read from the index on its own, never re-planned into a walk.
        hits = select(m.conversation_id).where(matches).cte("hits").prefix_with("MATERIALIZED")
        stmt = (
            select(c.id)
            .where(c.id.in_(select(hits.c.conversation_id)))
            .order_by(*newest_first)
            .limit(limit)
        )
        return list(conn.execute(stmt).scalars())

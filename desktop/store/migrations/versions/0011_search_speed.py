"""PostgreSQL search uses its index: a fold in microseconds, and word statistics.

Revision ID: 0011
Revises: 0010
Create Date: 2027-02-01 00:00:00

Two causes made a search for a word found nowhere take 77 s on PostgreSQL at 1,000,000
messages, and Find in a 10,001-message conversation 744 ms:

- ``smsdesk_fold`` (migration 0007) translated each character of a text through a table of
  547 letters, and ``translate`` compares a character with the table one entry after
  another: about 120 µs per SMS, 1.2 s to fold a 10,000-message conversation. It is
  replaced by a function with exactly the same result for every text (so the search index
  built on it stays valid: nothing is re-indexed) that only translates through the part of
  the table the text can need. Text with no letter of the table's blocks (English, numbers,
  emoji, Chinese…) is only lower-cased; text whose letters are all Latin-1 (French, German,
  Spanish…) uses the table's 57 Latin-1 letters, with Latin Extended-A (Polish, Czech,
  Turkish…) its 172, Greek alone its 80, basic Cyrillic alone its 56, and anything else the
  whole table as before. The function is no longer declared STRICT (it gives NULL for NULL
  all the same), so PostgreSQL can inline its CASE into the queries and the index.
- The planner had no statistics of the words in messages: those of an expression index are
  ignored when the index is partial, as the search index is (SMS only). It guessed that any
  word matched 2 % of messages and walked the newest conversations testing their messages
  one by one, hoping to meet matches early: a word found nowhere walked all of them. Extended
  statistics on the indexed expression (``messages_fts_words``, PostgreSQL 14 and newer) give
  it each common word's frequency; ANALYZE collects them now, autovacuum keeps them fresh.

Nothing changes on SQLite.
"""

from collections.abc import Sequence

from alembic import op

from desktop.store.migrations.helpers import fold_table

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _range(first: int, last: int) -> str:
    return f"\\u{first:04X}-\\u{last:04X}"


def _translate(value: str, table: dict[str, str], first: int, last: int) -> str:
    """``translate(value, …)`` through the letters of the table from ``first`` to ``last``."""
    part = {k: v for k, v in table.items() if first <= ord(k) <= last}
    sources, targets = "".join(part), "".join(part.values())
    return f"pg_catalog.translate({value}, '{sources}', '{targets}')"


def _fold_sql(table: dict[str, str]) -> str:
    """The body of the fast ``smsdesk_fold``: a CASE that picks the smallest part of the
    table the lower-cased text can need, by which of the covered blocks its letters are in.

    Each branch is exact: ``translate`` maps character by character, so leaving out of the
    table letters that do not occur in the text changes nothing (and an all-ASCII text has
    none of its letters, nor "ß"). The last branch is migration 0007's function itself.
    """
    cases = " ".join(f"WHEN {test} THEN {result}" for test, result in branches(table))
    return f"SELECT CASE {cases} ELSE {_whole(table)} END"


_LOWERED = "pg_catalog.lower($1)"


def _sharp_s(value: str) -> str:
    return f"pg_catalog.replace({value}, 'ß', 'ss')"


def _whole(table: dict[str, str]) -> str:
    """The fold through the whole table: migration 0007's, the CASE's last branch."""
    everything, targets = "".join(table), "".join(table.values())
    return _sharp_s(f"pg_catalog.translate({_LOWERED}, '{everything}', '{targets}')")


def branches(table: dict[str, str]) -> list[tuple[str, str]]:
    """The CASE's branches before the last, as (test, fold) in SQL of the argument ``$1``,
    cheapest first (the suite checks which one each kind of text takes)."""

    def has_none_of(*ranges: tuple[int, int]) -> str:
        # Code-point ranges: PostgreSQL's regular expressions compare code points, whatever
        # the collation. Qualified operator: the index must not depend on a search_path.
        pattern = "".join(_range(first, last) for first, last in ranges)
        return f"{_LOWERED} OPERATOR(pg_catalog.!~) '[{pattern}]'"

    return [
        # Plain ASCII (most SMS): the cheapest test there is, no regular expression.
        (
            f"pg_catalog.octet_length({_LOWERED}) OPERATOR(pg_catalog.=)"
            f" pg_catalog.length({_LOWERED})",
            _LOWERED,
        ),
        (has_none_of((0x00C0, 0x04FF)), _LOWERED),
        (has_none_of((0x0100, 0x04FF)), _sharp_s(_translate(_LOWERED, table, 0x00C0, 0x00FF))),
        (has_none_of((0x0180, 0x04FF)), _sharp_s(_translate(_LOWERED, table, 0x00C0, 0x017F))),
        (
            has_none_of((0x00C0, 0x036F), (0x0400, 0x04FF)),
            _translate(_LOWERED, table, 0x0370, 0x03FF),
        ),
        (
            has_none_of((0x00C0, 0x03FF), (0x0460, 0x04FF)),
            _translate(_LOWERED, table, 0x0400, 0x045F),
        ),
    ]


def _function(body: str, *, strict: bool) -> str:
    # Qualified names: the index must not depend on a search_path.
    return (
        "CREATE OR REPLACE FUNCTION smsdesk_fold(text) RETURNS text LANGUAGE sql IMMUTABLE"
        f"{' STRICT' if strict else ''} PARALLEL SAFE AS $$ {body} $$"
    )


def _slow_fold_sql(table: dict[str, str]) -> str:
    """Migration 0007's body, for the downgrade."""
    sources, targets = "".join(table), "".join(table.values())
    return (
        "SELECT pg_catalog.replace(pg_catalog.translate("
        f"pg_catalog.lower($1), '{sources}', '{targets}'), 'ß', 'ss')"
    )


# Named like the other search objects (messages_fts*: tables.is_search_index).
_STATISTICS = "messages_fts_words"


def _has_expression_statistics() -> bool:
    """Whether the server has CREATE STATISTICS on expressions (PostgreSQL 14 and newer);
    written out for any server when the migration is only written as SQL (offline)."""
    if op.get_context().as_sql:
        return True
    version = op.get_bind().exec_driver_sql("SHOW server_version_num").scalar()
    return int(str(version)) >= 140000


def upgrade() -> None:
    """Replace smsdesk_fold(text) by the fast one with the same results, and give the
    planner statistics of the indexed words (PostgreSQL)."""
    if op.get_context().dialect.name != "postgresql":
        return  # SQLite's smsdesk_fold is registered by the store on each connection
    op.execute(_function(_fold_sql(fold_table()), strict=False))
    if _has_expression_statistics():
        op.execute(
            f"CREATE STATISTICS IF NOT EXISTS {_STATISTICS}"
            " ON (to_tsvector('simple', smsdesk_fold(body))) FROM messages"
        )
        # A sample of 30,000 rows at most: a second or two even at a million messages.
        op.execute("ANALYZE messages")


def downgrade() -> None:
    """Drop the statistics and put back migration 0007's smsdesk_fold(text) (PostgreSQL)."""
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute(f"DROP STATISTICS IF EXISTS {_STATISTICS}")
    op.execute(_function(_slow_fold_sql(fold_table()), strict=True))

"""The search index on PostgreSQL: the SQLite statements of store/search_index.py made to run there, and the
query that stands for FTS5's MATCH.

The entries are the same rows (`search_entry`, text folded by `domain.text.fold`); instead of an FTS5
table, the server keeps each entry's distinct words as FTS5 cuts them (store/search_words.py) in the
generated tsvector column `lexemes` under a GIN index (migration 0005). FTS5's '"term"*' is the tsquery
'term':*, answered by the index alone; a term of several words (a phrase) or a word longer than the 200
characters a lexeme keeps is also checked against the entry's words in order (`unnm_search_words`).
Nothing is kept in step by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

_INSERT_OR_IGNORE = re.compile(r"INSERT OR IGNORE INTO (.+)", re.S)
_PLAIN_INSERT = re.compile(r"INSERT INTO (\w+) \(([\w, ]+)\) VALUES \([?, ]+\)")
# The GIN index of migration 0005 gathers new entries in a pending list that every search then reads through;
# after a rebuild (21,000 entries) that costs each search milliseconds until autovacuum merges it. Only the
# index's owner may merge it at once; anyone else leaves it to autovacuum.
_MERGE_PENDING = (
    "SELECT gin_clean_pending_list(c.oid) FROM pg_class AS c "
    "WHERE c.relname = 'ix_search_entry_lexemes' AND pg_has_role(c.relowner, 'USAGE')"
)


def postgres_sql(sql: str) -> str:
    """The qmark SQL of the search modules in psycopg's format style."""
    sql = sql.replace("%", "%%").replace("?", "%s")
    ignored = _INSERT_OR_IGNORE.fullmatch(sql)
    if ignored:
        sql = f"INSERT INTO {ignored.group(1)} ON CONFLICT DO NOTHING"
    return sql


class PostgresCursor:
    """A psycopg cursor that takes the search modules' SQLite-style statements."""

    is_postgres = True

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> PostgresCursor:
        if sql.startswith("INSERT INTO search_entry ") and "RETURNING" not in sql:
            sql += " RETURNING id"
        self._cursor.execute(postgres_sql(sql), tuple(parameters))
        return self

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> PostgresCursor:
        plain = _PLAIN_INSERT.fullmatch(sql)
        if plain and len(rows) > 100:
            # COPY: a rebuild's 21,000 entries in a third of the time of one INSERT each, even pipelined.
            with self._cursor.copy(f"COPY {plain.group(1)} ({plain.group(2)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return self
        self._cursor.executemany(postgres_sql(sql), [tuple(row) for row in rows])
        return self

    def merge_pending(self) -> None:
        """After many entries at once: merge them into the index now (see _MERGE_PENDING)."""
        self._cursor.execute(_MERGE_PENDING)

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor.fetchall())


# BM25's constants, as FTS5 uses them. Without a term's frequency in the entry, which would mean reading every
# matching entry's text (tens of milliseconds for a common word on 1,000 meetings), the score weighs the entry's
# length only: of the records holding every word, the shorter come first, as bm25 ranks equal frequencies.
_K1, _B = 1.2, 0.75
_AVERAGE_BYTES = 900.0  # of a folded entry, about the demo register's average
_LEXEME_CHARACTERS = 200  # migration 0005 keeps a word's first 200 characters


def _lexeme(word: str, prefix: bool) -> str:
    quoted = "'" + word[:_LEXEME_CHARACTERS].replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + ":*" if prefix or len(word) > _LEXEME_CHARACTERS else quoted


def tsquery(phrases: Sequence[Sequence[str]]) -> str:
    """The tsquery true of every entry holding each phrase's words, the last word of each as a prefix (a
    phrase's word order and words longer than a lexeme are checked apart: see `needs_words_check`)."""
    parts = []
    for words in phrases:
        parts += [_lexeme(word, position == len(words) - 1) for position, word in enumerate(words)]
    return " & ".join(parts)


def needs_words_check(words: Sequence[str]) -> bool:
    return len(words) > 1 or len(words[0]) > _LEXEME_CHARACTERS


def like_pattern(words: Sequence[str]) -> str:
    """LIKE pattern true where these words occur in order in `unnm_search_words(folded)`, the last as a prefix."""
    text = "".join(" " + word for word in words)
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def matching_entries(
    phrases: Sequence[Sequence[str]], limit: int | None, kinds: Sequence[str] | None
) -> tuple[str, list[object]]:
    """SQL (and its parameters) of the entries holding every phrase (each a list of words), best first: the
    shorter entry first (a bm25 without frequencies, lower is better), then by kind and record id, so that the
    order is always the same."""
    weight = f"{_K1 + 1} / (1 + {_K1} * (1 - {_B} + {_B} * best.bytes / {_AVERAGE_BYTES}))"
    conditions = ["e.lexemes @@ %s::tsquery"]
    parameters: list[object] = [tsquery(phrases)]
    for words in phrases:
        if needs_words_check(words):
            conditions.append("unnm_search_words(e.folded) LIKE %s")
            parameters.append(like_pattern(words))
    if kinds:
        conditions.append(f"e.kind IN ({', '.join('%s' for _ in kinds)})")
        parameters += list(kinds)
    tail = ""
    if limit is not None:
        tail = " LIMIT %s"
        parameters.append(limit)
    # Ordered by the length itself (an integer; the score falls as it grows) and by bytes ("C"), not by the
    # locale's collation: a common word has thousands of entries to sort. They are sorted narrow (the length, the
    # kind, the ids) and only the best are read whole: carrying every match's text through the sort cost a
    # one-letter query two thirds of its time.
    order = 'best.bytes, best.kind COLLATE "C", best.record_id COLLATE "C"'
    sql = (
        f"SELECT e.kind, e.record_id, e.meeting_id, e.agenda_item_id, e.folded, -{len(phrases)} * {weight} AS score "
        f"FROM (SELECT e.id, e.kind, e.record_id, octet_length(e.folded) AS bytes FROM search_entry AS e "
        f"WHERE {' AND '.join(conditions)} ORDER BY {order.replace('best.', '')}{tail}) AS best "
        f"JOIN search_entry AS e ON e.id = best.id ORDER BY {order}"
    )
    return sql, parameters


def fetch_matching(
    cursor: Any, phrases: Sequence[Sequence[str]], limit: int | None, kinds: Sequence[str] | None, explain: str = ""
) -> list[Any]:
    """The rows of `matching_entries` (or, with explain="EXPLAIN ANALYZE", its plan), planned without table scans.

    The planner prices reading a row's words as nothing and, for a common word (or one letter), would scan the
    table and read every entry's words; the GIN index answers without reading them (a one-letter word on
    1,000 meetings: 15 ms instead of 70). The setting lasts for this statement only."""
    sql, parameters = matching_entries(phrases, limit, kinds)
    connection = cursor.connection
    # One round trip for the three: the setting's value before is kept in a variable of this transaction and put
    # back from there in the same batch.
    with connection.pipeline():
        connection.execute(_SEQSCAN_OFF)
        found = connection.execute(f"{explain} {sql}".strip(), parameters)
        connection.execute(_SEQSCAN_BACK)
    return found.fetchall()


_SEQSCAN_OFF = (
    "SELECT set_config('unnm.enable_seqscan_before', current_setting('enable_seqscan'), true), "
    "set_config('enable_seqscan', 'off', true)"
)
_SEQSCAN_BACK = "SELECT set_config('enable_seqscan', current_setting('unnm.enable_seqscan_before'), true)"

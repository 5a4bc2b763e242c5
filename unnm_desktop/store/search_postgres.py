"""The search index on PostgreSQL: the SQLite statements of store/search_index.py made to run there.

The entries are the same rows (`search_entry`, text folded by `domain.text.fold`); instead of an FTS5
table, the server keeps each entry's words as FTS5 cuts them (" w1 w2 ... wn", the generated column `words`
of migration 0005, see store/search_words.py) under a trigram index (pg_trgm). A query term matches where
" term" occurs in them, exactly where FTS5's '"term"*' matches: `matching_entries` writes that as LIKE, which
the index serves. Nothing is kept in step by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

_INSERT_OR_IGNORE = re.compile(r"INSERT OR IGNORE INTO (.+)", re.S)


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
        self._cursor.executemany(postgres_sql(sql), [tuple(row) for row in rows])
        return self

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor.fetchall())


# BM25's constants, as FTS5 uses them; without the inverse document frequency, which would cost a count per term.
_K1, _B = 1.2, 0.75
_AVERAGE_WORDS_LENGTH = 300.0  # characters of `words`, about the average entry of the demo register


def like_pattern(phrase: str) -> str:
    """LIKE pattern true where `phrase` (from search_words.phrase) occurs."""
    return "%" + phrase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def matching_entries(
    phrases: Sequence[str], limit: int | None, kinds: Sequence[str] | None
) -> tuple[str, list[object]]:
    """SQL (and its parameters) of the entries holding every phrase, best first.

    The score imitates bm25 (lower is better): for each phrase, how often it occurs in the entry, damped and
    weighed against the entry's length; ties go by kind and record id, so the order is always the same."""
    parameters: list[object] = []
    frequency = "((length(e.words) - length(replace(e.words, %s, ''))) / length(%s)::float)"
    norm = f"{_K1} * (1 - {_B} + {_B} * length(e.words) / {_AVERAGE_WORDS_LENGTH})"
    terms_sql = []
    for found in phrases:
        terms_sql.append(f"({frequency} * {_K1 + 1} / ({frequency} + {norm}))")
        parameters += [found, found, found, found]
    score = "-(" + " + ".join(terms_sql) + ")"
    conditions = " AND ".join("e.words LIKE %s" for _ in phrases)
    parameters += [like_pattern(found) for found in phrases]
    if kinds:
        conditions += f" AND e.kind IN ({', '.join('%s' for _ in kinds)})"
        parameters += list(kinds)
    tail = ""
    if limit is not None:
        tail = " LIMIT %s"
        parameters.append(limit)
    sql = (
        f"SELECT e.kind, e.record_id, e.meeting_id, e.agenda_item_id, e.folded, {score} AS score "
        f"FROM search_entry AS e WHERE {conditions} ORDER BY score, e.kind, e.record_id{tail}"
    )
    return sql, parameters

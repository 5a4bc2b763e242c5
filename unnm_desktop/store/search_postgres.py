"""The search index on PostgreSQL: the SQLite statements of store/search_index.py made to run there.

The entries are the same rows (`search_entry`, text folded by `domain.text.fold`); instead of an FTS5
table, a trigram index on `folded` (pg_trgm, migration 0005) serves the word-prefix match, which
store/search_query.py writes as a regular expression. The index needs no keeping in step.
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


def word_prefix_pattern(term: str) -> str:
    """A POSIX regular expression true where `term` (folded) begins a word, as FTS5's "term"* is."""
    return r"(^|[^[:alnum:]])" + re.sub(r"([\\.^$|?*+()\[\]{}-])", r"\\\1", term)

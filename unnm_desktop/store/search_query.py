"""Reading the full-text search index (see store/search_index.py): FTS5 MATCH with bm25 ranking, and the
original text of the records found. SQLite-specific like the index itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import ARRAY, Connection, String, any_, bindparam, select

from unnm_desktop.store.models import Meeting
from unnm_desktop.store.search_index import cursor_of, document, source_query, source_rows


@dataclass(frozen=True)
class Hit:
    kind: str
    record_id: str
    meeting_id: str | None
    agenda_item_id: str | None
    folded: str
    score: float  # bm25: lower is better


def match_expression(terms: Sequence[str]) -> str:
    """FTS5 query: every (already folded) term must occur, each as a word prefix."""
    return " ".join(f'"{term}"*' for term in terms if term and '"' not in term)


def match(
    connection: Connection, terms: Sequence[str], *, limit: int = 30, kinds: Sequence[str] | None = None
) -> list[Hit]:
    """The best `limit` entries holding every term, best (lowest bm25) first."""
    expression = match_expression(terms)
    if not expression:
        return []
    if connection.dialect.name == "postgresql":
        return _postgres_match(connection, terms, limit, kinds)
    cursor = cursor_of(connection)
    columns = "e.kind, e.record_id, e.meeting_id, e.agenda_item_id, e.folded"
    if kinds:
        marks = ", ".join("?" for _ in kinds)
        rows = cursor.execute(
            f"SELECT {columns}, bm25(search_fts) AS score FROM search_fts JOIN search_entry AS e "
            f"ON e.id = search_fts.rowid WHERE search_fts MATCH ? AND e.kind IN ({marks}) ORDER BY score LIMIT ?",
            (expression, *kinds, limit),
        )
    else:
        rows = cursor.execute(
            f"SELECT {columns}, r.rank FROM (SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? "
            "ORDER BY rank LIMIT ?) AS r JOIN search_entry AS e ON e.id = r.rowid ORDER BY r.rank",
            (expression, limit),
        )
    return [Hit(*row) for row in rows.fetchall()]


def matching_records(connection: Connection, terms: Sequence[str], kinds: Sequence[str]) -> set[tuple[str, str]]:
    """Every (kind, record id) of these kinds whose entry holds every term (unranked, for filters)."""
    expression = match_expression(terms)
    if not expression:
        return set()
    if connection.dialect.name == "postgresql":
        return {(hit.kind, hit.record_id) for hit in _postgres_match(connection, terms, None, kinds)}
    marks = ", ".join("?" for _ in kinds)
    rows = cursor_of(connection).execute(
        "SELECT e.kind, e.record_id FROM search_fts JOIN search_entry AS e ON e.id = search_fts.rowid "
        f"WHERE search_fts MATCH ? AND e.kind IN ({marks})",
        (expression, *kinds),
    )
    return {(kind, record_id) for kind, record_id in rows.fetchall()}


def _postgres_match(
    connection: Connection, terms: Sequence[str], limit: int | None, kinds: Sequence[str] | None
) -> list[Hit]:
    """The same entries as FTS5's MATCH (store/search_postgres.py): each term read as FTS5 reads it, a phrase
    of its words (a term without one is left out, as FTS5 leaves it out); the shorter entries first."""
    from unnm_desktop.store.search_postgres import fetch_matching
    from unnm_desktop.store.search_words import words

    phrases = [found for found in (words(term) for term in terms if term and '"' not in term) if found]
    if not phrases:
        return []
    return [Hit(*row) for row in fetch_matching(connection.connection.cursor(), phrases, limit, kinds)]


@dataclass(frozen=True)
class Source:
    meeting_id: str | None
    agenda_item_id: str | None
    text: str


def source_texts(connection: Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Source]:
    """The original (unfolded) documents of these records and where they live, for snippets."""
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in keys:
        by_kind.setdefault(kind, []).append(record_id)
    if connection.dialect.name == "postgresql" and len(by_kind) > 1:
        return _server_snippet_sources(connection, by_kind, set())[0]
    texts = {}
    for kind, ids in by_kind.items():
        for row in source_rows(connection, kind, ids):
            texts[(kind, row[0])] = Source(row[1], row[2], document(row[3:]))
    return texts


@dataclass(frozen=True)
class MeetingHeading:
    reference: str
    title: str
    start_utc: datetime | None


_MEETINGS = Meeting.__table__
_HEADINGS = select(_MEETINGS.c.id, _MEETINGS.c.reference, _MEETINGS.c.title, _MEETINGS.c.start_utc)


def snippet_sources(
    connection: Connection, keys: Sequence[tuple[str, str]], meeting_ids: set[str]
) -> tuple[dict[tuple[str, str], Source], dict[str, MeetingHeading]]:
    """A page of results' texts (`source_texts`) and their meetings' headings; on a server in one round trip."""
    if connection.dialect.name == "postgresql" and len(keys) <= _ONE_PIPELINE:
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in keys:
            by_kind.setdefault(kind, []).append(record_id)
        return _server_snippet_sources(connection, by_kind, meeting_ids)
    headings = {}
    for start in range(0, len(meeting_ids), _ONE_PIPELINE):
        chunk = sorted(meeting_ids)[start : start + _ONE_PIPELINE]
        for row in connection.execute(_HEADINGS.where(_MEETINGS.c.id.in_(chunk))):
            headings[row.id] = MeetingHeading(row.reference, row.title, row.start_utc)
    return source_texts(connection, keys), headings


# A page of results (30, and the pending records): more (a caller's large limit) go the ordinary way.
_ONE_PIPELINE = 500
# kind -> its source select by an array of ids, as SQL for the driver: built once, prepared by the server.
_BY_IDS: dict[str, str] = {}
_HEADINGS_BY_IDS = "SELECT id, reference, title, start_utc FROM meeting WHERE id = ANY(%(ids)s::VARCHAR[])"


def _server_snippet_sources(
    connection: Connection, by_kind: dict[str, list[str]], meeting_ids: set[str]
) -> tuple[dict[tuple[str, str], Source], dict[str, MeetingHeading]]:
    """The kinds' selects and the meetings' in one pipeline, one round trip instead of one each."""
    raw = connection.connection.dbapi_connection
    found = []
    with raw.pipeline():
        for kind, ids in by_kind.items():
            found.append((kind, raw.execute(_by_ids(connection, kind), {"ids": ids})))
        meetings = raw.execute(_HEADINGS_BY_IDS, {"ids": sorted(meeting_ids)}) if meeting_ids else None
    texts = {}
    for kind, rows in found:
        for row in rows.fetchall():
            texts[(kind, row[0])] = Source(row[1], row[2], document(row[3:]))
    headings = {}
    for meeting_id, reference, title, start in meetings.fetchall() if meetings is not None else ():
        # As store/types.py UTCDateTime reads it back: naive UTC made aware.
        headings[meeting_id] = MeetingHeading(reference, title, start.replace(tzinfo=timezone.utc) if start else None)
    return texts, headings


def _by_ids(connection: Connection, kind: str) -> str:
    if kind not in _BY_IDS:
        query, id_column = source_query(kind)
        statement = query.where(id_column == any_(bindparam("ids", type_=ARRAY(String))))
        _BY_IDS[kind] = str(statement.compile(dialect=connection.dialect))
    return _BY_IDS[kind]


def entry_count(connection: Connection) -> int:
    return cursor_of(connection).execute("SELECT count(*) FROM search_entry").fetchone()[0]


def iter_entries(connection: Connection) -> Iterator[tuple[str, str, str]]:
    """(kind, record id, folded text) of every entry, for tests and checks."""
    yield from cursor_of(connection).execute("SELECT kind, record_id, folded FROM search_entry")

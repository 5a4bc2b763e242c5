"""The full-text search index (DESIGN.md §4) — the one place that knows it is SQLite FTS5.

One `search_entry` row per searchable record: its kind, id, where it lives (meeting, agenda item) and
its text folded by `domain.text.fold`; `search_fts` is an FTS5 table with `search_entry` as external
content. Only this module writes either table, so the FTS index is kept in step here (no triggers).
The original text is not copied: a result's snippet is made from the record itself (`source_texts`).

In step with the data through three doors:
- store/search_sync.py: an after_flush hook sees ORM inserts, edits and deletes;
- `mark_pending`: the Core fast path of autosave (services/meeting/agenda.py set_notes) marks the note, and
  `refresh_pending` (called by search first) re-indexes it;
- `rebuild`: everything from scratch (after a migration; `check` calls `remake`, which rewrites the entries
  only when one is wrong, and rebuilds the FTS index from them); `reindex_meeting` for
  one meeting (the package import calls it).

On PostgreSQL the same SQL runs through store/search_postgres.py: no FTS5 table there, the entries' words
in a generated tsvector column under a GIN index instead (migration 0005), and the matching in
search_query.py. The services only
use the functions below.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Row, Select, null, select
from sqlalchemy.orm import Session

from unnm_desktop.domain.text import fold
from unnm_desktop.store.models import ActionFollowUp, ActionPoint, AgendaItem, Decision, Meeting, Position

# Bump when what is indexed, or how, changes: the index is rebuilt after the next migration or `check`.
SEARCH_INDEX_VERSION = "1"
# The FTS table as `rebuild` makes it (migration 0002 made the first one alike). The text is folded already.
# Prefix indexes (prefix='2 3') were tried: no faster on demo --meetings 1000, where ranking dominates.
FTS_TABLE = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "folded, content='search_entry', content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
)
_VERSION_KEY = "search_index"

KINDS = ("meeting", "agenda_item", "decision", "position", "action", "follow_up")

_M, _A, _D = Meeting.__table__, AgendaItem.__table__, Decision.__table__
_P, _AP, _F = Position.__table__, ActionPoint.__table__, ActionFollowUp.__table__

# kind -> (select of: record id, meeting id, agenda item id, then the text parts; the id column; the
# meeting column). A record's document is its non-empty parts, one per line, in this order.
_SOURCES: dict[str, tuple[Select[Any], Any, Any]] = {
    "meeting": (
        select(
            _M.c.id,
            _M.c.id.label("meeting_id"),
            null().label("agenda_item_id"),
            _M.c.title,
            _M.c.reference,
            _M.c.series,
            _M.c.location,
            _M.c.venue,
            _M.c.event_category,
            _M.c.main_organisers,
            _M.c.target_audience,
            _M.c.geographic_scope,
            _M.c.sub_region,
            _M.c.workstream_output,
        ),
        _M.c.id,
        _M.c.id,
    ),
    "agenda_item": (
        select(_A.c.id, _A.c.meeting_id, _A.c.id.label("agenda_item_id"), _A.c.title, _A.c.notes_md),
        _A.c.id,
        _A.c.meeting_id,
    ),
    "decision": (
        select(_D.c.id, _D.c.meeting_id, _D.c.agenda_item_id, _D.c.reference, _D.c.text, _D.c.chair_note),
        _D.c.id,
        _D.c.meeting_id,
    ),
    "position": (
        select(_P.c.id, _D.c.meeting_id, _D.c.agenda_item_id, _P.c.statement).join(_D, _D.c.id == _P.c.decision_id),
        _P.c.id,
        _D.c.meeting_id,
    ),
    "action": (
        select(_AP.c.id, _AP.c.meeting_id, _D.c.agenda_item_id, _AP.c.text, _AP.c.completion_note).outerjoin(
            _D, _D.c.id == _AP.c.decision_id
        ),
        _AP.c.id,
        _AP.c.meeting_id,
    ),
    "follow_up": (
        select(_F.c.id, _F.c.meeting_id, null().label("agenda_item_id"), _F.c.note),
        _F.c.id,
        _F.c.meeting_id,
    ),
}
_CHUNK = 500


def document(parts: Iterable[str | None]) -> str:
    """A record's searchable text: its non-empty parts, one per line."""
    return "\n".join(part for part in parts if part)


# --- writing -----------------------------------------------------------------------------------------


def cursor_of(connection: Connection | Session) -> Any:
    """The driver's cursor (the index is written row by row, where the ORM's overhead would dominate);
    on PostgreSQL wrapped so that the same SQL runs (store/search_postgres.py)."""
    if isinstance(connection, Session):
        connection = connection.connection()
    cursor = connection.connection.cursor()
    if connection.dialect.name == "postgresql":
        from unnm_desktop.store.search_postgres import PostgresCursor

        return PostgresCursor(cursor)
    return cursor


def _fts(cursor: Any) -> bool:
    """Whether there is an FTS5 table to keep in step (SQLite); PostgreSQL's words column keeps itself."""
    return not getattr(cursor, "is_postgres", False)


def _upsert(cursor: Any, kind: str, record_id: str, meeting_id: str | None, item_id: str | None, text: str) -> None:
    folded = fold(text)
    row = cursor.execute(
        "SELECT id, folded, meeting_id, agenda_item_id FROM search_entry WHERE kind = ? AND record_id = ?",
        (kind, record_id),
    ).fetchone()
    if not folded.strip():
        if row is not None:
            _delete(cursor, row[0], row[1])
        return
    if row is None:
        cursor.execute(
            "INSERT INTO search_entry (kind, record_id, meeting_id, agenda_item_id, folded) VALUES (?, ?, ?, ?, ?)",
            (kind, record_id, meeting_id, item_id, folded),
        )
        if _fts(cursor):
            cursor.execute("INSERT INTO search_fts (rowid, folded) VALUES (?, ?)", (cursor.lastrowid, folded))
        return
    entry_id, old, old_meeting, old_item = row
    if old != folded and _fts(cursor):
        cursor.execute("INSERT INTO search_fts (search_fts, rowid, folded) VALUES ('delete', ?, ?)", (entry_id, old))
        cursor.execute("INSERT INTO search_fts (rowid, folded) VALUES (?, ?)", (entry_id, folded))
    if old != folded or (old_meeting, old_item) != (meeting_id, item_id):
        cursor.execute(
            "UPDATE search_entry SET folded = ?, meeting_id = ?, agenda_item_id = ? WHERE id = ?",
            (folded, meeting_id, item_id, entry_id),
        )


def _delete(cursor: Any, entry_id: int, folded: str) -> None:
    if _fts(cursor):
        cursor.execute("INSERT INTO search_fts (search_fts, rowid, folded) VALUES ('delete', ?, ?)", (entry_id, folded))
    cursor.execute("DELETE FROM search_entry WHERE id = ?", (entry_id,))


def mark_pending(connection: Connection, kind: str, record_id: str) -> None:
    """The autosave fast path: note that this record's entry is behind its text (costs one small write).

    Re-indexing a long note on every pause in typing would cost more than the save itself; the entry is
    brought up to date by `refresh_pending` (search does it first), and at the latest when a save of
    another record comes, so at most the record being typed waits.
    """
    cursor = cursor_of(connection)
    others = [key for key in cursor.execute("SELECT kind, record_id FROM search_pending") if key != (kind, record_id)]
    if others:
        _refresh(connection, cursor, others)
    cursor.execute("INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES (?, ?)", (kind, record_id))


def pending_records(connection: Connection) -> set[tuple[str, str]]:
    return {
        (kind, record_id)
        for kind, record_id in cursor_of(connection).execute("SELECT kind, record_id FROM search_pending")
    }


def refresh_pending(connection: Connection) -> int:
    """Bring the entries marked by `mark_pending` up to date; returns how many there were."""
    cursor = cursor_of(connection)
    keys = cursor.execute("SELECT kind, record_id FROM search_pending").fetchall()
    if keys:
        _refresh(connection, cursor, keys)
    return len(keys)


def _refresh(connection: Connection, cursor: Any, keys: Sequence[tuple[str, str]]) -> None:
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in keys:
        by_kind.setdefault(kind, []).append(record_id)
    for kind, ids in by_kind.items():
        sync_records(connection, kind, ids)
    cursor.executemany("DELETE FROM search_pending WHERE kind = ? AND record_id = ?", [tuple(k) for k in keys])


def source_rows(
    connection: Connection, kind: str, ids: Sequence[str] | None = None, meeting_id: str | None = None
) -> Iterator[Row[Any]]:
    """The source rows of one kind (id, meeting id, agenda item id, text parts): of these ids, of one
    meeting, or all."""
    query, id_column, meeting_column = _SOURCES[kind]
    if meeting_id is not None:
        yield from connection.execute(query.where(meeting_column == meeting_id))
        return
    if ids is None:
        yield from connection.execute(query)
        return
    for start in range(0, len(ids), _CHUNK):
        yield from connection.execute(query.where(id_column.in_(ids[start : start + _CHUNK])))


def source_query(kind: str) -> tuple[Select[Any], Any]:
    """The select of `kind`'s source rows (as `source_rows` yields them) and its id column."""
    query, id_column, _meeting_column = _SOURCES[kind]
    return query, id_column


def sync_records(connection: Connection, kind: str, record_ids: Iterable[str]) -> None:
    """Bring the entries of these records in step with the rows (a record that is gone loses its entry)."""
    ids = sorted(set(record_ids))
    cursor = cursor_of(connection)
    seen = set()
    for row in source_rows(connection, kind, ids):
        seen.add(row[0])
        _upsert(cursor, kind, row[0], row[1], row[2], document(row[3:]))
    forget_records(connection, kind, [i for i in ids if i not in seen])


def forget_records(connection: Connection, kind: str, record_ids: Iterable[str]) -> None:
    cursor = cursor_of(connection)
    for record_id in record_ids:
        row = cursor.execute(
            "SELECT id, folded FROM search_entry WHERE kind = ? AND record_id = ?", (kind, record_id)
        ).fetchone()
        if row is not None:
            _delete(cursor, row[0], row[1])


def forget_orphans(connection: Connection, kind: str) -> None:
    """Drop the entries of `kind` whose record no longer exists (after cascading deletes)."""
    _query, id_column, _ = _SOURCES[kind]
    table = id_column.table.name
    cursor = cursor_of(connection)
    orphans = cursor.execute(
        f"SELECT e.id, e.folded FROM search_entry AS e WHERE e.kind = ? "
        f"AND NOT EXISTS (SELECT 1 FROM {table} AS t WHERE t.id = e.record_id)",
        (kind,),
    ).fetchall()
    for entry_id, folded in orphans:
        _delete(cursor, entry_id, folded)


def reindex_meeting(session: Session | Connection, meeting_id: str) -> None:
    """Re-index everything recorded at one meeting (e.g. after a package import); entries of records
    that are gone are dropped, so this also cleans up after a deleted meeting."""
    connection = session.connection() if isinstance(session, Session) else session
    cursor = cursor_of(connection)
    refresh_pending(connection)
    stale = {
        (kind, record_id): (entry_id, folded)
        for entry_id, kind, record_id, folded in cursor.execute(
            "SELECT id, kind, record_id, folded FROM search_entry WHERE meeting_id = ?", (meeting_id,)
        )
    }
    for kind in KINDS:
        for row in source_rows(connection, kind, meeting_id=meeting_id):
            stale.pop((kind, row[0]), None)
            _upsert(cursor, kind, row[0], row[1], row[2], document(row[3:]))
    for entry_id, folded in stale.values():
        _delete(cursor, entry_id, folded)


def _entries(connection: Connection) -> list[tuple[str, str, str | None, str | None, str]]:
    """Every entry the index should hold: (kind, record id, meeting id, agenda item id, folded text)."""
    entries = []
    for kind in KINDS:
        for row in source_rows(connection, kind):
            folded = fold(document(row[3:]))
            if folded.strip():
                entries.append((kind, row[0], row[1], row[2], folded))
    return entries


def rebuild(connection: Connection, entries: list[tuple[str, str, str | None, str | None, str]] | None = None) -> int:
    """Index everything from scratch; returns the number of entries."""
    cursor = cursor_of(connection)
    cursor.execute("DELETE FROM search_entry")
    cursor.execute("DELETE FROM search_pending")
    entries = _entries(connection) if entries is None else entries
    cursor.executemany(
        "INSERT INTO search_entry (kind, record_id, meeting_id, agenda_item_id, folded) VALUES (?, ?, ?, ?, ?)",
        entries,
    )
    if _fts(cursor):
        # The FTS table is made afresh with today's options (a migration made the first one), then filled.
        cursor.execute("DROP TABLE IF EXISTS search_fts")
        cursor.execute(FTS_TABLE)
        cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    else:
        cursor.merge_pending()
    cursor.execute("DELETE FROM app_info WHERE key = ?", (_VERSION_KEY,))
    cursor.execute("INSERT INTO app_info (key, value) VALUES (?, ?)", (_VERSION_KEY, SEARCH_INDEX_VERSION))
    return len(entries)


def remake(connection: Connection) -> int:
    """What `check` does: leave the index exactly as `rebuild` would make it, and say how many entries it has.

    The entries are computed afresh and compared with those stored; only when one differs (or the index is of
    another version, has pending records or FTS options of another day) are they all rewritten. The FTS index
    is always rebuilt from the entries, as SQLite cannot check it against them. On 1,000 meetings this saves
    rewriting ~21,000 rows and dropping a large table when, as usual, nothing was wrong."""
    cursor = cursor_of(connection)
    entries = _entries(connection)
    version = cursor.execute("SELECT value FROM app_info WHERE key = ?", (_VERSION_KEY,)).fetchone()
    if _fts(cursor):
        table = cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'").fetchone()
    else:
        table = (FTS_TABLE,)  # PostgreSQL: the words column and its index are the database's own, always in step
    pending = cursor.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone()
    if version != (SEARCH_INDEX_VERSION,) or table != (FTS_TABLE,) or pending is not None:
        return rebuild(connection, entries)
    stored = cursor.execute("SELECT kind, record_id, meeting_id, agenda_item_id, folded FROM search_entry").fetchall()
    if sorted(stored, key=_entry_order) != sorted(entries, key=_entry_order):
        return rebuild(connection, entries)
    if _fts(cursor):
        cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    return len(entries)


def _entry_order(entry: tuple[str, str, str | None, str | None, str]) -> tuple[str, ...]:
    # Meeting and item ids may be None; "" sorts them first without comparing None with text.
    return tuple(value or "" for value in entry)


def ensure_current(connection: Connection) -> bool:
    """Rebuild the index if it was made by another version of the indexing (or never); True if rebuilt."""
    row = cursor_of(connection).execute("SELECT value FROM app_info WHERE key = ?", (_VERSION_KEY,)).fetchone()
    if row is not None and row[0] == SEARCH_INDEX_VERSION:
        return False
    rebuild(connection)
    return True

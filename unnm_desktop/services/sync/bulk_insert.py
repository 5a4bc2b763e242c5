"""Records new to a side inserted table by table (executemany), not object by object: a new laptop's first sync.

The rows are what the ORM would insert (write.py `_new`): every content column from the record, the creation
time the record has on the side it comes from, the table's own defaults for the rest (`version` 1, `updated_at`
now), and the list fields' child rows (objectives, responsible organisations, signatories). The database's own
rules (foreign keys, unique values, a server's role triggers) apply to these statements as to any other.

The statements bypass the session's search-index hook (store/search_sync.py), so the entries of what was inserted
are made here: the whole index made again on SQLite when many records came (as `copy` does), else entry by entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from unnm_desktop.services.sync.plan import Change
from unnm_desktop.services.sync.records import LIST_FIELDS, SIGNATORIES, SIGNATORY_FIELDS, columns, from_json_value
from unnm_desktop.store import search_index
from unnm_desktop.store.models import Base
from unnm_desktop.store.types import utc_now

CHUNK = 2000
# sync kind -> its search index kind (store/search_sync.py)
INDEXED = {
    "meeting": "meeting",
    "agenda_item": "agenda_item",
    "decision": "decision",
    "position": "position",
    "action_point": "action",
    "action_follow_up": "follow_up",
}
# From this many new searchable records on, a SQLite index is made again whole (one pass) rather than entry by entry.
REBUILD_FROM = 2000


def insert_records(session: Session, kind: str, changes: Sequence[Change]) -> None:
    """Insert the records of `changes` (all new, of one kind, a record linking to one of its kind after it)."""
    if not changes:
        return
    table = Base.metadata.tables[kind]
    content = columns(kind)
    created_column = table.c.get("created_at")
    now = utc_now()
    rows: list[dict[str, Any]] = []
    children: list[dict[str, Any]] = []
    listed = LIST_FIELDS.get(kind)
    for change in changes:
        after = change.after or {}
        row = {
            "id": change.key[1],
            **{column.key: from_json_value(column, after.get(column.key)) for column in content},
        }
        if created_column is not None:
            row["created_at"] = now if change.created is None else from_json_value(created_column, change.created)
        rows.append(row)
        if listed is not None:
            children.extend(
                {listed.owner: change.key[1], listed.value: value}
                for value in sorted(set(after.get(listed.name) or []))
            )
        elif kind == "sign_off":
            children.extend(_signatories(change.key[1], after.get(SIGNATORIES) or []))
    connection = session.connection()
    _execute_many(connection, table, rows)
    if listed is not None:
        _execute_many(connection, Base.metadata.tables[listed.table], children)
    elif kind == "sign_off":
        _execute_many(connection, Base.metadata.tables["signatory"], children)


def _signatories(sign_off_id: str, entries: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    table = Base.metadata.tables["signatory"]
    return [
        {
            "sign_off_id": sign_off_id,
            **{name: from_json_value(table.c[name], entry.get(name)) for name in SIGNATORY_FIELDS},
        }
        for entry in entries
    ]


def _execute_many(connection: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        connection.execute(table.insert(), rows[start : start + CHUNK])


def index_inserted(session: Session, inserted: Mapping[str, Sequence[str]]) -> None:
    """The search entries of the records inserted (`inserted`: kind -> ids)."""
    searchable = {INDEXED[kind]: ids for kind, ids in inserted.items() if kind in INDEXED and ids}
    if not searchable:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite" and sum(len(ids) for ids in searchable.values()) >= REBUILD_FROM:
        search_index.rebuild(connection)
        return
    for kind, ids in searchable.items():
        search_index.sync_records(connection, kind, ids)

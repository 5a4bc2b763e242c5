"""The incremental read: each side reads again only the meetings that may have changed since the base last moved.

A side is scanned first, cheaply: per meeting, a digest of every row that belongs to it, each row by its id and
marker — `version` and `updated_at` where the table has them (any UPDATE moves both: the ORM's version counter, the
Core fast paths by hand, `onupdate`), the whole row where it has not (sign-offs and their signatories) — and the
rows of the small list tables (objectives, responsible organisations), which move no version, by their values.
A record inserted, deleted, edited, or moved to another meeting changes the digest of its meeting(s).

The laptop keeps, per other register (app_info ``sync_seen:<register id>``), each side's digest of every meeting
whose records on that side were all equal to the base when the digest was taken. A meeting whose digest differs
on either side, or has none (first sync, a conflict or a held record, a record typed during the run), is read in
full on both sides, with the whole directory (a few hundred records, always read); the others are equal to the
base on both sides, so the merge has nothing to do there. The merge is told which records exist unchanged
outside what was read (`present`), so that a link to them is not taken for a missing parent.

The digests are trusted only while the base is the one they were taken against: `write_base` stamps every change
of the base (base.py), and digests stamped otherwise — a conflict resolved, another kind of side writing the base,
a run finished from its intent — are dropped: the next run reads everything and takes them again. So are the
digests of another schema revision (a migration may rewrite rows without moving their versions).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, cast, func, literal, select, text
from sqlalchemy.orm import Session

from unnm_desktop.services.sync.records import (
    DIRECTORY_KINDS,
    KINDS,
    LIST_FIELDS,
    Key,
    Record,
    meeting_chunks,
    meeting_of,
)
from unnm_desktop.store.audit import serialise_writes
from unnm_desktop.store.models import Base

MEETING_KINDS = tuple(kind for kind in KINDS if kind not in DIRECTORY_KINDS)
# Kinds with no version (sign-offs, and the addenda of issue 14): scanned by every value of the row.
WHOLE_ROW_KINDS = frozenset({"sign_off", "minutes_addendum"})
Digests = dict[str, str]


@dataclass
class Scan:
    """A side's digest per meeting, and what tells which records it holds (`holds`), gathered when first asked."""

    digests: Digests = field(default_factory=dict)
    texts: dict[str, list[str]] = field(default_factory=dict)  # kind -> the scanned rows, strung per meeting
    _ids: dict[str, set[str]] = field(default_factory=dict)

    def holds(self, key: Key) -> bool:
        kind, record_id = key
        if kind not in self._ids:
            self._ids[kind] = {row.partition("|")[0] for text in self.texts.get(kind, ()) for row in text.split(",")}
        return record_id in self._ids[kind]


class Present:
    """The records left out of an incremental read that both sides hold (make_plan's `present`): a link to one is
    not a missing parent. Asked only about the parents of records read, so each side's ids of a kind are gathered
    only when a record links to that kind."""

    def __init__(self, ours: Scan, theirs: Scan, read: Collection[Key]) -> None:
        self.ours, self.theirs, self.read = ours, theirs, read

    def __contains__(self, key: object) -> bool:
        return (
            isinstance(key, tuple)
            and key not in self.read
            and self.ours.holds(key)  # type: ignore[arg-type]
            and self.theirs.holds(key)  # type: ignore[arg-type]
        )


def scan(session: Session, meetings: Collection[str] | None = None, *, keys: bool = True) -> Scan:
    """Digest every meeting (or those given) from each row's id and marker, in the session's snapshot. The rows
    are strung together by the database (one text per meeting and table), so that a scan costs little more than
    the database's own reading. `keys`: gather the records' keys too."""
    entries: dict[str, list[str]] = {}
    found = Scan()
    gathered = found if keys else None
    for name, (query, group) in _text_queries(session.connection().dialect.name).items():
        if name in WHOLE_ROW_KINDS:
            _scan_whole_rows(session, name, meetings, entries, gathered)
            continue
        _scan_texts(session, name, query, group, meetings, entries, gathered if name in MEETING_KINDS else None)
    _scan_whole_rows(session, "signatory", meetings, entries, None)
    for meeting_id, lines in entries.items():
        lines.sort()
        found.digests[meeting_id] = hashlib.blake2b("\n".join(lines).encode(), digest_size=16).hexdigest()
    return found


@functools.cache
def _text_queries(dialect: str) -> dict[str, tuple[Any, Any]]:
    """Per table, in the order scanned: the query stringing its rows together per meeting, and the meeting column
    (built once: a run scans up to six times). Sign-offs are read row by row (`_scan_whole_rows`)."""
    aggregate = func.string_agg if dialect == "postgresql" else func.group_concat
    queries: dict[str, tuple[Any, Any]] = {}
    for kind in MEETING_KINDS:
        table = Base.metadata.tables[kind]
        if kind in WHOLE_ROW_KINDS:
            queries[kind] = (None, None)
            continue
        group, source = _grouped(kind)
        row_text = aggregate(_joined(table.c.id, table.c.version, table.c.updated_at), ",")
        queries[kind] = (select(group, row_text).select_from(source).group_by(group), group)
        listed = LIST_FIELDS.get(kind)
        if listed is not None:
            list_table = Base.metadata.tables[listed.table]
            list_source = list_table.join(source, list_table.c[listed.owner] == table.c.id)
            list_text = aggregate(_joined(list_table.c[listed.owner], list_table.c[listed.value]), ",")
            queries[listed.table] = (select(group, list_text).select_from(list_source).group_by(group), group)
    return queries


def _grouped(kind: str) -> tuple[Any, Any]:
    """The column naming the meeting of a `kind` row, and what to select it from."""
    table = Base.metadata.tables[kind]
    if kind == "meeting":
        return table.c.id, table
    if kind == "position":
        decision = Base.metadata.tables["decision"]
        return decision.c.meeting_id, table.join(decision, table.c.decision_id == decision.c.id)
    return table.c.meeting_id, table


def _joined(*columns: Any) -> Any:
    """The columns' values as one text, "|" between them (a NULL as nothing, never the whole text NULL)."""
    text_of = [func.coalesce(cast(column, String), "") for column in columns]
    joined = text_of[0]
    for part in text_of[1:]:
        joined = joined + literal("|") + part
    return joined


def _scan_texts(
    session: Session,
    name: str,
    query: Any,
    group: Any,
    meetings: Collection[str] | None,
    entries: dict[str, list[str]],
    found: Scan | None,
) -> None:
    for chunk in meeting_chunks(meetings, "meeting"):
        for meeting_id, joined in session.execute(query if chunk is None else query.where(group.in_(chunk))):
            if meeting_id is None or joined is None:
                continue
            rows = joined.split(",")
            rows.sort()
            entries.setdefault(meeting_id, []).append(name + "\x1f" + ",".join(rows))
            if found is not None:
                found.texts.setdefault(name, []).append(joined)


def _scan_whole_rows(
    session: Session, name: str, meetings: Collection[str] | None, entries: dict[str, list[str]], found: Scan | None
) -> None:
    """Sign-offs and their signatories (a few rows a meeting, with no version): every value of the row."""
    sign_off = Base.metadata.tables["sign_off"]
    table = Base.metadata.tables[name]
    # A sign-off's content is known by its fingerprint (which `check` proves): the text itself is not read again.
    owner = table if "meeting_id" in table.c else sign_off  # a signatory's meeting is its sign-off's
    query = select(owner.c.meeting_id, *(column for column in table.columns if column.key != "content_json"))
    if owner is not table:
        query = query.select_from(table.join(sign_off, table.c.sign_off_id == sign_off.c.id))
    for chunk in meeting_chunks(meetings, "meeting"):
        for meeting_id, *values in session.execute(query if chunk is None else query.where(
                owner.c.meeting_id.in_(chunk))):  # fmt: skip
            entries.setdefault(meeting_id, []).append(name + "\x1f" + "\x1f".join(map(repr, values)))
            if found is not None:
                found.texts.setdefault(name, []).append(str(values[0]))


def hold_writes(session: Session) -> None:
    """From now until the transaction ends, no one else writes: the writers' lock on a server; on SQLite the file's
    write lock, taken now rather than at the first write (pysqlite begins a transaction only there)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        serialise_writes(session)
        return
    raw = connection.connection.driver_connection
    if not raw.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def changed(digests: Mapping[str, str], seen: Mapping[str, str]) -> set[str]:
    """Meetings whose digest is not the one taken when they were last equal to the base (new, gone, or edited)."""
    return {meeting_id for meeting_id, digest in digests.items() if seen.get(meeting_id) != digest} | (
        set(seen) - set(digests)
    )


def schema_revision(session: Session) -> str | None:
    return session.execute(text("SELECT version_num FROM alembic_version")).scalar()


def unequal_meetings(
    keys: Iterable[Key], side_after: Mapping[Key, Record | None], base_after: Mapping[Key, Record | None],
    *others: Mapping[Key, Record | None],
) -> set[str]:  # fmt: skip
    """The meetings where the side does not hold the base after the run: every meeting a record touches on any side
    (a record moved to another meeting on one side is read where it is on each)."""
    found: set[str] = set()
    for key in keys:
        if side_after.get(key) != base_after.get(key):
            for mapping in (side_after, base_after, *others):
                meeting_id = meeting_of(key, mapping)  # type: ignore[arg-type]
                if meeting_id is not None:
                    found.add(meeting_id)
    return found


def after(current: Mapping[Key, Record], changes: Iterable[Any]) -> dict[Key, Record | None]:
    """A side's records once the changes are written."""
    state: dict[Key, Record | None] = dict(current)
    for change in changes:
        state[change.key] = change.after
    return state


def seen_after(previous: Digests, read: Collection[str], unequal: set[str], digests: Mapping[str, str]) -> Digests:
    """The digests to keep for a side: those of meetings not read stay; of those read, the ones equal to the base."""
    kept = {meeting_id: digest for meeting_id, digest in previous.items() if meeting_id not in read}
    for meeting_id in read:
        if meeting_id not in unequal and meeting_id in digests:
            kept[meeting_id] = digests[meeting_id]
    return kept

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

import hashlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, select, text, type_coerce
from sqlalchemy.orm import Session

from unnm_desktop.services.sync.records import (
    DIRECTORY_KINDS,
    KINDS,
    LIST_FIELDS,
    Key,
    Record,
    in_meetings,
    meeting_chunks,
    meeting_of,
)
from unnm_desktop.store.models import Base

MEETING_KINDS = tuple(kind for kind in KINDS if kind not in DIRECTORY_KINDS)
Digests = dict[str, str]


@dataclass
class Scan:
    """A side's digest per meeting, and the key of every record of a meeting (read or not)."""

    digests: Digests = field(default_factory=dict)
    keys: set[Key] = field(default_factory=set)


def scan(session: Session, meetings: Collection[str] | None = None) -> Scan:
    """Digest every meeting (or those given) from each row's id and marker, in the session's snapshot."""
    entries: dict[str, list[str]] = {}
    found = Scan()
    owners: dict[str, dict[str, str]] = {}  # kind -> id -> meeting
    for kind in MEETING_KINDS:
        table = Base.metadata.tables[kind]
        group = table.c.id if kind == "meeting" else table.c.decision_id if kind == "position" else table.c.meeting_id
        if "version" in table.c and "updated_at" in table.c:
            marker = [table.c.version, type_coerce(table.c.updated_at, String)]
        else:
            marker = [column for column in table.columns if column.key != "id"]
        query = select(table.c.id, group, *marker)
        meeting_by_id = owners.setdefault(kind, {})
        for chunk in meeting_chunks(meetings, kind):
            for record_id, owner, *values in session.execute(query if chunk is None else query.where(
                    in_meetings(kind, chunk))):  # fmt: skip
                meeting_id = owners["decision"].get(owner) if kind == "position" else owner
                if meeting_id is None:
                    continue
                meeting_by_id[record_id] = meeting_id
                found.keys.add((kind, record_id))
                entries.setdefault(meeting_id, []).append(f"{kind}\x1f{record_id}\x1f" + "\x1f".join(map(str, values)))
        listed = LIST_FIELDS.get(kind)
        if listed is not None:
            _scan_rows(session, listed.table, listed.owner, kind, meetings, meeting_by_id, entries)
    _scan_rows(session, "signatory", "sign_off_id", "sign_off", meetings, owners["sign_off"], entries)
    for meeting_id, lines in entries.items():
        lines.sort()
        found.digests[meeting_id] = hashlib.blake2b("\n".join(lines).encode(), digest_size=16).hexdigest()
    return found


def _scan_rows(
    session: Session,
    table_name: str,
    owner_column: str,
    owner_kind: str,
    meetings: Collection[str] | None,
    meeting_by_id: Mapping[str, str],
    entries: dict[str, list[str]],
) -> None:
    table = Base.metadata.tables[table_name]
    owner_table = Base.metadata.tables[owner_kind]
    for chunk in meeting_chunks(meetings, owner_kind):
        query = select(table)
        if chunk is not None:
            query = query.where(
                table.c[owner_column].in_(select(owner_table.c.id).where(in_meetings(owner_kind, chunk)))
            )
        for row in session.execute(query):
            values = tuple(row)
            meeting_id = meeting_by_id.get(row._mapping[owner_column])
            if meeting_id is not None:
                entries[meeting_id].append(table_name + "\x1f" + "\x1f".join(map(str, values)))


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

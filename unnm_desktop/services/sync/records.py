"""A register read as records for the three-way merge: ``{(kind, id): {field: JSON value}}``.

A kind is a table's name. A record holds every column of its row except the id (it is in the key) and the
bookkeeping columns (`version`, `created_at`, `updated_at`), which each side keeps for itself; a record's small
child rows travel inside it as a sorted list field (objectives, an action point's responsible organisations, a
sign-off's signatories). Values are JSON values: a date or a time is its ISO text (times in UTC), so that the
same record reads the same on SQLite and PostgreSQL and is stored as it is in the base.

`created_at` is not merged content, but a record inserted on the other side keeps its creation time
(`Snapshot.created`): lists in the app are shown in creation order.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Column, Date, select
from sqlalchemy.orm import Session

from unnm_desktop.store.models import (
    ActionFollowUp,
    ActionPoint,
    AgendaItem,
    Attendance,
    Base,
    Decision,
    Meeting,
    MinutesAddendum,
    Organization,
    OrganizationAlias,
    Person,
    Position,
    SignOff,
)
from unnm_desktop.store.types import UTCDateTime

Key = tuple[str, str]
Record = dict[str, Any]

# Parents before children: the order rows are inserted in (and deleted in reverse).
MODELS: dict[str, type[Base]] = {
    "organization": Organization,
    "organization_alias": OrganizationAlias,
    "person": Person,
    "meeting": Meeting,
    "attendance": Attendance,
    "agenda_item": AgendaItem,
    "decision": Decision,
    "position": Position,
    "action_point": ActionPoint,
    "action_follow_up": ActionFollowUp,
    "sign_off": SignOff,
    # Issue 14: signed addenda to signed-off minutes (no version: never edited, only added).
    "minutes_addendum": MinutesAddendum,
}
KINDS = tuple(MODELS)
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at"})
# Markdown notes: merged line by line where the two sides' changes do not overlap.
LINE_FIELDS = frozenset({"notes_md"})
# An action point's tracking, which later meetings record even once its minutes are signed off.
TRACKING_FIELDS = frozenset({"status", "completed_on", "completion_note"})
# Values that must be unique in a register: two records holding the same are a clash, never a crash.
UNIQUE_FIELDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "meeting": (("reference",),),
    "decision": (("reference",),),
    "attendance": (("meeting_id", "person_id"),),
    "position": (("decision_id", "organization_id"),),
    "action_follow_up": (("action_id", "meeting_id"),),
    "sign_off": (("meeting_id", "revision"),),
    "minutes_addendum": (("meeting_id", "number"),),
}


@dataclass(frozen=True)
class ListField:
    """Child rows of a record kept as one sorted list field: `relationship` on the model, `value` on each row."""

    name: str
    table: str
    owner: str
    value: str
    relationship: str
    refers_to: str | None = None  # the kind the values are ids of


LIST_FIELDS: dict[str, ListField] = {
    "meeting": ListField("objectives", "meeting_objective", "meeting_id", "objective", "objectives"),
    "agenda_item": ListField("objectives", "agenda_item_objective", "agenda_item_id", "objective", "objectives"),
    "decision": ListField("objectives", "decision_objective", "decision_id", "objective", "objectives"),
    "action_point": ListField(
        "responsible_organization_ids",
        "action_responsible",
        "action_id",
        "organization_id",
        "responsible",
        refers_to="organization",
    ),
}
SIGNATORIES = "signatories"
SIGNATORY_FIELDS = ("id", "position", "name", "title", "role", "signed_on")


@functools.cache
def columns(kind: str) -> tuple[Column[Any], ...]:
    """The columns that are the record's content."""
    return tuple(column for column in Base.metadata.tables[kind].columns if column.key not in BOOKKEEPING)


@functools.cache
def links(kind: str) -> dict[str, str]:
    """field -> the kind its value is the id of (foreign keys, a list field's ids included)."""
    found = {
        column.key: next(iter(column.foreign_keys)).column.table.name for column in columns(kind) if column.foreign_keys
    }
    listed = LIST_FIELDS.get(kind)
    if listed is not None and listed.refers_to is not None:
        found[listed.name] = listed.refers_to
    return found


def to_json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_json_value(column: Column[Any], value: Any) -> Any:
    """The column's Python value of a record's JSON value."""
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(value).astimezone(timezone.utc)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def key_text(key: Key) -> str:
    """How a record is named to people and in JSON: ``kind/id``."""
    return f"{key[0]}/{key[1]}"


@dataclass
class Snapshot:
    """One side's records, and when each was created (ISO text; None where the kind keeps no creation time)."""

    records: dict[Key, Record] = field(default_factory=dict)
    created: dict[Key, str | None] = field(default_factory=dict)


def read_snapshot(session: Session, meetings: Collection[str] | None = None) -> Snapshot:
    """Every record of the register, one query per table; with `meetings`, the directory and only the records of
    those meetings (services/sync/incremental.py)."""
    snapshot = Snapshot()
    for kind in KINDS:
        table = Base.metadata.tables[kind]
        content = columns(kind)
        has_created = "created_at" in table.c
        query = select(table.c.id, *content, *([table.c.created_at] if has_created else []))
        names = [column.key for column in content]
        # Only dates and times need converting: the other values are JSON values as they come.
        timed = [index for index, column in enumerate(content, start=1) if isinstance(column.type, (Date, UTCDateTime))]
        for chunk in meeting_chunks(meetings, kind):
            for row in session.execute(query if chunk is None else query.where(in_meetings(kind, chunk))):
                values = list(row)
                for index in timed:
                    values[index] = to_json_value(values[index])
                key = (kind, values[0])
                snapshot.records[key] = dict(zip(names, values[1 : len(names) + 1], strict=True))
                snapshot.created[key] = to_json_value(values[-1]) if has_created else None
        listed = LIST_FIELDS.get(kind)
        if listed is not None:
            _read_list(session, kind, listed, snapshot.records, meetings)
    _read_signatories(session, snapshot.records, meetings)
    return snapshot


DIRECTORY_KINDS = frozenset({"organization", "organization_alias", "person"})
MEETING_CHUNK = 400


def meeting_chunks(meetings: Collection[str] | None, kind: str) -> Iterator[list[str] | None]:
    """The meetings in chunks of a query's size; one None (no filter) for every meeting or a directory kind."""
    if meetings is None or kind in DIRECTORY_KINDS:
        yield None
        return
    ordered_ids = sorted(meetings)
    for start in range(0, len(ordered_ids), MEETING_CHUNK):
        yield ordered_ids[start : start + MEETING_CHUNK]


def in_meetings(kind: str, meeting_ids: list[str]) -> Any:
    """The condition on `kind`'s table for its rows of those meetings (a position's is its decision's)."""
    table = Base.metadata.tables[kind]
    if kind == "meeting":
        return table.c.id.in_(meeting_ids)
    if kind == "position":
        decision = Base.metadata.tables["decision"]
        return table.c.decision_id.in_(select(decision.c.id).where(decision.c.meeting_id.in_(meeting_ids)))
    return table.c.meeting_id.in_(meeting_ids)


def _owned_rows(table: Any, owner_column: str, owner_kind: str, chunk: list[str] | None) -> Any:
    query = select(table)
    if chunk is None:
        return query
    owner = Base.metadata.tables[owner_kind]
    return query.where(table.c[owner_column].in_(select(owner.c.id).where(in_meetings(owner_kind, chunk))))


def _read_list(
    session: Session, kind: str, listed: ListField, records: dict[Key, Record], meetings: Collection[str] | None
) -> None:
    for key, record in records.items():
        if key[0] == kind:
            record[listed.name] = []
    table = Base.metadata.tables[listed.table]
    for chunk in meeting_chunks(meetings, kind):
        for row in session.execute(_owned_rows(table, listed.owner, kind, chunk)):
            record = records.get((kind, row._mapping[listed.owner]))
            if record is not None:
                record[listed.name].append(row._mapping[listed.value])
    for key, record in records.items():
        if key[0] == kind:
            record[listed.name].sort()


def _read_signatories(session: Session, records: dict[Key, Record], meetings: Collection[str] | None) -> None:
    for key, record in records.items():
        if key[0] == "sign_off":
            record[SIGNATORIES] = []
    table = Base.metadata.tables["signatory"]
    for chunk in meeting_chunks(meetings, "sign_off"):
        for row in session.execute(_owned_rows(table, "sign_off_id", "sign_off", chunk)):
            record = records.get(("sign_off", row.sign_off_id))
            if record is not None:
                record[SIGNATORIES].append({name: to_json_value(row._mapping[name]) for name in SIGNATORY_FIELDS})
    for key, record in records.items():
        if key[0] == "sign_off":
            record[SIGNATORIES].sort(key=lambda signatory: (signatory["position"], signatory["id"]))


def record_of(kind: str, obj: Any) -> Record:
    """The record of an ORM object, as `read_snapshot` reads it from the table."""
    record = {column.key: to_json_value(getattr(obj, column.key)) for column in columns(kind)}
    listed = LIST_FIELDS.get(kind)
    if listed is not None:
        record[listed.name] = sorted(getattr(row, listed.value) for row in getattr(obj, listed.relationship))
    if kind == "sign_off":
        record[SIGNATORIES] = sorted(
            ({name: to_json_value(getattr(row, name)) for name in SIGNATORY_FIELDS} for row in obj.signatories),
            key=lambda signatory: (signatory["position"], signatory["id"]),
        )
    return record


def meeting_of(key: Key, *sides: Mapping[Key, Record]) -> str | None:
    """The meeting a record belongs to (None for the directory), found on whichever side holds it."""
    kind, record_id = key
    if kind == "meeting":
        return record_id
    for side in sides:
        record = side.get(key)
        if record is None:
            continue
        if "meeting_id" in record:
            return record["meeting_id"]
        if kind == "position":
            return meeting_of(("decision", record["decision_id"]), *sides)
    return None


def ordered(keys: Iterable[Key]) -> list[Key]:
    """Keys parents first (by kind), then by id: the order inserts are made in."""
    rank = {kind: index for index, kind in enumerate(KINDS)}
    return sorted(keys, key=lambda key: (rank[key[0]], key[1]))

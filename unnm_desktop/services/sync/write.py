"""Writing one side's planned changes through the ORM session, so that versions, search index and roles all apply.

Before anything is written, every record to change is read again and compared with what the plan was made
from (`Change.before`): on the other register a difference means someone wrote meanwhile (`strict`: the whole
transaction is given up, `ChangedMeanwhile`); on the laptop the record is left as it is and reported, so that
what a person typed after the plan was made is never overwritten.

Order, so that foreign keys and unique values hold at every statement: links that point to a record about to
be deleted are emptied first; then deletes, children first; then, kind by kind, parents first, updates and
inserts (a record whose link points to a record of its own kind inserted now comes after that one). Updates and
deletes go through the ORM objects; inserts, table by table in bulk (bulk_insert.py: a first sync inserts tens
of thousands of records).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from unnm_desktop.services.sync.bulk_insert import index_inserted, insert_records
from unnm_desktop.services.sync.plan import Change
from unnm_desktop.services.sync.records import (
    KINDS,
    LIST_FIELDS,
    MODELS,
    SIGNATORIES,
    SIGNATORY_FIELDS,
    Key,
    Record,
    columns,
    from_json_value,
    links,
    record_of,
)
from unnm_desktop.store.audit import serialise_writes
from unnm_desktop.store.models import Base, Signatory

CHUNK = 500


class ChangedMeanwhile(Exception):
    """A record on the other register is no longer what the plan was made from."""

    def __init__(self, keys: Sequence[Key]) -> None:
        super().__init__(f"{len(keys)} records changed meanwhile")
        self.keys = tuple(keys)


@dataclass(frozen=True)
class Written:
    changes: tuple[Change, ...]  # those written
    skipped: tuple[Change, ...]  # left as they are: the record changed since the plan was made


def write_changes(session: Session, changes: Sequence[Change], *, strict: bool) -> Written:
    if changes:
        # On a server, the writers' turn before the records are read again: none can change between the check and
        # the writes (store/audit.py).
        serialise_writes(session)
    objects = _load(session, changes)
    kept: list[Change] = []
    skipped: list[Change] = []
    for change in changes:
        obj = objects.get(change.key)
        current = None if obj is None else record_of(change.key[0], obj)
        (kept if current == change.before else skipped).append(change)
    if skipped and strict:
        raise ChangedMeanwhile([change.key for change in skipped])
    deleted = {change.key for change in kept if change.after is None and change.key in objects}
    _unlink_from_deleted(session, kept, objects, deleted)
    for kind in reversed(KINDS):
        for change in kept:
            if change.key[0] == kind and change.key in deleted:
                session.delete(objects[change.key])
        session.flush()
    inserted: dict[str, list[str]] = {}
    for kind in KINDS:
        written = [change for change in kept if change.key[0] == kind and change.after]
        inserted[kind] = _write_kind(session, kind, written, objects)
    index_inserted(session, inserted)
    return Written(tuple(kept), tuple(skipped))


def _load(session: Session, changes: Sequence[Change]) -> dict[Key, Any]:
    found: dict[Key, Any] = {}
    for kind in KINDS:
        ids = [change.key[1] for change in changes if change.key[0] == kind]
        model: Any = MODELS[kind]
        options = []
        if kind in LIST_FIELDS:
            options.append(selectinload(getattr(model, LIST_FIELDS[kind].relationship)))
        if kind == "sign_off":
            options.append(selectinload(model.signatories))
        for start in range(0, len(ids), CHUNK):
            query = select(model).where(model.id.in_(ids[start : start + CHUNK])).options(*options)
            for obj in session.scalars(query):
                found[(kind, obj.id)] = obj
    return found


def _unlink_from_deleted(session: Session, kept: list[Change], objects: dict[Key, Any], deleted: set[Key]) -> None:
    """A record that stays but will no longer point to one being deleted stops pointing to it first."""
    if not deleted:
        return
    for change in kept:
        obj = objects.get(change.key)
        if obj is None or change.after is None:
            continue
        for name, kind in links(change.key[0]).items():
            value = getattr(obj, name, None)
            if isinstance(value, str) and (kind, value) in deleted and change.after.get(name) != value:
                setattr(obj, name, None)
    session.flush()


def _write_kind(session: Session, kind: str, changes: list[Change], objects: dict[Key, Any]) -> list[str]:
    """Updates through the ORM, inserts in bulk (bulk_insert.py); returns the ids inserted."""
    if not changes:
        return []
    inserted = {change.key[1] for change in changes if change.key not in objects}
    own_links = [name for name, target in links(kind).items() if target == kind]

    def waits_for_insert(change: Change) -> bool:
        return any(change.after.get(name) in inserted for name in own_links)  # type: ignore[union-attr]

    updates = [change for change in changes if change.key in objects]
    for change in updates:
        if not waits_for_insert(change):
            update_record(objects[change.key], kind, change.after)  # type: ignore[arg-type]
    session.flush()
    # A record linking to one of its own kind inserted now comes after it.
    new = _parents_first([change for change in changes if change.key not in objects], own_links)
    insert_records(session, kind, new)
    for change in updates:
        if waits_for_insert(change):
            update_record(objects[change.key], kind, change.after)  # type: ignore[arg-type]
    session.flush()
    return [change.key[1] for change in new]


def _parents_first(changes: list[Change], own_links: list[str]) -> list[Change]:
    by_id = {change.key[1]: change for change in changes}
    done: set[str] = set()
    result: list[Change] = []

    def visit(change: Change, path: set[str]) -> None:
        record_id = change.key[1]
        if record_id in done or record_id in path:
            return
        for name in own_links:
            parent = by_id.get(change.after.get(name))  # type: ignore[union-attr, arg-type]
            if parent is not None:
                visit(parent, path | {record_id})
        done.add(record_id)
        result.append(change)

    for change in changes:
        visit(change, set())
    return result


def update_record(obj: Any, kind: str, after: Record) -> None:
    """Give an ORM object the record's values (only those that differ are set)."""
    for column in columns(kind):
        value = from_json_value(column, after.get(column.key))
        if getattr(obj, column.key) != value:
            setattr(obj, column.key, value)
    _set_lists(obj, kind, after)


def _set_lists(obj: Any, kind: str, after: Record) -> None:
    listed = LIST_FIELDS.get(kind)
    if listed is not None:
        rows = getattr(obj, listed.relationship)
        wanted = set(after.get(listed.name) or [])
        rows[:] = [row for row in rows if getattr(row, listed.value) in wanted]
        have = {getattr(row, listed.value) for row in rows}
        child = type(obj).__mapper__.relationships[listed.relationship].mapper.class_
        rows.extend(child(**{listed.value: value}) for value in sorted(wanted - have))
    if kind == "sign_off":
        wanted_signatories = {entry["id"]: entry for entry in after.get(SIGNATORIES) or []}
        obj.signatories[:] = [row for row in obj.signatories if row.id in wanted_signatories]
        have_ids = {row.id for row in obj.signatories}
        table = Base.metadata.tables["signatory"]
        for signatory_id, entry in wanted_signatories.items():
            if signatory_id not in have_ids:
                obj.signatories.append(
                    Signatory(**{name: from_json_value(table.c[name], entry.get(name)) for name in SIGNATORY_FIELDS})
                )

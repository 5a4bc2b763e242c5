"""What a register keeps for synchronising: its own id, and per other register the base, the conflicts and the intent.

- `register_id` (app_info): made once, lazily (uuid4), the first time a register takes part in a sync. A register
  copied with `unnm-desktop copy` keeps it: the copy is the same register, moved (say so when using both).
- `sync_base` (store/sync_models.py), on the laptop: per other register, the content last exchanged, record by
  record, as canonical JSON.
- `sync_conflict`, on the laptop: the questions left for a person, replaced by each run (an entry keeps its id
  while the same field of the same record stays in question).
- the intent (app_info ``sync_intent:<register id>``): the run id and the laptop's half of a plan whose other
  half is being written to the other register (services/sync/run.py).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session

from unnm_desktop.domain.merge import ABSENT
from unnm_desktop.services.sync.plan import KEEP_OURS, PlannedConflict
from unnm_desktop.services.sync.records import Key, Record
from unnm_desktop.store.models import AppInfo
from unnm_desktop.store.sync_models import SyncBase, SyncConflict
from unnm_desktop.store.types import new_id

REGISTER_ID_KEY = "register_id"
INTENT_PREFIX = "sync_intent:"
# Moved by every change of the base, so that digests taken against another base are not trusted (incremental.py).
STAMP_PREFIX = "sync_base_stamp:"
SEEN_PREFIX = "sync_seen:"
CHUNK = 400


# Meeting packages (services/package/merge.py) merge as a sync does: their questions wait under this one other side;
# the base of each meeting (and what was last sent of it) is kept under an id of its own, so that it is read whole.
PACKAGES_TARGET_ID = "7061636b-6167-4500-8000-000000000000"
_PACKAGE_BASES = uuid.UUID(PACKAGES_TARGET_ID)


def package_base_target(meeting_id: str, *, sent: bool = False) -> str:
    """Where the base of a meeting exchanged by package is kept (`sent`: the content its last export carried)."""
    return str(uuid.uuid5(_PACKAGE_BASES, ("sent:" if sent else "base:") + meeting_id))


def base_target(target_id: str, meeting_id: str | None) -> str:
    """Where the base of a conflict's record is kept: a meeting package's is the meeting's own."""
    if target_id == PACKAGES_TARGET_ID and meeting_id is not None:
        return package_base_target(meeting_id)
    return target_id


def dumps(value: Any) -> str:
    """Canonical JSON: sorted keys, text as it is (Turkish, Arabic, emoji), no spacing."""
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(name): _plain(item) for name, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def dumps_or_absent(value: object) -> str | None:
    """NULL for a record or field that does not exist; the JSON text otherwise ("null" is a real empty value)."""
    return None if value is ABSENT else dumps(value)


def loads_or_absent(text: str | None) -> object:
    return ABSENT if text is None else json.loads(text)


# --- the register's own id ---------------------------------------------------------------------------------


def stored_register_id(session: Session) -> str | None:
    return session.scalar(select(AppInfo.value).where(AppInfo.key == REGISTER_ID_KEY))


def ensure_register_id(session: Session) -> str:
    found = stored_register_id(session)
    if found is None:
        found = new_id()
        session.add(AppInfo(key=REGISTER_ID_KEY, value=found))
        session.flush()
    return found


# --- the base ---------------------------------------------------------------------------------------------


def read_base(session: Session, target_id: str, keys: Collection[Key] | None = None) -> dict[Key, Record]:
    """The base, or the base of the records `keys` (those the base has)."""
    query = select(SyncBase.kind, SyncBase.record_id, SyncBase.content_json).where(SyncBase.target_id == target_id)
    if keys is None:
        return {(kind, record_id): json.loads(content) for kind, record_id, content in session.execute(query)}
    found: dict[Key, Record] = {}
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in keys:
        by_kind.setdefault(kind, []).append(record_id)
    for kind, ids in by_kind.items():  # by the primary key (target, kind, id): a lookup per record
        ids.sort()
        for start in range(0, len(ids), CHUNK):
            chunk = query.where(SyncBase.kind == kind, SyncBase.record_id.in_(ids[start : start + CHUNK]))
            for found_kind, record_id, content in session.execute(chunk):
                found[(found_kind, record_id)] = json.loads(content)
    return found


def read_base_record(session: Session, target_id: str, key: Key) -> Record | None:
    row = session.get(SyncBase, (target_id, key[0], key[1]))
    return None if row is None else json.loads(row.content_json)


def write_base(session: Session, target_id: str, changes: Mapping[Key, Record | None]) -> None:
    keys = list(changes)
    # A first sync has no base with the target yet: nothing to replace (tens of thousands of records, each looked for).
    held = session.scalar(select(SyncBase.record_id).where(SyncBase.target_id == target_id).limit(1)) is not None
    for start in range(0, len(keys) if held else 0, CHUNK):
        chunk = keys[start : start + CHUNK]
        session.execute(
            delete(SyncBase).where(
                SyncBase.target_id == target_id, tuple_(SyncBase.kind, SyncBase.record_id).in_(chunk)
            )
        )
    rows = [
        {"target_id": target_id, "kind": key[0], "record_id": key[1], "content_json": dumps(record)}
        for key, record in changes.items()
        if record is not None
    ]
    if rows:
        session.execute(SyncBase.__table__.insert(), rows)
    if keys:
        _set_info(session, STAMP_PREFIX + target_id, new_id())


def _set_info(session: Session, key: str, value: str | None) -> None:
    row = session.get(AppInfo, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(AppInfo(key=key, value=value))
    elif row.value != value:
        row.value = value
    session.flush()


def _info(session: Session, key: str) -> str | None:
    return session.scalar(select(AppInfo.value).where(AppInfo.key == key))


# --- the digests of the incremental read (incremental.py) ------------------------------------------------


def read_seen(session: Session, target_id: str) -> dict[str, Any] | None:
    """Each side's digests (`ours`, `theirs`) and the `schema` revisions they were taken with, if taken against the
    base as it is."""
    text = _info(session, SEEN_PREFIX + target_id)
    if text is None:
        return None
    seen = json.loads(text)
    if seen.get("stamp") != _info(session, STAMP_PREFIX + target_id):
        return None
    return seen


def write_seen(
    session: Session, target_id: str, schema: str | None, ours: Mapping[str, str], theirs: Mapping[str, str]
) -> None:
    """Kept with the base's stamp as it is now: call after write_base in the same transaction."""
    stamp = _info(session, STAMP_PREFIX + target_id)
    _set_info(
        session, SEEN_PREFIX + target_id, dumps({"stamp": stamp, "schema": schema, "ours": ours, "theirs": theirs})
    )


# --- conflicts ------------------------------------------------------------------------------------------


def pending_rows(session: Session, target_id: str) -> list[SyncConflict]:
    return list(
        session.scalars(
            select(SyncConflict)
            .where(SyncConflict.target_id == target_id)
            .order_by(SyncConflict.meeting_id, SyncConflict.kind, SyncConflict.record_id, SyncConflict.field)
        )
    )


def conflict_meetings(session: Session, target_id: str) -> set[str]:
    """The meetings a conflict waits in (read again by every run until it is settled)."""
    query = select(SyncConflict.meeting_id).where(SyncConflict.target_id == target_id).distinct()
    return {meeting_id for meeting_id in session.scalars(query) if meeting_id is not None}


def read_choices(session: Session, target_id: str) -> dict[Key, str]:
    """Whole-record conflicts (and duplicates) a person has decided, for the next run to carry out."""
    return {
        (row.kind, row.record_id): row.choice
        for row in pending_rows(session, target_id)
        if (row.field is None and row.choice in ("ours", "theirs")) or row.choice == KEEP_OURS
    }


def store_conflicts(
    session: Session, target_id: str, conflicts: Sequence[PlannedConflict], *, meeting_id: str | None = None
) -> None:
    """The run's conflicts replace the stored ones; one still in question keeps its id. With `meeting_id`, only
    that meeting's stored questions are replaced, and the conflicts are filed under it (a package carries one
    meeting: services/package/merge.py)."""
    stored = {
        (row.kind, row.record_id, row.field): row
        for row in pending_rows(session, target_id)
        if meeting_id is None or row.meeting_id == meeting_id
    }
    for conflict in conflicts:
        values = {
            "meeting_id": meeting_id or conflict.meeting_id,
            "reason": conflict.reason,
            "ours_json": dumps_or_absent(conflict.ours),
            "theirs_json": dumps_or_absent(conflict.theirs),
            "base_json": dumps_or_absent(conflict.base),
        }
        row = stored.pop((conflict.key[0], conflict.key[1], conflict.field), None)
        if row is None:
            session.add(SyncConflict(id=new_id(), target_id=target_id, kind=conflict.key[0],
                                     record_id=conflict.key[1], field=conflict.field, **values))  # fmt: skip
            continue
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
        if row.choice is not None:
            row.choice = None  # the choice was carried out, yet the record is in question again
    for row in stored.values():
        session.delete(row)
    session.flush()


# --- the intent ------------------------------------------------------------------------------------------


def read_intent(session: Session, target_id: str) -> dict[str, Any] | None:
    text = session.scalar(select(AppInfo.value).where(AppInfo.key == INTENT_PREFIX + target_id))
    return None if text is None else json.loads(text)


def write_intent(session: Session, target_id: str, intent: Mapping[str, Any]) -> None:
    row = session.get(AppInfo, INTENT_PREFIX + target_id)
    if row is None:
        session.add(AppInfo(key=INTENT_PREFIX + target_id, value=dumps(intent)))
    else:
        row.value = dumps(intent)
    session.flush()


def clear_intent(session: Session, target_id: str) -> None:
    session.execute(delete(AppInfo).where(AppInfo.key == INTENT_PREFIX + target_id))

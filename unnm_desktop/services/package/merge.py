"""A package's meeting merged with this database's field by field, by the sync's own plan (docs/sync.md, "Meeting
packages").

The base is what the package carries (`sync.base_content`: the meeting as its database last exchanged it by
package). It is taken as the common ancestor of the two versions only where this database can vouch for it: the
whole of it when this database has exchanged that very version (its hash is in the meeting's package history),
else field by field, where the value is the one this database keeps as its own base of the meeting or the one its
last export carried. A field it cannot vouch for has an unknown base: equal values are taken, different ones are a
question. Without any of this (a package of format 1, a base this database never shared) the import decides per
whole meeting, as before.

This database's base of a meeting moves with every exchange: an export makes it the content exported, an import
the package's content (what both now hold), with the old base kept where a question waits; its own changes since
stay changes, so that its next export carries them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from unnm_desktop.domain.merge import ABSENT, same_value
from unnm_desktop.services.package.format import meeting_hash
from unnm_desktop.services.package.from_database import sync_history
from unnm_desktop.services.package.records import entry_records, records_entry
from unnm_desktop.services.sync import base as stored
from unnm_desktop.services.sync.plan import SIGNED_OFF_REASON, Change, PlannedConflict, plan_meeting_merge
from unnm_desktop.services.sync.records import Key, Record
from unnm_desktop.store.sync_models import SyncBase

PACKAGES = stored.PACKAGES_TARGET_ID


class _Unknown:
    """A base value this database cannot vouch for: equal to nothing, so two different values are a question."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = _Unknown()


@dataclass(frozen=True)
class MeetingMerge:
    entry: dict[str, Any]  # the meeting as it is to be here (canonical, without `sync`)
    writes: bool  # it differs from the meeting here
    fields_taken: int  # fields (or whole records) taken from the package
    conflicts: tuple[PlannedConflict, ...]
    base: dict[Key, Record]  # this database's base of the meeting afterwards


def merge_meeting(session: Session, here: Mapping[str, Any], package_entry: Mapping[str, Any]) -> MeetingMerge | None:
    """The merge of the package's meeting into this database's, or None when no base can be trusted."""
    base_entry = package_entry["sync"].get("base_content")
    if base_entry is None:
        return None
    meeting_id = package_entry["id"]
    package_base = entry_records(base_entry)
    base = _vouched_base(session, meeting_id, package_base, meeting_hash(base_entry))
    if base is None:
        return None
    ours, theirs = entry_records(here), entry_records(package_entry)
    keys = set(base) | set(ours) | set(theirs)
    choices = {key: choice for key, choice in stored.read_choices(session, PACKAGES).items() if key in keys}
    plan = plan_meeting_merge(base, ours, theirs, choices=choices)
    laptop, target = _applied(ours, plan.laptop), _applied(theirs, plan.target)
    conflicts = tuple(_with_package_base(conflict, package_base) for conflict in plan.conflicts)
    return MeetingMerge(
        entry=records_entry(laptop, meeting_id),
        writes=bool(plan.laptop),
        fields_taken=sum(_fields_changed(change) for change in plan.laptop),
        conflicts=conflicts,
        base=_new_base(theirs, package_base, laptop, target, conflicts),
    )


def _vouched_base(session: Session, meeting_id: str, package_base: dict[Key, Record], digest: str) -> Any:
    if digest in {event["sha256"] for event in sync_history(session, meeting_id)}:
        return package_base
    own = stored.read_base(session, stored.package_base_target(meeting_id))
    sent = stored.read_base(session, stored.package_base_target(meeting_id, sent=True))
    if not own and not sent:
        return None
    vouched: dict[Key, dict[str, object]] = {}
    for key in set(package_base) | set(own):
        record = package_base.get(key)
        if record is None:
            # This database last shared the record, the package's did not: what became of it is unknown.
            vouched[key] = {name: UNKNOWN for name in own[key]}
            continue
        known = [side[key] for side in (own, sent) if key in side]
        vouched[key] = {
            name: value if any(same_value(value, other.get(name, ABSENT)) for other in known) else UNKNOWN
            for name, value in record.items()
        }
    return vouched


def _applied(records: Mapping[Key, Record], changes: Sequence[Change]) -> dict[Key, Record]:
    result = dict(records)
    for change in changes:
        if change.after is None:
            result.pop(change.key, None)
        else:
            result[change.key] = dict(change.after)
    return result


def _fields_changed(change: Change) -> int:
    if change.before is None or change.after is None:
        return 1
    names = set(change.before) | set(change.after)
    return sum(not same_value(change.before.get(name, ABSENT), change.after.get(name, ABSENT)) for name in names)


def _with_package_base(conflict: PlannedConflict, package_base: Mapping[Key, Record]) -> PlannedConflict:
    """A question shows the base the package carries (never an unknown value)."""
    record = package_base.get(conflict.key, ABSENT)
    if conflict.field is None:
        return replace(conflict, base=record)
    return replace(conflict, base=ABSENT if record is ABSENT else record.get(conflict.field, ABSENT))


def _new_base(
    theirs: Mapping[Key, Record],
    package_base: Mapping[Key, Record],
    laptop: Mapping[Key, Record],
    target: Mapping[Key, Record],
    conflicts: Sequence[PlannedConflict],
) -> dict[Key, Record]:
    """The package's content; where a question waits, the package's base (the field's, or the held record's)."""
    in_question: dict[Key, list[str]] = {}
    for conflict in conflicts:
        if conflict.field is not None:
            in_question.setdefault(conflict.key, []).append(conflict.field)
    base: dict[Key, Record] = {}
    for key in set(theirs) | set(package_base) | set(laptop):
        record: Record | None
        if key in in_question and key in theirs:
            record = dict(theirs[key])
            old = package_base.get(key, {})
            for name in in_question[key]:
                if name in old:
                    record[name] = old[name]
                else:
                    record.pop(name, None)
        elif key in in_question or laptop.get(key) != target.get(key):
            record = package_base.get(key)  # held apart until a person decides
        else:
            record = theirs.get(key)
        if record is not None:
            base[key] = record
    return base


# --- what this database keeps ----------------------------------------------------------------------------


def keep_base(session: Session, meeting_id: str, records: Mapping[Key, Record], *, sent: bool = False) -> None:
    """Replace this database's base of the meeting (or what its last export carried)."""
    target_id = stored.package_base_target(meeting_id, sent=sent)
    session.execute(delete(SyncBase).where(SyncBase.target_id == target_id))
    rows = [
        {"target_id": target_id, "kind": kind, "record_id": record_id, "content_json": stored.dumps(record)}
        for (kind, record_id), record in records.items()
    ]
    if rows:
        session.execute(SyncBase.__table__.insert(), rows)


def kept_base_entry(session: Session, meeting_id: str) -> dict[str, Any] | None:
    """This database's base of the meeting as a package's meeting entry (None: it has exchanged none yet)."""
    records = stored.read_base(session, stored.package_base_target(meeting_id))
    if ("meeting", meeting_id) not in records:
        return None
    return records_entry(records, meeting_id)


def keep_conflicts(session: Session, meeting_id: str, conflicts: Sequence[PlannedConflict]) -> None:
    """The meeting's questions replace those an earlier package left; one still in question keeps its id."""
    stored.store_conflicts(session, PACKAGES, conflicts, meeting_id=meeting_id)


def declined(session: Session, meeting_id: str) -> bool:
    """Whether a person kept this database's signed-off meeting rather than a package's (File → Review…)."""
    return any(
        row.meeting_id == meeting_id and row.field is None and row.kind == "meeting" and row.choice == "ours"
        for row in stored.pending_rows(session, PACKAGES)
    )


def signed_off_question(here: Mapping[str, Any], package_entry: Mapping[str, Any]) -> PlannedConflict:
    """Minutes signed off here that a package changes: one question on the whole meeting, never merged."""
    key = ("meeting", package_entry["id"])
    base_entry = package_entry["sync"].get("base_content")
    base = ABSENT if base_entry is None else entry_records(base_entry).get(key, ABSENT)
    ours, theirs = entry_records(here)[key], entry_records(package_entry)[key]
    return PlannedConflict(key, None, SIGNED_OFF_REASON, ours, theirs, base, package_entry["id"])

"""The plan of one sync, made without touching a database: what each side is to hold, the new base, the questions.

`make_plan(base, ours, theirs)` merges record by record and field by field (domain/merge.py), then keeps
apart ("holds") what must not travel until a person decides, so that each side keeps its own version of it and
the base keeps its old content:

- a record edited on one side and deleted on the other (a whole-record conflict);
- a meeting signed off on one side while its minutes were edited on the other since the base (the whole meeting:
  signed-off minutes are never altered by a merge). A signed-off meeting unchanged on the other side travels as
  it is; an action point's tracking (status, completion) is not an edit of the minutes;
- two records holding the same unique value (a meeting's or a decision's reference, one person twice at a
  meeting…): a clash, listed on the laptop's record, never a crash;
- a record whose parent would be missing on a side (a child added where the other side deleted the parent):
  the parent becomes a whole-record conflict.

Whatever refers to a held record that one side lacks is held with it. Sign-offs are never deleted by a sync
(they travel as a union): a reopened revision travels as a new revision.

A conflicting field: the laptop keeps ours, the other side keeps theirs, the base keeps its old value for that
field; every other field of the record travels. A person's choice on a whole-record conflict (`choices`) is
carried out by moving the base of the record and of what it owns to the side not chosen, so that the chosen
side's version is what changed; keeping the laptop's record of a duplicate (one person twice at a meeting…)
moves the base of the other side's record to that record, which is then seen as deleted by the laptop.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from unnm_desktop.domain.merge import ABSENT, merge_records
from unnm_desktop.services.sync.records import (
    LINE_FIELDS,
    TRACKING_FIELDS,
    UNIQUE_FIELDS,
    Key,
    Record,
    links,
    meeting_of,
    ordered,
)
from unnm_desktop.store.models import Base

SIGNED_OFF = "signed_off"
SIGNED_OFF_REASON = "signed-off"
CLASH_REASON = "same-value"
EDITED_AND_DELETED = "edited-and-deleted"
# A person's choice on a duplicate (a same-value clash of records that own nothing): keep the laptop's record and
# drop the other side's.
KEEP_OURS = "keep-ours"
DUPLICATE_KINDS = frozenset({"attendance", "position", "action_follow_up"})

Records = Mapping[Key, Record]


@dataclass(frozen=True)
class Change:
    """A record a side is to change: `before` what it holds (None: nothing), `after` what it is to hold (None:
    deleted). `created`: the creation time the record has on the side it comes from."""

    key: Key
    before: Record | None
    after: Record | None
    created: str | None = None


@dataclass(frozen=True)
class PlannedConflict:
    key: Key
    field: str | None
    reason: str
    ours: object
    theirs: object
    base: object
    meeting_id: str | None


@dataclass(frozen=True)
class Plan:
    laptop: tuple[Change, ...]
    target: tuple[Change, ...]
    base: dict[Key, Record | None]  # the base entries that change (None: removed)
    conflicts: tuple[PlannedConflict, ...]

    @property
    def writes_anything(self) -> bool:
        return bool(self.laptop or self.target or self.base)


def make_plan(
    base: Records,
    ours: Records,
    theirs: Records,
    *,
    ours_created: Mapping[Key, str | None] | None = None,
    theirs_created: Mapping[Key, str | None] | None = None,
    choices: Mapping[Key, str] | None = None,
    present: Container[Key] = frozenset(),
) -> Plan:
    """`present`: records left out of `base`, `ours` and `theirs` because both sides hold them as in the base (an
    incremental read): a link to one is not a missing parent."""
    planner = _Planner(base, ours, theirs, choices or {}, present)
    return planner.plan(ours_created or {}, theirs_created or {})


class _Outside:
    """Every record not among `keys`: what one meeting's records link to outside it (the directory, earlier
    meetings) is there on both sides."""

    def __init__(self, keys: Container[Key]) -> None:
        self.keys = keys

    def __contains__(self, key: object) -> bool:
        return key not in self.keys


def plan_meeting_merge(
    base: Records, ours: Records, theirs: Records, *, choices: Mapping[Key, str] | None = None
) -> Plan:
    """The plan of merging one meeting's records alone (a meeting package, services/package/merge.py): a link to a
    record outside the three record sets is not a missing parent."""
    keys = set(base) | set(ours) | set(theirs)
    return make_plan(base, ours, theirs, choices=choices, present=_Outside(keys))


class _Planner:
    def __init__(
        self, base: Records, ours: Records, theirs: Records, choices: Mapping[Key, str], present: Container[Key]
    ) -> None:
        self.present = present
        self.stored_base = base
        self.ours = ours
        self.theirs = theirs
        self.all_keys = ordered(set(base) | set(ours) | set(theirs))
        self._referrers: dict[Key, dict[str, set[Key]]] | None = None
        self.base = self._with_choices(dict(base), choices)
        self.conflicts: dict[tuple[Key, str | None], PlannedConflict] = {}
        self._fields_cache: dict[Key, list[str]] | None = None
        self.held: set[Key] = set()
        result = merge_records(self.base, ours, theirs, line_fields=LINE_FIELDS)
        self.merged: dict[Key, Record] = {key: dict(record) for key, record in result.merged.items()}
        for conflict in result.conflicts:
            key: Key = conflict.record  # type: ignore[assignment]
            self._conflict(key, conflict.field, conflict.kind.value, conflict.ours, conflict.theirs, conflict.base)
            if conflict.field is None:
                self.held.add(key)

    def plan(self, ours_created: Mapping[Key, str | None], theirs_created: Mapping[Key, str | None]) -> Plan:
        self._keep_sign_offs()
        self._hold_signed_off_meetings()
        while True:
            size = (len(self.held), len(self.conflicts))
            self._close_held()
            laptop, target = self._desired()
            for state, side in ((laptop, self.ours), (target, self.theirs)):
                # Each side's own records hold together: only what changes on it can break a link or a unique value.
                changed = [key for key in self.all_keys if state.get(key) != side.get(key)]
                if changed:
                    self._hold_clashes(state, {key[0] for key in changed})
                    self._hold_orphans(state, changed if all(key in state for key in changed) else list(state))
            if (len(self.held), len(self.conflicts)) == size:
                break
        return Plan(
            laptop=_changes(self.all_keys, self.ours, laptop, theirs_created),
            target=_changes(self.all_keys, self.theirs, target, ours_created),
            base=self._new_base(),
            conflicts=tuple(self.conflicts.values()),
        )

    # --- the base, and a person's choices ----------------------------------------------------------------

    def _with_choices(self, base: dict[Key, Record], choices: Mapping[Key, str]) -> dict[Key, Record]:
        for key, choice in choices.items():
            if choice == KEEP_OURS:
                # A duplicate (same-value clash): the other side's record is seen as deleted by ours.
                for partner in self._clash_partners(key):
                    base[partner] = self.theirs[partner]
                continue
            other = self.theirs if choice == "ours" else self.ours
            for owned in self._owned(key):
                if owned in other:
                    base[owned] = other[owned]
                else:
                    base.pop(owned, None)
        return base

    def _clash_partners(self, key: Key) -> list[Key]:
        """The other side's records holding one of the unique values the laptop's record `key` holds."""
        record = self.ours.get(key)
        if record is None:
            return []
        values = [tuple(record.get(name) for name in fields) for fields in UNIQUE_FIELDS.get(key[0], ())]
        return [
            other
            for other, their_record in self.theirs.items()
            if other[0] == key[0] and other != key and other not in self.ours
            for fields, value in zip(UNIQUE_FIELDS[key[0]], values, strict=True)
            if tuple(their_record.get(name) for name in fields) == value
        ]

    def referrers(self) -> dict[Key, dict[str, set[Key]]]:
        """Made when first needed: a run where nothing is held or chosen does without."""
        if self._referrers is None:
            self._referrers = _referrers(self.all_keys, self.stored_base, self.ours, self.theirs)
        return self._referrers

    def _owned(self, key: Key) -> set[Key]:
        """The record and what it owns (through links that cannot be empty), transitively."""
        found, frontier = {key}, [key]
        while frontier:
            for child in self.referrers().get(frontier.pop(), {}).get("owned", ()):
                if child not in found:
                    found.add(child)
                    frontier.append(child)
        return found

    def _new_base(self) -> dict[Key, Record | None]:
        changed: dict[Key, Record | None] = {}
        for key in self.all_keys:
            old = self.stored_base.get(key)
            if key in self.held:
                new = old
            else:
                new = self.merged.get(key)
                fields = self._conflict_fields(key)
                if new is not None and fields:
                    new = dict(new)
                    for name in fields:
                        if old is not None and name in old:
                            new[name] = old[name]
                        else:
                            new.pop(name, None)
            if new != old:
                changed[key] = new
        return changed

    # --- what is held apart --------------------------------------------------------------------------------

    def _conflict(self, key: Key, field: str | None, reason: str, ours: object, theirs: object, base: object) -> None:
        meeting_id = meeting_of(key, self.ours, self.theirs, self.stored_base)
        self.conflicts[(key, field)] = PlannedConflict(key, field, reason, ours, theirs, base, meeting_id)
        self._fields_cache = None

    def _conflict_fields(self, key: Key) -> list[str]:
        return self._fields_by_key().get(key, [])

    def _fields_by_key(self) -> dict[Key, list[str]]:
        if self._fields_cache is None:
            self._fields_cache = {}
            for key, field in self.conflicts:
                if field is not None:
                    self._fields_cache.setdefault(key, []).append(field)
        return self._fields_cache

    def _whole_record_conflict(self, key: Key, reason: str) -> None:
        self._conflict(
            key, None, reason, self.ours.get(key, ABSENT), self.theirs.get(key, ABSENT), self.base.get(key, ABSENT)
        )
        self.held.add(key)

    def _keep_sign_offs(self) -> None:
        """Sign-offs travel as a union: one only a side holds is copied, never deleted."""
        for key in self.all_keys:
            if key[0] == "sign_off" and key not in self.merged and key not in self.held:
                kept = self.ours.get(key) or self.theirs.get(key)
                if kept is not None:
                    self.merged[key] = dict(kept)

    def _hold_signed_off_meetings(self) -> None:
        groups: dict[str, set[Key]] = {}
        for key in self.all_keys:
            meeting_id = meeting_of(key, self.ours, self.theirs, self.base)
            if meeting_id is not None:
                groups.setdefault(meeting_id, set()).add(key)
        for meeting_id, keys in groups.items():
            meeting = ("meeting", meeting_id)
            if not any(side.get(meeting, {}).get("status") == SIGNED_OFF for side in (self.ours, self.theirs)):
                continue
            if not (self._minutes_changed(self.ours, keys) and self._minutes_changed(self.theirs, keys)):
                continue
            if all(self.ours.get(key) == self.theirs.get(key) for key in keys):
                continue
            for conflict in [entry for entry in self.conflicts if entry[0] in keys]:
                del self.conflicts[conflict]
            self._fields_cache = None
            self._whole_record_conflict(meeting, SIGNED_OFF_REASON)
            self.held |= keys

    def _minutes_changed(self, side: Records, keys: Iterable[Key]) -> bool:
        return any(_minutes(key, side.get(key)) != _minutes(key, self.base.get(key)) for key in keys)

    def _close_held(self) -> None:
        """What refers to a held record that one side lacks is held too (it could not be written without it)."""
        frontier = list(self.held)
        while frontier:
            key = frontier.pop()
            if key in self.ours and key in self.theirs:
                continue
            for referrer in self.referrers().get(key, {}).get("all", ()):
                if referrer not in self.held:
                    self.held.add(referrer)
                    frontier.append(referrer)

    def _desired(self) -> tuple[dict[Key, Record], dict[Key, Record]]:
        laptop: dict[Key, Record] = {}
        target: dict[Key, Record] = {}
        for key in self.all_keys:
            if key in self.held:
                ours, theirs = self.ours.get(key), self.theirs.get(key)
            else:
                ours = theirs = self.merged.get(key)
                fields = self._conflict_fields(key)
                if theirs is not None and fields:
                    theirs = {**theirs, **{name: self.theirs[key][name] for name in fields if name in self.theirs[key]}}
            if ours is not None:
                laptop[key] = ours
            if theirs is not None:
                target[key] = theirs
        return laptop, target

    def _hold_clashes(self, state: dict[Key, Record], kinds: set[str]) -> None:
        for kind, uniques in UNIQUE_FIELDS.items():
            if kind not in kinds:
                continue
            for fields in uniques:
                holders: dict[tuple[Any, ...], list[Key]] = {}
                for key, record in state.items():
                    if key[0] == kind:
                        value = tuple(record.get(name) for name in fields)
                        if None not in value:
                            holders.setdefault(value, []).append(key)
                for value, keys in holders.items():
                    if len(keys) > 1:
                        self._clash(keys, fields[-1], value[-1])

    def _clash(self, keys: list[Key], field: str, value: object) -> None:
        # Listed on the laptop's own record: it is the one a person can give another value (sync resolve --value).
        own = sorted(keys, key=lambda key: (key not in self.ours, key[1]))[0]
        base = self.stored_base.get(own, {}).get(field, ABSENT)
        self._conflict(own, field, CLASH_REASON, self.ours.get(own, {}).get(field, ABSENT), value, base)
        self.held.update(keys)

    def _hold_orphans(self, state: dict[Key, Record], keys: list[Key]) -> None:
        for key in keys:
            record = state.get(key)
            if record is None:
                continue
            for name, kind in links(key[0]).items():
                value = record.get(name)
                for parent_id in value if isinstance(value, list) else [value]:
                    parent = (kind, parent_id)
                    if parent_id is None or parent in state or parent in self.present:
                        continue
                    if parent in self.held:
                        self.held.add(key)
                    else:
                        self._whole_record_conflict(parent, EDITED_AND_DELETED)


def _minutes(key: Key, record: Record | None) -> Record | None:
    """A record as part of the minutes: an action point's tracking left out."""
    if record is None or key[0] != "action_point":
        return record
    return {name: value for name, value in record.items() if name not in TRACKING_FIELDS}


def _referrers(keys: Iterable[Key], *sides: Records) -> dict[Key, dict[str, set[Key]]]:
    """record -> {"all": records linking to it, "owned": those whose link to it cannot be empty}."""
    required = {
        kind: {column.key for column in Base.metadata.tables[kind].columns if not column.nullable}
        for kind in {key[0] for key in keys}
    }
    found: dict[Key, dict[str, set[Key]]] = {}
    for key in keys:
        kind_links = links(key[0])
        for side in sides:
            record = side.get(key)
            if record is None:
                continue
            for name, kind in kind_links.items():
                value = record.get(name)
                for target_id in value if isinstance(value, list) else [value]:
                    if target_id is None:
                        continue
                    entry = found.setdefault((kind, target_id), {"all": set(), "owned": set()})
                    entry["all"].add(key)
                    if name in required[key[0]]:
                        entry["owned"].add(key)
    return found


def _changes(
    keys: Iterable[Key], current: Records, desired: Mapping[Key, Record], created: Mapping[Key, str | None]
) -> tuple[Change, ...]:
    return tuple(
        Change(key, current.get(key), desired.get(key), created.get(key))
        for key in keys
        if current.get(key) != desired.get(key)
    )

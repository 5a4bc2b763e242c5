"""One sync between the laptop and another register (a SQLite file or a server's), safe to cut off at any moment.

The two registers are separate databases, so one run is three transactions:

1. on the laptop: the intent — a run id and the laptop's half of the plan (its changes, the new base, the
   conflicts) — so that a run cut off later can be completed without merging again (a merge is not idempotent
   against a stale base: domain/merge.py);
2. on the other register: its changes and an audit event naming the run id, in ONE transaction, after checking
   that none of the records it changes was written meanwhile (else the run starts over, up to three times);
3. on the laptop: its changes, the new base, the conflicts, an audit event, and the intent cleared, in ONE
   transaction. A record a person edited on the laptop since the plan was made is left as they typed it, and its
   base becomes what the laptop held when the plan was made, so the next run merges their edit in.

A run that finds an unfinished intent asks the other register for the audit event of that run id: there, step 3
is completed from the stored half-plan (the base then matches what was written); absent, the run starts over.
A run with nothing for the other register skips steps 1 and 2; a run with nothing at all to write writes nothing
(no audit event either): running sync twice changes nothing the second time.
"""

from __future__ import annotations

import logging
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.sync import base as stored
from unnm_desktop.services.sync import same_organisations
from unnm_desktop.services.sync.conflicts import conflict_views
from unnm_desktop.services.sync.incremental import (
    Present,
    after,
    changed,
    hold_writes,
    scan,
    schema_revision,
    seen_after,
    unequal_meetings,
)
from unnm_desktop.services.sync.plan import Change, Plan, PlannedConflict, make_plan
from unnm_desktop.services.sync.records import Key, key_text, meeting_of, read_snapshot
from unnm_desktop.services.sync.sides import IncrementalSide, OtherSide, RegisterSide, exchanged, repeatable_read
from unnm_desktop.services.sync.views import SyncReport
from unnm_desktop.services.sync.write import ChangedMeanwhile, Written, write_changes
from unnm_desktop.store.types import new_id

log = logging.getLogger(__name__)

ATTEMPTS = 3
PULL_ACTION = "sync"


class SyncRefused(UserFacingError):
    """The sync did not run, or stopped before writing anything on the side named."""


def synchronise(laptop: ServiceContext, target: ServiceContext | OtherSide) -> SyncReport:
    """Exchange what each side lacks; report what was written on each side and every conflict waiting."""
    other: OtherSide = RegisterSide(target) if isinstance(target, ServiceContext) else target
    target_id, laptop_id = _register_ids(laptop, other)
    pulled = pushed = 0
    with laptop.session() as session:
        intent = stored.read_intent(session, target_id)
    if intent is not None and other.has_run(intent["run"]):
        pulled += _finish(laptop, target_id, intent["run"], *_half_plan(intent))
    run_pulled, run_pushed = _run_again_if_changed(laptop, other, target_id, laptop_id)
    # The same new organisation typed on both sides arrived twice: merged into one, and the merge travels too.
    if same_organisations.merge_same_organisations(laptop):
        more = _run_again_if_changed(laptop, other, target_id, laptop_id)
        run_pulled, run_pushed = run_pulled + more[0], run_pushed + more[1]
    return SyncReport(pulled + run_pulled, pushed + run_pushed, conflict_views(laptop, target_id))


def _run_again_if_changed(laptop: ServiceContext, other: OtherSide, target_id: str, laptop_id: str) -> tuple[int, int]:
    for _attempt in range(ATTEMPTS):
        try:
            return _run(laptop, other, target_id, laptop_id)
        except ChangedMeanwhile as meanwhile:
            log.info("sync: %d records on the other side changed meanwhile; starting over", len(meanwhile.keys))
    raise SyncRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The other register kept changing while it was being synchronised; nothing more was written. "
            "Try again in a moment.",
        )
    )


def _register_ids(laptop: ServiceContext, other: OtherSide) -> tuple[str, str]:
    target_id = other.register_id()
    with laptop.session() as session:
        laptop_id = stored.ensure_register_id(session)
    if target_id == laptop_id:
        raise SyncRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{target} is the same register as {laptop} (or a copy of it): a register is not synchronised with "
                "itself. Nothing was changed.",
            ),
            target=other.name,
            laptop=laptop.db.name,
        )
    return target_id, laptop_id


def _run(laptop: ServiceContext, other: OtherSide, target_id: str, laptop_id: str) -> tuple[int, int]:
    if isinstance(other, IncrementalSide):
        return _run_incremental(laptop, other, target_id, laptop_id)
    with laptop.session() as session:
        repeatable_read(session)
        ours = read_snapshot(session)
        base, choices = stored.read_base(session, target_id), stored.read_choices(session, target_id)
    theirs = other.read()
    reconcile = getattr(other, "reconcile", None)
    if reconcile is not None:  # an exchange folder's concurrent versions become questions (services/sync/folder.py)
        base = reconcile(theirs, ours.records, base)
    plan = make_plan(
        base, ours.records, theirs.records, ours_created=ours.created, theirs_created=theirs.created, choices=choices
    )
    run_id = new_id()
    pushed = 0
    if plan.target:
        with laptop.session() as session:  # step 1
            stored.write_intent(session, target_id, _intent(run_id, plan))
        pushed = _push(other, laptop_id, run_id, plan.target)  # step 2
    pulled = _finish(laptop, target_id, run_id, plan.laptop, plan.base, plan.conflicts, pushed)
    return pulled, pushed


def _run_incremental(laptop: ServiceContext, other: IncrementalSide, target_id: str, laptop_id: str) -> tuple[int, int]:
    """The same run, reading on each side only the meetings that may have changed (incremental.py)."""
    with laptop.session() as session:
        repeatable_read(session)  # the laptop's scan and read in one snapshot, while the other side is read
        schema = schema_revision(session)
        seen = stored.read_seen(session, target_id)
        ours_scan = scan(session)
        wanted: set[str] | None = None
        if seen is not None:
            wanted = changed(ours_scan.digests, seen["ours"]) | stored.conflict_meetings(session, target_id)
        theirs = other.read_part(None if wanted is None else seen["theirs"], wanted or ())  # type: ignore[index]
        schemas = f"{schema}|{theirs.schema}"
        if wanted is not None and seen.get("schema") != schemas:  # type: ignore[union-attr]
            wanted, theirs = None, other.read_part(None, ())
        meetings = None if wanted is None or theirs.meetings is None else wanted | theirs.meetings
        ours = read_snapshot(session, meetings)
        keys = set(ours.records) | set(theirs.snapshot.records)
        base = stored.read_base(session, target_id, None if meetings is None else keys)
        choices = stored.read_choices(session, target_id)
    present: Container[Key] = frozenset() if meetings is None else Present(ours_scan, theirs.scan, keys)
    plan = make_plan(base, ours.records, theirs.snapshot.records, ours_created=ours.created,
                     theirs_created=theirs.snapshot.created, choices=choices, present=present)  # fmt: skip
    read = set(ours_scan.digests) | set(theirs.scan.digests) if meetings is None else meetings
    base_after = {**base, **plan.base}
    laptop_after, target_after = after(ours.records, plan.laptop), after(theirs.snapshot.records, plan.target)
    every = keys | set(base)
    unequal = unequal_meetings(every, laptop_after, base_after, target_after) | unequal_meetings(
        every, target_after, base_after, laptop_after
    )
    run_id = new_id()
    pushed = 0
    theirs_digests = theirs.scan.digests
    if plan.target:
        with laptop.session() as session:  # step 1
            stored.write_intent(session, target_id, _intent(run_id, plan))
        written_digests: dict[str, str] = {}
        expected = {meeting_id: theirs.scan.digests.get(meeting_id) for meeting_id in read}
        pushed = _push(other, laptop_id, run_id, plan.target, (expected, written_digests))  # step 2
        theirs_digests = written_digests
    update = SeenUpdate(schemas, seen or {"ours": {}, "theirs": {}}, read, unequal, ours_scan.digests,
                        theirs_digests, (laptop_after, target_after, base_after, base))  # fmt: skip
    pulled = _finish(laptop, target_id, run_id, plan.laptop, plan.base, plan.conflicts, pushed, update)
    return pulled, pushed


@dataclass(frozen=True)
class SeenUpdate:
    """What step 3 needs to keep the digests of an incremental run (incremental.py)."""

    schemas: str
    previous: dict[str, dict[str, str]]
    read: set[str]
    unequal: set[str]
    ours_digests: dict[str, str]  # the laptop's, when it was read
    theirs_digests: dict[str, str]  # the other side's, once written (only of meetings nobody else wrote meanwhile)
    states: tuple[Mapping[Key, Any], ...]

    def before_writes(self, session: Any, target_id: str) -> None:
        """Under the writers' lock, before step 3 writes: a meeting someone wrote on the laptop since it was read
        keeps no digest (its digest after the writes would hide their edit from the next run)."""
        hold_writes(session)
        now = scan(session, self.read, keys=False).digests
        self.unequal.update(
            meeting_id for meeting_id in self.read if now.get(meeting_id) != self.ours_digests.get(meeting_id)
        )

    def write(self, session: Any, target_id: str, skipped: Iterable[Change]) -> None:
        unequal = set(self.unequal)
        for change in skipped:
            for state in ({change.key: change.before}, {change.key: change.after}, *self.states):
                meeting_id = meeting_of(change.key, state)
                if meeting_id is not None:
                    unequal.add(meeting_id)
        session.flush()
        ours = seen_after(self.previous["ours"], self.read, unequal, scan(session, self.read, keys=False).digests)
        theirs = seen_after(self.previous["theirs"], self.read, unequal, self.theirs_digests)
        stored.write_seen(session, target_id, self.schemas, ours, theirs)


def _push(
    other: OtherSide, laptop_id: str, run_id: str, changes: tuple[Change, ...],
    digests: tuple[dict[str, str | None], dict[str, str]] | None = None,
) -> int:  # fmt: skip
    """Step 2. `digests`: the meetings whose digests on the other side are wanted once written, with the digest
    each had when read, and where to put them (an incremental run)."""
    if digests is None or not isinstance(other, IncrementalSide):
        return other.write(changes, run_id=run_id, peer_id=laptop_id)
    meetings, found = digests
    pushed, written = other.write_part(changes, run_id=run_id, peer_id=laptop_id, meetings=meetings)
    found.update(written)
    return pushed


def _finish(
    laptop: ServiceContext,
    target_id: str,
    run_id: str,
    changes: Iterable[Change],
    base: dict[Key, Any],
    conflicts: Iterable[PlannedConflict],
    pushed: int,
    seen: SeenUpdate | None = None,
) -> int:
    """Step 3: the laptop's changes, the new base, the conflicts, the audit event; the intent cleared."""
    with laptop.session() as session:
        if seen is not None:
            seen.before_writes(session, target_id)
        written: Written = write_changes(session, tuple(changes), strict=False)
        base = dict(base)
        for change in written.skipped:
            # Typed on the laptop after the plan was made: kept, and merged in by the next run against what the
            # laptop held when the plan was made.
            base[change.key] = change.before
        stored.write_base(session, target_id, base)
        session.flush()
        stored.store_conflicts(session, target_id, (*conflicts, *same_organisations.questions(session)))
        stored.clear_intent(session, target_id)
        if seen is not None:
            seen.write(session, target_id, written.skipped)
        if written.changes or pushed:
            after = {**exchanged(target_id, written.changes, "pulled"), "pushed": pushed}
            laptop.audit(session, "sync", run_id, PULL_ACTION, after=after)
    return len(written.changes)


# --- the intent's half-plan, as JSON -------------------------------------------------------------------------


def _intent(run_id: str, plan: Plan) -> dict[str, Any]:
    return {
        "run": run_id,
        "pushed": len(plan.target),
        "laptop": [[key_text(c.key), c.before, c.after, c.created] for c in plan.laptop],
        "base": [[key_text(key), record] for key, record in plan.base.items()],
        "conflicts": [
            {
                "key": key_text(c.key),
                "field": c.field,
                "reason": c.reason,
                "ours": stored.dumps_or_absent(c.ours),
                "theirs": stored.dumps_or_absent(c.theirs),
                "base": stored.dumps_or_absent(c.base),
                "meeting_id": c.meeting_id,
            }
            for c in plan.conflicts
        ],
    }


def _key(text_key: str) -> Key:
    kind, _, record_id = text_key.partition("/")
    return kind, record_id


def _half_plan(
    intent: dict[str, Any],
) -> tuple[tuple[Change, ...], dict[Key, Any], tuple[PlannedConflict, ...], int]:
    changes = tuple(Change(_key(key), before, after, created) for key, before, after, created in intent["laptop"])
    base = {_key(key): record for key, record in intent["base"]}
    conflicts = tuple(
        PlannedConflict(
            _key(c["key"]),
            c["field"],
            c["reason"],
            stored.loads_or_absent(c["ours"]),
            stored.loads_or_absent(c["theirs"]),
            stored.loads_or_absent(c["base"]),
            c["meeting_id"],
        )
        for c in intent["conflicts"]
    )
    return changes, base, conflicts, intent["pushed"]

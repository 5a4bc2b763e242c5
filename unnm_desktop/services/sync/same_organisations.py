"""The same new organisation typed on both sides of a sync: one acronym (Turkish-aware, `acronym_key`), two records.

The services refuse a second organisation with an acronym already in the directory, but two registers that do not
see each other can each make one; a sync then brings both to each side. After the run, the laptop merges them
(services/directory/entries.py `merge_organizations`: everything that pointed at the one that goes points at the
one kept, which keeps the other as merged, for the audit trail) and the next run carries the merge over. The one
kept is the one made first (then the smaller id): every machine merging the same pair merges it the same way.

A merge that would lose or alter something is not made: when both have a position on the same decision (one of
the two texts would go), or the one that goes is named in signed-off minutes. The pair is then a question
(`same-value` on the acronym of the one that goes): give it another acronym (`sync resolve --value`), or merge the
two in the directory by hand; either settles it at the next sync.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from unnm_desktop.domain.errors import ValidationError
from unnm_desktop.domain.merge import ABSENT
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory.entries import acronym_key, merge_organizations
from unnm_desktop.services.sync.plan import CLASH_REASON, PlannedConflict
from unnm_desktop.store.models import (
    ActionPoint,
    ActionResponsible,
    Attendance,
    Decision,
    Meeting,
    Organization,
    Position,
)

log = logging.getLogger(__name__)

SIGNED_OFF = "signed_off"


@dataclass(frozen=True)
class SamePair:
    """Two organisations with one acronym: `keep` stays, `going` is merged into it (when `safe`)."""

    keep: str
    keep_acronym: str
    going: str
    going_acronym: str
    safe: bool


def same_pairs(session: Session) -> list[SamePair]:
    """Every organisation not merged whose acronym another's matches, paired with the one made first."""
    rows = session.execute(
        select(Organization.id, Organization.acronym, Organization.created_at).where(
            Organization.merged_into_id.is_(None)
        )
    ).all()
    groups: dict[str, list[tuple[str, str, object]]] = {}
    for org_id, acronym, created_at in rows:
        key = acronym_key(acronym)
        if key:
            groups.setdefault(key, []).append((org_id, acronym, created_at))
    pairs = []
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda row: (str(row[2]), row[0]))
        keep_id, keep_acronym, _ = group[0]
        for going_id, going_acronym, _ in group[1:]:
            safe = _mergeable(session, keep_id, going_id)
            pairs.append(SamePair(keep_id, keep_acronym, going_id, going_acronym, safe))
    return pairs


def _mergeable(session: Session, keep: str, going: str) -> bool:
    """Whether merging `going` into `keep` loses nothing typed and alters no signed-off minutes."""
    decisions = select(Position.decision_id).where(Position.organization_id == keep)
    if session.scalar(select(Position.id).where(Position.organization_id == going,
                                                Position.decision_id.in_(decisions)).limit(1)):  # fmt: skip
        return False
    signed = select(Meeting.id).where(Meeting.status == SIGNED_OFF)
    named = (
        select(Attendance.id).where(Attendance.organization_id == going, Attendance.meeting_id.in_(signed)),
        select(Position.id)
        .join(Decision, Decision.id == Position.decision_id)
        .where(Position.organization_id == going, Decision.meeting_id.in_(signed)),
        select(ActionResponsible.action_id)
        .join(ActionPoint, ActionPoint.id == ActionResponsible.action_id)
        .where(ActionResponsible.organization_id == going, ActionPoint.meeting_id.in_(signed)),
    )
    return not any(session.scalar(query.limit(1)) is not None for query in named)


def questions(session: Session) -> tuple[PlannedConflict, ...]:
    """The pairs that cannot be merged safely, as questions for the review (on the laptop, after a run's writes)."""
    return tuple(
        PlannedConflict(
            ("organization", pair.going), "acronym", CLASH_REASON, pair.going_acronym, pair.keep_acronym, ABSENT, None
        )
        for pair in same_pairs(session)
        if not pair.safe
    )


def merge_same_organisations(laptop: ServiceContext) -> int:
    """Merge every pair that can be merged safely, on the laptop; returns how many were merged."""
    with laptop.session() as session:
        pairs = [pair for pair in same_pairs(session) if pair.safe]
    merged = 0
    for pair in pairs:
        try:
            merge_organizations(laptop, pair.keep, pair.going)
        except ValidationError as refusal:  # changed meanwhile: the next run asks, or merges
            log.info("sync: %s not merged into %s: %s", pair.going_acronym, pair.keep_acronym, refusal)
            continue
        merged += 1
        log.info("sync: the organisation %s typed on both sides merged into one", pair.keep_acronym)
    return merged

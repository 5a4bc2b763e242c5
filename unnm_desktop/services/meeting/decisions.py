"""Decisions and the positions organisations took on them, with the consensus rules enforced."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from unnm_desktop.domain.clock import to_utc
from unnm_desktop.domain.consensus import outcome_problem
from unnm_desktop.domain.enums import DecisionMethod, Outcome, PositionKind, parse_enum
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from unnm_desktop.services.common import (
    apply_changes,
    editable_meeting,
    get_or_fail,
    long_text,
    objectives_list,
    optional_date,
    optional_text,
)
from unnm_desktop.services.concurrency import begin_edit, check_version
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting.attendance import attending_organization_ids
from unnm_desktop.services.meeting.chair_summary import drafts_before, keep_in_step
from unnm_desktop.services.meeting.decision_messages import CONTRADICTED, CONTRADICTED_OTHER
from unnm_desktop.services.views import DecisionView, PositionView
from unnm_desktop.store.models import AgendaItem, Decision, DecisionObjective, Organization, Position
from unnm_desktop.store.types import utc_now

_CLEANERS = {
    "text": long_text,
    "method": lambda v: parse_enum(DecisionMethod, v, "decision method").value,
    "outcome": lambda v: parse_enum(Outcome, v, "outcome").value,
    "chair_note": optional_text,
    "deferred_to": optional_text,
    "silence_deadline": lambda v: None if v in (None, "") else to_utc(v),
    "agenda_item_id": lambda v: v or None,
    "supersedes_id": lambda v: v or None,
}


def _check_outcome(decision: Decision, kinds: list[str]) -> None:
    problem = outcome_problem(
        decision.outcome, kinds, chair_note=decision.chair_note, silence_deadline=decision.silence_deadline
    )
    if problem:
        raise ValidationError(problem.template, **problem.params)


def add_decision(
    ctx: ServiceContext,
    meeting_id: str,
    *,
    text: str,
    agenda_item_id: str | None = None,
    method: str = "consensus",
    outcome: str = "proposed",
    objectives: list[int] | None = None,
    **fields: Any,
) -> str:
    with ctx.session() as session:
        meeting = editable_meeting(session, meeting_id)
        if agenda_item_id is not None:
            item = get_or_fail(session, AgendaItem, agenda_item_id, "agenda item")
            if item.meeting_id != meeting_id:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That agenda item belongs to another meeting."))
        sequence = (
            session.scalar(select(func.max(Decision.sequence)).where(Decision.meeting_id == meeting_id)) or 0
        ) + 1
        decision = Decision(meeting_id=meeting_id, sequence=sequence, reference=f"{meeting.reference}/{sequence}")
        _, after = apply_changes(
            decision,
            {"text": text, "agenda_item_id": agenda_item_id, "method": method, "outcome": outcome, **fields},
            _CLEANERS,
        )
        _check_outcome(decision, [])
        decision.objectives = [DecisionObjective(objective=n) for n in objectives_list(objectives)]
        session.add(decision)
        session.flush()
        ctx.audit(session, "decision", decision.id, "create", after={**after, "reference": decision.reference})
        return decision.id


def _editable_decision(session: Session, decision_id: str) -> Decision:
    decision = get_or_fail(session, Decision, decision_id, "decision")
    editable_meeting(session, decision.meeting_id)
    return decision


def update_decision(
    ctx: ServiceContext, decision_id: str, *, expected_version: int | None = None, **changes: Any
) -> int:
    """Edit a decision; an outcome the positions do not allow is refused with the reason. `expected_version`:
    the version the editor read; a decision changed since by someone else is refused (services/concurrency.py).
    Returns the version after the edit (the same when nothing changed): what the editor bases its next save on."""
    with ctx.session() as session:
        begin_edit(session)
        decision = _editable_decision(session, decision_id)
        check_version(
            session,
            decision,
            expected_version,
            entity="decision",
            attempted=changes,
            time_zone=decision.meeting.time_zone,
        )
        objectives = changes.pop("objectives", None)
        if changes.get("supersedes_id"):
            from unnm_desktop.services.desk.register import check_supersedes

            check_supersedes(session, decision, changes["supersedes_id"])
        drafts = {} if "chair_note" in changes else drafts_before(decision)
        before, after = apply_changes(decision, changes, _CLEANERS)
        _check_outcome(decision, [p.kind for p in decision.positions])
        stepped = keep_in_step(decision, drafts)
        if stepped:  # the chair's summary follows the new outcome (it was not edited by hand)
            before["chair_note"], after["chair_note"] = stepped
        if objectives is not None:
            old = [o.objective for o in decision.objectives]
            new = objectives_list(objectives)
            if old != new:
                decision.objectives = [DecisionObjective(objective=n) for n in new]
                before["objectives"], after["objectives"] = old, new
                decision.updated_at = utc_now()  # its objectives are part of it: the version goes up
        if after:
            ctx.audit(session, "decision", decision.id, "update", before, after)
        session.flush()
        return decision.version


@dataclass(frozen=True)
class PositionSaved:
    """What recording a position changed: the position, and the decision when its chair's summary followed."""

    position_id: str
    decision_version: int | None = None  # the decision's version after its summary was kept in step; else None


def set_position(
    ctx: ServiceContext,
    decision_id: str,
    organization_id: str,
    kind: str,
    *,
    statement: str = "",
    paragraph_ref: str | None = None,
    deadline: Any = None,
    expected_version: int | None = None,
) -> str:
    """Record (or change) an organisation's position; only attending organisations hold one.

    `expected_version`: the version of the organisation's position the editor read (PositionView.version), 0
    when it showed none; when someone else has changed (or recorded) it since, the change is refused with theirs
    shown. A chair's summary not edited by hand follows the change (services/meeting/chair_summary.py).
    """
    return save_position(
        ctx, decision_id, organization_id, kind, statement=statement, paragraph_ref=paragraph_ref,
        deadline=deadline, expected_version=expected_version,
    ).position_id  # fmt: skip


def save_position(
    ctx: ServiceContext,
    decision_id: str,
    organization_id: str,
    kind: str,
    *,
    statement: str = "",
    paragraph_ref: str | None = None,
    deadline: Any = None,
    expected_version: int | None = None,
) -> PositionSaved:
    """set_position, saying also whether the decision itself changed (its chair's summary kept in step), so that
    an editor bases its next save of the decision on the version this produced."""
    with ctx.session() as session:
        begin_edit(session)
        decision = _editable_decision(session, decision_id)
        org = get_or_fail(session, Organization, organization_id, "organisation")
        if organization_id not in attending_organization_ids(session, decision.meeting_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{acronym} is not recorded as present or remote at this meeting, so it cannot hold a position; "
                    "update the attendance first.",
                ),
                acronym=org.acronym,
            )
        kind_value = parse_enum(PositionKind, kind, "position").value
        position = next((p for p in decision.positions if p.organization_id == organization_id), None)
        if position is not None:
            check_version(
                session,
                position,
                expected_version,
                entity="position",
                attempted=("kind", "statement"),
                time_zone=decision.meeting.time_zone,
            )
        values = {
            "kind": kind_value,
            "statement": long_text(statement),
            "paragraph_ref": optional_text(paragraph_ref),
            "ad_referendum_deadline": optional_date(deadline) if kind_value == PositionKind.AD_REFERENDUM else None,
        }
        kinds = [p.kind for p in decision.positions if p.organization_id != organization_id] + [kind_value]
        problem = outcome_problem(
            decision.outcome,
            kinds,
            chair_note=decision.chair_note,
            silence_deadline=decision.silence_deadline,
        )
        if problem:
            if decision.outcome in CONTRADICTED:
                raise ValidationError(CONTRADICTED[decision.outcome], problem=problem)
            raise ValidationError(CONTRADICTED_OTHER, outcome=decision.outcome.replace("_", " "), problem=problem)
        drafts = drafts_before(decision)
        if position is None:
            position = Position(decision_id=decision.id, organization_id=organization_id, organization=org, **values)
            decision.positions.append(position)
            session.flush()
            ctx.audit(
                session,
                "position",
                position.id,
                "create",
                after={**values, "organization": org.acronym, "decision_id": decision.id},
            )
        else:
            before = {k: getattr(position, k) for k in values if getattr(position, k) != values[k]}
            for name, value in values.items():
                setattr(position, name, value)
            if before:
                ctx.audit(
                    session,
                    "position",
                    position.id,
                    "update",
                    before={k: str(v) for k, v in before.items()},
                    after={k: str(values[k]) for k in before},
                )
        return PositionSaved(position.id, _summary_followed(ctx, session, decision, drafts))


def _summary_followed(ctx: ServiceContext, session: Session, decision: Decision, drafts: dict[str, str]) -> int | None:
    """Keep the chair's summary in step after a position changed; the decision's version when it did."""
    stepped = keep_in_step(decision, drafts)
    if stepped is None:
        return None
    ctx.audit(session, "decision", decision.id, "update", {"chair_note": stepped[0]}, {"chair_note": stepped[1]})
    session.flush()
    return decision.version


def join_all_present(ctx: ServiceContext, decision_id: str) -> list[str]:
    """Record "joins" for every organisation present or remote that holds no position on the decision yet;
    positions already recorded stay as they are. Returns the ids of those that joined, in acronym order.

    No outcome check is needed: joining adds no objection, reservation or open ad referendum, so an
    outcome the recorded positions allow stays allowed."""
    with ctx.session() as session:
        decision = _editable_decision(session, decision_id)
        held = {p.organization_id for p in decision.positions}
        waiting = attending_organization_ids(session, decision.meeting_id) - held
        organizations = session.scalars(select(Organization).where(Organization.id.in_(waiting))).all()
        joined = []
        for org in sorted(organizations, key=lambda o: o.acronym):
            position = Position(decision_id=decision.id, organization_id=org.id, kind=PositionKind.JOINS.value,
                                statement="")  # fmt: skip
            decision.positions.append(position)
            session.flush()
            ctx.audit(session, "position", position.id, "create",
                      after={"kind": position.kind, "organization": org.acronym, "decision_id": decision.id})  # fmt: skip
            joined.append(org.id)
        return joined


def remove_position(ctx: ServiceContext, decision_id: str, organization_id: str) -> int | None:
    """Remove an organisation's position; returns the decision's version when its chair's summary followed."""
    with ctx.session() as session:
        decision = _editable_decision(session, decision_id)
        position = next((p for p in decision.positions if p.organization_id == organization_id), None)
        if position is None:
            return None
        remaining = [p.kind for p in decision.positions if p is not position]
        problem = outcome_problem(
            decision.outcome,
            remaining,
            chair_note=decision.chair_note,
            silence_deadline=decision.silence_deadline,
        )
        if problem:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Without this position the outcome no longer holds: {problem}"),
                problem=problem,
            )
        ctx.audit(
            session,
            "position",
            position.id,
            "delete",
            before={"kind": position.kind, "decision_id": decision.id},
        )
        drafts = drafts_before(decision)
        decision.positions.remove(position)
        return _summary_followed(ctx, session, decision, drafts)


def remove_decision(ctx: ServiceContext, decision_id: str) -> None:
    with ctx.session() as session:
        decision = _editable_decision(session, decision_id)
        ctx.audit(
            session,
            "decision",
            decision.id,
            "delete",
            before={"reference": decision.reference, "text": decision.text},
        )
        session.delete(decision)


def _view(decision: Decision) -> DecisionView:
    positions = tuple(
        sorted(
            (
                PositionView(
                    p.id,
                    p.organization_id,
                    p.organization.acronym,
                    p.kind,
                    p.statement,
                    p.paragraph_ref,
                    p.ad_referendum_deadline,
                    p.version,
                )
                for p in decision.positions
            ),
            key=lambda p: (p.organization_acronym, p.organization_id),
        )
    )
    return DecisionView(
        decision.id,
        decision.meeting_id,
        decision.agenda_item_id,
        decision.reference,
        decision.sequence,
        decision.text,
        decision.method,
        decision.outcome,
        decision.chair_note,
        decision.deferred_to,
        decision.silence_deadline,
        decision.supersedes_id,
        tuple(o.objective for o in decision.objectives),
        positions,
        decision.version,
    )


def list_decisions(ctx: ServiceContext, meeting_id: str, agenda_item_id: str | None = None) -> list[DecisionView]:
    with ctx.session() as session:
        query = (
            select(Decision)
            .where(Decision.meeting_id == meeting_id)
            .options(
                selectinload(Decision.positions).selectinload(Position.organization),
                selectinload(Decision.objectives),
            )
            .order_by(Decision.sequence)
        )
        if agenda_item_id is not None:
            query = query.where(Decision.agenda_item_id == agenda_item_id)
        return [_view(d) for d in session.scalars(query)]


def get_decision(ctx: ServiceContext, decision_id: str) -> DecisionView:
    with ctx.session() as session:
        return _view(get_or_fail(session, Decision, decision_id, "decision"))

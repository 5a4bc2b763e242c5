"""Action points, who is responsible, and their follow-up at later meetings (matters arising)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from unnm_desktop.domain.clock import meeting_today
from unnm_desktop.domain.enums import OPEN_ACTION_STATUSES, ActionStatus, parse_enum
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from unnm_desktop.services.common import (
    apply_changes,
    editable_meeting,
    get_or_fail,
    long_text,
    optional_date,
    required_text,
)
from unnm_desktop.services.concurrency import begin_edit, check_version
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.views import ActionView, FollowUpView
from unnm_desktop.store.models import (
    ActionFollowUp,
    ActionPoint,
    ActionResponsible,
    Decision,
    Meeting,
    Organization,
)
from unnm_desktop.store.types import utc_now

_CLEANERS = {
    "text": required_text("action text"),
    "due_date": optional_date,
    "status": lambda v: parse_enum(ActionStatus, v, "action status").value,
    "completed_on": optional_date,
    "responsible_person_id": lambda v: v or None,
    "decision_id": lambda v: v or None,
}


def _view(action: ActionPoint) -> ActionView:
    orgs = sorted(action.responsible, key=lambda r: r.organization.acronym)
    return ActionView(
        action.id,
        action.meeting_id,
        action.meeting.reference,
        action.decision_id,
        action.text,
        tuple(r.organization_id for r in orgs),
        tuple(r.organization.acronym for r in orgs),
        action.responsible_person_id,
        action.due_date,
        action.status,
        action.completed_on,
        action.version,
    )


def add_action(
    ctx: ServiceContext,
    meeting_id: str,
    *,
    text: str,
    responsible_org_ids: Iterable[str] = (),
    due_date: Any = None,
    status: str = "open",
    responsible_person_id: str | None = None,
    decision_id: str | None = None,
) -> str:
    with ctx.session() as session:
        editable_meeting(session, meeting_id)
        if decision_id is not None:
            decision = get_or_fail(session, Decision, decision_id, "decision")
            if decision.meeting_id != meeting_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "An action point can only follow from a decision of the same meeting.")
                )
        position = (
            session.scalar(select(func.max(ActionPoint.position)).where(ActionPoint.meeting_id == meeting_id)) or 0
        ) + 1
        action = ActionPoint(meeting_id=meeting_id, position=position)
        _, after = apply_changes(
            action,
            {
                "text": text,
                "due_date": due_date,
                "status": status,
                "responsible_person_id": responsible_person_id,
                "decision_id": decision_id,
            },
            _CLEANERS,
        )
        org_ids = _checked_orgs(session, responsible_org_ids)
        action.responsible = [ActionResponsible(organization_id=org_id) for org_id in org_ids]
        session.add(action)
        session.flush()
        ctx.audit(
            session,
            "action_point",
            action.id,
            "create",
            after={**after, "responsible": org_ids, "meeting_id": meeting_id},
        )
        return action.id


def _checked_orgs(session: Any, org_ids: Iterable[str]) -> list[str]:
    unique = list(dict.fromkeys(org_ids))
    for org_id in unique:
        get_or_fail(session, Organization, org_id, "organisation")
    return unique


def update_action(ctx: ServiceContext, action_id: str, *, expected_version: int | None = None, **changes: Any) -> int:
    """Edit an action point; `expected_version`: the version the editor read (services/concurrency.py). Returns
    the version after the edit (the same when nothing changed): what the editor bases its next save on."""
    with ctx.session() as session:
        begin_edit(session)
        action = get_or_fail(session, ActionPoint, action_id, "action point")
        meeting = editable_meeting(session, action.meeting_id)
        check_version(
            session, action, expected_version, entity="action_point", attempted=changes, time_zone=meeting.time_zone
        )
        org_ids = changes.pop("responsible_org_ids", None)
        before, after = apply_changes(action, changes, _CLEANERS)
        if action.status == ActionStatus.DONE and action.completed_on is None and "status" in after:
            action.completed_on = meeting_today(meeting.time_zone)
            after["completed_on"] = action.completed_on.isoformat()
        if org_ids is not None:
            old = sorted(r.organization_id for r in action.responsible)
            new = _checked_orgs(session, org_ids)
            if old != sorted(new):
                action.responsible = [ActionResponsible(organization_id=org_id) for org_id in new]
                before["responsible"], after["responsible"] = old, new
                action.updated_at = utc_now()  # who is responsible is part of it: the version goes up
        if after:
            ctx.audit(session, "action_point", action.id, "update", before, after)
        session.flush()
        return action.version


def remove_action(ctx: ServiceContext, action_id: str) -> None:
    with ctx.session() as session:
        action = get_or_fail(session, ActionPoint, action_id, "action point")
        editable_meeting(session, action.meeting_id)
        ctx.audit(session, "action_point", action.id, "delete", before={"text": action.text})
        session.delete(action)


def list_actions(ctx: ServiceContext, meeting_id: str) -> list[ActionView]:
    with ctx.session() as session:
        actions = session.scalars(
            select(ActionPoint)
            .where(ActionPoint.meeting_id == meeting_id)
            .options(
                selectinload(ActionPoint.responsible).selectinload(ActionResponsible.organization),
                selectinload(ActionPoint.meeting),
            )
            .order_by(ActionPoint.position)
        )
        return [_view(a) for a in actions]


def record_follow_up(
    ctx: ServiceContext,
    action_id: str,
    meeting_id: str,
    *,
    note: str,
    status: str | None = None,
    expected_version: int | None = None,
) -> str:
    """What a later meeting recorded about an earlier action; a status given also updates the action.
    `expected_version`: the follow-up's version the editor read (FollowUpView.version)."""
    with ctx.session() as session:
        begin_edit(session)
        meeting = editable_meeting(session, meeting_id)
        action = get_or_fail(session, ActionPoint, action_id, "action point")
        if action.meeting_id == meeting_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Follow-up is recorded at a later meeting than the one that set the action."
                )
            )
        status_value = parse_enum(ActionStatus, status, "action status").value if status else None
        follow_up = session.scalars(
            select(ActionFollowUp).where(ActionFollowUp.action_id == action_id, ActionFollowUp.meeting_id == meeting_id)
        ).first()
        before = None
        if follow_up is None:
            follow_up = ActionFollowUp(action_id=action_id, meeting_id=meeting_id, note="")
            session.add(follow_up)
        else:
            check_version(
                session,
                follow_up,
                expected_version,
                entity="action_follow_up",
                attempted=("note", "status"),
                time_zone=meeting.time_zone,
            )
            before = {"note": follow_up.note, "status": follow_up.status}
        follow_up.note = long_text(note)
        follow_up.status = status_value
        if status_value and status_value != action.status:
            # The action's own status follows what the later meeting recorded.
            action.status = status_value
            if status_value == ActionStatus.DONE and action.completed_on is None:
                action.completed_on = meeting_today(meeting.time_zone)
        session.flush()
        ctx.audit(
            session,
            "action_follow_up",
            follow_up.id,
            "update" if before else "create",
            before,
            {"note": follow_up.note, "status": status_value, "action_id": action_id, "meeting_id": meeting_id},
        )
        return follow_up.id


def list_follow_ups(ctx: ServiceContext, meeting_id: str) -> list[FollowUpView]:
    """The earlier action points taken up under this meeting's matters arising."""
    with ctx.session() as session:
        rows = session.scalars(
            select(ActionFollowUp)
            .where(ActionFollowUp.meeting_id == meeting_id)
            .options(
                selectinload(ActionFollowUp.action)
                .selectinload(ActionPoint.responsible)
                .selectinload(ActionResponsible.organization),
                selectinload(ActionFollowUp.action).selectinload(ActionPoint.meeting),
            )
        ).all()
        views = [FollowUpView(f.id, _view(f.action), f.note, f.status, f.version) for f in rows]
    return sorted(views, key=lambda f: (f.action.meeting_reference, f.action.text, f.action.id))


def carry_over_open_actions(ctx: ServiceContext, meeting_id: str) -> int:
    """Bring the still-open actions of the previous meeting (and those it carried) into matters arising."""
    with ctx.session() as session:
        meeting = editable_meeting(session, meeting_id)
        previous_id = meeting.previous_meeting_id
        if previous_id is None:
            return 0
        previous = get_or_fail(session, Meeting, previous_id, "previous meeting")
        open_statuses = [s.value for s in OPEN_ACTION_STATUSES]
        own = select(ActionPoint.id).where(ActionPoint.meeting_id == previous.id, ActionPoint.status.in_(open_statuses))
        carried = (
            select(ActionPoint.id)
            .join(ActionFollowUp, ActionFollowUp.action_id == ActionPoint.id)
            .where(ActionFollowUp.meeting_id == previous.id, ActionPoint.status.in_(open_statuses))
        )
        candidates = set(session.scalars(own)) | set(session.scalars(carried))
        already = set(session.scalars(select(ActionFollowUp.action_id).where(ActionFollowUp.meeting_id == meeting_id)))
        added = 0
        for action_id in sorted(candidates - already):
            session.add(ActionFollowUp(action_id=action_id, meeting_id=meeting_id, note=""))
            added += 1
        if added:
            ctx.audit(
                session,
                "meeting",
                meeting_id,
                "carry_over_actions",
                after={"from": previous_id, "count": added},
            )
        return added

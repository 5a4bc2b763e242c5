"""The GCM report: for a period, per objective of the Global Compact for Migration (1-23), the meetings,
decisions and action points tagged with it — the material for Türkiye's voluntary GCM review.

What counts as tagged (by meeting date, Istanbul time, both ends included):
- a meeting: tagged itself, or through one of its agenda items or decisions;
- a decision: its own objectives;
- an action point: the objectives of the decision it follows from, when that decision has any,
  otherwise those of its meeting.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from unnm_desktop.resources import gcm_objectives
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.common import OrgNames, local_date, utc_bounds
from unnm_desktop.services.desk.views import GcmAction, GcmDecision, GcmMeeting, GcmObjectiveSection, GcmReport
from unnm_desktop.store.models import (
    ActionPoint,
    ActionResponsible,
    AgendaItem,
    AgendaItemObjective,
    Decision,
    DecisionObjective,
    Meeting,
    MeetingObjective,
)

_M, _MO = Meeting.__table__, MeetingObjective.__table__
_A, _AO = AgendaItem.__table__, AgendaItemObjective.__table__
_D, _DO = Decision.__table__, DecisionObjective.__table__
_AP, _R = ActionPoint.__table__, ActionResponsible.__table__


def gcm_report(ctx: ServiceContext, date_from: date, date_to: date) -> GcmReport:
    start, end = utc_bounds(date_from, date_to)
    in_period = select(_M.c.id).where(_M.c.start_utc >= start, _M.c.start_utc < end)
    with ctx.session() as session:
        connection = session.connection()
        meetings = {
            row.id: GcmMeeting(row.id, row.reference, row.title, local_date(row.start_utc))
            for row in connection.execute(
                select(_M.c.id, _M.c.reference, _M.c.title, _M.c.start_utc).where(_M.c.id.in_(in_period))
            )
        }
        meeting_objectives: dict[str, set[int]] = {}
        for meeting_id, objective in connection.execute(
            select(_MO.c.meeting_id, _MO.c.objective).where(_MO.c.meeting_id.in_(in_period))
        ):
            meeting_objectives.setdefault(meeting_id, set()).add(objective)
        tagged_meetings = {m: set(objectives) for m, objectives in meeting_objectives.items()}
        items = select(_A.c.meeting_id, _AO.c.objective).join(_AO, _AO.c.agenda_item_id == _A.c.id)
        for meeting_id, objective in connection.execute(items.where(_A.c.meeting_id.in_(in_period))):
            tagged_meetings.setdefault(meeting_id, set()).add(objective)
        decisions = {
            row.id: row
            for row in connection.execute(
                select(_D.c.id, _D.c.reference, _D.c.meeting_id, _D.c.text, _D.c.outcome)
                .where(_D.c.meeting_id.in_(in_period))
                .order_by(_D.c.sequence)
            )
        }
        decision_objectives: dict[str, set[int]] = {}
        tagged = select(_DO.c.decision_id, _DO.c.objective).join(_D, _D.c.id == _DO.c.decision_id)
        for decision_id, objective in connection.execute(tagged.where(_D.c.meeting_id.in_(in_period))):
            decision_objectives.setdefault(decision_id, set()).add(objective)
            tagged_meetings.setdefault(decisions[decision_id].meeting_id, set()).add(objective)
        actions = connection.execute(
            select(_AP.c.id, _AP.c.meeting_id, _AP.c.decision_id, _AP.c.text, _AP.c.due_date, _AP.c.status)
            .where(_AP.c.meeting_id.in_(in_period))
            .order_by(_AP.c.position)
        ).all()
        responsible: dict[str, list[str]] = {}
        owners = select(_R.c.action_id, _R.c.organization_id).join(_AP, _AP.c.id == _R.c.action_id)
        for action_id, org_id in connection.execute(owners.where(_AP.c.meeting_id.in_(in_period))):
            responsible.setdefault(action_id, []).append(org_id)
        names = OrgNames(connection)

    by_objective: dict[int, dict[str, list]] = {
        n: {"meetings": [], "decisions": [], "actions": []} for n in range(1, 24)
    }  # type: ignore[type-arg]
    for meeting_id, objectives in tagged_meetings.items():
        for n in objectives:
            by_objective[n]["meetings"].append(meetings[meeting_id])
    for decision_id, objectives in decision_objectives.items():
        row = decisions[decision_id]
        meeting = meetings[row.meeting_id]
        entry = GcmDecision(row.id, row.reference, meeting.reference, meeting.date, row.text, row.outcome)
        for n in objectives:
            by_objective[n]["decisions"].append(entry)
    for row in actions:
        meeting = meetings[row.meeting_id]
        objectives = decision_objectives.get(row.decision_id or "") or meeting_objectives.get(row.meeting_id, set())
        owners_now = tuple(sorted(names.at(org_id, meeting.date) for org_id in responsible.get(row.id, ())))
        entry = GcmAction(row.id, meeting.reference, meeting.date, row.text, owners_now, row.due_date, row.status)
        for n in objectives:
            by_objective[n]["actions"].append(entry)

    titles = gcm_objectives()
    sections = []
    for n in range(1, 24):
        found = by_objective[n]
        sections.append(
            GcmObjectiveSection(
                n,
                titles.get(n, f"Objective {n}"),
                tuple(sorted(found["meetings"], key=lambda m: (m.date, m.reference))),
                tuple(sorted(found["decisions"], key=lambda d: (d.date, d.reference))),
                tuple(sorted(found["actions"], key=lambda a: (a.date, a.meeting_reference))),
            )
        )
    return GcmReport(date_from, date_to, tuple(sections))

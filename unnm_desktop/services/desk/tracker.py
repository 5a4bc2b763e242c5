"""The action tracker: every action point across meetings, filtered by responsible organisation, status,
due date and overdue; marking one done with a date and a note.

Marking done respects the sign-off rules: an action's status and completion date are tracking fields
(services/minutes/content.py `recorded_substance` leaves them out of what signed-off minutes must keep), so an
action of signed-off minutes can be marked done; its text cannot change. The note is kept on the action
(`completion_note`, not part of the minutes) and, when a later meeting is named, also recorded there as
the follow-up under matters arising, like `actions.record_follow_up`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from unnm_desktop.domain.enums import OPEN_ACTION_STATUSES, ActionStatus, parse_enum
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from unnm_desktop.services.common import get_or_fail, long_text, require_editable
from unnm_desktop.services.concurrency import begin_edit, check_version
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.common import OrgNames, local_date, parse_date, today_in_istanbul
from unnm_desktop.services.desk.views import TrackerEntry, TrackerFilter
from unnm_desktop.store.models import ActionFollowUp, ActionPoint, ActionResponsible, Decision, Meeting, Person

_AP, _M, _D = ActionPoint.__table__, Meeting.__table__, Decision.__table__
_R, _F, _PE = ActionResponsible.__table__, ActionFollowUp.__table__, Person.__table__
_OPEN = tuple(s.value for s in OPEN_ACTION_STATUSES)


def load_actions(ctx: ServiceContext, filters: TrackerFilter | None = None) -> list[TrackerEntry]:
    """The action points that pass `filters`: by due date (none last), then by the meeting that set them."""
    filters = filters or TrackerFilter()
    today = filters.today or today_in_istanbul()
    query = (
        select(
            _AP.c.id,
            _AP.c.meeting_id,
            _AP.c.decision_id,
            _AP.c.text,
            _AP.c.due_date,
            _AP.c.status,
            _AP.c.completed_on,
            _AP.c.completion_note,
            _AP.c.version,
            _M.c.reference.label("meeting_reference"),
            _M.c.title.label("meeting_title"),
            _M.c.start_utc,
            _D.c.reference.label("decision_reference"),
            _PE.c.full_name.label("person"),
        )
        .join(_M, _M.c.id == _AP.c.meeting_id)
        .outerjoin(_D, _D.c.id == _AP.c.decision_id)
        .outerjoin(_PE, _PE.c.id == _AP.c.responsible_person_id)
    )
    if filters.organization_id:
        query = query.where(_AP.c.id.in_(select(_R.c.action_id).where(_R.c.organization_id == filters.organization_id)))
    if filters.statuses:
        query = query.where(
            _AP.c.status.in_([parse_enum(ActionStatus, s, "action status").value for s in filters.statuses])
        )
    if filters.due_from and filters.due_to and filters.due_from > filters.due_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The due dates end ({due_to}) before they start ({due_from})."),
            due_to=filters.due_to,
            due_from=filters.due_from,
        )
    if filters.due_from:
        query = query.where(_AP.c.due_date >= filters.due_from)
    if filters.due_to:
        query = query.where(_AP.c.due_date <= filters.due_to)
    if filters.overdue_only:
        query = query.where(_AP.c.status.in_(_OPEN), _AP.c.due_date < today)
    with ctx.session() as session:
        connection = session.connection()
        rows = connection.execute(
            query.order_by(_AP.c.due_date.is_(None), _AP.c.due_date, _M.c.start_utc, _AP.c.position)
        ).all()
        responsible: dict[str, list[str]] = {}
        for action_id, org_id in connection.execute(select(_R.c.action_id, _R.c.organization_id)):
            responsible.setdefault(action_id, []).append(org_id)
        latest: dict[str, tuple[Any, str, str]] = {}
        follow_ups = select(_F.c.action_id, _F.c.note, _M.c.reference, _M.c.start_utc).join(
            _M, _M.c.id == _F.c.meeting_id
        )
        for action_id, note, reference, start in connection.execute(follow_ups.where(_F.c.note != "")):
            if action_id not in latest or start > latest[action_id][0]:
                latest[action_id] = (start, note, reference)
        names = OrgNames(connection)
    entries = []
    for row in rows:
        day = local_date(row.start_utc)
        orgs = sorted(responsible.get(row.id, ()), key=lambda org_id: names.at(org_id, day))
        follow_up = latest.get(row.id)
        entries.append(
            TrackerEntry(
                row.id,
                row.meeting_id,
                row.meeting_reference,
                row.meeting_title,
                day,
                row.decision_id,
                row.decision_reference,
                row.text,
                tuple(names.at(org_id, day) for org_id in orgs),
                tuple(orgs),
                row.person,
                row.due_date,
                row.status,
                row.completed_on,
                row.completion_note,
                row.status in _OPEN and row.due_date is not None and row.due_date < today,
                follow_up[1] if follow_up else None,
                follow_up[2] if follow_up else None,
                row.version,
            )
        )
    return entries


def mark_done(
    ctx: ServiceContext,
    action_id: str,
    *,
    done_on: date | str | None = None,
    note: str = "",
    at_meeting_id: str | None = None,
    expected_version: int | None = None,
) -> None:
    """Mark an action point done on `done_on` (default today) with a note; audited.

    With `at_meeting_id` (a later meeting whose minutes are open) the note is also recorded there as the
    action's follow-up under matters arising. `expected_version`: the version the tracker read
    (TrackerEntry.version); an action someone else changed since is refused with their change shown.
    """
    with ctx.session() as session:
        begin_edit(session)
        action = get_or_fail(session, ActionPoint, action_id, "action point")
        check_version(
            session,
            action,
            expected_version,
            entity="action_point",
            attempted=("status", "completed_on", "completion_note"),
            time_zone=action.meeting.time_zone,
        )
        day = parse_date(done_on, "completion date") or today_in_istanbul()
        set_on = local_date(action.meeting.start_utc)
        if day > today_in_istanbul():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "An action cannot be done on {day}, a date still to come."), day=day
            )
        if day < set_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "An action set on {set_on} cannot have been done before, on {day}."),
                set_on=set_on,
                day=day,
            )
        text = long_text(note).strip() or None
        before = {
            "status": action.status,
            "completed_on": action.completed_on.isoformat() if action.completed_on else None,
            "completion_note": action.completion_note,
        }
        after: dict[str, Any] = {
            "status": ActionStatus.DONE.value,
            "completed_on": day.isoformat(),
            "completion_note": text,
        }
        if at_meeting_id is not None:
            meeting = get_or_fail(session, Meeting, at_meeting_id, "meeting")
            if meeting.id == action.meeting_id or meeting.start_utc <= action.meeting.start_utc:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The follow-up is recorded at a later meeting than the one that set the action."
                    )
                )
            require_editable(meeting)
            follow_up = session.scalars(
                select(ActionFollowUp).where(
                    ActionFollowUp.action_id == action_id, ActionFollowUp.meeting_id == at_meeting_id
                )
            ).first()
            if follow_up is None:
                follow_up = ActionFollowUp(action_id=action_id, meeting_id=at_meeting_id, note="")
                session.add(follow_up)
            follow_up.note = text or follow_up.note
            follow_up.status = ActionStatus.DONE.value
            after["follow_up_meeting_id"] = at_meeting_id
        if before == {k: after[k] for k in before} and at_meeting_id is None:
            return
        action.status = ActionStatus.DONE.value
        action.completed_on = day
        action.completion_note = text
        session.flush()
        ctx.audit(session, "action_point", action.id, "mark_done", before, after)

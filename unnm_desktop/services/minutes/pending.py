"""Pending confirmations (issue 14): every ad referendum confirmation and silence procedure still open on
signed-off minutes, with its deadline, overdue ones marked; and each decision's final outcome and the date it
became final (the register's columns).

Overdue is read where the meeting is held: a confirmation due by 30 May is overdue from 31 May in the meeting's
time zone; a silence once its deadline instant has passed. An overdue silence carries the app's proposal,
"adopted under silence procedure": a person confirms it (`silence-end --no-objection`); nothing is decided here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from unnm_desktop.domain.clock import meeting_date, utc_now, zone
from unnm_desktop.domain.closure import (
    OPEN_OUTCOMES,
    PROPOSE_ADOPTED_UNDER_SILENCE,
    Closure,
    HeldPosition,
    OpenKind,
    is_final,
    open_items,
    outcome_after,
)
from unnm_desktop.domain.enums import MeetingStatus
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.minutes.closure_views import DecisionClosure, PendingItem
from unnm_desktop.store.models import Decision, Meeting, MinutesAddendum, Position


def pending_confirmations(ctx: ServiceContext) -> list[PendingItem]:
    """Every open confirmation and running silence on signed-off minutes, the earliest deadline first."""
    now = utc_now()
    items: list[PendingItem] = []
    with ctx.session() as session:
        decisions = session.scalars(
            select(Decision)
            .join(Meeting, Meeting.id == Decision.meeting_id)
            .where(Meeting.status == MeetingStatus.SIGNED_OFF.value)
            .where(Decision.outcome.in_([o.value for o in OPEN_OUTCOMES]))
            .options(selectinload(Decision.positions).selectinload(Position.organization))
            .order_by(Meeting.start_utc, Decision.sequence)
        ).all()
        closures = _closures(session, [d.id for d in decisions])
        for decision in decisions:
            meeting = decision.meeting
            held = [HeldPosition(p.organization_id, p.kind, p.ad_referendum_deadline) for p in decision.positions]
            acronyms = {p.organization_id: p.organization.acronym for p in decision.positions}
            tz = zone(meeting.time_zone)
            for item in open_items(decision.outcome, held, decision.silence_deadline, closures.get(decision.id, [])):
                deadline: date | datetime | None = item.deadline
                if isinstance(deadline, datetime):
                    deadline = deadline.astimezone(tz)
                    text, overdue = f"{deadline:%Y-%m-%d %H:%M}", deadline <= now
                elif isinstance(deadline, date):
                    text, overdue = deadline.isoformat(), deadline < now.astimezone(tz).date()
                else:
                    text, overdue = "", False
                silence = item.kind is OpenKind.SILENCE
                items.append(
                    PendingItem(
                        meeting_id=meeting.id,
                        meeting_reference=meeting.reference,
                        meeting_title=meeting.title,
                        decision_id=decision.id,
                        decision_reference=decision.reference,
                        kind=item.kind.value,
                        organization_acronym=acronyms.get(item.organization_id) if item.organization_id else None,
                        deadline=deadline,
                        deadline_text=text,
                        overdue=overdue,
                        proposal=PROPOSE_ADOPTED_UNDER_SILENCE if silence and overdue else None,
                        time_zone=meeting.time_zone,
                    )
                )
    return sorted(items, key=lambda i: (i.deadline_text == "", i.deadline_text, i.decision_reference))


def decision_closures(ctx: ServiceContext, decision_ids: Iterable[str] | None = None) -> dict[str, DecisionClosure]:
    """Each decision's final outcome and the date it became final (all decisions when `decision_ids` is None)."""
    with ctx.session() as session:
        return closures_in_session(session, decision_ids)


def closures_in_session(session: Session, decision_ids: Iterable[str] | None = None) -> dict[str, DecisionClosure]:
    """`decision_closures` inside a caller's session (the register reads it with its own)."""
    query = select(Decision.id, Decision.outcome, Decision.silence_deadline, Meeting.start_utc, Meeting.time_zone)
    query = query.join(Meeting, Meeting.id == Decision.meeting_id)
    wanted = None if decision_ids is None else sorted(set(decision_ids))
    rows = []
    if wanted is None:
        rows = session.execute(query).all()
    else:
        for start in range(0, len(wanted), 500):
            rows.extend(session.execute(query.where(Decision.id.in_(wanted[start : start + 500]))).all())
    open_ids = [row.id for row in rows if row.outcome in {o.value for o in OPEN_OUTCOMES}]
    positions: dict[str, list[HeldPosition]] = defaultdict(list)
    for start in range(0, len(open_ids), 500):
        chunk = open_ids[start : start + 500]
        for p in session.execute(
            select(Position.decision_id, Position.organization_id, Position.kind, Position.ad_referendum_deadline)
            .where(Position.decision_id.in_(chunk))
        ):  # fmt: skip
            positions[p.decision_id].append(HeldPosition(p.organization_id, p.kind, p.ad_referendum_deadline))
    closures = _closures(session, [row.id for row in rows])
    last_day = _last_addendum_days(session, [row.id for row in rows])
    result: dict[str, DecisionClosure] = {}
    for row in rows:
        done = closures.get(row.id, [])
        if row.outcome in {o.value for o in OPEN_OUTCOMES}:
            held = positions.get(row.id, [])
            still_open = open_items(row.outcome, held, row.silence_deadline, done)
            after = outcome_after(row.outcome, held, row.silence_deadline, done).value
        else:
            still_open, after = [], row.outcome
        final = is_final(after)
        final_on = None
        if final:
            final_on = last_day.get(row.id) if done else meeting_date(row.start_utc, row.time_zone)
        result[row.id] = DecisionClosure(
            row.id, row.outcome, after if final else None, final_on, len(still_open), len(done)
        )
    return result


def _closures(session: Session, decision_ids: list[str]) -> dict[str, list[Closure]]:
    found: dict[str, list[Closure]] = defaultdict(list)
    for start in range(0, len(decision_ids), 500):
        chunk = decision_ids[start : start + 500]
        for row in session.execute(
            select(MinutesAddendum.decision_id, MinutesAddendum.kind, MinutesAddendum.organization_id)
            .where(MinutesAddendum.decision_id.in_(chunk))
            .order_by(MinutesAddendum.number)
        ):  # fmt: skip
            found[row.decision_id].append(Closure(row.kind, row.organization_id))
    return found


def _last_addendum_days(session: Session, decision_ids: list[str]) -> dict[str, date]:
    days: dict[str, date] = {}
    for start in range(0, len(decision_ids), 500):
        chunk = decision_ids[start : start + 500]
        for row in session.execute(
            select(MinutesAddendum.decision_id, MinutesAddendum.occurred_on, MinutesAddendum.number)
            .where(MinutesAddendum.decision_id.in_(chunk))
            .order_by(MinutesAddendum.number)
        ):  # fmt: skip
            days[row.decision_id] = row.occurred_on
    return days

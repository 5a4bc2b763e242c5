"""What the closure commands are given, read and checked: a decision by reference, an organisation by acronym, a
date or date and time in the meeting's local time, and a day that is neither before the meeting nor to come."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unnm_desktop.domain.clock import meeting_date, meeting_now
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from unnm_desktop.services.directory.entries import acronym_key
from unnm_desktop.store.models import Decision, Meeting, Organization


def resolve_decision(session: Session, ref: str) -> Decision:
    """A decision by its reference (e.g. UNNM-TR/2026/3/2, case and spacing ignored) or its id."""
    text = (ref or "").strip()
    decision = session.get(Decision, text) if text else None
    if decision is None and text:
        decision = session.scalars(
            select(Decision).where(func.lower(Decision.reference) == text.lower()).limit(1)
        ).first()
    if decision is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no decision “{ref}”."), ref=text)
    return decision


def organization_by_acronym(session: Session, acronym: str) -> Organization:
    key = acronym_key(acronym)
    for org in session.scalars(select(Organization).where(Organization.merged_into_id.is_(None))):
        if acronym_key(org.acronym) == key or any(acronym_key(a.acronym) == key for a in org.aliases):
            return org
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "There is no organisation “{acronym}” in the directory."), acronym=acronym.strip()
    )


def check_closure_day(meeting: Meeting, day: date, *, moment: datetime | None = None) -> None:
    held_on = meeting_date(meeting.start_utc, meeting.time_zone)
    if day < held_on or (moment is not None and moment < meeting.start_utc):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{day} is before the meeting was held ({held_on}); a closure comes after the meeting."
            ),
            day=day,
            held_on=held_on,
        )
    today = meeting_now(meeting.time_zone).date()
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{day} is in the future; record a closure once it has happened."), day=day
        )

"""Meetings: create, edit, list, find by reference, and start the next meeting of a series."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unnm_desktop.domain.clock import local, time_zone_name, to_utc
from unnm_desktop.domain.enums import AttendanceStatus, MeetingStatus, Modality, parse_enum
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from unnm_desktop.domain.text import fold
from unnm_desktop.services.common import (
    apply_changes,
    editable_meeting,
    get_or_fail,
    objectives_list,
    optional_date,
    optional_int,
    required_text,
    text_field,
)
from unnm_desktop.services.concurrency import begin_edit, check_version
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting.detail import get_meeting  # noqa: F401  (the services' read of one meeting)
from unnm_desktop.services.views import MeetingSummary
from unnm_desktop.store.models import Attendance, Meeting, MeetingObjective, Person
from unnm_desktop.store.types import utc_now

REFERENCE_PREFIX = "UNNM-TR"


def _person_id(value: Any) -> str | None:
    return str(value) if value else None


def _language(value: Any) -> str:
    text = str(value or "en").strip().lower()
    if text not in ("en", "tr"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a language the minutes can be written in; use en or tr."),
            value=value,
        )
    return text


_CLEANERS = {
    "series": text_field(300),
    "number": optional_int,
    "reference": required_text("reference", 80),
    "title": required_text("title", 500),
    "start_utc": to_utc,
    "end_utc": lambda v: None if v in (None, "") else to_utc(v),
    "location": text_field(300),
    "venue": text_field(300),
    "modality": lambda v: parse_enum(Modality, v, "modality").value,
    "event_category": text_field(300),
    "main_organisers": text_field(500),
    "target_audience": text_field(500),
    "language": _language,
    "time_zone": time_zone_name,
    "geographic_scope": text_field(300),
    "sub_region": text_field(300),
    "workstream_output": text_field(500),
    "chair_id": _person_id,
    "rapporteur_id": _person_id,
    "previous_meeting_id": lambda v: v or None,
    "next_meeting_date": optional_date,
}

EDITABLE_FIELDS = frozenset(_CLEANERS)


def next_reference(session: Session, year: int) -> str:
    prefix = f"{REFERENCE_PREFIX}/{year}/"
    numbers = [0]
    for reference in session.scalars(select(Meeting.reference).where(Meeting.reference.startswith(prefix))):
        tail = reference[len(prefix) :]
        if tail.isdigit():
            numbers.append(int(tail))
    return f"{prefix}{max(numbers) + 1}"


def create_meeting(
    ctx: ServiceContext, *, title: str, start: datetime | str, reference: str | None = None, **fields: Any
) -> str:
    with ctx.session() as session:
        meeting = Meeting(title="", reference="", start_utc=to_utc(start))
        values = {"title": title, "start_utc": start, **fields}
        start_local = local(to_utc(start))
        values["reference"] = reference or next_reference(session, start_local.year)
        values.setdefault("modality", Modality.IN_PERSON.value)
        values.setdefault("language", "en")
        objectives = values.pop("objectives", None)
        _, after = apply_changes(meeting, values, _CLEANERS)
        _refuse_duplicate_reference(session, meeting.reference, None)
        meeting.status = MeetingStatus.DRAFT.value
        session.add(meeting)
        session.flush()
        if objectives is not None:
            _replace_objectives(meeting, objectives)
            after["objectives"] = [o.objective for o in meeting.objectives]
        ctx.audit(session, "meeting", meeting.id, "create", after=after)
        return meeting.id


def update_meeting(ctx: ServiceContext, meeting_id: str, *, expected_version: int | None = None, **changes: Any) -> int:
    """Edit the meeting's details; `expected_version`: the version the editor read (MeetingDetail.version).
    Returns the version after the edit (the same when nothing changed): what the editor bases its next save on."""
    with ctx.session() as session:
        begin_edit(session)
        meeting = editable_meeting(session, meeting_id)
        check_version(
            session, meeting, expected_version, entity="meeting", attempted=changes, time_zone=meeting.time_zone
        )
        objectives = changes.pop("objectives", None)
        before, after = apply_changes(meeting, changes, _CLEANERS)
        if "reference" in after:
            _refuse_duplicate_reference(session, meeting.reference, meeting.id)
        if meeting.end_utc and meeting.end_utc < meeting.start_utc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The meeting cannot end before it starts; check the end time.")
            )
        if objectives is not None:
            old = [o.objective for o in meeting.objectives]
            new = objectives_list(objectives)
            if old != new:
                _replace_objectives(meeting, new)
                before["objectives"], after["objectives"] = old, new
                meeting.updated_at = utc_now()  # its objectives are part of it: the version goes up
        if after:
            ctx.audit(session, "meeting", meeting.id, "update", before, after)
        session.flush()
        return meeting.version


def _replace_objectives(meeting: Meeting, objectives: Any) -> None:
    wanted = objectives_list(objectives)
    meeting.objectives[:] = [o for o in meeting.objectives if o.objective in wanted]
    have = {o.objective for o in meeting.objectives}
    meeting.objectives.extend(MeetingObjective(objective=n) for n in wanted if n not in have)


def _refuse_duplicate_reference(session: Session, reference: str, own_id: str | None) -> None:
    clash = session.scalars(select(Meeting.id).where(Meeting.reference == reference)).first()
    if clash is not None and clash != own_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Another meeting already has the reference {reference}; choose another."),
            reference=reference,
        )


def delete_meeting(ctx: ServiceContext, meeting_id: str) -> None:
    with ctx.session() as session:
        meeting = editable_meeting(session, meeting_id)
        ctx.audit(
            session,
            "meeting",
            meeting.id,
            "delete",
            before={"reference": meeting.reference, "title": meeting.title},
        )
        session.delete(meeting)


def list_meetings(ctx: ServiceContext, query: str = "") -> list[MeetingSummary]:
    """Newest first; `query` matches title, reference, series or location, Turkish-aware."""
    needle = fold(query.strip())
    with ctx.session() as session:
        rows = session.execute(
            select(
                Meeting.id,
                Meeting.reference,
                Meeting.title,
                Meeting.start_utc,
                Meeting.status,
                Meeting.series,
                Meeting.revision,
                Meeting.location,
            ).order_by(Meeting.start_utc.desc())
        ).all()
    return [
        MeetingSummary(row.id, row.reference, row.title, row.start_utc, row.status, row.series, row.revision)
        for row in rows
        if not needle or needle in fold(f"{row.title} {row.reference} {row.series} {row.location}")
    ]


def resolve_meeting(ctx: ServiceContext, ref: str) -> str:
    """A meeting id, a unique id prefix, or a reference such as UNNM-TR/2023/1."""
    ref = ref.strip()
    with ctx.session() as session:
        if session.get(Meeting, ref) is not None:
            return ref
        by_reference = session.scalars(select(Meeting.id).where(func.upper(Meeting.reference) == ref.upper())).all()
        if len(by_reference) == 1:
            return by_reference[0]
        if re.fullmatch(r"[0-9a-fA-F-]{4,36}", ref):
            by_prefix = session.scalars(select(Meeting.id).where(Meeting.id.startswith(ref.lower()))).all()
            if len(by_prefix) == 1:
                return by_prefix[0]
            if len(by_prefix) > 1:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "“{ref}” matches {count} meetings; give more of the id."),
                    ref=ref,
                    count=len(by_prefix),
                )
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "No meeting has the id or reference “{ref}”; `unnm-desktop list` shows them."),
        ref=ref,
    )


def create_next_meeting(
    ctx: ServiceContext, previous_id: str, *, title: str, start: datetime | str, **fields: Any
) -> str:
    """The next meeting of a series: attendees copied as expected, standing items, matters arising."""
    from unnm_desktop.services.meeting.actions import carry_over_open_actions
    from unnm_desktop.services.meeting.agenda import add_standing_items

    with ctx.session() as session:
        previous = get_or_fail(session, Meeting, previous_id, "previous meeting")
        inherited = {
            name: getattr(previous, name)
            for name in (
                "series",
                "location",
                "venue",
                "modality",
                "language",
                "time_zone",
                "event_category",
                "main_organisers",
                "target_audience",
                "geographic_scope",
                "sub_region",
                "workstream_output",
                "chair_id",
                "rapporteur_id",
            )
        }
        inherited["number"] = (previous.number or 0) + 1 if previous.number is not None else None
        attendees = [(a.person_id, a.organization_id, a.role) for a in previous.attendance]
    meeting_id = create_meeting(
        ctx, title=title, start=start, previous_meeting_id=previous_id, **{**inherited, **fields}
    )
    with ctx.session() as session:
        for person_id, organization_id, role in attendees:
            if person_id is not None and session.get(Person, person_id).merged_into_id:
                continue
            row = Attendance(
                meeting_id=meeting_id,
                person_id=person_id,
                organization_id=organization_id,
                role=role,
                status=AttendanceStatus.EXPECTED.value,
            )
            session.add(row)
        session.flush()
        ctx.audit(
            session,
            "meeting",
            meeting_id,
            "copy_attendees",
            after={"from": previous_id, "count": len(attendees)},
        )
    add_standing_items(ctx, meeting_id, include_previous=True)
    carry_over_open_actions(ctx, meeting_id)
    return meeting_id

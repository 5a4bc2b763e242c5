"""Who attended a meeting, for which organisation, in what role; counts by organisation and side."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from unnm_desktop.domain.enums import (
    ATTENDING,
    AttendanceRole,
    AttendanceStatus,
    OrganizationKind,
    parse_enum,
)
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from unnm_desktop.domain.text import turkish_sort_key
from unnm_desktop.services.common import apply_changes, clock_time, editable_meeting, get_or_fail
from unnm_desktop.services.concurrency import begin_edit, check_version
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.views import AttendeeView
from unnm_desktop.store.models import Attendance, Organization, Person

_CLEANERS = {
    "role": lambda v: parse_enum(AttendanceRole, v, "role").value,
    "status": lambda v: parse_enum(AttendanceStatus, v, "attendance status").value,
    "arrival_time": clock_time,
    "departure_time": clock_time,
    "organization_id": lambda v: v or None,
}


def add_attendee(
    ctx: ServiceContext,
    meeting_id: str,
    *,
    person_id: str | None = None,
    organization_id: str | None = None,
    role: str = "member",
    status: str = "present",
    arrival_time: str | None = None,
) -> str:
    """Add a person (representing their organisation unless another is given) or an organisation."""
    with ctx.session() as session:
        editable_meeting(session, meeting_id)
        if person_id is None and organization_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Choose a person or an organisation to add to the attendance.")
            )
        if person_id is not None:
            person = get_or_fail(session, Person, person_id, "person")
            organization_id = organization_id or person.organization_id
            already = session.scalars(
                select(Attendance.id).where(Attendance.meeting_id == meeting_id, Attendance.person_id == person_id)
            ).first()
            if already:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{name} is already on the attendance list."), name=person.full_name
                )
        if organization_id is not None:
            get_or_fail(session, Organization, organization_id, "organisation")
        row = Attendance(meeting_id=meeting_id, person_id=person_id)
        _, after = apply_changes(
            row,
            {
                "organization_id": organization_id,
                "role": role,
                "status": status,
                "arrival_time": arrival_time,
            },
            _CLEANERS,
        )
        session.add(row)
        session.flush()
        after["person_id"] = person_id
        ctx.audit(session, "attendance", row.id, "create", after={**after, "meeting_id": meeting_id})
        return row.id


def update_attendance(
    ctx: ServiceContext,
    attendance_ids: Iterable[str],
    *,
    expected_version: int | Mapping[str, int] | None = None,
    **changes: Any,
) -> None:
    """Set role, status or times for one or many rows at once (one transaction).

    `expected_version`: the version the editor read (AttendeeView.version) for one row, or {id: version} for
    many; a row someone else changed since refuses the whole change, with theirs shown."""
    ids = list(attendance_ids)
    if isinstance(expected_version, int):
        if len(ids) != 1:
            raise TypeError("one expected_version is for one attendance entry; give {id: version} for many")
        expected_version = {ids[0]: expected_version}
    with ctx.session() as session:
        begin_edit(session)
        for attendance_id in ids:
            row = get_or_fail(session, Attendance, attendance_id, "attendance entry")
            meeting = editable_meeting(session, row.meeting_id)
            check_version(
                session,
                row,
                (expected_version or {}).get(attendance_id),
                entity="attendance",
                attempted=changes,
                time_zone=meeting.time_zone,
            )
            before, after = apply_changes(row, changes, _CLEANERS)
            if after:
                ctx.audit(session, "attendance", row.id, "update", before, after)


def remove_attendee(ctx: ServiceContext, attendance_id: str) -> None:
    with ctx.session() as session:
        row = get_or_fail(session, Attendance, attendance_id, "attendance entry")
        editable_meeting(session, row.meeting_id)
        ctx.audit(
            session,
            "attendance",
            row.id,
            "delete",
            before={"person_id": row.person_id, "meeting_id": row.meeting_id},
        )
        session.delete(row)


def list_attendance(ctx: ServiceContext, meeting_id: str) -> list[AttendeeView]:
    with ctx.session() as session:
        rows = session.execute(
            select(Attendance, Person, Organization)
            .outerjoin(Person, Attendance.person_id == Person.id)
            .outerjoin(Organization, Attendance.organization_id == Organization.id)
            .where(Attendance.meeting_id == meeting_id)
        ).all()
        views = [
            AttendeeView(
                a.id,
                a.person_id,
                p.full_name if p else "",
                p.title if p else "",
                a.organization_id,
                o.acronym if o else "",
                o.kind if o else "",
                a.role,
                a.status,
                a.arrival_time,
                a.version,
            )
            for a, p, o in rows
        ]
    views.sort(key=lambda v: (turkish_sort_key(v.organization_acronym), turkish_sort_key(v.full_name), v.id))
    return views


def attending_organization_ids(ctx_or_session: Any, meeting_id: str) -> set[str]:
    session = ctx_or_session
    rows = session.scalars(
        select(Attendance.organization_id).where(
            Attendance.meeting_id == meeting_id,
            Attendance.status.in_([s.value for s in ATTENDING]),
            Attendance.organization_id.is_not(None),
        )
    )
    return set(rows)


@dataclass(frozen=True)
class AttendanceCounts:
    by_organization: dict[str, int]
    un_side: int
    government_side: int
    other: int
    by_status: dict[str, int]


def attendance_counts(ctx: ServiceContext, meeting_id: str) -> AttendanceCounts:
    """People present or remote, by organisation and by UN / government side."""
    views = list_attendance(ctx, meeting_id)
    attending = [v for v in views if v.status in {s.value for s in ATTENDING}]
    by_org = Counter(v.organization_acronym or "—" for v in attending)
    un = sum(1 for v in attending if v.organization_kind == OrganizationKind.UN_ENTITY)
    gov = sum(1 for v in attending if v.organization_kind == OrganizationKind.GOVERNMENT)
    return AttendanceCounts(
        dict(sorted(by_org.items(), key=lambda kv: turkish_sort_key(kv[0]))),
        un,
        gov,
        len(attending) - un - gov,
        dict(Counter(v.status for v in views)),
    )

"""Closures recorded after the meeting as signed addenda to the signed-off minutes (issue 14).

`confirm` records the confirmation (or withdrawal) of an ad referendum position; `end_silence` the end of a
silence procedure, without objection at its deadline or broken by an organisation's objection. Each writes one
`minutes_addendum` (store/addendum_models.py): numbered per meeting, linked to the minutes' current sign-off,
with its own content and fingerprint, and the decision's outcome after it (domain/closure.py). The signed-off
minutes are never changed. `addenda`, `get_addendum` and `find_addendum` read them back (closure_views.py).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unnm_desktop.domain.clock import meeting_date, meeting_now, to_utc, utc_now, zone
from unnm_desktop.domain.closure import (
    Closure,
    ClosureKind,
    HeldPosition,
    OpenKind,
    is_final,
    open_items,
    outcome_after,
)
from unnm_desktop.domain.enums import MeetingStatus
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from unnm_desktop.domain.label_versions import LATEST_LABEL_VERSION
from unnm_desktop.services.common import long_text, optional_date
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory.entries import acronym_key, name_at
from unnm_desktop.services.minutes.closure_input import (
    check_closure_day,
    organization_by_acronym,
    resolve_decision,
)
from unnm_desktop.services.minutes.closure_views import AddendumView
from unnm_desktop.services.minutes.content import canonical_json, fingerprint
from unnm_desktop.store.models import Decision, Meeting, MinutesAddendum, Organization, SignOff

ADDENDUM_FORMAT = "unnm-addendum/1"


def confirm(
    ctx: ServiceContext,
    decision_ref: str,
    acronym: str,
    *,
    on: date | str | None = None,
    note: str = "",
    withdrawn: bool = False,
) -> AddendumView:
    """Record that `acronym` confirmed (or, `withdrawn`, withdrew) its ad referendum position on the decision,
    on `on` (default: today where the meeting is held): a new signed addendum."""
    with ctx.session() as session:
        decision = resolve_decision(session, decision_ref)
        meeting = _signed_off_meeting(session, decision)
        position = _open_position(session, decision, acronym)
        when = optional_date(on) or meeting_now(meeting.time_zone).date()
        check_closure_day(meeting, when)
        kind = ClosureKind.WITHDRAWN if withdrawn else ClosureKind.CONFIRMED
        record = _record(ctx, session, decision, kind, position.organization, when, None, note=note, on_what="")
        return _view(session, record)


def end_silence(
    ctx: ServiceContext,
    decision_ref: str,
    *,
    no_objection: bool = False,
    broken_by: str | None = None,
    on: datetime | str | None = None,
    on_what: str = "",
    note: str = "",
) -> AddendumView:
    """Record the end of the decision's silence procedure: without objection at its deadline (`no_objection`),
    or broken by `broken_by`'s objection (on `on_what`) at `on` (default: now). A new signed addendum."""
    if no_objection == bool(broken_by):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Say either that the silence ended without objection or which organisation broke it."
            )
        )
    with ctx.session() as session:
        decision = resolve_decision(session, decision_ref)
        meeting = _signed_off_meeting(session, decision)
        if not any(item.kind is OpenKind.SILENCE for item in _open(session, decision)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Decision {reference} has no silence procedure running."),
                reference=decision.reference,
            )
        deadline = decision.silence_deadline
        assert deadline is not None  # a silence runs only with its deadline (domain/consensus.py)
        tz = zone(meeting.time_zone)
        moment = to_utc(on, meeting.time_zone) if on not in (None, "") else None
        if no_objection:
            moment = moment or deadline
            if moment < deadline or utc_now() < deadline:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The silence procedure on {reference} runs until {deadline}; it cannot end without "
                        "objection before then.",
                    ),
                    reference=decision.reference,
                    deadline=f"{deadline.astimezone(tz):%Y-%m-%d %H:%M}",
                )
            organization, kind = None, ClosureKind.SILENCE_ENDED
        else:
            organization = organization_by_acronym(session, str(broken_by))
            moment = moment or utc_now()
            if moment > deadline:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The silence procedure on {reference} ended at {deadline}; an objection after it does not "
                        "break it.",
                    ),
                    reference=decision.reference,
                    deadline=f"{deadline.astimezone(tz):%Y-%m-%d %H:%M}",
                )
            kind = ClosureKind.SILENCE_BROKEN
        local_moment = moment.astimezone(tz)
        check_closure_day(meeting, local_moment.date(), moment=moment)
        record = _record(
            ctx, session, decision, kind, organization, local_moment.date(), f"{local_moment:%H:%M}",
            note=note, on_what=on_what,
        )  # fmt: skip
        return _view(session, record)


def addenda(ctx: ServiceContext, meeting_id: str) -> list[AddendumView]:
    """Every addendum of a meeting, by number."""
    with ctx.session() as session:
        records = session.scalars(
            select(MinutesAddendum).where(MinutesAddendum.meeting_id == meeting_id).order_by(MinutesAddendum.number)
        ).all()
        return [_view(session, r) for r in records]


def get_addendum(ctx: ServiceContext, meeting_id: str, number: int | None = None) -> AddendumView:
    """Addendum `number` of a meeting (the latest when None)."""
    found = addenda(ctx, meeting_id)
    chosen = found[-1:] if number is None else [a for a in found if a.number == number]
    if not chosen:
        with ctx.session() as session:
            meeting = session.get(Meeting, meeting_id)
            reference = meeting.reference if meeting else meeting_id
        if number is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "The minutes of {reference} have no addendum yet."), reference=reference
            )
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "The minutes of {reference} have no addendum {number}."),
            reference=reference,
            number=number,
        )
    return chosen[0]


def find_addendum(ctx: ServiceContext, sha256: str) -> AddendumView | None:
    """The addendum with this fingerprint."""
    sha256 = (sha256 or "").strip().lower()
    with ctx.session() as session:
        record = session.scalars(
            select(MinutesAddendum).where(MinutesAddendum.content_sha256 == sha256).limit(1)
        ).first()
        return _view(session, record) if record is not None else None


def closures_of(session: Session, decision_id: str) -> list[Closure]:
    rows = session.execute(
        select(MinutesAddendum.kind, MinutesAddendum.organization_id)
        .where(MinutesAddendum.decision_id == decision_id)
        .order_by(MinutesAddendum.number)
    ).all()
    return [Closure(kind, org_id) for kind, org_id in rows]


def held_positions(decision: Decision) -> list[HeldPosition]:
    return [HeldPosition(p.organization_id, p.kind, p.ad_referendum_deadline) for p in decision.positions]


def _open(session: Session, decision: Decision) -> list[Any]:
    return open_items(
        decision.outcome, held_positions(decision), decision.silence_deadline, closures_of(session, decision.id)
    )


def _signed_off_meeting(session: Session, decision: Decision) -> Meeting:
    meeting = decision.meeting
    if meeting.status != MeetingStatus.SIGNED_OFF:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The minutes of {reference} are not signed off: record it in the minutes themselves, not as an "
                "addendum.",
            ),
            reference=meeting.reference,
        )
    return meeting


def _open_position(session: Session, decision: Decision, acronym: str) -> Any:
    key = acronym_key(acronym)
    open_orgs = {item.organization_id for item in _open(session, decision) if item.kind is OpenKind.CONFIRMATION}
    for position in decision.positions:
        org = position.organization
        names = [org.acronym, *(alias.acronym for alias in org.aliases)]
        if position.organization_id in open_orgs and any(acronym_key(n) == key for n in names):
            return position
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{acronym} has no open ad referendum position on decision {reference}."),
        acronym=(acronym or "").strip() or "?",
        reference=decision.reference,
    )


def _current_sign_off(session: Session, meeting: Meeting) -> SignOff:
    return session.scalars(
        select(SignOff).where(SignOff.meeting_id == meeting.id).order_by(SignOff.revision.desc()).limit(1)
    ).one()


def _record(
    ctx: ServiceContext,
    session: Session,
    decision: Decision,
    kind: ClosureKind,
    organization: Organization | None,
    on: date,
    at: str | None,
    *,
    note: str,
    on_what: str,
) -> MinutesAddendum:
    meeting = decision.meeting
    sign_off = _current_sign_off(session, meeting)
    closures = [*closures_of(session, decision.id), Closure(kind.value, organization.id if organization else None)]
    held = held_positions(decision)
    after = outcome_after(decision.outcome, held, decision.silence_deadline, closures)
    still_open = open_items(decision.outcome, held, decision.silence_deadline, closures)
    number = (session.scalar(select(func.max(MinutesAddendum.number)).where(MinutesAddendum.meeting_id == meeting.id))
              or 0) + 1  # fmt: skip
    held_on = meeting_date(meeting.start_utc, meeting.time_zone)
    names = {p.organization_id: p.organization for p in decision.positions}
    record = MinutesAddendum(
        meeting_id=meeting.id,
        sign_off_id=sign_off.id,
        number=number,
        decision_id=decision.id,
        kind=kind.value,
        organization_id=organization.id if organization else None,
        occurred_on=on,
        occurred_time=at,
        note=long_text(note).strip(),
        on_what=long_text(on_what).strip(),
        outcome_after=after.value,
        signed_at=utc_now().replace(microsecond=0),
        signed_by=ctx.audit_actor,
        label_version=LATEST_LABEL_VERSION,
    )
    content = {
        "format": ADDENDUM_FORMAT,
        "number": number,
        "meeting": {
            "id": meeting.id,
            "reference": meeting.reference,
            "title": meeting.title,
            "held_on": held_on.isoformat(),
            "language": meeting.language,
            "time_zone": meeting.time_zone,
        },
        "minutes": {"sign_off_id": sign_off.id, "revision": sign_off.revision, "sha256": sign_off.content_sha256},
        "decision": {
            "id": decision.id,
            "reference": decision.reference,
            "text": decision.text,
            "outcome_signed": decision.outcome,
            "method": decision.method,
        },
        "closure": {
            "kind": kind.value,
            "organization": _named(organization, held_on),
            "on": on.isoformat(),
            "time": at,
            "note": record.note,
            "on_what": record.on_what,
        },
        "outcome_after": after.value,
        "final": is_final(after.value),
        "still_open": [
            {
                "kind": item.kind.value,
                "organization": _named(names.get(item.organization_id), held_on),
                "deadline": _deadline_text(item.deadline, meeting.time_zone),
            }
            for item in still_open
        ],
        "signed_at": record.signed_at.isoformat(),
        "signed_by": record.signed_by,
        "label_version": record.label_version,
    }
    record.content_json = canonical_json(content)
    record.content_sha256 = fingerprint(content)
    session.add(record)
    session.flush()
    ctx.audit(
        session,
        "minutes_addendum",
        record.id,
        "sign_addendum",
        after={
            "meeting": meeting.reference,
            "number": number,
            "decision": decision.reference,
            "kind": kind.value,
            "organization": organization.acronym if organization else None,
            "outcome_after": after.value,
            "sha256": record.content_sha256,
        },
    )
    return record


def _named(org: Organization | None, on: date) -> dict[str, str] | None:
    if org is None:
        return None
    acronym, name_en, name_tr = name_at(org, on)
    return {"id": org.id, "acronym": acronym, "name_en": name_en, "name_tr": name_tr}


def _deadline_text(deadline: date | datetime | None, tz_name: str) -> str | None:
    if deadline is None:
        return None
    if isinstance(deadline, datetime):
        return f"{deadline.astimezone(zone(tz_name)):%Y-%m-%dT%H:%M}"
    return deadline.isoformat()


def _view(session: Session, record: MinutesAddendum) -> AddendumView:
    meeting = session.get(Meeting, record.meeting_id)
    decision = session.get(Decision, record.decision_id)
    org = session.get(Organization, record.organization_id) if record.organization_id else None
    sign_off = session.get(SignOff, record.sign_off_id)
    return AddendumView(
        id=record.id,
        meeting_id=record.meeting_id,
        meeting_reference=meeting.reference if meeting else "",
        meeting_title=meeting.title if meeting else "",
        number=record.number,
        decision_id=record.decision_id,
        decision_reference=decision.reference if decision else "",
        kind=record.kind,
        organization_acronym=org.acronym if org else None,
        occurred_on=record.occurred_on,
        occurred_time=record.occurred_time,
        note=record.note,
        on_what=record.on_what,
        outcome_after=record.outcome_after,
        final=is_final(record.outcome_after),
        signed_at=record.signed_at,
        signed_by=record.signed_by,
        sha256=record.content_sha256,
        sign_off_id=record.sign_off_id,
        minutes_sha256=sign_off.content_sha256 if sign_off else "",
        label_version=record.label_version,
        content_json=record.content_json,
    )

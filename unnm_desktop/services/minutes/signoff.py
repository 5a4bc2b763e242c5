"""The minutes' workflow: draft → circulated → signed off (locked), and reopening for a revision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from unnm_desktop.domain.clock import meeting_date, meeting_today
from unnm_desktop.domain.closure import HeldPosition, may_stay_open_at_sign_off
from unnm_desktop.domain.enums import ATTENDING, FINAL_OUTCOMES, MeetingStatus, Outcome, PositionKind
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, JoinedMessage, Message, ValidationError
from unnm_desktop.domain.label_versions import LATEST_LABEL_VERSION
from unnm_desktop.services.common import get_or_fail, optional_date, required_text, text_field
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.minutes.content import build_content, canonical_json, fingerprint
from unnm_desktop.store.models import Meeting, Signatory, SignOff
from unnm_desktop.store.types import utc_now


@dataclass(frozen=True)
class SignatoryInput:
    name: str
    title: str = ""
    role: str = ""
    signed_on: date | str | None = None


_NO_FINAL_OUTCOME = {
    Outcome.PROPOSED.value: QT_TRANSLATE_NOOP("Errors", "Decision {reference} has no final outcome yet (proposed)."),
    Outcome.UNDER_SILENCE.value: QT_TRANSLATE_NOOP(
        "Errors", "Decision {reference} has no final outcome yet (under_silence)."
    ),
}
_NO_FINAL_OUTCOME_OTHER = QT_TRANSLATE_NOOP("Errors", "Decision {reference} has no final outcome yet ({outcome}).")


def checklist(ctx: ServiceContext, meeting_id: str) -> list[Message]:
    """What still stands in the way of sign-off, in words (Message: the GUI shows them with error_text);
    empty when the minutes can be signed."""
    problems: list[Message] = []
    with ctx.session() as session:
        meeting = get_or_fail(session, Meeting, meeting_id, "meeting")
        if meeting.chair_id is None:
            problems.append(Message(QT_TRANSLATE_NOOP("Errors", "No chair is set (Details).")))
        if meeting.rapporteur_id is None:
            problems.append(Message(QT_TRANSLATE_NOOP("Errors", "No rapporteur is set (Details).")))
        if not any(a.status in {s.value for s in ATTENDING} for a in meeting.attendance):
            problems.append(
                Message(QT_TRANSLATE_NOOP("Errors", "No one is recorded as present or remote (Attendance)."))
            )
        for decision in meeting.decisions:
            held = [HeldPosition(p.organization_id, p.kind, p.ad_referendum_deadline) for p in decision.positions]
            # An ad referendum position or a silence is closed later by an addendum (issue 14): not a blocker.
            stays_open = may_stay_open_at_sign_off(decision.outcome, held, decision.silence_deadline)
            if decision.outcome not in {o.value for o in FINAL_OUTCOMES} and not stays_open:
                if decision.outcome in _NO_FINAL_OUTCOME:
                    problems.append(Message(_NO_FINAL_OUTCOME[decision.outcome], reference=decision.reference))
                else:
                    problems.append(
                        Message(_NO_FINAL_OUTCOME_OTHER, reference=decision.reference, outcome=decision.outcome)
                    )
            for position in decision.positions:
                if position.kind == PositionKind.AD_REFERENDUM and position.ad_referendum_deadline is None:
                    problems.append(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "Decision {reference}: the ad referendum position of {acronym} has no deadline.",
                            ),
                            reference=decision.reference,
                            acronym=position.organization.acronym,
                        )
                    )
    return problems


def circulate(ctx: ServiceContext, meeting_id: str) -> int:
    """Mark the draft as circulated for comments; each circulation is a new draft revision number."""
    with ctx.session() as session:
        meeting = get_or_fail(session, Meeting, meeting_id, "meeting")
        if meeting.status == MeetingStatus.SIGNED_OFF:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Signed-off minutes are not circulated again; reopen them for revision first."
                )
            )
        before = {"status": meeting.status, "revision": meeting.revision}
        meeting.status = MeetingStatus.CIRCULATED.value
        meeting.revision += 1
        ctx.audit(
            session,
            "meeting",
            meeting.id,
            "circulate",
            before,
            {"status": meeting.status, "revision": meeting.revision},
        )
        return meeting.revision


def sign_off(ctx: ServiceContext, meeting_id: str, signatories: list[SignatoryInput], *, backup: bool = True) -> str:
    """Lock the minutes: fingerprint their content and record who signed. Returns the SHA-256."""
    if not signatories:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Sign-off needs at least one signatory (usually the chair and the rapporteur).")
        )
    problems = checklist(ctx, meeting_id)
    if problems:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The minutes cannot be signed off yet: {problems}"),
            problems=JoinedMessage(problems),
        )
    dates = _signing_dates(ctx, meeting_id, signatories)
    if backup:
        ctx.db.backup("before-sign-off")
    with ctx.session() as session:
        meeting = get_or_fail(session, Meeting, meeting_id, "meeting")
        if meeting.status == MeetingStatus.SIGNED_OFF:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{title}” is already signed off."), title=meeting.title)
        content = build_content(session, meeting_id)
        digest = fingerprint(content)
        previous = session.scalars(
            select(SignOff).where(SignOff.meeting_id == meeting_id).order_by(SignOff.revision.desc()).limit(1)
        ).first()
        record = SignOff(
            meeting_id=meeting_id,
            revision=meeting.revision,
            content_json=canonical_json(content),
            content_sha256=digest,
            replaces_id=previous.id if previous else None,
            reason=previous.reopen_reason if previous else None,
            label_version=LATEST_LABEL_VERSION,
        )
        for index, (signer, signed_on) in enumerate(zip(signatories, dates, strict=True)):
            record.signatories.append(
                Signatory(
                    position=index,
                    name=required_text("signatory's name", 300)(signer.name),
                    title=text_field(300)(signer.title),
                    role=text_field(100)(signer.role),
                    signed_on=signed_on,
                )
            )
        session.add(record)
        meeting.status = MeetingStatus.SIGNED_OFF.value
        session.flush()
        ctx.audit(
            session,
            "meeting",
            meeting.id,
            "sign_off",
            after={
                "revision": meeting.revision,
                "sha256": digest,
                "signatories": [s.name for s in record.signatories],
                "label_version": record.label_version,
            },
        )
        return digest


def _signing_dates(ctx: ServiceContext, meeting_id: str, signatories: list[SignatoryInput]) -> list[date]:
    """Each signatory's date: as given, or today where the meeting is held; none before the meeting."""
    with ctx.session() as session:
        meeting = get_or_fail(session, Meeting, meeting_id, "meeting")
        held_on = meeting_date(meeting.start_utc, meeting.time_zone)
        today = meeting_today(meeting.time_zone)
    dates = [optional_date(signer.signed_on) or today for signer in signatories]
    for signer, signed_on in zip(signatories, dates, strict=True):
        if signed_on < held_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} cannot sign on {signed_on}: that is before the meeting was held ({held_on}). "
                    "Check the date.",
                ),
                name=signer.name.strip() or "?",
                signed_on=signed_on,
                held_on=held_on,
            )
    return dates


def reopen_for_revision(ctx: ServiceContext, meeting_id: str, reason: str) -> int:
    """Unlock signed-off minutes for a correction; the signed-off version stays stored as it was."""
    reason = required_text("reason for the revision")(reason)
    with ctx.session() as session:
        meeting = get_or_fail(session, Meeting, meeting_id, "meeting")
        if meeting.status != MeetingStatus.SIGNED_OFF:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only signed-off minutes are reopened for revision."))
        latest = session.scalars(
            select(SignOff).where(SignOff.meeting_id == meeting_id).order_by(SignOff.revision.desc()).limit(1)
        ).one()
        latest.reopened_at = utc_now()
        latest.reopen_reason = reason
        meeting.status = MeetingStatus.DRAFT.value
        meeting.revision += 1
        ctx.audit(
            session,
            "meeting",
            meeting.id,
            "reopen",
            {"status": "signed_off"},
            {"status": meeting.status, "revision": meeting.revision, "reason": reason},
        )
        return meeting.revision


def sign_offs(ctx: ServiceContext, meeting_id: str) -> list[dict[str, Any]]:
    with ctx.session() as session:
        records = session.scalars(
            select(SignOff).where(SignOff.meeting_id == meeting_id).order_by(SignOff.revision)
        ).all()
        return [
            {
                "id": r.id,
                "revision": r.revision,
                "signed_at": r.signed_at,
                "sha256": r.content_sha256,
                "reason": r.reason,
                "reopened_at": r.reopened_at,
                "reopen_reason": r.reopen_reason,
                "label_version": r.label_version,
                "signatories": [(s.name, s.title, s.role, s.signed_on) for s in r.signatories],
            }
            for r in records
        ]

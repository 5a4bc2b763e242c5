"""The three meetings of UNNM Türkiye's public record (resources/demo/meetings.json), entered through the services.

They go through the same services as the GUI, so the consensus rules and the sign-off workflow apply to them.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from unnm_desktop.domain.clock import local, to_utc
from unnm_desktop.domain.enums import MeetingStatus
from unnm_desktop.resources import load_json
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import actions, agenda, attendance, decisions, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.store.models import Meeting, Organization

Spec = dict[str, Any]  # one meeting as resources/demo/meetings.json describes it

# The optional meeting fields a spec may give, passed to create_meeting as they are.
_OPTIONAL_FIELDS = (
    "location",
    "venue",
    "modality",
    "event_category",
    "main_organisers",
    "target_audience",
    "language",
    "time_zone",
    "geographic_scope",
    "sub_region",
    "workstream_output",
)


def add_public_record_meetings(ctx: ServiceContext) -> int:
    """Add the public-record meetings not in the database yet (by reference); how many were added."""
    data = load_json("demo", "meetings.json")["meetings"]
    recorder = _Recorder(ctx)
    previous_id = None
    added = 0
    for spec in data:
        with ctx.session() as session:
            existing = session.scalars(select(Meeting.id).where(Meeting.reference == spec["reference"])).first()
        if existing:
            previous_id = existing
            continue
        previous_id = recorder.add_meeting(spec, previous_id)
        added += 1
    return added


def _org_ids(ctx: ServiceContext) -> dict[str, str]:
    """Acronym key (current and former names) -> organisation id."""
    result: dict[str, str] = {}
    with ctx.session() as session:
        for org in session.scalars(select(Organization).where(Organization.merged_into_id.is_(None))):
            result[directory.acronym_key(org.acronym)] = org.id
            for alias in org.aliases:
                result.setdefault(directory.acronym_key(alias.acronym), org.id)
    return result


class _Recorder:
    """Enters meetings one after another, remembering the people and action points met on the way."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.org_ids = _org_ids(ctx)
        self.people: dict[str, str] = {}  # full name -> person id
        self.action_ids: dict[str, str] = {}  # "<meeting key>/<action key>" -> action id, for later follow-ups

    def org(self, acronym: str) -> str:
        return self.org_ids[directory.acronym_key(acronym)]

    def add_meeting(self, spec: Spec, previous_id: str | None) -> str:
        self._add_people(spec)
        meeting_id = self._create_meeting(spec, previous_id)
        self._add_attendance(spec, meeting_id)
        item_ids = self._add_agenda(spec, meeting_id)
        decision_ids = [self._add_decision(entry, meeting_id, item_ids) for entry in spec["decisions"]]
        actions.carry_over_open_actions(self.ctx, meeting_id)
        self._add_follow_ups(spec, meeting_id)
        self._add_actions(spec, meeting_id, decision_ids)
        self._circulate_and_sign(spec, meeting_id)
        return meeting_id

    def _add_people(self, spec: Spec) -> None:
        for attendee in spec["attendees"]:
            if attendee["name"] not in self.people:
                self.people[attendee["name"]] = directory.create_person(
                    self.ctx,
                    full_name=attendee["name"],
                    title=attendee.get("title", ""),
                    organization_id=self.org(attendee["org"]),
                )

    def _create_meeting(self, spec: Spec, previous_id: str | None) -> str:
        return meetings.create_meeting(
            self.ctx,
            title=spec["title"],
            start=spec["start"],
            end_utc=spec.get("end"),
            reference=spec["reference"],
            series=spec.get("series", ""),
            number=spec.get("number"),
            objectives=spec.get("gcm_objectives", []),
            previous_meeting_id=previous_id,
            chair_id=self.people.get(spec.get("chair") or ""),
            rapporteur_id=self.people.get(spec.get("rapporteur") or ""),
            next_meeting_date=spec.get("next_meeting_date"),
            **{key: spec[key] for key in _OPTIONAL_FIELDS if spec.get(key) is not None},
        )

    def _add_attendance(self, spec: Spec, meeting_id: str) -> None:
        for attendee in spec["attendees"]:
            attendance.add_attendee(
                self.ctx,
                meeting_id,
                person_id=self.people[attendee["name"]],
                organization_id=self.org(attendee["org"]),
                role=attendee.get("role", "member"),
                status=attendee.get("status", "present"),
                arrival_time=attendee.get("arrival"),
            )

    def _add_agenda(self, spec: Spec, meeting_id: str) -> dict[str, str]:
        """The agenda items; their ids by the spec's keys."""
        item_ids = {}
        for item in spec["agenda"]:
            item_ids[item["key"]] = agenda.add_item(
                self.ctx,
                meeting_id,
                title=item["title"],
                standing=item.get("standing"),
                planned_minutes=item.get("planned_minutes"),
                presenter_id=self.people.get(item.get("presenter") or ""),
                notes_md=item.get("notes", ""),
                objectives=item.get("gcm_objectives", []),
                position=10_000,
            )
        return item_ids

    def _add_decision(self, entry: Spec, meeting_id: str, item_ids: dict[str, str]) -> str:
        decision_id = decisions.add_decision(
            self.ctx,
            meeting_id,
            text=entry["text"],
            agenda_item_id=item_ids.get(entry.get("agenda")),
            method=entry.get("method", "consensus"),
            objectives=entry.get("gcm_objectives", []),
        )
        for position in entry.get("positions", []):
            decisions.set_position(
                self.ctx,
                decision_id,
                self.org(position["org"]),
                position["kind"],
                statement=position.get("statement") or "",
                paragraph_ref=position.get("paragraph"),
                deadline=position.get("deadline"),
            )
        decisions.update_decision(
            self.ctx,
            decision_id,
            outcome=entry["outcome"],
            chair_note=entry.get("chair_note"),
            deferred_to=entry.get("deferred_to"),
            silence_deadline=entry.get("silence_deadline"),
        )
        return decision_id

    def _add_follow_ups(self, spec: Spec, meeting_id: str) -> None:
        for follow_up in spec.get("follow_ups", []):
            actions.record_follow_up(
                self.ctx,
                self.action_ids[follow_up["action"]],
                meeting_id,
                note=follow_up["note"],
                status=follow_up.get("status"),
            )

    def _add_actions(self, spec: Spec, meeting_id: str, decision_ids: list[str]) -> None:
        for entry in spec["actions"]:
            index = entry.get("decision_index")
            self.action_ids[f"{spec['key']}/{entry['key']}"] = actions.add_action(
                self.ctx,
                meeting_id,
                text=entry["text"],
                responsible_org_ids=[self.org(a) for a in entry["responsible"]],
                due_date=entry.get("due"),
                status=entry.get("status", "open"),
                decision_id=decision_ids[index] if index is not None else None,
            )

    def _circulate_and_sign(self, spec: Spec, meeting_id: str) -> None:
        if spec.get("status") in (MeetingStatus.CIRCULATED, MeetingStatus.SIGNED_OFF):
            signoff.circulate(self.ctx, meeting_id)
        if spec.get("status") == MeetingStatus.SIGNED_OFF:
            signed_on = local(to_utc(spec["start"])).date() + timedelta(days=21)
            signoff.sign_off(
                self.ctx,
                meeting_id,
                [
                    signoff.SignatoryInput(s["name"], s.get("title", ""), s.get("role", ""), signed_on)
                    for s in spec.get("signatories", [])
                ],
                backup=False,
            )

"""`unnm-desktop demo`: meetings from UNNM Türkiye's public record, plus synthetic ones for benchmarks.

The three real meetings (resources/demo/meetings.json) go through the same services as the GUI, so the
consensus rules and the sign-off workflow apply to them. Synthetic meetings are written in bulk, one
transaction and one audit event per meeting, at the volume of a real meeting.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select

from unnm_desktop.domain.clock import local, to_utc
from unnm_desktop.domain.consensus import outcome_problem, suggest_outcome
from unnm_desktop.domain.enums import MeetingStatus, OrganizationKind, Outcome, PositionKind
from unnm_desktop.resources import load_json
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import actions, agenda, attendance, decisions, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.services.minutes.content import build_content, canonical_json, fingerprint
from unnm_desktop.store.models import (
    ActionFollowUp,
    ActionPoint,
    ActionResponsible,
    AgendaItem,
    AgendaItemObjective,
    AppInfo,
    Attendance,
    Decision,
    DecisionObjective,
    Meeting,
    MeetingObjective,
    Organization,
    Person,
    Position,
    Signatory,
    SignOff,
)

Progress = Callable[[int, int], None]


def fill_demo(ctx: ServiceContext, *, total_meetings: int = 3, progress: Progress | None = None) -> int:
    """Add the public-record meetings (once) and synthetic ones until there are `total_meetings`."""
    added = _add_public_record_meetings(ctx)
    with ctx.session() as session:
        existing = session.scalar(select(func.count()).select_from(Meeting)) or 0
        session.merge(AppInfo(key="demo", value=datetime.now(timezone.utc).isoformat()))
    wanted = max(0, total_meetings - existing)
    if wanted:
        added += _add_synthetic_meetings(ctx, wanted, progress)
    return added


# --- the public record ----------------------------------------------------------------------------


def _add_public_record_meetings(ctx: ServiceContext) -> int:
    data = load_json("demo", "meetings.json")["meetings"]
    org_ids = _org_ids(ctx)
    people: dict[str, str] = {}
    action_ids: dict[str, str] = {}
    previous_id = None
    added = 0
    for spec in data:
        with ctx.session() as session:
            existing = session.scalars(select(Meeting.id).where(Meeting.reference == spec["reference"])).first()
        if existing:
            previous_id = existing
            continue
        previous_id = _add_meeting(ctx, spec, org_ids, people, action_ids, previous_id)
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


def _org(org_ids: dict[str, str], acronym: str) -> str:
    return org_ids[directory.acronym_key(acronym)]


def _add_meeting(ctx, spec, org_ids, people, action_ids, previous_id) -> str:  # type: ignore[no-untyped-def]
    for attendee in spec["attendees"]:
        if attendee["name"] not in people:
            people[attendee["name"]] = directory.create_person(
                ctx,
                full_name=attendee["name"],
                title=attendee.get("title", ""),
                organization_id=_org(org_ids, attendee["org"]),
            )
    meeting_id = meetings.create_meeting(
        ctx,
        title=spec["title"],
        start=spec["start"],
        end_utc=spec.get("end"),
        reference=spec["reference"],
        series=spec.get("series", ""),
        number=spec.get("number"),
        objectives=spec.get("gcm_objectives", []),
        previous_meeting_id=previous_id,
        chair_id=people.get(spec.get("chair") or ""),
        rapporteur_id=people.get(spec.get("rapporteur") or ""),
        next_meeting_date=spec.get("next_meeting_date"),
        **{
            key: spec[key]
            for key in (
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
            if spec.get(key) is not None
        },
    )
    for attendee in spec["attendees"]:
        attendance.add_attendee(
            ctx,
            meeting_id,
            person_id=people[attendee["name"]],
            organization_id=_org(org_ids, attendee["org"]),
            role=attendee.get("role", "member"),
            status=attendee.get("status", "present"),
            arrival_time=attendee.get("arrival"),
        )
    item_ids = {}
    for item in spec["agenda"]:
        item_ids[item["key"]] = agenda.add_item(
            ctx,
            meeting_id,
            title=item["title"],
            standing=item.get("standing"),
            planned_minutes=item.get("planned_minutes"),
            presenter_id=people.get(item.get("presenter") or ""),
            notes_md=item.get("notes", ""),
            objectives=item.get("gcm_objectives", []),
            position=10_000,
        )
    decision_ids = []
    for entry in spec["decisions"]:
        decision_id = decisions.add_decision(
            ctx,
            meeting_id,
            text=entry["text"],
            agenda_item_id=item_ids.get(entry.get("agenda")),
            method=entry.get("method", "consensus"),
            objectives=entry.get("gcm_objectives", []),
        )
        for position in entry.get("positions", []):
            decisions.set_position(
                ctx,
                decision_id,
                _org(org_ids, position["org"]),
                position["kind"],
                statement=position.get("statement") or "",
                paragraph_ref=position.get("paragraph"),
                deadline=position.get("deadline"),
            )
        decisions.update_decision(
            ctx,
            decision_id,
            outcome=entry["outcome"],
            chair_note=entry.get("chair_note"),
            deferred_to=entry.get("deferred_to"),
        )
        decision_ids.append(decision_id)
    actions.carry_over_open_actions(ctx, meeting_id)
    for follow_up in spec.get("follow_ups", []):
        actions.record_follow_up(
            ctx,
            action_ids[follow_up["action"]],
            meeting_id,
            note=follow_up["note"],
            status=follow_up.get("status"),
        )
    for entry in spec["actions"]:
        index = entry.get("decision_index")
        action_ids[f"{spec['key']}/{entry['key']}"] = actions.add_action(
            ctx,
            meeting_id,
            text=entry["text"],
            responsible_org_ids=[_org(org_ids, a) for a in entry["responsible"]],
            due_date=entry.get("due"),
            status=entry.get("status", "open"),
            decision_id=decision_ids[index] if index is not None else None,
        )
    if spec.get("status") in (MeetingStatus.CIRCULATED, MeetingStatus.SIGNED_OFF):
        signoff.circulate(ctx, meeting_id)
    if spec.get("status") == MeetingStatus.SIGNED_OFF:
        signed_on = local(to_utc(spec["start"])).date() + timedelta(days=21)
        signoff.sign_off(
            ctx,
            meeting_id,
            [
                signoff.SignatoryInput(s["name"], s.get("title", ""), s.get("role", ""), signed_on)
                for s in spec.get("signatories", [])
            ],
            backup=False,
        )
    return meeting_id


# --- synthetic meetings -----------------------------------------------------------------------------

ATTENDEES_PER_MEETING = 30
ITEMS_PER_MEETING = 8
WORDS_PER_NOTE = 300
DECISIONS_PER_MEETING = 3
ACTIONS_PER_MEETING = 5


class _Vocabulary:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = load_json("demo", "synthetic.json")

    def pick(self, key: str) -> str:
        return self.rng.choice(self.words[key])

    def sentence(self, acronyms: list[str]) -> str:
        org, org2 = self.rng.sample(acronyms, 2)
        return self.pick("note_sentences").format(org=org, org2=org2)

    def notes(self, acronyms: list[str]) -> str:
        paragraphs, words = [], 0
        while words < WORDS_PER_NOTE:
            paragraph = " ".join(self.sentence(acronyms) for _ in range(self.rng.randint(2, 4)))
            if self.rng.random() < 0.2:
                paragraph = "\n".join(f"- {self.sentence(acronyms)}" for _ in range(3))
            elif self.rng.random() < 0.2:
                paragraph = f"**{self.pick('meeting_topics')}.** {paragraph}"
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        return "\n\n".join(paragraphs)


def _synthetic_people(ctx: ServiceContext, vocabulary: _Vocabulary, orgs: list[Organization]) -> list[Person]:
    rng = vocabulary.rng
    with ctx.session() as session:
        people = session.scalars(select(Person).where(Person.title.like("%(demo)%"))).all()
        if people:
            return list(people)
        seen = set()
        for _ in range(400):
            name = f"{vocabulary.pick('first_names')} {vocabulary.pick('last_names')}"
            if name in seen:
                continue
            seen.add(name)
            session.add(
                Person(full_name=name, title=f"{vocabulary.pick('titles')} (demo)", organization_id=rng.choice(orgs).id)
            )
        session.flush()
        ctx.audit(session, "person", "demo", "demo_generate", after={"count": len(seen)})
        return list(session.scalars(select(Person).where(Person.title.like("%(demo)%"))))


def _add_synthetic_meetings(ctx: ServiceContext, count: int, progress: Progress | None) -> int:
    rng = random.Random(20231102)
    vocabulary = _Vocabulary(rng)
    with ctx.session() as session:
        orgs = list(
            session.scalars(
                select(Organization).where(
                    Organization.kind.in_([OrganizationKind.UN_ENTITY.value, OrganizationKind.GOVERNMENT.value])
                )
            )
        )
        org_by_id = {o.id: o for o in orgs}
    people = _synthetic_people(ctx, vocabulary, orgs)
    # Meetings every ~4 days going back from 2026, so that a thousand span about eleven years.
    start = datetime(2026, 10, 1, 7, 0, tzinfo=timezone.utc)
    previous_id = None
    for index in range(count):
        when = start - timedelta(days=4 * (count - index))
        previous_id = _add_synthetic_meeting(
            ctx, vocabulary, people, org_by_id, when, previous_id, signed=index < count - 2
        )
        if progress:
            progress(index + 1, count)
    return count


def _add_synthetic_meeting(ctx, vocabulary, people, org_by_id, when, previous_id, *, signed) -> str:  # type: ignore[no-untyped-def]
    rng = vocabulary.rng
    with ctx.session() as session:
        topic = vocabulary.pick("meeting_topics")
        meeting = Meeting(
            title=f"UNNM Türkiye working group: {topic}",
            reference=meetings.next_reference(session, local(when).year),
            series="UNNM Türkiye — working group",
            start_utc=when,
            end_utc=when + timedelta(hours=3),
            location=rng.choice(["Ankara", "İstanbul", "Gaziantep", "İzmir", "Şanlıurfa", "Online"]),
            venue="UN House",
            modality=rng.choice(["in_person", "hybrid", "online"]),
            language=rng.choice(["en", "en", "tr"]),
            time_zone="Europe/Istanbul",
            sub_region="West Asia",
            status=MeetingStatus.DRAFT.value,
            previous_meeting_id=previous_id,
            next_meeting_date=(local(when) + timedelta(days=28)).date(),
        )
        meeting.objectives = [MeetingObjective(objective=n) for n in sorted(rng.sample(range(1, 24), 3))]
        attendees = rng.sample(people, ATTENDEES_PER_MEETING)
        meeting.chair_id, meeting.rapporteur_id = attendees[0].id, attendees[1].id
        session.add(meeting)
        for person in attendees:
            meeting.attendance.append(
                Attendance(
                    person_id=person.id,
                    organization_id=person.organization_id,
                    role="member",
                    status=rng.choice(["present"] * 6 + ["remote", "apologies"]),
                )
            )
        meeting.attendance[0].status = meeting.attendance[1].status = "present"
        attending = sorted({a.organization_id for a in meeting.attendance if a.status in ("present", "remote")})
        acronyms = [org_by_id[o].acronym for o in attending]
        for position in range(1, ITEMS_PER_MEETING + 1):
            item = AgendaItem(
                position=position,
                number=str(position),
                title=vocabulary.pick("meeting_topics"),
                notes_md=vocabulary.notes(acronyms),
                planned_minutes=20,
                status="done",
            )
            item.objectives = [AgendaItemObjective(objective=rng.randint(1, 23))]
            meeting.agenda_items.append(item)
        session.flush()
        for sequence in range(1, DECISIONS_PER_MEETING + 1):
            decision = Decision(
                sequence=sequence,
                reference=f"{meeting.reference}/{sequence}",
                text=vocabulary.pick("decision_texts"),
                agenda_item_id=rng.choice(meeting.agenda_items).id,
                method="consensus",
            )
            decision.objectives = [DecisionObjective(objective=rng.randint(1, 23))]
            kinds = _synthetic_positions(rng)
            for org_id, kind in zip(rng.sample(attending, len(kinds)), kinds, strict=False):
                statement = vocabulary.pick("statements") if kind != PositionKind.JOINS else ""
                decision.positions.append(Position(organization_id=org_id, kind=kind.value, statement=statement))
            decision.outcome = suggest_outcome(kinds).value
            if decision.outcome == Outcome.NOT_ADOPTED and rng.random() < 0.5:
                decision.outcome, decision.deferred_to = Outcome.DEFERRED.value, "next meeting"
            assert outcome_problem(decision.outcome, kinds) is None
            meeting.decisions.append(decision)
        for position in range(1, ACTIONS_PER_MEETING + 1):
            action = ActionPoint(
                position=position,
                text=vocabulary.pick("action_texts"),
                due_date=(local(when) + timedelta(days=30)).date(),
                status=rng.choice(["open", "in_progress", "done", "done", "dropped"]) if signed else "open",
            )
            action.responsible = [ActionResponsible(organization_id=o) for o in rng.sample(attending, 2)]
            meeting.actions.append(action)
        session.flush()
        if previous_id is not None:
            previous_open = session.scalars(
                select(ActionPoint.id).where(
                    ActionPoint.meeting_id == previous_id, ActionPoint.status.in_(["open", "in_progress"])
                )
            )
            for action_id in previous_open:
                session.add(
                    ActionFollowUp(
                        action_id=action_id, meeting_id=meeting.id, note=vocabulary.sentence(acronyms), status=None
                    )
                )
        ctx.audit(session, "meeting", meeting.id, "demo_generate", after={"reference": meeting.reference})
        if signed:
            session.flush()
            _sign_synthetic(ctx, session, meeting, attendees[:2], when)
        return meeting.id


def _synthetic_positions(rng: random.Random) -> list[PositionKind]:
    roll = rng.random()
    if roll < 0.55:
        return [PositionKind.JOINS] * rng.randint(0, 2)
    if roll < 0.75:
        return [PositionKind.RESERVATION, PositionKind.CONCERN]
    if roll < 0.85:
        return [PositionKind.STANDS_ASIDE]
    return [PositionKind.OBJECTS, PositionKind.JOINS]


def _sign_synthetic(ctx, session, meeting: Meeting, signers: list[Person], when: datetime) -> None:  # type: ignore[no-untyped-def]
    meeting.status = MeetingStatus.SIGNED_OFF.value
    meeting.revision = 1
    session.flush()
    content = build_content(session, meeting.id)
    record = SignOff(
        meeting_id=meeting.id, revision=1, content_json=canonical_json(content), content_sha256=fingerprint(content)
    )
    signed_on: date = (local(when) + timedelta(days=14)).date()
    record.signatories = [
        Signatory(position=i, name=p.full_name, title=p.title, role=role, signed_on=signed_on)
        for i, (p, role) in enumerate(zip(signers, ("Chair", "Rapporteur"), strict=True))
    ]
    session.add(record)
    ctx.audit(session, "meeting", meeting.id, "sign_off", after={"revision": 1, "sha256": record.content_sha256})

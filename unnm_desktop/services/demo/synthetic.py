"""Synthetic meetings for benchmarks, at the volume of a real meeting, from resources/demo/synthetic.json.

They are written in bulk, one transaction and one audit event per meeting; the same seed gives the same
meetings, and every decision's outcome obeys the consensus rules.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from unnm_desktop.domain.clock import local
from unnm_desktop.domain.consensus import outcome_problem, suggest_outcome
from unnm_desktop.domain.enums import MeetingStatus, OrganizationKind, Outcome, PositionKind
from unnm_desktop.resources import load_json
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import meetings
from unnm_desktop.services.minutes.content import build_content, canonical_json, fingerprint
from unnm_desktop.store.models import (
    ActionFollowUp,
    ActionPoint,
    ActionResponsible,
    AgendaItem,
    AgendaItemObjective,
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


def add_synthetic_meetings(ctx: ServiceContext, count: int, progress: Progress | None) -> int:
    """Add `count` synthetic meetings, the last two still drafts; returns `count`."""
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


# The helpers below draw from the one random generator: calling them in another order changes every meeting.


def _add_synthetic_meeting(
    ctx: ServiceContext,
    vocabulary: _Vocabulary,
    people: list[Person],
    org_by_id: dict[str, Organization],
    when: datetime,
    previous_id: str | None,
    *,
    signed: bool,
) -> str:
    rng = vocabulary.rng
    with ctx.session() as session:
        meeting = _new_meeting(session, vocabulary, when, previous_id)
        attendees = rng.sample(people, ATTENDEES_PER_MEETING)
        meeting.chair_id, meeting.rapporteur_id = attendees[0].id, attendees[1].id
        session.add(meeting)
        attending = _add_attendance(meeting, attendees, rng)
        acronyms = [org_by_id[o].acronym for o in attending]
        _add_agenda(meeting, vocabulary, acronyms)
        session.flush()
        _add_decisions(meeting, vocabulary, attending)
        _add_actions(meeting, vocabulary, attending, when, signed=signed)
        session.flush()
        if previous_id is not None:
            _follow_up_open_actions(session, meeting, previous_id, vocabulary.sentence, acronyms)
        ctx.audit(session, "meeting", meeting.id, "demo_generate", after={"reference": meeting.reference})
        if signed:
            session.flush()
            _sign_synthetic(ctx, session, meeting, attendees[:2], when)
        return meeting.id


def _new_meeting(session: Session, vocabulary: _Vocabulary, when: datetime, previous_id: str | None) -> Meeting:
    rng = vocabulary.rng
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
    return meeting


def _add_attendance(meeting: Meeting, attendees: list[Person], rng: random.Random) -> list[str]:
    """The attendance rows (chair and rapporteur present); returns the ids of the organisations attending."""
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
    return sorted({a.organization_id for a in meeting.attendance if a.status in ("present", "remote")})


def _add_agenda(meeting: Meeting, vocabulary: _Vocabulary, acronyms: list[str]) -> None:
    for position in range(1, ITEMS_PER_MEETING + 1):
        item = AgendaItem(
            position=position,
            number=str(position),
            title=vocabulary.pick("meeting_topics"),
            notes_md=vocabulary.notes(acronyms),
            planned_minutes=20,
            status="done",
        )
        item.objectives = [AgendaItemObjective(objective=vocabulary.rng.randint(1, 23))]
        meeting.agenda_items.append(item)


def _add_decisions(meeting: Meeting, vocabulary: _Vocabulary, attending: list[str]) -> None:
    rng = vocabulary.rng
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


def _synthetic_positions(rng: random.Random) -> list[PositionKind]:
    roll = rng.random()
    if roll < 0.55:
        return [PositionKind.JOINS] * rng.randint(0, 2)
    if roll < 0.75:
        return [PositionKind.RESERVATION, PositionKind.CONCERN]
    if roll < 0.85:
        return [PositionKind.STANDS_ASIDE]
    return [PositionKind.OBJECTS, PositionKind.JOINS]


def _add_actions(
    meeting: Meeting, vocabulary: _Vocabulary, attending: list[str], when: datetime, *, signed: bool
) -> None:
    rng = vocabulary.rng
    for position in range(1, ACTIONS_PER_MEETING + 1):
        action = ActionPoint(
            position=position,
            text=vocabulary.pick("action_texts"),
            due_date=(local(when) + timedelta(days=30)).date(),
            status=rng.choice(["open", "in_progress", "done", "done", "dropped"]) if signed else "open",
        )
        action.responsible = [ActionResponsible(organization_id=o) for o in rng.sample(attending, 2)]
        meeting.actions.append(action)


def _follow_up_open_actions(
    session: Session, meeting: Meeting, previous_id: str, sentence: Callable[[list[str]], str], acronyms: list[str]
) -> None:
    """A follow-up note at `meeting` on each action the previous meeting left open."""
    previous_open = session.scalars(
        select(ActionPoint.id).where(
            ActionPoint.meeting_id == previous_id, ActionPoint.status.in_(["open", "in_progress"])
        )
    )
    for action_id in previous_open:
        session.add(ActionFollowUp(action_id=action_id, meeting_id=meeting.id, note=sentence(acronyms), status=None))


def _sign_synthetic(
    ctx: ServiceContext, session: Session, meeting: Meeting, signers: list[Person], when: datetime
) -> None:
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

"""The minutes' content of many meetings at once, for `check` (issue 11: check on 1,000 meetings in ≤ 5 s).

`minutes.build_content` loads one meeting through the ORM: about thirty queries and a few hundred objects per
meeting, 20–40 ms each, so proving every signed-off meeting's fingerprint took most of `check`'s time. Here the
rows of all the meetings asked for are read with one query per table (in chunks of ids) as plain rows, and
the same content is assembled from them. It must be exactly `build_content`'s, key for key and in the same
order (tests/test_minutes_batch.py compares the two for every demo meeting); the naming of organisations and
people and the sorting rules are `minutes`' own helpers, so they cannot drift apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from unnm_desktop.domain.clock import local
from unnm_desktop.services.minutes.content import (
    CONTENT_FORMAT,
    attendance_sort_key,
    org_entry,
    person_entry,
    position_sort_key,
)
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
)

# Ids per IN (...) list: well under SQLite's limit on bound parameters (999 before 3.32).
_CHUNK = 500


def build_contents(session: Session, meeting_ids: Iterable[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(meeting id, content) for each of these meetings, equal to `build_content(session, id)`; ids that
    name no meeting are left out. Contents come a chunk of meetings at a time, so memory stays bounded."""
    ids = list(dict.fromkeys(meeting_ids))
    session.flush()  # the rows are read below the ORM: let them include what this session has not written yet
    names = _Names(session)
    for start in range(0, len(ids), _CHUNK):
        yield from _Chunk(session, names, ids[start : start + _CHUNK]).contents()


class _Names:
    """Organisations (with their earlier names) and people, read once, each named as `minutes` names them."""

    def __init__(self, session: Session) -> None:
        self._orgs = {
            org.id: org for org in session.scalars(select(Organization).options(selectinload(Organization.aliases)))
        }
        self._renamed = {org.id for org in self._orgs.values() if org.aliases}
        people = session.execute(select(Person.id, Person.full_name, Person.title)).all()
        self._people = {row.id: person_entry(row) for row in people}  # type: ignore[arg-type]
        self._named: dict[tuple[str, date | None], dict[str, str] | None] = {}

    def org(self, org_id: str | None, on: date) -> dict[str, str] | None:
        if org_id is None or org_id not in self._orgs:  # unknown: a row edited from outside (as the ORM: None)
            return None
        # Only an organisation with earlier names is named by date; most have none (one entry for all dates).
        key = (org_id, on if org_id in self._renamed else None)
        if key not in self._named:
            self._named[key] = org_entry(self._orgs[org_id], on)
        # A fresh dict each time, as build_content makes: callers may hold and compare them independently.
        named = self._named[key]
        return dict(named) if named is not None else None

    def person(self, person_id: str | None) -> dict[str, str] | None:
        person = self._people.get(person_id) if person_id is not None else None
        return dict(person) if person is not None else None


def _columns(model: Any) -> Any:
    """A select of the model's columns as plain rows, without the bookkeeping times (not part of the content)."""
    return select(*(c for c in model.__table__.columns if c.key not in ("created_at", "updated_at")))


def _grouped(rows: Iterable[Any], key: str) -> dict[Any, list[Any]]:
    groups: dict[Any, list[Any]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return groups


class _Chunk:
    def __init__(self, session: Session, names: _Names, meeting_ids: Sequence[str]) -> None:
        # Plain Core rows: the ORM's per-row bookkeeping would cost more than the rows themselves.
        self.connection = session.connection()
        self.names = names
        self.meeting_ids = meeting_ids

    def _rows(self, query: Any, column: Any, ids: Iterable[str]) -> list[Any]:
        ids = sorted(set(ids))
        rows: list[Any] = []
        for start in range(0, len(ids), _CHUNK):
            rows.extend(self.connection.execute(query.where(column.in_(ids[start : start + _CHUNK]))).all())
        return rows

    def contents(self) -> Iterator[tuple[str, dict[str, Any]]]:
        ids = self.meeting_ids
        meetings = self._rows(_columns(Meeting), Meeting.id, ids)
        objectives = _grouped(self._rows(_columns(MeetingObjective), MeetingObjective.meeting_id, ids), "meeting_id")
        attendance = _grouped(self._rows(_columns(Attendance), Attendance.meeting_id, ids), "meeting_id")
        items = self._rows(_columns(AgendaItem), AgendaItem.meeting_id, ids)
        item_objectives = _grouped(
            self._rows(
                _columns(AgendaItemObjective),
                AgendaItemObjective.agenda_item_id,
                [i.id for i in items],
            ),
            "agenda_item_id",
        )
        decisions = self._rows(_columns(Decision), Decision.meeting_id, ids)
        decision_ids = [d.id for d in decisions]
        decision_objectives = _grouped(
            self._rows(_columns(DecisionObjective), DecisionObjective.decision_id, decision_ids),
            "decision_id",
        )
        positions = _grouped(self._rows(_columns(Position), Position.decision_id, decision_ids), "decision_id")
        follow_ups = _grouped(self._rows(_columns(ActionFollowUp), ActionFollowUp.meeting_id, ids), "meeting_id")
        followed = {f.action_id for group in follow_ups.values() for f in group}
        actions = self._rows(_columns(ActionPoint), ActionPoint.meeting_id, ids)
        own_action_ids = {a.id for a in actions}
        actions += self._rows(_columns(ActionPoint), ActionPoint.id, followed - own_action_ids)
        self.actions_by_id = {a.id: a for a in actions}
        self.responsible = _grouped(
            self._rows(_columns(ActionResponsible), ActionResponsible.action_id, self.actions_by_id),
            "action_id",
        )
        self.references = {
            row.id: row.reference
            for row in self._rows(select(Meeting.id, Meeting.reference), Meeting.id, {a.meeting_id for a in actions})
        }
        items_by_meeting = _grouped(items, "meeting_id")
        decisions_by_meeting = _grouped(decisions, "meeting_id")
        actions_by_meeting = _grouped((a for a in actions if a.id in own_action_ids), "meeting_id")
        self.item_objectives, self.decision_objectives, self.positions = item_objectives, decision_objectives, positions
        order = {meeting_id: index for index, meeting_id in enumerate(ids)}
        for meeting in sorted(meetings, key=lambda m: order[m.id]):
            on = local(meeting.start_utc).date()
            content = {
                "format": CONTENT_FORMAT,
                "meeting": self._meeting(meeting, objectives.get(meeting.id, [])),
                "attendance": self._attendance(attendance.get(meeting.id, []), on),
            }
            by_item = self._decisions(decisions_by_meeting.get(meeting.id, []), on)
            content["agenda"] = [
                self._item(item, by_item.get(item.id, []))
                for item in sorted(items_by_meeting.get(meeting.id, []), key=lambda i: (i.position, i.id))
            ]
            content["decisions_without_item"] = by_item.get(None, [])
            content["actions"] = [
                self._action(a, on)
                for a in sorted(actions_by_meeting.get(meeting.id, []), key=lambda a: (a.position, a.id))
            ]
            content["follow_ups"] = self._follow_ups(follow_ups.get(meeting.id, []), on)
            yield meeting.id, content

    def _meeting(self, meeting: Any, objectives: list[Any]) -> dict[str, Any]:
        return {
            "id": meeting.id,
            "reference": meeting.reference,
            "series": meeting.series,
            "number": meeting.number,
            "title": meeting.title,
            "start": local(meeting.start_utc).isoformat(),
            "end": local(meeting.end_utc).isoformat() if meeting.end_utc else None,
            "location": meeting.location,
            "venue": meeting.venue,
            "modality": meeting.modality,
            "event_category": meeting.event_category,
            "main_organisers": meeting.main_organisers,
            "target_audience": meeting.target_audience,
            "language": meeting.language,
            "geographic_scope": meeting.geographic_scope,
            "sub_region": meeting.sub_region,
            "workstream_output": meeting.workstream_output,
            "chair": self.names.person(meeting.chair_id),
            "rapporteur": self.names.person(meeting.rapporteur_id),
            "objectives": sorted(o.objective for o in objectives),
            "next_meeting_date": meeting.next_meeting_date.isoformat() if meeting.next_meeting_date else None,
            "revision": meeting.revision,
        }

    def _attendance(self, rows: list[Any], on: date) -> list[dict[str, Any]]:
        entries = [
            (
                row.id,
                {
                    "person": self.names.person(row.person_id),
                    "organization": self.names.org(row.organization_id, on),
                    "role": row.role,
                    "status": row.status,
                    "arrival": row.arrival_time,
                },
            )
            for row in rows
        ]
        entries.sort(key=attendance_sort_key)
        return [entry for _, entry in entries]

    def _decisions(self, decisions: list[Any], on: date) -> dict[str | None, list[dict[str, Any]]]:
        by_item: dict[str | None, list[dict[str, Any]]] = {}
        for d in sorted(decisions, key=lambda d: (d.sequence, d.id)):
            positions = [
                {
                    "organization": self.names.org(p.organization_id, on),
                    "kind": p.kind,
                    "statement": p.statement,
                    "paragraph": p.paragraph_ref,
                    "deadline": p.ad_referendum_deadline.isoformat() if p.ad_referendum_deadline else None,
                }
                for p in self.positions.get(d.id, [])
            ]
            by_item.setdefault(d.agenda_item_id, []).append(
                {
                    "id": d.id,
                    "reference": d.reference,
                    "text": d.text,
                    "method": d.method,
                    "outcome": d.outcome,
                    "chair_note": d.chair_note,
                    "deferred_to": d.deferred_to,
                    "silence_deadline": d.silence_deadline.isoformat() if d.silence_deadline else None,
                    "objectives": sorted(o.objective for o in self.decision_objectives.get(d.id, [])),
                    "supersedes": d.supersedes_id,
                    "positions": sorted(positions, key=position_sort_key),
                }
            )
        return by_item

    def _item(self, item: Any, decisions: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "id": item.id,
            "number": item.number,
            "title": item.title,
            "standing": item.standing,
            "presenter": self.names.person(item.presenter_id),
            "notes_md": item.notes_md,
            "objectives": sorted(o.objective for o in self.item_objectives.get(item.id, [])),
            "decisions": decisions,
        }

    def _action(self, action: Any, on: date) -> dict[str, Any]:
        responsible = [self.names.org(r.organization_id, on) for r in self.responsible.get(action.id, [])]
        return {
            "id": action.id,
            "origin": self.references.get(action.meeting_id),
            "text": action.text,
            "responsible": sorted(org["acronym"] for org in responsible if org is not None),
            "responsible_person": self.names.person(action.responsible_person_id),
            "due": action.due_date.isoformat() if action.due_date else None,
            "status": action.status,
            "completed_on": action.completed_on.isoformat() if action.completed_on else None,
        }

    def _follow_ups(self, rows: list[Any], on: date) -> list[dict[str, Any]]:
        def order(f: Any) -> tuple[str, str, str]:
            action = self.actions_by_id[f.action_id]
            return self.references.get(action.meeting_id) or "", action.text, action.id

        # A follow-up of an action that is gone (a row deleted from outside) is left out; check reports it.
        known = [f for f in rows if f.action_id in self.actions_by_id]
        return [
            {"action": self._action(self.actions_by_id[f.action_id], on), "note": f.note, "status": f.status}
            for f in sorted(known, key=order)
        ]

"""The minutes' content as plain data: what the exports render and what a sign-off fingerprints.

Organisations appear under the name they had on the meeting date (DGMM before October 2021).
The canonical form (DESIGN.md §5) is JSON with sorted keys, NFC text and no insignificant spacing;
its SHA-256 is the fingerprint stored at sign-off.

One builder (issue 11): `build_contents` for many meetings (`check`), `build_content` for one (export, sign-off,
verification) is the same code for one id. The rows come from content_rows.py, one query per table; `_Assembly`
below is the only place that decides each field's shape and each list's order.

The order of every list (issue 15; docs/package-format.md points here). The content must come out the same
from any database holding the same records, whatever order the rows were inserted or are stored in (SQLite
and PostgreSQL alike), so every list has a total order ending in a stable tie-breaker, a record's id:

    meeting.objectives, agenda[].objectives,
    decisions[].objectives        the GCM objective's number (unique per meeting, item or decision)
    attendance                    organisation's acronym (as named on the meeting date; "" when none), person's
                                  full name ("" when none), then the attendance record's id
    agenda                        the item's position, then its id
    agenda[].decisions,
    decisions_without_item        the decision's sequence, then its id
    decisions[].positions         organisation's acronym (as named on the meeting date), then the organisation's
                                  id (one position per organisation and decision)
    actions                       the action point's position, then its id
    actions[].responsible         the acronyms themselves, as text
    follow_ups                    the action's origin (meeting reference), its text, then the action's id (an
                                  action is followed up at most once per meeting)

Text is compared by code point, as Python's `sorted` does. The first keys are those of the rule before issue
15, which had no tie-breakers: two records with equal first keys (two follow-ups of actions with the same text
and origin, two attendees called alike from one organisation) came out in the order the database returned
them. Minutes signed off under that rule keep their stored content and fingerprint as they are; the check of
stored against live content (`same_substance`) compares the lists whose order is only a sorting rule
(attendance, positions, follow-ups, responsible organisations) regardless of order, so tied records in
either order match, and no signed-off minutes, Word file or package becomes "altered".
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from unnm_desktop.domain.clock import local
from unnm_desktop.services.common import get_or_fail
from unnm_desktop.services.directory.entries import name_at
from unnm_desktop.services.minutes import content_rows
from unnm_desktop.services.minutes.content_rows import MeetingRows, read_meeting_rows
from unnm_desktop.store.models import Meeting

CONTENT_FORMAT = "unnm-minutes/1"


def build_content(session: Session, meeting_id: str) -> dict[str, Any]:
    """One meeting's content (what an export renders and a sign-off fingerprints): `build_contents` for one id."""
    contents = dict(build_contents(session, [meeting_id]))
    if meeting_id not in contents:
        get_or_fail(session, Meeting, meeting_id, "meeting")  # raises the services' own "no such meeting"
    return contents[meeting_id]


def build_contents(session: Session, meeting_ids: Iterable[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(meeting id, content) for each of these meetings, in the order asked for; ids that name no meeting are
    left out. The rows are read a chunk of meetings at a time (one query per table), so memory stays bounded
    and `check` proves 1,000 meetings in a few seconds (issue 11)."""
    ids = list(dict.fromkeys(meeting_ids))
    session.flush()  # the rows are read below the ORM: let them include what this session has not written yet
    for start in range(0, len(ids), content_rows.CHUNK):
        yield from _Assembly(read_meeting_rows(session, ids[start : start + content_rows.CHUNK])).contents()


class _Assembly:
    """The one place that decides the content's shape (every field) and order (every list) from the rows."""

    def __init__(self, rows: MeetingRows) -> None:
        self.rows = rows
        self._renamed = {org_id for org_id, org in rows.organizations.items() if org.aliases}
        self._named: dict[tuple[str, date | None], dict[str, str]] = {}
        self._people: dict[str | None, dict[str, str] | None] = {}

    def contents(self) -> Iterator[tuple[str, dict[str, Any]]]:
        rows = self.rows
        for meeting in rows.meetings:
            on = local(meeting.start_utc).date()
            by_item = self._decisions(rows.decisions.get(meeting.id, []), on)
            yield (
                meeting.id,
                {
                    "format": CONTENT_FORMAT,
                    "meeting": self._meeting(meeting),
                    "attendance": self._attendance(rows.attendance.get(meeting.id, []), on),
                    "agenda": [
                        self._item(item, by_item.get(item.id, []))
                        for item in sorted(rows.items.get(meeting.id, []), key=lambda i: (i.position, i.id))
                    ],
                    "decisions_without_item": by_item.get(None, []),
                    "actions": [
                        self._action(action, on)
                        for action in sorted(rows.actions.get(meeting.id, []), key=lambda a: (a.position, a.id))
                    ],
                    "follow_ups": self._follow_ups(rows.follow_ups.get(meeting.id, []), on),
                },
            )

    def _organization(self, org_id: str | None, on: date) -> dict[str, str] | None:
        """An organisation as the content names it: as it was named on the meeting date `on`; None when the row
        points nowhere (a database edited from outside)."""
        org = self.rows.organizations.get(org_id) if org_id is not None else None
        if org is None:
            return None
        # Only an organisation with earlier names is named by date; most have none (one entry for all dates).
        key = (org_id, on if org_id in self._renamed else None)
        if key not in self._named:
            acronym, name_en, name_tr = name_at(org, on)
            self._named[key] = {
                "id": org.id,
                "acronym": acronym,
                "name_en": name_en,
                "name_tr": name_tr,
                "kind": org.kind,
            }
        return dict(self._named[key])  # a fresh dict each time: callers may hold and change them independently

    def _person(self, person_id: str | None) -> dict[str, str] | None:
        """A person as the content names them; None when the row points nowhere."""
        if person_id not in self._people:
            person = self.rows.people.get(person_id) if person_id is not None else None
            self._people[person_id] = (
                None if person is None else {"id": person.id, "name": person.full_name, "title": person.title}
            )
        named = self._people[person_id]
        return dict(named) if named is not None else None

    def _meeting(self, meeting: Any) -> dict[str, Any]:
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
            "chair": self._person(meeting.chair_id),
            "rapporteur": self._person(meeting.rapporteur_id),
            "objectives": sorted(o.objective for o in self.rows.objectives.get(meeting.id, [])),
            "next_meeting_date": meeting.next_meeting_date.isoformat() if meeting.next_meeting_date else None,
            "revision": meeting.revision,
        }

    def _attendance(self, attendance: list[Any], on: date) -> list[dict[str, Any]]:
        entries = [
            (
                row.id,
                {
                    "person": self._person(row.person_id),
                    "organization": self._organization(row.organization_id, on),
                    "role": row.role,
                    "status": row.status,
                    "arrival": row.arrival_time,
                },
            )
            for row in attendance
        ]
        entries.sort(key=_attendance_order)
        return [entry for _, entry in entries]

    def _decisions(self, decisions: list[Any], on: date) -> dict[str | None, list[dict[str, Any]]]:
        """The meeting's decisions under the id of their agenda item (None: decisions without an item)."""
        by_item: dict[str | None, list[dict[str, Any]]] = {}
        for d in sorted(decisions, key=lambda d: (d.sequence, d.id)):
            positions = [
                {
                    "organization": self._organization(p.organization_id, on),
                    "kind": p.kind,
                    "statement": p.statement,
                    "paragraph": p.paragraph_ref,
                    "deadline": p.ad_referendum_deadline.isoformat() if p.ad_referendum_deadline else None,
                }
                for p in self.rows.positions.get(d.id, [])
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
                    "objectives": sorted(o.objective for o in self.rows.decision_objectives.get(d.id, [])),
                    "supersedes": d.supersedes_id,
                    "positions": sorted(positions, key=_position_order),
                }
            )
        return by_item

    def _item(self, item: Any, decisions: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "id": item.id,
            "number": item.number,
            "title": item.title,
            "standing": item.standing,
            "presenter": self._person(item.presenter_id),
            "notes_md": item.notes_md,
            "objectives": sorted(o.objective for o in self.rows.item_objectives.get(item.id, [])),
            "decisions": decisions,
        }

    def _action(self, action: Any, on: date) -> dict[str, Any]:
        responsible = [self._organization(r.organization_id, on) for r in self.rows.responsible.get(action.id, [])]
        return {
            "id": action.id,
            "origin": self.rows.references.get(action.meeting_id),
            "text": action.text,
            "responsible": sorted(org["acronym"] for org in responsible if org is not None),
            "responsible_person": self._person(action.responsible_person_id),
            "due": action.due_date.isoformat() if action.due_date else None,
            "status": action.status,
            "completed_on": action.completed_on.isoformat() if action.completed_on else None,
        }

    def _follow_ups(self, follow_ups: list[Any], on: date) -> list[dict[str, Any]]:
        actions = self.rows.actions_by_id

        def order(f: Any) -> tuple[str, str, str]:
            action = actions[f.action_id]
            return self.rows.references.get(action.meeting_id) or "", action.text, action.id

        # A follow-up of an action that is gone (a row deleted from outside) is left out; check reports it.
        known = [f for f in follow_ups if f.action_id in actions]
        return [
            {"action": self._action(actions[f.action_id], on), "note": f.note, "status": f.status}
            for f in sorted(known, key=order)
        ]


def _attendance_order(entry: tuple[str, dict[str, Any]]) -> tuple[str, str, str]:
    """(record id, entry) by organisation's acronym, person's name, record id."""
    record_id, fields = entry
    return (fields["organization"] or {}).get("acronym", ""), (fields["person"] or {}).get("name", ""), record_id


def _position_order(entry: dict[str, Any]) -> tuple[str, str]:
    """A decision's positions by organisation's acronym, then its id."""
    organization = entry["organization"] or {"acronym": "", "id": ""}  # None only in a database edited from outside
    return organization["acronym"], organization["id"]


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value


def canonical_json(content: dict[str, Any]) -> str:
    return json.dumps(_nfc(content), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def fingerprint(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


# Fields that legitimately change after sign-off without changing what the minutes record: an action's
# progress is tracked at later meetings, and a directory entry (a name's spelling) may be corrected.
_TRACKING_FIELDS = ("status", "completed_on", "responsible")


def recorded_substance(content: dict[str, Any]) -> Any:
    """The part of the content that must never change once signed off (for consistency checks)."""

    def strip(value: Any, parent_key: str = "") -> Any:
        if isinstance(value, dict):
            if "id" in value and ("acronym" in value or "name" in value):
                return value["id"]  # an organisation or a person: only who, not how spelled today
            drop = _TRACKING_FIELDS if parent_key in ("actions", "action") else ()
            return {k: strip(v, k) for k, v in value.items() if k not in drop}
        if isinstance(value, list):
            return [strip(v, parent_key) for v in value]
        return value

    return strip(_nfc(content))


# Lists whose order is only the sorting rule above (by names, which may be corrected after sign-off, with ties
# that the rule before issue 15 left to the database): their order says nothing the minutes record.
_SORTED_BY_RULE = ("attendance", "positions", "follow_ups", "responsible")


def comparable_substance(content: dict[str, Any]) -> Any:
    """`recorded_substance`, with the lists ordered only by the sorting rule put in one order that does not
    depend on ties or on names: two contents compare equal whichever ordering rule each was built under.
    (An index in such a list, e.g. in `verification`'s "first difference at attendance[3]", counts in that
    order, not the document's.)"""

    def settle(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: sorted((settle(v) for v in item), key=_json_key)
                if k in _SORTED_BY_RULE and isinstance(item, list)
                else settle(item)
                for k, item in value.items()
            }
        if isinstance(value, list):
            return [settle(v) for v in value]
        return value

    return settle(recorded_substance(content))


def _json_key(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def same_substance(stored: dict[str, Any], live: dict[str, Any]) -> bool:
    """Do the stored signed-off content and the content built from the live rows record the same minutes?"""
    return comparable_substance(stored) == comparable_substance(live)

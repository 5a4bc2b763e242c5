"""The minutes' content as plain data: what the exports render and what a sign-off fingerprints.

Organisations appear under the name they had on the meeting date (DGMM before October 2021).
The canonical form (DESIGN.md §5) is JSON with sorted keys, NFC text and no insignificant spacing;
its SHA-256 is the fingerprint stored at sign-off.

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
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from unnm_desktop.domain.clock import local
from unnm_desktop.services.common import get_or_fail
from unnm_desktop.services.directory.entries import name_at
from unnm_desktop.store.models import (
    ActionFollowUp,
    ActionPoint,
    ActionResponsible,
    Attendance,
    Decision,
    Meeting,
    Organization,
    Person,
    Position,
)

CONTENT_FORMAT = "unnm-minutes/1"


def org_entry(org: Organization | None, on: Any) -> dict[str, str] | None:
    """An organisation as the content names it: as it was named on the meeting date `on`."""
    if org is None:
        return None
    acronym, name_en, name_tr = name_at(org, on)
    return {"id": org.id, "acronym": acronym, "name_en": name_en, "name_tr": name_tr, "kind": org.kind}


def person_entry(person: Person | None) -> dict[str, str] | None:
    """A person as the content names them (anything with id, full_name and title: a Person or a row)."""
    if person is None:
        return None
    return {"id": person.id, "name": person.full_name, "title": person.title}


def _action(action: ActionPoint, on: Any) -> dict[str, Any]:
    return {
        "id": action.id,
        "origin": action.meeting.reference,
        "text": action.text,
        "responsible": sorted(org_entry(r.organization, on)["acronym"] for r in action.responsible),  # type: ignore[index]
        "responsible_person": person_entry(action.responsible_person),
        "due": action.due_date.isoformat() if action.due_date else None,
        "status": action.status,
        "completed_on": action.completed_on.isoformat() if action.completed_on else None,
    }


def _attendance(rows: Sequence[Attendance], on: Any) -> list[dict[str, Any]]:
    entries = [
        (
            row.id,
            {
                "person": person_entry(row.person),
                "organization": org_entry(row.organization, on),
                "role": row.role,
                "status": row.status,
                "arrival": row.arrival_time,
            },
        )
        for row in rows
    ]
    entries.sort(key=attendance_sort_key)
    return [entry for _, entry in entries]


def attendance_sort_key(entry: tuple[str, dict[str, Any]]) -> tuple[str, str, str]:
    """The order of attendance: (record id, entry) by organisation's acronym, person's name, record id."""
    record_id, fields = entry
    return (fields["organization"] or {}).get("acronym", ""), (fields["person"] or {}).get("name", ""), record_id


def _positions(positions: Sequence[Position], on: Any) -> list[dict[str, Any]]:
    entries = [
        {
            "organization": org_entry(p.organization, on),
            "kind": p.kind,
            "statement": p.statement,
            "paragraph": p.paragraph_ref,
            "deadline": p.ad_referendum_deadline.isoformat() if p.ad_referendum_deadline else None,
        }
        for p in positions
    ]
    return sorted(entries, key=position_sort_key)


def position_sort_key(entry: dict[str, Any]) -> tuple[str, str]:
    """The order of a decision's positions: by organisation's acronym, then its id."""
    organization = entry["organization"] or {"acronym": "", "id": ""}  # None only in a database edited from outside
    return organization["acronym"], organization["id"]


def build_content(session: Session, meeting_id: str) -> dict[str, Any]:
    meeting = get_or_fail(session, Meeting, meeting_id, "meeting")
    on = local(meeting.start_utc).date()
    attendance = session.scalars(
        select(Attendance)
        .where(Attendance.meeting_id == meeting_id)
        .options(
            selectinload(Attendance.person),
            selectinload(Attendance.organization).selectinload(Organization.aliases),
        )
    ).all()
    decisions = session.scalars(
        select(Decision)
        .where(Decision.meeting_id == meeting_id)
        .options(
            selectinload(Decision.positions).selectinload(Position.organization).selectinload(Organization.aliases)
        )
        .order_by(Decision.sequence, Decision.id)
    ).all()
    decisions_by_item: dict[str | None, list[dict[str, Any]]] = {}
    for d in decisions:
        decisions_by_item.setdefault(d.agenda_item_id, []).append(
            {
                "id": d.id,
                "reference": d.reference,
                "text": d.text,
                "method": d.method,
                "outcome": d.outcome,
                "chair_note": d.chair_note,
                "deferred_to": d.deferred_to,
                "silence_deadline": d.silence_deadline.isoformat() if d.silence_deadline else None,
                "objectives": sorted(o.objective for o in d.objectives),
                "supersedes": d.supersedes_id,
                "positions": _positions(d.positions, on),
            }
        )
    action_options = (
        selectinload(ActionPoint.responsible)
        .selectinload(ActionResponsible.organization)
        .selectinload(Organization.aliases),
        selectinload(ActionPoint.meeting),
        selectinload(ActionPoint.responsible_person),
    )
    actions = session.scalars(
        select(ActionPoint)
        .where(ActionPoint.meeting_id == meeting_id)
        .options(*action_options)
        .order_by(ActionPoint.position, ActionPoint.id)
    ).all()
    follow_ups = session.scalars(
        select(ActionFollowUp)
        .where(ActionFollowUp.meeting_id == meeting_id)
        .options(*(selectinload(ActionFollowUp.action).options(option) for option in action_options))
    ).all()
    return {
        "format": CONTENT_FORMAT,
        "meeting": {
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
            "chair": person_entry(meeting.chair),
            "rapporteur": person_entry(meeting.rapporteur),
            "objectives": sorted(o.objective for o in meeting.objectives),
            "next_meeting_date": meeting.next_meeting_date.isoformat() if meeting.next_meeting_date else None,
            "revision": meeting.revision,
        },
        "attendance": _attendance(attendance, on),
        "agenda": [
            {
                "id": item.id,
                "number": item.number,
                "title": item.title,
                "standing": item.standing,
                "presenter": person_entry(item.presenter),
                "notes_md": item.notes_md,
                "objectives": sorted(o.objective for o in item.objectives),
                "decisions": decisions_by_item.get(item.id, []),
            }
            for item in sorted(meeting.agenda_items, key=lambda i: (i.position, i.id))
        ],
        "decisions_without_item": decisions_by_item.get(None, []),
        "actions": [_action(a, on) for a in actions],
        "follow_ups": [
            {"action": _action(f.action, on), "note": f.note, "status": f.status}
            for f in sorted(follow_ups, key=lambda f: (f.action.meeting.reference, f.action.text, f.action.id))
        ],
    }


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

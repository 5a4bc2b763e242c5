"""The meeting package's shape (docs/package-format.md): field lists, value conversion, reading from the database.

One table of fields per kind of record drives the export, the import and the hash, so the three cannot drift
apart. JSON keys are the database column names; a parent's id is implied by nesting and not repeated.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from unnm_desktop.services.minutes import canonical_json
from unnm_desktop.store.models import AuditEvent, Base

FORMAT_NAME = "unnm-meeting-package"
FORMAT_VERSION = 1

# Limits (also in the schema and the docs). A package is one meeting: these are far above any real one.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_LONG_TEXT = 2_000_000  # characters: agenda notes, decision texts, statements, action texts, follow-up notes
MAX_SIGNED_CONTENT = 50_000_000  # characters of a sign-off's stored content (all notes of a meeting)

ID, TEXT, INT, DATE, DATETIME = "id", "text", "int", "date", "datetime"

# kind -> (table, {json key / column: value type}); the order is the order written to the file.
FIELDS: dict[str, tuple[str, dict[str, str]]] = {
    "organization": ("organization", {"id": ID, "acronym": TEXT, "name_en": TEXT, "name_tr": TEXT, "kind": TEXT}),
    "alias": (
        "organization_alias",
        {"id": ID, "acronym": TEXT, "name_en": TEXT, "name_tr": TEXT, "valid_from": DATE, "valid_to": DATE},
    ),
    "person": ("person", {"id": ID, "full_name": TEXT, "title": TEXT, "organization_id": ID, "email": TEXT}),
    "meeting": (
        "meeting",
        {
            "id": ID,
            "reference": TEXT,
            "series": TEXT,
            "number": INT,
            "title": TEXT,
            "start_utc": DATETIME,
            "end_utc": DATETIME,
            "location": TEXT,
            "venue": TEXT,
            "modality": TEXT,
            "event_category": TEXT,
            "main_organisers": TEXT,
            "target_audience": TEXT,
            "language": TEXT,
            "geographic_scope": TEXT,
            "sub_region": TEXT,
            "workstream_output": TEXT,
            "chair_id": ID,
            "rapporteur_id": ID,
            "status": TEXT,
            "revision": INT,
            "previous_meeting_id": ID,
            "next_meeting_date": DATE,
        },
    ),
    "attendance": (
        "attendance",
        {
            "id": ID,
            "person_id": ID,
            "organization_id": ID,
            "role": TEXT,
            "status": TEXT,
            "arrival_time": TEXT,
            "departure_time": TEXT,
        },
    ),
    "agenda_item": (
        "agenda_item",
        {
            "id": ID,
            "position": INT,
            "number": TEXT,
            "title": TEXT,
            "standing": TEXT,
            "presenter_id": ID,
            "planned_minutes": INT,
            "actual_start": DATETIME,
            "actual_end": DATETIME,
            "elapsed_seconds": INT,
            "notes_md": TEXT,
            "status": TEXT,
        },
    ),
    "decision": (
        "decision",
        {
            "id": ID,
            "agenda_item_id": ID,
            "sequence": INT,
            "reference": TEXT,
            "text": TEXT,
            "method": TEXT,
            "outcome": TEXT,
            "chair_note": TEXT,
            "deferred_to": TEXT,
            "silence_deadline": DATETIME,
            "supersedes_id": ID,
        },
    ),
    "position": (
        "position",
        {
            "id": ID,
            "organization_id": ID,
            "kind": TEXT,
            "statement": TEXT,
            "paragraph_ref": TEXT,
            "ad_referendum_deadline": DATE,
        },
    ),
    "action_point": (
        "action_point",
        {
            "id": ID,
            "decision_id": ID,
            "position": INT,
            "text": TEXT,
            "responsible_person_id": ID,
            "due_date": DATE,
            "status": TEXT,
            "completed_on": DATE,
        },
    ),
    "follow_up": ("action_follow_up", {"id": ID, "action_id": ID, "note": TEXT, "status": TEXT}),
    "sign_off": (
        "sign_off",
        {
            "id": ID,
            "revision": INT,
            "signed_at": DATETIME,
            "content_json": TEXT,
            "content_sha256": TEXT,
            "reason": TEXT,
            "replaces_id": ID,
            "reopened_at": DATETIME,
            "reopen_reason": TEXT,
        },
    ),
    "signatory": (
        "signatory",
        {"id": ID, "position": INT, "name": TEXT, "title": TEXT, "role": TEXT, "signed_on": DATE},
    ),
}

# Meetings referenced but not carried (an earlier meeting whose action points this one follows up, the previous
# meeting of the series): only these header fields travel, with the referenced records.
REFERENCED_MEETING_FIELDS = (
    "id",
    "reference",
    "series",
    "number",
    "title",
    "start_utc",
    "end_utc",
    "location",
    "language",
)
# Copies of another meeting's records drop the links that would pull in yet more of that meeting.
REFERENCED_ACTION_DROPS = ("decision_id",)
REFERENCED_DECISION_DROPS = ("agenda_item_id", "supersedes_id")

SYNC_ACTIONS = ("package_export", "package_import")


def table(kind: str) -> Table:
    return Base.metadata.tables[FIELDS[kind][0]]


def fields(kind: str) -> dict[str, str]:
    return FIELDS[kind][1]


# --- values ------------------------------------------------------------------------------------------------


def to_json(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == DATETIME:
        return value.astimezone(timezone.utc).isoformat()
    if kind == DATE:
        return value.isoformat()
    return value


def from_json(kind: str, value: Any) -> Any:
    """The database value of a JSON value that the validator has already checked."""
    if value is None:
        return None
    if kind == DATETIME:
        return datetime.fromisoformat(value).astimezone(timezone.utc)
    if kind == DATE:
        return date.fromisoformat(value)
    return value


def row_to_json(kind: str, row: Any) -> dict[str, Any]:
    return {name: to_json(type_, getattr(row, name)) for name, type_ in fields(kind).items()}


def json_to_columns(kind: str, entry: dict[str, Any], drops: Iterable[str] = ()) -> dict[str, Any]:
    dropped = set(drops)
    return {
        name: None if name in dropped else from_json(type_, entry.get(name)) for name, type_ in fields(kind).items()
    }


# --- canonical form and hash -------------------------------------------------------------------------------


def _by(*keys: str):  # type: ignore[no-untyped-def]
    return lambda entry: tuple((entry[k] is None, entry[k] if entry[k] is not None else 0) for k in keys)


def canonical_meeting(entry: dict[str, Any]) -> dict[str, Any]:
    """The meeting entry with every list in a fixed order and without its `sync` block."""
    result = {k: v for k, v in entry.items() if k != "sync"}
    result["objectives"] = sorted(entry["objectives"])
    result["attendance"] = sorted(entry["attendance"], key=_by("id"))
    result["agenda_items"] = sorted(
        ({**i, "objectives": sorted(i["objectives"])} for i in entry["agenda_items"]), key=_by("position", "id")
    )
    result["decisions"] = sorted((_canonical_decision(d) for d in entry["decisions"]), key=_by("sequence", "id"))
    result["action_points"] = sorted((_canonical_action(a) for a in entry["action_points"]), key=_by("position", "id"))
    result["follow_ups"] = sorted(entry["follow_ups"], key=_by("id"))
    result["sign_offs"] = sorted(
        ({**s, "signatories": sorted(s["signatories"], key=_by("position", "id"))} for s in entry["sign_offs"]),
        key=_by("revision", "id"),
    )
    return result


def _canonical_decision(decision: dict[str, Any]) -> dict[str, Any]:
    return {
        **decision,
        "objectives": sorted(decision["objectives"]),
        "positions": sorted(decision["positions"], key=_by("id")),
    }


def _canonical_action(action: dict[str, Any]) -> dict[str, Any]:
    return {**action, "responsible_organization_ids": sorted(action["responsible_organization_ids"])}


def meeting_hash(entry: dict[str, Any]) -> str:
    """SHA-256 of the meeting's canonical JSON: equal on two machines exactly when the meeting is."""
    return hashlib.sha256(canonical_json(canonical_meeting(entry)).encode("utf-8")).hexdigest()


# --- reading from the database -----------------------------------------------------------------------------


def _select(session: Session, kind: str, *where: Any) -> list[Any]:
    return list(session.execute(select(table(kind)).where(*where)).all())


def _objectives(session: Session, table_name: str, owner: str, ids: list[str]) -> dict[str, list[int]]:
    result: dict[str, list[int]] = {i: [] for i in ids}
    if ids:
        t = Base.metadata.tables[table_name]
        for owner_id, objective in session.execute(select(t.c[owner], t.c.objective).where(t.c[owner].in_(ids))):
            result[owner_id].append(objective)
    return {k: sorted(v) for k, v in result.items()}


def read_decisions(session: Session, *where: Any) -> list[dict[str, Any]]:
    rows = _select(session, "decision", *where)
    ids = [r.id for r in rows]
    objectives = _objectives(session, "decision_objective", "decision_id", ids)
    positions: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    if ids:
        for p in _select(session, "position", table("position").c.decision_id.in_(ids)):
            positions[p.decision_id].append(row_to_json("position", p))
    return [{**row_to_json("decision", r), "objectives": objectives[r.id], "positions": positions[r.id]} for r in rows]


def read_actions(session: Session, *where: Any) -> list[dict[str, Any]]:
    rows = _select(session, "action_point", *where)
    ids = [r.id for r in rows]
    responsible: dict[str, list[str]] = {i: [] for i in ids}
    if ids:
        t = Base.metadata.tables["action_responsible"]
        for action_id, org_id in session.execute(
            select(t.c.action_id, t.c.organization_id).where(t.c.action_id.in_(ids))
        ):
            responsible[action_id].append(org_id)
    return [{**row_to_json("action_point", r), "responsible_organization_ids": responsible[r.id]} for r in rows]


def read_meeting(session: Session, meeting_id: str) -> tuple[dict[str, Any], datetime | None]:
    """The meeting entry as it goes into a package (canonical order), and when any of its rows last changed."""
    (meeting,) = _select(session, "meeting", table("meeting").c.id == meeting_id)
    changed = [meeting.updated_at]
    attendance = _select(session, "attendance", table("attendance").c.meeting_id == meeting_id)
    items = _select(session, "agenda_item", table("agenda_item").c.meeting_id == meeting_id)
    item_objectives = _objectives(session, "agenda_item_objective", "agenda_item_id", [i.id for i in items])
    decisions = read_decisions(session, table("decision").c.meeting_id == meeting_id)
    actions = read_actions(session, table("action_point").c.meeting_id == meeting_id)
    follow_ups = _select(session, "follow_up", table("follow_up").c.meeting_id == meeting_id)
    sign_offs = _select(session, "sign_off", table("sign_off").c.meeting_id == meeting_id)
    signatories: dict[str, list[dict[str, Any]]] = {s.id: [] for s in sign_offs}
    if sign_offs:
        for s in _select(session, "signatory", table("signatory").c.sign_off_id.in_(list(signatories))):
            signatories[s.sign_off_id].append(row_to_json("signatory", s))
    changed += [r.updated_at for r in (*attendance, *items, *follow_ups)]
    entry = {
        **row_to_json("meeting", meeting),
        "objectives": _objectives(session, "meeting_objective", "meeting_id", [meeting_id])[meeting_id],
        "attendance": [row_to_json("attendance", r) for r in attendance],
        "agenda_items": [{**row_to_json("agenda_item", i), "objectives": item_objectives[i.id]} for i in items],
        "decisions": decisions,
        "action_points": actions,
        "follow_ups": [row_to_json("follow_up", f) for f in follow_ups],
        "sign_offs": [{**row_to_json("sign_off", s), "signatories": signatories[s.id]} for s in sign_offs],
    }
    return canonical_meeting(entry), max((c for c in changed if c is not None), default=None)


def read_referenced_meeting(
    session: Session, meeting_id: str, action_ids: set[str], decision_ids: set[str]
) -> dict[str, Any]:
    (meeting,) = _select(session, "meeting", table("meeting").c.id == meeting_id)
    header = row_to_json("meeting", meeting)
    actions = read_actions(session, table("action_point").c.id.in_(sorted(action_ids))) if action_ids else []
    decisions = read_decisions(session, table("decision").c.id.in_(sorted(decision_ids))) if decision_ids else []
    for action in actions:
        for name in REFERENCED_ACTION_DROPS:
            action.pop(name)
    for decision in decisions:
        for name in REFERENCED_DECISION_DROPS:
            decision.pop(name)
    return {
        **{name: header[name] for name in REFERENCED_MEETING_FIELDS},
        "action_points": sorted((_canonical_action(a) for a in actions), key=_by("id")),
        "decisions": sorted((_canonical_decision(d) for d in decisions), key=_by("id")),
    }


def read_organizations(session: Session, ids: set[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    orgs = _select(session, "organization", table("organization").c.id.in_(sorted(ids)))
    aliases: dict[str, list[dict[str, Any]]] = {o.id: [] for o in orgs}
    for a in _select(session, "alias", table("alias").c.organization_id.in_(sorted(ids))):
        aliases[a.organization_id].append(row_to_json("alias", a))
    return sorted(
        ({**row_to_json("organization", o), "aliases": sorted(aliases[o.id], key=_by("id"))} for o in orgs),
        key=_by("id"),
    )


def read_people(session: Session, ids: set[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    return sorted(
        (row_to_json("person", p) for p in _select(session, "person", table("person").c.id.in_(sorted(ids)))),
        key=_by("id"),
    )


# --- what this database last exchanged by package ----------------------------------------------------------


def sync_history(session: Session, meeting_id: str) -> list[dict[str, Any]]:
    """The package exports and imports of a meeting recorded in the audit log, oldest first."""
    rows = session.execute(
        select(AuditEvent.after_json)
        .where(
            AuditEvent.entity == "meeting",
            AuditEvent.entity_id == meeting_id,
            AuditEvent.action.in_(SYNC_ACTIONS),
        )
        .order_by(AuditEvent.seq)
    ).scalars()
    history = []
    for raw in rows:
        try:
            after = json.loads(raw or "null")
        except ValueError:
            continue
        if isinstance(after, dict) and isinstance(after.get("sha256"), str):
            history.append(after)
    return history

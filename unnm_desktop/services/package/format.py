"""The meeting package's shape (docs/package-format.md): field lists, value conversion, reading from the database.

One table of fields per kind of record drives the export, the import and the hash, so the three cannot drift
apart. JSON keys are the database column names; a parent's id is implied by nesting and not repeated.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Table

from unnm_desktop.domain.label_versions import FIRST_LABEL_VERSION
from unnm_desktop.services.minutes.content import canonical_json
from unnm_desktop.store.models import Base

FORMAT_NAME = "unnm-meeting-package"
FORMAT_VERSION = 1

# Limits (also in the schema and the docs). A package is one meeting: these are far above any real one.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_LONG_TEXT = 2_000_000  # characters: agenda notes, decision texts, statements, action texts, follow-up notes
MAX_SIGNED_CONTENT = 50_000_000  # characters of a sign-off's stored content (all notes of a meeting)

ID, TEXT, INT, DATE, DATETIME, ZONE, LABELS = "id", "text", "int", "date", "datetime", "zone", "labels"
# A package written before meetings had a time zone (or one of a meeting in Istanbul) leaves it out.
DEFAULT_TIME_ZONE = "Europe/Istanbul"
# A package written before sign-offs had a label version leaves it out: those were printed with version 1.
DEFAULT_LABEL_VERSION = FIRST_LABEL_VERSION

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
            "time_zone": ZONE,
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
            "completion_note": TEXT,
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
            "label_version": LABELS,
        },
    ),
    "signatory": (
        "signatory",
        {"id": ID, "position": INT, "name": TEXT, "title": TEXT, "role": TEXT, "signed_on": DATE},
    ),
    # Issue 14: a closure recorded after sign-off (services/package/addenda.py); a meeting without any leaves
    # the `addenda` list out.
    "addendum": (
        "minutes_addendum",
        {
            "id": ID,
            "sign_off_id": ID,
            "number": INT,
            "decision_id": ID,
            "kind": TEXT,
            "organization_id": ID,
            "occurred_on": DATE,
            "occurred_time": TEXT,
            "note": TEXT,
            "on_what": TEXT,
            "outcome_after": TEXT,
            "signed_at": DATETIME,
            "signed_by": TEXT,
            "content_json": TEXT,
            "content_sha256": TEXT,
            "label_version": INT,
        },
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
    if kind == ZONE:
        return value or DEFAULT_TIME_ZONE
    if kind == LABELS:
        return DEFAULT_LABEL_VERSION if value is None else value
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


def sort_key(*keys: str):  # type: ignore[no-untyped-def]
    return lambda entry: tuple((entry[k] is None, entry[k] if entry[k] is not None else 0) for k in keys)


def canonical_meeting(entry: dict[str, Any]) -> dict[str, Any]:
    """The meeting entry with every list in a fixed order and without its `sync` block."""
    result = {k: v for k, v in entry.items() if k != "sync"}
    # Istanbul is what a package without the field means: leaving it out keeps the hashes of packages
    # written before the field existed, so their meetings do not look changed.
    if result.get("time_zone", DEFAULT_TIME_ZONE) == DEFAULT_TIME_ZONE:
        result.pop("time_zone", None)
    result["objectives"] = sorted(entry["objectives"])
    result["attendance"] = sorted(entry["attendance"], key=sort_key("id"))
    result["agenda_items"] = sorted(
        ({**i, "objectives": sorted(i["objectives"])} for i in entry["agenda_items"]), key=sort_key("position", "id")
    )
    result["decisions"] = sorted((canonical_decision(d) for d in entry["decisions"]), key=sort_key("sequence", "id"))
    result["action_points"] = sorted(
        (canonical_action(a) for a in entry["action_points"]), key=sort_key("position", "id")
    )
    result["follow_ups"] = sorted(entry["follow_ups"], key=sort_key("id"))
    result["sign_offs"] = sorted((_canonical_sign_off(s) for s in entry["sign_offs"]), key=sort_key("revision", "id"))
    # Addenda (issue 14) only when there are any: the hashes of meetings without stay as they were.
    if entry.get("addenda"):
        result["addenda"] = sorted(entry["addenda"], key=sort_key("number", "id"))
    else:
        result.pop("addenda", None)
    return result


def _canonical_sign_off(sign_off: dict[str, Any]) -> dict[str, Any]:
    result = {**sign_off, "signatories": sorted(sign_off["signatories"], key=sort_key("position", "id"))}
    # Version 1 is what a package without the field means: leaving it out keeps the hashes of older packages.
    if result.get("label_version", DEFAULT_LABEL_VERSION) == DEFAULT_LABEL_VERSION:
        result.pop("label_version", None)
    return result


def canonical_decision(decision: dict[str, Any]) -> dict[str, Any]:
    return {
        **decision,
        "objectives": sorted(decision["objectives"]),
        "positions": sorted(decision["positions"], key=sort_key("id")),
    }


def canonical_action(action: dict[str, Any]) -> dict[str, Any]:
    return {**action, "responsible_organization_ids": sorted(action["responsible_organization_ids"])}


def meeting_hash(entry: dict[str, Any]) -> str:
    """SHA-256 of the meeting's canonical JSON: equal on two machines exactly when the meeting is."""
    return hashlib.sha256(canonical_json(canonical_meeting(entry)).encode("utf-8")).hexdigest()

"""A package's meeting entry as the records a sync merges (services/sync/records.py), and back.

A record holds the same fields as `read_snapshot` reads from the tables: the package's fields without the id,
the parent's id that nesting implies (`meeting_id`, a position's `decision_id`), the list fields (objectives,
responsible organisations, a sign-off's signatories) and the defaults a package leaves out (Istanbul's time zone,
label version 1). So a record read from this database and one read from a package compare equal exactly when the
row is the same, and a conflict stored from them is resolved by `sync resolve` like any other.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from unnm_desktop.services.package.format import (
    DEFAULT_LABEL_VERSION,
    DEFAULT_TIME_ZONE,
    LABELS,
    ZONE,
    canonical_meeting,
    fields,
)
from unnm_desktop.services.sync.records import SIGNATORIES, Key, Record

# (the entry's list, the package's kind, the sync's kind); every one is a row with a meeting_id.
CHILDREN = (
    ("attendance", "attendance", "attendance"),
    ("agenda_items", "agenda_item", "agenda_item"),
    ("decisions", "decision", "decision"),
    ("action_points", "action_point", "action_point"),
    ("follow_ups", "follow_up", "action_follow_up"),
    ("sign_offs", "sign_off", "sign_off"),
)
# Lists kept inside a record, as the sync keeps them.
_LISTS = {"meeting": "objectives", "agenda_item": "objectives", "decision": "objectives"}
_RESPONSIBLE = "responsible_organization_ids"


def _fields_of(package_kind: str, row: Mapping[str, Any]) -> Record:
    record: Record = {}
    for name, type_ in fields(package_kind).items():
        if name == "id":
            continue
        value = row.get(name)
        if type_ == ZONE:
            value = value or DEFAULT_TIME_ZONE
        elif type_ == LABELS and value is None:
            value = DEFAULT_LABEL_VERSION
        record[name] = value
    if package_kind in _LISTS:
        record[_LISTS[package_kind]] = sorted(row["objectives"])
    if package_kind == "action_point":
        record[_RESPONSIBLE] = sorted(row[_RESPONSIBLE])
    if package_kind == "sign_off":
        record[SIGNATORIES] = sorted(
            ({"id": s["id"], **_fields_of("signatory", s)} for s in row["signatories"]),
            key=lambda signatory: (signatory["position"], signatory["id"]),
        )
    return record


def entry_records(entry: Mapping[str, Any]) -> dict[Key, Record]:
    """The meeting entry (a package's, or this database's as `read_meeting` gives it) as sync records."""
    meeting_id = entry["id"]
    records: dict[Key, Record] = {("meeting", meeting_id): _fields_of("meeting", entry)}
    for name, package_kind, kind in CHILDREN:
        for row in entry[name]:
            records[(kind, row["id"])] = {**_fields_of(package_kind, row), "meeting_id": meeting_id}
            for position in row.get("positions", ()) if package_kind == "decision" else ():
                records[("position", position["id"])] = {**_fields_of("position", position), "decision_id": row["id"]}
    return records


def _row(package_kind: str, record_id: str, record: Mapping[str, Any]) -> dict[str, Any]:
    row = {"id": record_id, **{name: record.get(name) for name in fields(package_kind) if name != "id"}}
    if package_kind in _LISTS:
        row["objectives"] = list(record.get("objectives") or [])
    if package_kind == "action_point":
        row[_RESPONSIBLE] = list(record.get(_RESPONSIBLE) or [])
    if package_kind == "sign_off":
        row["signatories"] = [
            {name: signatory.get(name) for name in fields("signatory")} for signatory in record.get(SIGNATORIES) or []
        ]
    return row


def records_entry(records: Mapping[Key, Record], meeting_id: str) -> dict[str, Any]:
    """The meeting entry of one meeting's records (canonical, without `sync`): what `write_meeting` writes."""
    entry = _row("meeting", meeting_id, records[("meeting", meeting_id)])
    positions: dict[str, list[dict[str, Any]]] = {}
    for (kind, record_id), record in records.items():
        if kind == "position":
            positions.setdefault(record["decision_id"], []).append(_row("position", record_id, record))
    for name, package_kind, kind in CHILDREN:
        entry[name] = [
            _row(package_kind, record_id, record)
            for (found_kind, record_id), record in records.items()
            if found_kind == kind and record.get("meeting_id") == meeting_id
        ]
    for decision in entry["decisions"]:
        decision["positions"] = positions.get(decision["id"], [])
    return canonical_meeting(entry)

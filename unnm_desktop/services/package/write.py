"""Writing a meeting package: the meeting, what it references, and the base for conflict detection."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unnm_desktop import __version__
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from unnm_desktop.files import write_bytes_atomically
from unnm_desktop.services.common import get_or_fail
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.package.addenda import organization_ids as addenda_organization_ids
from unnm_desktop.services.package.format import (
    DATETIME,
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    meeting_hash,
    table,
    to_json,
)
from unnm_desktop.services.package.from_database import (
    read_meeting,
    read_organizations,
    read_people,
    read_referenced_meeting,
    sync_history,
)
from unnm_desktop.store.models import Meeting
from unnm_desktop.store.types import utc_now


def build_package(session: Session, meeting_id: str, created_by: str = "") -> dict[str, Any]:
    """The package document for one meeting (not yet written anywhere)."""
    entry, changed_at = read_meeting(session, meeting_id)
    history = sync_history(session, meeting_id)
    if history and history[-1].get("placeholder") and history[-1]["sha256"] == meeting_hash(entry):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{reference} is only a placeholder here (an earlier meeting that an imported package referred to); "
                "export it from the database where it was written.",
            ),
            reference=entry["reference"],
        )
    entry["sync"] = {
        "content_sha256": meeting_hash(entry),
        "base_sha256": history[-1]["sha256"] if history else None,
        "changed_at": to_json(DATETIME, changed_at),
    }
    referenced = _referenced(session, entry)
    people = {entry["chair_id"], entry["rapporteur_id"]}
    people |= {a["person_id"] for a in entry["attendance"]} | {i["presenter_id"] for i in entry["agenda_items"]}
    orgs = {a["organization_id"] for a in entry["attendance"]}
    for meeting in (entry, *referenced):
        people |= {a["responsible_person_id"] for a in meeting["action_points"]}
        orgs |= {o for a in meeting["action_points"] for o in a["responsible_organization_ids"]}
        orgs |= {p["organization_id"] for d in meeting["decisions"] for p in d["positions"]}
    people_entries = read_people(session, people - {None})
    orgs |= {p["organization_id"] for p in people_entries}
    orgs |= addenda_organization_ids(entry)  # issue 14: who confirmed, withdrew or broke a silence
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "created_at": to_json(DATETIME, utc_now().replace(microsecond=0)),
        "created_by": created_by,
        "app_version": __version__,
        "organizations": read_organizations(session, orgs - {None}),
        "people": people_entries,
        "meetings": [entry],
        "referenced_meetings": referenced,
    }


def _referenced(session: Session, entry: dict[str, Any]) -> list[dict[str, Any]]:
    """Earlier meetings the entry points into: the previous one, and those whose records it follows up."""
    wanted: dict[str, tuple[set[str], set[str]]] = {}
    if entry["previous_meeting_id"]:
        wanted[entry["previous_meeting_id"]] = (set(), set())
    action_t, decision_t = table("action_point"), table("decision")
    action_ids = [f["action_id"] for f in entry["follow_ups"]]
    if action_ids:
        for action_id, meeting_id in session.execute(
            select(action_t.c.id, action_t.c.meeting_id).where(action_t.c.id.in_(action_ids))
        ):
            wanted.setdefault(meeting_id, (set(), set()))[0].add(action_id)
    own = {d["id"] for d in entry["decisions"]}
    outside = [d["supersedes_id"] for d in entry["decisions"] if d["supersedes_id"] and d["supersedes_id"] not in own]
    if outside:
        for decision_id, meeting_id in session.execute(
            select(decision_t.c.id, decision_t.c.meeting_id).where(decision_t.c.id.in_(outside))
        ):
            wanted.setdefault(meeting_id, (set(), set()))[1].add(decision_id)
    wanted.pop(entry["id"], None)
    return [
        read_referenced_meeting(session, mid, actions, decisions)
        for mid, (actions, decisions) in sorted(wanted.items())
    ]


def export_package(ctx: ServiceContext, meeting_id: str, out_path: Path | str) -> Path:
    """Write the meeting's package to `out_path` (atomically); the export is recorded in the audit log."""
    target = Path(out_path).expanduser().absolute()
    with ctx.session() as session:
        get_or_fail(session, Meeting, meeting_id, "meeting")
        document = build_package(session, meeting_id, ctx.actor or ctx.os_user)
        data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
        if len(data) > MAX_FILE_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The package would be {size} MB, above the {limit} MB a package may hold."),
                size=f"{len(data) / 1e6:,.0f}",
                limit=MAX_FILE_BYTES // 2**20,
            )
        write_bytes_atomically(target, data, default_suffix=".unnmpkg")
        if not ctx.db.read_only:
            digest = document["meetings"][0]["sync"]["content_sha256"]
            ctx.audit(session, "meeting", meeting_id, "package_export", after={"sha256": digest, "file": target.name})
    return target

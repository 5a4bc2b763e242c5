"""Reading a meeting, its references and its package history from the database, in package form."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unnm_desktop.services.package.format import (
    REFERENCED_ACTION_DROPS,
    REFERENCED_DECISION_DROPS,
    REFERENCED_MEETING_FIELDS,
    SYNC_ACTIONS,
    canonical_action,
    canonical_decision,
    canonical_meeting,
    row_to_json,
    sort_key,
    table,
)
from unnm_desktop.store.models import AuditEvent, Base


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
    from unnm_desktop.services.package.addenda import read_addenda

    entry["addenda"] = read_addenda(session, meeting_id)  # left out by canonical_meeting when empty
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
        "action_points": sorted((canonical_action(a) for a in actions), key=sort_key("id")),
        "decisions": sorted((canonical_decision(d) for d in decisions), key=sort_key("id")),
    }


def read_organizations(session: Session, ids: set[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    orgs = _select(session, "organization", table("organization").c.id.in_(sorted(ids)))
    aliases: dict[str, list[dict[str, Any]]] = {o.id: [] for o in orgs}
    for a in _select(session, "alias", table("alias").c.organization_id.in_(sorted(ids))):
        aliases[a.organization_id].append(row_to_json("alias", a))
    return sorted(
        ({**row_to_json("organization", o), "aliases": sorted(aliases[o.id], key=sort_key("id"))} for o in orgs),
        key=sort_key("id"),
    )


def read_people(session: Session, ids: set[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    return sorted(
        (row_to_json("person", p) for p in _select(session, "person", table("person").c.id.in_(sorted(ids)))),
        key=sort_key("id"),
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

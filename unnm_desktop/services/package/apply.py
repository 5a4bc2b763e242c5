"""Writing a checked package's records into the database, by id (used inside the import's one transaction).

A meeting is brought to the package's state row by row: rows the package no longer has are deleted (children
first), rows that differ are updated, new rows inserted (parents first); links within the meeting that point
forwards (a decision superseding a later one, a sign-off replacing another) are set in a second pass, so the
order of the rows never matters. SQLAlchemy Core, no ORM: a meeting is a few hundred rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, select, update

from unnm_desktop.services.package.format import (
    REFERENCED_ACTION_DROPS,
    REFERENCED_DECISION_DROPS,
    json_to_columns,
    table,
)
from unnm_desktop.store.models import Base

_TABLES = Base.metadata.tables


def bumped(t: Table, changes: dict[str, Any]) -> dict[str, Any]:
    """The values of an UPDATE of a row people edit, with its version one higher (store/models.py Versioned):
    an editor on another desk that read it before the import is then told, not overwritten."""
    return {**changes, "version": t.c.version + 1} if "version" in t.c else changes


def _existing(conn: Connection, t: Table, *where: Any) -> dict[str, dict[str, Any]]:
    return {row.id: dict(row._mapping) for row in conn.execute(select(t).where(*where))}


def _upsert(conn: Connection, t: Table, rows: list[dict[str, Any]], existing: dict[str, dict[str, Any]]) -> None:
    inserts = []
    for row in rows:
        old = existing.get(row["id"])
        if old is None:
            inserts.append(row)
            continue
        changes = {k: v for k, v in row.items() if old.get(k) != v}
        if changes:
            conn.execute(update(t).where(t.c.id == row["id"]).values(**bumped(t, changes)))
    if inserts:
        conn.execute(t.insert(), inserts)


def _delete_missing(conn: Connection, t: Table, existing: Iterable[str], wanted: set[str]) -> None:
    gone = [i for i in existing if i not in wanted]
    if gone:
        conn.execute(t.delete().where(t.c.id.in_(gone)))


def _sync_pairs(
    conn: Connection, name: str, owner: str, value: str, wanted: set[tuple[str, Any]], owners: list[str]
) -> None:
    t = _TABLES[name]
    have = set()
    if owners:
        have = {(r[0], r[1]) for r in conn.execute(select(t.c[owner], t.c[value]).where(t.c[owner].in_(owners)))}
    for owner_id, item in have - wanted:
        conn.execute(t.delete().where(t.c[owner] == owner_id, t.c[value] == item))
    new = sorted(wanted - have, key=str)
    if new:
        conn.execute(t.insert(), [{owner: o, value: v} for o, v in new])


def write_meeting(conn: Connection, entry: dict[str, Any]) -> None:
    """Make the meeting and all its rows exactly as in the package entry."""
    mid = entry["id"]
    meeting_t = table("meeting")
    _upsert(conn, meeting_t, [json_to_columns("meeting", entry)], _existing(conn, meeting_t, meeting_t.c.id == mid))

    att_t, item_t, dec_t, pos_t = table("attendance"), table("agenda_item"), table("decision"), table("position")
    act_t, fu_t, so_t, sig_t = table("action_point"), table("follow_up"), table("sign_off"), table("signatory")
    attendance = [{**json_to_columns("attendance", a), "meeting_id": mid} for a in entry["attendance"]]
    items = [{**json_to_columns("agenda_item", i), "meeting_id": mid} for i in entry["agenda_items"]]
    decisions = [{**json_to_columns("decision", d), "meeting_id": mid} for d in entry["decisions"]]
    positions = [
        {**json_to_columns("position", p), "decision_id": d["id"]} for d in entry["decisions"] for p in d["positions"]
    ]
    actions = [{**json_to_columns("action_point", a), "meeting_id": mid} for a in entry["action_points"]]
    follow_ups = [{**json_to_columns("follow_up", f), "meeting_id": mid} for f in entry["follow_ups"]]
    sign_offs = [{**json_to_columns("sign_off", s), "meeting_id": mid} for s in entry["sign_offs"]]
    signatories = [
        {**json_to_columns("signatory", g), "sign_off_id": s["id"]}
        for s in entry["sign_offs"]
        for g in s["signatories"]
    ]

    old_att = _existing(conn, att_t, att_t.c.meeting_id == mid)
    old_items = _existing(conn, item_t, item_t.c.meeting_id == mid)
    old_dec = _existing(conn, dec_t, dec_t.c.meeting_id == mid)
    old_pos = _existing(conn, pos_t, pos_t.c.decision_id.in_(list(old_dec))) if old_dec else {}
    old_act = _existing(conn, act_t, act_t.c.meeting_id == mid)
    old_fu = _existing(conn, fu_t, fu_t.c.meeting_id == mid)
    old_so = _existing(conn, so_t, so_t.c.meeting_id == mid)
    old_sig = _existing(conn, sig_t, sig_t.c.sign_off_id.in_(list(old_so))) if old_so else {}

    # Links inside the meeting are cleared first and set again at the end: rows can then go in any order.
    if any(r["replaces_id"] for r in old_so.values()):
        conn.execute(update(so_t).where(so_t.c.meeting_id == mid).values(replaces_id=None))
        for r in old_so.values():
            r["replaces_id"] = None
    internal = {d["id"] for d in decisions} | set(old_dec)
    if any(r["supersedes_id"] in internal for r in old_dec.values()):
        conn.execute(
            update(dec_t)
            .where(dec_t.c.meeting_id == mid, dec_t.c.supersedes_id.in_(internal))
            .values(**bumped(dec_t, {"supersedes_id": None}))
        )
        for r in old_dec.values():
            if r["supersedes_id"] in internal:
                r["supersedes_id"] = None

    # Deletions, children first.
    _delete_missing(conn, sig_t, old_sig, {g["id"] for g in signatories})
    _delete_missing(conn, so_t, old_so, {s["id"] for s in sign_offs})
    _delete_missing(conn, fu_t, old_fu, {f["id"] for f in follow_ups})
    _delete_missing(conn, act_t, old_act, {a["id"] for a in actions})
    _delete_missing(conn, pos_t, old_pos, {p["id"] for p in positions})
    _delete_missing(conn, dec_t, old_dec, {d["id"] for d in decisions})
    _delete_missing(conn, item_t, old_items, {i["id"] for i in items})
    _delete_missing(conn, att_t, old_att, {a["id"] for a in attendance})

    # Insertions and updates, parents first.
    _sync_pairs(conn, "meeting_objective", "meeting_id", "objective", {(mid, n) for n in entry["objectives"]}, [mid])
    _upsert(conn, att_t, attendance, old_att)
    _upsert(conn, item_t, items, old_items)
    _sync_pairs(
        conn,
        "agenda_item_objective",
        "agenda_item_id",
        "objective",
        {(i["id"], n) for i in entry["agenda_items"] for n in i["objectives"]},
        sorted({i["id"] for i in items} | set(old_items)),
    )
    later = {d["id"]: d["supersedes_id"] for d in decisions if d["supersedes_id"] in internal}
    _upsert(conn, dec_t, [{**d, "supersedes_id": None} if d["id"] in later else d for d in decisions], old_dec)
    _sync_pairs(
        conn,
        "decision_objective",
        "decision_id",
        "objective",
        {(d["id"], n) for d in entry["decisions"] for n in d["objectives"]},
        sorted({d["id"] for d in decisions} | set(old_dec)),
    )
    _upsert(conn, pos_t, positions, old_pos)
    _upsert(conn, act_t, actions, old_act)
    _sync_pairs(
        conn,
        "action_responsible",
        "action_id",
        "organization_id",
        {(a["id"], o) for a in entry["action_points"] for o in a["responsible_organization_ids"]},
        sorted({a["id"] for a in actions} | set(old_act)),
    )
    _upsert(conn, fu_t, follow_ups, old_fu)
    replaces = {s["id"]: s["replaces_id"] for s in sign_offs if s["replaces_id"]}
    _upsert(conn, so_t, [{**s, "replaces_id": None} for s in sign_offs], old_so)
    _upsert(conn, sig_t, signatories, old_sig)
    for decision_id, target in later.items():
        conn.execute(update(dec_t).where(dec_t.c.id == decision_id).values(**bumped(dec_t, {"supersedes_id": target})))
    for sign_off_id, target in replaces.items():
        conn.execute(update(so_t).where(so_t.c.id == sign_off_id).values(replaces_id=target))
    from unnm_desktop.services.package.addenda import write_addenda

    write_addenda(conn, entry)  # issue 14: signed addenda are only ever added


def insert_placeholder_meeting(conn: Connection, header: dict[str, Any]) -> None:
    """An earlier meeting known only by its header: a draft that its own package fills in later."""
    columns = json_to_columns("meeting", header)
    values = {k: columns[k] for k in header if k in columns}
    conn.execute(table("meeting").insert(), [{**values, "status": "draft", "revision": 0}])


def insert_referenced_records(
    conn: Connection, meeting_id: str, decisions: list[dict[str, Any]], actions: list[dict[str, Any]]
) -> None:
    """Copies of an earlier meeting's decisions and action points, into that (placeholder) meeting."""
    if decisions:
        conn.execute(
            table("decision").insert(),
            [
                {**json_to_columns("decision", d, REFERENCED_DECISION_DROPS), "meeting_id": meeting_id}
                for d in decisions
            ],
        )
        positions = [
            {**json_to_columns("position", p), "decision_id": d["id"]} for d in decisions for p in d["positions"]
        ]
        if positions:
            conn.execute(table("position").insert(), positions)
        objectives = [{"decision_id": d["id"], "objective": n} for d in decisions for n in d["objectives"]]
        if objectives:
            conn.execute(_TABLES["decision_objective"].insert(), objectives)
    if actions:
        conn.execute(
            table("action_point").insert(),
            [
                {**json_to_columns("action_point", a, REFERENCED_ACTION_DROPS), "meeting_id": meeting_id}
                for a in actions
            ],
        )
        responsible = [
            {"action_id": a["id"], "organization_id": o} for a in actions for o in a["responsible_organization_ids"]
        ]
        if responsible:
            conn.execute(_TABLES["action_responsible"].insert(), responsible)


def insert_directory(conn: Connection, organizations: list[dict[str, Any]], people: list[dict[str, Any]]) -> None:
    if organizations:
        conn.execute(table("organization").insert(), [json_to_columns("organization", o) for o in organizations])
        aliases = [
            {**json_to_columns("alias", a), "organization_id": o["id"]} for o in organizations for a in o["aliases"]
        ]
        if aliases:
            conn.execute(table("alias").insert(), aliases)
    if people:
        conn.execute(table("person").insert(), [json_to_columns("person", p) for p in people])

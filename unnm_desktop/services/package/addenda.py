"""Addenda to signed-off minutes in meeting packages (issue 14): read with the meeting, carried in its `addenda`
list (left out when there is none, so that older packages keep their hashes), and written on import.

Signed addenda are immutable like signed-off minutes: an import adds the package's addenda that this database
lacks and never changes or removes one it holds. An addendum whose decision or sign-off the package does not
carry for the same meeting is refused, as is one whose stored content does not hash to its fingerprint.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message
from unnm_desktop.services.minutes.content import fingerprint
from unnm_desktop.services.package.format import json_to_columns, row_to_json, sort_key, table
from unnm_desktop.services.package.problems import PackageError

KIND = "addendum"
KEY = "addenda"


def read_addenda(session: Session, meeting_id: str) -> list[dict[str, Any]]:
    t = table(KIND)
    rows = session.execute(select(t).where(t.c.meeting_id == meeting_id)).all()
    return canonical_addenda([row_to_json(KIND, row) for row in rows])


def canonical_addenda(addenda: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(addenda, key=sort_key("number", "id"))


def organization_ids(entry: dict[str, Any]) -> set[str]:
    """The organisations a meeting entry's addenda name (the package carries them in its directory)."""
    return {a["organization_id"] for a in entry.get(KEY) or [] if a.get("organization_id")}


def write_addenda(conn: Connection, entry: dict[str, Any], where: str = "") -> int:
    """Insert the entry's addenda this database lacks; returns how many. Existing ones are never changed."""
    addenda = entry.get(KEY) or []
    if not addenda:
        return 0
    t = table(KIND)
    decisions = {d["id"] for d in entry["decisions"]}
    sign_offs = {s["id"] for s in entry["sign_offs"]}
    have = set(conn.execute(select(t.c.id).where(t.c.id.in_([a["id"] for a in addenda]))).scalars())
    numbers = set(conn.execute(select(t.c.number).where(t.c.meeting_id == entry["id"])).scalars())
    new = []
    for index, addendum in enumerate(addenda):
        if addendum["id"] in have:
            continue
        place = f"{where}.{KEY}[{index}]" if where else f"{KEY}[{index}]"
        problem = _problem(addendum, decisions, sign_offs)
        if problem is not None:
            raise PackageError(problem, place)
        if addendum["number"] in numbers:
            raise PackageError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "addendum {number} of this meeting already exists here as a different addendum."
                    ),
                    number=addendum["number"],
                ),
                place,
            )
        numbers.add(addendum["number"])
        new.append({**json_to_columns(KIND, addendum), "meeting_id": entry["id"]})
    if new:
        conn.execute(t.insert(), new)
    return len(new)


def _problem(addendum: dict[str, Any], decisions: set[str], sign_offs: set[str]) -> Message | None:
    if addendum["decision_id"] not in decisions or addendum["sign_off_id"] not in sign_offs:
        return Message(
            QT_TRANSLATE_NOOP(
                "Errors", "the addendum names a decision or a sign-off that this meeting's package does not carry."
            )
        )
    try:
        content = json.loads(addendum["content_json"])
    except ValueError:
        content = None
    if not isinstance(content, dict) or fingerprint(content) != addendum["content_sha256"]:
        return Message(
            QT_TRANSLATE_NOOP(
                "Errors", "the addendum's signed content does not match its fingerprint: it was changed after signing."
            )
        )
    return None

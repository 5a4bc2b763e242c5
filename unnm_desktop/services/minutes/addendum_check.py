"""Whether the database still stands behind a signed addendum and the minutes it belongs to (issue 14).

The addendum's stored content must still hash to its fingerprint, its columns must still say what its content
says (an edit of the row from outside shows either way), the sign-off it names must still have the fingerprint
the addendum quotes, and those minutes must pass `verification.database_problems` themselves.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.minutes.closure_views import AddendumView
from unnm_desktop.services.minutes.content import fingerprint
from unnm_desktop.services.minutes.verification import DatabaseVerdict, database_problems, signed_versions
from unnm_desktop.store.models import Meeting, MinutesAddendum

_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "Addendum {number} to {reference} was changed outside UNNM Desktop: its {field} no longer matches its signed "
    "content.",
)


def addendum_problems(ctx: ServiceContext, addendum: AddendumView) -> DatabaseVerdict:
    """Problems and notes, in words, with an addendum as stored now and with the minutes it adds to."""
    problems: list[str] = []
    notes: list[str] = []
    number, reference = addendum.number, addendum.meeting_reference
    try:
        content = json.loads(addendum.content_json)
    except ValueError:
        content = None
    if content is None or fingerprint(content) != addendum.sha256:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The stored content of addendum {number} to {reference} no longer matches its fingerprint: it was "
                    "changed outside UNNM Desktop.",
                ),
                number=number,
                reference=reference,
            )
        )
        return DatabaseVerdict(tuple(problems), tuple(notes))
    with ctx.session() as session:
        record = session.get(MinutesAddendum, addendum.id)
        for field, stored in _columns(record).items() if record is not None else ():
            if stored != _from_content(content, field):
                problems.append(Message(_CHANGED, number=number, reference=reference, field=field))
                break
    minutes = content["minutes"]
    version = next((v for v in signed_versions(ctx, addendum.meeting_id) if v.id == minutes["sign_off_id"]), None)
    if version is None or version.sha256 != minutes["sha256"]:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The signed-off minutes that addendum {number} to {reference} belongs to (fingerprint {sha}) are "
                    "no longer in this database as signed.",
                ),
                number=number,
                reference=reference,
                sha=minutes["sha256"][:12],
            )
        )
    else:
        verdict = database_problems(ctx, version)
        problems.extend(verdict.problems)
        notes.extend(verdict.notes)
    return DatabaseVerdict(tuple(problems), tuple(notes))


def stored_addenda_problems(session: Session) -> list[str]:
    """`check`: every addendum whose stored content no longer hashes to its fingerprint, or whose row no longer
    says what its content says (the minutes' own fingerprints are checked beside it)."""
    problems: list[str] = []
    rows = session.execute(
        select(MinutesAddendum, Meeting.reference)
        .join(Meeting, Meeting.id == MinutesAddendum.meeting_id)
        .order_by(Meeting.reference, MinutesAddendum.number)
    ).all()
    for record, reference in rows:
        try:
            content = json.loads(record.content_json)
        except ValueError:
            content = None
        if not isinstance(content, dict) or fingerprint(content) != record.content_sha256:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The stored content of addendum {number} to {reference} no longer matches its fingerprint: "
                        "it was changed outside UNNM Desktop.",
                    ),
                    number=record.number,
                    reference=reference,
                )
            )
            continue
        changed = next((f for f, value in _columns(record).items() if value != _from_content(content, f)), None)
        if changed is not None:
            problems.append(Message(_CHANGED, number=record.number, reference=reference, field=changed))
    return problems


def _columns(record: MinutesAddendum) -> dict[str, Any]:
    return {
        "number": record.number,
        "meeting": record.meeting_id,
        "sign-off": record.sign_off_id,
        "decision": record.decision_id,
        "kind": record.kind,
        "organisation": record.organization_id,
        "date": record.occurred_on,
        "time": record.occurred_time,
        "note": record.note,
        "subject of the objection": record.on_what,
        "outcome": record.outcome_after,
    }


def _from_content(content: dict[str, Any], field: str) -> Any:
    closure = content["closure"]
    return {
        "number": content["number"],
        "meeting": content["meeting"]["id"],
        "sign-off": content["minutes"]["sign_off_id"],
        "decision": content["decision"]["id"],
        "kind": closure["kind"],
        "organisation": (closure.get("organization") or {}).get("id"),
        "date": date.fromisoformat(closure["on"]),
        "time": closure.get("time"),
        "note": closure.get("note"),
        "subject of the objection": closure.get("on_what"),
        "outcome": content["outcome_after"],
    }[field]

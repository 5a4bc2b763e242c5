"""Optimistic concurrency between desks: a save based on an older version of a record is refused, with the
other change shown, instead of silently overwriting it.

Every record a person edits carries a `version` (store/models.py Versioned, migration 0006) that goes up by one
with each change. An editor passes the version its text was based on as `expected_version`; when the record
has moved on, the save raises ConcurrentChangeError naming who changed it and when (the record's newest audit
event) and showing what it holds now (the row), so that nothing typed on either desk is lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unnm_desktop.domain.clock import zone
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ConcurrentChangeError, JoinedMessage, Message
from unnm_desktop.store.audit import serialise_writes
from unnm_desktop.store.models import AgendaItem, AuditEvent, Decision, Meeting, Organization, Person
from unnm_desktop.store.types import utc_now

# How much of a long text the message shows: enough to recognise it and copy a sentence or two.
SHOWN_CHARACTERS = 400

# kind of record (the audit log's entity) -> (with who and when, without), one whole sentence each.
_CHANGED = {
    "meeting": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this meeting at {time} ({name}): {changes}. Your text was kept in the editor; "
            "copy what you need and reload.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this meeting meanwhile: {changes}. Your text was kept in the editor; copy what "
            "you need and reload.",
        ),
    ),
    "agenda_item": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this agenda item at {time} ({name}): {changes}. Your text was kept in the "
            "editor; copy what you need and reload.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this agenda item meanwhile: {changes}. Your text was kept in the editor; copy "
            "what you need and reload.",
        ),
    ),
    "attendance": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this attendance entry at {time} ({name}): {changes}. Your change was not saved; "
            "reload to see theirs.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this attendance entry meanwhile: {changes}. Your change was not saved; reload "
            "to see theirs.",
        ),
    ),
    "decision": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this decision at {time} ({name}): {changes}. Your text was kept in the editor; "
            "copy what you need and reload.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this decision meanwhile: {changes}. Your text was kept in the editor; copy what "
            "you need and reload.",
        ),
    ),
    "position": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this position at {time} ({name}): {changes}. Your text was kept in the editor; "
            "copy what you need and reload.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this position meanwhile: {changes}. Your text was kept in the editor; copy what "
            "you need and reload.",
        ),
    ),
    "action_point": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this action point at {time} ({name}): {changes}. Your text was kept in the "
            "editor; copy what you need and reload.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this action point meanwhile: {changes}. Your text was kept in the editor; copy "
            "what you need and reload.",
        ),
    ),
    "action_follow_up": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this follow-up at {time} ({name}): {changes}. Your text was kept in the editor; "
            "copy what you need and reload.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this follow-up meanwhile: {changes}. Your text was kept in the editor; copy "
            "what you need and reload.",
        ),
    ),
    "organization": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this organisation at {time} ({name}): {changes}. Your change was not saved; "
            "copy what you need and reload.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this organisation meanwhile: {changes}. Your change was not saved; copy what "
            "you need and reload.",
        ),
    ),
    "person": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this person's entry at {time} ({name}): {changes}. Your change was not saved; "
            "copy what you need and reload.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this person's entry meanwhile: {changes}. Your change was not saved; copy what "
            "you need and reload.",
        ),
    ),
}
# The autosave's case, the one met most: the notes being typed live.
_NOTES_CHANGED = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this agenda item's notes at {time} ({name}): «{text}». Your text was kept in the "
        "editor; copy what you need and reload.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this agenda item's notes meanwhile: «{text}». Your text was kept in the editor; copy "
        "what you need and reload.",
    ),
)
# Whatever a change is to, when the record's kind has no sentence of its own (and when the ORM's own check
# found the row changed between reading and writing, services/context.py).
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Errors",
    "Someone else changed this record at the same moment, so your change was not saved. Your text was kept in "
    "the editor; copy what you need and reload.",
)

_FIELD = QT_TRANSLATE_NOOP("Errors", "{field} «{value}»")
_LABELS = {
    "title": QT_TRANSLATE_NOOP("Errors", "title"),
    "series": QT_TRANSLATE_NOOP("Errors", "series"),
    "number": QT_TRANSLATE_NOOP("Errors", "number"),
    "reference": QT_TRANSLATE_NOOP("Errors", "reference"),
    "start_utc": QT_TRANSLATE_NOOP("Errors", "start"),
    "end_utc": QT_TRANSLATE_NOOP("Errors", "end"),
    "location": QT_TRANSLATE_NOOP("Errors", "location"),
    "venue": QT_TRANSLATE_NOOP("Errors", "venue"),
    "modality": QT_TRANSLATE_NOOP("Errors", "modality"),
    "event_category": QT_TRANSLATE_NOOP("Errors", "event category"),
    "main_organisers": QT_TRANSLATE_NOOP("Errors", "main organisers"),
    "target_audience": QT_TRANSLATE_NOOP("Errors", "target audience"),
    "language": QT_TRANSLATE_NOOP("Errors", "language"),
    "time_zone": QT_TRANSLATE_NOOP("Errors", "time zone"),
    "geographic_scope": QT_TRANSLATE_NOOP("Errors", "geographic scope"),
    "sub_region": QT_TRANSLATE_NOOP("Errors", "sub-region"),
    "workstream_output": QT_TRANSLATE_NOOP("Errors", "workstream output"),
    "chair_id": QT_TRANSLATE_NOOP("Errors", "chair"),
    "rapporteur_id": QT_TRANSLATE_NOOP("Errors", "rapporteur"),
    "previous_meeting_id": QT_TRANSLATE_NOOP("Errors", "previous meeting"),
    "next_meeting_date": QT_TRANSLATE_NOOP("Errors", "next meeting date"),
    "standing": QT_TRANSLATE_NOOP("Errors", "standing item"),
    "presenter_id": QT_TRANSLATE_NOOP("Errors", "presenter"),
    "planned_minutes": QT_TRANSLATE_NOOP("Errors", "planned minutes"),
    "notes_md": QT_TRANSLATE_NOOP("Errors", "notes"),
    "position": QT_TRANSLATE_NOOP("Errors", "place in the list"),
    "status": QT_TRANSLATE_NOOP("Errors", "status"),
    "role": QT_TRANSLATE_NOOP("Errors", "role"),
    "arrival_time": QT_TRANSLATE_NOOP("Errors", "arrival time"),
    "departure_time": QT_TRANSLATE_NOOP("Errors", "departure time"),
    "organization_id": QT_TRANSLATE_NOOP("Errors", "organisation"),
    "text": QT_TRANSLATE_NOOP("Errors", "text"),
    "method": QT_TRANSLATE_NOOP("Errors", "method"),
    "outcome": QT_TRANSLATE_NOOP("Errors", "outcome"),
    "chair_note": QT_TRANSLATE_NOOP("Errors", "chair's note"),
    "deferred_to": QT_TRANSLATE_NOOP("Errors", "deferred to"),
    "silence_deadline": QT_TRANSLATE_NOOP("Errors", "silence deadline"),
    "agenda_item_id": QT_TRANSLATE_NOOP("Errors", "agenda item"),
    "supersedes_id": QT_TRANSLATE_NOOP("Errors", "supersedes"),
    "kind": QT_TRANSLATE_NOOP("Errors", "kind"),
    "statement": QT_TRANSLATE_NOOP("Errors", "statement"),
    "paragraph_ref": QT_TRANSLATE_NOOP("Errors", "paragraph"),
    "ad_referendum_deadline": QT_TRANSLATE_NOOP("Errors", "ad referendum deadline"),
    "due_date": QT_TRANSLATE_NOOP("Errors", "due date"),
    "completed_on": QT_TRANSLATE_NOOP("Errors", "completed on"),
    "completion_note": QT_TRANSLATE_NOOP("Errors", "completion note"),
    "responsible_person_id": QT_TRANSLATE_NOOP("Errors", "responsible person"),
    "decision_id": QT_TRANSLATE_NOOP("Errors", "decision"),
    "note": QT_TRANSLATE_NOOP("Errors", "note"),
    "acronym": QT_TRANSLATE_NOOP("Errors", "acronym"),
    "name_en": QT_TRANSLATE_NOOP("Errors", "English name"),
    "name_tr": QT_TRANSLATE_NOOP("Errors", "Turkish name"),
    "full_name": QT_TRANSLATE_NOOP("Errors", "name"),
    "email": QT_TRANSLATE_NOOP("Errors", "e-mail"),
}
_POSITION_KIND = QT_TRANSLATE_NOOP("Errors", "position")

# An id is shown as what people know the record by.
_NAMED_BY: dict[str, tuple[type, str]] = {
    "chair_id": (Person, "full_name"),
    "rapporteur_id": (Person, "full_name"),
    "presenter_id": (Person, "full_name"),
    "responsible_person_id": (Person, "full_name"),
    "organization_id": (Organization, "acronym"),
    "agenda_item_id": (AgendaItem, "title"),
    "decision_id": (Decision, "reference"),
    "supersedes_id": (Decision, "reference"),
    "previous_meeting_id": (Meeting, "reference"),
}


def begin_edit(session: Session) -> None:
    """Before reading a record to change it: on a server, wait for the writers' lock (store/audit.py), so that
    the version read is still the version when the change is written."""
    serialise_writes(session)


def check_version(
    session: Session,
    record: Any,
    expected_version: int | None,
    *,
    entity: str,
    attempted: Iterable[str] = (),
    time_zone: str | None = None,
) -> None:
    """Refuse the edit when the editor's version is not the record's (None: the caller does not know it)."""
    if expected_version is None or record.version == expected_version:
        return
    current = {name: getattr(record, name) for name in _LABELS if hasattr(record, name)}
    raise changed_meanwhile(
        session,
        entity=entity,
        record_id=record.id,
        version=record.version,
        current=current,
        attempted=attempted,
        time_zone=time_zone,
    )


def changed_meanwhile(
    session: Session,
    *,
    entity: str,
    record_id: str,
    version: int,
    current: Mapping[str, Any],
    attempted: Iterable[str] = (),
    time_zone: str | None = None,
) -> ConcurrentChangeError:
    """The error for a record changed since the editor read it: who and when from its newest audit event,
    what it holds now from `current` (the row's values), the fields that other change touched first."""
    event = session.execute(
        select(AuditEvent.at, AuditEvent.actor, AuditEvent.after_json)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == record_id)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    touched = _fields_of(event.after_json if event else None)
    shown = [name for name in touched if name in current] or [name for name in attempted if name in current]
    shown = shown or [name for name in current if name != "notes_md"][:3]
    who = {"time": _when(event.at, time_zone), "name": event.actor} if event else {}
    if entity == "agenda_item" and shown == ["notes_md"]:
        template = _NOTES_CHANGED[0 if event else 1]
        return ConcurrentChangeError(
            template, record_id=record_id, current_version=version, text=_shown(current["notes_md"]), **who
        )
    if entity not in _CHANGED:
        return ConcurrentChangeError(CHANGED_MEANWHILE, record_id=record_id, current_version=version)
    changes = JoinedMessage(
        (
            Message(_FIELD, field=_label(entity, name), value=_value(session, name, current[name], time_zone))
            for name in shown
        ),
        "; ",
    )
    template = _CHANGED[entity][0 if event else 1]
    return ConcurrentChangeError(template, record_id=record_id, current_version=version, changes=changes, **who)


def _fields_of(after_json: str | None) -> list[str]:
    try:
        after = json.loads(after_json) if after_json else None
    except ValueError:
        return []
    return [name for name in after if name in _LABELS] if isinstance(after, dict) else []


def _label(entity: str, name: str) -> Message:
    return Message(_POSITION_KIND if (entity, name) == ("position", "kind") else _LABELS[name])


def _when(at: datetime, time_zone: str | None) -> str:
    """The time of the other change where the meeting is held; with its date when it was not today."""
    here = zone(time_zone)
    moment = at.astimezone(here)
    return moment.strftime("%H:%M" if moment.date() == utc_now().astimezone(here).date() else "%Y-%m-%d %H:%M")


def _value(session: Session, name: str, value: Any, time_zone: str | None) -> str:
    if value is None or value == "":
        return "—"
    if name in _NAMED_BY:
        model, attribute = _NAMED_BY[name]
        record = session.get(model, value)
        return _shown(getattr(record, attribute)) if record is not None else str(value)
    if isinstance(value, datetime):
        return value.astimezone(zone(time_zone)).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return _shown(str(value))


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS].rstrip() + "…"

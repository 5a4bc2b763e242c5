"""A sync conflict in words: which record ("Agenda item 2 «Göç…»"), which field ("Notes"), why, and each side's
value as text a person reads (a whole record field by field)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "SyncWording"
SHORT = 40

FIELDS = {
    "title": QT_TRANSLATE_NOOP("SyncWording", "Title"),
    "location": QT_TRANSLATE_NOOP("SyncWording", "Location"),
    "venue": QT_TRANSLATE_NOOP("SyncWording", "Venue"),
    "notes_md": QT_TRANSLATE_NOOP("SyncWording", "Notes"),
    "start_utc": QT_TRANSLATE_NOOP("SyncWording", "Start"),
    "end_utc": QT_TRANSLATE_NOOP("SyncWording", "End"),
    "modality": QT_TRANSLATE_NOOP("SyncWording", "Modality"),
    "language": QT_TRANSLATE_NOOP("SyncWording", "Language of the minutes"),
    "reference": QT_TRANSLATE_NOOP("SyncWording", "Reference"),
    "position": QT_TRANSLATE_NOOP("SyncWording", "Place in the list"),
    "number": QT_TRANSLATE_NOOP("SyncWording", "Number"),
    "planned_minutes": QT_TRANSLATE_NOOP("SyncWording", "Planned minutes"),
    "text": QT_TRANSLATE_NOOP("SyncWording", "Text"),
    "statement": QT_TRANSLATE_NOOP("SyncWording", "Statement"),
    "status": QT_TRANSLATE_NOOP("SyncWording", "Status"),
    "outcome": QT_TRANSLATE_NOOP("SyncWording", "Outcome"),
    "method": QT_TRANSLATE_NOOP("SyncWording", "Method"),
    "due_date": QT_TRANSLATE_NOOP("SyncWording", "Due date"),
    "objectives": QT_TRANSLATE_NOOP("SyncWording", "GCM objectives"),
    "full_name": QT_TRANSLATE_NOOP("SyncWording", "Name"),
    "acronym": QT_TRANSLATE_NOOP("SyncWording", "Acronym"),
    "name_en": QT_TRANSLATE_NOOP("SyncWording", "Name in English"),
    "name_tr": QT_TRANSLATE_NOOP("SyncWording", "Name in Turkish"),
    "email": QT_TRANSLATE_NOOP("SyncWording", "E-mail"),
    "note": QT_TRANSLATE_NOOP("SyncWording", "Note"),
    "role": QT_TRANSLATE_NOOP("SyncWording", "Role"),
    "chair_id": QT_TRANSLATE_NOOP("SyncWording", "Chair"),
    "rapporteur_id": QT_TRANSLATE_NOOP("SyncWording", "Rapporteur"),
    "presenter_id": QT_TRANSLATE_NOOP("SyncWording", "Presenter"),
    "completion_note": QT_TRANSLATE_NOOP("SyncWording", "Completion note"),
    "completed_on": QT_TRANSLATE_NOOP("SyncWording", "Completed on"),
    "text_en": QT_TRANSLATE_NOOP("SyncWording", "Text in English"),
    "text_tr": QT_TRANSLATE_NOOP("SyncWording", "Text in Turkish"),
}

REASONS = {
    "changed-on-both": QT_TRANSLATE_NOOP("SyncWording", "Changed differently on both sides."),
    "created-on-both": QT_TRANSLATE_NOOP("SyncWording", "Made on both sides, differently, before they were ever synchronised."),
    "edited-and-deleted": QT_TRANSLATE_NOOP("SyncWording", "Edited on one side and deleted on the other."),
    "signed-off": QT_TRANSLATE_NOOP("SyncWording", "Signed off on one side and edited on the other: signed-off minutes are never altered by a merge."),
    "same-value": QT_TRANSLATE_NOOP("SyncWording", "Another record on the other side holds the same value: give this one another."),
}  # fmt: skip


def _tr(text: str) -> str:
    """A source text marked with QT_TRANSLATE_NOOP above, in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


translate = QCoreApplication.translate


def short(text: Any, limit: int = SHORT) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def field_words(field: str | None) -> str:
    if field is None:
        return translate("SyncWording", "The whole record")
    known = FIELDS.get(field)
    return _tr(known) if known else field.replace("_", " ")


def reason_words(reason: str) -> str:
    known = REASONS.get(reason)
    return _tr(known) if known else reason


def record_words(kind: str, record: dict[str, Any] | None) -> str:
    """The record named as the window names it: "Agenda item 2 «Göç…»", "Decision UNNM-TR/2026/4-D1"…"""
    r = record or {}
    title, text = short(r.get("title")), short(r.get("text") or r.get("statement"))
    person, organization = r.get("_person") or "", r.get("_organization") or ""
    if kind == "meeting":
        return translate("SyncWording", "The meeting «{title}»").format(title=title)
    if kind == "agenda_item":
        number = r.get("number") or r.get("position", "")
        return translate("SyncWording", "Agenda item {number} «{title}»").format(number=number, title=title)
    if kind == "decision":
        return translate("SyncWording", "Decision {reference} «{text}»").format(
            reference=r.get("reference", ""), text=text
        )
    if kind == "position":
        return translate("SyncWording", "The position of {organization} «{text}»").format(
            organization=organization, text=text
        )
    if kind == "action_point":
        return translate("SyncWording", "Action point «{text}»").format(text=text)
    if kind == "action_follow_up":
        return translate("SyncWording", "A follow-up of an action point «{text}»").format(text=short(r.get("note")))
    if kind == "attendance":
        return translate("SyncWording", "The attendance of {person}").format(person=person or organization)
    if kind == "person":
        return translate("SyncWording", "The person {name}").format(name=short(r.get("full_name")))
    if kind == "organization":
        return translate("SyncWording", "The organisation {acronym}").format(acronym=r.get("acronym", ""))
    if kind == "organization_alias":
        return translate("SyncWording", "A former name of an organisation: {acronym}").format(
            acronym=r.get("acronym", "")
        )
    if kind == "phrase":
        return translate("SyncWording", "The phrase «{text}»").format(text=short(r.get("text_en") or r.get("text_tr")))
    if kind == "sign_off":
        return translate("SyncWording", "The sign-off of revision {revision}").format(revision=r.get("revision", ""))
    return kind


def value_text(value: Any, *, whole_record: bool) -> str:
    """A side's value to read: text as it is (long notes whole), a whole record field by field."""
    if value is None:
        return (
            translate("SyncWording", "(not there: deleted, or never made)")
            if whole_record
            else translate("SyncWording", "(empty)")
        )
    if isinstance(value, str):
        return value
    if whole_record and isinstance(value, dict):
        lines = []
        for name, item in value.items():
            lines.append(f"{field_words(name)}: {value_text(item, whole_record=False)}")
        return "\n".join(lines)
    return json.dumps(value, ensure_ascii=False, default=str)


def editable_text(value: Any) -> str:
    """What the Edit box starts with: our value, as text (JSON for a number, a list, empty for none)."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)

"""Helpers the service modules share: lookups, guarded edits, cleaning and parsing input."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from unnm_desktop.domain.enums import MeetingStatus
from unnm_desktop.domain.errors import (
    QT_TRANSLATE_NOOP,
    MeetingLockedError,
    Message,
    ValidationError,
)
from unnm_desktop.domain.text import clean_optional, clean_text, summarise_for_audit
from unnm_desktop.services.not_found import not_found
from unnm_desktop.store.models import Meeting

T = TypeVar("T")

Cleaner = Callable[[Any], Any]


_EMPTY = {
    "title": QT_TRANSLATE_NOOP("Errors", "The title cannot be empty."),
    "reference": QT_TRANSLATE_NOOP("Errors", "The reference cannot be empty."),
    "agenda item title": QT_TRANSLATE_NOOP("Errors", "The agenda item title cannot be empty."),
    "action text": QT_TRANSLATE_NOOP("Errors", "The action text cannot be empty."),
    "signatory's name": QT_TRANSLATE_NOOP("Errors", "The signatory's name cannot be empty."),
    "reason for the revision": QT_TRANSLATE_NOOP("Errors", "The reason for the revision cannot be empty."),
    "acronym": QT_TRANSLATE_NOOP("Errors", "The acronym cannot be empty."),
    "English name": QT_TRANSLATE_NOOP("Errors", "The English name cannot be empty."),
    "name": QT_TRANSLATE_NOOP("Errors", "The name cannot be empty."),
}
_EMPTY_OTHER = QT_TRANSLATE_NOOP("Errors", "The {what} cannot be empty.")

LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "The minutes of “{title}” are signed off and cannot be changed. Reopen them for revision first."
)


def get_or_fail(session: Session, model: type[T], record_id: str | None, what: str) -> T:
    record = session.get(model, record_id) if record_id else None
    if record is None:
        raise not_found(what, record_id)
    return record


def locked_message(title: str) -> Message:
    return Message(LOCKED, title=title)


def require_editable(meeting: Meeting) -> None:
    if meeting.status == MeetingStatus.SIGNED_OFF:
        raise MeetingLockedError(LOCKED, title=meeting.title)


def editable_meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = get_or_fail(session, Meeting, meeting_id, "meeting")
    require_editable(meeting)
    return meeting


def apply_changes(
    record: object, changes: Mapping[str, Any], cleaners: Mapping[str, Cleaner]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Set the allowed fields that really change; return (before, after) for the audit log."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for name, raw in changes.items():
        cleaner = cleaners.get(name)
        if cleaner is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{name}” cannot be changed here."), name=name)
        value = cleaner(raw)
        old = getattr(record, name)
        if old != value:
            before[name] = summarise_for_audit(_plain(old))
            after[name] = summarise_for_audit(_plain(value))
            setattr(record, name, value)
    return before, after


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def text_field(limit: int | None = None) -> Cleaner:
    def clean(value: Any) -> str:
        text = clean_text("" if value is None else str(value)).strip()
        if limit is not None and len(text) > limit:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "That text is {length} characters long; at most {limit} fit here."),
                length=len(text),
                limit=limit,
            )
        return text

    return clean


def required_text(what: str, limit: int | None = None) -> Cleaner:
    inner = text_field(limit)

    def clean(value: Any) -> str:
        text = inner(value)
        if not text:
            if what in _EMPTY:
                raise ValidationError(_EMPTY[what])
            raise ValidationError(_EMPTY_OTHER, what=what)
        return text

    return clean


def long_text(value: Any) -> str:
    """Notes and statements: cleaned, but spacing kept exactly as typed."""
    return clean_text("" if value is None else str(value))


def optional_text(value: Any) -> str | None:
    return clean_optional(None if value is None else str(value))


def optional_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2023-11-02."),
            value=value,
        ) from None


def optional_int(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a whole number."), value=value) from None


def clock_time(value: Any) -> str | None:
    """Arrival/departure times as HH:MM."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        parsed = datetime.strptime(text, "%H:%M")
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a time; write it as HH:MM, e.g. 10:42."), value=text
        ) from None
    return parsed.strftime("%H:%M")


OBJECTIVE_RANGE = QT_TRANSLATE_NOOP("Errors", "GCM objectives are numbered 1 to 23; {number} is not one of them.")


def objectives_list(values: Any) -> list[int]:
    result = sorted({int(v) for v in values or []})
    bad = [v for v in result if not 1 <= v <= 23]
    if bad:
        raise ValidationError(OBJECTIVE_RANGE, number=bad[0])
    return result

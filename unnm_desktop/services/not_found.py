"""The message for a record that is not there, one whole sentence per kind of record (so that each translates as a
sentence); in a module of its own because the reads made before the ORM is loaded say it too
(services/meeting/detail.py)."""

from __future__ import annotations

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError

_NOT_FOUND = {
    "meeting": QT_TRANSLATE_NOOP("Errors", "The meeting was not found (id {record_id}); it may have been deleted."),
    "previous meeting": QT_TRANSLATE_NOOP(
        "Errors", "The previous meeting was not found (id {record_id}); it may have been deleted."
    ),
    "decision": QT_TRANSLATE_NOOP("Errors", "The decision was not found (id {record_id}); it may have been deleted."),
    "agenda item": QT_TRANSLATE_NOOP(
        "Errors", "The agenda item was not found (id {record_id}); it may have been deleted."
    ),
    "action point": QT_TRANSLATE_NOOP(
        "Errors", "The action point was not found (id {record_id}); it may have been deleted."
    ),
    "organisation": QT_TRANSLATE_NOOP(
        "Errors", "The organisation was not found (id {record_id}); it may have been deleted."
    ),
    "person": QT_TRANSLATE_NOOP("Errors", "The person was not found (id {record_id}); it may have been deleted."),
    "attendance entry": QT_TRANSLATE_NOOP(
        "Errors", "The attendance entry was not found (id {record_id}); it may have been deleted."
    ),
    "alias": QT_TRANSLATE_NOOP("Errors", "The alias was not found (id {record_id}); it may have been deleted."),
}
_NOT_FOUND_OTHER = QT_TRANSLATE_NOOP("Errors", "The {what} was not found (id {record_id}); it may have been deleted.")


def not_found(what: str, record_id: str | None) -> NotFoundError:
    """The error for a missing `what` ("meeting", "decision", …) with this id."""
    if what in _NOT_FOUND:
        return NotFoundError(_NOT_FOUND[what], record_id=record_id)
    return NotFoundError(_NOT_FOUND_OTHER, what=what, record_id=record_id)

"""The words the screens use for stored values (statuses, outcomes, positions, roles), in the interface language.

The English words are written here with QT_TRANSLATE_NOOP so that lupdate collects them; the outcome and
position words are the domain's (`OUTCOME_WORDS_EN`, `POSITION_WORDS_EN`, also printed in the minutes),
and tests/test_translations.py checks that both lists say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Vocabulary"

OUTCOME = {
    "proposed": QT_TRANSLATE_NOOP("Vocabulary", "Proposed; not yet decided"),
    "under_silence": QT_TRANSLATE_NOOP("Vocabulary", "Under silence procedure"),
    "adopted": QT_TRANSLATE_NOOP("Vocabulary", "Adopted by consensus"),
    "adopted_with_reservations": QT_TRANSLATE_NOOP("Vocabulary", "Adopted by consensus, with reservations on record"),
    "not_adopted": QT_TRANSLATE_NOOP("Vocabulary", "Not adopted; no consensus"),
    "deferred": QT_TRANSLATE_NOOP("Vocabulary", "No consensus; deferred"),
    "withdrawn": QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn"),
}

POSITION = {
    "joins": QT_TRANSLATE_NOOP("Vocabulary", "Joins the consensus"),
    "concern": QT_TRANSLATE_NOOP("Vocabulary", "Joins, with a concern noted"),
    "stands_aside": QT_TRANSLATE_NOOP("Vocabulary", "Stands aside"),
    "reservation": QT_TRANSLATE_NOOP("Vocabulary", "Reservation"),
    "ad_referendum": QT_TRANSLATE_NOOP("Vocabulary", "Ad referendum (awaiting confirmation)"),
    "objects": QT_TRANSLATE_NOOP("Vocabulary", "Objects"),
}

METHOD = {
    "consensus": QT_TRANSLATE_NOOP("Vocabulary", "Consensus"),
    "silence_procedure": QT_TRANSLATE_NOOP("Vocabulary", "Silence procedure"),
    "chairs_summary": QT_TRANSLATE_NOOP("Vocabulary", "Chair's summary"),
}

MEETING_STATUS = {
    "draft": QT_TRANSLATE_NOOP("Vocabulary", "draft"),
    "circulated": QT_TRANSLATE_NOOP("Vocabulary", "circulated"),
    "signed_off": QT_TRANSLATE_NOOP("Vocabulary", "signed off"),
}

ATTENDANCE_STATUS = {
    "present": QT_TRANSLATE_NOOP("Vocabulary", "present"),
    "remote": QT_TRANSLATE_NOOP("Vocabulary", "remote"),
    "apologies": QT_TRANSLATE_NOOP("Vocabulary", "apologies"),
    "absent": QT_TRANSLATE_NOOP("Vocabulary", "absent"),
    "expected": QT_TRANSLATE_NOOP("Vocabulary", "expected"),
}

ATTENDANCE_ROLE = {
    "chair": QT_TRANSLATE_NOOP("Vocabulary", "chair"),
    "co_chair": QT_TRANSLATE_NOOP("Vocabulary", "co-chair"),
    "rapporteur": QT_TRANSLATE_NOOP("Vocabulary", "rapporteur"),
    "secretariat": QT_TRANSLATE_NOOP("Vocabulary", "secretariat"),
    "member": QT_TRANSLATE_NOOP("Vocabulary", "member"),
    "observer": QT_TRANSLATE_NOOP("Vocabulary", "observer"),
    "presenter": QT_TRANSLATE_NOOP("Vocabulary", "presenter"),
    "guest": QT_TRANSLATE_NOOP("Vocabulary", "guest"),
}

ACTION_STATUS = {
    "open": QT_TRANSLATE_NOOP("Vocabulary", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    "dropped": QT_TRANSLATE_NOOP("Vocabulary", "Dropped"),
}

ORGANIZATION_KIND = {
    "un_entity": QT_TRANSLATE_NOOP("Vocabulary", "UN entity"),
    "government": QT_TRANSLATE_NOOP("Vocabulary", "Government"),
    "civil_society": QT_TRANSLATE_NOOP("Vocabulary", "Civil society"),
    "intergovernmental": QT_TRANSLATE_NOOP("Vocabulary", "Intergovernmental"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

MODALITY = {
    "in_person": QT_TRANSLATE_NOOP("Vocabulary", "In person"),
    "hybrid": QT_TRANSLATE_NOOP("Vocabulary", "Hybrid"),
    "online": QT_TRANSLATE_NOOP("Vocabulary", "Online"),
}

AGENDA_STATUS = {
    "pending": QT_TRANSLATE_NOOP("Vocabulary", "pending"),
    "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "in progress"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "done"),
    "deferred": QT_TRANSLATE_NOOP("Vocabulary", "deferred"),
}


def word(words: dict[str, str], value: object) -> str:
    """The translated word for a stored value; the value itself when the list does not know it."""
    key = str(value)
    english = words.get(key)
    return QCoreApplication.translate(CONTEXT, english) if english is not None else key


def choices(words: dict[str, str]) -> list[tuple[str, str]]:
    """(stored value, translated word) in the list's order, for combo boxes."""
    return [(key, QCoreApplication.translate(CONTEXT, english)) for key, english in words.items()]

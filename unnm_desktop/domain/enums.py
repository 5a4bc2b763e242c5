"""Vocabularies stored in the database as their string values."""

from __future__ import annotations

from enum import Enum

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP


class StrEnum(str, Enum):
    def __str__(self) -> str:
        return self.value


class OrganizationKind(StrEnum):
    UN_ENTITY = "un_entity"
    GOVERNMENT = "government"
    CIVIL_SOCIETY = "civil_society"
    INTERGOVERNMENTAL = "intergovernmental"
    OTHER = "other"


class Modality(StrEnum):
    IN_PERSON = "in_person"
    HYBRID = "hybrid"
    ONLINE = "online"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    CIRCULATED = "circulated"
    SIGNED_OFF = "signed_off"


class AttendanceRole(StrEnum):
    CHAIR = "chair"
    CO_CHAIR = "co_chair"
    RAPPORTEUR = "rapporteur"
    SECRETARIAT = "secretariat"
    MEMBER = "member"
    OBSERVER = "observer"
    PRESENTER = "presenter"
    GUEST = "guest"


class AttendanceStatus(StrEnum):
    EXPECTED = "expected"
    PRESENT = "present"
    REMOTE = "remote"
    APOLOGIES = "apologies"
    ABSENT = "absent"


ATTENDING = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.REMOTE})


class StandingItem(StrEnum):
    ADOPTION_OF_AGENDA = "adoption_of_agenda"
    PREVIOUS_MINUTES = "previous_minutes"
    MATTERS_ARISING = "matters_arising"
    AOB = "aob"


class AgendaStatus(StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DEFERRED = "deferred"


class DecisionMethod(StrEnum):
    CONSENSUS = "consensus"
    SILENCE_PROCEDURE = "silence_procedure"
    CHAIRS_SUMMARY = "chairs_summary"


class Outcome(StrEnum):
    PROPOSED = "proposed"
    UNDER_SILENCE = "under_silence"
    ADOPTED = "adopted"
    ADOPTED_WITH_RESERVATIONS = "adopted_with_reservations"
    NOT_ADOPTED = "not_adopted"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"


FINAL_OUTCOMES = frozenset(
    {
        Outcome.ADOPTED,
        Outcome.ADOPTED_WITH_RESERVATIONS,
        Outcome.NOT_ADOPTED,
        Outcome.DEFERRED,
        Outcome.WITHDRAWN,
    }
)


class PositionKind(StrEnum):
    JOINS = "joins"
    CONCERN = "concern"
    STANDS_ASIDE = "stands_aside"
    RESERVATION = "reservation"
    AD_REFERENDUM = "ad_referendum"
    OBJECTS = "objects"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


OPEN_ACTION_STATUSES = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS})


# One whole sentence per vocabulary (`what` of parse_enum), so that each can be translated as a sentence.
_NOT_VALID = {
    "outcome": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid outcome; use one of: {allowed}."),
    "position": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid position; use one of: {allowed}."),
    "decision method": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid decision method; use one of: {allowed}."),
    "role": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid role; use one of: {allowed}."),
    "attendance status": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a valid attendance status; use one of: {allowed}."
    ),
    "standing item": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid standing item; use one of: {allowed}."),
    "agenda item status": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a valid agenda item status; use one of: {allowed}."
    ),
    "action status": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid action status; use one of: {allowed}."),
    "modality": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid modality; use one of: {allowed}."),
    "organisation kind": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a valid organisation kind; use one of: {allowed}."
    ),
}
_NOT_VALID_OTHER = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid {what}; use one of: {allowed}.")


def parse_enum(enum_type: type[StrEnum], value: object, what: str) -> StrEnum:
    """Turn user or file input into an enum member, with a message listing the allowed values."""
    from unnm_desktop.domain.errors import ValidationError

    try:
        return enum_type(str(value))
    except ValueError:
        allowed = ", ".join(member.value for member in enum_type)
        if what in _NOT_VALID:
            raise ValidationError(_NOT_VALID[what], value=value, allowed=allowed) from None
        raise ValidationError(_NOT_VALID_OTHER, value=value, what=what, allowed=allowed) from None

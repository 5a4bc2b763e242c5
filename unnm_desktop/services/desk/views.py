"""What the secretariat's desk services return and take: the decision register, the action tracker and
the GCM report, as plain frozen dataclasses (no SQLAlchemy), for the GUI, the CLI and the exports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# --- decision register -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterPosition:
    organization_id: str
    organization: str  # the acronym the organisation had on the meeting date
    kind: str  # joins, concern, stands_aside, reservation, ad_referendum, objects
    statement: str
    paragraph_ref: str | None


@dataclass(frozen=True)
class RegisterEntry:
    id: str
    reference: str
    meeting_id: str
    meeting_reference: str
    meeting_title: str
    meeting_date: date  # in Istanbul time
    meeting_status: str
    agenda_item_id: str | None
    text: str
    method: str
    outcome: str
    chair_note: str | None
    deferred_to: str | None
    objectives: tuple[int, ...]
    positions: tuple[RegisterPosition, ...]
    supersedes_id: str | None
    supersedes_reference: str | None
    superseded_by: tuple[tuple[str, str], ...]  # (id, reference) of the later decisions that supersede it
    version: int = 1  # the record's version when read: an edit based on this entry passes it as expected_version
    # Issue 14: the outcome once nothing is open (addenda recorded after sign-off included), None while an ad
    # referendum confirmation or a silence is open; and the date it became final (the meeting's, or the addendum's).
    final_outcome: str | None = None
    final_on: date | None = None

    @property
    def superseded(self) -> bool:
        return bool(self.superseded_by)


@dataclass(frozen=True)
class RegisterFilter:
    outcomes: tuple[str, ...] = ()  # any of these outcomes; empty = all
    objective: int | None = None  # tagged with this GCM objective (1-23)
    organization_id: str | None = None  # this organisation entered a reservation or an objection
    date_from: date | None = None  # meeting date, inclusive
    date_to: date | None = None
    text: str = ""  # every word, as a word prefix, in the decision or a position's statement
    include_superseded: bool = True


# --- action tracker ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrackerEntry:
    id: str
    meeting_id: str
    meeting_reference: str
    meeting_title: str
    meeting_date: date
    decision_id: str | None
    decision_reference: str | None
    text: str
    responsible: tuple[str, ...]  # acronyms
    responsible_org_ids: tuple[str, ...]
    responsible_person: str | None
    due_date: date | None
    status: str
    completed_on: date | None
    completion_note: str | None
    overdue: bool
    last_follow_up: str | None  # the latest note recorded at a later meeting
    last_follow_up_meeting: str | None  # that meeting's reference
    version: int = 1  # the record's version when read: an edit based on this entry passes it as expected_version


@dataclass(frozen=True)
class TrackerFilter:
    organization_id: str | None = None  # responsible organisation
    statuses: tuple[str, ...] = ()  # any of these; empty = all
    due_from: date | None = None
    due_to: date | None = None
    overdue_only: bool = False
    today: date | None = None  # what "overdue" is measured against; default today in Istanbul


# --- GCM report ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GcmMeeting:
    id: str
    reference: str
    title: str
    date: date


@dataclass(frozen=True)
class GcmDecision:
    id: str
    reference: str
    meeting_reference: str
    date: date
    text: str
    outcome: str


@dataclass(frozen=True)
class GcmAction:
    id: str
    meeting_reference: str
    date: date
    text: str
    responsible: tuple[str, ...]
    due_date: date | None
    status: str


@dataclass(frozen=True)
class GcmObjectiveSection:
    number: int
    title: str
    meetings: tuple[GcmMeeting, ...] = ()
    decisions: tuple[GcmDecision, ...] = ()
    actions: tuple[GcmAction, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        return {"meetings": len(self.meetings), "decisions": len(self.decisions), "actions": len(self.actions)}


@dataclass(frozen=True)
class GcmReport:
    date_from: date
    date_to: date
    sections: tuple[GcmObjectiveSection, ...] = field(default_factory=tuple)  # objectives 1 to 23, in order

    @property
    def totals(self) -> dict[str, int]:
        """Distinct meetings, decisions and action points tagged with at least one objective."""
        return {
            "meetings": len({m.id for s in self.sections for m in s.meetings}),
            "decisions": len({d.id for s in self.sections for d in s.decisions}),
            "actions": len({a.id for s in self.sections for a in s.actions}),
        }

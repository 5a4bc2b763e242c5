"""The views of the records the first screen does not show (attendance, decisions, actions, the directory, a
copied register, leases): plain, frozen dataclasses, named through services/views.py, which imports this
module when one of them is first asked for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from unnm_desktop.domain.consensus import suggest_outcome
from unnm_desktop.domain.enums import Outcome


@dataclass(frozen=True)
class AttendeeView:
    id: str
    person_id: str | None
    full_name: str
    title: str
    organization_id: str | None
    organization_acronym: str
    organization_kind: str
    role: str
    status: str
    arrival_time: str | None
    version: int = 1  # the record's version when read: an edit based on this view passes it as expected_version


@dataclass(frozen=True)
class PositionView:
    id: str
    organization_id: str
    organization_acronym: str
    kind: str
    statement: str
    paragraph_ref: str | None
    ad_referendum_deadline: date | None
    version: int = 1  # the record's version when read: an edit based on this view passes it as expected_version


@dataclass(frozen=True)
class DecisionView:
    id: str
    meeting_id: str
    agenda_item_id: str | None
    reference: str
    sequence: int
    text: str
    method: str
    outcome: str
    chair_note: str | None
    deferred_to: str | None
    silence_deadline: datetime | None
    supersedes_id: str | None
    objectives: tuple[int, ...]
    positions: tuple[PositionView, ...]
    version: int = 1  # the record's version when read: an edit based on this view passes it as expected_version

    @property
    def suggested_outcome(self) -> Outcome:
        return suggest_outcome(p.kind for p in self.positions)


@dataclass(frozen=True)
class ActionView:
    id: str
    meeting_id: str
    meeting_reference: str
    decision_id: str | None
    text: str
    responsible_org_ids: tuple[str, ...]
    responsible_acronyms: tuple[str, ...]
    responsible_person_id: str | None
    due_date: date | None
    status: str
    completed_on: date | None
    version: int = 1  # the record's version when read: an edit based on this view passes it as expected_version


@dataclass(frozen=True)
class FollowUpView:
    id: str
    action: ActionView
    note: str
    status: str | None
    version: int = 1  # the record's version when read: an edit based on this view passes it as expected_version


@dataclass(frozen=True)
class OrgView:
    id: str
    acronym: str
    name_en: str
    name_tr: str
    kind: str
    version: int = 1  # the record's version when read: an edit based on this view passes it as expected_version


@dataclass(frozen=True)
class PhraseView:
    """A formula of the phrase bank (services/phrases.py): its text in each language, {…} placeholders kept."""

    id: str
    position: int
    text_en: str
    text_tr: str
    version: int = 1  # the record's version when read: an edit based on this view passes it as expected_version

    def text(self, language: str) -> str:
        return self.text_tr if language == "tr" else self.text_en


@dataclass(frozen=True)
class PersonView:
    id: str
    full_name: str
    title: str
    email: str | None
    organization_id: str | None
    organization_acronym: str
    version: int = 1  # the record's version when read: an edit based on this view passes it as expected_version


@dataclass(frozen=True)
class TableCopied:
    """One table of a copied register: its rows in the source, on the target, how many were expected there, and
    whether the source's rows are on the target value for value."""

    table: str
    source: int
    target: int
    expected: int
    same_values: bool

    @property
    def ok(self) -> bool:
        return self.target == self.expected and self.same_values


@dataclass(frozen=True)
class CopyReport:
    """What `unnm-desktop copy` did and found (services/copy_register.py): the register copied, then verified."""

    source: str
    target: str
    tables: tuple[TableCopied, ...]
    audit_events: int  # on the target, the copy's own event included
    search_entries: int
    problems: tuple[str, ...]  # Message values; empty when verified
    seconds: float

    @property
    def ok(self) -> bool:
        return not self.problems and all(table.ok for table in self.tables)


@dataclass(frozen=True)
class MeetingLeaseView:
    """Which desk is typing a meeting live (services/meeting/leases.py): a person's name, their computer, since
    when (UTC) and until when it holds unless renewed."""

    meeting_id: str
    holder: str
    host: str
    desk_id: str
    since: datetime
    expires_at: datetime


@dataclass(frozen=True)
class LeaseOutcome:
    """What taking a lease gave: `granted`, with `lease` the one now held (this desk's when granted, another
    desk's live lease otherwise)."""

    granted: bool
    lease: MeetingLeaseView | None

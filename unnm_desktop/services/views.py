"""What the services return to read: plain, frozen dataclasses.

They live apart from the service modules so that the GUI can use them (and the quick first-screen
reads of services/quickread.py can build them) without importing SQLAlchemy.

Only the first screen's and the meeting's views are made here; the others (services/record_views.py) are
imported when one of them is first named, `views.DecisionView` or `from ...views import DecisionView` alike:
each frozen dataclass costs about a millisecond to make, and the start needs three of the fourteen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from unnm_desktop.services.record_views import (
        ActionView,
        AttendeeView,
        CopyReport,
        DecisionView,
        FollowUpView,
        LeaseOutcome,
        MeetingLeaseView,
        OrgView,
        PersonView,
        PhraseView,
        PositionView,
        TableCopied,
    )


@dataclass(frozen=True)
class MeetingSummary:
    id: str
    reference: str
    title: str
    start: datetime
    status: str
    series: str
    revision: int


@dataclass(frozen=True)
class MeetingDetail:
    id: str
    reference: str
    series: str
    number: int | None
    title: str
    start: datetime
    end: datetime | None
    location: str
    venue: str
    modality: str
    event_category: str
    main_organisers: str
    target_audience: str
    language: str
    geographic_scope: str
    sub_region: str
    workstream_output: str
    chair_id: str | None
    rapporteur_id: str | None
    status: str
    revision: int
    previous_meeting_id: str | None
    next_meeting_date: date | None
    objectives: tuple[int, ...]
    time_zone: str = "Europe/Istanbul"
    version: int = 1  # the record's version when read: an edit based on this view passes it as expected_version


@dataclass(frozen=True)
class AgendaItemView:
    id: str
    position: int
    number: str
    title: str
    standing: str | None
    presenter_id: str | None
    planned_minutes: int | None
    elapsed_seconds: int
    running_since: datetime | None
    status: str
    notes_md: str
    objectives: tuple[int, ...]
    version: int = 1  # the record's version when read: an edit based on this view passes it as expected_version


_RECORD_VIEWS = (
    "ActionView",
    "AttendeeView",
    "CopyReport",
    "DecisionView",
    "FollowUpView",
    "LeaseOutcome",
    "MeetingLeaseView",
    "OrgView",
    "PersonView",
    "PhraseView",
    "PositionView",
    "TableCopied",
)
__all__ = [
    "ActionView",
    "AgendaItemView",
    "AttendeeView",
    "CopyReport",
    "DecisionView",
    "FollowUpView",
    "LeaseOutcome",
    "MeetingDetail",
    "MeetingLeaseView",
    "MeetingSummary",
    "OrgView",
    "PersonView",
    "PhraseView",
    "PositionView",
    "TableCopied",
]


def __getattr__(name: str) -> Any:
    """The views of services/record_views.py, imported when one is first named (PEP 562)."""
    if name in _RECORD_VIEWS:
        from unnm_desktop.services import record_views

        globals().update({view: getattr(record_views, view) for view in _RECORD_VIEWS})
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

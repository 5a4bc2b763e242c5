"""The frozen views the closures' services return (issue 14): addenda, pending items, decisions' final outcomes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Any


@dataclass(frozen=True)
class AddendumView:
    """One signed addendum to signed-off minutes: a closure recorded after the meeting."""

    id: str
    meeting_id: str
    meeting_reference: str
    meeting_title: str
    number: int  # 1, 2, … per meeting
    decision_id: str
    decision_reference: str
    kind: str  # domain/closure.py ClosureKind: confirmed, withdrawn, silence_ended, silence_broken
    organization_acronym: str | None  # who confirmed, withdrew or broke the silence; None for a silence ended
    occurred_on: date  # in the meeting's time zone
    occurred_time: str | None  # "HH:MM" in the meeting's time zone (silences), else None
    note: str  # how it was confirmed (e.g. the e-mail reference), or a note on the objection
    on_what: str  # what a silence-breaking objection was on (e.g. "paragraph 3")
    outcome_after: str  # domain Outcome value: the decision's outcome after this closure
    final: bool  # outcome_after is final (nothing is open on the decision any more)
    signed_at: datetime  # aware UTC
    signed_by: str
    sha256: str  # the addendum's fingerprint
    sign_off_id: str  # the sign-off of the minutes it adds to
    minutes_sha256: str  # that sign-off's fingerprint
    label_version: int
    content_json: str

    @cached_property
    def content(self) -> dict[str, Any]:
        return json.loads(self.content_json)


@dataclass(frozen=True)
class PendingItem:
    """An open confirmation or a running silence on signed-off minutes."""

    meeting_id: str
    meeting_reference: str
    meeting_title: str
    decision_id: str
    decision_reference: str
    kind: str  # domain/closure.py OpenKind: "confirmation" or "silence"
    organization_acronym: str | None  # the ad referendum position's organisation; None for a silence
    deadline: date | datetime | None  # a confirmation's date; a silence's instant (aware, meeting's time zone)
    deadline_text: str  # "2026-05-30" or "2026-05-12 12:00" (the meeting's local time)
    overdue: bool  # the deadline has passed where the meeting is held
    proposal: str | None  # "adopted_under_silence" for an overdue silence: a person confirms (silence-end)
    time_zone: str


@dataclass(frozen=True)
class DecisionClosure:
    """Where a decision stands after the closures recorded since its minutes were signed off."""

    decision_id: str
    outcome_signed: str  # the outcome in the signed-off minutes (or the draft's)
    final_outcome: str | None  # None while something is open
    final_on: date | None  # the date it became final: the meeting's, or the closing addendum's
    open_items: int  # confirmations and silences still open
    addenda: int  # the number of addenda recorded on it

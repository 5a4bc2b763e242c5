"""Closures after the meeting (issue 14): what is still open on a decision, and its outcome once closed.

Minutes may be signed off while an ad referendum position awaits confirmation or a silence procedure runs.
Each later closure (an addendum) is one of `ClosureKind`. These rules say, from the decision as signed off and
the closures recorded since, which items are still open and what the decision's outcome is now:

- a withdrawal of an ad referendum position, or a silence broken by an objection: not adopted (the text goes
  back to the Network), whatever else is open;
- otherwise, while any ad referendum position is unconfirmed or the silence runs: the outcome signed off;
- once everything is closed: adopted (under silence procedure when a silence ended), with reservations when
  reservations or stand-asides are on record.

The app proposes "adopted under silence procedure" when a silence's deadline has passed with no objection
recorded; it never decides by itself (a person records `silence_ended`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from unnm_desktop.domain.enums import FINAL_OUTCOMES, Outcome, PositionKind, StrEnum


class ClosureKind(StrEnum):
    CONFIRMED = "confirmed"  # the ad referendum position is confirmed: the organisation joins
    WITHDRAWN = "withdrawn"  # the organisation does not confirm: no consensus
    SILENCE_ENDED = "silence_ended"  # the deadline passed without objection
    SILENCE_BROKEN = "silence_broken"  # an organisation objected before the deadline


POSITION_CLOSURES = frozenset({ClosureKind.CONFIRMED, ClosureKind.WITHDRAWN})
SILENCE_CLOSURES = frozenset({ClosureKind.SILENCE_ENDED, ClosureKind.SILENCE_BROKEN})
_BREAKING = frozenset({ClosureKind.WITHDRAWN, ClosureKind.SILENCE_BROKEN})


class OpenKind(StrEnum):
    CONFIRMATION = "confirmation"  # an ad referendum position awaiting confirmation
    SILENCE = "silence"  # a silence procedure running


# What the app proposes for an overdue item (a person confirms it).
PROPOSE_ADOPTED_UNDER_SILENCE = "adopted_under_silence"

# Outcomes that may stay open at sign-off: a closure recorded later settles them.
OPEN_OUTCOMES = frozenset({Outcome.PROPOSED, Outcome.UNDER_SILENCE})


@dataclass(frozen=True)
class HeldPosition:
    organization_id: str
    kind: str  # PositionKind value
    deadline: date | None = None  # an ad referendum position's confirmation deadline


@dataclass(frozen=True)
class Closure:
    kind: str  # ClosureKind value
    organization_id: str | None = None


@dataclass(frozen=True)
class OpenItem:
    kind: OpenKind
    organization_id: str | None  # the ad referendum position's organisation; None for a silence
    deadline: date | datetime | None  # a confirmation's date, a silence's instant (aware UTC)


def open_items(
    outcome: str,
    positions: Iterable[HeldPosition],
    silence_deadline: datetime | None,
    closures: Iterable[Closure],
) -> list[OpenItem]:
    """What is still open on a decision signed off with `outcome`, after `closures`."""
    closures = list(closures)
    if Outcome(outcome) not in OPEN_OUTCOMES or any(ClosureKind(c.kind) in _BREAKING for c in closures):
        return []
    confirmed = {c.organization_id for c in closures if c.kind == ClosureKind.CONFIRMED}
    items = [
        OpenItem(OpenKind.CONFIRMATION, p.organization_id, p.deadline)
        for p in positions
        if p.kind == PositionKind.AD_REFERENDUM and p.organization_id not in confirmed
    ]
    silence_closed = any(ClosureKind(c.kind) in SILENCE_CLOSURES for c in closures)
    if outcome == Outcome.UNDER_SILENCE and not silence_closed:
        items.append(OpenItem(OpenKind.SILENCE, None, silence_deadline))
    return items


def outcome_after(
    outcome: str,
    positions: Iterable[HeldPosition],
    silence_deadline: datetime | None,
    closures: Iterable[Closure],
) -> Outcome:
    """The decision's outcome once `closures` are recorded (the outcome signed off while anything is open)."""
    positions, closures = list(positions), list(closures)
    signed = Outcome(outcome)
    if signed not in OPEN_OUTCOMES:
        return signed
    if any(ClosureKind(c.kind) in _BREAKING for c in closures):
        return Outcome.NOT_ADOPTED
    if open_items(outcome, positions, silence_deadline, closures) or not closures:
        return signed
    reserving = {PositionKind.RESERVATION, PositionKind.STANDS_ASIDE}
    if any(PositionKind(p.kind) in reserving for p in positions):
        return Outcome.ADOPTED_WITH_RESERVATIONS
    return Outcome.ADOPTED


def is_final(outcome: str) -> bool:
    return Outcome(outcome) in FINAL_OUTCOMES


def may_stay_open_at_sign_off(outcome: str, positions: Iterable[HeldPosition], silence_deadline: object) -> bool:
    """Whether a decision without a final outcome may still be signed off: a silence with its deadline, or a
    "proposed" decision waiting only for ad referendum confirmations (no objection on record)."""
    positions = list(positions)
    if outcome == Outcome.UNDER_SILENCE:
        return silence_deadline is not None
    if outcome == Outcome.PROPOSED:
        kinds = {PositionKind(p.kind) for p in positions}
        return PositionKind.AD_REFERENDUM in kinds and PositionKind.OBJECTS not in kinds
    return False

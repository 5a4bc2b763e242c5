"""Consensus rules for decisions (DESIGN.md §2).

A decision's outcome must agree with the positions the organisations took on it. These functions
decide that; the services call them before anything is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from unnm_desktop.domain.enums import Outcome, PositionKind
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message

_RESERVING = frozenset({PositionKind.RESERVATION, PositionKind.STANDS_ASIDE})


@dataclass(frozen=True)
class PositionTally:
    objections: int = 0
    reservations: int = 0
    open_ad_referendum: int = 0

    @classmethod
    def of(cls, kinds: Iterable[PositionKind | str]) -> PositionTally:
        objections = reservations = ad_referendum = 0
        for raw in kinds:
            kind = PositionKind(raw)
            if kind is PositionKind.OBJECTS:
                objections += 1
            elif kind in _RESERVING:
                reservations += 1
            elif kind is PositionKind.AD_REFERENDUM:
                ad_referendum += 1
        return cls(objections, reservations, ad_referendum)


def outcome_problem(
    outcome: Outcome | str,
    positions: Iterable[PositionKind | str],
    *,
    chair_note: str | None = None,
    silence_deadline: object | None = None,
) -> Message | None:
    """Why `outcome` is not allowed with these positions, in words (one sentence); None when it is allowed."""
    outcome = Outcome(outcome)
    tally = PositionTally.of(positions)
    if outcome is Outcome.ADOPTED:
        if tally.objections:
            return Message(QT_TRANSLATE_NOOP("Errors", "It cannot be adopted while an organisation objects."))
        if tally.open_ad_referendum:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Errors", "It cannot be adopted while a position is still ad referendum (awaiting confirmation)."
                )
            )
        if tally.reservations:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "With a reservation or a stand-aside on record the outcome is “adopted with reservations”.",
                )
            )
    elif outcome is Outcome.ADOPTED_WITH_RESERVATIONS:
        if tally.objections:
            return Message(QT_TRANSLATE_NOOP("Errors", "It cannot be adopted while an organisation objects."))
        if tally.open_ad_referendum:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Errors", "It cannot be adopted while a position is still ad referendum (awaiting confirmation)."
                )
            )
        if not tally.reservations:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Errors", "“Adopted with reservations” needs at least one reservation or stand-aside on record."
                )
            )
    elif outcome is Outcome.NOT_ADOPTED:
        if not tally.objections and not (chair_note and chair_note.strip()):
            return Message(
                QT_TRANSLATE_NOOP(
                    "Errors", "“Not adopted” needs an objection on record or a note from the chair explaining why."
                )
            )
    elif outcome is Outcome.UNDER_SILENCE:
        if silence_deadline is None:
            return Message(QT_TRANSLATE_NOOP("Errors", "A silence procedure needs a deadline."))
        if tally.objections:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Errors", "An objection breaks the silence procedure: the decision goes back to “proposed”."
                )
            )
    return None


def suggest_outcome(positions: Iterable[PositionKind | str]) -> Outcome:
    """The outcome the positions point to, offered to the rapporteur as a default."""
    tally = PositionTally.of(positions)
    if tally.objections:
        return Outcome.NOT_ADOPTED
    if tally.open_ad_referendum:
        return Outcome.PROPOSED
    if tally.reservations:
        return Outcome.ADOPTED_WITH_RESERVATIONS
    return Outcome.ADOPTED


OUTCOME_WORDS_EN = {
    Outcome.PROPOSED: "Proposed; not yet decided",
    Outcome.UNDER_SILENCE: "Under silence procedure",
    Outcome.ADOPTED: "Adopted by consensus",
    Outcome.ADOPTED_WITH_RESERVATIONS: "Adopted by consensus, with reservations on record",
    Outcome.NOT_ADOPTED: "Not adopted; no consensus",
    Outcome.DEFERRED: "No consensus; deferred",
    Outcome.WITHDRAWN: "Withdrawn",
}

POSITION_WORDS_EN = {
    PositionKind.JOINS: "Joins the consensus",
    PositionKind.CONCERN: "Joins, with a concern noted",
    PositionKind.STANDS_ASIDE: "Stands aside",
    PositionKind.RESERVATION: "Reservation",
    PositionKind.AD_REFERENDUM: "Ad referendum (awaiting confirmation)",
    PositionKind.OBJECTS: "Objects",
}

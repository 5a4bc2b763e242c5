from __future__ import annotations

import pytest

from unnm_desktop.domain.consensus import outcome_problem, suggest_outcome
from unnm_desktop.domain.enums import Outcome, PositionKind

J, C, SA, R, AR, O = (  # noqa: E741 - short names keep the rule table readable
    PositionKind.JOINS,
    PositionKind.CONCERN,
    PositionKind.STANDS_ASIDE,
    PositionKind.RESERVATION,
    PositionKind.AD_REFERENDUM,
    PositionKind.OBJECTS,
)


@pytest.mark.parametrize(
    ("outcome", "positions", "allowed"),
    [
        (Outcome.ADOPTED, [], True),
        (Outcome.ADOPTED, [J, C], True),
        (Outcome.ADOPTED, [J, O], False),
        (Outcome.ADOPTED, [AR], False),
        (Outcome.ADOPTED, [R], False),
        (Outcome.ADOPTED, [SA], False),
        (Outcome.ADOPTED_WITH_RESERVATIONS, [R], True),
        (Outcome.ADOPTED_WITH_RESERVATIONS, [SA, J], True),
        (Outcome.ADOPTED_WITH_RESERVATIONS, [J], False),
        (Outcome.ADOPTED_WITH_RESERVATIONS, [R, O], False),
        (Outcome.ADOPTED_WITH_RESERVATIONS, [R, AR], False),
        (Outcome.NOT_ADOPTED, [O], True),
        (Outcome.NOT_ADOPTED, [J], False),
        (Outcome.DEFERRED, [O, AR], True),
        (Outcome.WITHDRAWN, [O], True),
        (Outcome.PROPOSED, [O, R, AR], True),
    ],
)
def test_outcome_rules(outcome: Outcome, positions: list[PositionKind], allowed: bool) -> None:
    problem = outcome_problem(outcome, positions)
    assert (problem is None) is allowed, problem


def test_not_adopted_without_objection_needs_a_chair_note() -> None:
    assert outcome_problem(Outcome.NOT_ADOPTED, [J]) is not None
    assert outcome_problem(Outcome.NOT_ADOPTED, [J], chair_note="Quorum not reached.") is None
    assert outcome_problem(Outcome.NOT_ADOPTED, [J], chair_note="   ") is not None


def test_silence_procedure_needs_a_deadline_and_no_objection() -> None:
    assert outcome_problem(Outcome.UNDER_SILENCE, []) is not None
    assert outcome_problem(Outcome.UNDER_SILENCE, [], silence_deadline="2023-11-10") is None
    assert outcome_problem(Outcome.UNDER_SILENCE, [O], silence_deadline="2023-11-10") is not None


def test_problems_are_human_sentences() -> None:
    problem = outcome_problem(Outcome.ADOPTED, [O])
    assert problem is not None and problem.endswith(".") and "object" in problem


@pytest.mark.parametrize(
    ("positions", "expected"),
    [
        ([], Outcome.ADOPTED),
        ([J, C], Outcome.ADOPTED),
        ([R], Outcome.ADOPTED_WITH_RESERVATIONS),
        ([SA, J], Outcome.ADOPTED_WITH_RESERVATIONS),
        ([AR, R], Outcome.PROPOSED),
        ([O, R], Outcome.NOT_ADOPTED),
    ],
)
def test_suggested_outcome_is_always_allowed(positions: list[PositionKind], expected: Outcome) -> None:
    suggestion = suggest_outcome(positions)
    assert suggestion is expected
    assert outcome_problem(suggestion, positions) is None

"""What the decisions service says when a position contradicts the recorded outcome (services/meeting/decisions.py)."""

from unnm_desktop.domain.enums import Outcome
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP

# "The decision is recorded as <outcome>, and this position contradicts it": one sentence per outcome.
CONTRADICTED = {
    Outcome.ADOPTED.value: QT_TRANSLATE_NOOP(
        "Errors",
        "The decision is recorded as adopted, and this position contradicts it: {problem} Change the outcome first "
        "(for example back to proposed).",
    ),
    Outcome.ADOPTED_WITH_RESERVATIONS.value: QT_TRANSLATE_NOOP(
        "Errors",
        "The decision is recorded as adopted with reservations, and this position contradicts it: {problem} Change "
        "the outcome first (for example back to proposed).",
    ),
    Outcome.NOT_ADOPTED.value: QT_TRANSLATE_NOOP(
        "Errors",
        "The decision is recorded as not adopted, and this position contradicts it: {problem} Change the outcome "
        "first (for example back to proposed).",
    ),
    Outcome.UNDER_SILENCE.value: QT_TRANSLATE_NOOP(
        "Errors",
        "The decision is recorded as under silence, and this position contradicts it: {problem} Change the outcome "
        "first (for example back to proposed).",
    ),
}
CONTRADICTED_OTHER = QT_TRANSLATE_NOOP(
    "Errors",
    "The decision is recorded as {outcome}, and this position contradicts it: {problem} Change the outcome first "
    "(for example back to proposed).",
)

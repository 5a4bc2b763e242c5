"""The refusals of an import plan that name a kind of record, one sentence per kind (services/package/plan.py)."""

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP

# Refusals that name a kind of record: one sentence per kind.
ELSEWHERE = {
    "decision": QT_TRANSLATE_NOOP("Errors", "the decision {id} belongs to another meeting in this database."),
    "action_point": QT_TRANSLATE_NOOP("Errors", "the action point {id} belongs to another meeting in this database."),
}
NOT_IN_COPY = {
    "decision": QT_TRANSLATE_NOOP(
        "Errors",
        "this database's copy of meeting {reference} does not have this decision, which the package's meeting "
        "refers to; import the package of {reference} first.",
    ),
    "action_point": QT_TRANSLATE_NOOP(
        "Errors",
        "this database's copy of meeting {reference} does not have this action point, which the package's meeting "
        "refers to; import the package of {reference} first.",
    ),
}
REFERENCE_TAKEN = {
    "meeting": QT_TRANSLATE_NOOP(
        "Errors",
        "another meeting in this database already has the reference {reference}; change the reference on one side "
        "(Details), then import again.",
    ),
    "decision": QT_TRANSLATE_NOOP(
        "Errors",
        "another decision in this database already has the reference {reference}; change the reference on one side "
        "(Details), then import again.",
    ),
}

"""The chair's summary of a recorded decision, drafted from its outcome and positions (domain/chair_summary.py)."""

from __future__ import annotations

from sqlalchemy.orm import selectinload

from unnm_desktop.domain.chair_summary import SUMMARY_LANGUAGES, SummaryPosition, draft_summary
from unnm_desktop.domain.clock import local
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from unnm_desktop.services.common import get_or_fail
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory.entries import name_at
from unnm_desktop.store.models import Decision, Organization, Position

# The positions with their organisations and those organisations' earlier names, in three queries.
_WITH_POSITIONS = [
    selectinload(Decision.meeting),
    selectinload(Decision.positions).selectinload(Position.organization).selectinload(Organization.aliases),
]


def draft_chair_summary(ctx: ServiceContext, decision_id: str, language: str | None = None) -> str:
    """The sentence for the minutes in `language` ("en" or "tr"; None: the meeting's language), naming each
    organisation by the acronym it had on the day of the meeting, as the minutes do. Reads only: what to do with
    the draft is the caller's."""
    if language is not None and language not in SUMMARY_LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a language the minutes can be written in; use en or tr."),
            value=language,
        )
    with ctx.session() as session:
        found = session.get(Decision, decision_id, options=_WITH_POSITIONS) if decision_id else None
        decision = found or get_or_fail(session, Decision, decision_id, "decision")  # raises, naming what is missing
        return draft_for(decision, language or minutes_language(decision))


def minutes_language(decision: Decision) -> str:
    """The language the decision's minutes are written in: the meeting's, English when it is neither."""
    language = (decision.meeting.language or "").strip().lower()
    return language if language in SUMMARY_LANGUAGES else "en"


def draft_for(decision: Decision, language: str) -> str:
    """The draft of a decision as it stands in an open session (its positions as they are there now)."""
    on = local(decision.meeting.start_utc).date()
    positions = [
        SummaryPosition(
            acronym=name_at(position.organization, on)[0],
            kind=position.kind,
            paragraph_ref=position.paragraph_ref,
            deadline=position.ad_referendum_deadline,
        )
        for position in decision.positions
    ]
    return draft_summary(
        decision.outcome,
        decision.method,
        positions,
        language,
        silence_deadline=decision.silence_deadline,
        deferred_to=decision.deferred_to,
    )


# --- keeping an inserted summary in step ---------------------------------------------------------------------


def drafts_before(decision: Decision) -> dict[str, str]:
    """The drafts, in every language, of the decision as it stands before a change (when it holds a chair's
    note at all: without one there is nothing to keep in step)."""
    if not (decision.chair_note or "").strip():
        return {}
    return {language: draft_for(decision, language) for language in SUMMARY_LANGUAGES}


def keep_in_step(decision: Decision, before: dict[str, str]) -> tuple[str, str] | None:
    """After a change of the outcome or a position: a chair's note still equal to the draft made before the
    change (in either language) was not edited by hand, and becomes the draft made after it, in the same
    language. Returns (old, new) when the note was replaced; a note edited by hand is left alone (None)."""
    note = (decision.chair_note or "").strip()
    language = next((lang for lang, draft in before.items() if note and draft == note), None)
    if language is None:
        return None
    draft = draft_for(decision, language)
    if draft == note:
        return None
    decision.chair_note = draft
    return note, draft

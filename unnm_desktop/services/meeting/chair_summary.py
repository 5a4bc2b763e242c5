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


def draft_chair_summary(ctx: ServiceContext, decision_id: str, language: str) -> str:
    """The sentence for the minutes in `language` ("en" or "tr"), naming each organisation by the acronym it had
    on the day of the meeting, as the minutes do. Reads only: what to do with the draft is the caller's."""
    if language not in SUMMARY_LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a language the minutes can be written in; use en or tr."),
            value=language,
        )
    with ctx.session() as session:
        found = session.get(Decision, decision_id, options=_WITH_POSITIONS) if decision_id else None
        decision = found or get_or_fail(session, Decision, decision_id, "decision")  # raises, naming what is missing
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

"""The decision register: every decision across all meetings, with filters, and which later decision
supersedes which earlier one.

Read with Core queries (no ORM objects): all 3,000 decisions of `demo --meetings 1000` load in well under
the 200 ms goal (bench/desk.py). Organisations are named as they were on the meeting date.
"""

from __future__ import annotations

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import Session

from unnm_desktop.domain.enums import Outcome, PositionKind, parse_enum
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from unnm_desktop.services.common import OBJECTIVE_RANGE, editable_meeting, get_or_fail
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.common import OrgNames, local_date, utc_bounds
from unnm_desktop.services.desk.search import query_terms
from unnm_desktop.services.desk.views import RegisterEntry, RegisterFilter, RegisterPosition
from unnm_desktop.services.minutes.pending import closures_in_session
from unnm_desktop.store import search_query
from unnm_desktop.store.models import Decision, DecisionObjective, Meeting, Position

_D, _M = Decision.__table__, Meeting.__table__
_P, _O = Position.__table__, DecisionObjective.__table__
# The positions by which an organisation dissents: the register's "reservation or objection" filter.
DISSENT = (PositionKind.RESERVATION.value, PositionKind.OBJECTS.value)


def _filtered(connection: Connection, filters: RegisterFilter) -> Select | None:  # type: ignore[type-arg]
    query = select(
        _D.c.id,
        _D.c.reference,
        _D.c.meeting_id,
        _D.c.agenda_item_id,
        _D.c.text,
        _D.c.method,
        _D.c.outcome,
        _D.c.chair_note,
        _D.c.deferred_to,
        _D.c.supersedes_id,
        _D.c.version,
        _M.c.reference.label("meeting_reference"),
        _M.c.title.label("meeting_title"),
        _M.c.start_utc,
        _M.c.status.label("meeting_status"),
    ).join(_M, _M.c.id == _D.c.meeting_id)
    if filters.outcomes:
        query = query.where(_D.c.outcome.in_([parse_enum(Outcome, o, "outcome").value for o in filters.outcomes]))
    if filters.objective is not None:
        if not 1 <= int(filters.objective) <= 23:
            raise ValidationError(OBJECTIVE_RANGE, number=filters.objective)
        query = query.where(_D.c.id.in_(select(_O.c.decision_id).where(_O.c.objective == int(filters.objective))))
    if filters.organization_id:
        dissent = select(_P.c.decision_id).where(
            _P.c.organization_id == filters.organization_id, _P.c.kind.in_(DISSENT)
        )
        query = query.where(_D.c.id.in_(dissent))
    start, end = utc_bounds(filters.date_from, filters.date_to)
    if start is not None:
        query = query.where(_M.c.start_utc >= start)
    if end is not None:
        query = query.where(_M.c.start_utc < end)
    if filters.text.strip():
        terms = query_terms(filters.text)
        found = search_query.matching_records(connection, terms, ("decision", "position")) if terms else set()
        decision_ids = {record for kind, record in found if kind == "decision"}
        position_ids = [record for kind, record in found if kind == "position"]
        for start_at in range(0, len(position_ids), 500):
            chunk = position_ids[start_at : start_at + 500]
            decision_ids.update(connection.execute(select(_P.c.decision_id).where(_P.c.id.in_(chunk))).scalars())
        if not decision_ids:
            return None
        query = query.where(_D.c.id.in_(sorted(decision_ids)))
    return query


def load_register(ctx: ServiceContext, filters: RegisterFilter | None = None) -> list[RegisterEntry]:
    """The decisions that pass `filters`, oldest meeting first, in their order within the meeting."""
    filters = filters or RegisterFilter()
    with ctx.session() as session:
        connection = session.connection()
        query = _filtered(connection, filters)
        if query is None:
            return []
        rows = connection.execute(query.order_by(_M.c.start_utc, _D.c.sequence)).all()
        chosen = query.with_only_columns(_D.c.id).scalar_subquery()
        everything = not (filters.outcomes or filters.objective or filters.organization_id or filters.text.strip())
        everything = everything and filters.date_from is None and filters.date_to is None
        positions_query = select(_P.c.decision_id, _P.c.organization_id, _P.c.kind, _P.c.statement, _P.c.paragraph_ref)
        objectives_query = select(_O.c.decision_id, _O.c.objective).order_by(_O.c.objective)
        if not everything:
            positions_query = positions_query.where(_P.c.decision_id.in_(chosen))
            objectives_query = objectives_query.where(_O.c.decision_id.in_(chosen))
        positions: dict[str, list[tuple[str, str, str, str | None]]] = {}
        for decision_id, org_id, kind, statement, paragraph in connection.execute(positions_query):
            positions.setdefault(decision_id, []).append((org_id, kind, statement, paragraph))
        objectives: dict[str, list[int]] = {}
        for decision_id, objective in connection.execute(objectives_query):
            objectives.setdefault(decision_id, []).append(objective)
        links = connection.execute(
            select(_D.c.id, _D.c.reference, _D.c.supersedes_id).where(_D.c.supersedes_id.is_not(None))
        ).all()
        superseded_ids = {link.supersedes_id for link in links}
        references = dict(connection.execute(select(_D.c.id, _D.c.reference).where(_D.c.id.in_(superseded_ids))).all())
        names = OrgNames(connection)
        closures = closures_in_session(session, None if everything else [row.id for row in rows])
    superseded_by: dict[str, list[tuple[str, str]]] = {}
    for link in links:
        superseded_by.setdefault(link.supersedes_id, []).append((link.id, link.reference))
    entries = []
    for row in rows:
        if not filters.include_superseded and row.id in superseded_by:
            continue
        day = local_date(row.start_utc)
        held = sorted(
            (
                RegisterPosition(org_id, names.at(org_id, day), kind, statement, paragraph)
                for org_id, kind, statement, paragraph in positions.get(row.id, ())
            ),
            key=lambda p: p.organization,
        )
        entries.append(
            RegisterEntry(
                row.id,
                row.reference,
                row.meeting_id,
                row.meeting_reference,
                row.meeting_title,
                day,
                row.meeting_status,
                row.agenda_item_id,
                row.text,
                row.method,
                row.outcome,
                row.chair_note,
                row.deferred_to,
                tuple(objectives.get(row.id, ())),
                tuple(held),
                row.supersedes_id,
                references.get(row.supersedes_id) if row.supersedes_id else None,
                tuple(superseded_by.get(row.id, ())),
                row.version,
                closures[row.id].final_outcome if row.id in closures else None,
                closures[row.id].final_on if row.id in closures else None,
            )
        )
    return entries


def set_supersedes(ctx: ServiceContext, decision_id: str, superseded_id: str | None) -> None:
    """Record that `decision_id` supersedes the earlier `superseded_id` (None: it supersedes nothing).

    The later decision's minutes must be open for editing (what a decision supersedes is part of its
    minutes); the earlier one may be signed off. See `check_supersedes` for what is refused.
    """
    with ctx.session() as session:
        decision = get_or_fail(session, Decision, decision_id, "decision")
        editable_meeting(session, decision.meeting_id)
        old = decision.supersedes_id
        if superseded_id == old:
            return
        after: dict[str, str | None] = {"supersedes_id": superseded_id}
        if superseded_id is not None:
            after["supersedes"] = check_supersedes(session, decision, superseded_id).reference
        decision.supersedes_id = superseded_id
        ctx.audit(session, "decision", decision.id, "supersede", {"supersedes_id": old}, after)


def check_supersedes(session: Session, decision: Decision, superseded_id: str) -> Decision:
    """The earlier decision `decision` may supersede, or ValidationError: not itself, not a decision taken
    at the same time or later, and not one that (through a chain) already supersedes it."""
    if superseded_id == decision.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Decision {reference} cannot supersede itself."), reference=decision.reference
        )
    earlier = get_or_fail(session, Decision, superseded_id, "decision")
    if (earlier.meeting.start_utc, earlier.sequence) >= (decision.meeting.start_utc, decision.sequence):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Decision {earlier} was not taken before {later}; only a later decision supersedes an earlier one.",
            ),
            earlier=earlier.reference,
            later=decision.reference,
        )
    seen, step = {decision.id}, earlier
    while step.supersedes_id is not None:
        if step.supersedes_id in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Decision {earlier} already supersedes {later} through {step}; a decision cannot supersede one "
                    "that supersedes it.",
                ),
                earlier=earlier.reference,
                later=decision.reference,
                step=step.reference,
            )
        seen.add(step.id)
        step = get_or_fail(session, Decision, step.supersedes_id, "decision")
    return earlier

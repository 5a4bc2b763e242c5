"""The database rows the minutes' content is made of, for a list of meetings, read with one query per table.

Only reading and grouping: no field's shape and no list's order is decided here (content.py decides both).
The rows are plain Core rows, not ORM objects: the ORM's per-row bookkeeping would cost more than the rows
themselves, and one meeting loaded through its relationships took about thirty queries (issue 11). Only the
organisations are ORM objects, for `directory.entries.name_at` (their earlier names).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, selectinload

from unnm_desktop.store.models import (
    ActionFollowUp,
    ActionPoint,
    ActionResponsible,
    AgendaItem,
    AgendaItemObjective,
    Attendance,
    Decision,
    DecisionObjective,
    Meeting,
    MeetingObjective,
    Organization,
    Person,
    Position,
)

# Ids per IN (...) list: well under SQLite's limit on bound parameters (999 before 3.32).
CHUNK = 500


@dataclass(frozen=True)
class MeetingRows:
    """The rows of some meetings, grouped by the id they hang from (lists in the database's order)."""

    meetings: list[Any]  # the meetings found, in the order asked for
    objectives: dict[str, list[Any]]  # by meeting id
    attendance: dict[str, list[Any]]  # by meeting id
    items: dict[str, list[Any]]  # by meeting id
    item_objectives: dict[str, list[Any]]  # by agenda item id
    decisions: dict[str, list[Any]]  # by meeting id
    decision_objectives: dict[str, list[Any]]  # by decision id
    positions: dict[str, list[Any]]  # by decision id
    actions: dict[str, list[Any]]  # the meeting's own action points, by meeting id
    follow_ups: dict[str, list[Any]]  # by meeting id
    actions_by_id: dict[str, Any]  # own and followed-up action points
    responsible: dict[str, list[Any]]  # by action id
    references: dict[str, str]  # the reference of every meeting an action point comes from, by meeting id
    organizations: dict[str, Organization]  # every organisation named, with its earlier names
    people: dict[str, Any]  # every person named: rows of (id, full_name, title)


def read_meeting_rows(session: Session, meeting_ids: Sequence[str]) -> MeetingRows:
    """The rows of these meetings (ids naming no meeting are left out). The caller flushes the session first."""
    reader = _Reader(session.connection())
    meetings = reader.rows(_columns(Meeting), Meeting.id, meeting_ids)
    order = {meeting_id: index for index, meeting_id in enumerate(meeting_ids)}
    meetings.sort(key=lambda m: order[m.id])
    ids = [m.id for m in meetings]
    attendance = reader.rows(_columns(Attendance), Attendance.meeting_id, ids)
    items = reader.rows(_columns(AgendaItem), AgendaItem.meeting_id, ids)
    decisions = reader.rows(_columns(Decision), Decision.meeting_id, ids)
    decision_ids = [d.id for d in decisions]
    positions = reader.rows(_columns(Position), Position.decision_id, decision_ids)
    follow_ups = reader.rows(_columns(ActionFollowUp), ActionFollowUp.meeting_id, ids)
    actions = reader.rows(_columns(ActionPoint), ActionPoint.meeting_id, ids)
    own_action_ids = {a.id for a in actions}
    followed = {f.action_id for f in follow_ups} - own_action_ids
    actions += reader.rows(_columns(ActionPoint), ActionPoint.id, followed)
    actions_by_id = {a.id: a for a in actions}
    responsible = reader.rows(_columns(ActionResponsible), ActionResponsible.action_id, actions_by_id)
    origins = {a.meeting_id for a in actions}
    org_ids = _values("organization_id", attendance, positions, responsible)
    person_ids = _values("chair_id", meetings) | _values("rapporteur_id", meetings) | _values("person_id", attendance)
    person_ids |= _values("presenter_id", items) | _values("responsible_person_id", actions)
    return MeetingRows(
        meetings=meetings,
        objectives=_grouped(reader.rows(_columns(MeetingObjective), MeetingObjective.meeting_id, ids), "meeting_id"),
        attendance=_grouped(attendance, "meeting_id"),
        items=_grouped(items, "meeting_id"),
        item_objectives=_grouped(
            reader.rows(_columns(AgendaItemObjective), AgendaItemObjective.agenda_item_id, [i.id for i in items]),
            "agenda_item_id",
        ),
        decisions=_grouped(decisions, "meeting_id"),
        decision_objectives=_grouped(
            reader.rows(_columns(DecisionObjective), DecisionObjective.decision_id, decision_ids), "decision_id"
        ),
        positions=_grouped(positions, "decision_id"),
        actions=_grouped((a for a in actions if a.id in own_action_ids), "meeting_id"),
        follow_ups=_grouped(follow_ups, "meeting_id"),
        actions_by_id=actions_by_id,
        responsible=_grouped(responsible, "action_id"),
        references={
            row.id: row.reference for row in reader.rows(select(Meeting.id, Meeting.reference), Meeting.id, origins)
        },
        organizations=_organizations(session, org_ids),
        people={
            row.id: row for row in reader.rows(select(Person.id, Person.full_name, Person.title), Person.id, person_ids)
        },
    )


class _Reader:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def rows(self, query: Any, column: Any, ids: Iterable[str | None]) -> list[Any]:
        """The rows whose `column` is one of `ids`, in as many queries as the ids need."""
        wanted = sorted({i for i in ids if i is not None})
        rows: list[Any] = []
        for start in range(0, len(wanted), CHUNK):
            rows.extend(self.connection.execute(query.where(column.in_(wanted[start : start + CHUNK]))).all())
        return rows


def _organizations(session: Session, org_ids: set[str | None]) -> dict[str, Organization]:
    wanted = sorted({i for i in org_ids if i is not None})
    organizations: dict[str, Organization] = {}
    for start in range(0, len(wanted), CHUNK):
        query = (
            select(Organization)
            .where(Organization.id.in_(wanted[start : start + CHUNK]))
            .options(selectinload(Organization.aliases))
        )
        organizations.update((org.id, org) for org in session.scalars(query))
    return organizations


def _values(column: str, *tables: list[Any]) -> set[Any]:
    """The values of this column in these rows (by position: much cheaper than by name on many rows)."""
    values: set[Any] = set()
    for rows in tables:
        if rows:
            values.update(map(itemgetter(rows[0]._fields.index(column)), rows))
    return values


def _columns(model: Any) -> Any:
    """A select of the model's columns as plain rows, without the bookkeeping times (not part of the content)."""
    return select(*(c for c in model.__table__.columns if c.key not in ("created_at", "updated_at", "version")))


def _grouped(rows: Iterable[Any], key: str) -> dict[Any, list[Any]]:
    groups: dict[Any, list[Any]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return groups

"""One meeting's details, read with SQLAlchemy's Core alone.

The window asks for them as soon as the database is open, before the ORM and the models are loaded (they come
right after, store/tables.py): this module imports neither, so that reading them does not wait for that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from unnm_desktop.services.not_found import not_found
from unnm_desktop.services.views import MeetingDetail
from unnm_desktop.store import tables

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext


def get_meeting(ctx: ServiceContext, meeting_id: str) -> MeetingDetail:
    meeting, objective = tables.meeting.c, tables.meeting_objective.c
    with ctx.reading() as connection:
        m = connection.execute(select(tables.meeting).where(meeting.id == meeting_id)).first() if meeting_id else None
        if m is None:
            raise not_found("meeting", meeting_id)
        objectives = connection.scalars(
            select(objective.objective).where(objective.meeting_id == meeting_id).order_by(objective.objective)
        )
        return MeetingDetail(
            m.id,
            m.reference,
            m.series,
            m.number,
            m.title,
            m.start_utc,
            m.end_utc,
            m.location,
            m.venue,
            m.modality,
            m.event_category,
            m.main_organisers,
            m.target_audience,
            m.language,
            m.geographic_scope,
            m.sub_region,
            m.workstream_output,
            m.chair_id,
            m.rapporteur_id,
            m.status,
            m.revision,
            m.previous_meeting_id,
            m.next_meeting_date,
            tuple(objectives),
            m.time_zone,
            m.version,
        )

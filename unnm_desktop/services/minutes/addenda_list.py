"""Every addendum recorded across meetings, the latest first: the history beside Desk → Pending confirmations."""

from __future__ import annotations

from sqlalchemy import func, select

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.minutes.addenda import addenda
from unnm_desktop.services.minutes.closure_views import AddendumView
from unnm_desktop.store.models import MinutesAddendum


def all_addenda(ctx: ServiceContext) -> list[AddendumView]:
    """The addenda of every meeting, the most recently signed first (a meeting's later numbers first)."""
    with ctx.session() as session:
        meeting_ids = session.scalars(
            select(MinutesAddendum.meeting_id)
            .group_by(MinutesAddendum.meeting_id)
            .order_by(func.max(MinutesAddendum.signed_at).desc())
        ).all()
    found: list[AddendumView] = []
    for meeting_id in meeting_ids:
        found.extend(addenda(ctx, meeting_id))
    # Signed at the same instant (a clock read twice in a second): the later number first.
    return sorted(found, key=lambda a: (a.signed_at, a.number), reverse=True)


__all__ = ["all_addenda"]

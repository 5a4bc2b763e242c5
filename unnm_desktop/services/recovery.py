"""After an unclean exit: when the work was last saved (the audit log records every change as it commits)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.store.models import AuditEvent


def last_saved_at(ctx: ServiceContext) -> datetime | None:
    """The time of the last change committed to the database (aware, UTC), or None for an untouched one."""
    with ctx.session() as session:
        return session.scalars(select(AuditEvent.at).order_by(AuditEvent.seq.desc()).limit(1)).first()

"""`unnm-desktop demo`: meetings from UNNM Türkiye's public record, plus synthetic ones for benchmarks.

This package owns the demo database's content: `public_record` enters the three real meetings through the
same services as the GUI; `synthetic` writes benchmark meetings in bulk. `fill_demo` is the one entry point.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import func, select

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.demo.public_record import add_public_record_meetings
from unnm_desktop.services.demo.synthetic import Progress, add_synthetic_meetings
from unnm_desktop.store.models import AppInfo, Meeting

__all__ = ["Progress", "fill_demo"]


def fill_demo(ctx: ServiceContext, *, total_meetings: int = 3, progress: Progress | None = None) -> int:
    """Add the public-record meetings (once) and synthetic ones until there are `total_meetings`."""
    added = add_public_record_meetings(ctx)
    with ctx.session() as session:
        existing = session.scalar(select(func.count()).select_from(Meeting)) or 0
        session.merge(AppInfo(key="demo", value=datetime.now(timezone.utc).isoformat()))
    wanted = max(0, total_meetings - existing)
    if wanted:
        added += add_synthetic_meetings(ctx, wanted, progress)
    return added

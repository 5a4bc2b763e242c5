"""The conflicts a sync left for review, as views: which meeting, which record and field, ours, theirs, base."""

from __future__ import annotations

from sqlalchemy import select

from unnm_desktop.domain.merge import ABSENT
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.sync import base as stored
from unnm_desktop.services.sync.views import SyncConflictView
from unnm_desktop.store.models import Meeting
from unnm_desktop.store.sync_models import SyncConflict

Target = ServiceContext | str
"""The other register: open (its context), or named by its register id (offline, e.g. to review later)."""


def target_id_of(target: Target) -> str:
    if isinstance(target, str):
        return target
    with target.session() as session:
        found = stored.stored_register_id(session)
    return found or ""


def pending_conflicts(ctx: ServiceContext, target: Target) -> tuple[SyncConflictView, ...]:
    """Every conflict waiting for review on this register (the laptop) about `target`."""
    return conflict_views(ctx, target_id_of(target))


def conflict_views(ctx: ServiceContext, target_id: str) -> tuple[SyncConflictView, ...]:
    with ctx.session() as session:
        rows = stored.pending_rows(session, target_id)
        meeting_ids = sorted({row.meeting_id for row in rows if row.meeting_id})
        references = dict(
            session.execute(select(Meeting.id, Meeting.reference).where(Meeting.id.in_(meeting_ids))).all()
        )
        return tuple(_view(row, references) for row in rows)


def _view(row: SyncConflict, references: dict[str, str]) -> SyncConflictView:
    ours, theirs, base = (stored.loads_or_absent(text) for text in (row.ours_json, row.theirs_json, row.base_json))
    reference = references.get(row.meeting_id or "")
    if reference is None and row.meeting_id is not None:
        # A meeting the laptop does not hold (yet): its reference as the other side has it.
        for record in (theirs, ours, base):
            if row.kind == "meeting" and row.field is None and isinstance(record, dict):
                reference = record.get("reference")
                break
    return SyncConflictView(
        id=row.id,
        meeting=reference,
        record=f"{row.kind}/{row.record_id}",
        field=row.field,
        ours=None if ours is ABSENT else ours,
        theirs=None if theirs is ABSENT else theirs,
        base=None if base is ABSENT else base,
        reason=row.reason,
        choice=row.choice,
    )

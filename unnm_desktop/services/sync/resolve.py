"""Resolving a conflict a sync left: take ours, take theirs, or give the value, on the laptop.

A field: the laptop's record gets the chosen value and the base for that field becomes theirs, so the next sync
pushes the choice (or changes nothing when theirs was taken). Two records holding the same unique value
(reason same-value) are resolved by giving the laptop's record another value (a meeting's or a decision's
reference); a duplicate (one person twice at a meeting, one organisation's two positions on a decision, one
action followed up twice at a meeting) by taking a side: theirs removes the laptop's record, ours drops the
other side's at the next sync. A whole record (edited on one side and deleted on the other, or signed-off minutes edited
elsewhere): the choice is kept with the conflict and carried out by the next sync, which then has both sides at
hand (the base of the record and of what it owns moves to the side not chosen).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.exc import IntegrityError

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from unnm_desktop.domain.merge import ABSENT
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.sync import base as stored
from unnm_desktop.services.sync.conflicts import Target, target_id_of
from unnm_desktop.services.sync.plan import CLASH_REASON, DUPLICATE_KINDS, KEEP_OURS
from unnm_desktop.services.sync.records import MODELS, columns, record_of
from unnm_desktop.services.sync.write import update_record
from unnm_desktop.store.sync_models import SyncConflict

OURS, THEIRS = "ours", "theirs"


class _Value:
    """A value a person typed for the field (`take=value(...)`)."""

    def __init__(self, value: Any) -> None:
        self.value = value


def value(typed: Any) -> _Value:
    return _Value(typed)


def typed_value(kind: str, field: str, text: str) -> Any:
    """What `--value TEXT` means for the field: the text itself for a text field, else JSON (a number, null…)."""
    for column in columns(kind):
        if column.key == field:
            if isinstance(column.type, (String, Text)):
                return text
            break
    try:
        return json.loads(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not a value for the field {field}."), text=text, field=field
        ) from None


def resolve_conflict(ctx: ServiceContext, target: Target, conflict_id: str, take: object) -> None:
    """Resolve one conflict on the laptop `ctx`: `take` is "ours", "theirs", or the value itself (`value(...)` for
    a value that is literally "ours" or "theirs")."""
    target_id = target_id_of(target)
    try:
        with ctx.session() as session:
            row = session.get(SyncConflict, conflict_id)
            if row is None or row.target_id != target_id:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no conflict {conflict} waiting with that register."),
                    conflict=conflict_id,
                )
            if row.reason == CLASH_REASON and row.kind in DUPLICATE_KINDS and take in (OURS, THEIRS):
                _settle_duplicate(ctx, session, row, str(take))
                return
            if row.field is None:
                _choose_record(row, take)
                ctx.audit(session, row.kind, row.record_id, "sync_choose", after={"take": row.choice})
                return
            chosen = _chosen(row, take)
            obj = session.get(MODELS[row.kind], row.record_id)
            if obj is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "The record {record} is not on this register any more."),
                    record=f"{row.kind}/{row.record_id}",
                )
            before = record_of(row.kind, obj)
            update_record(obj, row.kind, {**before, row.field: chosen})
            session.flush()
            if row.reason != CLASH_REASON:
                _move_base(session, stored.base_target(target_id, row.meeting_id), row, before)
            ctx.audit(session, row.kind, row.record_id, "sync_resolve", before={row.field: before[row.field]},
                      after={row.field: chosen})  # fmt: skip
            session.delete(row)
    except IntegrityError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That value cannot be kept: another record on this register holds it already, or the field does not "
                "take it. Nothing was changed; choose another.",
            )
        ) from None


def _settle_duplicate(ctx: ServiceContext, session: Any, row: SyncConflict, take: str) -> None:
    """One person twice at a meeting (or one organisation's two positions, one action followed up twice): taking
    theirs removes the laptop's record now; keeping ours drops the other side's at the next sync."""
    if take == OURS:
        row.choice = KEEP_OURS
        ctx.audit(session, row.kind, row.record_id, "sync_choose", after={"take": take})
        return
    obj = session.get(MODELS[row.kind], row.record_id)
    if obj is not None:
        ctx.audit(session, row.kind, row.record_id, "sync_resolve", before=record_of(row.kind, obj), after=None)
        session.delete(obj)
    session.delete(row)


def _choose_record(row: SyncConflict, take: object) -> None:
    if take not in (OURS, THEIRS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A whole record is resolved by taking ours or theirs, not a typed value.")
        )
    row.choice = str(take)


def _chosen(row: SyncConflict, take: object) -> Any:
    if isinstance(take, _Value):
        return take.value
    if take not in (OURS, THEIRS):
        return take
    if row.reason == CLASH_REASON:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Another record on the other register holds the same {field}: give this one another value (--value).",
            ),
            field=row.field,
        )
    chosen = stored.loads_or_absent(row.ours_json if take == OURS else row.theirs_json)
    if chosen is ABSENT:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That side has no value for this field."))
    return chosen


def _move_base(session: Any, target_id: str, row: SyncConflict, laptop_record: dict[str, Any]) -> None:
    """The base of the field becomes theirs; a record new on both sides gets a base of the fields not in question."""
    key = (row.kind, row.record_id)
    base = stored.read_base_record(session, target_id, key)
    if base is None:
        still_open = {
            other.field
            for other in stored.pending_rows(session, row.target_id)
            if (other.kind, other.record_id) == key and other.id != row.id
        }
        base = {name: item for name, item in laptop_record.items() if name not in still_open}
    theirs = stored.loads_or_absent(row.theirs_json)
    if theirs is ABSENT:
        base.pop(row.field, None)  # type: ignore[arg-type]
    else:
        base[row.field] = theirs  # type: ignore[index]
    stored.write_base(session, target_id, {key: base})

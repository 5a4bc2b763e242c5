"""Agenda items: add, reorder, edit, notes (Markdown), standing items and the per-item timer."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from unnm_desktop.domain.enums import AgendaStatus, MeetingStatus, StandingItem, parse_enum
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, MeetingLockedError, ValidationError
from unnm_desktop.domain.text import summarise_for_audit
from unnm_desktop.services.common import (
    LOCKED,
    apply_changes,
    editable_meeting,
    get_or_fail,
    long_text,
    objectives_list,
    optional_int,
    required_text,
    text_field,
)
from unnm_desktop.services.concurrency import begin_edit, changed_meanwhile, check_version
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.views import AgendaItemView
from unnm_desktop.store import server_autosave
from unnm_desktop.store.models import AgendaItem, AgendaItemObjective, Meeting
from unnm_desktop.store.search_index import mark_pending
from unnm_desktop.store.types import utc_now

STANDING_TITLES = {
    StandingItem.ADOPTION_OF_AGENDA: "Adoption of the agenda",
    StandingItem.PREVIOUS_MINUTES: "Approval of the minutes of the previous meeting",
    StandingItem.MATTERS_ARISING: "Matters arising",
    StandingItem.AOB: "Any other business",
}

_CLEANERS = {
    "title": required_text("agenda item title", 500),
    "number": text_field(20),
    "standing": lambda v: parse_enum(StandingItem, v, "standing item").value if v else None,
    "presenter_id": lambda v: v or None,
    "planned_minutes": optional_int,
    "status": lambda v: parse_enum(AgendaStatus, v, "agenda item status").value,
    "notes_md": long_text,
}

EDITABLE_FIELDS = frozenset(_CLEANERS)


def _item_view(item: AgendaItem) -> AgendaItemView:
    return AgendaItemView(
        item.id,
        item.position,
        item.number,
        item.title,
        item.standing,
        item.presenter_id,
        item.planned_minutes,
        item.elapsed_seconds,
        item.actual_start if item.actual_end is None else None,
        item.status,
        item.notes_md,
        tuple(o.objective for o in item.objectives),
        item.version,
    )


def _renumber(meeting: Meeting) -> None:
    for index, item in enumerate(sorted(meeting.agenda_items, key=lambda i: i.position), start=1):
        item.position = index
        item.number = str(index)


def add_item(
    ctx: ServiceContext,
    meeting_id: str,
    *,
    title: str,
    standing: str | None = None,
    planned_minutes: int | None = None,
    presenter_id: str | None = None,
    notes_md: str = "",
    position: int | None = None,
    objectives: list[int] | None = None,
) -> str:
    """Add an item at `position` (1-based) or at the end, before "Any other business" if present."""
    with ctx.session() as session:
        meeting = editable_meeting(session, meeting_id)
        items = sorted(meeting.agenda_items, key=lambda i: i.position)
        if position is None:
            position = len(items) + 1
            if items and items[-1].standing == StandingItem.AOB and standing != StandingItem.AOB:
                position = len(items)
        position = max(1, min(position, len(items) + 1))
        for existing in items:
            if existing.position >= position:
                existing.position += 1
        item = AgendaItem(meeting_id=meeting_id, position=position)
        _, after = apply_changes(
            item,
            {
                "title": title,
                "standing": standing,
                "planned_minutes": planned_minutes,
                "presenter_id": presenter_id,
                "notes_md": notes_md,
                "status": AgendaStatus.PENDING.value,
            },
            _CLEANERS,
        )
        meeting.agenda_items.append(item)
        item.objectives = [AgendaItemObjective(objective=n) for n in objectives_list(objectives)]
        _renumber(meeting)
        session.flush()
        ctx.audit(session, "agenda_item", item.id, "create", after={**after, "meeting_id": meeting_id})
        return item.id


# The titles of the standing items in the language of the minutes (the meeting's `language`): they are
# the user's data once created, printed as they are.
STANDING_TITLES_TR = {
    StandingItem.ADOPTION_OF_AGENDA: "Gündemin kabulü",
    StandingItem.PREVIOUS_MINUTES: "Önceki toplantı tutanağının onaylanması",
    StandingItem.MATTERS_ARISING: "Önceki toplantıdan doğan konular",
    StandingItem.AOB: "Diğer konular",
}


def add_standing_items(ctx: ServiceContext, meeting_id: str, *, include_previous: bool) -> list[str]:
    """Adoption of the agenda, previous minutes and matters arising first; any other business last, titled
    in the meeting's language."""
    with ctx.session() as session:
        have = set(session.scalars(select(AgendaItem.standing).where(AgendaItem.meeting_id == meeting_id)))
        language = session.scalar(select(Meeting.language).where(Meeting.id == meeting_id))
    titles = STANDING_TITLES_TR if language == "tr" else STANDING_TITLES
    created = []
    leading = [StandingItem.ADOPTION_OF_AGENDA]
    if include_previous:
        leading += [StandingItem.PREVIOUS_MINUTES, StandingItem.MATTERS_ARISING]
    for index, kind in enumerate(leading, start=1):
        if kind.value not in have:
            created.append(
                add_item(
                    ctx,
                    meeting_id,
                    title=titles[kind],
                    standing=kind.value,
                    position=index,
                    planned_minutes=5 if kind != StandingItem.MATTERS_ARISING else 15,
                )
            )
    if StandingItem.AOB.value not in have:
        created.append(
            add_item(
                ctx,
                meeting_id,
                title=titles[StandingItem.AOB],
                standing="aob",
                planned_minutes=10,
                position=10_000,
            )
        )
    return created


def update_item(ctx: ServiceContext, item_id: str, *, expected_version: int | None = None, **changes: Any) -> int:
    """Edit an item's fields; `expected_version`: the version the editor read (services/concurrency.py). Returns
    the version after the edit (the same when nothing changed): what the editor bases its next save on."""
    with ctx.session() as session:
        begin_edit(session)
        item = get_or_fail(session, AgendaItem, item_id, "agenda item")
        meeting = editable_meeting(session, item.meeting_id)
        check_version(
            session, item, expected_version, entity="agenda_item", attempted=changes, time_zone=meeting.time_zone
        )
        objectives = changes.pop("objectives", None)
        before, after = apply_changes(item, changes, _CLEANERS)
        if objectives is not None:
            old = [o.objective for o in item.objectives]
            new = objectives_list(objectives)
            if old != new:
                item.objectives = [AgendaItemObjective(objective=n) for n in new]
                before["objectives"], after["objectives"] = old, new
                item.updated_at = utc_now()  # a change of its objectives is a change of the item (its version)
        if after:
            ctx.audit(session, "agenda_item", item.id, "update", before, after)
        session.flush()
        return item.version


_ITEMS = AgendaItem.__table__
_MEETINGS = Meeting.__table__
# Built once: set_notes runs on every pause in typing, and building statements costs more than running them.
_NOTES_ROW = (
    select(_ITEMS.c.notes_md, _ITEMS.c.version, _MEETINGS.c.status, _MEETINGS.c.title, _MEETINGS.c.time_zone)
    .join(_MEETINGS, _MEETINGS.c.id == _ITEMS.c.meeting_id)
    .where(_ITEMS.c.id == bindparam("item_id"))
)
# The version read is the version written over: a change made in between matches no row (and is reported).
_NOTES_UPDATE = (
    update(_ITEMS)
    .where(_ITEMS.c.id == bindparam("item_id"), _ITEMS.c.version == bindparam("read_version"))
    .values(notes_md=bindparam("notes"), updated_at=bindparam("now"), version=_ITEMS.c.version + 1)
)


def set_notes(ctx: ServiceContext, item_id: str, markdown: str, *, expected_version: int | None = None) -> bool:
    """The autosave path: store the item's notes; returns False when nothing changed.

    `expected_version`: the item's version the editor's text was based on; when someone else has changed the
    item since, ConcurrentChangeError shows their notes and nothing is written (services/concurrency.py). A save
    that returns True made the version one higher: the editor's next save is based on that.
    """
    notes = long_text(markdown)
    if server_autosave.supported(ctx.db):
        return _set_notes_on_server(ctx, item_id, notes, expected_version)
    with ctx.session() as session:
        connection = session.connection()
        begin_edit(session)
        row = connection.execute(_NOTES_ROW, {"item_id": item_id}).first()
        if row is None:
            get_or_fail(session, AgendaItem, item_id, "agenda item")
        if row.status == MeetingStatus.SIGNED_OFF:
            raise MeetingLockedError(LOCKED, title=row.title)
        if expected_version is not None and row.version != expected_version:
            raise _notes_changed(session, item_id, row.time_zone)
        if row.notes_md == notes:
            return False
        done = connection.execute(
            _NOTES_UPDATE, {"item_id": item_id, "read_version": row.version, "notes": notes, "now": utc_now()}
        )
        if done.rowcount != 1:
            raise _notes_changed(session, item_id, row.time_zone)
        mark_pending(connection, "agenda_item", item_id)
        ctx.audit(
            session,
            "agenda_item",
            item_id,
            "notes",
            {"notes_md": summarise_for_audit(row.notes_md)},
            {"notes_md": summarise_for_audit(notes)},
        )
        return True


def _set_notes_on_server(ctx: ServiceContext, item_id: str, notes: str, expected_version: int | None) -> bool:
    """set_notes on a server: the same checks and outcome in two round trips, one while typing on in the same item,
    without an ORM session (store/server_autosave.py); a session only to say what went wrong."""
    with ctx.driver_connection() as pooled:
        save = server_autosave.NotesSave(pooled, ctx.db.engine)
        known = save.last_written(item_id)
        # While typing on, the save is based on what this desk wrote last; if the row changed since, it is read
        # and the save goes on as if nothing had been known.
        if (
            known is not None
            and known.notes != notes
            and expected_version in (None, known.version)
            and _write_notes(ctx, save, item_id, known.version, known.notes, notes) is not None
        ):
            ctx.tell_committed()
            return True
        row = save.read(item_id)
        if row is not None and row.status != MeetingStatus.SIGNED_OFF:
            if expected_version is not None and row.version != expected_version:
                changed = row
            elif row.notes_md == notes:
                return False
            elif _write_notes(ctx, save, item_id, row.version, row.notes_md, notes) is not None:
                ctx.tell_committed()
                return True
            else:  # changed between the read and the write: deleted, signed off or edited meanwhile
                changed = save.read(item_id)
        else:
            changed = row
    with ctx.session() as session:
        if changed is None:
            get_or_fail(session, AgendaItem, item_id, "agenda item")
        if changed.status == MeetingStatus.SIGNED_OFF:
            raise MeetingLockedError(LOCKED, title=changed.title)
        raise _notes_changed(session, item_id, row.time_zone if row is not None else changed.time_zone)


def _write_notes(
    ctx: ServiceContext, save: server_autosave.NotesSave, item_id: str, version: int, before: str, notes: str
) -> tuple[int, str] | None:
    return save.write(
        item_id=item_id,
        read_version=version,
        notes=notes,
        now=utc_now(),
        actor=ctx.audit_actor,
        os_user=ctx.os_user,
        before={"notes_md": summarise_for_audit(before)},
        after={"notes_md": summarise_for_audit(notes)},
    )


def _notes_changed(session: Session, item_id: str, time_zone: str) -> Exception:
    """What the other desk changed: the notes, or (say) the title, as its audit event tells."""
    item = get_or_fail(session, AgendaItem, item_id, "agenda item")
    return changed_meanwhile(
        session,
        entity="agenda_item",
        record_id=item_id,
        version=item.version,
        current={name: getattr(item, name) for name in (*EDITABLE_FIELDS, "position")},
        attempted=("notes_md",),
        time_zone=time_zone,
    )


def move_item(ctx: ServiceContext, item_id: str, new_position: int) -> None:
    """Move an item to `new_position` (1-based); the others close up and are renumbered."""
    with ctx.session() as session:
        item = get_or_fail(session, AgendaItem, item_id, "agenda item")
        meeting = editable_meeting(session, item.meeting_id)
        items = sorted(meeting.agenda_items, key=lambda i: i.position)
        old_position = items.index(item) + 1
        new_position = max(1, min(new_position, len(items)))
        if new_position == old_position:
            return
        items.remove(item)
        items.insert(new_position - 1, item)
        for index, each in enumerate(items, start=1):
            each.position = index
            each.number = str(index)
        ctx.audit(session, "agenda_item", item.id, "move", {"position": old_position}, {"position": new_position})


def remove_item(ctx: ServiceContext, item_id: str) -> None:
    with ctx.session() as session:
        item = get_or_fail(session, AgendaItem, item_id, "agenda item")
        meeting = editable_meeting(session, item.meeting_id)
        if item.notes_md.strip():
            ctx.audit(
                session,
                "agenda_item",
                item.id,
                "delete",
                before={"title": item.title, "notes_md": item.notes_md},
            )
        else:
            ctx.audit(session, "agenda_item", item.id, "delete", before={"title": item.title})
        meeting.agenda_items.remove(item)  # delete-orphan removes the row
        session.flush()
        _renumber(meeting)


def list_items(ctx: ServiceContext, meeting_id: str) -> list[AgendaItemView]:
    with ctx.session() as session:
        items = session.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
        ).all()
        return [_item_view(item) for item in items]


def get_item(ctx: ServiceContext, item_id: str) -> AgendaItemView:
    with ctx.session() as session:
        return _item_view(get_or_fail(session, AgendaItem, item_id, "agenda item"))


def start_timer(ctx: ServiceContext, item_id: str) -> None:
    with ctx.session() as session:
        item = get_or_fail(session, AgendaItem, item_id, "agenda item")
        editable_meeting(session, item.meeting_id)
        if item.actual_start is not None and item.actual_end is None:
            return
        item.actual_start = utc_now()
        item.actual_end = None
        item.status = AgendaStatus.IN_PROGRESS.value
        ctx.audit(session, "agenda_item", item.id, "timer_start", after={"at": item.actual_start.isoformat()})


def stop_timer(ctx: ServiceContext, item_id: str) -> int:
    """Stop the running timer; returns the total seconds spent on the item so far."""
    with ctx.session() as session:
        item = get_or_fail(session, AgendaItem, item_id, "agenda item")
        editable_meeting(session, item.meeting_id)
        if item.actual_start is None or item.actual_end is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The timer of “{title}” is not running."), title=item.title
            )
        item.actual_end = utc_now()
        item.elapsed_seconds += int((item.actual_end - item.actual_start).total_seconds())
        ctx.audit(session, "agenda_item", item.id, "timer_stop", after={"elapsed_seconds": item.elapsed_seconds})
        return item.elapsed_seconds

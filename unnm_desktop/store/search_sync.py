"""Keeps the search index in step with ORM changes: one after_flush hook on the app's sessions.

Registered by store/database.py on its sessionmaker (`install`). After each flush it re-indexes the
records whose searchable fields were inserted or changed, and drops what was deleted. Deleting an agenda
item, a decision or a meeting re-indexes the whole meeting (foreign keys set to NULL or cascaded in the
database never pass through the ORM). Core statements bypass this hook: services/meeting/agenda.py `set_notes`
calls `search_index.mark_pending` itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session, sessionmaker

from unnm_desktop.store import search_index
from unnm_desktop.store.models import ActionFollowUp, ActionPoint, AgendaItem, Decision, Meeting, Position
from unnm_desktop.store.session_hooks import listen_once

# model -> (index kind, the attributes whose change alters its entry)
_TRACKED: dict[type, tuple[str, frozenset[str]]] = {
    Meeting: (
        "meeting",
        frozenset(
            {
                "title",
                "reference",
                "series",
                "location",
                "venue",
                "event_category",
                "main_organisers",
                "target_audience",
                "geographic_scope",
                "sub_region",
                "workstream_output",
            }
        ),
    ),
    AgendaItem: ("agenda_item", frozenset({"title", "notes_md", "meeting_id"})),
    Decision: ("decision", frozenset({"reference", "text", "chair_note", "meeting_id"})),
    Position: ("position", frozenset({"statement", "decision_id"})),
    ActionPoint: ("action", frozenset({"text", "completion_note", "meeting_id", "decision_id"})),
    ActionFollowUp: ("follow_up", frozenset({"note", "meeting_id"})),
}
# A decision's agenda item is also where its positions and action points are shown.
_WHOLE_MEETING_ATTRIBUTES = {Decision: frozenset({"agenda_item_id"})}


def install(sessions: sessionmaker[Session]) -> None:
    """Keep the index in step for every session this factory makes (once per factory: store/session_hooks.py)."""
    listen_once(sessions, "after_flush", _after_flush)


def _changed(obj: Any, attributes: frozenset[str]) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in attributes)


def _after_flush(session: Session, _flush_context: object) -> None:
    changed: dict[str, set[str]] = {}
    deleted: dict[str, set[str]] = {}
    meetings: set[str] = set()
    for obj in session.new:
        tracked = _TRACKED.get(type(obj))
        if tracked:
            changed.setdefault(tracked[0], set()).add(obj.id)
    for obj in session.dirty:
        tracked = _TRACKED.get(type(obj))
        if tracked and _changed(obj, tracked[1]):
            changed.setdefault(tracked[0], set()).add(obj.id)
        whole = _WHOLE_MEETING_ATTRIBUTES.get(type(obj))
        if whole and _changed(obj, whole):
            meetings.add(obj.meeting_id)
    for obj in session.deleted:
        tracked = _TRACKED.get(type(obj))
        if not tracked:
            continue
        deleted.setdefault(tracked[0], set()).add(obj.id)
        if isinstance(obj, Meeting):
            meetings.add(obj.id)
        elif isinstance(obj, (AgendaItem, Decision)):
            meetings.add(obj.meeting_id)
    if not (changed or deleted or meetings):
        return
    connection = session.connection()
    for kind, ids in deleted.items():
        search_index.forget_records(connection, kind, ids)
    if "meeting" in deleted or "action" in deleted:
        # Follow-ups recorded at other meetings go with their action point (ON DELETE CASCADE).
        search_index.forget_orphans(connection, "follow_up")
    for meeting_id in meetings:
        search_index.reindex_meeting(connection, meeting_id)
    for kind, ids in changed.items():
        search_index.sync_records(connection, kind, ids - deleted.get(kind, set()))

"""An autosaved edit as data (an operation and its arguments): run by calling the service, kept in the journal.

The autosave writes text while someone types; on a server whose connection has dropped, the same edit waits
in a local journal (services/journal.py) and is replayed later. Both need the edit described as data rather
than as a closure: `Edit(operation, records, args)`, JSON-able, run by `run_edit` with the versions of its
records the editor's text is based on (services/concurrency.py), returning the versions after the commit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the autosave imports this at start; SQLAlchemy (~0.2 s) waits until the services are used
    from unnm_desktop.services.context import ServiceContext

Versions = Mapping[str, int | None]


@dataclass(frozen=True)
class Edit:
    """`operation`: a name in OPERATIONS; `records`: the keys of the records it changes ("kind:id"), whose
    versions it is checked against; `args`: the service's arguments, JSON-able."""

    operation: str
    records: tuple[str, ...]
    args: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        """What the person typed, for them to copy when someone else's change wins."""
        if "markdown" in self.args:
            return str(self.args["markdown"])
        if "note" in self.args:
            return str(self.args["note"])
        if "statement" in self.args:
            return str(self.args["statement"])
        values = [str(v) for v in self.args.get("changes", {}).values() if isinstance(v, str | int)]
        return "\n".join(values)

    def to_data(self) -> dict[str, Any]:
        return {"operation": self.operation, "records": list(self.records), "args": self.args}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Edit:
        operation = str(data["operation"])
        if operation not in OPERATIONS:
            raise ValueError(f"unknown edit operation {operation!r}")
        return cls(operation, tuple(str(r) for r in data["records"]), dict(data.get("args") or {}))


def record_key(kind: str, record_id: str) -> str:
    return f"{kind}:{record_id}"


# --- the edits the editors make -----------------------------------------------------------------------------


def notes_edit(item_id: str, markdown: str) -> Edit:
    return Edit("set_notes", (record_key("agenda_item", item_id),), {"item_id": item_id, "markdown": markdown})


def item_edit(item_id: str, **changes: Any) -> Edit:
    return Edit("update_item", (record_key("agenda_item", item_id),), {"item_id": item_id, "changes": changes})


def decision_edit(decision_id: str, **changes: Any) -> Edit:
    return Edit(
        "update_decision", (record_key("decision", decision_id),), {"decision_id": decision_id, "changes": changes}
    )


def meeting_edit(meeting_id: str, **changes: Any) -> Edit:
    return Edit("update_meeting", (record_key("meeting", meeting_id),), {"meeting_id": meeting_id, "changes": changes})


def action_edit(action_id: str, **changes: Any) -> Edit:
    return Edit("update_action", (record_key("action_point", action_id),), {"action_id": action_id, "changes": changes})


def attendance_edit(attendance_ids: list[str], **changes: Any) -> Edit:
    records = tuple(record_key("attendance", i) for i in attendance_ids)
    return Edit("update_attendance", records, {"attendance_ids": list(attendance_ids), "changes": changes})


def follow_up_edit(follow_up_id: str, action_id: str, meeting_id: str, *, note: str, status: str | None) -> Edit:
    args = {"action_id": action_id, "meeting_id": meeting_id, "note": note, "status": status}
    return Edit("record_follow_up", (record_key("action_follow_up", follow_up_id),), args)


def position_key(decision_id: str, organization_id: str) -> str:
    """A position is known to the editor by its decision and organisation (it may not exist yet: version 0)."""
    return record_key("position", f"{decision_id}/{organization_id}")


def position_edit(decision_id: str, organization_id: str, kind: str, **extras: Any) -> Edit:
    args = {"decision_id": decision_id, "organization_id": organization_id, "kind": kind, **extras}
    return Edit("set_position", (position_key(decision_id, organization_id),), args)


# --- running them ---------------------------------------------------------------------------------------------


def run_edit(ctx: ServiceContext, edit: Edit, versions: Versions) -> dict[str, int]:
    """Run `edit` based on `versions` (None for a record whose version the editor does not know: not checked);
    returns the records' versions after the commit, as far as they are known."""
    return OPERATIONS[edit.operation](ctx, edit, versions)


def _only(edit: Edit, versions: Versions) -> int | None:
    return versions.get(edit.records[0])


def _set_notes(ctx: ServiceContext, edit: Edit, versions: Versions) -> dict[str, int]:
    from unnm_desktop.services.meeting import agenda

    version = _only(edit, versions)
    changed = agenda.set_notes(ctx, edit.args["item_id"], edit.args["markdown"], expected_version=version)
    # True: the version went up by one (services/meeting/agenda.py); False: nothing written, the same.
    return {} if version is None else {edit.records[0]: version + 1 if changed else version}


def _returning_version(service: Callable[..., int], id_arg: str) -> Callable[[ServiceContext, Edit, Versions], dict]:
    def run(ctx: ServiceContext, edit: Edit, versions: Versions) -> dict[str, int]:
        changes = dict(edit.args.get("changes") or {})
        version = service(ctx, edit.args[id_arg], expected_version=_only(edit, versions), **changes)
        return {edit.records[0]: version}

    return run


def _update_item(ctx: ServiceContext, edit: Edit, versions: Versions) -> dict[str, int]:
    from unnm_desktop.services.meeting import agenda

    return _returning_version(agenda.update_item, "item_id")(ctx, edit, versions)


def _update_decision(ctx: ServiceContext, edit: Edit, versions: Versions) -> dict[str, int]:
    from unnm_desktop.services.meeting import decisions

    return _returning_version(decisions.update_decision, "decision_id")(ctx, edit, versions)


def _update_meeting(ctx: ServiceContext, edit: Edit, versions: Versions) -> dict[str, int]:
    from unnm_desktop.services.meeting import meetings

    return _returning_version(meetings.update_meeting, "meeting_id")(ctx, edit, versions)


def _update_action(ctx: ServiceContext, edit: Edit, versions: Versions) -> dict[str, int]:
    from unnm_desktop.services.meeting import actions

    return _returning_version(actions.update_action, "action_id")(ctx, edit, versions)


def _update_attendance(ctx: ServiceContext, edit: Edit, versions: Versions) -> dict[str, int]:
    from unnm_desktop.services.meeting import attendance
    from unnm_desktop.store.models import Attendance

    ids = list(edit.args["attendance_ids"])
    expected = {i: v for i, key in zip(ids, edit.records, strict=True) if (v := versions.get(key)) is not None}
    attendance.update_attendance(ctx, ids, expected_version=expected or None, **dict(edit.args.get("changes") or {}))
    # update_attendance returns nothing: the versions after it are read back (a change of status or role).
    return {record_key("attendance", i): v for i, v in _versions_of(ctx, Attendance, ids).items()}


def _set_position(ctx: ServiceContext, edit: Edit, versions: Versions) -> dict[str, int]:
    from unnm_desktop.services.meeting import decisions
    from unnm_desktop.store.models import Position

    args = dict(edit.args)
    version = _only(edit, versions)
    decision_id = args.pop("decision_id")
    saved = decisions.save_position(
        ctx, decision_id, args.pop("organization_id"), args.pop("kind"), expected_version=version, **args
    )
    produced = {edit.records[0]: _versions_of(ctx, Position, [saved.position_id]).get(saved.position_id, 0)}
    if saved.decision_version is not None:  # the chair's summary followed: the decision's next save builds on it
        produced[record_key("decision", decision_id)] = saved.decision_version
    return produced


def _record_follow_up(ctx: ServiceContext, edit: Edit, versions: Versions) -> dict[str, int]:
    from unnm_desktop.services.meeting import actions
    from unnm_desktop.store.models import ActionFollowUp

    args = dict(edit.args)
    follow_up_id = actions.record_follow_up(
        ctx, args.pop("action_id"), args.pop("meeting_id"), expected_version=_only(edit, versions), **args
    )
    return {record_key("action_follow_up", i): v for i, v in _versions_of(ctx, ActionFollowUp, [follow_up_id]).items()}


def _versions_of(ctx: ServiceContext, model: Any, ids: list[str]) -> dict[str, int]:
    from sqlalchemy import select

    with ctx.session() as session:
        rows = session.execute(select(model.id, model.version).where(model.id.in_(ids))).all()
        return {record_id: version for record_id, version in rows}


OPERATIONS: dict[str, Callable[[ServiceContext, Edit, Versions], dict[str, int]]] = {
    "set_notes": _set_notes,
    "update_item": _update_item,
    "update_decision": _update_decision,
    "update_meeting": _update_meeting,
    "update_action": _update_action,
    "update_attendance": _update_attendance,
    "set_position": _set_position,
    "record_follow_up": _record_follow_up,
}

"""The plan of a sync, without a database: what is held apart, what travels, what the base becomes."""

from __future__ import annotations

from typing import Any

from unnm_desktop.domain.merge import ABSENT
from unnm_desktop.services.sync.plan import make_plan

MEETING = ("meeting", "m1")
ITEM = ("agenda_item", "a1")
NEW_ITEM = ("agenda_item", "a2")
SIGN_OFF = ("sign_off", "s1")


def _meeting(**fields: Any) -> dict[str, Any]:
    return {"reference": "UNNM-TR/2026/1", "title": "Toplantı", "status": "draft", "previous_meeting_id": None,
            "chair_id": None, "rapporteur_id": None, "objectives": [], **fields}  # fmt: skip


def _item(meeting_id: str = "m1", **fields: Any) -> dict[str, Any]:
    return {"meeting_id": meeting_id, "title": "Gündem", "notes_md": "", "presenter_id": None,
            "objectives": [], **fields}  # fmt: skip


def _changed(changes: Any) -> dict[Any, Any]:
    return {change.key: change.after for change in changes}


def test_a_meeting_deleted_on_one_side_goes_with_its_items_children_first_on_the_other() -> None:
    base = {MEETING: _meeting(), ITEM: _item()}
    plan = make_plan(base, {}, dict(base))
    assert plan.conflicts == ()
    assert _changed(plan.target) == {MEETING: None, ITEM: None}
    assert plan.base == {MEETING: None, ITEM: None}


def test_an_item_added_where_the_other_side_deleted_the_meeting_holds_the_whole_meeting() -> None:
    base = {MEETING: _meeting(), ITEM: _item()}
    theirs = {**base, NEW_ITEM: _item(title="Yeni gündem maddesi — İğdır")}
    plan = make_plan(base, {}, theirs)
    (conflict,) = plan.conflicts
    assert (conflict.key, conflict.field, conflict.reason) == (MEETING, None, "edited-and-deleted")
    assert conflict.ours is ABSENT and conflict.theirs == theirs[MEETING]
    assert plan.target == () and plan.laptop == () and plan.base == {}  # each side keeps its own, nothing is lost


def test_taking_theirs_on_a_deleted_meeting_brings_it_back_with_what_it_owns() -> None:
    base = {MEETING: _meeting(), ITEM: _item()}
    theirs = {**base, NEW_ITEM: _item(title="Yeni")}
    plan = make_plan(base, {}, theirs, choices={MEETING: "theirs"})
    assert plan.conflicts == () and plan.target == ()
    assert _changed(plan.laptop) == theirs
    assert plan.base == {NEW_ITEM: theirs[NEW_ITEM]}  # the base's other records are theirs already


def test_taking_ours_on_a_deleted_meeting_deletes_it_there() -> None:
    base = {MEETING: _meeting(), ITEM: _item()}
    theirs = {**base, NEW_ITEM: _item(title="Yeni")}
    plan = make_plan(base, {}, theirs, choices={MEETING: "ours"})
    assert plan.conflicts == () and plan.laptop == ()
    assert _changed(plan.target) == {MEETING: None, ITEM: None, NEW_ITEM: None}


def test_a_sign_off_is_never_deleted_by_a_sync() -> None:
    sign_off = {"meeting_id": "m1", "revision": 1, "replaces_id": None, "reopened_at": None, "signatories": []}
    base = {MEETING: _meeting(), SIGN_OFF: sign_off}
    plan = make_plan(base, {}, dict(base))
    # The meeting cannot go without its sign-off, which stays: a question, each side keeping its own.
    assert [(c.key, c.field) for c in plan.conflicts] == [(MEETING, None)]
    assert plan.target == () and plan.laptop == ()


def test_a_conflicting_field_keeps_its_base_while_the_rest_of_the_record_moves_on() -> None:
    base = {MEETING: _meeting(title="Eski", venue="A")}
    ours = {MEETING: _meeting(title="Laptop", venue="A")}
    theirs = {MEETING: _meeting(title="Sekreterya", venue="B")}
    plan = make_plan(base, ours, theirs)
    assert [(c.field, c.ours, c.theirs, c.base) for c in plan.conflicts] == [("title", "Laptop", "Sekreterya", "Eski")]
    assert _changed(plan.laptop) == {MEETING: _meeting(title="Laptop", venue="B")}
    assert _changed(plan.target) == {}  # theirs already has B and keeps its title
    assert plan.base == {MEETING: _meeting(title="Eski", venue="B")}


def test_a_meeting_new_on_both_sides_with_one_reference_is_a_clash_on_the_laptops_record() -> None:
    ours = {("meeting", "mine"): _meeting(title="Laptop")}
    theirs = {("meeting", "other"): _meeting(title="Register")}
    plan = make_plan({}, ours, theirs)
    (conflict,) = plan.conflicts
    assert (conflict.key, conflict.field, conflict.reason) == (("meeting", "mine"), "reference", "same-value")
    assert plan.laptop == () and plan.target == () and plan.base == {}


def test_an_action_points_tracking_is_not_an_edit_of_signed_off_minutes() -> None:
    action = ("action_point", "p1")
    signed = _meeting(status="signed_off")
    point = {"meeting_id": "m1", "decision_id": None, "responsible_person_id": None, "text": "Rapor",
             "status": "open", "completed_on": None, "completion_note": None, "responsible_organization_ids": []}  # fmt: skip
    base = {MEETING: _meeting(status="circulated"), action: point}
    ours = {MEETING: signed, action: point}
    theirs = {MEETING: base[MEETING], action: {**point, "status": "done", "completed_on": "2026-12-01"}}
    plan = make_plan(base, ours, theirs)
    assert plan.conflicts == ()
    assert _changed(plan.target) == {MEETING: signed}
    assert _changed(plan.laptop) == {action: theirs[action]}

"""Properties of the sync plan over random edits on two sides (hypothesis), without a database.

Whatever was edited: each side's new state holds together (no link to a missing record, no unique value held
twice), a second plan made at once changes nothing and asks the same questions, nothing typed is lost (a value
changed on a side is still there after the sync), and both sides are equal when nothing was asked.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from unnm_desktop.services.sync.plan import Plan, make_plan
from unnm_desktop.services.sync.records import Key, links

LINES = ["Işık\n", "ılık\n", "Şule\n", "مرحبا\n", "👋🏽\n", "Ömer\n"]
MEETINGS = ["m1", "m2", "m3"]
ITEMS = ["a1", "a2", "a3", "a4"]


def _meeting(reference: str, title: str, status: str = "draft") -> dict[str, Any]:
    return {"reference": reference, "title": title, "status": status, "previous_meeting_id": None,
            "chair_id": None, "rapporteur_id": None, "objectives": []}  # fmt: skip


def _item(meeting_id: str, notes: str) -> dict[str, Any]:
    return {"meeting_id": meeting_id, "title": "Gündem", "notes_md": notes, "presenter_id": None, "objectives": []}


BASE = {
    ("meeting", "m1"): _meeting("R/1", "Bir"),
    ("meeting", "m2"): _meeting("R/2", "İki"),
    ("agenda_item", "a1"): _item("m1", "".join(LINES[:3])),
    ("agenda_item", "a2"): _item("m2", "".join(LINES[3:])),
}

edit = st.one_of(
    st.tuples(st.just("title"), st.sampled_from(MEETINGS), st.sampled_from(["Bir", "Yeni", "Çok yeni"])),
    st.tuples(st.just("reference"), st.sampled_from(MEETINGS), st.sampled_from(["R/1", "R/2", "R/3"])),
    st.tuples(st.just("sign"), st.sampled_from(MEETINGS), st.just(None)),
    st.tuples(st.just("delete"), st.sampled_from(MEETINGS + ITEMS), st.just(None)),
    st.tuples(st.just("add_item"), st.sampled_from(ITEMS), st.sampled_from(MEETINGS)),
    st.tuples(st.just("add_meeting"), st.sampled_from(MEETINGS), st.sampled_from(["R/1", "R/3", "R/4"])),
    st.tuples(st.just("line"), st.sampled_from(ITEMS), st.tuples(st.integers(0, 5), st.sampled_from(LINES))),
)


def _apply(state: dict[Key, Any], change: tuple[str, str, Any], held: set[Key]) -> None:
    """One edit as the app makes it; `held`: every record this side ever had, whose id the app never gives again
    (a new record gets a new UUID)."""
    held.update(state)
    action, record_id, argument = change
    meeting, item = ("meeting", record_id), ("agenda_item", record_id)
    if action in ("title", "reference", "sign") and meeting in state:
        if state[meeting]["status"] == "signed_off":
            return
        field, value = ("status", "signed_off") if action == "sign" else (action, argument)
        if field == "reference" and any(r["reference"] == value for k, r in state.items() if k[0] == "meeting"):
            return  # the app refuses a reference another meeting has
        state[meeting] = {**state[meeting], field: value}
    elif action == "delete":
        key = meeting if record_id in MEETINGS else item
        if key in state and state.get(meeting, {}).get("status") != "signed_off":
            state.pop(key)
            for other in [k for k, r in state.items() if r.get("meeting_id") == record_id]:
                state.pop(other)  # ON DELETE CASCADE
    elif action == "add_item" and item not in held and ("meeting", argument) in state:
        state[item] = _item(argument, "")
    elif action == "add_meeting" and meeting not in held:
        if not any(r["reference"] == argument for k, r in state.items() if k[0] == "meeting"):
            state[meeting] = _meeting(argument, "Yeni")
    elif action == "line" and item in state:
        lines = state[item]["notes_md"].splitlines(keepends=True)
        position, line = argument
        lines.insert(min(position, len(lines)), line)
        state[item] = {**state[item], "notes_md": "".join(lines)}


def _after(state: dict[Key, Any], changes: Any) -> dict[Key, Any]:
    result = dict(state)
    for change in changes:
        if change.after is None:
            result.pop(change.key, None)
        else:
            result[change.key] = change.after
    return result


def _holds_together(state: dict[Key, Any]) -> None:
    for key, record in state.items():
        for name, kind in links(key[0]).items():
            assert record.get(name) is None or (kind, record[name]) in state, (key, name)
    references = [r["reference"] for k, r in state.items() if k[0] == "meeting"]
    assert len(references) == len(set(references))


def _questions(plan: Plan) -> set[tuple[Key, str | None]]:
    return {(conflict.key, conflict.field) for conflict in plan.conflicts}


@settings(max_examples=300, deadline=None)
@given(st.lists(edit, max_size=6), st.lists(edit, max_size=6))
def test_a_plan_holds_together_settles_at_once_and_loses_nothing(
    ours_edits: list[Any], theirs_edits: list[Any]
) -> None:
    ours, theirs = dict(BASE), dict(BASE)
    ours_held, theirs_held = set(BASE), set(BASE)
    for change in ours_edits:
        _apply(ours, change, ours_held)
    for change in theirs_edits:
        _apply(theirs, change, theirs_held)

    plan = make_plan(BASE, ours, theirs)
    laptop, target = _after(ours, plan.laptop), _after(theirs, plan.target)
    base = _after(BASE, [_BaseChange(key, record) for key, record in plan.base.items()])

    _holds_together(laptop)
    _holds_together(target)
    again = make_plan(base, laptop, theirs=target)
    assert (again.laptop, again.target, again.base) == ((), (), {})
    assert _questions(again) == _questions(plan)
    for side, result in ((ours, laptop), (theirs, target)):
        for key, record in side.items():
            if record == BASE.get(key):
                continue
            # Changed on this side: what it typed is in its own result (and in the other's when nothing is asked).
            for name, value in record.items():
                if value != (BASE.get(key) or {}).get(name) and name != "notes_md":
                    assert result[key][name] == value, (key, name)
            if "notes_md" in record:
                for line in record["notes_md"].splitlines():
                    assert line in result[key]["notes_md"]
    if not plan.conflicts:
        assert laptop == target


class _BaseChange:
    def __init__(self, key: Key, after: Any) -> None:
        self.key, self.after = key, after


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(edit, max_size=4), st.lists(edit, max_size=4)), min_size=2, max_size=4))
def test_rounds_of_edits_and_syncs_keep_both_sides_whole(rounds: list[Any]) -> None:
    base, ours, theirs = dict(BASE), dict(BASE), dict(BASE)
    ours_held, theirs_held = set(BASE), set(BASE)
    for ours_edits, theirs_edits in rounds:
        for change in ours_edits:
            _apply(ours, change, ours_held)
        for change in theirs_edits:
            _apply(theirs, change, theirs_held)
        plan = make_plan(base, ours, theirs)
        ours, theirs = _after(ours, plan.laptop), _after(theirs, plan.target)
        base = _after(base, [_BaseChange(key, record) for key, record in plan.base.items()])
        _holds_together(ours)
        _holds_together(theirs)
        again = make_plan(base, ours, theirs)
        assert (again.laptop, again.target, again.base) == ((), (), {})
        if not plan.conflicts:
            assert ours == theirs

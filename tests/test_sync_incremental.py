"""The incremental read (services/sync/incremental.py) never misses a change: edits of every kind of record, of the
list fields that move no version (objectives, responsible organisations) — through the services and behind their
back with plain SQL — deletes, moves, and the directory, one at a time between two syncs, on both engines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from builders import SmallMeeting, small_meeting
from sqlalchemy import text
from sync_support import ARABIC, EMOJI, TURKISH, assert_checked, assert_converged

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import actions, agenda, attendance, decisions, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.services.sync import base as stored
from unnm_desktop.services.sync import records, run, sides
from unnm_desktop.services.sync.conflicts import target_id_of
from unnm_desktop.services.sync.run import synchronise


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """The `meetings` of every read_snapshot a sync makes (None: everything was read)."""
    seen: list[Any] = []

    def spy(session: Any, meetings: Any = None) -> Any:
        seen.append(None if meetings is None else set(meetings))
        return records.read_snapshot(session, meetings)

    monkeypatch.setattr(run, "read_snapshot", spy)
    monkeypatch.setattr(sides, "read_snapshot", spy)
    yield seen


def _sql(ctx: ServiceContext, statement: str, **values: Any) -> None:
    """A change made behind the services' back: no version, no `updated_at` moves."""
    with ctx.session() as session:
        session.execute(text(statement), values)


def _scene(register: ServiceContext) -> dict[str, Any]:
    """Two meetings on the register: decisions with positions, an action point with responsible organisations
    followed up at the second meeting, objectives everywhere."""
    first: SmallMeeting = small_meeting(register, title=f"Birinci {TURKISH}")
    chair, rapporteur = first.people["Ayşe Yılmaz"], first.people["İsmail Çelik"]
    second = meetings.create_meeting(register, title="İkinci", start="2023-12-02 10:00", objectives=[1, 2],
                                     chair_id=chair, rapporteur_id=rapporteur)  # fmt: skip
    attendance.add_attendee(register, second, person_id=chair)
    orgs = first.orgs
    item = agenda.add_item(register, first.meeting_id, title="Veri", objectives=[3])
    decision = decisions.add_decision(register, first.meeting_id, text="Karar", agenda_item_id=item, objectives=[4])
    decisions.set_position(register, decision, orgs["IOM"], "joins", statement=ARABIC)
    action = actions.add_action(register, first.meeting_id, text="Paylaş", responsible_org_ids=[orgs["IOM"]],
                                decision_id=decision)  # fmt: skip
    actions.record_follow_up(register, action, second, note="Başladı", status="in_progress")
    return {"first": first, "second": second, "item": item, "decision": decision, "action": action, "orgs": orgs}


def test_edits_of_every_kind_between_two_syncs_reach_the_other_side(
    ctx: ServiceContext, laptop: ServiceContext, reads: list[Any]
) -> None:
    scene = _scene(ctx)
    first: SmallMeeting = scene["first"]
    orgs = scene["orgs"]
    synchronise(laptop, ctx)
    assert reads[-2:] == [None, None]  # the first sync reads everything
    people = {view.full_name: view.id for view in directory.list_people(laptop)}

    edits: list[tuple[str, Callable[[], Any]]] = [
        ("meeting title, laptop", lambda: meetings.update_meeting(laptop, first.meeting_id, title=f"Yeni {EMOJI}")),
        ("meeting objectives, register", lambda: meetings.update_meeting(ctx, scene["second"], objectives=[1, 7])),
        ("item objectives, laptop", lambda: agenda.update_item(laptop, scene["item"], objectives=[3, 5])),
        ("decision objectives, register", lambda: decisions.update_decision(ctx, scene["decision"], objectives=[])),
        ("responsible organisations, laptop",
         lambda: actions.update_action(laptop, scene["action"], responsible_org_ids=[orgs["IOM"], orgs["PMM"]])),
        ("an objective by SQL, register",
         lambda: _sql(ctx, "INSERT INTO agenda_item_objective (agenda_item_id, objective) VALUES (:i, 9)",
                      i=scene["item"])),
        ("a responsible organisation by SQL, laptop",
         lambda: _sql(laptop, "DELETE FROM action_responsible WHERE action_id = :a AND organization_id = :o",
                      a=scene["action"], o=orgs["IOM"])),
        ("notes, register", lambda: agenda.set_notes(ctx, first.item_id, f"{ARABIC}\n{TURKISH}\n")),
        ("attendance added, laptop",
         lambda: attendance.add_attendee(laptop, first.meeting_id, organization_id=orgs["MFA"])),
        ("position, register", lambda: decisions.set_position(ctx, scene["decision"], orgs["PMM"], "joins")),
        ("follow-up, laptop",
         lambda: actions.record_follow_up(laptop, scene["action"], scene["second"], note="Bitti ✅", status="done")),
        ("agenda item removed (its decision's link emptied by the database), register",
         lambda: agenda.remove_item(ctx, scene["item"])),
        ("person edited, laptop", lambda: directory.update_person(laptop, people["Işıl Doğan"], full_name="Işıl Kaya")),
        ("alias added, register", lambda: directory.add_alias(ctx, orgs["PMM"], acronym="GİGM", name_en="Göç İdaresi")),
        ("a meeting signed off, register", lambda: _sign(ctx, scene["second"])),
        ("reopened, laptop", lambda: signoff.reopen_for_revision(laptop, scene["second"], "Düzeltme: İğdır")),
        ("decision removed (its action's link emptied by the database), laptop",
         lambda: decisions.remove_decision(laptop, scene["decision"])),
        ("a new meeting, laptop",
         lambda: meetings.create_meeting(laptop, title="Üçüncü", start="2024-01-10 10:00", objectives=[2])),
        ("a meeting deleted, register", lambda: meetings.delete_meeting(ctx, first.meeting_id)),
    ]  # fmt: skip
    for name, edit in edits:
        edit()
        before = len(reads)
        report = synchronise(laptop, ctx)
        assert report.conflicts == (), name
        assert report.pulled + report.pushed > 0, f"{name}: not seen"
        assert None not in reads[before:], f"{name}: read whole"
        assert_converged(laptop, ctx)
        again = synchronise(laptop, ctx)
        assert (again.pulled, again.pushed, again.conflicts) == (0, 0, ()), name
    assert_checked(laptop, ctx)


def _sign(ctx: ServiceContext, meeting_id: str) -> str:
    return signoff.sign_off(ctx, meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)


def test_a_run_with_nothing_changed_reads_only_the_directory_and_writes_nothing(
    ctx: ServiceContext, laptop: ServiceContext, reads: list[Any]
) -> None:
    _scene(ctx)
    synchronise(laptop, ctx)
    synchronise(laptop, ctx)
    with laptop.session() as session:
        seen_before = stored.read_seen(session, target_id_of(ctx))
    del reads[:]
    report = synchronise(laptop, ctx)
    assert (report.pulled, report.pushed) == (0, 0)
    assert reads == [set(), set()]
    with laptop.session() as session:
        assert stored.read_seen(session, target_id_of(ctx)) == seen_before


def test_a_resolved_conflict_makes_the_next_run_read_everything(
    ctx: ServiceContext, laptop: ServiceContext, reads: list[Any]
) -> None:
    scene = _scene(ctx)
    synchronise(laptop, ctx)
    meetings.update_meeting(laptop, scene["second"], title="Laptop")
    meetings.update_meeting(ctx, scene["second"], title="Sekreterya")
    (conflict,) = synchronise(laptop, ctx).conflicts
    from unnm_desktop.services.sync.resolve import resolve_conflict

    resolve_conflict(laptop, ctx, conflict.id, take="theirs")
    del reads[:]
    report = synchronise(laptop, ctx)
    assert reads == [None, None] and report.conflicts == ()
    assert meetings.get_meeting(laptop, scene["second"]).title == "Sekreterya"
    assert_converged(laptop, ctx)


def test_what_is_written_on_either_side_while_a_sync_runs_is_seen_by_the_next_run(
    ctx: ServiceContext, laptop: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    scene = _scene(ctx)
    first: SmallMeeting = scene["first"]
    synchronise(laptop, ctx)
    synchronise(laptop, ctx)
    # The run carries a title each way, in two meetings; meanwhile a person writes in each of them: notes on the
    # other side (after it was read), an attendee on the laptop (after the plan was made).
    meetings.update_meeting(laptop, first.meeting_id, title="Laptop başlığı")
    meetings.update_meeting(ctx, scene["second"], title="Sekreterya başlığı")
    read_part, finish = sides.RegisterSide.read_part, run._finish

    def read_then_typed_meanwhile(side: sides.RegisterSide, *arguments: Any) -> Any:
        found = read_part(side, *arguments)
        agenda.set_notes(ctx, first.item_id, f"Sekreterya yazdı: {TURKISH}\n")
        return found

    def typed_then_finish(*arguments: Any, **keywords: Any) -> Any:
        attendance.add_attendee(laptop, scene["second"], organization_id=scene["orgs"]["UNICEF"])
        return finish(*arguments, **keywords)

    monkeypatch.setattr(sides.RegisterSide, "read_part", read_then_typed_meanwhile)
    monkeypatch.setattr(run, "_finish", typed_then_finish)
    synchronise(laptop, ctx)
    monkeypatch.setattr(sides.RegisterSide, "read_part", read_part)
    monkeypatch.setattr(run, "_finish", finish)

    report = synchronise(laptop, ctx)

    assert report.conflicts == () and (report.pulled, report.pushed) == (1, 1)
    for side in (laptop, ctx):
        assert agenda.get_item(side, first.item_id).notes_md == f"Sekreterya yazdı: {TURKISH}\n"
        with side.session() as session:
            assert scene["orgs"]["UNICEF"] in attendance.attending_organization_ids(session, scene["second"])
    assert_converged(laptop, ctx)

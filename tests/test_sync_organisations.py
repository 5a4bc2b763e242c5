"""The same new organisation typed on the laptop and on the register (one acronym, Turkish-aware) becomes one."""

from __future__ import annotations

from typing import Any

from builders import SmallMeeting, small_meeting
from sqlalchemy import select
from sync_support import assert_checked, assert_converged, records

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.directory.entries import acronym_key
from unnm_desktop.services.meeting import attendance, decisions
from unnm_desktop.services.sync.resolve import resolve_conflict, value
from unnm_desktop.services.sync.run import synchronise
from unnm_desktop.store.models import AuditEvent

PERSON_ON_REGISTER = "Şule Işıkçı"
PERSON_ON_LAPTOP = "İbrahim Ağaoğlu"


def _shared(ctx: ServiceContext, laptop: ServiceContext) -> SmallMeeting:
    meeting = small_meeting(ctx, title="Göç Ağı toplantısı")
    synchronise(laptop, ctx)
    return meeting


def _same_acronym_on_both(ctx: ServiceContext, laptop: ServiceContext, meeting: SmallMeeting) -> tuple[str, str]:
    """The register types İGDAŞ first, the laptop (not seeing it) types "igdas"; each a person who attends."""
    on_register = directory.create_organization(ctx, acronym="İGDAŞ", name_en="Istanbul Gas Distribution")
    on_laptop = directory.create_organization(laptop, acronym="igdaş", name_en="İGDAŞ (typed on the laptop)")
    assert acronym_key("İGDAŞ") == acronym_key("igdaş")
    for side, org, name in ((ctx, on_register, PERSON_ON_REGISTER), (laptop, on_laptop, PERSON_ON_LAPTOP)):
        person = directory.create_person(side, full_name=name, organization_id=org)
        attendance.add_attendee(side, meeting.meeting_id, person_id=person)
    return on_register, on_laptop


def _organisations(ctx: ServiceContext, key: str) -> dict[str, Any]:
    return {
        record_id: record
        for (kind, record_id), record in records(ctx).items()
        if kind == "organization" and acronym_key(record["acronym"]) == key
    }


def test_the_same_new_organisation_typed_on_both_sides_is_merged_into_the_one_made_first(
    ctx: ServiceContext, laptop: ServiceContext
) -> None:
    meeting = _shared(ctx, laptop)
    on_register, on_laptop = _same_acronym_on_both(ctx, laptop, meeting)

    report = synchronise(laptop, ctx)

    assert report.conflicts == ()
    for side in (laptop, ctx):
        found = _organisations(side, "igdas")
        assert set(found) == {on_register, on_laptop}
        assert found[on_register]["merged_into_id"] is None  # made first: kept
        assert found[on_laptop]["merged_into_id"] == on_register  # kept for the audit trail, merged
        people = {view.full_name: view for view in directory.list_people(side)}
        assert people[PERSON_ON_LAPTOP].organization_id == on_register
        assert people[PERSON_ON_REGISTER].organization_id == on_register
        present = {row.person_id: row.organization_id for row in attendance.list_attendance(side, meeting.meeting_id)}
        assert present[people[PERSON_ON_LAPTOP].id] == on_register
        assert directory.find_organization(side, "IGDAS").id == on_register  # type: ignore[union-attr]
    with laptop.session() as session:
        assert session.scalars(select(AuditEvent.id).where(AuditEvent.action == "merge")).all()
    assert_converged(laptop, ctx)
    assert_checked(laptop, ctx)
    again = synchronise(laptop, ctx)
    assert (again.pulled, again.pushed, again.conflicts) == (0, 0, ())


def test_a_merge_that_would_drop_a_position_is_a_question_settled_by_another_acronym(
    ctx: ServiceContext, laptop: ServiceContext
) -> None:
    meeting = _shared(ctx, laptop)
    decision = decisions.add_decision(ctx, meeting.meeting_id, text="Ortak eylem planı kabul edildi")
    synchronise(laptop, ctx)
    on_register, on_laptop = _same_acronym_on_both(ctx, laptop, meeting)
    decisions.set_position(ctx, decision, on_register, "joins", statement="Katılıyoruz — sekreterya")
    decisions.set_position(laptop, decision, on_laptop, "joins", statement="Katılıyoruz — laptop'ta yazıldı")

    (question,) = synchronise(laptop, ctx).conflicts

    assert (question.record, question.field, question.reason) == (f"organization/{on_laptop}", "acronym", "same-value")
    assert (question.ours, question.theirs) == ("igdaş", "İGDAŞ")
    for side in (laptop, ctx):
        statements = sorted(p.statement for p in decisions.get_decision(side, decision).positions)
        assert statements == ["Katılıyoruz — laptop'ta yazıldı", "Katılıyoruz — sekreterya"]
        assert all(record["merged_into_id"] is None for record in _organisations(side, "igdas").values())
    resolve_conflict(laptop, ctx, question.id, value("İGDAŞ-Laptop"))
    report = synchronise(laptop, ctx)
    assert report.conflicts == ()
    for side in (laptop, ctx):
        assert directory.find_organization(side, "İGDAŞ-Laptop").id == on_laptop  # type: ignore[union-attr]
        assert len(decisions.get_decision(side, decision).positions) == 2
    assert_converged(laptop, ctx)
    assert_checked(laptop, ctx)

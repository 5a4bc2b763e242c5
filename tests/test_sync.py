"""Synchronising a laptop with the register (issue 13): scripted edits on both sides, merged as expected.

The laptop is a SQLite file; the register is the test's `ctx`, a SQLite file or a real PostgreSQL database.
"""

from __future__ import annotations

import pytest
from builders import SmallMeeting, small_meeting
from sync_support import ARABIC, EMOJI, TURKISH, assert_checked, assert_converged, audit_count, records

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.search import search
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import agenda, attendance, meetings
from unnm_desktop.services.minutes import signoff, verification
from unnm_desktop.services.sync.conflicts import pending_conflicts
from unnm_desktop.services.sync.resolve import resolve_conflict, value
from unnm_desktop.services.sync.run import SyncRefused, synchronise

NOTES = f"# {TURKISH}\n\n- {ARABIC}\n- {EMOJI}\n- üçüncü satır\n"


@pytest.fixture
def shared(ctx: ServiceContext, laptop: ServiceContext) -> SmallMeeting:
    """A meeting typed on the register, already pulled to the laptop by a first sync."""
    meeting = small_meeting(ctx, title=f"Ağ toplantısı {EMOJI}")
    agenda.set_notes(ctx, meeting.item_id, NOTES)
    report = synchronise(laptop, ctx)
    assert report.pulled > 0 and report.pushed == 0 and report.conflicts == ()
    return meeting


def test_the_first_sync_pulls_the_register_and_a_second_changes_nothing(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting
) -> None:
    assert agenda.get_item(laptop, shared.item_id).notes_md == NOTES
    assert meetings.get_meeting(laptop, shared.meeting_id).title == f"Ağ toplantısı {EMOJI}"
    assert_converged(laptop, ctx)
    events = audit_count(laptop), audit_count(ctx)
    again = synchronise(laptop, ctx)
    assert (again.pulled, again.pushed, again.conflicts) == (0, 0, ())
    assert (audit_count(laptop), audit_count(ctx)) == events
    assert_checked(laptop, ctx)


def test_changes_on_both_sides_merge_field_by_field_and_notes_line_by_line(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting
) -> None:
    meetings.update_meeting(laptop, shared.meeting_id, title=f"{TURKISH} {EMOJI}")
    meetings.update_meeting(ctx, shared.meeting_id, location="Gaziantep — غازي عنتاب")
    agenda.set_notes(laptop, shared.item_id, "Açılış: Işıl Doğan 🎤\n" + NOTES)
    agenda.set_notes(ctx, shared.item_id, NOTES + "- Kapanış: İsmail Çelik\n")

    report = synchronise(laptop, ctx)

    assert report.conflicts == ()
    assert (report.pulled, report.pushed) == (2, 2)  # the meeting and the agenda item, each way
    expected_notes = "Açılış: Işıl Doğan 🎤\n" + NOTES + "- Kapanış: İsmail Çelik\n"
    for side in (laptop, ctx):
        assert agenda.get_item(side, shared.item_id).notes_md.encode() == expected_notes.encode()
        detail = meetings.get_meeting(side, shared.meeting_id)
        assert (detail.title, detail.location) == (f"{TURKISH} {EMOJI}", "Gaziantep — غازي عنتاب")
    assert_converged(laptop, ctx)
    assert (synchronise(laptop, ctx).pulled, synchronise(laptop, ctx).pushed) == (0, 0)
    assert_checked(laptop, ctx)


def test_a_field_changed_differently_on_both_sides_waits_and_each_keeps_its_own(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting
) -> None:
    meetings.update_meeting(laptop, shared.meeting_id, title="Laptop: Şule'nin başlığı")
    meetings.update_meeting(ctx, shared.meeting_id, title="Sekreterya: İlkay'ın başlığı")
    meetings.update_meeting(ctx, shared.meeting_id, venue="BM Evi")

    report = synchronise(laptop, ctx)

    (conflict,) = report.conflicts
    assert (conflict.record, conflict.field, conflict.reason) == (f"meeting/{shared.meeting_id}", "title",
                                                                 "changed-on-both")  # fmt: skip
    assert (conflict.ours, conflict.theirs, conflict.base) == (
        "Laptop: Şule'nin başlığı", "Sekreterya: İlkay'ın başlığı", f"Ağ toplantısı {EMOJI}")  # fmt: skip
    assert conflict.meeting == meetings.get_meeting(laptop, shared.meeting_id).reference
    assert meetings.get_meeting(laptop, shared.meeting_id).title == "Laptop: Şule'nin başlığı"
    assert meetings.get_meeting(ctx, shared.meeting_id).title == "Sekreterya: İlkay'ın başlığı"
    assert meetings.get_meeting(laptop, shared.meeting_id).venue == "BM Evi"  # the rest of the record travels
    again = synchronise(laptop, ctx)  # still in question: the same conflict, the same id, nothing written
    assert (again.pulled, again.pushed) == (0, 0) and [c.id for c in again.conflicts] == [conflict.id]


@pytest.mark.parametrize("take", ["ours", "theirs", "typed"])
def test_a_resolved_field_converges_on_the_next_sync(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting, take: str
) -> None:
    meetings.update_meeting(laptop, shared.meeting_id, title="Laptop başlığı")
    meetings.update_meeting(ctx, shared.meeting_id, title="Sekreterya başlığı")
    (conflict,) = synchronise(laptop, ctx).conflicts
    chosen = {"ours": "Laptop başlığı", "theirs": "Sekreterya başlığı", "typed": f"İkisi de değil {EMOJI}"}[take]

    resolve_conflict(laptop, ctx, conflict.id, take if take != "typed" else value(chosen))

    assert pending_conflicts(laptop, ctx) == ()
    report = synchronise(laptop, ctx)
    assert report.conflicts == () and report.pulled == 0
    assert report.pushed == (0 if take == "theirs" else 1)
    assert meetings.get_meeting(ctx, shared.meeting_id).title == chosen
    assert meetings.get_meeting(laptop, shared.meeting_id).title == chosen
    assert_converged(laptop, ctx)
    assert_checked(laptop, ctx)


@pytest.mark.parametrize("take", ["ours", "theirs"])
def test_deleted_on_one_side_and_edited_on_the_other_is_a_whole_record_question(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting, take: str
) -> None:
    agenda.remove_item(laptop, shared.item_id)
    agenda.set_notes(ctx, shared.item_id, NOTES + "- yeni satır\n")

    (conflict,) = synchronise(laptop, ctx).conflicts

    assert (conflict.record, conflict.field, conflict.reason) == (f"agenda_item/{shared.item_id}", None,
                                                                 "edited-and-deleted")  # fmt: skip
    assert conflict.ours is None and conflict.theirs["notes_md"] == NOTES + "- yeni satır\n"
    assert agenda.get_item(ctx, shared.item_id).notes_md == NOTES + "- yeni satır\n"  # nothing typed is lost
    resolve_conflict(laptop, ctx, conflict.id, take)
    report = synchronise(laptop, ctx)
    assert report.conflicts == ()
    kept = {item.id for side in (laptop, ctx) for item in agenda.list_items(side, shared.meeting_id)}
    assert (shared.item_id in kept) == (take == "theirs")
    assert_converged(laptop, ctx)
    assert_checked(laptop, ctx)


def test_new_meetings_and_directory_entries_travel_both_ways(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting
) -> None:
    on_laptop = meetings.create_meeting(laptop, title=f"Saha ziyareti {TURKISH}", start="2024-02-01 09:00",
                                        reference="UNNM-TR/2024/L1", objectives=[2, 16])  # fmt: skip
    item = agenda.add_item(laptop, on_laptop, title="Gözlemler", notes_md=f"{ARABIC}\nKızılcahamam ziyareti\n")
    on_register = meetings.create_meeting(ctx, title="Koordinasyon", start="2024-02-03 10:00",
                                          reference="UNNM-TR/2024/R1")  # fmt: skip
    person = directory.create_person(laptop, full_name="Gülşen Öztürk", organization_id=shared.orgs["IOM"])
    org = directory.create_organization(ctx, acronym="GÖÇ-DER", name_en="Migrants Association Türkiye",
                                        name_tr="Sığınmacılar ve Göçmenlerle Dayanışma Derneği")  # fmt: skip

    report = synchronise(laptop, ctx)

    assert report.conflicts == ()
    for side in (laptop, ctx):
        assert meetings.get_meeting(side, on_laptop).objectives == (2, 16)
        assert meetings.get_meeting(side, on_register).title == "Koordinasyon"
        assert {p.full_name for p in directory.list_people(side)} >= {"Gülşen Öztürk"}
        assert any(o.id == org for o in directory.list_organizations(side))
        # The search index follows the records a sync writes (before any `check` remakes it).
        assert item in {hit.id for hit in search(side, "kızılcahamam")}
        assert on_register in {hit.id for hit in search(side, "koordinasyon")}
    assert person
    assert_converged(laptop, ctx)
    assert_checked(laptop, ctx)


def _sign(ctx: ServiceContext, meeting_id: str) -> str:
    return signoff.sign_off(ctx, meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)


def test_signed_off_minutes_travel_as_they_are_and_are_never_merged_over(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting
) -> None:
    digest = _sign(ctx, shared.meeting_id)
    report = synchronise(laptop, ctx)  # unchanged on the laptop since the base: copied as it is
    assert report.conflicts == () and report.pulled > 0
    assert meetings.get_meeting(laptop, shared.meeting_id).status == "signed_off"
    assert_converged(laptop, ctx)
    assert_checked(laptop, ctx)  # the laptop proves the fingerprint of the copied minutes
    assert verification.signed_versions(laptop, shared.meeting_id)[0].sha256 == digest


def test_minutes_signed_off_on_one_side_and_edited_on_the_other_are_one_question(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting
) -> None:
    _sign(ctx, shared.meeting_id)
    agenda.set_notes(laptop, shared.item_id, NOTES + "- laptop'ta eklenen satır\n")
    meetings.update_meeting(laptop, shared.meeting_id, venue="Laptop salonu")
    before = records(ctx)

    report = synchronise(laptop, ctx)

    (conflict,) = report.conflicts
    assert (conflict.record, conflict.field, conflict.reason) == (f"meeting/{shared.meeting_id}", None, "signed-off")
    assert records(ctx) == before  # the signed-off minutes on the register are untouched
    assert agenda.get_item(laptop, shared.item_id).notes_md == NOTES + "- laptop'ta eklenen satır\n"
    assert_checked(laptop, ctx)
    resolve_conflict(laptop, ctx, conflict.id, "theirs")  # the secretariat's signed-off version wins
    assert synchronise(laptop, ctx).conflicts == ()
    assert meetings.get_meeting(laptop, shared.meeting_id).status == "signed_off"
    assert_converged(laptop, ctx)
    assert_checked(laptop, ctx)


def test_a_reopened_revision_travels_as_a_new_revision(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting
) -> None:
    _sign(ctx, shared.meeting_id)
    synchronise(laptop, ctx)
    signoff.reopen_for_revision(ctx, shared.meeting_id, "Yazım düzeltmesi: İğdır")
    agenda.set_notes(ctx, shared.item_id, NOTES + "- düzeltildi\n")
    _sign(ctx, shared.meeting_id)

    assert synchronise(laptop, ctx).conflicts == ()

    assert [v.revision for v in verification.signed_versions(laptop, shared.meeting_id)] == [
        v.revision for v in verification.signed_versions(ctx, shared.meeting_id)
    ]
    assert len(verification.signed_versions(laptop, shared.meeting_id)) == 2
    assert_converged(laptop, ctx)
    assert_checked(laptop, ctx)


def test_the_same_reference_on_two_new_meetings_is_a_question_not_a_crash(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting
) -> None:
    ours = meetings.create_meeting(laptop, title="Laptop", start="2024-03-01 10:00", reference="UNNM-TR/2024/7")
    theirs = meetings.create_meeting(ctx, title="Register", start="2024-03-02 10:00", reference="UNNM-TR/2024/7")

    (conflict,) = synchronise(laptop, ctx).conflicts

    assert (conflict.record, conflict.field, conflict.reason) == (f"meeting/{ours}", "reference", "same-value")
    assert {m.id for m in meetings.list_meetings(laptop)} >= {ours} and theirs not in {
        m.id for m in meetings.list_meetings(laptop)
    }
    resolve_conflict(laptop, ctx, conflict.id, value("UNNM-TR/2024/8"))
    assert synchronise(laptop, ctx).conflicts == ()
    for side in (laptop, ctx):
        assert meetings.get_meeting(side, ours).reference == "UNNM-TR/2024/8"
        assert meetings.get_meeting(side, theirs).reference == "UNNM-TR/2024/7"
    assert_converged(laptop, ctx)


def test_a_register_is_not_synchronised_with_itself(ctx: ServiceContext) -> None:
    with pytest.raises(SyncRefused, match="not synchronised with itself"):
        synchronise(ctx, ctx)


@pytest.mark.parametrize("take", ["ours", "theirs"])
def test_one_person_added_to_a_meeting_on_both_sides_is_a_duplicate_settled_by_taking_a_side(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting, take: str
) -> None:
    person = directory.create_person(ctx, full_name="Çiğdem Işıklı")
    synchronise(laptop, ctx)
    ours = attendance.add_attendee(laptop, shared.meeting_id, person_id=person, status="remote")
    theirs = attendance.add_attendee(ctx, shared.meeting_id, person_id=person, status="present")

    (conflict,) = synchronise(laptop, ctx).conflicts

    assert (conflict.record, conflict.field, conflict.reason) == (f"attendance/{ours}", "person_id", "same-value")
    resolve_conflict(laptop, ctx, conflict.id, take)
    assert synchronise(laptop, ctx).conflicts == ()
    kept = ours if take == "ours" else theirs
    for side in (laptop, ctx):
        rows = [row for row in attendance.list_attendance(side, shared.meeting_id) if row.person_id == person]
        assert [row.id for row in rows] == [kept]
    assert_converged(laptop, ctx)
    assert_checked(laptop, ctx)


def test_minutes_signed_off_on_the_laptop_reach_the_register_and_prove_there(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting
) -> None:
    digest = _sign(laptop, shared.meeting_id)

    report = synchronise(laptop, ctx)

    assert report.conflicts == () and report.pushed > 0
    assert [v.sha256 for v in verification.signed_versions(ctx, shared.meeting_id)] == [digest]
    assert meetings.get_meeting(ctx, shared.meeting_id).status == "signed_off"
    assert_converged(laptop, ctx)
    assert_checked(laptop, ctx)

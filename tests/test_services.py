"""Services through a real database (SQLite and PostgreSQL): every change validated, stored and audited."""

from __future__ import annotations

from datetime import date, timezone

import pytest
from builders import SmallMeeting, small_meeting
from engine_fixtures import outside_edit, outside_query
from sqlalchemy import func, select

from unnm_desktop.domain.errors import MeetingLockedError, NotFoundError, ValidationError
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import actions, agenda, attendance, decisions, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.store.audit import verify_chain
from unnm_desktop.store.models import AuditEvent


def _audit_count(ctx: ServiceContext) -> int:
    with ctx.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent))


def test_new_database_has_the_starter_directory(ctx: ServiceContext) -> None:
    orgs = {o.acronym: o for o in directory.list_organizations(ctx)}
    assert {"IOM", "UNHCR", "PMM", "MFA", "DGILF"} <= set(orgs)
    assert orgs["PMM"].name_tr == "Göç İdaresi Başkanlığı"
    assert orgs["IOM"].kind == "un_entity" and orgs["PMM"].kind == "government"


def test_former_names_are_found_and_shown_by_date(ctx: ServiceContext) -> None:
    pmm = directory.find_organization(ctx, "DGMM")
    assert pmm is not None and pmm.acronym == "PMM"
    assert directory.find_organization(ctx, "un women") == directory.find_organization(ctx, "UN Women")
    from unnm_desktop.store.models import Organization

    with ctx.session() as session:
        org = session.get(Organization, pmm.id)
        assert directory.name_at(org, date(2019, 11, 20))[0] == "DGMM"
        assert directory.name_at(org, date(2023, 11, 2))[0] == "PMM"


def test_meeting_round_trip_in_istanbul_time(ctx: ServiceContext, db_path) -> None:
    meeting_id = meetings.create_meeting(
        ctx, title="Toplantı — Göç", start="2023-11-02 10:00", objectives=[23, 1, 4], venue="IOM Türkiye main office"
    )
    detail = meetings.get_meeting(ctx, meeting_id)
    assert detail.start.tzinfo == timezone.utc and detail.start.hour == 7  # 10:00 in Ankara is 07:00 UTC
    assert detail.reference == "UNNM-TR/2023/1"
    assert detail.objectives == (1, 4, 23)
    (raw,) = outside_query(db_path, "SELECT title, venue FROM meeting")
    assert raw == ("Toplantı — Göç", "IOM Türkiye main office")
    second = meetings.create_meeting(ctx, title="Second", start="2023-12-01 10:00")
    assert meetings.get_meeting(ctx, second).reference == "UNNM-TR/2023/2"


def test_bad_input_is_refused_with_a_sentence_and_changes_nothing(ctx: ServiceContext) -> None:
    meeting_id = meetings.create_meeting(ctx, title="Valid", start="2023-11-02 10:00")
    before = _audit_count(ctx)
    with pytest.raises(ValidationError, match="1 to 23"):
        meetings.update_meeting(ctx, meeting_id, objectives=[24])
    with pytest.raises(ValidationError, match="cannot be empty"):
        meetings.update_meeting(ctx, meeting_id, title="   ")
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        meetings.update_meeting(ctx, meeting_id, next_meeting_date="next week")
    with pytest.raises(ValidationError, match="modality"):
        meetings.update_meeting(ctx, meeting_id, modality="by pigeon")
    with pytest.raises(NotFoundError):
        meetings.update_meeting(ctx, "no-such-id", title="x")
    assert meetings.get_meeting(ctx, meeting_id).title == "Valid"
    assert _audit_count(ctx) == before


def test_every_change_writes_an_audit_event_in_an_intact_chain(ctx: ServiceContext) -> None:
    start = _audit_count(ctx)
    m = small_meeting(ctx)
    agenda.set_notes(ctx, m.item_id, "PMM noted the **new** data.")
    assert _audit_count(ctx) > start + 8
    with ctx.session() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert (last.entity, last.action, last.actor) == ("agenda_item", "notes", "Test Rapporteur")
        assert verify_chain(session).ok
    # Saving the same text again is not a change and is not audited.
    count = _audit_count(ctx)
    assert agenda.set_notes(ctx, m.item_id, "PMM noted the **new** data.") is False
    assert _audit_count(ctx) == count


def test_a_database_named_as_text_is_the_same_database(
    ctx: ServiceContext, small: SmallMeeting, db_path, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`str(db_path)`: a file's path, or a server's postgresql:// address, never a file named after the address."""
    monkeypatch.chdir(tmp_path)
    ctx.close()
    with open_context(str(db_path)) as reopened:
        assert [m.id for m in meetings.list_meetings(reopened)] == [small.meeting_id]
    assert not (tmp_path / "postgresql:").exists()


def test_audit_chain_detects_an_outside_edit(ctx: ServiceContext, small: SmallMeeting, db_path) -> None:
    ctx.close()
    outside_edit(db_path, "UPDATE audit_event SET actor = 'someone else' WHERE seq = 5")
    with open_context(db_path) as reopened, reopened.session() as session:
        verdict = verify_chain(session)
    assert not verdict.ok and "5" in verdict.problem


def test_attendance_for_many_at_once_and_counts(ctx: ServiceContext, small: SmallMeeting) -> None:
    rows = attendance.list_attendance(ctx, small.meeting_id)
    assert len(rows) == 4
    remote = [r.id for r in rows if r.organization_acronym in ("UNHCR", "UNICEF")]
    attendance.update_attendance(ctx, remote, status="remote", arrival_time="10:42")
    counts = attendance.attendance_counts(ctx, small.meeting_id)
    assert counts.un_side == 3 and counts.government_side == 1
    assert counts.by_status == {"present": 2, "remote": 2}
    with pytest.raises(ValidationError, match="HH:MM"):
        attendance.update_attendance(ctx, remote, arrival_time="half past ten")
    with pytest.raises(ValidationError, match="already"):
        attendance.add_attendee(ctx, small.meeting_id, person_id=small.people["Ayşe Yılmaz"])


def test_agenda_add_reorder_and_standing_items(ctx: ServiceContext, small: SmallMeeting) -> None:
    agenda.add_standing_items(ctx, small.meeting_id, include_previous=True)
    second = agenda.add_item(ctx, small.meeting_id, title="Regular pathways")
    titles = [i.title for i in agenda.list_items(ctx, small.meeting_id)]
    assert titles == [
        "Adoption of the agenda",
        "Approval of the minutes of the previous meeting",
        "Matters arising",
        "GCM implementation in Türkiye",
        "Regular pathways",
        "Any other business",
    ]
    agenda.move_item(ctx, second, 4)
    items = agenda.list_items(ctx, small.meeting_id)
    assert [i.title for i in items][3:5] == ["Regular pathways", "GCM implementation in Türkiye"]
    assert [i.number for i in items] == ["1", "2", "3", "4", "5", "6"]
    agenda.remove_item(ctx, second)
    assert [i.number for i in agenda.list_items(ctx, small.meeting_id)] == ["1", "2", "3", "4", "5"]


def test_agenda_timer(ctx: ServiceContext, small: SmallMeeting) -> None:
    agenda.start_timer(ctx, small.item_id)
    assert agenda.get_item(ctx, small.item_id).running_since is not None
    assert agenda.stop_timer(ctx, small.item_id) >= 0
    assert agenda.get_item(ctx, small.item_id).running_since is None
    with pytest.raises(ValidationError, match="not running"):
        agenda.stop_timer(ctx, small.item_id)


def test_decision_rules_are_enforced(ctx: ServiceContext, small: SmallMeeting) -> None:
    decision_id = decisions.add_decision(
        ctx, small.meeting_id, text="The Network endorses the work plan.", agenda_item_id=small.item_id
    )
    assert decisions.get_decision(ctx, decision_id).reference == "UNNM-TR/2023/1/1"
    decisions.set_position(ctx, decision_id, small.orgs["PMM"], "reservation", statement="PMM reserves on para. 3.")
    decisions.set_position(ctx, decision_id, small.orgs["UNHCR"], "objects", statement="UNHCR cannot join.")
    view = decisions.get_decision(ctx, decision_id)
    assert view.suggested_outcome == "not_adopted"
    with pytest.raises(ValidationError, match="objects"):
        decisions.update_decision(ctx, decision_id, outcome="adopted")
    with pytest.raises(ValidationError, match="objects"):
        decisions.update_decision(ctx, decision_id, outcome="adopted_with_reservations")
    assert decisions.get_decision(ctx, decision_id).outcome == "proposed"
    decisions.update_decision(ctx, decision_id, outcome="not_adopted")
    # A position that contradicts the recorded outcome is refused, not silently accepted.
    decisions.update_decision(ctx, decision_id, outcome="deferred", deferred_to="next meeting")
    decisions.remove_position(ctx, decision_id, small.orgs["UNHCR"])
    decisions.update_decision(ctx, decision_id, outcome="adopted_with_reservations")
    with pytest.raises(ValidationError, match="contradicts"):
        decisions.set_position(ctx, decision_id, small.orgs["UNICEF"], "objects")
    assert decisions.get_decision(ctx, decision_id).outcome == "adopted_with_reservations"


def test_only_attending_organisations_hold_positions(ctx: ServiceContext, small: SmallMeeting) -> None:
    decision_id = decisions.add_decision(ctx, small.meeting_id, text="The Network agrees.")
    with pytest.raises(ValidationError, match="not recorded as present"):
        decisions.set_position(ctx, decision_id, small.orgs["MFA"], "joins")
    unhcr_row = next(r for r in attendance.list_attendance(ctx, small.meeting_id) if r.organization_acronym == "UNHCR")
    attendance.update_attendance(ctx, [unhcr_row.id], status="apologies")
    with pytest.raises(ValidationError, match="not recorded as present"):
        decisions.set_position(ctx, decision_id, small.orgs["UNHCR"], "joins")


def test_actions_follow_up_and_carry_over(ctx: ServiceContext, small: SmallMeeting) -> None:
    done = actions.add_action(ctx, small.meeting_id, text="Share the draft", responsible_org_ids=[small.orgs["IOM"]])
    still_open = actions.add_action(
        ctx, small.meeting_id, text="Data workshop in Gaziantep", responsible_org_ids=[small.orgs["PMM"], small.orgs["IOM"]],
        due_date="2023-12-15",
    )  # fmt: skip
    actions.update_action(ctx, done, status="done")
    assert actions.list_actions(ctx, small.meeting_id)[0].completed_on is not None
    second = meetings.create_next_meeting(ctx, small.meeting_id, title="Next meeting", start="2023-12-20 10:00")
    follow_ups = actions.list_follow_ups(ctx, second)
    assert [f.action.id for f in follow_ups] == [still_open]
    assert follow_ups[0].action.responsible_acronyms == ("IOM", "PMM")
    expected = attendance.list_attendance(ctx, second)
    assert len(expected) == 4 and {r.status for r in expected} == {"expected"}
    assert [i.standing for i in agenda.list_items(ctx, second)] == [
        "adoption_of_agenda", "previous_minutes", "matters_arising", "aob"
    ]  # fmt: skip
    actions.record_follow_up(ctx, still_open, second, note="Held on 12 December; report shared.", status="done")
    assert actions.list_actions(ctx, small.meeting_id)[1].status == "done"
    third = meetings.create_next_meeting(ctx, second, title="Third", start="2024-01-20 10:00")
    assert actions.list_follow_ups(ctx, third) == []


def test_signed_off_meeting_is_locked_for_every_change(ctx: ServiceContext, small: SmallMeeting) -> None:
    decision_id = decisions.add_decision(ctx, small.meeting_id, text="The Network agrees.", outcome="adopted")
    action_id = actions.add_action(ctx, small.meeting_id, text="Circulate", responsible_org_ids=[small.orgs["IOM"]])
    row = attendance.list_attendance(ctx, small.meeting_id)[0]
    digest = signoff.sign_off(
        ctx, small.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", "Chief of Mission", "Chair")]
    )
    assert len(digest) == 64
    attempts = [
        lambda: meetings.update_meeting(ctx, small.meeting_id, title="Changed"),
        lambda: meetings.delete_meeting(ctx, small.meeting_id),
        lambda: attendance.add_attendee(ctx, small.meeting_id, organization_id=small.orgs["MFA"]),
        lambda: attendance.update_attendance(ctx, [row.id], status="absent"),
        lambda: attendance.remove_attendee(ctx, row.id),
        lambda: agenda.add_item(ctx, small.meeting_id, title="Late item"),
        lambda: agenda.set_notes(ctx, small.item_id, "changed"),
        lambda: agenda.update_item(ctx, small.item_id, title="changed"),
        lambda: agenda.move_item(ctx, small.item_id, 1),
        lambda: agenda.remove_item(ctx, small.item_id),
        lambda: agenda.start_timer(ctx, small.item_id),
        lambda: decisions.add_decision(ctx, small.meeting_id, text="Another"),
        lambda: decisions.update_decision(ctx, decision_id, text="changed"),
        lambda: decisions.set_position(ctx, decision_id, small.orgs["PMM"], "joins"),
        lambda: decisions.remove_decision(ctx, decision_id),
        lambda: actions.add_action(ctx, small.meeting_id, text="Another"),
        lambda: actions.update_action(ctx, action_id, status="done"),
        lambda: actions.remove_action(ctx, action_id),
    ]
    for attempt in attempts:
        with pytest.raises(MeetingLockedError, match="signed off"):
            attempt()
    assert meetings.get_meeting(ctx, small.meeting_id).title == "UNNM Türkiye network meeting"


def test_sign_off_checklist(ctx: ServiceContext) -> None:
    meeting_id = meetings.create_meeting(ctx, title="Bare", start="2023-11-02 10:00")
    problems = signoff.checklist(ctx, meeting_id)
    assert any("chair" in p for p in problems) and any("rapporteur" in p for p in problems)
    assert any("present" in p for p in problems)
    with pytest.raises(ValidationError, match="cannot be signed off"):
        signoff.sign_off(ctx, meeting_id, [signoff.SignatoryInput("Someone")])
    m = small_meeting(ctx, title="With a pending decision")
    decisions.add_decision(ctx, m.meeting_id, text="Pending")
    assert any("no final outcome" in p for p in signoff.checklist(ctx, m.meeting_id))


def test_hostile_and_unusual_text_round_trips(ctx: ServiceContext, small: SmallMeeting, db_path) -> None:
    unusual = "İstanbul ışık ŞşĞğÇçÖöÜü — ليلى الحسن 👍🏽🇹🇷 «quotes» 'single' <xml> & ampersand"
    agenda.set_notes(ctx, small.item_id, unusual + "\x00\x01\x1b\ufffe")
    assert agenda.get_item(ctx, small.item_id).notes_md == unusual
    big = ("Göç yönetimi ve veri — data paragraph. " * 30_000)[:1_000_000]
    agenda.set_notes(ctx, small.item_id, big)
    ctx.close()
    ((raw,),) = outside_query(db_path, "SELECT notes_md FROM agenda_item WHERE id = :id", id=small.item_id)
    assert raw == big and len(raw) == 1_000_000
    with open_context(db_path) as reopened, reopened.session() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert len(event.after_json) < 1000  # a long note is audited as length + digest, not copied


def test_later_follow_up_of_signed_off_actions_keeps_the_sign_off_consistent(
    ctx: ServiceContext, small: SmallMeeting
) -> None:
    """Progress on an action is tracked at later meetings; that is not a change to the signed minutes."""
    from unnm_desktop.services.maintenance import check_database

    action_id = actions.add_action(
        ctx, small.meeting_id, text="Share the data", responsible_org_ids=[small.orgs["PMM"]]
    )
    signoff.sign_off(ctx, small.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)
    later = meetings.create_next_meeting(ctx, small.meeting_id, title="Later", start="2024-01-10 10:00")
    actions.record_follow_up(ctx, action_id, later, note="Shared in December.", status="done")
    directory.update_organization(ctx, small.orgs["PMM"], name_en="Presidency of Migration Management (corrected)")
    assert check_database(ctx, backup=False).ok

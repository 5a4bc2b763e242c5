"""Closures after the meeting (issue 14) at the service level: sign-off with open ad referendum positions and a
running silence, then confirmations, withdrawals and ends of silence recorded as signed addenda."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from builders import SmallMeeting
from closure_support import OpenMeeting, signed_with_open_closures

from unnm_desktop.domain.clock import use_clock
from unnm_desktop.domain.errors import NotFoundError, ValidationError
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import decisions, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.services.minutes.addenda import addenda, confirm, end_silence, get_addendum
from unnm_desktop.services.minutes.pending import decision_closures, pending_confirmations
from unnm_desktop.services.minutes.verification import database_problems, find_signed_version

NOV_20 = datetime(2023, 11, 20, 9, 0, tzinfo=timezone.utc)  # after the silence's deadline, before the confirmations'
DEC_20 = datetime(2023, 12, 20, 9, 0, tzinfo=timezone.utc)  # after every deadline


@pytest.fixture
def open_meeting(ctx: ServiceContext, small: SmallMeeting) -> OpenMeeting:
    return signed_with_open_closures(ctx, small)


def _decision_id(ctx: ServiceContext, reference: str, meeting_id: str) -> str:
    return next(d.id for d in decisions.list_decisions(ctx, meeting_id) if d.reference == reference)


def test_sign_off_allows_open_ad_referendum_and_silence_but_not_a_bare_proposal(
    ctx: ServiceContext, small: SmallMeeting
) -> None:
    bare = decisions.add_decision(ctx, small.meeting_id, text="Merely proposed")
    assert any("no final outcome" in p for p in signoff.checklist(ctx, small.meeting_id))
    decisions.set_position(ctx, bare, small.orgs["UNHCR"], "ad_referendum")
    problems = signoff.checklist(ctx, small.meeting_id)
    assert [p for p in problems if "no final outcome" in p] == []
    assert any("has no deadline" in p for p in problems)
    decisions.set_position(ctx, bare, small.orgs["UNHCR"], "ad_referendum", deadline="2023-11-30")
    assert signoff.checklist(ctx, small.meeting_id) == []
    decisions.set_position(ctx, bare, small.orgs["PMM"], "objects")
    assert any("no final outcome" in p for p in signoff.checklist(ctx, small.meeting_id))


def test_the_whole_cycle_confirmations_then_the_final_outcome(ctx: ServiceContext, open_meeting: OpenMeeting) -> None:
    with use_clock(NOV_20):
        pending = pending_confirmations(ctx)
    assert [(p.decision_reference, p.kind, p.organization_acronym, p.deadline_text, p.overdue, p.proposal)
            for p in pending] == [
        (open_meeting.silence, "silence", None, "2023-11-10 12:00", True, "adopted_under_silence"),
        (open_meeting.ad_referendum, "confirmation", "UNHCR", "2023-11-30", False, None),
        (open_meeting.ad_referendum, "confirmation", "UNICEF", "2023-12-15", False, None),
    ]  # fmt: skip
    with use_clock(NOV_20):
        first = confirm(
            ctx, open_meeting.ad_referendum, "unhcr", on="2023-11-18", note="E-mail of 18 Nov, ref. 2023/77"
        )
    assert (first.number, first.kind, first.organization_acronym, first.outcome_after, first.final) == (
        1, "confirmed", "UNHCR", "proposed", False
    )  # fmt: skip
    assert first.minutes_sha256 == open_meeting.sha256 and len(first.sha256) == 64
    assert first.content["still_open"][0]["organization"]["acronym"] == "UNICEF"
    with use_clock(DEC_20):
        second = confirm(ctx, open_meeting.ad_referendum, "UNICEF", note="Letter ref. Ç-45")
    assert (second.number, second.occurred_on, second.outcome_after, second.final) == (
        2, date(2023, 12, 20), "adopted_with_reservations", True
    )  # fmt: skip
    decision_id = _decision_id(ctx, open_meeting.ad_referendum, open_meeting.meeting_id)
    closure = decision_closures(ctx, [decision_id])[decision_id]
    assert (closure.final_outcome, closure.final_on, closure.open_items, closure.addenda) == (
        "adopted_with_reservations", date(2023, 12, 20), 0, 2
    )  # fmt: skip
    with use_clock(DEC_20):
        assert [p.decision_reference for p in pending_confirmations(ctx)] == [open_meeting.silence]
    # The signed-off minutes are unchanged and still verify.
    version = find_signed_version(ctx, open_meeting.sha256)
    assert version is not None and database_problems(ctx, version).ok
    assert meetings.get_meeting(ctx, open_meeting.meeting_id).status == "signed_off"
    assert [a.number for a in addenda(ctx, open_meeting.meeting_id)] == [1, 2]
    assert get_addendum(ctx, open_meeting.meeting_id).number == 2


def test_a_withdrawal_means_not_adopted_and_closes_the_rest(ctx: ServiceContext, open_meeting: OpenMeeting) -> None:
    with use_clock(NOV_20):
        withdrawn = confirm(ctx, open_meeting.ad_referendum, "UNHCR", withdrawn=True, note="Letter of 19 Nov")
        assert (withdrawn.kind, withdrawn.outcome_after, withdrawn.final) == ("withdrawn", "not_adopted", True)
        assert [p.kind for p in pending_confirmations(ctx)] == ["silence"]
        with pytest.raises(ValidationError, match="UNICEF has no open ad referendum position"):
            confirm(ctx, open_meeting.ad_referendum, "UNICEF")


def test_silence_ended_without_objection_is_proposed_then_confirmed_by_a_person(
    ctx: ServiceContext, open_meeting: OpenMeeting
) -> None:
    with use_clock(datetime(2023, 11, 10, 8, 0, tzinfo=timezone.utc)):  # 11:00 in Istanbul: still running
        (running,) = [p for p in pending_confirmations(ctx) if p.kind == "silence"]
        assert (running.overdue, running.proposal) == (False, None)
        with pytest.raises(ValidationError, match="runs until 2023-11-10 12:00"):
            end_silence(ctx, open_meeting.silence, no_objection=True)
    with use_clock(NOV_20):
        (overdue,) = [p for p in pending_confirmations(ctx) if p.kind == "silence"]
        assert (overdue.overdue, overdue.proposal) == (True, "adopted_under_silence")
        ended = end_silence(ctx, open_meeting.silence, no_objection=True)
    assert (ended.kind, ended.occurred_on, ended.occurred_time, ended.outcome_after) == (
        "silence_ended", date(2023, 11, 10), "12:00", "adopted"
    )  # fmt: skip
    with use_clock(NOV_20), pytest.raises(ValidationError, match="no silence procedure running"):
        end_silence(ctx, open_meeting.silence, no_objection=True)


def test_silence_broken_by_an_objection(ctx: ServiceContext, open_meeting: OpenMeeting) -> None:
    with use_clock(NOV_20):
        with pytest.raises(ValidationError, match="an objection after it does not break it"):
            end_silence(ctx, open_meeting.silence, broken_by="MFA", on="2023-11-11 09:00")
        broken = end_silence(
            ctx,
            open_meeting.silence,
            broken_by="mfa",
            on="2023-11-09 16:30",
            on_what="paragraph 2",
            note="Note verbale",
        )
    assert (broken.kind, broken.organization_acronym, broken.occurred_time, broken.on_what, broken.outcome_after) == (
        "silence_broken", "MFA", "16:30", "paragraph 2", "not_adopted"
    )  # fmt: skip


def test_clear_refusals(ctx: ServiceContext, open_meeting: OpenMeeting, small: SmallMeeting) -> None:
    with use_clock(NOV_20):
        with pytest.raises(NotFoundError, match="There is no decision “NOPE/1”"):
            confirm(ctx, "NOPE/1", "UNHCR")
        with pytest.raises(ValidationError, match="IOM has no open ad referendum position"):
            confirm(ctx, open_meeting.ad_referendum, "IOM")
        with pytest.raises(ValidationError, match="before the meeting was held"):
            confirm(ctx, open_meeting.ad_referendum, "UNHCR", on="2023-10-01")
        with pytest.raises(ValidationError, match="in the future"):
            confirm(ctx, open_meeting.ad_referendum, "UNHCR", on="2024-01-01")
        with pytest.raises(ValidationError, match="no silence procedure running"):
            end_silence(ctx, open_meeting.ad_referendum, no_objection=True)
        with pytest.raises(NotFoundError, match="no organisation “XYZ”"):
            end_silence(ctx, open_meeting.silence, broken_by="XYZ")
        with pytest.raises(ValidationError, match="Say either"):
            end_silence(ctx, open_meeting.silence)
    draft = meetings.create_meeting(ctx, title="Draft", start="2023-11-05 10:00")
    draft_decision = decisions.add_decision(ctx, draft, text="Draft decision")
    reference = decisions.get_decision(ctx, draft_decision).reference
    with pytest.raises(ValidationError, match="not signed off"):
        confirm(ctx, reference, "UNHCR")


def test_the_register_shows_the_final_outcome_and_the_day_it_became_final(
    ctx: ServiceContext, open_meeting: OpenMeeting, tmp_path
) -> None:
    from openpyxl import load_workbook

    from unnm_desktop.export.desk_xlsx import write_register_xlsx
    from unnm_desktop.services.desk.register import load_register

    def entries() -> dict[str, object]:
        return {e.reference: e for e in load_register(ctx) if e.meeting_id == open_meeting.meeting_id}

    before = entries()
    assert before[open_meeting.silence].final_outcome is None and before[open_meeting.ad_referendum].final_on is None
    with use_clock(NOV_20):
        end_silence(ctx, open_meeting.silence, no_objection=True)
    after = entries()[open_meeting.silence]
    assert (after.outcome, after.final_outcome, after.final_on) == ("under_silence", "adopted", date(2023, 11, 10))
    sheet = load_workbook(write_register_xlsx(list(entries().values()), tmp_path / "register.xlsx")).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-2:] == ("Final outcome", "Final on")
    assert ("Adopted by consensus", datetime(2023, 11, 10)) in [row[-2:] for row in rows[1:]]


def test_check_reports_an_addendum_changed_outside_the_app(
    ctx: ServiceContext, open_meeting: OpenMeeting, db_path
) -> None:
    from engine_fixtures import outside_edit

    from unnm_desktop.services.maintenance import check_database

    with use_clock(NOV_20):
        confirm(ctx, open_meeting.ad_referendum, "UNHCR", on="2023-11-18", note="E-mail ref. 2023/77")
    assert check_database(ctx, backup=False).ok
    assert outside_edit(db_path, "UPDATE minutes_addendum SET occurred_on = '2023-11-17'") == 1
    problems = check_database(ctx, backup=False).problems
    assert any("Addendum 1 to" in p and "its date no longer matches" in p for p in problems), problems

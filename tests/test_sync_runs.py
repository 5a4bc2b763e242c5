"""A sync cut off between its transactions completes on the next run; the command line; the server's roles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from builders import SmallMeeting, small_meeting
from cli_runner import run_clean
from database_templates import TEST_ACTOR, DatabaseTemplates
from server_fixtures import address_as
from sqlalchemy import select
from sync_support import ARABIC, EMOJI, TURKISH, assert_checked, assert_converged, records

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.services.sync import base as stored
from unnm_desktop.services.sync import run
from unnm_desktop.services.sync.conflicts import target_id_of
from unnm_desktop.services.sync.run import synchronise
from unnm_desktop.services.sync.sides import PUSH_ACTION
from unnm_desktop.store.address import Location, ServerAddress
from unnm_desktop.store.models import AuditEvent

NOTES = f"{TURKISH}\n{ARABIC}\n{EMOJI}\n"


class CutOff(Exception):
    """Stands in for the process dying between two of the sync's transactions."""


@pytest.fixture
def shared(ctx: ServiceContext, laptop: ServiceContext) -> SmallMeeting:
    meeting = small_meeting(ctx, title="Ağ toplantısı")
    agenda.set_notes(ctx, meeting.item_id, NOTES)
    synchronise(laptop, ctx)
    return meeting


def _edit_both_sides(laptop: ServiceContext, register: ServiceContext, meeting: SmallMeeting) -> None:
    agenda.set_notes(laptop, meeting.item_id, "Laptop: Işıl 🎤\n" + NOTES)
    agenda.set_notes(register, meeting.item_id, NOTES + "Sekreterya: Ömer\n")
    meetings.update_meeting(laptop, meeting.meeting_id, venue="Şişli")
    meetings.update_meeting(register, meeting.meeting_id, location="İzmir")


def _pushes(ctx: ServiceContext) -> list[str]:
    with ctx.session() as session:
        return list(session.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == PUSH_ACTION)))


def _expect_merged(laptop: ServiceContext, register: ServiceContext, meeting: SmallMeeting) -> None:
    for side in (laptop, register):
        assert agenda.get_item(side, meeting.item_id).notes_md == "Laptop: Işıl 🎤\n" + NOTES + "Sekreterya: Ömer\n"
        detail = meetings.get_meeting(side, meeting.meeting_id)
        assert (detail.venue, detail.location) == ("Şişli", "İzmir")
    assert_converged(laptop, register)
    assert_checked(laptop, register)


def test_a_sync_cut_off_after_the_register_was_written_completes_on_the_next_run(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit_both_sides(laptop, ctx, shared)
    finish = run._finish

    def cut_off(*arguments: Any, **keywords: Any) -> int:
        raise CutOff

    monkeypatch.setattr(run, "_finish", cut_off)
    with pytest.raises(CutOff):
        synchronise(laptop, ctx)
    (run_id,) = _pushes(ctx)
    with laptop.session() as session:
        assert stored.read_intent(session, target_id_of(ctx))["run"] == run_id  # type: ignore[index]
    assert agenda.get_item(laptop, shared.item_id).notes_md == "Laptop: Işıl 🎤\n" + NOTES  # step 3 never ran

    monkeypatch.setattr(run, "_finish", finish)
    report = synchronise(laptop, ctx)

    assert report.conflicts == () and report.pushed == 0 and report.pulled == 2
    assert _pushes(ctx) == [run_id]  # the register was not written again
    _expect_merged(laptop, ctx, shared)
    assert synchronise(laptop, ctx).pulled == 0


def test_a_sync_cut_off_before_the_register_committed_starts_over(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit_both_sides(laptop, ctx, shared)
    before = records(ctx)
    push = run._push

    def cut_off(*arguments: Any, **keywords: Any) -> int:
        raise CutOff

    monkeypatch.setattr(run, "_push", cut_off)
    with pytest.raises(CutOff):
        synchronise(laptop, ctx)
    assert records(ctx) == before and _pushes(ctx) == []
    monkeypatch.setattr(run, "_push", push)

    report = synchronise(laptop, ctx)

    assert report.conflicts == () and (report.pulled, report.pushed) == (2, 2)
    _expect_merged(laptop, ctx, shared)


def test_what_is_typed_on_the_laptop_after_a_cut_off_is_kept_and_merged(
    ctx: ServiceContext, laptop: ServiceContext, shared: SmallMeeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit_both_sides(laptop, ctx, shared)
    finish = run._finish
    monkeypatch.setattr(run, "_finish", lambda *a, **k: (_ for _ in ()).throw(CutOff()))
    with pytest.raises(CutOff):
        synchronise(laptop, ctx)
    monkeypatch.setattr(run, "_finish", finish)
    typed = "Laptop: Işıl 🎤\n" + NOTES.replace(ARABIC, f"{ARABIC}\nSonradan yazılan satır ✍️")
    agenda.set_notes(laptop, shared.item_id, typed)

    assert synchronise(laptop, ctx).conflicts == ()

    merged = typed + "Sekreterya: Ömer\n"
    assert agenda.get_item(laptop, shared.item_id).notes_md == merged
    assert agenda.get_item(ctx, shared.item_id).notes_md == merged
    assert_converged(laptop, ctx)


def test_the_command_reports_conflicts_as_json_with_exit_status_3_and_resolves_them(
    new_db: Any, templates: Any, database_templates: DatabaseTemplates, tmp_path: Path
) -> None:
    register_location: Location = new_db("register", empty=False)
    templates.copy_to(register_location)
    laptop_path = database_templates.copy_to(tmp_path / "laptop.sqlite3")
    with open_context(register_location, actor=TEST_ACTOR) as register, open_context(laptop_path) as laptop:
        meeting = small_meeting(register, title="Ağ toplantısı")
        synchronise(laptop, register)
        meetings.update_meeting(laptop, meeting.meeting_id, title=f"Laptop {EMOJI}")
        meetings.update_meeting(register, meeting.meeting_id, title=f"Sekreterya {TURKISH}")
        reference = meetings.get_meeting(register, meeting.meeting_id).reference
    target = str(register_location)

    done = run_clean("sync", "--db", str(laptop_path), "--with", target, "--json")

    assert done.returncode == 3, done.stderr
    assert json.loads(done.stdout) == {
        "pulled": 0,
        "pushed": 0,
        "conflicts": [{"meeting": reference, "record": f"meeting/{meeting.meeting_id}", "field": "title",
                       "ours": f"Laptop {EMOJI}", "theirs": f"Sekreterya {TURKISH}", "base": "Ağ toplantısı"}],
    }  # fmt: skip
    listed = run_clean("sync", "--db", str(laptop_path), "--with", target, "--list", "--json")
    assert listed.returncode == 3
    (conflict,) = json.loads(listed.stdout)
    resolved = run_clean("sync", "resolve", "--db", str(laptop_path), "--with", target, "--conflict", conflict["id"],
                    "--take", "theirs")  # fmt: skip
    assert resolved.returncode == 0, resolved.stderr
    again = run_clean("sync", "--db", str(laptop_path), "--with", target, "--json")
    assert again.returncode == 0 and json.loads(again.stdout) == {"pulled": 0, "pushed": 0, "conflicts": []}
    human = run_clean("sync", "--db", str(laptop_path), "--with", target)
    assert human.returncode == 0 and "0 records pulled, 0 pushed" in human.stdout
    with open_context(laptop_path) as laptop:
        assert meetings.get_meeting(laptop, meeting.meeting_id).title == f"Sekreterya {TURKISH}"


def test_a_register_that_is_not_there_is_refused(tmp_path: Path) -> None:
    done = run_clean("sync", "--db", str(tmp_path / "laptop.sqlite3"), "--with", str(tmp_path / "nowhere.sqlite3"))
    assert done.returncode == 1 and "There is no register at" in done.stderr


def test_a_rapporteur_login_cannot_push_over_signed_off_minutes_and_nothing_is_half_written(
    postgres_cluster: Any, server_address: ServerAddress, server_logins: dict[str, str], laptop: ServiceContext
) -> None:
    from unnm_desktop.store.server import make_server_engine
    from unnm_desktop.store.server_roles import grant_role, set_up_roles

    with open_context(server_address, actor=TEST_ACTOR) as register:
        meeting = small_meeting(register, title="İmzalanmış tutanak")
        signoff.sign_off(register, meeting.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz")], backup=False)
        synchronise(laptop, register)
    engine = make_server_engine(server_address)
    try:
        set_up_roles(engine)
        grant_role(engine, server_logins["rapporteur"], "rapporteur")
    finally:
        engine.dispose()
    signoff.reopen_for_revision(laptop, meeting.meeting_id, "Laptop'ta düzeltme")
    meetings.update_meeting(laptop, meeting.meeting_id, title="Değiştirilmiş başlık")
    laptop_before = records(laptop)
    as_rapporteur = address_as(postgres_cluster, server_address, server_logins["rapporteur"])
    with open_context(as_rapporteur, actor="İsmail Çelik") as register:
        before = records(register)
        with pytest.raises(UserFacingError) as refusal:
            synchronise(laptop, register)
        assert "secretariat" in str(refusal.value)
        assert records(register) == before
    assert records(laptop) == laptop_before

"""Laptops that synchronise through an exchange folder (no server): immutable change files, late, torn or forked."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from builders import SmallMeeting, small_meeting
from cli_runner import run_clean
from database_templates import DatabaseTemplates
from sqlalchemy import select
from sync_support import ARABIC, EMOJI, TURKISH, assert_checked, assert_converged

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.services.sync import exchange_files
from unnm_desktop.services.sync.folder import FolderSide
from unnm_desktop.services.sync.resolve import resolve_conflict
from unnm_desktop.services.sync.run import synchronise
from unnm_desktop.services.sync.views import SyncReport
from unnm_desktop.store.models import AuditEvent

NOTES = f"{TURKISH}\n{ARABIC}\n{EMOJI}\n"
Machines = Callable[[str], ServiceContext]


@pytest.fixture
def machines(database_templates: DatabaseTemplates, tmp_path: Path) -> Iterator[Machines]:
    """Laptops, each a register file of its own (made when first named)."""
    opened: dict[str, ServiceContext] = {}

    def machine(name: str) -> ServiceContext:
        if name not in opened:
            path = database_templates.copy_to(tmp_path / name / f"{name}.sqlite3")
            opened[name] = open_context(path, actor=f"Rapporteur {name}")
        return opened[name]

    yield machine
    for ctx in opened.values():
        ctx.close()  # closing twice is harmless


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "OneDrive - UN Migration" / "UNNM exchange"
    shared.mkdir(parents=True)
    return shared


def sync(laptop: ServiceContext, folder: Path) -> SyncReport:
    return synchronise(laptop, FolderSide(laptop, folder))


def person_name(ctx: ServiceContext, person_id: str) -> str | None:
    return next((view.full_name for view in directory.list_people(ctx) if view.id == person_id), None)


def change_files(folder: Path) -> list[str]:
    return exchange_files.change_file_names(folder)


def _shared_meeting(machines: Machines, folder: Path) -> tuple[ServiceContext, ServiceContext, SmallMeeting]:
    a, b = machines("a"), machines("b")
    meeting = small_meeting(a, title="Ağ toplantısı")
    agenda.set_notes(a, meeting.item_id, NOTES)
    sync(a, folder)
    sync(b, folder)
    return a, b, meeting


def test_two_laptops_exchange_meetings_directory_and_note_lines_through_the_folder(
    machines: Machines, folder: Path
) -> None:
    a, b, meeting = _shared_meeting(machines, folder)
    assert meetings.get_meeting(b, meeting.meeting_id).title == "Ağ toplantısı"
    assert directory.find_organization(b, "IOM").id == meeting.orgs["IOM"]
    assert agenda.get_item(b, meeting.item_id).notes_md == NOTES
    assert (folder / exchange_files.MARKER).exists()
    assert len(change_files(folder)) == 1  # B had nothing the folder lacked

    agenda.set_notes(b, meeting.item_id, NOTES + "Sekreterya: Ömer 🎤\n")
    agenda.set_notes(a, meeting.item_id, "Laptop A: Işıl\n" + NOTES)
    person = directory.create_person(b, full_name="Çağrı Öztürk", organization_id=meeting.orgs["IOM"])
    assert sync(b, folder).pushed == 2
    report = sync(a, folder)

    assert report.conflicts == ()
    expected = "Laptop A: Işıl\n" + NOTES + "Sekreterya: Ömer 🎤\n"
    assert agenda.get_item(a, meeting.item_id).notes_md == expected
    assert person_name(a, person) == "Çağrı Öztürk"
    sync(b, folder)
    assert agenda.get_item(b, meeting.item_id).notes_md == expected
    assert_converged(a, b)
    assert_checked(a, b)
    # What was exchanged is in each laptop's audit log, and the live registers never went to the folder.
    folder_id = FolderSide(a, folder).register_id()
    for laptop in (a, b):
        with laptop.session() as session:
            events = [json.loads(after) for after in session.scalars(
                select(AuditEvent.after_json).where(AuditEvent.action == "sync"))]  # fmt: skip
        assert events and all(event["with"] == folder_id for event in events)
        assert any(event["pushed"] for event in events) and any(event["pulled"] for event in events)
    assert sorted(path.suffix for path in folder.iterdir()) == [".gz"] * len(change_files(folder)) + [".json"]


def test_a_meetings_change_file_is_small_and_a_cut_off_writers_leftover_is_cleared(
    machines: Machines, folder: Path
) -> None:
    a, b, _meeting = _shared_meeting(machines, folder)
    machine = FolderSide(a, folder).machine_id()
    leftover = folder / f"{exchange_files.TEMPORARY_PREFIX}{machine}-cut-off"
    leftover.write_bytes(b"half a file")
    another = small_meeting(a, title=f"İkinci toplantı {EMOJI}")
    agenda.set_notes(a, another.item_id, NOTES * 40)
    before = set(change_files(folder))
    sync(a, folder)
    (name,) = set(change_files(folder)) - before
    assert (folder / name).stat().st_size <= 100_000
    assert not leftover.exists()
    sync(b, folder)
    assert agenda.get_item(b, another.item_id).notes_md == NOTES * 40


def test_syncing_twice_changes_nothing_and_writes_no_change_file(machines: Machines, folder: Path) -> None:
    a, b, meeting = _shared_meeting(machines, folder)
    meetings.update_meeting(a, meeting.meeting_id, venue="Şişli")
    sync(a, folder)
    sync(b, folder)
    files = change_files(folder)
    for laptop in (a, b, a, b):
        report = sync(laptop, folder)
        assert (report.pulled, report.pushed, report.conflicts) == (0, 0, ())
    assert change_files(folder) == files


def _fork_on_title(machines: Machines, folder: Path, tmp_path: Path) -> tuple[ServiceContext, ServiceContext, Any]:
    """A and B change the title without seeing each other's change file (A's reaches the folder late)."""
    a, b, meeting = _shared_meeting(machines, folder)
    return _fork_on_title_of(a, b, meeting, folder, tmp_path)


def _fork_on_title_of(
    a: ServiceContext, b: ServiceContext, meeting: SmallMeeting, folder: Path, tmp_path: Path
) -> tuple[ServiceContext, ServiceContext, Any]:
    meetings.update_meeting(a, meeting.meeting_id, title=f"Laptop A {EMOJI}", venue="Şişli")
    meetings.update_meeting(b, meeting.meeting_id, title=f"Laptop B {TURKISH}", location="İzmir")
    before = set(change_files(folder))
    sync(a, folder)
    (late,) = set(change_files(folder)) - before
    held = tmp_path / "in transit"
    held.mkdir()
    shutil.move(folder / late, held / late)
    sync(b, folder)
    shutil.move(held / late, folder / late)
    return a, b, meeting


def test_the_same_field_changed_on_two_laptops_unseen_is_a_question_for_whoever_syncs_next(
    machines: Machines, folder: Path, tmp_path: Path
) -> None:
    a, b, meeting = _fork_on_title(machines, folder, tmp_path)
    reference = meetings.get_meeting(a, meeting.meeting_id).reference
    laptop_a = str(a.db.path)
    a.close()  # the command opens it

    done = run_clean("sync", "--db", laptop_a, "--with", str(folder), "--json")

    assert done.returncode == 3, done.stderr
    report = json.loads(done.stdout)
    assert report["conflicts"] == [{"meeting": reference, "record": f"meeting/{meeting.meeting_id}", "field": "title",
                                    "ours": f"Laptop A {EMOJI}", "theirs": f"Laptop B {TURKISH}",
                                    "base": "Ağ toplantısı"}]  # fmt: skip
    with open_context(Path(laptop_a)) as reopened:
        detail = meetings.get_meeting(reopened, meeting.meeting_id)
    assert (detail.title, detail.venue, detail.location) == (f"Laptop A {EMOJI}", "Şişli", "İzmir")
    # B, syncing too before anyone answered, is asked the same question from its side.
    (question,) = sync(b, folder).conflicts
    assert (question.ours, question.theirs, question.base) == (
        f"Laptop B {TURKISH}",
        f"Laptop A {EMOJI}",
        "Ağ toplantısı",
    )
    files = change_files(folder)
    again = sync(b, folder)  # while the question stands, syncing again changes nothing
    assert (again.pulled, again.pushed, [c.id for c in again.conflicts]) == (0, 0, [question.id])
    assert change_files(folder) == files

    listed = run_clean("sync", "--db", laptop_a, "--with", str(folder), "--list", "--json")
    (conflict,) = json.loads(listed.stdout)
    resolved = run_clean("sync", "resolve", "--db", laptop_a, "--with", str(folder), "--conflict", conflict["id"],
                    "--take", "theirs")  # fmt: skip
    assert resolved.returncode == 0, resolved.stderr
    assert run_clean("sync", "--db", laptop_a, "--with", str(folder), "--json").returncode == 0
    a = open_context(Path(laptop_a), actor="Rapporteur a")
    # A's answer closed the fork for everyone: B's question is gone, and both hold the same minutes.
    assert sync(b, folder).conflicts == ()
    assert sync(a, folder).conflicts == ()
    for laptop in (a, b):
        detail = meetings.get_meeting(laptop, meeting.meeting_id)
        assert (detail.title, detail.venue, detail.location) == (f"Laptop B {TURKISH}", "Şişli", "İzmir")
    assert_converged(a, b)
    assert_checked(a, b)
    a.close()


def test_concurrent_edits_of_different_fields_merge_without_a_question(
    machines: Machines, folder: Path, tmp_path: Path
) -> None:
    a, b, meeting = _shared_meeting(machines, folder)
    meetings.update_meeting(a, meeting.meeting_id, venue="Şişli")
    agenda.set_notes(a, meeting.item_id, "A: Işıl\n" + NOTES)
    meetings.update_meeting(b, meeting.meeting_id, location="İzmir")
    agenda.set_notes(b, meeting.item_id, NOTES + "B: مرحبا 👋🏽\n")
    before = set(change_files(folder))
    sync(a, folder)
    (late,) = set(change_files(folder)) - before
    (tmp_path / "late").mkdir()
    shutil.move(folder / late, tmp_path / "late" / late)
    sync(b, folder)
    shutil.move(tmp_path / "late" / late, folder / late)

    for laptop in (a, b, a):
        assert sync(laptop, folder).conflicts == ()
    for laptop in (a, b):
        detail = meetings.get_meeting(laptop, meeting.meeting_id)
        assert (detail.venue, detail.location) == ("Şişli", "İzmir")
        assert agenda.get_item(laptop, meeting.item_id).notes_md == "A: Işıl\n" + NOTES + "B: مرحبا 👋🏽\n"
    assert_converged(a, b)
    assert_checked(a, b)


def test_a_file_delivered_late_by_a_third_laptop_is_merged_and_nothing_is_lost(
    machines: Machines, folder: Path, tmp_path: Path
) -> None:
    a, b, meeting = _shared_meeting(machines, folder)
    c = machines("c")
    sync(c, folder)
    agenda.set_notes(c, meeting.item_id, NOTES + "C: Çağrı\n")
    person = directory.create_person(c, full_name="Ümit Ğ. Şahin", organization_id=meeting.orgs["PMM"])
    before = set(change_files(folder))
    sync(c, folder)
    (late,) = set(change_files(folder)) - before
    (tmp_path / "late").mkdir()
    shutil.move(folder / late, tmp_path / "late" / late)
    # Meanwhile A and B go on without C's file.
    agenda.set_notes(a, meeting.item_id, "A: Işıl\n" + NOTES)
    sync(a, folder)
    sync(b, folder)
    meetings.update_meeting(b, meeting.meeting_id, venue="Kadıköy")
    sync(b, folder)
    shutil.move(tmp_path / "late" / late, folder / late)

    for laptop in (a, b, c, a, b):
        assert sync(laptop, folder).conflicts == ()
    for laptop in (a, b, c):
        assert agenda.get_item(laptop, meeting.item_id).notes_md == "A: Işıl\n" + NOTES + "C: Çağrı\n"
        assert meetings.get_meeting(laptop, meeting.meeting_id).venue == "Kadıköy"
        assert person_name(laptop, person) == "Ümit Ğ. Şahin"
    assert_converged(a, b)
    assert_converged(b, c)
    assert_checked(a, b, c)


def test_a_torn_file_is_skipped_and_read_once_it_is_whole(machines: Machines, folder: Path, tmp_path: Path) -> None:
    a, b, meeting = _shared_meeting(machines, folder)
    meetings.update_meeting(a, meeting.meeting_id, venue="Şişli")
    before = set(change_files(folder))
    sync(a, folder)
    (name,) = set(change_files(folder)) - before
    whole = (folder / name).read_bytes()
    (folder / name).write_bytes(whole[: len(whole) // 2])  # the cloud client is still delivering it

    assert sync(b, folder).pulled == 0
    assert meetings.get_meeting(b, meeting.meeting_id).venue != "Şişli"
    (folder / name).write_bytes(whole)
    assert sync(b, folder).pulled == 1
    assert meetings.get_meeting(b, meeting.meeting_id).venue == "Şişli"
    assert_converged(a, b)


def test_a_sync_cut_off_after_writing_its_change_file_completes_without_a_second_file(
    machines: Machines, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unnm_desktop.services.sync import run

    a, b, meeting = _shared_meeting(machines, folder)
    meetings.update_meeting(a, meeting.meeting_id, venue="Şişli", title=f"Başlık {ARABIC}")
    agenda.set_notes(b, meeting.item_id, NOTES + "B\n")
    sync(b, folder)

    class CutOff(Exception):
        pass

    def cut_off(*arguments: Any, **keywords: Any) -> int:
        raise CutOff

    monkeypatch.setattr(run, "_finish", cut_off)
    before = set(change_files(folder))
    with pytest.raises(CutOff):
        sync(a, folder)
    monkeypatch.undo()
    assert len(set(change_files(folder)) - before) == 1

    report = sync(a, folder)
    assert report.conflicts == () and report.pushed == 0
    assert len(set(change_files(folder)) - before) == 1
    assert agenda.get_item(a, meeting.item_id).notes_md == NOTES + "B\n"
    sync(b, folder)
    assert meetings.get_meeting(b, meeting.meeting_id).title == f"Başlık {ARABIC}"
    assert_converged(a, b)
    assert_checked(a, b)


def test_a_register_inside_the_exchange_folder_is_refused(machines: Machines, folder: Path) -> None:
    from unnm_desktop.services.sync.folder import NotAnExchangeFolder

    a = machines("a")
    with pytest.raises(NotAnExchangeFolder):
        FolderSide(a, Path(a.db.path).parent.parent)  # type: ignore[arg-type]


def test_a_file_arriving_between_read_and_write_touching_the_same_record_starts_the_run_over(
    machines: Machines, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, meeting = _shared_meeting(machines, folder)
    meetings.update_meeting(a, meeting.meeting_id, venue="Şişli")
    meetings.update_meeting(b, meeting.meeting_id, location="İzmir")
    write = FolderSide.write
    arrived: list[str] = []

    def b_writes_first(side: FolderSide, *arguments: Any, **keywords: Any) -> int:
        if side.laptop is a:
            arrived.append("a writes")
            if len(arrived) == 1:
                sync(b, folder)  # B's change file lands after A read the folder
        return write(side, *arguments, **keywords)

    monkeypatch.setattr(FolderSide, "write", b_writes_first)
    assert sync(a, folder).conflicts == ()
    assert len(arrived) == 2  # the first write was given up, the run started over
    monkeypatch.undo()
    sync(b, folder)
    for laptop in (a, b):
        detail = meetings.get_meeting(laptop, meeting.meeting_id)
        assert (detail.venue, detail.location) == ("Şişli", "İzmir")
    assert_converged(a, b)


@pytest.mark.parametrize(
    ("answering", "take", "kept"),
    [("a", "theirs", True), ("a", "ours", False), ("b", "theirs", False), ("b", "ours", True)],
)
def test_an_item_deleted_on_one_laptop_while_its_notes_were_typed_on_another_unseen_is_a_question_on_both(
    machines: Machines, folder: Path, tmp_path: Path, answering: str, take: str, kept: bool
) -> None:
    a, b, meeting = _shared_meeting(machines, folder)
    c = machines("c")
    second = agenda.add_item(a, meeting.meeting_id, title="Any other business")
    for laptop in (a, b, c):
        sync(laptop, folder)
    agenda.remove_item(a, second)
    typed = f"B typed this: {TURKISH} {ARABIC} {EMOJI}\n"
    agenda.set_notes(b, second, typed)
    before = set(change_files(folder))
    sync(a, folder)
    (late,) = set(change_files(folder)) - before
    (tmp_path / "late").mkdir()
    shutil.move(folder / late, tmp_path / "late" / late)
    sync(b, folder)
    shutil.move(tmp_path / "late" / late, folder / late)

    # Neither side's change is taken silently: each laptop is asked, the whole item at stake.
    (asked_b,) = sync(b, folder).conflicts
    assert (asked_b.record, asked_b.field) == (f"agenda_item/{second}", None)
    assert asked_b.ours["notes_md"] == typed and asked_b.theirs is None and asked_b.base["notes_md"] != typed
    assert agenda.get_item(b, second).notes_md == typed
    (asked_a,) = sync(a, folder).conflicts
    assert (asked_a.record, asked_a.field) == (f"agenda_item/{second}", None)
    assert asked_a.ours is None and asked_a.theirs["notes_md"] == typed
    assert second not in [item.id for item in agenda.list_items(a, meeting.meeting_id)]
    files = change_files(folder)
    assert [c.id for c in sync(a, folder).conflicts] == [asked_a.id]  # asking again writes nothing
    assert change_files(folder) == files

    person = {"a": a, "b": b}[answering]
    question = asked_a if answering == "a" else asked_b
    resolve_conflict(person, FolderSide(person, folder).register_id(), question.id, take)
    for laptop in (person, b if person is a else a, c, person):
        assert sync(laptop, folder).conflicts == ()
    for laptop in (a, b, c):
        items = [item.id for item in agenda.list_items(laptop, meeting.meeting_id)]
        assert (second in items) == kept
        if kept:
            assert agenda.get_item(laptop, second).notes_md == typed
    assert_converged(a, b)
    assert_converged(b, c)
    assert_checked(a, b, c)


def test_a_third_laptop_answers_a_fork_only_once_it_was_shown_every_value(
    machines: Machines, folder: Path, tmp_path: Path
) -> None:
    a, b, meeting = _shared_meeting(machines, folder)
    c = machines("c")
    sync(c, folder)
    _, _, _ = _fork_on_title_of(a, b, meeting, folder, tmp_path)
    target = FolderSide(c, folder).register_id()

    (first,) = sync(c, folder).conflicts  # C never typed a title: it holds the ancestor's
    titles = {f"Laptop A {EMOJI}", f"Laptop B {TURKISH}"}
    assert first.ours == "Ağ toplantısı" and first.theirs in titles
    resolve_conflict(c, target, first.id, "theirs")
    (second,) = sync(c, folder).conflicts  # the other value is put before C too, before its answer closes the fork
    assert (second.ours, second.theirs) == (first.theirs, (titles - {first.theirs}).pop())
    resolve_conflict(c, target, second.id, "theirs")
    assert sync(c, folder).conflicts == ()
    for laptop in (a, b, c):
        assert sync(laptop, folder).conflicts == ()
        assert meetings.get_meeting(laptop, meeting.meeting_id).title == second.theirs
    assert_converged(a, c)
    assert_converged(b, c)
    assert_checked(a, b, c)


def test_a_laptop_that_typed_again_since_the_fork_is_shown_the_other_laptops_value(
    machines: Machines, folder: Path, tmp_path: Path
) -> None:
    a, b, meeting = _fork_on_title(machines, folder, tmp_path)
    meetings.update_meeting(a, meeting.meeting_id, title=f"Laptop A, again: {ARABIC}")
    (question,) = sync(a, folder).conflicts
    assert (question.ours, question.theirs) == (f"Laptop A, again: {ARABIC}", f"Laptop B {TURKISH}")
    resolve_conflict(a, FolderSide(a, folder).register_id(), question.id, "ours")
    for laptop in (a, b, a):
        assert sync(laptop, folder).conflicts == ()
    assert meetings.get_meeting(b, meeting.meeting_id).title == f"Laptop A, again: {ARABIC}"
    assert_converged(a, b)


def test_a_laptops_own_file_gone_missing_from_the_folder_is_neither_reverted_nor_named_again(
    machines: Machines, folder: Path, tmp_path: Path
) -> None:
    a, b, meeting = _shared_meeting(machines, folder)
    agenda.set_notes(a, meeting.item_id, NOTES + "A: first\n")
    before = set(change_files(folder))
    sync(a, folder)
    (gone,) = set(change_files(folder)) - before
    (tmp_path / "recycle bin").mkdir()
    shutil.move(folder / gone, tmp_path / "recycle bin" / gone)  # a cloud client re-downloading it, say
    agenda.set_notes(a, meeting.item_id, NOTES + "A: first\nA: second\n")
    sync(a, folder)
    assert agenda.get_item(a, meeting.item_id).notes_md == NOTES + "A: first\nA: second\n"
    assert gone not in change_files(folder)
    shutil.move(tmp_path / "recycle bin" / gone, folder / gone)
    for laptop in (b, a, b):
        assert sync(laptop, folder).conflicts == ()
    assert agenda.get_item(b, meeting.item_id).notes_md == NOTES + "A: first\nA: second\n"
    assert_converged(a, b)


def test_the_same_new_organisation_typed_on_two_laptops_is_one_after_they_synchronise(
    machines: Machines, folder: Path
) -> None:
    a, b, _meeting = _shared_meeting(machines, folder)
    on_a = directory.create_organization(a, acronym="MÜLDER", name_en="Mülteciler Derneği (typed on A)")
    on_b = directory.create_organization(b, acronym="Mülder", name_en="Mülteciler Derneği (typed on B)")
    person = directory.create_person(b, full_name="Gülşen Işık", organization_id=on_b)
    for laptop in (a, b, a, b):
        assert sync(laptop, folder).conflicts == ()
    for laptop in (a, b):
        assert directory.find_organization(laptop, "mülder").id == on_a  # type: ignore[union-attr]
        assert next(view for view in directory.list_people(laptop) if view.id == person).organization_id == on_a
    assert_converged(a, b)
    assert_checked(a, b)

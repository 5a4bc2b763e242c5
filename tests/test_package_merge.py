"""Meeting packages merged field by field with the sync's plan (issue 13): both sides' edits kept, questions where
the same field changed differently, answered through `sync resolve --packages`; old packages decide as before."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from builders import SmallMeeting
from cli_runner import run
from engine_fixtures import NewDatabase, Templates
from package_support import as_old_format, dump_database, load, save, without_sync_tables
from sqlalchemy import select

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.maintenance import check_database
from unnm_desktop.services.meeting import agenda, decisions, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.services.package.from_database import read_meeting
from unnm_desktop.services.package.importer import export_package, import_package, preview_import, read_package
from unnm_desktop.services.sync.base import PACKAGES_TARGET_ID
from unnm_desktop.services.sync.conflicts import pending_conflicts
from unnm_desktop.store.sync_models import SyncConflict

TURKISH = "Şırnak’ta göç — İÖÇÜĞ ışık"
ARABIC = "اجتماع الشبكة"
EMOJI = "✅ 🇹🇷"


@dataclass
class Pair:
    """The rapporteur's laptop (A, where the meeting was typed) and the secretariat's database (B)."""

    a: ServiceContext
    b: ServiceContext
    b_location: Any
    meeting: SmallMeeting
    folder: Path
    exported: int = 0

    def a_to_b(self, on_conflict: str = "keep") -> Any:
        return import_package(self.b, self.export(self.a), on_conflict)

    def b_to_a(self) -> Any:
        return import_package(self.a, self.export(self.b))

    def on_b(self, *arguments: str) -> Any:
        """`unnm-desktop ARGUMENTS --db B`, with B closed meanwhile (a file is open for writing by one process)."""
        self.b.close()
        try:
            return run(*arguments, "--db", str(self.b_location))
        finally:
            self.b = open_context(self.b_location, actor="Secretariat")

    def export(self, ctx: ServiceContext) -> Path:
        self.exported += 1
        return export_package(ctx, self.meeting.meeting_id, self.folder / f"{self.exported}.unnmpkg")


@pytest.fixture
def pair(new_db: NewDatabase, templates: Templates, tmp_path: Path) -> Iterator[Pair]:
    a_location = new_db("rapporteur", empty=False)
    built = templates.copy_small_meeting_to(a_location, actor="Rapporteur")
    b_location = new_db("secretariat", empty=False)
    a = open_context(a_location, actor="Rapporteur")
    b = templates.open_new(b_location, actor="Secretariat")
    shared = Pair(a, b, b_location, built, tmp_path)
    assert [m.result for m in shared.a_to_b().meetings] == ["added"]
    yield shared
    a.close()
    b.close()


def entry(ctx: ServiceContext, meeting_id: str) -> dict[str, Any]:
    with ctx.session() as session:
        return read_meeting(session, meeting_id)[0]


def test_edits_of_different_fields_on_both_sides_are_both_kept(pair: Pair) -> None:
    meeting_id = pair.meeting.meeting_id
    meetings.update_meeting(pair.a, meeting_id, title=f"Laptop: {TURKISH}")
    meetings.update_meeting(pair.b, meeting_id, location=f"Gaziantep {ARABIC}")
    path = pair.export(pair.a)
    document = load(path)
    assert (
        document["version"] == 2
        and document["meetings"][0]["sync"]["base_content"]["title"] != document["meetings"][0]["title"]
    )

    preview = preview_import(pair.b, read_package(path))
    (result,) = preview.meetings
    assert (result.result, result.fields_taken, result.questions) == ("merged", 1, 0)
    report = import_package(pair.b, path)
    assert [m.result for m in report.meetings] == ["merged"] and report.applied

    merged = meetings.get_meeting(pair.b, meeting_id)
    assert (merged.title, merged.location) == (f"Laptop: {TURKISH}", f"Gaziantep {ARABIC}")
    assert pending_conflicts(pair.b, PACKAGES_TARGET_ID) == ()
    # The secretariat's edit goes back the same way, and the two databases then hold the same meeting.
    assert [m.result for m in pair.b_to_a().meetings] == ["merged"]
    assert entry(pair.a, meeting_id) == entry(pair.b, meeting_id)
    # A later edit on the laptop travels as a plain change.
    meetings.update_meeting(pair.a, meeting_id, venue=EMOJI)
    assert [m.result for m in pair.a_to_b().meetings] in (["changed"], ["merged"])
    assert meetings.get_meeting(pair.b, meeting_id).venue == EMOJI
    assert entry(pair.a, meeting_id) == entry(pair.b, meeting_id)


def test_importing_a_merged_package_again_changes_nothing(pair: Pair) -> None:
    meeting_id = pair.meeting.meeting_id
    meetings.update_meeting(pair.a, meeting_id, title="From the laptop")
    meetings.update_meeting(pair.b, meeting_id, location="From the secretariat")
    path = pair.export(pair.a)
    import_package(pair.b, path)
    before = dump_database(pair.b)
    import_package(pair.b, path)
    assert dump_database(pair.b) == before


def test_notes_edited_on_different_lines_on_both_sides_merge_line_by_line(pair: Pair) -> None:
    item_id = pair.meeting.item_id
    agenda.set_notes(pair.a, item_id, f"{TURKISH}\nsecond line\n{ARABIC}\n")
    pair.a_to_b()
    agenda.set_notes(pair.a, item_id, f"{TURKISH} (laptop)\nsecond line\n{ARABIC}\n")
    agenda.set_notes(pair.b, item_id, f"{TURKISH}\nsecond line\n{ARABIC} {EMOJI}\n")

    report = pair.a_to_b()

    assert [(m.result, m.questions) for m in report.meetings] == [("merged", 0)]
    assert agenda.get_item(pair.b, item_id).notes_md == f"{TURKISH} (laptop)\nsecond line\n{ARABIC} {EMOJI}\n"


def _question(pair: Pair) -> tuple[str, str, str]:
    meeting_id = pair.meeting.meeting_id
    meetings.update_meeting(pair.a, meeting_id, title=f"Laptop {EMOJI}")
    meetings.update_meeting(pair.b, meeting_id, title=f"Sekreterya {TURKISH}")
    report = pair.a_to_b()
    assert [(m.result, m.questions) for m in report.meetings] == [("merged", 1)]
    assert meetings.get_meeting(pair.b, meeting_id).title == f"Sekreterya {TURKISH}"  # ours, until answered
    listed = pair.on_b("sync", "--packages", "--list", "--json")
    assert listed.returncode == 3, listed.stderr
    (conflict,) = json.loads(listed.stdout)
    assert {name: conflict[name] for name in ("record", "field", "ours", "theirs", "base", "reason")} == {
        "record": f"meeting/{meeting_id}",
        "field": "title",
        "ours": f"Sekreterya {TURKISH}",
        "theirs": f"Laptop {EMOJI}",
        "base": "UNNM Türkiye network meeting",
        "reason": "changed-on-both",
    }
    return conflict["id"], f"Sekreterya {TURKISH}", f"Laptop {EMOJI}"


@pytest.mark.parametrize("take", ["ours", "theirs"])
def test_the_same_field_changed_differently_waits_and_is_resolved_with_sync_resolve(pair: Pair, take: str) -> None:
    conflict_id, ours, theirs = _question(pair)
    done = pair.on_b("sync", "resolve", "--packages", "--conflict", conflict_id, "--take", take)
    assert done.returncode == 0, done.stderr
    chosen = ours if take == "ours" else theirs
    meeting_id = pair.meeting.meeting_id
    assert meetings.get_meeting(pair.b, meeting_id).title == chosen
    assert pending_conflicts(pair.b, PACKAGES_TARGET_ID) == ()
    # The answer travels: the laptop takes it from the secretariat's next package, with no question.
    report = pair.b_to_a()
    assert [m.questions for m in report.meetings] == [0]
    assert meetings.get_meeting(pair.a, meeting_id).title == chosen
    assert entry(pair.a, meeting_id) == entry(pair.b, meeting_id)


def test_the_package_import_command_says_that_questions_wait(pair: Pair) -> None:
    meeting_id = pair.meeting.meeting_id
    meetings.update_meeting(pair.a, meeting_id, title="Laptop", location="Ankara (laptop)")
    meetings.update_meeting(pair.b, meeting_id, title="Secretariat")
    path = pair.export(pair.a)
    done = pair.on_b("package", "import", str(path))
    assert done.returncode == 3, done.stderr
    assert "Merged:     1" in done.stdout and "1 fields taken from the package, 1 questions wait" in done.stdout
    assert "sync --packages --list" in done.stderr and "Traceback" not in done.stderr
    assert meetings.get_meeting(pair.b, meeting_id).location == "Ankara (laptop)"


def test_an_old_format_package_decides_per_whole_meeting_as_before(pair: Pair) -> None:
    meeting_id = pair.meeting.meeting_id
    meetings.update_meeting(pair.a, meeting_id, title="From the laptop")
    meetings.update_meeting(pair.b, meeting_id, location="From the secretariat")
    path = as_old_format(pair.export(pair.a))
    assert read_package(path).data["version"] == 1
    before = dump_database(pair.b)

    report = import_package(pair.b, path)

    assert [m.result for m in report.meetings] == ["conflict"]
    assert dump_database(pair.b) == before
    assert [m.result for m in import_package(pair.b, path, on_conflict="replace").meetings] == ["replaced"]
    assert entry(pair.b, meeting_id) == entry(pair.a, meeting_id)


def test_a_base_this_database_cannot_vouch_for_asks_rather_than_choosing(pair: Pair) -> None:
    meeting_id = pair.meeting.meeting_id
    meetings.update_meeting(pair.a, meeting_id, title="From the laptop")
    meetings.update_meeting(pair.b, meeting_id, location="From the secretariat")
    path = pair.export(pair.a)
    document = load(path)
    document["meetings"][0]["sync"]["base_content"]["title"] = "From the laptop"  # would hide the laptop's edit
    save(document, path)

    report = import_package(pair.b, path)

    assert [(m.result, m.questions) for m in report.meetings] == [("merged", 1)]
    (question,) = pending_conflicts(pair.b, PACKAGES_TARGET_ID)
    assert (question.field, question.ours, question.theirs) == (
        "title",
        "UNNM Türkiye network meeting",
        "From the laptop",
    )
    assert meetings.get_meeting(pair.b, meeting_id).location == "From the secretariat"


def test_signed_off_minutes_here_are_never_altered_and_the_question_is_listed(pair: Pair) -> None:
    meeting_id = pair.meeting.meeting_id
    signoff.sign_off(pair.b, meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)
    meetings.update_meeting(pair.a, meeting_id, title="Edited on the laptop after the handover")
    path = pair.export(pair.a)
    assert "base_content" in load(path)["meetings"][0]["sync"]
    before = without_sync_tables(dump_database(pair.b))
    signed_off = entry(pair.b, meeting_id)

    for choice in ("keep", "replace"):
        report = import_package(pair.b, path, on_conflict=choice)
        assert [m.result for m in report.meetings] == ["conflict"] and report.conflicts[0].signed_off_here
        assert without_sync_tables(dump_database(pair.b)) == before

    (question,) = pending_conflicts(pair.b, PACKAGES_TARGET_ID)
    assert (question.field, question.reason) == (None, "signed-off")
    done = pair.on_b("sync", "resolve", "--packages", "--conflict", question.id, "--take", "ours")
    # As a sync's whole-record choice: kept with the question, carried out when a package of the meeting comes in.
    assert done.returncode == 3 and "next import of its package carries the choice over" in done.stdout, done.stderr
    report = import_package(pair.b, path)
    assert [m.result for m in report.meetings] == ["kept"]
    assert entry(pair.b, meeting_id) == signed_off
    assert meetings.get_meeting(pair.b, meeting_id).status == "signed_off"
    with pair.b.session() as session:
        assert session.scalars(select(SyncConflict.id)).all() == []


def test_meetings_with_decisions_positions_and_sign_offs_merge_and_travel_back(
    new_db: NewDatabase, templates: Templates, tmp_path: Path
) -> None:
    a = templates.open_new(new_db("rapporteur", empty=False), actor="Rapporteur", demo_meetings=3)
    b = templates.open_new(new_db("secretariat", empty=False), actor="Secretariat")
    try:
        listed = meetings.list_meetings(a)
        for number, meeting in enumerate(listed):  # newest first: earlier ones arrive as placeholders, then filled
            import_package(b, export_package(a, meeting.id, tmp_path / f"first-{number}.unnmpkg"))
        draft = next(m for m in listed if m.status == "draft" and decisions.list_decisions(a, m.id))
        decision = decisions.list_decisions(a, draft.id)[0]
        item = agenda.list_items(a, draft.id)[0]
        decisions.update_decision(a, decision.id, text=f"Laptop: {TURKISH}")
        agenda.set_notes(b, item.id, f"{ARABIC}\n{EMOJI}\n")

        results = {
            meeting.reference: import_package(b, export_package(a, meeting.id, tmp_path / f"{number}.unnmpkg"))
            .meetings[0]
            .result
            for number, meeting in enumerate(listed)
        }

        assert results[draft.reference] == "merged"
        assert {result for reference, result in results.items() if reference != draft.reference} == {"unchanged"}
        assert decisions.get_decision(b, decision.id).text == f"Laptop: {TURKISH}"
        assert agenda.get_item(b, item.id).notes_md == f"{ARABIC}\n{EMOJI}\n"
        assert import_package(a, export_package(b, draft.id, tmp_path / "back.unnmpkg")).meetings[0].result == "merged"
        for meeting in listed:
            assert entry(a, meeting.id) == entry(b, meeting.id)
        assert check_database(b, backup=False).ok and check_database(a, backup=False).ok
    finally:
        a.close()
        b.close()

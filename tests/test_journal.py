"""The local journal of edits waiting for the server (services/journal.py) and the edits as data
(services/edits.py): appended and fsynced, read back by a new process, removed only after their commit, a torn
last line tolerated; a replayed edit is based on the version it was journaled with."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from builders import small_meeting

from unnm_desktop.domain.errors import ConcurrentChangeError
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.edits import Edit, decision_edit, meeting_edit, notes_edit, record_key, run_edit
from unnm_desktop.services.journal import Journal, journal_path
from unnm_desktop.services.meeting import agenda, decisions, meetings


def test_appended_entries_are_on_disk_and_read_back_by_a_new_journal(tmp_path: Path) -> None:
    path = journal_path(tmp_path, "aylin@db.example:5432/unnm")
    journal = Journal(path)
    first = journal.append("notes:1", notes_edit("1", "Işık Göç İstanbul şğüöç"), {"agenda_item:1": 4})
    start = datetime(2026, 12, 3, 9, 30, tzinfo=timezone.utc)
    journal.append("meeting:7:start_utc", meeting_edit("7", start_utc=start), {"meeting:7": 2})
    journal.append("notes:1", notes_edit("1", "Işık Göç İstanbul şğüöç — devam"), {"agenda_item:1": 4})
    assert path.exists() and len(path.read_bytes().splitlines()) == 3

    again = Journal(path)  # as the next start of the program reads it
    assert [e.seq for e in again.entries()] == [1, 2, 3]
    waiting = again.waiting()  # the newest of each key
    assert [(e.key, e.seq) for e in waiting] == [("meeting:7:start_utc", 2), ("notes:1", 3)]
    assert waiting[1].edit.args["markdown"] == "Işık Göç İstanbul şğüöç — devam"
    assert waiting[1].versions == {"agenda_item:1": 4}
    assert waiting[0].edit.args["changes"]["start_utc"] == start  # a datetime survives as a datetime
    assert again.append("x", notes_edit("2", ""), {}).seq == 4 and first.seq == 1


def test_entries_leave_the_journal_only_when_committed_and_the_file_goes_when_empty(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    journal = Journal(path)
    journal.append("notes:1", notes_edit("1", "a"), {})
    journal.append("notes:2", notes_edit("2", "b"), {})
    journal.append("notes:1", notes_edit("1", "ab"), {})
    journal.committed("notes:1", up_to_seq=1)  # the older edit committed; the newer still waits
    assert [e.seq for e in Journal(path).entries()] == [2, 3]
    journal.committed("notes:1")
    assert [e.key for e in Journal(path).entries()] == ["notes:2"]
    journal.committed("notes:2")
    assert not path.exists() and len(Journal(path)) == 0


def test_a_torn_last_line_is_skipped_and_the_next_entry_starts_a_line_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    journal = Journal(path)
    journal.append("notes:1", notes_edit("1", "kept: Ğ"), {"agenda_item:1": 1})
    with path.open("ab") as file:  # the process killed in the middle of an append
        file.write(b'{"seq": 2, "key": "notes:1", "edit": {"operation": "set_no')
    survivor = Journal(path)
    assert [e.edit.args["markdown"] for e in survivor.entries()] == ["kept: Ğ"]
    survivor.append("notes:3", notes_edit("3", "after"), {})
    assert [e.key for e in Journal(path).entries()] == ["notes:1", "notes:3"]


def test_an_unknown_operation_in_the_journal_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    line = {"seq": 1, "key": "k", "edit": {"operation": "drop_table", "records": [], "args": {}}, "versions": {}}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert len(Journal(path)) == 0
    with pytest.raises(ValueError):
        Edit.from_data(line["edit"])


def test_a_replayed_edit_writes_on_its_version_and_returns_the_next(ctx: ServiceContext) -> None:
    small = small_meeting(ctx)
    version = agenda.get_item(ctx, small.item_id).version
    key = record_key("agenda_item", small.item_id)
    produced = run_edit(ctx, notes_edit(small.item_id, "Işık Göç"), {key: version})
    assert produced == {key: version + 1}
    assert agenda.get_item(ctx, small.item_id).notes_md.strip() == "Işık Göç"
    assert agenda.get_item(ctx, small.item_id).version == version + 1
    # The same edit again, on the version it produced: nothing changed, the version stays.
    assert run_edit(ctx, notes_edit(small.item_id, "Işık Göç"), produced) == produced

    decision_id = decisions.add_decision(ctx, small.meeting_id, text="", agenda_item_id=small.item_id)
    decision_key = record_key("decision", decision_id)
    before = decisions.get_decision(ctx, decision_id).version
    after = run_edit(ctx, decision_edit(decision_id, text="Karar"), {decision_key: before})
    assert after == {decision_key: decisions.get_decision(ctx, decision_id).version} and after[decision_key] > before
    meeting_key = record_key("meeting", small.meeting_id)
    meeting_version = meetings.get_meeting(ctx, small.meeting_id).version
    run_edit(ctx, meeting_edit(small.meeting_id, venue="Ankara BM Evi"), {meeting_key: meeting_version})
    assert meetings.get_meeting(ctx, small.meeting_id).venue == "Ankara BM Evi"


def test_a_replayed_edit_on_a_version_changed_meanwhile_is_refused_not_written(ctx: ServiceContext) -> None:
    small = small_meeting(ctx)
    version = agenda.get_item(ctx, small.item_id).version
    agenda.set_notes(ctx, small.item_id, "theirs")  # another desk, meanwhile
    with pytest.raises(ConcurrentChangeError):
        run_edit(ctx, notes_edit(small.item_id, "mine"), {record_key("agenda_item", small.item_id): version})
    assert agenda.get_item(ctx, small.item_id).notes_md.strip() == "theirs"


def test_a_long_outage_does_not_grow_the_journal_without_end(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    journal = Journal(path)
    text = ""
    for word in ["Işık", "Göç", "İstanbul", "şğüöç"] * 40:  # 160 pauses in typing, one field
        text += word + " "
        journal.append("notes:1", notes_edit("1", text), {"agenda_item:1": 3})
    journal.append("notes:2", notes_edit("2", "öteki"), {})
    assert len(path.read_bytes().splitlines()) <= 52
    waiting = Journal(path).waiting()
    assert [e.edit.args["markdown"] for e in waiting] == [text, "öteki"]


def test_two_programs_never_share_a_journal_and_a_journal_left_behind_is_taken_over(tmp_path: Path) -> None:
    from unnm_desktop.services.journal import open_journal

    where = "ismail@db.example:5432/unnm"
    first = open_journal(tmp_path, where)
    first.append("notes:1", notes_edit("1", "birinci program: Işık"), {"agenda_item:1": 2})
    second = open_journal(tmp_path, where)  # a second program while the first runs: a file of its own
    assert second.path != first.path
    second.append("notes:2", notes_edit("2", "ikinci: Göç"), {})
    second.close()  # the second program ends (or is killed) with an edit still waiting
    first.close()
    third = open_journal(tmp_path, where)  # the next start takes both over
    assert sorted(e.edit.args["markdown"] for e in third.waiting()) == ["birinci program: Işık", "ikinci: Göç"]
    assert [p.name for p in (tmp_path / "journal").glob("*.jsonl")] == [third.path.name]
    third.close()

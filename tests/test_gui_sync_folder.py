"""File → Synchronise… with an exchange folder, through the keyboard (issue 13): the window's register is a laptop,
another laptop's meeting arrives from the folder, and what the window's laptop typed leaves as a change file."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import small_meeting
from database_templates import DatabaseTemplates
from gui_helpers import make_window
from keyboard import activate, answer_dialog, answered, press, stuck_dialogs_closed, type_keys, wait_saved, wait_until
from PySide6.QtWidgets import QWidget
from sync_support import records

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.services.sync import exchange_files
from unnm_desktop.services.sync.folder import FolderSide
from unnm_desktop.services.sync.run import synchronise

NOTES = "Açılış: Ayşe Yılmaz.\n\nمرحبا بكم 👋🏽\n"


def _synchronise_through_the_menu(window: QWidget, folder: Path) -> None:
    def in_sync(dialog: QWidget) -> None:
        press("Alt+X")  # "An exchange folder or a register file"
        press("Alt+P")
        press("Ctrl+A")
        type_keys(str(folder))
        press("Enter")

    with stuck_dialogs_closed(30000) as stuck:
        seen = answer_dialog(in_sync, object_name="syncDialog")
        press("Ctrl+Shift+Y")
        answered(seen)
    assert stuck == []


def test_a_meeting_arrives_from_the_folder_and_what_was_typed_leaves_as_a_change_file(
    qtbot, ctx: ServiceContext, database_templates: DatabaseTemplates, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder = tmp_path / "OneDrive" / "UNNM exchange"
    folder.mkdir(parents=True)
    with open_context(database_templates.copy_to(tmp_path / "other" / "other.sqlite3"), actor="Other") as other:
        meeting = small_meeting(other, title="Göç Çalışma Grubu — Şubat")
        agenda.set_notes(other, meeting.item_id, NOTES)
        synchronise(other, FolderSide(other, folder))
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)

    _synchronise_through_the_menu(window, folder)
    wait_until(lambda: "Synchronised with" in window.statusBar().currentMessage())
    assert "conflicts to review 0" in window.statusBar().currentMessage()
    assert meetings.get_meeting(ctx, meeting.meeting_id).title == "Göç Çalışma Grubu — Şubat"

    activate(window)
    window.open_meeting(meeting.meeting_id)
    press("Ctrl+3")
    press("Ctrl+End")
    type_keys("\nKapanış: İsmail Çelik, Işıl Ğ")
    typed = NOTES.rstrip("\n") + "\n\nKapanış: İsmail Çelik, Işıl Ğ\n"
    wait_saved(lambda: agenda.get_item(ctx, meeting.item_id).notes_md, typed)
    files = exchange_files.change_file_names(folder)
    _synchronise_through_the_menu(window, folder)
    wait_until(lambda: len(exchange_files.change_file_names(folder)) == len(files) + 1)

    with open_context(tmp_path / "other" / "other.sqlite3", actor="Other") as other:
        synchronise(other, FolderSide(other, folder))
        assert agenda.get_item(other, meeting.item_id).notes_md.encode() == typed.encode()
        assert records(other) == records(ctx)

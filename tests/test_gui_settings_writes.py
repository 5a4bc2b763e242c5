"""The settings file is written when something in it changed, in one write, and what changed is kept."""

from __future__ import annotations

import configparser
import os
from pathlib import Path

import pytest
from builders import small_meeting
from gui_helpers import make_window
from keyboard import activate, press, wait_until

from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.tabs import ATTENDANCE, DECISIONS
from unnm_desktop.services.context import ServiceContext


def _settings_file() -> Path:
    # Not from a QSettings object: a second one would write the first one's pending changes when deleted.
    return Path(os.environ["UNNM_DESKTOP_SETTINGS_DIR"]) / "UNNM" / "unnm-desktop.ini"


def _on_disk(key: str) -> str | None:
    """The value as the file on disk has it (QSettings objects of one process share what is in memory)."""
    section, _, name = key.partition("/")
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case (lastTab)
    parser.read(_settings_file(), encoding="utf-8")
    return parser.get(section, name, fallback=None)


def _written_copy() -> tuple[int, int]:
    # QSettings writes a new copy and renames it over the file: a new inode is a write.
    stat = _settings_file().stat()
    return stat.st_ino, stat.st_mtime_ns


def test_storing_what_is_already_there_writes_nothing() -> None:
    settings = AppSettings()
    settings.remember_place("meeting-1", "item-1")
    first = _written_copy()
    settings.remember_place("meeting-1", "item-1")
    assert _written_copy() == first
    settings.ui_language = "tr"
    second = _written_copy()
    assert second != first
    settings.ui_language = "tr"
    assert _written_copy() == second

    settings.remember_place("meeting-1", "item-2 İğdır")
    assert _written_copy() != second
    assert (_on_disk("session/lastItem"), _on_disk("ui/language")) == ("item-2 İğdır", "tr")


def test_the_last_tab_goes_to_disk_with_the_next_write_even_if_nothing_else_changed() -> None:
    settings = AppSettings()
    settings.remember_place("meeting-1", "item-1")
    settings.last_tab = DECISIONS  # kept in memory
    assert _on_disk("session/lastTab") != str(DECISIONS)
    settings.remember_place("meeting-1", "item-1")  # unchanged, but the tab is waiting
    assert _on_disk("session/lastTab") == str(DECISIONS)


def test_closing_with_ctrl_q_keeps_the_tab_and_meeting_chosen_with_the_keyboard(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = small_meeting(ctx, title="Ankara toplantısı — Şubat")
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.open_meeting(meeting.meeting_id)
    activate(window)
    press("Ctrl+2")  # Go → Attendance
    assert window.tabs.currentIndex() == ATTENDANCE
    press("Ctrl+Q")
    wait_until(lambda: not window.isVisible(), message="Ctrl+Q did not close the window")
    on_disk = (_on_disk("session/lastTab"), _on_disk("session/lastMeeting"), _on_disk("session/running"))
    assert on_disk == (str(ATTENDANCE), meeting.meeting_id, "")

    # A second session that changes nothing: the close writes the file once, to clear the running marker.
    again = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    assert again.tabs.currentIndex() == ATTENDANCE and again.meeting_id == meeting.meeting_id
    assert _on_disk("session/running")  # this session is running, on disk for a crash to leave behind
    before = _written_copy()
    activate(again)
    press("Ctrl+Q")
    wait_until(lambda: not again.isVisible(), message="Ctrl+Q did not close the window")
    assert _written_copy() != before
    on_disk = (_on_disk("session/lastTab"), _on_disk("session/lastMeeting"), _on_disk("session/running"))
    assert on_disk == (str(ATTENDANCE), meeting.meeting_id, "")

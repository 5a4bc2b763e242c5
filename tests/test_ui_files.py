"""Every Qt Designer file loads, and its buddies and tab stops name widgets that exist."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from unnm_desktop.gui.widgets.uiload import load_ui
from unnm_desktop.resources import ui_dir

UI_FILES = sorted(ui_dir().glob("*.ui"))


def test_there_are_ui_files() -> None:
    assert {p.stem for p in UI_FILES} >= {"main_window", "new_meeting_dialog", "new_person_dialog"}


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_ui_file_loads(qtbot, path: Path) -> None:
    widget = load_ui(path.stem)
    assert isinstance(widget, QWidget)
    qtbot.addWidget(widget)
    tree = ET.parse(path)
    names = {w.get("name") for w in tree.iter("widget")}
    for buddy in tree.iter("cstring"):
        assert buddy.text in names, f"{path.name}: buddy {buddy.text} does not exist"
    for stop in tree.iter("tabstop"):
        assert stop.text in names, f"{path.name}: tab stop {stop.text} does not exist"

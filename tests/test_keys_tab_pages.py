"""The tabs whose widgets are loaded when first shown (ui/<page>_page.ui): the keyboard reaches them as before.

Tab and Shift+Tab walk the meetings, the tab bar, then the page on screen and back to the search box (the
same walk as when all five tabs were in the main window's .ui); the tab titles' mnemonics load and show a
page, and its labels' mnemonics then work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from builders import SmallMeeting, small_meeting
from gui_helpers import make_window
from keyboard import activate, focus_widget, press, wait_until
from PySide6.QtWidgets import QWidget

from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.tabs import DETAILS
from unnm_desktop.services.context import ServiceContext

MEETINGS = ["meetingList", "newMeetingButton", "nextMeetingButton", "qt_tabwidget_tabbar"]


@pytest.fixture
def window(qtbot: Any, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    meeting: SmallMeeting = small_meeting(ctx)
    made = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    wait_until(lambda: made.meeting_id == meeting.meeting_id, message="the meeting did not open")
    activate(made)
    return made


def _walk(key: str, steps: int) -> list[str]:
    names = []
    for _ in range(steps):
        press(key)
        names.append(focus_widget().objectName())
    return names


def test_tab_walks_each_page_loaded_when_first_shown(window: MainWindow) -> None:
    assert window.findChild(QWidget, "actionsTable") is None  # not built at the start: a quicker start
    press("Ctrl+5", "Ctrl+F")
    assert _walk("Tab", 9) == [*MEETINGS, "actionsTable", "addActionButton", "removeActionButton", "followUpsTable",
                               "meetingSearch"]  # fmt: skip
    press("Ctrl+4", "Ctrl+F")
    assert _walk("Tab", 11) == [*MEETINGS, "decisionList", "addDecisionButton", "decisionText", "chairNoteEdit",
                                "deferredToEdit", "positionsTable", "meetingSearch"]  # fmt: skip
    assert _walk("Shift+Tab", 2) == ["positionsTable", "deferredToEdit"]
    press("Ctrl+1", "Ctrl+F")
    assert _walk("Tab", 9) == [*MEETINGS, "detailsScroll", "titleEdit", "referenceEdit", "seriesEdit", "numberSpin"]
    press("Ctrl+F")
    assert _walk("Shift+Tab", 3) == ["timeZoneCombo", "objectivesList", "nextMeetingDateEdit"]
    press("Ctrl+2", "Ctrl+F")
    assert _walk("Tab", 7) == [*MEETINGS, "attendeeSearch", "newPersonButton", "attendanceTable"]
    press("Ctrl+F")
    assert _walk("Shift+Tab", 5) == ["removeAttendeeButton", "applyRoleButton", "bulkRoleCombo", "applyStatusButton",
                                     "bulkStatusCombo"]  # fmt: skip


def test_mnemonics_reach_a_page_loaded_when_first_shown(window: MainWindow) -> None:
    assert window.findChild(QWidget, "locationEdit") is None
    press("Ctrl+3", "Ctrl+F", "Alt+D")  # the tab title's mnemonic (&Details) shows the tab, its widgets loaded
    wait_until(lambda: window.tabs.currentIndex() == DETAILS, message="Alt+D did not show the Details tab")
    press("Alt+L")
    assert focus_widget().objectName() == "locationEdit"
    press("Alt+U")
    assert focus_widget().objectName() == "targetAudienceEdit"

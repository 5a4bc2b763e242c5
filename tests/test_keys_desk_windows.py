"""The decision register and the action tracker through the keyboard, as a secretariat officer uses their
shared skeleton (gui/desk/filtered_window.py): the window's shortcut, a filter typed, the table reached by
its label's Alt+letter, a row chosen with the arrow keys, Enter shows that record in the main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desk_gui_support import Boxes
from gui_helpers import make_window
from keyboard import activate, press, type_keys, wait_until
from PySide6.QtWidgets import QApplication

from unnm_desktop.gui.desk.register_window import RegisterWindow
from unnm_desktop.gui.desk.tracker_window import TrackerWindow
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.tabs import ACTIONS, DECISIONS
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.register import load_register
from unnm_desktop.services.desk.tracker import load_actions
from unnm_desktop.services.desk.views import RegisterFilter, TrackerFilter
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import meetings


@pytest.fixture
def ctx(demo_ctx_of: Callable[[int], ServiceContext]) -> ServiceContext:
    """The demo (`fill_demo` on a new database), copied from the session's template."""
    return demo_ctx_of(3)


@pytest.fixture
def window(qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    win = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(win)
    yield win
    win.close()


def _opened(window: MainWindow, key: str, shortcut: str) -> RegisterWindow | TrackerWindow:
    """The desk window that `shortcut`, pressed in the main window, opens (and makes the active window)."""
    press(shortcut)
    wait_until(lambda: key in window.desk_menu.windows, message=f"{shortcut} opened nothing")
    opened = window.desk_menu.windows[key]
    wait_until(lambda: QApplication.activeWindow() is opened, message=f"the {key} window is not active")
    assert isinstance(opened, (RegisterWindow, TrackerWindow))
    return opened


def test_register_words_typed_arrow_down_and_enter_open_the_decision(window: MainWindow, ctx: ServiceContext) -> None:
    register = _opened(window, "register", "Ctrl+Shift+R")
    everything = [e.id for e in load_register(ctx)]
    press("Alt+D")  # "Wor&ds:"
    assert register.focusWidget() is register.text
    typed = "Türkiye"
    type_keys(typed)
    assert register.text.text() == typed  # every character arrived, the dotted İ/ü included
    expected = load_register(ctx, RegisterFilter(text=typed))
    assert 2 <= len(expected) < len(everything)  # the words really narrow the register down
    wait_until(lambda: [e.id for e in register.model.rows] == [e.id for e in expected], message="not filtered")
    assert register.count.text() == f"{len(expected)} decisions"

    press("Alt+N")  # "Decisio&ns (Enter opens the meeting):"
    assert register.focusWidget() is register.table
    press("Down")
    chosen = expected[1]
    assert register.current() == chosen and chosen.reference in register.detail.toPlainText()
    press("Enter")
    wait_until(lambda: window.meeting_id == chosen.meeting_id, message="Enter did not open the decision's meeting")
    assert window.tabs.currentIndex() == DECISIONS
    assert window.decisions.decision is not None and window.decisions.decision.id == chosen.id
    assert register.isVisible()  # the register stays open beside the main window, at the same decision
    assert register.current() == chosen


def test_tracker_organisation_typed_arrow_down_and_enter_open_the_action(
    window: MainWindow, ctx: ServiceContext
) -> None:
    tracker = _opened(window, "tracker", "Ctrl+Shift+T")
    everything = load_actions(ctx)
    press("Alt+O")  # "Responsible &organisation:"
    assert tracker.focusWidget() is tracker.organisation
    type_keys("PMM")  # a drop-down finds its entry by the first letters typed
    pmm = directory.find_organization(ctx, "PMM").id
    expected = load_actions(ctx, TrackerFilter(organization_id=pmm))
    assert 2 <= len(expected) < len(everything)
    wait_until(lambda: [e.id for e in tracker.model.rows] == [e.id for e in expected], message="not filtered")
    assert tracker.organisation.currentData() == pmm

    press("Alt+A")  # "&Action points — … (Enter opens the meeting that set them):"
    assert tracker.focusWidget() is tracker.table
    press("Down")
    chosen = expected[1]
    assert tracker.current() == chosen and chosen.text.split()[0] in tracker.detail.toPlainText()
    press("Enter")
    wait_until(lambda: window.meeting_id == chosen.meeting_id, message="Enter did not open the action's meeting")
    assert window.tabs.currentIndex() == ACTIONS
    selected = window.actions.table.selectionModel().selectedRows()
    assert [window.actions.model.rows[i.row()].id for i in selected] == [chosen.id]
    assert tracker.isVisible() and tracker.current() == chosen


@pytest.mark.parametrize(("key", "shortcut", "table_key"), [("register", "Ctrl+Shift+R", "Alt+N"),
                                                            ("tracker", "Ctrl+Shift+T", "Alt+A")])  # fmt: skip
def test_enter_on_a_record_whose_meeting_is_gone_says_so(window: MainWindow, ctx: ServiceContext, key: str,
                                                         shortcut: str, table_key: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    boxes = Boxes(monkeypatch)
    opened = _opened(window, key, shortcut)
    draft = next(m for m in meetings.list_meetings(ctx) if m.status == "draft")
    row = next(i for i, record in enumerate(opened.model.rows) if record.meeting_id == draft.id)
    shown = next(m for m in meetings.list_meetings(ctx) if m.id != draft.id)
    window.refresh_meetings(shown.id)  # the main window shows another meeting than the one deleted
    activate(opened)
    meetings.delete_meeting(ctx, draft.id)  # from elsewhere, while the window shows its records
    press(table_key)
    press(*["Down"] * row)
    assert opened.current().meeting_id == draft.id
    press("Enter")  # refused in words, in a message: never a traceback
    wait_until(lambda: boxes.kinds("warning"), message="no message said why the meeting cannot be opened")
    assert boxes.shown[-1][1] == "Open meeting"
    assert window.meeting_id == shown.id  # the main window stays on the meeting it showed

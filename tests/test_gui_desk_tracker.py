"""Desk → Action tracker…: every action point with its filters, overdue ones in red and said in words,
mark-done through the real dialog (read back through the service), the Excel export, and an action point
followed to its meeting."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from desk_gui_support import Files, make_window
from gui_helpers import type_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QPlainTextEdit, QTableView

from unnm_desktop.domain.clock import meeting_today
from unnm_desktop.gui.desk.tracker_table import TrackerModel
from unnm_desktop.gui.desk.tracker_window import MarkDoneDialog, TrackerWindow
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.tabs import ACTIONS
from unnm_desktop.gui.widgets.colours import overdue_colour
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.tracker import load_actions
from unnm_desktop.services.desk.views import TrackerFilter
from unnm_desktop.services.directory import entries as directory


@pytest.fixture
def ctx(demo_ctx_of: Callable[[int], ServiceContext]) -> ServiceContext:
    """The demo (`fill_demo` on a new database), copied from the session's template: every test here opens it."""
    return demo_ctx_of(3)


@pytest.fixture
def window(qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    win = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    yield win
    win.close()


@pytest.fixture
def tracker(window: MainWindow) -> TrackerWindow:
    opened = window.desk_menu.open_tracker()
    assert isinstance(opened, TrackerWindow)
    return opened


def _ids(tracker: TrackerWindow) -> list[str]:
    return [e.id for e in tracker.model.rows]


def test_every_action_point_and_the_overdue_ones_marked(tracker: TrackerWindow, ctx: ServiceContext) -> None:
    assert tracker.findChild(QTableView, "trackerTable") is tracker.table
    everything = load_actions(ctx)
    assert _ids(tracker) == [e.id for e in everything]
    overdue = [row for row, e in enumerate(tracker.model.rows) if e.overdue]
    assert overdue and len(overdue) < len(everything)
    assert tracker.count.text() == f"{len(everything)} action points, {len(overdue)} overdue"
    model = tracker.model
    for row in range(model.rowCount()):
        status = model.index(row, TrackerModel.STATUS)
        colour = status.data(Qt.ItemDataRole.ForegroundRole)
        accessible = model.index(row, TrackerModel.TEXT).data(Qt.ItemDataRole.AccessibleTextRole)
        if row in overdue:  # red, and said in words for whoever does not see the red
            assert colour.name() == overdue_colour().name()
            assert status.data().endswith("OVERDUE") and accessible.startswith("Overdue. ")
            assert model.index(row, TrackerModel.DUE).data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue")
        else:
            assert colour is None and "OVERDUE" not in status.data() and not accessible.startswith("Overdue")
    first = model.rows[overdue[0]]
    assert model.index(overdue[0], TrackerModel.RESPONSIBLE).data() == ", ".join(first.responsible)
    assert model.index(overdue[0], TrackerModel.DUE).data() == f"{first.due_date:%d/%m/%Y}"
    assert first.meeting_reference in model.index(overdue[0], TrackerModel.ORIGIN).data()


def test_filters_by_organisation_status_and_overdue(tracker: TrackerWindow, ctx: ServiceContext) -> None:
    unhcr = directory.find_organization(ctx, "UNHCR").id
    tracker.organisation.setCurrentIndex(tracker.organisation.findData(unhcr))
    assert _ids(tracker) == [e.id for e in load_actions(ctx, TrackerFilter(organization_id=unhcr))]
    assert _ids(tracker) and all("UNHCR" in e.responsible for e in tracker.model.rows)
    tracker.organisation.setCurrentIndex(0)

    tracker.status.setCurrentIndex(tracker.status.findText("Done"))
    assert _ids(tracker) == [e.id for e in load_actions(ctx, TrackerFilter(statuses=("done",)))]
    tracker.status.setCurrentIndex(tracker.status.findText("Open or in progress"))
    assert {e.status for e in tracker.model.rows} == {"open", "in_progress"}
    tracker.status.setCurrentIndex(0)

    tracker.overdue.setChecked(True)
    assert _ids(tracker) == [e.id for e in load_actions(ctx, TrackerFilter(overdue_only=True))]
    assert tracker.model.rows and all(e.overdue for e in tracker.model.rows)


def test_mark_done_with_a_date_and_a_note(tracker: TrackerWindow, ctx: ServiceContext, window: MainWindow,
                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    row = next(r for r, e in enumerate(tracker.model.rows) if e.overdue)
    entry = tracker.model.rows[row]
    tracker.table.selectRow(row)
    seen: dict[str, object] = {}

    def fill_in(dialog: MarkDoneDialog) -> int:
        date_edit = dialog.findChild(QDateEdit, "markDoneDate")
        seen["range"] = (date_edit.minimumDate(), date_edit.maximumDate())
        date_edit.setDate(QDate(2024, 1, 10))
        note = dialog.findChild(QPlainTextEdit, "markDoneNote")
        type_text(note, "Taslak tutanak üyelere iletildi; İstanbul ofisi onayladı.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MarkDoneDialog, "exec", fill_in)
    assert tracker.mark_done()
    # From the day it was set to the Network's today (Istanbul), which is not the laptop's between 21:00 and 24:00 UTC.
    istanbul_today = meeting_today(None)
    assert seen["range"] == (QDate(2023, 11, 2), QDate(istanbul_today.year, istanbul_today.month, istanbul_today.day))
    stored = next(e for e in load_actions(ctx) if e.id == entry.id)  # read back through the service
    assert (stored.status, stored.completed_on) == ("done", date(2024, 1, 10))
    assert stored.completion_note == "Taslak tutanak üyelere iletildi; İstanbul ofisi onayladı."
    assert not stored.overdue
    shown = tracker.model.rows[_ids(tracker).index(entry.id)]
    assert shown.status == "done" and tracker.current().id == entry.id
    assert "İstanbul ofisi" in tracker.detail.toPlainText()
    assert "marked done" in window.statusBar().currentMessage()


def test_mark_done_cancelled_changes_nothing(tracker: TrackerWindow, ctx: ServiceContext,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    before = load_actions(ctx)
    monkeypatch.setattr(MarkDoneDialog, "exec", lambda self: 0)
    assert not tracker.mark_done()
    assert load_actions(ctx) == before


def test_export_to_excel(tracker: TrackerWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = Files(monkeypatch)
    tracker.overdue.setChecked(True)
    shown = [e.text for e in tracker.model.rows]
    files.save_as = tmp_path / "open actions.xlsx"
    written = tracker.export()
    assert written == tmp_path / "open actions.xlsx" and files.offered_name.startswith("action-tracker-")
    rows = list(openpyxl.load_workbook(written).active.iter_rows(values_only=True))
    assert len(rows) == len(shown) + 1
    assert sorted(str(v) for r in rows[1:] for v in r if v in shown) == sorted(shown)


def test_open_meeting_selects_the_action(tracker: TrackerWindow, window: MainWindow) -> None:
    row = next(r for r, e in enumerate(tracker.model.rows) if e.overdue)
    entry = tracker.model.rows[row]
    tracker.table.selectRow(row)
    tracker.open_button.click()
    assert window.meeting_id == entry.meeting_id and window.tabs.currentIndex() == ACTIONS
    selected = window.actions.table.selectionModel().selectedRows()
    assert [window.actions.model.rows[i.row()].id for i in selected] == [entry.id]

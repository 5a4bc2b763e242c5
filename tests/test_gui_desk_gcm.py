"""Desk → GCM report…: the counts per objective are the service's, for the default period and another one;
the details of the selected objective; the Word export; a period that ends before it starts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import docx
import pytest
from desk_gui_support import Files, make_window
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTableView

from unnm_desktop.domain.clock import meeting_today
from unnm_desktop.gui.desk.gcm_report_dialog import MEETING_ID, GcmModel, GcmReportDialog
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.tabs import DETAILS
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.gcm_report import gcm_report


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
def report(window: MainWindow) -> GcmReportDialog:
    opened = window.desk_menu.open_gcm_report()
    assert isinstance(opened, GcmReportDialog)
    return opened


def _counts(dialog: GcmReportDialog) -> list[tuple[int, int, int, int]]:
    model = dialog.model
    return [
        tuple(int(model.index(row, column).data()) for column in (0, 2, 3, 4))  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


def _expected(ctx: ServiceContext, first: date, last: date) -> list[tuple[int, int, int, int]]:
    return [(s.number, *s.counts.values()) for s in gcm_report(ctx, first, last).sections]  # type: ignore[misc]


def test_counts_match_the_service(report: GcmReportDialog, ctx: ServiceContext) -> None:
    assert report.findChild(QTableView, "gcmTable") is report.table
    first, last = report.period()
    assert first == date(2019, 11, 20)  # the first meeting on record ...
    assert last == meeting_today(None)  # ... to today, in Istanbul (the demo's meetings are all before it)
    assert _counts(report) == _expected(ctx, first, last)
    assert [row[0] for row in _counts(report)] == list(range(1, 24))
    totals = gcm_report(ctx, first, last).totals
    assert report.totals.text() == (
        f"Tagged with an objective: {totals['meetings']} meetings, {totals['decisions']} decisions, "
        f"{totals['actions']} action points"
    )
    objective_23 = report.model.rows[22]
    assert report.model.index(22, GcmModel.TITLE).data() == objective_23.title


def test_another_period_is_counted_again(report: GcmReportDialog, ctx: ServiceContext) -> None:
    report.date_from.setDate(QDate(2021, 1, 1))
    report.date_to.setDate(QDate(2021, 12, 31))
    assert _counts(report) == _expected(ctx, date(2021, 1, 1), date(2021, 12, 31))
    assert sum(row[1] for row in _counts(report)) > 0
    report.date_to.setDate(QDate(2020, 1, 1))  # ends before it starts: said, never a traceback
    assert report.model.rowCount() == 0 and "before it starts" in report.totals.text()


def test_details_of_the_selected_objective_and_opening_a_meeting(report: GcmReportDialog, window: MainWindow,
                                                                 ctx: ServiceContext) -> None:  # fmt: skip
    report.table.selectRow(22)  # objective 23, the one every demo meeting touches
    section = report.model.rows[22]
    groups = [report.detail.topLevelItem(i) for i in range(report.detail.topLevelItemCount())]
    assert [g.text(0) for g in groups] == [
        f"Meetings ({len(section.meetings)})",
        f"Decisions ({len(section.decisions)})",
        f"Action points ({len(section.actions)})",
    ]
    meetings = groups[0]
    assert [meetings.child(i).text(0) for i in range(meetings.childCount())] == [m.reference for m in section.meetings]
    decisions = groups[1]
    assert [decisions.child(i).text(0) for i in range(decisions.childCount())] == [
        d.reference for d in section.decisions
    ]
    item = meetings.child(0)
    report.detail.itemActivated.emit(item, 0)
    assert window.meeting_id == item.data(0, MEETING_ID) == section.meetings[0].id
    assert window.tabs.currentIndex() == DETAILS


def test_export_to_word(report: GcmReportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = Files(monkeypatch)
    files.save_as = tmp_path / "gcm"
    written = report.export()
    assert written == tmp_path / "gcm.docx" and files.offered_name.startswith("gcm-report-2019-11-20-")
    document = docx.Document(str(written))
    summary = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in summary.rows][1:]
    assert [(int(r[0]), int(r[2]), int(r[3]), int(r[4])) for r in rows] == _counts(report)

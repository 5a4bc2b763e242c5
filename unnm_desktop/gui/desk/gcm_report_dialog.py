"""Desk → GCM report…: for a period, per objective of the Global Compact for Migration (1-23) the number
of meetings, decisions and action points tagged with it, the details of the selected objective, and the
report as a Word document — the material for Türkiye's voluntary GCM review.

Layout in ui/gcm_report_dialog.ui; figures from services/desk/gcm_report.py, the document from
export/desk_docx.py (the same as `unnm-desktop gcm-report --out`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
)

from unnm_desktop.domain.clock import local, meeting_today
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.desk.parts import DeskDialog, current_row, fixed_rows, from_qdate, table_date, to_qdate
from unnm_desktop.gui.desk.register_table import outcome_words
from unnm_desktop.gui.desk.tracker_table import status_words
from unnm_desktop.gui.i18n import current_language, error_text, short_date, ui_locale
from unnm_desktop.gui.lazy_services import gcm_report, meetings
from unnm_desktop.gui.shell import Place
from unnm_desktop.gui.tabs import DETAILS
from unnm_desktop.gui.widgets.models import RowsModel
from unnm_desktop.gui.widgets.uiload import child

if TYPE_CHECKING:
    from pathlib import Path

    from unnm_desktop.gui.shell import Shell
    from unnm_desktop.services.desk.views import GcmObjectiveSection, GcmReport

MEETING_ID = Qt.ItemDataRole.UserRole + 1


class GcmModel(RowsModel["GcmObjectiveSection"]):
    NUMBER, TITLE, MEETINGS, DECISIONS, ACTIONS = range(5)
    COLUMNS = (
        QT_TRANSLATE_NOOP("GcmModel", "No."),
        QT_TRANSLATE_NOOP("GcmModel", "Objective"),
        QT_TRANSLATE_NOOP("GcmModel", "Meetings"),
        QT_TRANSLATE_NOOP("GcmModel", "Decisions"),
        QT_TRANSLATE_NOOP("GcmModel", "Action points"),
    )

    def display(self, row: GcmObjectiveSection, column: int) -> Any:
        counts = row.counts
        title = shown_title(row)
        return (row.number, title, counts["meetings"], counts["decisions"], counts["actions"])[column]

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if index.isValid() and role == Qt.ItemDataRole.AccessibleTextRole:
            row = self.rows[index.row()]
            c = row.counts
            text = self.tr(
                "Objective {number}, {title}: {meetings} meetings, {decisions} decisions, {actions} action points"
            )
            return text.format(
                number=row.number,
                title=shown_title(row),
                meetings=c["meetings"],
                decisions=c["decisions"],
                actions=c["actions"],
            )
        return super().data(index, role)

    def tooltip(self, row: GcmObjectiveSection, column: int) -> Any:
        if column != self.TITLE:
            return None
        title = shown_title(row)
        return title if title == row.title else f"{title}\n{row.title}"  # and the official English title


def shown_title(row: GcmObjectiveSection) -> str:
    """The objective's title on screen: the official English one, or the working Turkish rendering in Turkish
    (the Word report prints the official title)."""
    from unnm_desktop.resources import gcm_objectives

    return gcm_objectives(current_language()).get(row.number, row.title)


class GcmReportDialog(DeskDialog):
    def __init__(self, window: Shell) -> None:
        super().__init__(window, "gcmReportDialog", "gcm_report_dialog")
        root = self.root
        self.date_from = child(root, QDateEdit, "gcmFrom")
        self.date_to = child(root, QDateEdit, "gcmTo")
        self.totals = child(root, QLabel, "gcmTotals")
        self.table = child(root, QTableView, "gcmTable")
        self.detail = child(root, QTreeWidget, "gcmDetail")
        self.report: GcmReport | None = None
        self.model = GcmModel(self)
        self.table.setModel(self.model)
        fixed_rows(self.table, 2)
        header = self.table.horizontalHeader()
        for column in (GcmModel.NUMBER, GcmModel.MEETINGS, GcmModel.DECISIONS, GcmModel.ACTIONS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GcmModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.detail.setColumnWidth(0, 150)
        self.detail.setColumnWidth(1, 85)
        self.detail.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.detail.header().setStretchLastSection(True)
        self.detail.setWordWrap(True)
        child(root, QSplitter, "gcmSplitter").setSizes([640, 560])
        first, last = self._default_period()
        self.date_from.setDate(to_qdate(first))
        self.date_to.setDate(to_qdate(last))
        self.date_from.dateChanged.connect(lambda _d: self.reload())
        self.date_to.dateChanged.connect(lambda _d: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.detail.itemActivated.connect(self._open_item)
        child(root, QPushButton, "gcmExportDocx").clicked.connect(self.export)
        child(root, QPushButton, "gcmClose").clicked.connect(self.close)
        self.reload()
        self.table.setFocus()

    def _default_period(self) -> tuple[date, date]:
        """From the first recorded meeting to today: everything the network has on record."""
        last = meeting_today(None)  # the Network's today (Istanbul), not the laptop's
        starts = [local(m.start).date() for m in meetings.list_meetings(self.ctx)]
        first = min(starts) if starts else date(last.year, 1, 1)
        return min(first, last), max(last, max(starts) if starts else last)

    def period(self) -> tuple[date, date]:
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    def reload(self) -> None:
        selected = self.table.currentIndex().row()
        try:
            self.report = gcm_report.gcm_report(self.ctx, *self.period())
        except UserFacingError as error:  # the period ends before it starts
            self.report = None
            self.model.set_rows([])
            self.totals.setText(error_text(error))
            self._show_detail()
            return
        self.model.set_rows(self.report.sections)
        self.table.selectRow(selected if 0 <= selected < 23 else 0)
        t = self.report.totals
        totals = self.tr(
            "Tagged with an objective: {meetings} meetings, {decisions} decisions, {actions} action points"
        )
        self.totals.setText(totals.format(meetings=t["meetings"], decisions=t["decisions"], actions=t["actions"]))
        self._show_detail()

    def current_section(self) -> GcmObjectiveSection | None:
        return current_row(self.table, self.model.rows)

    def _show_detail(self) -> None:
        self.detail.clear()
        section = self.current_section()
        if section is None:
            return
        groups = (
            (self.tr("Meetings ({count})"), [(m.reference, m.date, m.title, m.id) for m in section.meetings]),
            (self.tr("Decisions ({count})"), [(d.reference, d.date, f"{d.text} — {outcome_words(d.outcome)}", None)
                                              for d in section.decisions]),
            (self.tr("Action points ({count})"), [(a.meeting_reference, a.date, _action_text(a), None)
                                                  for a in section.actions]),
        )  # fmt: skip
        for title, rows in groups:
            group = QTreeWidgetItem(self.detail, [title.format(count=len(rows))])
            group.setFirstColumnSpanned(True)
            for reference, day, text, meeting_id in rows:
                item = QTreeWidgetItem(group, [reference, table_date(day), " ".join(text.split())])
                item.setToolTip(2, text)
                item.setData(0, MEETING_ID, meeting_id)
            group.setExpanded(True)
        self.detail.resizeColumnToContents(0)
        self.detail.doItemsLayout()

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        meeting_id = item.data(0, MEETING_ID)
        if meeting_id:
            self.window_.reveal(Place(meeting_id, DETAILS))

    def export(self) -> Path | None:
        report = self.report
        if report is None:
            return None
        first, last = self.period()

        def write(target: Path) -> Path:
            from unnm_desktop.export.desk_docx import write_gcm_report_docx

            return write_gcm_report_docx(report, target)

        caption, kind = self.tr("Export the GCM report to Word"), self.tr("Word document")
        written = self.save_export(
            write, f"gcm-report-{first}-{last}.docx", caption=caption, kind=kind, failed=self.tr("Export failed")
        )
        if written is not None:
            self.window_.show_message(self.tr("GCM report exported to {path}").format(path=written))
        return written


def _action_text(action: Any) -> str:
    """The action with who is responsible, its due date and status, in the interface language."""
    who = ", ".join(action.responsible) or QCoreApplication.translate("GcmReportDialog", "nobody named")
    status = ui_locale().toLower(status_words(action.status))  # the interface language's lower case (İ → i)
    if action.due_date:
        template = QCoreApplication.translate("GcmReportDialog", "{action} — {who}, due {date}, {status}")
    else:
        template = QCoreApplication.translate("GcmReportDialog", "{action} — {who}, {status}")
    date_text = short_date(action.due_date) if action.due_date else ""
    return template.format(action=action.text, who=who, date=date_text, status=status)


__all__ = ["GcmModel", "GcmReportDialog"]

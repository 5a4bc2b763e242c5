"""Desk → Action tracker…: every action point across meetings with who is responsible, due date, status
and the meeting that set it; filtered by organisation, status and overdue; overdue ones in red AND marked
"OVERDUE" in words (never colour alone); mark one done with a date and a note; export to Excel.

Layout in ui/tracker_window.ui and ui/mark_done_dialog.ui, the filter → table → detail skeleton in
gui/desk/filtered_window.py, the table and detail in gui/desk/tracker_table.py; data from
services/desk/tracker.py, the workbook from export/desk_xlsx.py (the same as `unnm-desktop actions --out`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from unnm_desktop.domain.clock import meeting_today
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.desk.filtered_window import FilteredTableWindow
from unnm_desktop.gui.desk.parts import from_qdate, to_qdate
from unnm_desktop.gui.desk.tracker_table import TrackerModel, action_html
from unnm_desktop.gui.i18n import error_text, short_date
from unnm_desktop.gui.lazy_services import tracker
from unnm_desktop.gui.shell import Place
from unnm_desktop.gui.tabs import ACTIONS
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.uiload import child, embed_ui

if TYPE_CHECKING:
    from pathlib import Path

    from unnm_desktop.gui.shell import Shell
    from unnm_desktop.services.desk.views import TrackerEntry, TrackerFilter

# The status filter's first choices; then one choice per status (gui/widgets/vocabulary.py ACTION_STATUS).
STATUS_CHOICES = (
    (QT_TRANSLATE_NOOP("TrackerWindow", "Any status"), ()),
    (QT_TRANSLATE_NOOP("TrackerWindow", "Open or in progress"), ("open", "in_progress")),
)


class TrackerWindow(FilteredTableWindow["TrackerEntry"]):
    def __init__(self, window: Shell) -> None:
        super().__init__(window, "tracker", TrackerModel, row_lines=3, split=(4, 1))
        root = self.root
        self.organisation = child(root, QComboBox, "trackerFilterOrganisation")
        self.status = child(root, QComboBox, "trackerFilterStatus")
        self.overdue = child(root, QCheckBox, "trackerFilterOverdue")
        self.done_button = child(root, QPushButton, "trackerMarkDone")
        self.row_buttons.append(self.done_button)
        columns = ((TrackerModel.RESPONSIBLE, 150), (TrackerModel.DUE, 90), (TrackerModel.STATUS, 160),
                   (TrackerModel.ORIGIN, 170), (TrackerModel.PROGRESS, 260))  # fmt: skip
        self.size_columns(columns, stretch=TrackerModel.TEXT)
        self.fill_organisations(self.organisation, self.tr("Any organisation"))
        for words, statuses in STATUS_CHOICES:
            self.status.addItem(QCoreApplication.translate("TrackerWindow", words), statuses)
        for value, words in vocabulary.choices(vocabulary.ACTION_STATUS):
            self.status.addItem(words, (value,))
        self.reload_when_changed(self.organisation, self.status, self.overdue)
        self.done_button.clicked.connect(self.mark_done)
        child(root, QPushButton, "trackerExportXlsx").clicked.connect(self.export)
        self.reload()

    def filters(self) -> TrackerFilter:
        from unnm_desktop.services.desk.views import TrackerFilter

        return TrackerFilter(
            organization_id=self.organisation.currentData(),
            statuses=tuple(self.status.currentData() or ()),
            overdue_only=self.overdue.isChecked(),
        )

    def load(self) -> list[TrackerEntry]:
        return tracker.load_actions(self.ctx, self.filters())

    def count_text(self, rows: list[TrackerEntry]) -> str:
        overdue = sum(1 for e in rows if e.overdue)
        if len(rows) == 1:
            count = self.tr("1 action point, {overdue} overdue")
        else:
            count = self.tr("{count} action points, {overdue} overdue")
        return count.format(count=len(rows), overdue=overdue)

    def detail_html(self, row: TrackerEntry) -> str:
        return action_html(row)

    def nothing_selected(self) -> str:
        return self.tr("No action point selected.")

    def place(self, row: TrackerEntry) -> Place:
        return Place(row.meeting_id, ACTIONS, record_id=row.id)

    def mark_done(self) -> bool:
        entry = self.current()
        if entry is None:
            return False
        dialog = MarkDoneDialog(self, self.ctx, entry)
        if not dialog.exec():
            return False
        self.reload()
        self.window_.reload_meeting(ACTIONS)
        self.window_.show_message(
            self.tr("Action point marked done on {date}.").format(date=short_date(dialog.done_on))
        )
        return True

    def export(self) -> Path | None:
        def write(entries: list[TrackerEntry], target: Path) -> Path:
            from unnm_desktop.export.desk_xlsx import write_actions_xlsx

            return write_actions_xlsx(entries, target)

        return self.export_rows(
            write,
            f"action-tracker-{date.today()}.xlsx",
            caption=self.tr("Export the action tracker to Excel"),
            kind=self.tr("Excel workbook"),
            failed=self.tr("Export failed"),
            exported=(
                self.tr("1 action point exported to {path}"),
                self.tr("{count} action points exported to {path}"),
            ),
        )


class MarkDoneDialog(QDialog):
    """A date (from the day the action was set to today) and an optional note; refusals shown inside."""

    def __init__(self, parent: QWidget, ctx: Any, entry: TrackerEntry) -> None:
        super().__init__(parent)
        self.setObjectName("markDoneDialog")
        self.ctx = ctx
        self.entry = entry
        self.done_on: date | None = None
        root = embed_ui(self, "mark_done_dialog")
        set_at = self.tr("Set at {reference}.").format(reference=entry.meeting_reference)
        child(root, QLabel, "markDoneAction").setText(f"{entry.text}\n\n{set_at}")
        self.date = child(root, QDateEdit, "markDoneDate")
        self.note = child(root, QPlainTextEdit, "markDoneNote")
        self.message = child(root, QLabel, "markDoneMessage")
        today = to_qdate(meeting_today(None))  # the Network's today (Istanbul), not the laptop's
        self.date.setMaximumDate(today)
        self.date.setMinimumDate(to_qdate(entry.meeting_date))
        self.date.setDate(to_qdate(entry.completed_on) if entry.completed_on else today)
        if entry.completion_note:
            self.note.setPlainText(entry.completion_note)
        buttons = child(root, QDialogButtonBox, "markDoneButtons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark &done"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.date.setFocus()

    def accept(self) -> None:
        day = from_qdate(self.date.date())
        try:
            tracker.mark_done(self.ctx, self.entry.id, done_on=day, note=self.note.toPlainText(),
                              expected_version=self.entry.version)  # fmt: skip
        except UserFacingError as error:
            self.message.setText(error_text(error))
            return
        self.done_on = day
        super().accept()


__all__ = ["MarkDoneDialog", "TrackerWindow"]

"""Desk → Action tracker…: every action point across meetings with who is responsible, due date, status
and the meeting that set it; filtered by organisation, status and overdue; overdue ones in red AND marked
"OVERDUE" in words (never colour alone); mark one done with a date and a note; export to Excel.

Layout in ui/tracker_window.ui and ui/mark_done_dialog.ui; data from services/desk/tracker.py, the workbook from
export/desk_xlsx.py (the same as `unnm-desktop actions --out`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QWidget,
)

from unnm_desktop.domain.clock import meeting_today
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.desk.parts import DeskDialog, current_row, fixed_rows, from_qdate, reselect, table_date, to_qdate
from unnm_desktop.gui.i18n import error_text, short_date, ui_locale
from unnm_desktop.gui.lazy_services import directory, tracker
from unnm_desktop.gui.shell import Place
from unnm_desktop.gui.tabs import ACTIONS
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.colours import overdue_colour
from unnm_desktop.gui.widgets.messages import run_busy
from unnm_desktop.gui.widgets.models import RowsModel
from unnm_desktop.gui.widgets.save_paths import ask_save_path, remember_folder
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


def status_words(status: str) -> str:
    """The action's status in the interface language (the stored value itself when unknown)."""
    return vocabulary.word(vocabulary.ACTION_STATUS, status)


def status_text(row: TrackerEntry, date_text: Callable[[date], str] = table_date) -> str:
    """The status in words, with OVERDUE or the day it was done (`date_text`: as the tables or the detail)."""
    words = status_words(row.status)
    if row.overdue:
        return QCoreApplication.translate("TrackerWindow", "{status} — OVERDUE").format(status=words)
    if row.status == "done" and row.completed_on:
        template = QCoreApplication.translate("TrackerWindow", "{status} {date}")
        return template.format(status=words, date=date_text(row.completed_on))
    return words


class TrackerModel(RowsModel["TrackerEntry"]):
    TEXT, RESPONSIBLE, DUE, STATUS, ORIGIN, PROGRESS = range(6)
    COLUMNS = (
        QT_TRANSLATE_NOOP("TrackerModel", "Action"),
        QT_TRANSLATE_NOOP("TrackerModel", "Responsible"),
        QT_TRANSLATE_NOOP("TrackerModel", "Due"),
        QT_TRANSLATE_NOOP("TrackerModel", "Status"),
        QT_TRANSLATE_NOOP("TrackerModel", "Set at"),
        QT_TRANSLATE_NOOP("TrackerModel", "Completion or last follow-up"),
    )

    def display(self, row: TrackerEntry, column: int) -> Any:
        if column == self.TEXT:
            return " ".join(row.text.split())
        if column == self.RESPONSIBLE:
            people = [row.responsible_person] if row.responsible_person else []
            return ", ".join(list(row.responsible) + people)
        if column == self.DUE:
            return table_date(row.due_date) if row.due_date else "—"
        if column == self.STATUS:
            return status_text(row)
        if column == self.ORIGIN:
            return f"{row.meeting_reference}  {table_date(row.meeting_date)}"
        if row.completion_note:
            return row.completion_note
        return f"{row.last_follow_up_meeting}: {row.last_follow_up}" if row.last_follow_up else ""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.AccessibleTextRole:
            row = self.rows[index.row()]
            text = str(self.display(row, index.column()))
            if row.overdue and index.column() in (self.TEXT, self.STATUS, self.DUE):
                return self.tr("Overdue. {text}").format(text=text)
            return text
        return super().data(index, role)

    def tooltip(self, row: TrackerEntry, column: int) -> Any:
        if row.overdue:
            status = ui_locale().toLower(status_words(row.status))  # the interface language's lower case (İ → i)
            return self.tr("Overdue: due {date}, still {status}.").format(date=short_date(row.due_date), status=status)
        if column == self.TEXT:
            return row.text
        if column == self.ORIGIN:
            return row.meeting_title
        return None

    def foreground(self, row: TrackerEntry, column: int) -> Any:
        return overdue_colour() if row.overdue else None


class TrackerWindow(DeskDialog):
    def __init__(self, window: Shell) -> None:
        super().__init__(window, "trackerWindow", "tracker_window")
        root = self.root
        self.organisation = child(root, QComboBox, "trackerFilterOrganisation")
        self.status = child(root, QComboBox, "trackerFilterStatus")
        self.overdue = child(root, QCheckBox, "trackerFilterOverdue")
        self.table = child(root, QTableView, "trackerTable")
        self.detail = child(root, QTextBrowser, "trackerDetail")
        self.count = child(root, QLabel, "trackerCount")
        self.open_button = child(root, QPushButton, "trackerOpenMeeting")
        self.done_button = child(root, QPushButton, "trackerMarkDone")
        self.model = TrackerModel(self)
        self.table.setModel(self.model)
        fixed_rows(self.table, 3)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TrackerModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TrackerModel.RESPONSIBLE, 150), (TrackerModel.DUE, 90), (TrackerModel.STATUS, 160),
                              (TrackerModel.ORIGIN, 170), (TrackerModel.PROGRESS, 260)):  # fmt: skip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        splitter = child(root, QSplitter, "trackerSplitter")
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.organisation.addItem(self.tr("Any organisation"), None)
        for org in directory.list_organizations(self.ctx):
            self.organisation.addItem(f"{org.acronym} — {org.name_en}" if org.name_en else org.acronym, org.id)
        for words, statuses in STATUS_CHOICES:
            self.status.addItem(QCoreApplication.translate("TrackerWindow", words), statuses)
        for value, words in vocabulary.choices(vocabulary.ACTION_STATUS):
            self.status.addItem(words, (value,))
        self.organisation.currentIndexChanged.connect(lambda _i: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.activated.connect(lambda _index: self.open_meeting())
        self.open_button.clicked.connect(self.open_meeting)
        self.done_button.clicked.connect(self.mark_done)
        child(root, QPushButton, "trackerExportXlsx").clicked.connect(self.export)
        child(root, QPushButton, "trackerClose").clicked.connect(self.close)
        self.reload()

    def filters(self) -> TrackerFilter:
        from unnm_desktop.services.desk.views import TrackerFilter

        return TrackerFilter(
            organization_id=self.organisation.currentData(),
            statuses=tuple(self.status.currentData() or ()),
            overdue_only=self.overdue.isChecked(),
        )

    def reload(self) -> None:
        selected = self.current()
        try:
            entries = tracker.load_actions(self.ctx, self.filters())
        except UserFacingError as error:
            self.model.set_rows([])
            self.count.setText(error_text(error))
            self._show_current()
            return
        self.model.set_rows(entries)
        reselect(self.table, entries, selected)
        overdue = sum(1 for e in entries if e.overdue)
        if len(entries) == 1:
            count = self.tr("1 action point, {overdue} overdue")
        else:
            count = self.tr("{count} action points, {overdue} overdue")
        self.count.setText(count.format(count=len(entries), overdue=overdue))
        self._show_current()

    def current(self) -> TrackerEntry | None:
        return current_row(self.table, self.model.rows)

    def _show_current(self) -> None:
        entry = self.current()
        self.open_button.setEnabled(entry is not None)
        self.done_button.setEnabled(entry is not None)
        self.detail.setHtml(
            _detail_html(entry) if entry else "<p>" + escape(self.tr("No action point selected.")) + "</p>"
        )

    def open_meeting(self) -> None:
        entry = self.current()
        if entry is not None:
            self.window_.reveal(Place(entry.meeting_id, ACTIONS, record_id=entry.id))

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
        from unnm_desktop.export.desk_xlsx import write_actions_xlsx

        entries = list(self.model.rows)
        target = ask_save_path(self, self.window_, self.tr("Export the action tracker to Excel"),
                               f"action-tracker-{date.today()}.xlsx", ".xlsx", self.tr("Excel workbook"))  # fmt: skip
        if target is None:
            return None
        written = run_busy(self, self.tr("Export failed"), write_actions_xlsx, entries, target)
        if written is not None:
            remember_folder(self.window_, written)
            if len(entries) == 1:
                message = self.tr("1 action point exported to {path}")
            else:
                message = self.tr("{count} action points exported to {path}")
            self.window_.show_message(message.format(count=len(entries), path=written))
        return written


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
            tracker.mark_done(self.ctx, self.entry.id, done_on=day, note=self.note.toPlainText())
        except UserFacingError as error:
            self.message.setText(error_text(error))
            return
        self.done_on = day
        super().accept()


def _paragraph(template: str, **fields: str) -> str:
    """A translated template (markup and words) filled in with escaped values, as one paragraph."""
    return "<p>" + template.format(**{name: escape(value) for name, value in fields.items()}) + "</p>"


def _detail_html(e: TrackerEntry) -> str:
    """The selected action point in full: the labels in the interface language, the rest is the user's data."""
    due = short_date(e.due_date) if e.due_date else "—"
    lines = [f"<p>{escape(e.text)}</p>"]
    if e.overdue:
        template = QCoreApplication.translate("TrackerWindow", "<b>OVERDUE:</b> due {date}.")
        lines.append(f"<p style='color:{overdue_colour().name()}'>" + template.format(date=escape(due)) + "</p>")
    who = ", ".join(list(e.responsible) + ([e.responsible_person] if e.responsible_person else []))
    template = QCoreApplication.translate(
        "TrackerWindow", "<b>Responsible:</b> {who} &nbsp; <b>Due:</b> {due} &nbsp; <b>Status:</b> {status}"
    )
    lines.append(_paragraph(template, who=who or "—", due=due, status=status_text(e, short_date)))
    if e.decision_reference:
        origin = QCoreApplication.translate(
            "TrackerWindow", "<b>Set at:</b> {reference} ({date}) — {title}, following decision {decision}"
        )
    else:
        origin = QCoreApplication.translate("TrackerWindow", "<b>Set at:</b> {reference} ({date}) — {title}")
    lines.append(
        _paragraph(
            origin,
            reference=e.meeting_reference,
            date=short_date(e.meeting_date),
            title=e.meeting_title,
            decision=e.decision_reference or "",
        )
    )
    if e.completion_note:
        template = QCoreApplication.translate("TrackerWindow", "<b>Completion note:</b> {note}")
        lines.append(_paragraph(template, note=e.completion_note))
    if e.last_follow_up:
        template = QCoreApplication.translate("TrackerWindow", "<b>Last follow-up</b> ({meeting}): {text}")
        lines.append(_paragraph(template, meeting=e.last_follow_up_meeting or "", text=e.last_follow_up))
    return "".join(lines)


__all__ = ["MarkDoneDialog", "TrackerModel", "TrackerWindow", "status_text", "status_words"]

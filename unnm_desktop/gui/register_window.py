"""Desk → Decision register…: every decision of every meeting, filtered by outcome, GCM objective,
organisation with a reservation or objection, meeting dates and words; follow a decision to its meeting;
record that a later decision supersedes an earlier one; export the filtered register to Word or Excel.

Layout in ui/register_window.ui; data from services/register.py, exports from export/desk_docx.py and
export/desk_xlsx.py (the same functions as `unnm-desktop register --out`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
)

from unnm_desktop.domain.consensus import OUTCOME_WORDS_EN
from unnm_desktop.domain.enums import Outcome
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.desk_common import (
    DeskDialog,
    ask_save_path,
    current_row,
    fixed_rows,
    from_qdate,
    go_to,
    remember_folder,
    reselect,
    run_busy,
    warn,
)
from unnm_desktop.gui.lazy_services import directory, register
from unnm_desktop.gui.register_views import RegisterModel, detail_html, outcome_words, positions_summary
from unnm_desktop.gui.uiload import child

if TYPE_CHECKING:
    from pathlib import Path

    from unnm_desktop.gui.main_window import MainWindow
    from unnm_desktop.services.desk_views import RegisterEntry, RegisterFilter


class RegisterWindow(DeskDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "registerWindow", "register_window")
        root = self.root
        self.outcome = child(root, QComboBox, "registerFilterOutcome")
        self.objective = child(root, QComboBox, "registerFilterObjective")
        self.organisation = child(root, QComboBox, "registerFilterOrganisation")
        self.from_check = child(root, QCheckBox, "registerFilterFromCheck")
        self.date_from = child(root, QDateEdit, "registerFilterFrom")
        self.to_check = child(root, QCheckBox, "registerFilterToCheck")
        self.date_to = child(root, QDateEdit, "registerFilterTo")
        self.text = child(root, QLineEdit, "registerFilterText")
        self.current_only = child(root, QCheckBox, "registerFilterCurrent")
        self.table = child(root, QTableView, "registerTable")
        self.detail = child(root, QTextBrowser, "registerDetail")
        self.count = child(root, QLabel, "registerCount")
        self.open_button = child(root, QPushButton, "registerOpenMeeting")
        self.supersedes_button = child(root, QPushButton, "registerSupersedes")
        self.model = RegisterModel(self)
        self.table.setModel(self.model)
        fixed_rows(self.table, 4)
        header = self.table.horizontalHeader()
        # Widths from the font, not from the contents: measuring thousands of rows would take a second.
        wide = self.table.fontMetrics().horizontalAdvance
        for column, width in (
            (RegisterModel.REFERENCE, wide("UNNM-TR/2023/12/10") + 16),
            (RegisterModel.DATE, wide("2023-11-02") + 16),
            (RegisterModel.MEETING, 190),
            (RegisterModel.OUTCOME, 170),
            (RegisterModel.POSITIONS, 220),
            (RegisterModel.OBJECTIVES, wide("GCM 10, 23") + 16),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(RegisterModel.TEXT, QHeaderView.ResizeMode.Stretch)
        splitter = child(root, QSplitter, "registerSplitter")
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self._fill_choices()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.reload)
        for combo in (self.outcome, self.objective, self.organisation):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for check, edit in ((self.from_check, self.date_from), (self.to_check, self.date_to)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.reload())
            edit.dateChanged.connect(lambda _d: self.reload())
        self.text.textChanged.connect(lambda _t: self.timer.start())
        self.current_only.toggled.connect(lambda _on: self.reload())
        child(root, QPushButton, "registerFilterClear").clicked.connect(self.clear_filters)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.activated.connect(lambda _index: self.open_meeting())
        self.open_button.clicked.connect(self.open_meeting)
        self.supersedes_button.clicked.connect(self.choose_superseded)
        child(root, QPushButton, "registerExportDocx").clicked.connect(lambda: self.export(".docx"))
        child(root, QPushButton, "registerExportXlsx").clicked.connect(lambda: self.export(".xlsx"))
        child(root, QPushButton, "registerClose").clicked.connect(self.close)
        self.reload()

    def _fill_choices(self) -> None:
        from unnm_desktop.resources import gcm_objectives

        self.outcome.addItem("Any outcome", None)
        for outcome in Outcome:
            self.outcome.addItem(OUTCOME_WORDS_EN[outcome], outcome.value)
        self.objective.addItem("Any objective", None)
        for number, title in gcm_objectives().items():
            self.objective.addItem(f"{number}. {title}", number)
            self.objective.setItemData(self.objective.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self.organisation.addItem("Any organisation", None)
        for org in directory.list_organizations(self.ctx):
            self.organisation.addItem(f"{org.acronym} — {org.name_en}" if org.name_en else org.acronym, org.id)
        today = QDate.currentDate()
        self.date_from.setDate(QDate(today.year(), 1, 1))
        self.date_to.setDate(today)

    # --- filters ------------------------------------------------------------------------------------

    def filters(self) -> RegisterFilter:
        from unnm_desktop.services.desk_views import RegisterFilter

        outcome = self.outcome.currentData()
        return RegisterFilter(
            outcomes=(outcome,) if outcome else (),
            objective=self.objective.currentData(),
            organization_id=self.organisation.currentData(),
            date_from=from_qdate(self.date_from.date()) if self.from_check.isChecked() else None,
            date_to=from_qdate(self.date_to.date()) if self.to_check.isChecked() else None,
            text=self.text.text(),
            include_superseded=not self.current_only.isChecked(),
        )

    def describe_filters(self) -> str:
        """The filters in words, for the exported document's subtitle."""
        f = self.filters()
        words = [
            f"outcome {self.outcome.currentText()}" if f.outcomes else "",
            f"GCM objective {f.objective}" if f.objective else "",
            f"reservation or objection by {self.organisation.currentText().split(' — ')[0]}"
            if f.organization_id
            else "",
            f"from {f.date_from}" if f.date_from else "",
            f"to {f.date_to}" if f.date_to else "",
            f"words “{f.text.strip()}”" if f.text.strip() else "",
            "" if f.include_superseded else "superseded decisions left out",
        ]
        return "; ".join(w for w in words if w)

    def clear_filters(self) -> None:
        widgets = (self.outcome, self.objective, self.organisation, self.from_check, self.to_check,
                   self.text, self.current_only)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.outcome, self.objective, self.organisation):
            combo.setCurrentIndex(0)
        for check in (self.from_check, self.to_check, self.current_only):
            check.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.text.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        self.timer.stop()
        selected = self.current()
        try:
            entries = register.load_register(self.ctx, self.filters())
        except UserFacingError as error:  # e.g. the period ends before it starts
            self.model.set_rows([])
            self.count.setText(str(error))
            self._show_current()
            return
        self.model.set_rows(entries)
        reselect(self.table, entries, selected)
        total = len(entries)
        self.count.setText(f"{total} decision{'s' if total != 1 else ''}")
        self._show_current()

    # --- the selected decision ----------------------------------------------------------------------

    def current(self) -> RegisterEntry | None:
        return current_row(self.table, self.model.rows)

    def _show_current(self) -> None:
        entry = self.current()
        self.open_button.setEnabled(entry is not None)
        self.supersedes_button.setEnabled(entry is not None)
        self.detail.setHtml(detail_html(entry) if entry else "<p>No decision selected.</p>")

    def open_meeting(self) -> None:
        from unnm_desktop.gui.main_window import DECISIONS

        entry = self.current()
        if entry is None:
            return
        try:
            go_to(self.window_, entry.meeting_id, entry.agenda_item_id, DECISIONS, decision_id=entry.id)
        except UserFacingError as error:
            warn(self, "Open meeting", str(error))

    def choose_superseded(self) -> None:
        entry = self.current()
        if entry is None:
            return
        everything = register.load_register(self.ctx)
        ids = [e.id for e in everything]
        earlier = list(reversed(everything[: ids.index(entry.id)])) if entry.id in ids else []
        if not earlier:
            warn(
                self,
                "Supersedes",
                f"No decision was taken before {entry.reference}; there is nothing it can supersede.",
            )
            return
        nothing = "(nothing — it supersedes no earlier decision)"
        labels = [nothing] + [f"{e.reference} ({e.meeting_date}) — {' '.join(e.text.split())[:90]}" for e in earlier]
        current = next((i + 1 for i, e in enumerate(earlier) if e.id == entry.supersedes_id), 0)
        choice, ok = QInputDialog.getItem(
            self, "Supersedes", f"Decision {entry.reference} supersedes:", labels, current, False
        )
        if not ok:
            return
        superseded = None if choice == nothing else earlier[labels.index(choice) - 1].id
        try:
            register.set_supersedes(self.ctx, entry.id, superseded)
        except UserFacingError as error:
            warn(self, "Supersedes", str(error))
            return
        self.reload()
        self.window_.show_message(
            f"{entry.reference} now supersedes {choice.split(' (')[0]}." if superseded else
            f"{entry.reference} supersedes no earlier decision."
        )  # fmt: skip

    # --- export -------------------------------------------------------------------------------------

    def export(self, suffix: str) -> Path | None:
        entries = list(self.model.rows)
        kind = "Word document" if suffix == ".docx" else "Excel workbook"
        target = ask_save_path(self, self.window_, f"Export the decision register to {kind}",
                               f"decision-register-{date.today()}{suffix}", suffix, kind)  # fmt: skip
        if target is None:
            return None
        if suffix == ".docx":
            from unnm_desktop.export.desk_docx import write_register_docx

            written = run_busy(self, "Export failed", write_register_docx, entries, target, self.describe_filters())
        else:
            from unnm_desktop.export.desk_xlsx import write_register_xlsx

            written = run_busy(self, "Export failed", write_register_xlsx, entries, target)
        if written is not None:
            remember_folder(self.window_, written)
            self.window_.show_message(f"{len(entries)} decisions exported to {written}")
        return written


__all__ = ["RegisterModel", "RegisterWindow", "outcome_words", "positions_summary"]

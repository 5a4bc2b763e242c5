"""Desk → Decision register…: every decision of every meeting, filtered by outcome, GCM objective,
organisation with a reservation or objection, meeting dates and words; follow a decision to its meeting;
record that a later decision supersedes an earlier one; export the filtered register to Word or Excel.

Layout in ui/register_window.ui; data from services/desk/register.py, exports from export/desk_docx.py and
export/desk_xlsx.py (the same functions as `unnm-desktop register --out`).
"""

from __future__ import annotations

from datetime import date
from html import escape
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

from unnm_desktop.domain.clock import meeting_today
from unnm_desktop.domain.consensus import OUTCOME_WORDS_EN
from unnm_desktop.domain.enums import Outcome
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.desk.parts import DeskDialog, current_row, fixed_rows, from_qdate, reselect
from unnm_desktop.gui.desk.register_table import RegisterModel, detail_html, outcome_words, positions_summary
from unnm_desktop.gui.i18n import current_language, error_text, short_date
from unnm_desktop.gui.lazy_services import directory, register
from unnm_desktop.gui.shell import Place
from unnm_desktop.gui.tabs import DECISIONS
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.messages import run_busy, warn
from unnm_desktop.gui.widgets.save_paths import ask_save_path, remember_folder
from unnm_desktop.gui.widgets.uiload import child

if TYPE_CHECKING:
    from pathlib import Path

    from unnm_desktop.gui.shell import Shell
    from unnm_desktop.services.desk.views import RegisterEntry, RegisterFilter


class RegisterWindow(DeskDialog):
    def __init__(self, window: Shell) -> None:
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

        self.outcome.addItem(self.tr("Any outcome"), None)
        for value, words in vocabulary.choices(vocabulary.OUTCOME):
            self.outcome.addItem(words, value)
        self.objective.addItem(self.tr("Any objective"), None)
        for number, title in gcm_objectives(current_language()).items():  # Turkish: a working rendering
            self.objective.addItem(f"{number}. {title}", number)
            self.objective.setItemData(self.objective.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self.organisation.addItem(self.tr("Any organisation"), None)
        for org in directory.list_organizations(self.ctx):
            self.organisation.addItem(f"{org.acronym} — {org.name_en}" if org.name_en else org.acronym, org.id)
        now = meeting_today(None)  # the Network's today (Istanbul), not the laptop's
        today = QDate(now.year, now.month, now.day)
        self.date_from.setDate(QDate(today.year(), 1, 1))
        self.date_to.setDate(today)

    # --- filters ------------------------------------------------------------------------------------

    def filters(self) -> RegisterFilter:
        from unnm_desktop.services.desk.views import RegisterFilter

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
        """The filters in words, for the exported document's subtitle: in English, like the document
        (export/desk_*.py), whatever the interface language."""
        f = self.filters()
        words = [
            f"outcome {OUTCOME_WORDS_EN[Outcome(f.outcomes[0])]}" if f.outcomes else "",
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
            self.count.setText(error_text(error))
            self._show_current()
            return
        self.model.set_rows(entries)
        reselect(self.table, entries, selected)
        total = len(entries)
        self.count.setText(self.tr("1 decision") if total == 1 else self.tr("{count} decisions").format(count=total))
        self._show_current()

    # --- the selected decision ----------------------------------------------------------------------

    def current(self) -> RegisterEntry | None:
        return current_row(self.table, self.model.rows)

    def _show_current(self) -> None:
        entry = self.current()
        self.open_button.setEnabled(entry is not None)
        self.supersedes_button.setEnabled(entry is not None)
        self.detail.setHtml(detail_html(entry) if entry else "<p>" + escape(self.tr("No decision selected.")) + "</p>")

    def open_meeting(self) -> None:
        entry = self.current()
        if entry is None:
            return
        try:
            self.window_.reveal(Place(entry.meeting_id, DECISIONS, entry.agenda_item_id, record_id=entry.id))
        except UserFacingError as error:
            warn(self, self.tr("Open meeting"), error_text(error))

    def choose_superseded(self) -> None:
        entry = self.current()
        if entry is None:
            return
        everything = register.load_register(self.ctx)
        ids = [e.id for e in everything]
        earlier = list(reversed(everything[: ids.index(entry.id)])) if entry.id in ids else []
        if not earlier:
            text = self.tr("No decision was taken before {reference}; there is nothing it can supersede.")
            warn(self, self.tr("Supersedes"), text.format(reference=entry.reference))
            return
        nothing = self.tr("(nothing — it supersedes no earlier decision)")
        labels = [nothing] + [
            f"{e.reference} ({short_date(e.meeting_date)}) — {' '.join(e.text.split())[:90]}" for e in earlier
        ]
        current = next((i + 1 for i, e in enumerate(earlier) if e.id == entry.supersedes_id), 0)
        question = self.tr("Decision {reference} supersedes:").format(reference=entry.reference)
        choice, ok = QInputDialog.getItem(self, self.tr("Supersedes"), question, labels, current, False)
        if not ok:
            return
        superseded = None if choice == nothing else earlier[labels.index(choice) - 1].id
        try:
            register.set_supersedes(self.ctx, entry.id, superseded)
        except UserFacingError as error:
            warn(self, self.tr("Supersedes"), error_text(error))
            return
        self.reload()
        if superseded:
            message = self.tr("{reference} now supersedes {earlier}.").format(
                reference=entry.reference, earlier=choice.split(" (")[0]
            )
        else:
            message = self.tr("{reference} supersedes no earlier decision.").format(reference=entry.reference)
        self.window_.show_message(message)

    # --- export -------------------------------------------------------------------------------------

    def export(self, suffix: str) -> Path | None:
        entries = list(self.model.rows)
        if suffix == ".docx":
            caption, kind = self.tr("Export the decision register to a Word document"), self.tr("Word document")
        else:
            caption, kind = self.tr("Export the decision register to an Excel workbook"), self.tr("Excel workbook")
        target = ask_save_path(self, self.window_, caption, f"decision-register-{date.today()}{suffix}", suffix, kind)
        if target is None:
            return None
        if suffix == ".docx":
            from unnm_desktop.export.desk_docx import write_register_docx

            written = run_busy(
                self, self.tr("Export failed"), write_register_docx, entries, target, self.describe_filters()
            )
        else:
            from unnm_desktop.export.desk_xlsx import write_register_xlsx

            written = run_busy(self, self.tr("Export failed"), write_register_xlsx, entries, target)
        if written is not None:
            remember_folder(self.window_, written)
            if len(entries) == 1:
                message = self.tr("1 decision exported to {path}")
            else:
                message = self.tr("{count} decisions exported to {path}")
            self.window_.show_message(message.format(count=len(entries), path=written))
        return written


__all__ = ["RegisterModel", "RegisterWindow", "outcome_words", "positions_summary"]

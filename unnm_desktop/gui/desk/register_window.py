"""Desk → Decision register…: every decision of every meeting, filtered by outcome, GCM objective,
organisation with a reservation or objection, meeting dates and words; follow a decision to its meeting;
record that a later decision supersedes an earlier one; export the filtered register to Word or Excel.

Layout in ui/register_window.ui, the filter → table → detail skeleton in gui/desk/filtered_window.py, the table
and detail in gui/desk/register_table.py; data from services/desk/register.py, exports from export/desk_docx.py
and export/desk_xlsx.py (the same functions as `unnm-desktop register --out`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QInputDialog, QLineEdit, QPushButton

from unnm_desktop.domain.clock import meeting_today
from unnm_desktop.domain.consensus import OUTCOME_WORDS_EN
from unnm_desktop.domain.enums import Outcome
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.desk.filtered_window import FilteredTableWindow
from unnm_desktop.gui.desk.parts import from_qdate
from unnm_desktop.gui.desk.register_table import RegisterModel, decision_html
from unnm_desktop.gui.i18n import current_language, error_text, short_date
from unnm_desktop.gui.lazy_services import register
from unnm_desktop.gui.shell import Place
from unnm_desktop.gui.tabs import DECISIONS
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.messages import warn
from unnm_desktop.gui.widgets.uiload import child

if TYPE_CHECKING:
    from pathlib import Path

    from unnm_desktop.gui.shell import Shell
    from unnm_desktop.services.desk.views import RegisterEntry, RegisterFilter


STILL_OPEN = "still_open_after_sign_off"  # the outcome filter's choice for decisions awaiting a closure


class RegisterWindow(FilteredTableWindow["RegisterEntry"]):
    def __init__(self, window: Shell) -> None:
        super().__init__(window, "register", RegisterModel, row_lines=4, split=(3, 1))
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
        self.supersedes_button = child(root, QPushButton, "registerSupersedes")
        self.row_buttons.append(self.supersedes_button)
        wide = self.table.fontMetrics().horizontalAdvance
        columns = (
            (RegisterModel.REFERENCE, wide("UNNM-TR/2023/12/10") + 16),
            (RegisterModel.DATE, wide("2023-11-02") + 16),
            (RegisterModel.MEETING, 190),
            (RegisterModel.OUTCOME, 170),
            (RegisterModel.POSITIONS, 220),
            (RegisterModel.OBJECTIVES, wide("GCM 10, 23") + 16),
        )
        self.size_columns(columns, stretch=RegisterModel.TEXT)
        self._fill_choices()
        for check, edit in ((self.from_check, self.date_from), (self.to_check, self.date_to)):
            check.toggled.connect(edit.setEnabled)
        self.reload_when_changed(self.outcome, self.objective, self.organisation, self.from_check, self.date_from,
                                 self.to_check, self.date_to, self.text, self.current_only)  # fmt: skip
        child(root, QPushButton, "registerFilterClear").clicked.connect(self.clear_filters)
        self.supersedes_button.clicked.connect(self.choose_superseded)
        child(root, QPushButton, "registerExportDocx").clicked.connect(lambda: self.export(".docx"))
        child(root, QPushButton, "registerExportXlsx").clicked.connect(lambda: self.export(".xlsx"))
        self.reload()

    def _fill_choices(self) -> None:
        from unnm_desktop.resources import gcm_objectives

        self.outcome.addItem(self.tr("Any outcome"), None)
        for value, words in vocabulary.choices(vocabulary.OUTCOME):
            self.outcome.addItem(words, value)
        # Issue 14: signed off with a confirmation or a silence still open (read from each entry's final outcome).
        self.outcome.addItem(self.tr("Still open after sign-off (awaiting a confirmation or a silence)"), STILL_OPEN)
        self.objective.addItem(self.tr("Any objective"), None)
        for number, title in gcm_objectives(current_language()).items():  # Turkish: a working rendering
            self.objective.addItem(f"{number}. {title}", number)
            self.objective.setItemData(self.objective.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self.fill_organisations(self.organisation, self.tr("Any organisation"))
        now = meeting_today(None)  # the Network's today (Istanbul), not the laptop's
        today = QDate(now.year, now.month, now.day)
        self.date_from.setDate(QDate(today.year(), 1, 1))
        self.date_to.setDate(today)

    # --- filters ------------------------------------------------------------------------------------

    def filters(self) -> RegisterFilter:
        from unnm_desktop.services.desk.views import RegisterFilter

        outcome = self.outcome.currentData()
        if outcome == STILL_OPEN:
            outcome = None
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
            "still open after sign-off" if self.outcome.currentData() == STILL_OPEN else "",
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

    # --- what the skeleton asks ------------------------------------------------------------------------------

    def load(self) -> list[RegisterEntry]:
        rows = register.load_register(self.ctx, self.filters())
        if self.outcome.currentData() == STILL_OPEN:
            rows = [row for row in rows if row.final_outcome is None and row.meeting_status == "signed_off"]
        return rows

    def count_text(self, rows: list[RegisterEntry]) -> str:
        return self.tr("1 decision") if len(rows) == 1 else self.tr("{count} decisions").format(count=len(rows))

    def detail_html(self, row: RegisterEntry) -> str:
        return decision_html(row)

    def nothing_selected(self) -> str:
        return self.tr("No decision selected.")

    def place(self, row: RegisterEntry) -> Place:
        return Place(row.meeting_id, DECISIONS, row.agenda_item_id, record_id=row.id)

    # --- the selected decision ----------------------------------------------------------------------

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
        if suffix == ".docx":
            caption, kind = self.tr("Export the decision register to a Word document"), self.tr("Word document")
        else:
            caption, kind = self.tr("Export the decision register to an Excel workbook"), self.tr("Excel workbook")
        subtitle = self.describe_filters()

        def write(entries: list[RegisterEntry], target: Path) -> Path:
            if suffix == ".docx":
                from unnm_desktop.export.desk_docx import write_register_docx

                return write_register_docx(entries, target, subtitle)
            from unnm_desktop.export.desk_xlsx import write_register_xlsx

            return write_register_xlsx(entries, target)

        return self.export_rows(
            write,
            f"decision-register-{date.today()}{suffix}",
            caption=caption,
            kind=kind,
            failed=self.tr("Export failed"),
            exported=(self.tr("1 decision exported to {path}"), self.tr("{count} decisions exported to {path}")),
        )


__all__ = ["RegisterWindow"]

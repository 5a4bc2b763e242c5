"""Desk → Import people and organisations from CSV…: pick a file, see its detected encoding (UTF-8 with or
without BOM, or the Turkish Windows code page 1254) and separator, choose which column holds each field
(guessed from the header, one combo box per field), see the first rows and what each row will do —
duplicates of people already in the directory or earlier in the file are skipped — then import.

Layout in ui/directory_import_dialog.ui; everything else in services/directory_csv.py, as
`unnm-desktop import-directory` does it.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.desk_common import busy_cursor, export_folder, inform, overdue_colour, warn
from unnm_desktop.gui.dialogs import _embed
from unnm_desktop.gui.lazy_services import directory_csv
from unnm_desktop.gui.uiload import child

if TYPE_CHECKING:
    from unnm_desktop.gui.main_window import MainWindow
    from unnm_desktop.services.directory_csv import DirectoryPreview, ImportSummary

FIELD_WORDS = {
    "full_name": "&Full name",
    "first_name": "First &name",
    "last_name": "&Last name",
    "title": "&Title",
    "email": "&E-mail",
    "organization": "&Organisation (acronym)",
    "organization_name": "Organisation na&me",
    "organization_kind": "Organisation t&ype",
}
ENCODING_WORDS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with a byte-order mark",
    "cp1254": "Windows-1254 (Turkish)",
}
ACTION_WORDS = {"person": "Add person", "organization": "Add organisation", "skip": "Skip", "error": "Error"}
SEPARATOR_WORDS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
TITLE = "Import people and organisations"
CSV_FILTER = "CSV files (*.csv *.txt);;All files (*)"


def import_directory_csv(window: MainWindow, path: Path | str | None = None) -> ImportSummary | None:
    """Choose a CSV file (unless given), preview it in the dialog, and import if the user agrees."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(window, "Import people and organisations from CSV",
                                                      str(export_folder(window)), CSV_FILTER)  # fmt: skip
        if not chosen:
            return None
        path = chosen
    source = Path(path)
    try:
        data = source.read_bytes()
        encoding, delimiter, columns, _records = directory_csv.read_table(data)
    except OSError as error:
        warn(window, TITLE, f"{source} cannot be read: {error.strerror}.")
        return None
    except UserFacingError as error:
        warn(window, TITLE, str(error))
        return None
    dialog = DirectoryImportDialog(window, window.ctx, source, data, columns, encoding, delimiter)
    if not dialog.exec() or dialog.summary is None:
        return None
    summary = dialog.summary
    inform(window, TITLE, f"Imported {summary.people} people and {summary.organizations} organisations; "
                          f"skipped {summary.skipped} rows, {summary.errors} with errors.")  # fmt: skip
    if window.meeting_id:
        window.attendance.refresh()
    return summary


class DirectoryImportDialog(QDialog):
    def __init__(
        self, parent: QWidget, ctx: Any, source: Path, data: bytes, columns: tuple[str, ...], encoding: str,
        delimiter: str,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("directoryImportDialog")
        self.ctx = ctx
        self.data = data
        self.columns = columns
        self.preview: DirectoryPreview | None = None
        self.summary: ImportSummary | None = None
        root = _embed(self, "directory_import_dialog")
        self.resize(root.size())
        self.encoding = child(root, QLabel, "csvEncoding")
        self.sample = child(root, QTableWidget, "csvSampleTable")
        self.plan = child(root, QTableWidget, "csvPlanTable")
        self.summary_label = child(root, QLabel, "csvSummary")
        self.message = child(root, QLabel, "csvMessage")
        buttons = child(root, QDialogButtonBox, "csvButtons")
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("&Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        separator = SEPARATOR_WORDS.get(delimiter, repr(delimiter))
        self.encoding.setText(f"<b>{source.name}</b> — encoding detected: {ENCODING_WORDS.get(encoding, encoding)}; "
                              f"columns separated by {separator}; {len(columns)} columns.")  # fmt: skip
        form = child(root, QFormLayout, "csvMappingForm")
        guessed = directory_csv.guess_mapping(columns)
        self.combos: dict[str, QComboBox] = {}
        for name, words in FIELD_WORDS.items():
            combo = QComboBox(child(root, QGroupBox, "csvMappingGroup"))
            combo.setObjectName(f"csvMap_{name}")
            combo.setAccessibleName(f"Column for {words.replace('&', '').lower()}")
            combo.addItem("(not in the file)", None)
            for index, header in enumerate(columns):
                combo.addItem(f"{index + 1}: {header}" if header else f"{index + 1}: (no header)", index)
            combo.setCurrentIndex(guessed[name] + 1 if name in guessed else 0)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            label = QLabel(words + ":")
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos[name] = combo
        chain = [*self.combos.values(), self.sample, self.plan, buttons]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._fill_sample(data)
        self.refresh()
        next(iter(self.combos.values())).setFocus()

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() is not None}

    def _fill_sample(self, data: bytes) -> None:
        _encoding, _delimiter, columns, records = directory_csv.read_table(data)
        shown = records[: directory_csv.SAMPLE_ROWS]
        self.sample.setColumnCount(len(columns))
        self.sample.setRowCount(len(shown))
        self.sample.setHorizontalHeaderLabels([f"{i + 1}: {h}" for i, h in enumerate(columns)])
        for row, record in enumerate(shown):
            for column, value in enumerate(record[: len(columns)]):
                self.sample.setItem(row, column, QTableWidgetItem(value))
        self.sample.resizeColumnsToContents()

    def refresh(self) -> None:
        try:
            with busy_cursor():
                self.preview = directory_csv.preview_import(self.ctx, self.data, self.mapping())
        except UserFacingError as error:
            self.preview = None
            self.plan.setRowCount(0)
            self.summary_label.setText("")
            self.message.setText(str(error))
            self.import_button.setEnabled(False)
            return
        preview = self.preview
        self.message.setText("")
        self.plan.setRowCount(len(preview.rows))
        for row, planned in enumerate(preview.rows):
            org = planned.new_organization[0] + " (new)" if planned.new_organization else planned.organization
            reason = planned.reason
            if planned.action == "skip" and reason.startswith("same"):
                reason = f"Duplicate: {reason}"
            values = (str(planned.line), ACTION_WORDS.get(planned.action, planned.action), planned.full_name,
                      org, reason)  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if planned.action == "error":
                    item.setForeground(overdue_colour())
                self.plan.setItem(row, column, item)
        header = self.plan.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.plan.verticalHeader().setVisible(False)
        new_orgs = {r.new_organization[0] for r in preview.rows if r.new_organization and r.action != "skip"}
        people = preview.count("person")
        self.summary_label.setText(
            f"{people} people and {len(new_orgs)} new organisations to add; {len(preview.duplicates)} duplicates "
            f"and {preview.count('skip') - len(preview.duplicates)} other rows skipped; {preview.count('error')} "
            "rows with errors (not imported)."
        )
        self.import_button.setEnabled(bool(people or new_orgs))

    def accept(self) -> None:
        if self.preview is None:
            return
        try:
            with busy_cursor():
                self.summary = directory_csv.apply_import(self.ctx, self.preview)
        except UserFacingError as error:
            warn(self, TITLE, str(error))
            return
        super().accept()


__all__ = ["DirectoryImportDialog", "import_directory_csv"]

"""Desk → Import people and organisations from CSV…: pick a file, see its detected encoding (UTF-8 with or
without BOM, or the Turkish Windows code page 1254) and separator, choose which column holds each field
(guessed from the header, one combo box per field), see the first rows and what each row will do —
duplicates of people already in the directory or earlier in the file are skipped — then import.

Layout in ui/directory_import_dialog.ui; everything else in services/directory/csv_import.py, as
`unnm-desktop import-directory` does it.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import directory_csv
from unnm_desktop.gui.tabs import ATTENDANCE
from unnm_desktop.gui.widgets.busy import busy_cursor
from unnm_desktop.gui.widgets.colours import overdue_colour
from unnm_desktop.gui.widgets.messages import inform, warn
from unnm_desktop.gui.widgets.save_paths import export_folder
from unnm_desktop.gui.widgets.uiload import child, embed_ui

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import Shell
    from unnm_desktop.services.directory.csv_import import DirectoryPreview, ImportSummary

CONTEXT = "DirectoryImportDialog"  # one context for this module's words, shared with the dialog class

FIELD_WORDS = {  # the labels of the column combo boxes
    "full_name": QT_TRANSLATE_NOOP("DirectoryImportDialog", "&Full name:"),
    "first_name": QT_TRANSLATE_NOOP("DirectoryImportDialog", "First &name:"),
    "last_name": QT_TRANSLATE_NOOP("DirectoryImportDialog", "&Last name:"),
    "title": QT_TRANSLATE_NOOP("DirectoryImportDialog", "&Title:"),
    "email": QT_TRANSLATE_NOOP("DirectoryImportDialog", "&E-mail:"),
    "organization": QT_TRANSLATE_NOOP("DirectoryImportDialog", "&Organisation (acronym):"),
    "organization_name": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Organisation na&me:"),
    "organization_kind": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Organisation t&ype:"),
}
COLUMN_NAMES = {  # the accessible names of the same combo boxes
    "full_name": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Column for full name"),
    "first_name": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Column for first name"),
    "last_name": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Column for last name"),
    "title": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Column for title"),
    "email": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Column for e-mail"),
    "organization": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Column for organisation (acronym)"),
    "organization_name": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Column for organisation name"),
    "organization_kind": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Column for organisation type"),
}
ENCODING_WORDS = {
    "utf-8": "UTF-8",  # a name, the same in every language
    "utf-8-sig": QT_TRANSLATE_NOOP("DirectoryImportDialog", "UTF-8 with a byte-order mark"),
    "cp1254": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Windows-1254 (Turkish)"),
}
ACTION_WORDS = {
    "person": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Add person"),
    "organization": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Add organisation"),
    "skip": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Skip"),
    "error": QT_TRANSLATE_NOOP("DirectoryImportDialog", "Error"),
}
SEPARATOR_WORDS = {
    ",": QT_TRANSLATE_NOOP("DirectoryImportDialog", "comma"),
    ";": QT_TRANSLATE_NOOP("DirectoryImportDialog", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("DirectoryImportDialog", "tab"),
    "|": QT_TRANSLATE_NOOP("DirectoryImportDialog", "vertical bar"),
}
TITLE = QT_TRANSLATE_NOOP("DirectoryImportDialog", "Import people and organisations")


def _tr(words: dict[str, str], key: str) -> str:
    """The translated word of a table above; the key itself when the table does not know it."""
    english = words.get(key)
    return QCoreApplication.translate(CONTEXT, english) if english is not None else key


def _title() -> str:
    return QCoreApplication.translate(CONTEXT, TITLE)


def import_directory_csv(window: Shell, path: Path | str | None = None) -> ImportSummary | None:
    """Choose a CSV file (unless given), preview it in the dialog, and import if the user agrees."""
    if path is None:
        caption = QCoreApplication.translate("DirectoryImportDialog", "Import people and organisations from CSV")
        csv_filter = QCoreApplication.translate("DirectoryImportDialog", "CSV files (*.csv *.txt);;All files (*)")
        chosen, _filter = QFileDialog.getOpenFileName(window.window(), caption, str(export_folder(window)), csv_filter)
        if not chosen:
            return None
        path = chosen
    source = Path(path)
    try:
        data = source.read_bytes()
        encoding, delimiter, columns, _records = directory_csv.read_table(data)
    except OSError as error:
        text = QCoreApplication.translate("DirectoryImportDialog", "{file} cannot be read: {reason}.")
        warn(window.window(), _title(), text.format(file=source, reason=error.strerror))
        return None
    except UserFacingError as error:
        warn(window.window(), _title(), error_text(error))
        return None
    dialog = DirectoryImportDialog(window.window(), window.ctx, source, data, columns, encoding, delimiter)
    if not dialog.exec() or dialog.summary is None:
        return None
    summary = dialog.summary
    text = QCoreApplication.translate(
        "DirectoryImportDialog",
        "Imported {people} people and {organisations} organisations; skipped {skipped} rows, {errors} with errors.",
    )
    inform(window.window(), _title(), text.format(people=summary.people, organisations=summary.organizations,
                                         skipped=summary.skipped, errors=summary.errors))  # fmt: skip
    window.reload_meeting(ATTENDANCE)
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
        root = embed_ui(self, "directory_import_dialog")
        self.resize(root.size())
        self.encoding = child(root, QLabel, "csvEncoding")
        self.sample = child(root, QTableWidget, "csvSampleTable")
        self.plan = child(root, QTableWidget, "csvPlanTable")
        self.summary_label = child(root, QLabel, "csvSummary")
        self.message = child(root, QLabel, "csvMessage")
        buttons = child(root, QDialogButtonBox, "csvButtons")
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        separator = _tr(SEPARATOR_WORDS, delimiter) if delimiter in SEPARATOR_WORDS else repr(delimiter)
        self.encoding.setText(
            self.tr("<b>{file}</b> — encoding detected: {encoding}; columns separated by {separator}; "
                    "{count} columns.").format(file=escape(source.name), encoding=_tr(ENCODING_WORDS, encoding),
                                               separator=separator, count=len(columns))
        )  # fmt: skip
        form = child(root, QFormLayout, "csvMappingForm")
        guessed = directory_csv.guess_mapping(columns)
        self.combos: dict[str, QComboBox] = {}
        no_header = self.tr("(no header)")
        for name, words in FIELD_WORDS.items():
            combo = QComboBox(child(root, QGroupBox, "csvMappingGroup"))
            combo.setObjectName(f"csvMap_{name}")
            combo.setAccessibleName(_tr(COLUMN_NAMES, name))
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(columns):
                combo.addItem(f"{index + 1}: {header or no_header}", index)
            combo.setCurrentIndex(guessed[name] + 1 if name in guessed else 0)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            label = QLabel(QCoreApplication.translate(CONTEXT, words))
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
            self.message.setText(error_text(error))
            self.import_button.setEnabled(False)
            return
        preview = self.preview
        self.message.setText("")
        self.plan.setRowCount(len(preview.rows))
        for row, planned in enumerate(preview.rows):
            if planned.new_organization:
                org = self.tr("{acronym} (new)").format(acronym=planned.new_organization[0])
            else:
                org = planned.organization
            reason = error_text(planned.reason)  # the service's words, translated when they can be
            if planned.action == "skip" and planned.reason.startswith("same"):
                reason = self.tr("Duplicate: {reason}").format(reason=reason)
            values = (str(planned.line), _tr(ACTION_WORDS, planned.action), planned.full_name, org, reason)
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
            self.tr(
                "{people} people and {organisations} new organisations to add; {duplicates} duplicates and "
                "{skipped} other rows skipped; {errors} rows with errors (not imported)."
            ).format(
                people=people,
                organisations=len(new_orgs),
                duplicates=len(preview.duplicates),
                skipped=preview.count("skip") - len(preview.duplicates),
                errors=preview.count("error"),
            )
        )
        self.import_button.setEnabled(bool(people or new_orgs))

    def accept(self) -> None:
        if self.preview is None:
            return
        try:
            with busy_cursor():
                self.summary = directory_csv.apply_import(self.ctx, self.preview)
        except UserFacingError as error:
            warn(self, _title(), error_text(error))
            return
        super().accept()


__all__ = ["DirectoryImportDialog", "import_directory_csv"]

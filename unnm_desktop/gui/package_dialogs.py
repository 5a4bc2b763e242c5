"""Desk → Export meeting package… and Import meeting package…: one meeting carried between machines in one
file (docs/package-format.md), through services/package.py as `unnm-desktop package export|import` does.

The import reads and checks the whole file first: a broken or hostile package is refused with the one
message the service gives (what is wrong, and where) and nothing is imported. Otherwise a preview lists what
the import will add, change, leave unchanged or find in conflict, with the choice for conflicts (keep this
database's version, or replace it with the package's), and only then imports, in one transaction.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.desk_common import (
    ask_save_path,
    busy_cursor,
    export_folder,
    inform,
    remember_folder,
    run_busy,
    warn,
)
from unnm_desktop.gui.dialogs import _embed
from unnm_desktop.gui.lazy_services import meetings, package
from unnm_desktop.gui.minutes_menu import safe_file_stem
from unnm_desktop.gui.uiload import child

if TYPE_CHECKING:
    from unnm_desktop.gui.main_window import MainWindow
    from unnm_desktop.services.package import ImportReport, Package

SUFFIX, ALSO = ".unnmpkg", (".unnm.json",)
OPEN_FILTER = "Meeting packages (*.unnmpkg *.unnm.json *.json);;All files (*)"
RESULT_WORDS = {
    "added": "Will be added",
    "changed": "Will be updated",
    "replaced": "Will be replaced by the package's version",
    "unchanged": "Unchanged — already here",
    "kept": "Kept — this database has a newer version",
    "conflict": "Conflict — left as it is here",
}
DONE_WORDS = {"added": "added", "changed": "updated", "replaced": "replaced", "unchanged": "unchanged",
              "kept": "kept", "conflict": "left as it is (conflict)"}  # fmt: skip


def export_meeting_package(window: MainWindow) -> Path | None:
    """Write the open meeting to a package file chosen in a save dialog."""
    if not window.meeting_id:
        window.show_message("Select a meeting first.")
        return None
    try:
        detail = meetings.get_meeting(window.ctx, window.meeting_id)
    except UserFacingError as error:
        warn(window, "Export meeting package", str(error))
        return None
    name = safe_file_stem(detail.reference or detail.title) + SUFFIX
    target = ask_save_path(window, window, f"Export {detail.reference} as a meeting package", name, SUFFIX,
                           "Meeting packages", also=ALSO)  # fmt: skip
    if target is None:
        return None
    written = run_busy(window, "Export meeting package", package.export_package, window.ctx, detail.id, target)
    if written is not None:
        remember_folder(window, written)
        window.show_message(f"{detail.reference} written to the package {written}")
    return written


def import_meeting_package(window: MainWindow, path: Path | str | None = None) -> ImportReport | None:
    """Choose a package (unless given), check it, preview the import, and import if the user agrees."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            window, "Import a meeting package", str(export_folder(window)), OPEN_FILTER
        )
        if not chosen:
            return None
        path = chosen
    title = "Import meeting package"
    loaded = run_busy(window, title, package.read_package, Path(path))
    if loaded is None:
        return None
    dialog = PackageImportDialog(window, window.ctx, loaded)
    if dialog.report is None or not dialog.exec():
        return None
    report = dialog.imported
    if report is None:
        return None
    open_id = window.meeting_id
    window.refresh_meetings(open_id)
    if open_id and any(m.meeting_id == open_id and m.result in ("changed", "replaced") for m in report.meetings):
        window.open_meeting(open_id)  # the open meeting was updated: show the new content
    added = report.with_result("added")
    if added and not open_id:
        window.refresh_meetings(added[0].meeting_id)
    inform(window, title, "\n".join(summary_lines(report)))
    window.show_message(f"Package imported: {Path(str(path)).name}")
    return report


def summary_lines(report: ImportReport) -> list[str]:
    lines = [f"{m.reference} “{m.title}”: {DONE_WORDS.get(m.result, m.result)}." for m in report.meetings]
    lines.append(f"People: {len(report.people_added)} added, {report.people_reused} already here.")
    lines.append(f"Organisations: {len(report.organizations_added)} added, {report.organizations_reused} already here.")
    if report.placeholders_added:
        lines.append("Earlier meetings added as placeholders: " + ", ".join(report.placeholders_added) + ".")
    if report.actions_updated:
        lines.append(f"Earlier action points whose progress was updated: {len(report.actions_updated)}.")
    if report.backup:
        lines.append(f"Backup made before replacing: {report.backup}")
    lines += [f"Note: {warning}" for warning in report.warnings]
    return lines


def _when(stamp: str) -> str:
    """ "2023-11-02T07:00:00+00:00" -> "2023-11-02 10:00 (Istanbul time)"; anything else as it is."""
    from datetime import datetime

    from unnm_desktop.domain.clock import local

    try:
        return f"{local(datetime.fromisoformat(stamp)):%Y-%m-%d %H:%M} (Istanbul time)"
    except (TypeError, ValueError):
        return stamp


class PackageImportDialog(QDialog):
    """The preview: what the import will add / change / leave / find in conflict; Import does it."""

    def __init__(self, parent: QWidget, ctx: Any, loaded: Package) -> None:
        super().__init__(parent)
        self.setObjectName("packageImportDialog")
        self.ctx = ctx
        self.package = loaded
        self.report: ImportReport | None = None
        self.imported: ImportReport | None = None
        root = _embed(self, "package_import_dialog")
        self.resize(root.size())
        self.summary = child(root, QLabel, "packageSummary")
        self.table = child(root, QTableWidget, "packagePreviewTable")
        self.directory = child(root, QLabel, "packageDirectory")
        self.conflicts = child(root, QGroupBox, "packageConflictGroup")
        self.keep = child(root, QRadioButton, "packageKeep")
        self.replace = child(root, QRadioButton, "packageReplace")
        self.message = child(root, QLabel, "packageMessage")
        buttons = child(root, QDialogButtonBox, "packageButtons")
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("&Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(
            f"<b>{escape(loaded.source.strip('“”'))}</b><br>Written {escape(_when(loaded.created_at))} by "
            f"{escape(loaded.created_by or 'an unknown user')} with UNNM Desktop {escape(loaded.app_version)}."
        )
        self.replace.toggled.connect(lambda _on: self.refresh())
        self.refresh()
        self.table.setFocus()

    @property
    def on_conflict(self) -> str:
        return "replace" if self.replace.isChecked() else "keep"

    def refresh(self) -> None:
        try:
            with busy_cursor():
                self.report = package.preview_import(self.ctx, self.package, self.on_conflict)
        except UserFacingError as error:  # refused at the preview: the same message the import would give
            self.report = None
            warn(self.parentWidget() or self, "Import meeting package", str(error))
            return
        report = self.report
        self.table.setRowCount(len(report.meetings))
        for row, result in enumerate(report.meetings):
            values = (result.reference, result.title, RESULT_WORDS.get(result.result, result.result), result.reason)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self.directory.setText(
            f"People: {len(report.people_added)} to add, {report.people_reused} already here.  "
            f"Organisations: {len(report.organizations_added)} to add, {report.organizations_reused} already here."
        )
        in_conflict = report.with_result("conflict", "replaced")
        replaceable = [m for m in in_conflict if not m.signed_off_here]
        self.conflicts.setEnabled(bool(replaceable))
        self.conflicts.setVisible(bool(in_conflict))
        if report.changes_anything:
            self.message.setText("Nothing has been changed yet; Import writes the changes in one step.")
        elif report.conflicts:
            self.message.setText("Nothing would be imported: choose to replace this database's version, or cancel.")
        else:
            self.message.setText("Everything in this package is already here; there is nothing to import.")
        self.import_button.setEnabled(report.changes_anything)

    def accept(self) -> None:
        try:
            with busy_cursor():
                self.imported = package.import_package(self.ctx, self.package, self.on_conflict)
        except UserFacingError as error:
            warn(self, "Import meeting package", str(error))
            return
        super().accept()


__all__ = ["PackageImportDialog", "export_meeting_package", "import_meeting_package", "summary_lines"]

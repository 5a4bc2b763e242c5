"""Desk → Export meeting package… and Import meeting package…: one meeting carried between machines in one
file (docs/package-format.md), through services/package/importer.py as `unnm-desktop package export|import` does.

The import reads and checks the whole file first: a broken or hostile package is refused with the one
message the service gives (what is wrong, and where) and nothing is imported. Otherwise a preview lists what
the import will add, change, leave unchanged or find in conflict, with the choice for conflicts (keep this
database's version, or replace it with the package's), and only then imports, in one transaction.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from unnm_desktop.files import safe_file_stem
from unnm_desktop.gui.i18n import date_time, error_text
from unnm_desktop.gui.lazy_services import meetings, package
from unnm_desktop.gui.widgets.busy import busy_cursor
from unnm_desktop.gui.widgets.messages import inform, run_busy, warn
from unnm_desktop.gui.widgets.save_paths import ask_save_path, export_folder, remember_folder
from unnm_desktop.gui.widgets.uiload import child, embed_ui

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import Shell
    from unnm_desktop.services.package.importer import ImportReport, Package

CONTEXT = "PackageDialogs"  # the words of this module's functions and tables

SUFFIX, ALSO = ".unnmpkg", (".unnm.json",)
RESULT_WORDS = {  # what the import will do with a meeting (the preview)
    "added": QT_TRANSLATE_NOOP("PackageDialogs", "Will be added"),
    "changed": QT_TRANSLATE_NOOP("PackageDialogs", "Will be updated"),
    "replaced": QT_TRANSLATE_NOOP("PackageDialogs", "Will be replaced by the package's version"),
    "unchanged": QT_TRANSLATE_NOOP("PackageDialogs", "Unchanged — already here"),
    "kept": QT_TRANSLATE_NOOP("PackageDialogs", "Kept — this database has a newer version"),
    "conflict": QT_TRANSLATE_NOOP("PackageDialogs", "Conflict — left as it is here"),
    "merged": QT_TRANSLATE_NOOP("PackageDialogs", "Will be merged field by field"),
}
DONE_WORDS = {  # what the import did with a meeting (the summary)
    "added": QT_TRANSLATE_NOOP("PackageDialogs", "added"),
    "changed": QT_TRANSLATE_NOOP("PackageDialogs", "updated"),
    "replaced": QT_TRANSLATE_NOOP("PackageDialogs", "replaced"),
    "unchanged": QT_TRANSLATE_NOOP("PackageDialogs", "unchanged"),
    "kept": QT_TRANSLATE_NOOP("PackageDialogs", "kept"),
    "conflict": QT_TRANSLATE_NOOP("PackageDialogs", "left as it is (conflict)"),
    "merged": QT_TRANSLATE_NOOP("PackageDialogs", "merged"),
}
MERGE_WORDS = QT_TRANSLATE_NOOP(
    "PackageDialogs", "{taken} fields taken from the package; {questions} questions wait for review"
)
MERGE_DONE_WORDS = QT_TRANSLATE_NOOP(
    "PackageDialogs", "merged ({taken} fields taken from the package; {questions} questions wait for review)"
)
QUESTIONS_WORDS = QT_TRANSLATE_NOOP(
    "PackageDialogs",
    "Questions wait: fields changed differently here and in the package keep this database's value until "
    "answered in File → Review sync conflicts….",
)


def _word(words: dict[str, str], key: str) -> str:
    """The translated word of a table above; the key itself when the table does not know it."""
    english = words.get(key)
    return QCoreApplication.translate(CONTEXT, english) if english is not None else key


def export_meeting_package(window: Shell) -> Path | None:
    """Write the open meeting to a package file chosen in a save dialog."""
    if not window.meeting_id:
        window.show_message(QCoreApplication.translate("PackageDialogs", "Select a meeting first."))
        return None
    title = QCoreApplication.translate("PackageDialogs", "Export meeting package")
    try:
        detail = meetings.get_meeting(window.ctx, window.meeting_id)
    except UserFacingError as error:
        warn(window.window(), title, error_text(error))
        return None
    name = safe_file_stem(detail.reference or detail.title) + SUFFIX
    caption = QCoreApplication.translate("PackageDialogs", "Export {reference} as a meeting package")
    kind = QCoreApplication.translate("PackageDialogs", "Meeting packages")
    target = ask_save_path(
        window.window(), window, caption.format(reference=detail.reference), name, SUFFIX, kind, also=ALSO
    )
    if target is None:
        return None
    written = run_busy(window.window(), title, package.export_package, window.ctx, detail.id, target)
    if written is not None:
        remember_folder(window, written)
        done = QCoreApplication.translate("PackageDialogs", "{reference} written to the package {file}")
        window.show_message(done.format(reference=detail.reference, file=written))
    return written


def import_meeting_package(window: Shell, path: Path | str | None = None) -> ImportReport | None:
    """Choose a package (unless given), check it, preview the import, and import if the user agrees."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            window.window(),
            QCoreApplication.translate("PackageDialogs", "Import a meeting package"),
            str(export_folder(window)),
            QCoreApplication.translate(
                "PackageDialogs", "Meeting packages (*.unnmpkg *.unnm.json *.json);;All files (*)"
            ),
        )
        if not chosen:
            return None
        path = chosen
    title = QCoreApplication.translate("PackageDialogs", "Import meeting package")
    loaded = run_busy(window.window(), title, package.read_package, Path(path))
    if loaded is None:
        return None
    dialog = PackageImportDialog(window.window(), window.ctx, loaded)
    if dialog.report is None or not dialog.exec():
        return None
    report = dialog.imported
    if report is None:
        return None
    open_id = window.meeting_id
    window.refresh_meetings(open_id)
    if open_id and any(
        m.meeting_id == open_id and m.result in ("changed", "replaced", "merged") for m in report.meetings
    ):
        window.reload_meeting()  # the open meeting was updated: show the new content
    added = report.with_result("added")
    if added and not open_id:
        window.refresh_meetings(added[0].meeting_id)
    inform(window.window(), title, "\n".join(summary_lines(report)))
    window.show_message(
        QCoreApplication.translate("PackageDialogs", "Package imported: {file}").format(file=Path(str(path)).name)
    )
    return report


def summary_lines(report: ImportReport) -> list[str]:
    """What the import did, in the interface language (the command line prints its own English lines)."""
    meeting = QCoreApplication.translate("PackageDialogs", "{reference} “{title}”: {result}.")
    lines = [
        meeting.format(reference=m.reference, title=m.title, result=_result_words(m, DONE_WORDS))
        for m in report.meetings
    ]
    if any(m.questions for m in report.with_result("merged")):
        lines.append(QCoreApplication.translate(CONTEXT, QUESTIONS_WORDS))
    lines.append(
        QCoreApplication.translate("PackageDialogs", "People: {added} added, {reused} already here.").format(
            added=len(report.people_added), reused=report.people_reused
        )
    )
    lines.append(
        QCoreApplication.translate("PackageDialogs", "Organisations: {added} added, {reused} already here.").format(
            added=len(report.organizations_added), reused=report.organizations_reused
        )
    )
    if report.placeholders_added:
        lines.append(
            QCoreApplication.translate(
                "PackageDialogs", "Earlier meetings added as placeholders: {references}."
            ).format(references=", ".join(report.placeholders_added))
        )
    if report.actions_updated:
        updated = QCoreApplication.translate(
            "PackageDialogs", "Earlier action points whose progress was updated: {count}."
        )
        lines.append(updated.format(count=len(report.actions_updated)))
    if report.phrases_merged:
        merged = QCoreApplication.translate("PackageDialogs", "Phrases of the phrase bank added or updated: {count}.")
        lines.append(merged.format(count=report.phrases_merged))
    if report.backup:
        lines.append(
            QCoreApplication.translate("PackageDialogs", "Backup made before replacing: {file}").format(
                file=report.backup
            )
        )
    note = QCoreApplication.translate("PackageDialogs", "Note: {warning}")
    lines += [note.format(warning=error_text(warning)) for warning in report.warnings]
    return lines


def _result_words(result: Any, words: dict[str, str]) -> str:
    """What happens to a meeting; a merge says how many fields it takes and how many questions wait."""
    if result.result != "merged":
        return _word(words, result.result)
    return QCoreApplication.translate(CONTEXT, MERGE_DONE_WORDS).format(
        taken=result.fields_taken, questions=result.questions
    )


def _when(stamp: str) -> str:
    """ "2023-11-02T07:00:00+00:00" -> "02/11/2023 10:00 (Istanbul time)" in the interface language; anything
    else as it is."""
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return stamp
    return QCoreApplication.translate("PackageDialogs", "{date_time} (Istanbul time)").format(
        date_time=date_time(moment)
    )


class PackageImportDialog(QDialog):
    """The preview: what the import will add / change / leave / find in conflict; Import does it."""

    def __init__(self, parent: QWidget, ctx: Any, loaded: Package) -> None:
        super().__init__(parent)
        self.setObjectName("packageImportDialog")
        self.ctx = ctx
        self.package = loaded
        self.report: ImportReport | None = None
        self.imported: ImportReport | None = None
        root = embed_ui(self, "package_import_dialog")
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
        self.import_button.setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if loaded.created_by:
            written = self.tr("<b>{package}</b><br>Written {when} by {user} with UNNM Desktop {version}.")
        else:
            written = self.tr("<b>{package}</b><br>Written {when} by an unknown user with UNNM Desktop {version}.")
        self.summary.setText(
            written.format(
                package=escape(loaded.source.strip("“”")),
                when=escape(_when(loaded.created_at)),
                user=escape(loaded.created_by or ""),
                version=escape(loaded.app_version),
            )
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
            warn(self.parentWidget() or self, self.tr("Import meeting package"), error_text(error))
            return
        report = self.report
        self.table.setRowCount(len(report.meetings))
        for row, result in enumerate(report.meetings):
            reason = error_text(result.reason)  # the service's words, translated when they can be
            if result.result == "merged":
                reason = QCoreApplication.translate(CONTEXT, MERGE_WORDS).format(
                    taken=result.fields_taken, questions=result.questions
                )
            values = (result.reference, result.title, _word(RESULT_WORDS, result.result), reason)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self.directory.setText(
            self.tr(
                "People: {people_added} to add, {people_reused} already here.  "
                "Organisations: {organisations_added} to add, {organisations_reused} already here."
            ).format(
                people_added=len(report.people_added),
                people_reused=report.people_reused,
                organisations_added=len(report.organizations_added),
                organisations_reused=report.organizations_reused,
            )
        )
        # A merge with questions may take the package's whole meeting instead (replace), as a conflict may.
        in_conflict = report.with_result("conflict", "replaced") + [
            m for m in report.with_result("merged") if m.questions
        ]
        replaceable = [m for m in in_conflict if not m.signed_off_here]
        self.conflicts.setEnabled(bool(replaceable))
        self.conflicts.setVisible(bool(in_conflict))
        if report.changes_anything:
            self.message.setText(self.tr("Nothing has been changed yet; Import writes the changes in one step."))
        elif report.conflicts:
            self.message.setText(
                self.tr("Nothing would be imported: choose to replace this database's version, or cancel.")
            )
        else:
            self.message.setText(self.tr("Everything in this package is already here; there is nothing to import."))
        self.import_button.setEnabled(report.changes_anything)

    def accept(self) -> None:
        try:
            with busy_cursor():
                self.imported = package.import_package(self.ctx, self.package, self.on_conflict)
        except UserFacingError as error:
            warn(self, self.tr("Import meeting package"), error_text(error))
            return
        super().accept()


__all__ = ["PackageImportDialog", "export_meeting_package", "import_meeting_package", "summary_lines"]

"""The Minutes menu: export to Word and PDF, print, and the workflow draft → circulated → signed off.

    minutes = install_minutes_menu(window)   # in MainWindow._build_menus, before the Help menu
    minutes.update_state(status)             # after a meeting is opened: what is possible for it

Every step calls the same services and export functions as the CLI; a refusal (UserFacingError) is shown
as its message, never as a traceback. The services (SQLAlchemy), export, printing and the dialogs are
imported when first used, so the window starts as fast as before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.files import safe_file_stem
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.widgets.busy import busy_cursor
from unnm_desktop.gui.widgets.save_paths import export_folder, remember_folder

if TYPE_CHECKING:
    from unnm_desktop.gui.main_window import MainWindow
    from unnm_desktop.services.views import MeetingDetail

CONTEXT = "MinutesMenu"
# The file dialog's choices: the format and the language of the exported document (chosen there, apart from
# the interface language).
FILE_FILTERS = {
    ".docx": QT_TRANSLATE_NOOP("MinutesMenu", "Word document in {language} (*.docx)"),
    ".pdf": QT_TRANSLATE_NOOP("MinutesMenu", "PDF document in {language} (*.pdf)"),
}
LANGUAGE_WORDS = {
    "en": QT_TRANSLATE_NOOP("MinutesMenu", "English"),
    "tr": QT_TRANSLATE_NOOP("MinutesMenu", "Turkish (Türkçe)"),
}
# The file dialog's caption, by format (None: either) and whether an earlier signed-off version is exported.
EXPORT_CAPTIONS = {
    (".docx", False): QT_TRANSLATE_NOOP("MinutesMenu", "Export {reference} to a Word document"),
    (".pdf", False): QT_TRANSLATE_NOOP("MinutesMenu", "Export {reference} to a PDF document"),
    (None, False): QT_TRANSLATE_NOOP("MinutesMenu", "Export {reference} to a Word or PDF document"),
    (".docx", True): QT_TRANSLATE_NOOP("MinutesMenu", "Export revision {version} of {reference} to a Word document"),
    (".pdf", True): QT_TRANSLATE_NOOP("MinutesMenu", "Export revision {version} of {reference} to a PDF document"),
    (None, True): QT_TRANSLATE_NOOP(
        "MinutesMenu", "Export revision {version} of {reference} to a Word or PDF document"
    ),
}
SIGNED_OFF = "signed_off"


def default_file_name(detail: MeetingDetail, suffix: str, *, version: int | None = None) -> str:
    """Signed-off minutes are named after their reference; a draft or an older version says which it is."""
    stem = safe_file_stem(detail.reference or detail.title)
    if version is not None:
        stem += f"_rev{version}"
    elif detail.status != SIGNED_OFF:
        stem += f"_draft-r{detail.revision}" if detail.revision else "_draft"
    return stem + suffix


def _is_locked_target(error: UserFacingError, target: Path) -> bool:
    """The export could not replace an existing file (open in Word, or write-protected)."""
    return target.is_file() and (isinstance(error.__context__, PermissionError) or "cannot be replaced" in str(error))


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MinutesMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("minutesMenuController")
        self.window = window
        menu = window.menuBar().addMenu(self.tr("&Minutes"))
        menu.setObjectName("minutesMenu")
        menu.setToolTipsVisible(True)  # a greyed command says why it cannot act
        self.menu = menu

        menu_name = self.tr("Minutes")  # as the keyboard shortcuts list names the menu

        def add(text: str, shortcut: Any, slot: Callable[[], object]) -> QAction:
            return window.add_menu_action(menu_name, menu, text, shortcut, lambda _checked=False: slot())

        self.export_word_action = add(self.tr("Export to &Word…"), "Ctrl+E", lambda: self.export(".docx"))
        self.export_pdf_action = add(self.tr("Export to P&DF…"), "Alt+Shift+E", lambda: self.export(".pdf"))
        menu.addSeparator()
        self.preview_action = add(self.tr("Print pr&eview…"), "Ctrl+F2", self.print_preview)
        self.print_action = add(self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_minutes)
        menu.addSeparator()
        self.circulate_action = add(self.tr("&Circulate draft for comments…"), None, self.circulate)
        self.sign_off_action = add(self.tr("&Sign off…"), None, self.sign_off)
        self.reopen_action = add(self.tr("&Reopen for revision…"), None, self.reopen)
        self.history_action = add(self.tr("Revision &history…"), None, self.show_revisions)
        menu.addSeparator()
        self.verify_action = add(self.tr("&Verify a Word file…"), None, self.verify_file)
        menu.aboutToShow.connect(self.update_state)
        self.update_state()

    @property
    def ctx(self) -> Any:
        return self.window.ctx  # the window's, whatever stands for it (it may still be opening)

    # --- state ------------------------------------------------------------------------------------

    def update_state(self, status: str | None = None) -> None:
        """Enable what makes sense for the open meeting (a signed-off one can only be reopened)."""
        meeting_id = self.window.meeting_id
        if meeting_id and status is None:
            from unnm_desktop.services.meeting import meetings

            try:
                status = meetings.get_meeting(self.ctx, meeting_id).status
            except UserFacingError:
                meeting_id = None
        has = bool(meeting_id)
        no_meeting = self.tr("Select a meeting first.")
        signed = self.tr("These minutes are signed off and locked; reopen them for revision to change them.")
        not_signed = self.tr("Only signed-off minutes are reopened; these are not signed off.")
        for action in (self.export_word_action, self.export_pdf_action, self.preview_action, self.print_action,
                       self.history_action):  # fmt: skip
            _enable(action, has, no_meeting)
        _enable(self.circulate_action, has and status != SIGNED_OFF, signed if has else no_meeting)
        _enable(self.sign_off_action, has and status != SIGNED_OFF, signed if has else no_meeting)
        _enable(self.reopen_action, has and status == SIGNED_OFF, not_signed if has else no_meeting)

    def _meeting(self) -> MeetingDetail | None:
        """The open meeting, after everything typed is saved; None (with a message) when there is none."""
        from unnm_desktop.services.meeting import meetings

        self.window.autosaver.flush()
        if not self.window.meeting_id:
            self.window.show_message(self.tr("Select a meeting first."))
            return None
        try:
            return meetings.get_meeting(self.ctx, self.window.meeting_id)
        except UserFacingError as error:
            self._warn(self.tr("Minutes"), error_text(error))
            return None

    def _warn(self, title: str, text: str, parent: QWidget | None = None) -> None:
        QMessageBox.warning(parent or self.window, title, text)

    def _ask(self, title: str, text: str, parent: QWidget | None = None) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return QMessageBox.question(parent or self.window, title, text, yes | no, yes) == yes

    def _reload(self, meeting_id: str) -> None:
        """Show the meeting again (read only when signed off) and its new status in the list."""
        self.window.open_meeting(meeting_id, self.window.agenda.item_id)
        self.window.refresh_meetings(meeting_id)
        self.update_state()

    # --- export -----------------------------------------------------------------------------------

    def export(
        self, suffix: str | None = None, *, sign_off_id: str | None = None, parent: QWidget | None = None
    ) -> Path | None:
        """Ask where (and in which language), then write the minutes; returns the file written, or None.

        `suffix` ".docx" or ".pdf" (None: either, chosen in the dialog); `sign_off_id` an earlier signed-off
        version (from the revision history) instead of the current minutes.
        """
        detail = self._meeting()
        if detail is None:
            return None
        parent = parent or self.window
        version = None
        if sign_off_id is not None:
            from unnm_desktop.services.minutes import signoff

            version = next(
                (v["revision"] for v in signoff.sign_offs(self.ctx, detail.id) if v["id"] == sign_off_id), None
            )
        suffixes = (suffix,) if suffix else (".docx", ".pdf")
        default_language = detail.language if detail.language in LANGUAGE_WORDS else "en"
        filters: dict[str, tuple[str, str]] = {}
        for kind in suffixes:
            for language, words in LANGUAGE_WORDS.items():
                filters[_translate(FILE_FILTERS[kind]).format(language=_translate(words))] = (kind, language)
        selected = next(text for text, (kind, lang) in filters.items() if lang == default_language)
        caption = _translate(EXPORT_CAPTIONS[(suffix, version is not None)]).format(
            reference=detail.reference, version=version
        )
        start = export_folder(self.window) / default_file_name(detail, suffixes[0], version=version)
        path, chosen = QFileDialog.getSaveFileName(parent, caption, str(start), ";;".join(filters), selected)
        if not path:
            return None
        kind, language = filters.get(chosen, (suffixes[0], default_language))
        target = Path(path)
        if target.suffix.lower() not in FILE_FILTERS:
            target = target.with_name(target.name + kind)
        return self.write(detail.id, target, language, sign_off_id=sign_off_id, parent=parent)

    def write(
        self, meeting_id: str, target: Path, language: str | None, *, sign_off_id: str | None = None,
        parent: QWidget | None = None,
    ) -> Path | None:  # fmt: skip
        """Export to `target`; a file open in another program gets the offer of a free name beside it."""
        from unnm_desktop.export import export_meeting, suggest_free_name

        parent = parent or self.window
        template = self.window.settings.word_template if target.suffix.lower() == ".docx" else ""
        if template and not Path(template).is_file():
            self._warn(
                self.tr("Word template missing"),
                self.tr(
                    "The Word template {template} chosen in File → Settings… cannot be found. Choose it again "
                    "there, or use the built-in template."
                ).format(template=template),
                parent,
            )
            return None
        while True:
            try:
                with busy_cursor():
                    written = export_meeting(
                        self.ctx, meeting_id, target, language, sign_off_id=sign_off_id, template=template or None
                    )
            except UserFacingError as error:
                if _is_locked_target(error, target):
                    other = suggest_free_name(target)
                    question = self.tr("{problem}\n\nSave as “{name}” instead?").format(
                        problem=error_text(error), name=other.name
                    )
                    if self._ask(self.tr("File in use"), question, parent):
                        target = other
                        continue
                    return None
                self._warn(self.tr("Export failed"), error_text(error), parent)
                return None
            break
        remember_folder(self.window, written)
        self.window.show_message(self.tr("Minutes exported to {path}").format(path=written))
        return written

    # --- print ------------------------------------------------------------------------------------

    def _printer(self, detail: MeetingDetail):  # type: ignore[no-untyped-def]
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{detail.reference} {detail.title}")
        return printer

    def _paint(self, meeting_id: str, device: object) -> bool:
        from unnm_desktop.export import paint_meeting

        try:
            with busy_cursor():
                paint_meeting(self.ctx, meeting_id, device)
        except UserFacingError as error:
            self._warn(self.tr("Printing failed"), error_text(error))
            return False
        return True

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        detail = self._meeting()
        if detail is None:
            return
        printer = self._printer(detail)  # kept alive here: the dialog does not own it
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setObjectName("printPreviewDialog")
        dialog.setWindowTitle(self.tr("Print preview — {reference}").format(reference=detail.reference))
        dialog.paintRequested.connect(lambda device: self._paint(detail.id, device))
        dialog.resize(900, 1000)
        dialog.exec()

    def print_minutes(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        detail = self._meeting()
        if detail is None:
            return
        printer = self._printer(detail)
        dialog = QPrintDialog(printer, self.window)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(self.tr("Print {reference}").format(reference=detail.reference))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self._paint(detail.id, printer):
            self.window.show_message(self.tr("{reference} sent to the printer.").format(reference=detail.reference))

    # --- workflow ---------------------------------------------------------------------------------

    def circulate(self) -> None:
        from unnm_desktop.services.minutes import signoff

        detail = self._meeting()
        if detail is None:
            return
        if detail.status == SIGNED_OFF:
            self._warn(
                self.tr("Circulate"),
                self.tr("Signed-off minutes are not circulated again; reopen them for revision first."),
            )
            return
        if not self._ask(
            self.tr("Circulate draft for comments"),
            self.tr(
                "Circulate “{title}” ({reference}) for comments?\n\nIt becomes draft revision {revision}; exports "
                "are marked DRAFT with that number until the minutes are signed off."
            ).format(title=detail.title, reference=detail.reference, revision=detail.revision + 1),
        ):
            return
        try:
            revision = signoff.circulate(self.ctx, detail.id)
        except UserFacingError as error:
            self._warn(self.tr("Circulate"), error_text(error))
            return
        self.window.refresh_meetings(detail.id)
        self.update_state()
        self.window.show_message(
            self.tr("{reference} circulated for comments as draft revision {revision}.").format(
                reference=detail.reference, revision=revision
            )
        )
        if self._ask(
            self.tr("Export the draft"),
            self.tr("Export draft revision {revision} as a Word document to send for comments now?").format(
                revision=revision
            ),
        ):
            self.export(".docx")

    def sign_off(self) -> None:
        from unnm_desktop.gui.minutes.signoff_dialog import SignOffDialog

        detail = self._meeting()
        if detail is None:
            return
        if detail.status == SIGNED_OFF:
            self._warn(
                self.tr("Sign off"),
                self.tr("{reference} is already signed off (revision {revision}).").format(
                    reference=detail.reference, revision=detail.revision
                ),
            )
            return
        dialog = SignOffDialog(self.window, self.ctx, detail.id)
        if not dialog.exec() or dialog.fingerprint is None:
            return
        self._reload(detail.id)
        self.window.show_message(
            self.tr(
                "{reference} signed off as revision {revision} (fingerprint {fingerprint}); the minutes are now "
                "read only."
            ).format(reference=detail.reference, revision=detail.revision, fingerprint=dialog.fingerprint[:12])
        )
        if self._ask(
            self.tr("Signed off"),
            self.tr("The minutes are signed off and locked.\n\nExport them as a Word document now?"),
        ):
            self.export(".docx")

    def reopen(self) -> None:
        from unnm_desktop.gui.minutes.signoff_dialog import ReopenDialog

        detail = self._meeting()
        if detail is None:
            return
        if detail.status != SIGNED_OFF:
            self._warn(self.tr("Reopen for revision"), self.tr("Only signed-off minutes are reopened for revision."))
            return
        dialog = ReopenDialog(self.window, self.ctx, detail.id)
        if not dialog.exec() or dialog.revision is None:
            return
        self._reload(detail.id)
        self.window.show_message(
            self.tr(
                "{reference} reopened as revision {revision}; signed-off revision {signed} stays in the revision "
                "history."
            ).format(reference=detail.reference, revision=dialog.revision, signed=detail.revision)
        )

    def show_revisions(self) -> None:
        from unnm_desktop.gui.minutes.revisions_dialog import RevisionsDialog

        detail = self._meeting()
        if detail is None:
            return
        dialog: RevisionsDialog | None = None

        def export_version(sign_off_id: str) -> Path | None:
            return self.export(None, sign_off_id=sign_off_id, parent=dialog)

        dialog = RevisionsDialog(self.window, self.ctx, detail.id, export_version)
        dialog.exec()

    def verify_file(self) -> None:
        from unnm_desktop.export import verify_docx

        self.window.autosaver.flush()
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Verify a Word file"),
            str(export_folder(self.window)),
            self.tr("Word documents (*.docx)"),
        )
        if not path:
            return
        try:
            with busy_cursor():
                result = verify_docx(self.ctx, path)
        except UserFacingError as error:
            self._warn(self.tr("Verify a Word file"), error_text(error))
            return
        summary = error_text(result.summary())
        text = summary + "".join(f"\n\n{error_text(note)}" for note in result.notes)
        if result.ok:
            QMessageBox.information(self.window, self.tr("Verified"), text)
        else:
            self._warn(self.tr("Not verified"), text)
        self.window.show_message(summary)


def install_minutes_menu(window: MainWindow) -> MinutesMenu:
    """Add the Minutes menu to the window's menu bar (call it where the menu should appear)."""
    return MinutesMenu(window)


def open_settings(window: MainWindow) -> bool:
    """File → Settings…; the audit log's actor follows the display name from the next change on.

    Another interface language builds the window again (gui/language_switch.py) after saving everything."""
    from unnm_desktop.gui.i18n import current_language
    from unnm_desktop.gui.language_switch import change_language
    from unnm_desktop.gui.settings_dialog import SettingsDialog

    window.autosaver.flush()  # what was typed before is recorded under the name it was typed under
    dialog = SettingsDialog(window, window.settings)
    if not dialog.exec():
        return False
    window.ctx.actor = window.settings.display_name
    if dialog.chosen_language != current_language():
        change_language(window, dialog.chosen_language)  # the new window says which language it speaks
        return True
    window.show_message(QCoreApplication.translate("MinutesMenu", "Settings saved."))
    return True


__all__ = ["MinutesMenu", "default_file_name", "install_minutes_menu", "open_settings"]


def _enable(action: QAction, enabled: bool, why_not: str) -> None:
    """Enable a command, or disable it with a tooltip saying why (an empty tooltip is the command's text)."""
    action.setEnabled(enabled)
    action.setToolTip("" if enabled else why_not)
    action.setStatusTip("" if enabled else why_not)

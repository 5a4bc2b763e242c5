"""The Minutes menu and its dialogs: export, print, circulate, sign off, reopen, revision history, verify,
and File → Settings, driven through real widgets on a real database. Dialogs that would wait for a person
have their exec or static functions replaced, so nothing blocks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from builders import SmallMeeting, small_meeting
from gui_helpers import make_window, type_text
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMessageBox, QPushButton

from unnm_desktop.export import verify_docx
from unnm_desktop.files import safe_file_stem
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.minutes.exporting import default_file_name
from unnm_desktop.gui.minutes.revisions_dialog import FINGERPRINT, REOPENED, RevisionsDialog
from unnm_desktop.gui.minutes.signoff_dialog import NAME, ROLE, TITLE, ReopenDialog, SignOffDialog
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.settings_dialog import SettingsDialog
from unnm_desktop.gui.tabs import AGENDA
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import agenda, decisions, meetings
from unnm_desktop.services.minutes import signoff


@pytest.fixture
def window(qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    win = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    yield win
    win.close()


class Boxes:
    """QMessageBox's static functions, answered without a person; every text shown is kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool = False) -> None:
        self.answers: list[bool] = []
        self.default = answer
        self.shown: list[tuple[str, str, str]] = []
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No

        def question(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
            self.shown.append(("question", title, text))
            return yes if (self.answers.pop(0) if self.answers else self.default) else no

        def note(kind: str) -> Callable[..., QMessageBox.StandardButton]:
            def show(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
                self.shown.append((kind, title, text))
                return QMessageBox.StandardButton.Ok

            return show

        monkeypatch.setattr(QMessageBox, "question", question)
        monkeypatch.setattr(QMessageBox, "warning", note("warning"))
        monkeypatch.setattr(QMessageBox, "information", note("information"))
        monkeypatch.setattr(QMessageBox, "critical", note("critical"))

    def kinds(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


class SaveAs:
    """QFileDialog.getSaveFileName answered with a folder (keeping the offered name) or a given file."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path, name: str | None = None) -> None:
        self.folder, self.name = folder, name
        self.offered: list[tuple[str, str, str]] = []  # (start path, filters, selected filter)
        self.pick_filter: str | None = None

        def get_save(_parent: Any, _caption: str, start: str, filters: str, selected: str = "", *_a: Any):  # type: ignore[no-untyped-def]
            self.offered.append((start, filters, selected))
            chosen = next((f for f in filters.split(";;") if self.pick_filter and self.pick_filter in f), selected)
            return str(self.folder / (self.name or Path(start).name)), chosen

        monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)

    @property
    def offered_name(self) -> str:
        return Path(self.offered[-1][0]).name


def _open(window: MainWindow, m: SmallMeeting) -> None:
    window.refresh_meetings(m.meeting_id)
    assert window.meeting_id == m.meeting_id


def _menu_action(window: MainWindow, menu: str, text: str) -> QAction:
    return next(a for name, a in window.menu_actions if name == menu and a.text().replace("&", "") == text)


def _document_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        parts.extend(p.text for p in section.header.paragraphs)
    return "\n".join(parts)


def _sign_off_through_the_dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch, check=None) -> None:  # type: ignore[no-untyped-def]
    def fake_exec(dialog: SignOffDialog) -> int:
        if check:
            check(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SignOffDialog, "exec", fake_exec)
    window.minutes_menu.sign_off_action.trigger()


# --- menu ---------------------------------------------------------------------------------------------


def test_minutes_menu_state_follows_the_meeting(window: MainWindow, ctx: ServiceContext) -> None:
    menu = window.minutes_menu
    assert window.meeting_id is None
    assert not menu.export_word_action.isEnabled() and not menu.sign_off_action.isEnabled()
    assert menu.verify_action.isEnabled()
    m = small_meeting(ctx)
    _open(window, m)
    assert menu.export_word_action.isEnabled() and menu.sign_off_action.isEnabled()
    assert menu.circulate_action.isEnabled() and not menu.reopen_action.isEnabled()
    titles = [a.text() for a in menu.menu.actions() if not a.isSeparator()]
    assert titles[:2] == ["Export to &Word…", "Export to P&DF…"]
    assert menu.export_word_action.shortcut().toString() == "Ctrl+E"
    bar_titles = [a.text() for a in window.menuBar().actions()]
    assert bar_titles.index("&Decisions") < bar_titles.index("&Minutes") < bar_titles.index("&Help")
    mnemonics = [t[t.index("&") + 1].lower() for t in titles]
    assert len(mnemonics) == len(set(mnemonics)), titles


def test_file_names_from_the_reference(ctx: ServiceContext) -> None:
    m = small_meeting(ctx)
    detail = meetings.get_meeting(ctx, m.meeting_id)
    assert safe_file_stem("UNNM-TR/2023/1") == "UNNM-TR_2023_1"
    assert safe_file_stem('a:b*c?"d<e>f|g\\h') == "a_b_c_d_e_f_g_h"
    assert default_file_name(detail, ".docx") == f"{safe_file_stem(detail.reference)}_draft.docx"
    assert default_file_name(detail, ".pdf", version=2) == f"{safe_file_stem(detail.reference)}_rev2.pdf"


# --- sign off, export, verify ---------------------------------------------------------------------------


def test_sign_off_through_the_dialog_locks_and_exports(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    m = small_meeting(ctx)
    _open(window, m)
    boxes = Boxes(monkeypatch, answer=False)  # "Export them as a Word document now?" — not yet
    seen: dict[str, Any] = {}

    def check(dialog: SignOffDialog) -> None:
        assert dialog.ok_button.isEnabled() and not dialog.problem_list.isVisibleTo(dialog)
        rows = [(dialog.table.item(r, NAME).text(), dialog.table.item(r, ROLE).text()) for r in range(2)]
        seen["rows"] = rows
        dialog.table.item(0, TITLE).setText("Chief of Mission, IOM Türkiye")
        dialog.add_signatory()
        type_text(dialog.table, "S")  # typing in the new row's name cell opens its editor, which takes the rest
        editor = dialog.table.viewport().findChild(QLineEdit)
        type_text(editor, "elin Aydın")
        dialog.table.setFocus()
        dialog.table.setCurrentCell(0, NAME)

    _sign_off_through_the_dialog(window, monkeypatch, check)
    assert seen["rows"] == [("Ayşe Yılmaz", "Chair"), ("İsmail Çelik", "Rapporteur")]
    detail = meetings.get_meeting(ctx, m.meeting_id)
    assert detail.status == "signed_off"
    (version,) = signoff.sign_offs(ctx, m.meeting_id)
    assert [s[0] for s in version["signatories"]] == ["Ayşe Yılmaz", "İsmail Çelik", "Selin Aydın"]
    assert version["signatories"][0][1] == "Chief of Mission, IOM Türkiye"
    assert window.agenda.editor.isReadOnly() and "read only" in window.windowTitle()
    assert not window.minutes_menu.sign_off_action.isEnabled() and window.minutes_menu.reopen_action.isEnabled()
    assert boxes.kinds("question") and not boxes.kinds("warning")

    out = tmp_path / "out"
    out.mkdir()
    save = SaveAs(monkeypatch, out)
    window.minutes_menu.export_word_action.trigger()
    expected = out / f"{safe_file_stem(detail.reference)}.docx"
    assert save.offered_name == expected.name and expected.is_file()
    result = verify_docx(ctx, expected)
    assert result.ok, result.problems
    assert result.fingerprint == version["sha256"]
    footer = "\n".join(p.text for s in docx.Document(str(expected)).sections for p in s.footer.paragraphs)
    assert f"Fingerprint: {version['sha256'][:12]}" in footer, footer
    assert window.settings.export_folder == str(out)

    window.minutes_menu.export_pdf_action.trigger()
    pdf = out / f"{safe_file_stem(detail.reference)}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert Path(save.offered[-1][0]).parent == out  # the folder of the last export is remembered

    # Verify a Word file… from the menu.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(expected), "Word documents (*.docx)"))
    window.minutes_menu.verify_action.trigger()
    assert "unaltered export" in boxes.kinds("information")[-1]


def test_the_checklist_blocks_an_incomplete_meeting(window: MainWindow, ctx: ServiceContext,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    m = small_meeting(ctx)
    decisions.add_decision(ctx, m.meeting_id, text="The Network endorses the work plan.", agenda_item_id=m.item_id)
    meetings.update_meeting(ctx, m.meeting_id, chair_id=None)
    _open(window, m)
    seen: dict[str, Any] = {}

    def check(dialog: SignOffDialog) -> None:
        seen["ok"] = dialog.ok_button.isEnabled()
        seen["problems"] = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
        seen["signatories"] = dialog.signatories_group.isEnabled()

    _sign_off_through_the_dialog(window, monkeypatch, check)
    assert seen["ok"] is False and seen["signatories"] is False
    assert any("No chair" in p for p in seen["problems"])
    assert any("no final outcome" in p for p in seen["problems"])
    assert meetings.get_meeting(ctx, m.meeting_id).status == "draft"
    assert not window.agenda.editor.isReadOnly()


def test_a_signatory_without_a_name_is_refused_in_the_dialog(window: MainWindow, ctx: ServiceContext,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    m = small_meeting(ctx)
    _open(window, m)
    seen: dict[str, Any] = {}

    def fake_exec(dialog: SignOffDialog) -> int:
        dialog.table.item(0, NAME).setText("")
        dialog.accept()
        seen["message"] = dialog.message.text()
        seen["result"] = dialog.result()
        return dialog.result()

    monkeypatch.setattr(SignOffDialog, "exec", fake_exec)
    window.minutes_menu.sign_off_action.trigger()
    assert "Signatory 1 has no name" in seen["message"] and seen["result"] == 0
    assert meetings.get_meeting(ctx, m.meeting_id).status == "draft"


def test_circulate_then_export_the_draft_for_comments(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    m = small_meeting(ctx)
    _open(window, m)
    before = meetings.get_meeting(ctx, m.meeting_id).revision
    boxes = Boxes(monkeypatch, answer=True)
    save = SaveAs(monkeypatch, tmp_path)
    window.minutes_menu.circulate_action.trigger()
    detail = meetings.get_meeting(ctx, m.meeting_id)
    assert (detail.status, detail.revision) == ("circulated", before + 1)
    assert f"revision {before + 1}" in boxes.kinds("question")[0]
    draft = tmp_path / save.offered_name
    assert save.offered_name.endswith(f"_draft-r{before + 1}.docx") and draft.is_file()
    assert "DRAFT" in _document_text(draft)
    assert not verify_docx(ctx, draft).ok  # a draft carries no fingerprint


def test_language_chosen_in_the_file_dialog(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    m = small_meeting(ctx)
    _open(window, m)
    Boxes(monkeypatch)
    save = SaveAs(monkeypatch, tmp_path, name="tutanak")  # no extension typed: the chosen type's is added
    save.pick_filter = "Turkish"
    window.minutes_menu.export_word_action.trigger()
    _start, filters, selected = save.offered[-1]
    assert "English" in selected and "Turkish (Türkçe)" in filters
    text = _document_text(tmp_path / "tutanak.docx")
    assert "TASLAK" in text and "Katılımcılar" in text and "DRAFT" not in text


def test_a_locked_target_offers_another_name(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    m = small_meeting(ctx)
    _open(window, m)
    target = tmp_path / "minutes.docx"
    target.write_bytes(b"the version a colleague has open in Word")
    real_replace = os.replace

    def replace(source: Any, destination: Any) -> None:
        if Path(destination) == target:
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    boxes = Boxes(monkeypatch, answer=False)
    SaveAs(monkeypatch, tmp_path, name="minutes.docx")
    window.minutes_menu.export_word_action.trigger()
    (question,) = boxes.kinds("question")
    assert "open in another program" in question and "minutes (2).docx" in question
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".docx") == ["minutes.docx"]

    boxes.default = True
    window.minutes_menu.export_word_action.trigger()
    assert target.read_bytes() == b"the version a colleague has open in Word"
    assert zipfile.is_zipfile(tmp_path / "minutes (2).docx")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]
    assert "minutes (2).docx" in window.statusBar().currentMessage()


# --- reopen and revision history ------------------------------------------------------------------------


def test_reopen_with_a_reason_and_export_the_old_version(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    m = small_meeting(ctx)
    signoff.sign_off(ctx, m.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)
    first = meetings.get_meeting(ctx, m.meeting_id).revision
    _open(window, m)
    assert window.agenda.editor.isReadOnly()
    reason = "PMM asked to correct its representative’s title — düzeltme"
    seen: dict[str, Any] = {}

    def fake_reopen(dialog: ReopenDialog) -> int:
        seen["enabled_before"] = dialog.ok_button.isEnabled()
        dialog.accept()  # refused without a reason: nothing happens
        seen["result_before"] = dialog.result()
        type_text(dialog.reason, reason)
        seen["enabled_after"] = dialog.ok_button.isEnabled()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ReopenDialog, "exec", fake_reopen)
    window.minutes_menu.reopen_action.trigger()
    assert seen == {"enabled_before": False, "result_before": 0, "enabled_after": True}
    detail = meetings.get_meeting(ctx, m.meeting_id)
    assert (detail.status, detail.revision) == ("draft", first + 1)
    assert not window.agenda.editor.isReadOnly() and "read only" not in window.windowTitle()
    assert window.minutes_menu.sign_off_action.isEnabled() and not window.minutes_menu.reopen_action.isEnabled()

    # The correction, then the second sign-off.
    window.show_tab(AGENDA)
    window.agenda.title_edit.selectAll()
    type_text(window.agenda.title_edit, "GCM implementation in Türkiye (corrected)")
    window.autosaver.flush()
    assert agenda.get_item(ctx, m.item_id).title == "GCM implementation in Türkiye (corrected)"
    signoff.sign_off(ctx, m.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)
    window.open_meeting(m.meeting_id)

    # Revision history: both versions; the first one exported as it was signed.
    Boxes(monkeypatch)
    save = SaveAs(monkeypatch, tmp_path)
    history: dict[str, Any] = {}

    def fake_history(dialog: RevisionsDialog) -> int:
        table = dialog.table
        history["rows"] = table.rowCount()
        history["reopened"] = table.item(0, REOPENED).text()
        history["current"] = table.item(1, REOPENED).text()
        history["fingerprint"] = table.item(0, FINGERPRINT).text()
        table.setCurrentCell(0, 0)
        dialog.findChild(QPushButton, "exportVersionButton").click()
        return 0

    monkeypatch.setattr(RevisionsDialog, "exec", fake_history)
    window.minutes_menu.history_action.trigger()
    versions = signoff.sign_offs(ctx, m.meeting_id)
    assert history["rows"] == 2 and reason in history["reopened"] and history["current"] == "In force"
    assert history["fingerprint"] == versions[0]["sha256"][:12]
    old = tmp_path / save.offered_name
    assert save.offered_name.endswith(f"_rev{first}.docx") and old.is_file()
    text = _document_text(old)
    assert "GCM implementation in Türkiye" in text and "(corrected)" not in text
    result = verify_docx(ctx, old)
    assert result.ok and (result.fingerprint, result.revision) == (versions[0]["sha256"], first)
    assert any("later reopened" in note for note in result.notes)


# --- print ----------------------------------------------------------------------------------------------


def test_print_preview_and_print(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    m = small_meeting(ctx)
    _open(window, m)
    pages: list[int] = []

    def fake_preview(dialog: QPrintPreviewDialog) -> int:
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        pages.append(widget.pageCount())
        return 0

    def fake_print(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_preview)
    monkeypatch.setattr(QPrintDialog, "exec", fake_print)
    window.minutes_menu.preview_action.trigger()
    assert pages and pages[0] >= 1
    window.minutes_menu.print_action.trigger()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


# --- settings -------------------------------------------------------------------------------------------


def _settings_exec(monkeypatch: pytest.MonkeyPatch, fill: Callable[[SettingsDialog], None]) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def fake_exec(dialog: SettingsDialog) -> int:
        fill(dialog)
        dialog.accept()
        seen["message"] = dialog.message.text()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    return seen


def test_display_name_is_the_audit_actor(window: MainWindow, ctx: ServiceContext, db_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    m = small_meeting(ctx)
    _open(window, m)

    def fill(dialog: SettingsDialog) -> None:
        assert dialog.objectName() == "settingsDialog"
        dialog.display_name.clear()
        type_text(dialog.display_name, "Deniz Şahin (IOM)")

    _settings_exec(monkeypatch, fill)
    _menu_action(window, "File", "Settings…").trigger()
    assert ctx.actor == "Deniz Şahin (IOM)" and AppSettings().display_name == "Deniz Şahin (IOM)"
    window.show_tab(AGENDA)
    type_text(window.agenda.editor, "Not")
    window.autosaver.flush()
    with sqlite3.connect(db_path) as raw:
        actor = raw.execute("SELECT actor FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert actor == "Deniz Şahin (IOM)"

    seen = _settings_exec(monkeypatch, lambda dialog: dialog.display_name.clear())
    _menu_action(window, "File", "Settings…").trigger()
    assert "Type your name" in seen["message"] and ctx.actor == "Deniz Şahin (IOM)"


def _letterhead(path: Path) -> Path:
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Ankara Office letterhead — Antetli kağıt"
    document.styles.add_style("UNNM Letterhead Mark", WD_STYLE_TYPE.PARAGRAPH)
    document.save(str(path))
    return path


def test_own_word_template_is_used_and_validated(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    m = small_meeting(ctx)
    _open(window, m)
    template = _letterhead(tmp_path / "letterhead.docx")
    (tmp_path / "notes.txt").write_text("not a template")
    (tmp_path / "broken.docx").write_bytes(b"not a zip file")
    settings_action = _menu_action(window, "File", "Settings…")

    for bad, words in (
        ("notes.txt", "must be a .docx"),
        ("missing.docx", "does not exist"),
        ("broken.docx", "cannot be used"),
    ):
        seen = _settings_exec(monkeypatch, lambda dialog, name=bad: dialog.template.setText(str(tmp_path / name)))
        settings_action.trigger()
        assert words in seen["message"], seen
        assert window.settings.word_template == ""

    folder = tmp_path / "exports"
    folder.mkdir()

    def choose(dialog: SettingsDialog) -> None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(template), ""))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
        dialog.findChild(QPushButton, "templateBrowseButton").click()
        dialog.findChild(QPushButton, "exportFolderBrowseButton").click()

    _settings_exec(monkeypatch, choose)
    settings_action.trigger()
    assert window.settings.word_template == str(template) and window.settings.export_folder == str(folder)

    Boxes(monkeypatch)
    save = SaveAs(monkeypatch, folder)
    window.minutes_menu.export_word_action.trigger()
    assert Path(save.offered[-1][0]).parent == folder
    exported = docx.Document(str(folder / save.offered_name))
    assert "Ankara Office letterhead — Antetli kağıt" in [p.text for p in exported.sections[0].header.paragraphs]
    assert "UNNM Letterhead Mark" in [s.name for s in exported.styles]

    def reset(dialog: SettingsDialog) -> None:
        dialog.findChild(QPushButton, "templateResetButton").click()

    _settings_exec(monkeypatch, reset)
    settings_action.trigger()
    assert window.settings.word_template == ""
    window.minutes_menu.export_word_action.trigger()
    headers = [p.text for p in docx.Document(str(folder / save.offered_name)).sections[0].header.paragraphs]
    assert "Ankara Office letterhead — Antetli kağıt" not in headers


def test_a_template_deleted_since_is_reported(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    m = small_meeting(ctx)
    _open(window, m)
    window.settings.word_template = str(tmp_path / "gone.docx")
    boxes = Boxes(monkeypatch)
    SaveAs(monkeypatch, tmp_path)
    window.minutes_menu.export_word_action.trigger()
    assert "File → Settings" in boxes.kinds("warning")[0]
    assert not list(tmp_path.glob("*.docx"))
    window.minutes_menu.export_pdf_action.trigger()  # a PDF needs no Word template
    assert list(tmp_path.glob("*.pdf"))


def test_minutes_menu_module_is_light() -> None:
    # The window imports the menu at start; services, export, printing and the dialogs wait until first used.
    heavy = (
        "sqlalchemy",
        "docx",
        "lxml",
        "PySide6.QtPrintSupport",
        "unnm_desktop.export",
        "unnm_desktop.services.meeting.meetings",
    )
    code = f"import sys, unnm_desktop.gui.minutes.menu; print([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_every_control_in_the_dialogs_has_an_accessible_name(window: MainWindow, ctx: ServiceContext) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QPlainTextEdit

    m = small_meeting(ctx)
    signoff.sign_off(ctx, m.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz")], backup=False)
    other = small_meeting(ctx, title="Another meeting")
    dialogs = [
        SignOffDialog(window, ctx, other.meeting_id),
        ReopenDialog(window, ctx, m.meeting_id),
        RevisionsDialog(window, ctx, m.meeting_id, lambda _id: None),
        SettingsDialog(window, window.settings),
    ]
    assert [d.objectName() for d in dialogs] == ["signOffDialog", "reopenDialog", "revisionsDialog", "settingsDialog"]
    for dialog in dialogs:
        for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QAbstractButton):
            for widget in dialog.findChildren(kind):
                if widget.objectName().startswith("qt_") or not widget.objectName():
                    continue
                if isinstance(widget, QAbstractButton) and widget.text():
                    continue
                assert widget.accessibleName(), f"{dialog.objectName()}: {widget.objectName()}"
        dialog.deleteLater()

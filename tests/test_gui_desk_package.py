"""Desk → Export / Import meeting package…: a meeting carried from one database to a second through the
dialogs, the preview saying what will be added, unchanged or in conflict, keep or replace, and broken
packages refused with the service's one message and nothing changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from database_templates import DatabaseTemplates
from desk_gui_support import Boxes, Files, make_window
from package_support import as_old_format, dump_database
from PySide6.QtWidgets import QGroupBox, QTableWidget

from unnm_desktop.gui.desk.package_dialogs import PackageImportDialog
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.search import search
from unnm_desktop.services.meeting import meetings


@pytest.fixture
def ctx(demo_ctx_of: Callable[[int], ServiceContext]) -> ServiceContext:
    """The demo (`fill_demo` on a new database), copied from the session's template: every test here opens it."""
    return demo_ctx_of(3)


@pytest.fixture
def laptop(qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    win = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    yield win
    win.close()


@pytest.fixture
def secretariat(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database_templates: DatabaseTemplates
) -> Iterator[MainWindow]:
    other = database_templates.open_new(tmp_path / "secretariat.sqlite3", actor="Secretariat")
    win = make_window(qtbot, other, tmp_path / "settings", monkeypatch)
    yield win
    win.close()
    other.close()


class Preview:
    """PackageImportDialog.exec replaced: records what the preview shows, then runs `then` (import or cancel)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.rows: list[list[str]] = []
        self.directory = ""
        self.conflict_choice_shown = False
        self.import_enabled = False
        self.then: Callable[[PackageImportDialog], None] = lambda dialog: dialog.accept()

        def run(dialog: PackageImportDialog) -> int:
            table = dialog.findChild(QTableWidget, "packagePreviewTable")
            self.rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
            self.directory = dialog.directory.text()
            self.conflict_choice_shown = not dialog.findChild(QGroupBox, "packageConflictGroup").isHidden()
            self.import_enabled = dialog.import_button.isEnabled()
            self.then(dialog)
            return dialog.result()

        monkeypatch.setattr(PackageImportDialog, "exec", run)


def _draft(ctx: ServiceContext) -> Any:
    return next(m for m in meetings.list_meetings(ctx) if m.status == "draft")


def _export(laptop: MainWindow, files: Files, path: Path) -> Path:
    laptop.refresh_meetings(_draft(laptop.ctx).id)
    files.save_as = path
    written = laptop.desk_menu.export_package()
    assert written == path and path.is_file()
    return path


def test_a_meeting_reaches_a_second_database(laptop: MainWindow, secretariat: MainWindow, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    files, boxes, preview = Files(monkeypatch), Boxes(monkeypatch), Preview(monkeypatch)
    draft = _draft(laptop.ctx)
    laptop.refresh_meetings(draft.id)
    laptop.desk_menu.update_state()
    assert laptop.desk_menu.export_package_action.isEnabled()
    files.save_as = tmp_path / "handover"  # the extension is added
    written = laptop.desk_menu.export_package()
    assert written == tmp_path / "handover.unnmpkg"
    assert files.offered_name == "UNNM-TR_2023_1.unnmpkg"  # named after the reference, as the format proposes
    assert "Meeting packages (*.unnmpkg *.unnm.json)" in files.offered[-1][1]

    assert not meetings.list_meetings(secretariat.ctx)
    files.open = written
    report = secretariat.desk_menu.import_package()
    assert report is not None and report.applied
    assert preview.rows[0][0] == draft.reference and preview.rows[0][2] == "Will be added"
    assert "to add" in preview.directory and preview.import_enabled and not preview.conflict_choice_shown
    assert "added" in boxes.kinds("information")[-1]
    imported = meetings.list_meetings(secretariat.ctx)
    assert [m.id for m in imported if m.id == draft.id] == [draft.id]
    assert secretariat.meeting_model.row_of(draft.id) >= 0  # the meetings list shows it
    assert search(secretariat.ctx, "goc") and search(secretariat.ctx, "goc")[0].meeting_id == draft.id

    # The same package again: nothing to import, said so, and nothing changes.
    before = dump_database(secretariat.ctx)
    preview.then = lambda dialog: dialog.reject()
    assert secretariat.desk_menu.import_package() is None
    assert preview.rows[0][2] == "Unchanged — already here" and not preview.import_enabled
    assert dump_database(secretariat.ctx) == before


def test_a_conflict_is_kept_unless_replace_is_chosen(laptop: MainWindow, secretariat: MainWindow, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    files, _boxes, preview = Files(monkeypatch), Boxes(monkeypatch), Preview(monkeypatch)
    draft = _draft(laptop.ctx)
    files.open = _export(laptop, files, tmp_path / "first.unnmpkg")
    secretariat.desk_menu.import_package()
    meetings.update_meeting(laptop.ctx, draft.id, title="Başlık — laptop")
    meetings.update_meeting(secretariat.ctx, draft.id, title="Başlık — sekretarya")
    # As older builds write it (no base): decided per whole meeting; tests/test_gui_package_merge.py has the merge.
    files.open = as_old_format(_export(laptop, files, tmp_path / "second.unnm.json"))

    before = dump_database(secretariat.ctx)
    preview.then = lambda dialog: dialog.reject()
    secretariat.desk_menu.import_package()
    assert preview.rows[0][2].startswith("Conflict") and "both here and in the package" in preview.rows[0][3]
    assert preview.conflict_choice_shown and not preview.import_enabled
    assert dump_database(secretariat.ctx) == before

    def replace(dialog: PackageImportDialog) -> None:
        dialog.replace.setChecked(True)  # the preview is made again for this choice
        table = dialog.findChild(QTableWidget, "packagePreviewTable")
        assert table.item(0, 2).text() == "Will be replaced by the package's version"
        assert dialog.import_button.isEnabled()
        dialog.accept()

    preview.then = replace
    report = secretariat.desk_menu.import_package()
    assert [m.result for m in report.meetings] == ["replaced"] and report.backup
    assert meetings.get_meeting(secretariat.ctx, draft.id).title == "Başlık — laptop"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"{ not json",
        lambda data: data[: len(data) // 2],  # truncated on the USB stick
        lambda data: data.replace(b'"version": 1', b'"version": 99', 1),
        lambda data: b"PK\x03\x04" + data,
    ],
    ids=["not-json", "truncated", "newer-version", "zip"],
)
def test_a_broken_package_is_refused_and_nothing_changes(laptop: MainWindow, secretariat: MainWindow,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         damage: Callable[[bytes], bytes]) -> None:  # fmt: skip
    files, boxes, preview = Files(monkeypatch), Boxes(monkeypatch), Preview(monkeypatch)
    good = _export(laptop, files, tmp_path / "good.unnmpkg")
    broken = tmp_path / "broken.unnmpkg"
    broken.write_bytes(damage(good.read_bytes()))
    before = dump_database(secretariat.ctx)
    files.open = broken
    assert secretariat.desk_menu.import_package() is None
    warnings = boxes.kinds("warning")
    assert len(warnings) == 1 and warnings[0].startswith("The package") and "cannot be imported" in warnings[0]
    assert "Traceback" not in warnings[0]
    assert preview.rows == []  # no preview: refused before anything was shown
    assert dump_database(secretariat.ctx) == before


def test_export_needs_an_open_meeting(secretariat: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    Files(monkeypatch)
    assert secretariat.meeting_id is None
    secretariat.desk_menu.update_state()
    assert not secretariat.desk_menu.export_package_action.isEnabled()
    assert secretariat.desk_menu.export_package() is None
    assert "Select a meeting first" in secretariat.statusBar().currentMessage()

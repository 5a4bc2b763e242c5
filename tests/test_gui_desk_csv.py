"""Desk → Import people and organisations from CSV…: a Windows-1254 file with Turkish names through the real
dialog — the detected encoding, the guessed column mapping, sample rows, duplicates — then the import, read
back through the services; a mapping chosen by hand; unreadable files refused with a message."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desk_gui_support import Boxes, Files, make_window
from PySide6.QtWidgets import QComboBox, QTableWidget

from unnm_desktop.gui.directory.import_dialog import DirectoryImportDialog
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory

CSV = (
    "Ad Soyad;Unvan;E-posta;Kurum\r\n"
    "Şükrü Öztürk;Uzman;sukru@example.org;PMM\r\n"
    "Işıl Çağlar;Koordinatör;isil@example.org;KAMER\r\n"
    "İSMAİL ÇELİK;Müdür;;DGMM\r\n"
    "Gülşen Yıldız;;gulsen@example.org;UNHCR\r\n"
    "gulsen yildiz;;other@example.org;UNHCR\r\n"
    "Ayşe Kaya;;not-an-address;IOM\r\n"
)


@pytest.fixture
def window(qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    directory.create_person(ctx, full_name="İsmail Çelik", organization_id=directory.find_organization(ctx, "PMM").id)  # type: ignore[union-attr]
    win = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    yield win
    win.close()


def _table(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _drive(
    monkeypatch: pytest.MonkeyPatch, step: Callable[[DirectoryImportDialog], None]
) -> list[DirectoryImportDialog]:
    seen: list[DirectoryImportDialog] = []

    def run(dialog: DirectoryImportDialog) -> int:
        seen.append(dialog)
        step(dialog)
        return dialog.result()

    monkeypatch.setattr(DirectoryImportDialog, "exec", run)
    return seen


def test_turkish_names_in_code_page_1254(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    files, boxes = Files(monkeypatch), Boxes(monkeypatch)
    files.open = tmp_path / "katilimcilar.csv"
    files.open.write_bytes(CSV.encode("cp1254"))
    shown: dict[str, object] = {}

    def look_then_import(dialog: DirectoryImportDialog) -> None:
        shown["encoding"] = dialog.encoding.text()
        shown["mapping"] = {name: combo.currentText() for name, combo in dialog.combos.items()}
        shown["sample"] = _table(dialog.findChild(QTableWidget, "csvSampleTable"))
        shown["plan"] = _table(dialog.findChild(QTableWidget, "csvPlanTable"))
        shown["summary"] = dialog.summary_label.text()
        shown["import"] = dialog.import_button.isEnabled()
        dialog.accept()

    _drive(monkeypatch, look_then_import)
    summary = window.desk_menu.import_directory_csv()
    assert "Windows-1254 (Turkish)" in str(shown["encoding"]) and "semicolon" in str(shown["encoding"])
    mapping = shown["mapping"]
    assert mapping["full_name"] == "1: Ad Soyad" and mapping["email"] == "3: E-posta"  # type: ignore[index]
    assert mapping["organization"] == "4: Kurum" and mapping["first_name"] == "(not in the file)"  # type: ignore[index]
    assert shown["sample"][0][:2] == ["Şükrü Öztürk", "Uzman"]  # type: ignore[index]
    plan = {row[2]: row for row in shown["plan"]}  # type: ignore[attr-defined]
    assert plan["Şükrü Öztürk"][1] == "Add person"
    assert plan["İSMAİL ÇELİK"][1] == "Skip" and plan["İSMAİL ÇELİK"][4].startswith("Duplicate: same name as İsmail")
    assert plan["gulsen yildiz"][4].startswith("Duplicate: same name as Gülşen Yıldız")
    assert plan["Işıl Çağlar"][3] == "KAMER (new)"
    assert plan["Ayşe Kaya"][1] == "Error"
    assert "2 duplicates" in str(shown["summary"]) and shown["import"]

    assert summary is not None and (summary.people, summary.organizations) == (3, 1)
    names = {p.full_name for p in directory.list_people(ctx)}
    assert {"Şükrü Öztürk", "Işıl Çağlar", "Gülşen Yıldız"} <= names and "gulsen yildiz" not in names
    assert directory.find_organization(ctx, "KAMER") is not None
    assert "Imported 3 people and 1 organisations" in boxes.kinds("information")[-1]


def test_columns_chosen_by_hand(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    files, _boxes = Files(monkeypatch), Boxes(monkeypatch)
    files.open = tmp_path / "list.csv"
    files.open.write_text("Katılımcının ismi,Nerede\nÇiğdem Güneş,Gaziantep\n", encoding="utf-8-sig")
    before = len(directory.list_people(ctx))

    def map_then_import(dialog: DirectoryImportDialog) -> None:
        assert "UTF-8 with a byte-order mark" in dialog.encoding.text()
        assert not dialog.import_button.isEnabled() and "No column holds names" in dialog.message.text()
        combo = dialog.findChild(QComboBox, "csvMap_full_name")
        assert combo.accessibleName() == "Column for full name"
        combo.setCurrentIndex(combo.findData(0))  # the plan is made again
        assert dialog.import_button.isEnabled() and not dialog.message.text()
        assert _table(dialog.plan)[0][1:3] == ["Add person", "Çiğdem Güneş"]
        dialog.accept()

    _drive(monkeypatch, map_then_import)
    assert window.desk_menu.import_directory_csv().people == 1
    assert len(directory.list_people(ctx)) == before + 1


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x81\x8d\x8f\x90\x9d" * 3, "neither UTF-8 nor Windows-1254")],
    ids=["empty", "not-text"],
)
def test_an_unreadable_file_is_refused(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, content: bytes, message: str) -> None:  # fmt: skip
    files, boxes = Files(monkeypatch), Boxes(monkeypatch)
    files.open = tmp_path / "bad.csv"
    files.open.write_bytes(content)
    seen = _drive(monkeypatch, lambda dialog: dialog.accept())
    before = len(directory.list_people(ctx))
    assert window.desk_menu.import_directory_csv() is None
    assert not seen and message in boxes.kinds("warning")[0]
    assert len(directory.list_people(ctx)) == before

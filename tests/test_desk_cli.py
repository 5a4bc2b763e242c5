"""The desk commands as a user runs them: search, register, actions, gcm-report, import-directory."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest
from cli_runner import run
from engine_fixtures import NewDatabase, Templates, lasting_location

from unnm_desktop.store.address import Location


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, templates: Templates) -> Location:
    """What `demo --db PATH` makes (fill_demo by the actor "Demo data"), copied from the session's template:
    test_cli.py runs the command itself."""
    path = lasting_location(templates, tmp_path_factory, "desk-cli", empty=False)
    return templates.copy_to(path, demo_meetings=3, actor="Demo data")


def test_search_json_contract_and_turkish_folding(demo_db: Location) -> None:
    result = run("search", "--db", str(demo_db), "goc", "--json")
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)
    assert results and len(results) <= 30
    for entry in results:
        assert set(entry) == {
            "kind", "id", "meeting_id", "meeting_reference", "meeting_title", "agenda_item_id", "snippet", "score"
        }  # fmt: skip
        assert "«" in entry["snippet"] and "»" in entry["snippet"]
        assert entry["meeting_reference"].startswith("UNNM-TR/")
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)
    same = json.loads(run("search", "--db", str(demo_db), "GÖÇ", "--json").stdout)
    assert [r["id"] for r in same] == [r["id"] for r in results]
    plain = run("search", "--db", str(demo_db), "xqzwv")
    assert plain.returncode == 0 and "Nothing found." in plain.stdout
    bad = run("search", "--db", str(demo_db), "goc", "--kind", "minutes")
    assert bad.returncode == 1 and "not something to search" in bad.stderr


def test_register_filters_json_and_exports(demo_db: Location, tmp_path: Path) -> None:
    result = run("register", "--db", str(demo_db), "--org", "PMM", "--json")
    assert result.returncode == 0, result.stderr
    assert [e["reference"] for e in json.loads(result.stdout)] == ["UNNM-TR/2021/1/3", "UNNM-TR/2023/1/2"]
    result = run("register", "--db", str(demo_db), "--outcome", "deferred", "--from", "2023-01-01", "--json")
    assert [e["reference"] for e in json.loads(result.stdout)] == ["UNNM-TR/2023/1/4"]
    out = tmp_path / "register.xlsx"
    result = run("register", "--db", str(demo_db), "--out", str(out))
    assert result.returncode == 0 and "Wrote 12 decisions" in result.stdout
    assert openpyxl.load_workbook(out).active.max_row == 13
    out = tmp_path / "register.docx"
    assert run("register", "--db", str(demo_db), "--objective", "23", "--out", str(out)).returncode == 0
    assert len(docx.Document(str(out)).tables[0].rows) == 1 + 5
    bad = run("register", "--db", str(demo_db), "--out", str(tmp_path / "register.pdf"))
    assert bad.returncode == 1 and ".docx or .xlsx" in bad.stderr
    unknown = run("register", "--db", str(demo_db), "--org", "NOPE")
    assert unknown.returncode == 1 and "No organisation has the acronym" in unknown.stderr


def test_actions_and_gcm_report(demo_db: Location, tmp_path: Path) -> None:
    result = run("actions", "--db", str(demo_db), "--overdue", "--json")
    assert result.returncode == 0, result.stderr
    overdue = json.loads(result.stdout)
    assert overdue and all(a["overdue"] and a["status"] in ("open", "in_progress") for a in overdue)
    out = tmp_path / "actions.xlsx"
    assert run("actions", "--db", str(demo_db), "--org", "IOM", "--out", str(out)).returncode == 0
    assert openpyxl.load_workbook(out).active["A1"].value == "Action"
    result = run("gcm-report", "--db", str(demo_db), "--from", "2019-01-01", "--to", "2023-12-31", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [o["number"] for o in report["objectives"]] == list(range(1, 24))
    assert report["totals"]["decisions"] == 10
    out = tmp_path / "gcm.docx"
    assert (
        run(
            "gcm-report", "--db", str(demo_db), "--from", "2019-01-01", "--to", "2023-12-31", "--out", str(out)
        ).returncode
        == 0
    )
    assert len(docx.Document(str(out)).tables[0].rows) == 24
    bad = run("gcm-report", "--db", str(demo_db), "--from", "2019-13-01", "--to", "2023-12-31")
    assert bad.returncode == 1 and "not a date" in bad.stderr


def test_import_directory_preview_then_apply(tmp_path: Path, new_db: NewDatabase) -> None:
    db = new_db("directory")
    assert run("list", "--db", str(db)).returncode == 0  # creates it, with the starter directory
    csv_file = tmp_path / "people.csv"
    csv_file.write_bytes(
        "Adı Soyadı;Kurum;E-posta\nŞebnem Işık;IOM;sebnem@example.org\nŞEBNEM IŞIK;IOM;\n".encode("cp1254")
    )
    preview = run("import-directory", "--db", str(db), str(csv_file))
    assert preview.returncode == 0, preview.stderr
    assert "cp1254" in preview.stdout and "“Adı Soyadı” → full_name" in preview.stdout
    assert "same name as Şebnem Işık (line 2)" in preview.stdout and "--apply" in preview.stdout
    applied = run("import-directory", "--db", str(db), str(csv_file), "--apply")
    assert applied.returncode == 0 and "Imported 1 people" in applied.stdout
    again = run("import-directory", "--db", str(db), str(csv_file), "--map", "email=E-posta", "--apply")
    assert again.returncode == 0 and "Imported 0 people" in again.stdout
    bad = run("import-directory", "--db", str(db), str(csv_file), "--map", "phone=1")
    assert bad.returncode == 1 and "FIELD=COLUMN" in bad.stderr

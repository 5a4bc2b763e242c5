"""The `unnm-desktop` command as a user runs it: a real process, real files (or a server), exit codes and messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run
from engine_fixtures import NewDatabase, Templates, lasting_location, outside_edit

from unnm_desktop.store.address import Location


@pytest.fixture(scope="module")
def demo_db(templates: Templates, tmp_path_factory: pytest.TempPathFactory) -> Location:
    path = lasting_location(templates, tmp_path_factory, "cli")
    result = run("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_list_json_has_the_contract_fields(demo_db: Location) -> None:
    result = run("list", "--db", str(demo_db), "--json")
    assert result.returncode == 0, result.stderr
    meetings = json.loads(result.stdout)
    assert len(meetings) == 3
    for meeting in meetings:
        assert {"id", "reference", "title", "start", "status"} <= set(meeting)
        assert meeting["status"] in ("draft", "circulated", "signed_off")
    assert [m["start"][:10] for m in meetings] == ["2023-11-02", "2021-06-24", "2019-11-20"]
    assert meetings[0]["start"] == "2023-11-02T10:00:00+03:00"
    assert {m["status"] for m in meetings} == {"draft", "signed_off"}


def test_list_plain_and_db_before_the_command(demo_db: Location) -> None:
    result = run("--db", str(demo_db), "list")
    assert result.returncode == 0
    assert "UNNM-TR/2021/1" in result.stdout and "signed_off" in result.stdout


def test_check_reports_counts_and_makes_a_verified_backup(demo_db: Location) -> None:
    result = run("check", "--db", str(demo_db))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Integrity: ok" in result.stdout and "chain intact" in result.stdout
    if not isinstance(demo_db, Path):  # a server's backups are pg_dump's (docs/server.md)
        assert "Backup:" not in result.stdout
        return
    backup = Path(result.stdout.split("Backup: ")[1].split(" (verified)")[0])
    assert backup.is_file()


def test_check_fails_after_an_outside_edit_of_signed_off_minutes(new_db: NewDatabase) -> None:
    path = new_db("edited")
    assert run("demo", "--db", str(path)).returncode == 0
    outside_edit(path, "UPDATE decision SET text = text || ' (edited)' WHERE reference = 'UNNM-TR/2019/1/1'")
    result = run("check", "--db", str(path))
    assert result.returncode == 1
    assert "UNNM-TR/2019/1 no longer match" in result.stdout


def test_env_variable_chooses_the_database(new_db: NewDatabase) -> None:
    path = new_db("from-env")
    if isinstance(path, Path):
        path = path.parent / "from-env" / "db.sqlite3"  # a folder that is not there yet is made too
    result = run("list", env={"UNNM_DESKTOP_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert "No meetings yet" in result.stdout
    assert run("list", "--json", env={"UNNM_DESKTOP_DB": str(path)}).stdout.strip() == "[]"
    if isinstance(path, Path):
        assert path.is_file()


@pytest.mark.sqlite_only("a damaged SQLite file; a server's database cannot be a text file")
def test_damaged_file_gives_one_clear_sentence_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("meeting notes typed into the wrong file", encoding="utf-8")
    for command in (["list"], ["check"], ["demo"]):
        result = run(*command, "--db", str(path))
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert result.stderr.startswith("unnm-desktop: ") and str(path) in result.stderr
        assert "not been modified" in result.stderr
    assert path.read_text(encoding="utf-8") == "meeting notes typed into the wrong file"


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    assert run("no-such-command").returncode == 2
    assert run("demo", "--meetings", "many").returncode == 2
    result = run("list", "--exit-when-ready", "--db", str(tmp_path / "x.sqlite3"))
    assert result.returncode == 2


def test_demo_with_more_meetings_fills_up_to_n(new_db: NewDatabase) -> None:
    path = new_db("more")
    assert run("demo", "--db", str(path), "--meetings", "6").returncode == 0
    assert run("demo", "--db", str(path), "--meetings", "6").returncode == 0  # a second run adds nothing
    meetings = json.loads(run("list", "--db", str(path), "--json").stdout)
    assert len(meetings) == 6
    assert run("check", "--db", str(path)).returncode == 0

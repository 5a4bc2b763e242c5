"""`unnm-desktop package export|import` as a user runs it: real processes, exit codes, messages without tracebacks."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from builders import small_meeting
from cli_runner import run as run_command
from engine_fixtures import NewDatabase, Templates, lasting_location, outside_query
from package_support import as_old_format

from unnm_desktop.services.context import open_context
from unnm_desktop.services.meeting import meetings
from unnm_desktop.store.address import Location


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_command(*args, env={"PYTHONIOENCODING": "utf-8"})


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, templates: Templates) -> Location:
    """What `demo --db PATH` makes (fill_demo by the actor "Demo data"), copied from the session's template:
    test_cli.py runs the command itself."""
    path = lasting_location(templates, tmp_path_factory, "package-cli", empty=False)
    return templates.copy_to(path, demo_meetings=3, actor="Demo data")


def test_export_then_import_into_a_new_database_and_again(
    demo_db: Location, tmp_path: Path, new_db: NewDatabase
) -> None:
    package = tmp_path / "2021.unnm.json"
    result = run("package", "export", "--db", str(demo_db), "--meeting", "UNNM-TR/2021/1", "--out", str(package))
    assert result.returncode == 0, result.stderr
    assert "UNNM-TR/2021/1" in result.stdout and package.is_file()
    assert json.loads(package.read_text(encoding="utf-8"))["format"] == "unnm-meeting-package"

    secretariat = new_db("secretariat")
    result = run("package", "import", "--db", str(secretariat), str(package))
    assert result.returncode == 0, result.stderr
    assert "Added:      1  (UNNM-TR/2021/1)" in result.stdout and "Conflicts:  0" in result.stdout
    assert "placeholders" in result.stdout  # the 2019 meeting whose actions it follows up

    result = run("package", "import", "--db", str(secretariat), str(package))
    assert result.returncode == 0, result.stderr
    assert "Unchanged:  1  (UNNM-TR/2021/1)" in result.stdout and "Added:      0" in result.stdout
    check = run("check", "--db", str(secretariat))
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_broken_package_exits_1_with_one_line(tmp_path: Path, new_db: NewDatabase) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "unnm-meeting-package", "version": 1, "meetings": [', encoding="utf-8")
    database = new_db("db")
    result = run("package", "import", "--db", str(database), str(broken))
    assert result.returncode == 1
    no_traceback(result)
    assert result.stderr.startswith("unnm-desktop: The package “broken.json” cannot be imported")
    assert "cut off" in result.stderr and result.stderr.count("\n") == 1
    # Checked before the database is even opened: no file made, no schema on a server.
    if isinstance(database, Path):
        assert not database.exists()
    else:
        assert outside_query(database, "SELECT to_regclass('alembic_version')") == [(None,)]


def test_export_errors_are_sentences(demo_db: Location, tmp_path: Path) -> None:
    result = run("package", "export", "--db", str(demo_db), "--meeting", "UNNM-TR/1999/9", "--out", str(tmp_path / "x"))
    assert result.returncode == 1 and "No meeting has the id or reference" in result.stderr
    no_traceback(result)
    result = run("package", "export", "--db", str(tmp_path / "none.sqlite3"), "--meeting", "x", "--out", "y")
    assert result.returncode == 1 and "There is no database" in result.stderr
    result = run(
        "package",
        "export",
        "--db",
        str(demo_db),
        "--meeting",
        "UNNM-TR/2023/1",
        "--out",
        str(tmp_path / "no" / "p.json"),
    )
    assert result.returncode == 1 and "does not exist" in result.stderr
    no_traceback(result)
    assert run("package", "export", "--db", str(demo_db)).returncode == 2  # usage: --meeting and --out are required


def test_a_conflict_exits_1_and_says_what_to_do_then_replace_resolves_it(tmp_path: Path, new_db: NewDatabase) -> None:
    laptop, secretariat = new_db("laptop"), new_db("secretariat")
    with open_context(laptop, actor="Rapporteur") as ctx:
        meeting_id = small_meeting(ctx).meeting_id
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    assert run("package", "export", "--db", str(laptop), "--meeting", meeting_id, "--out", str(first)).returncode == 0
    assert run("package", "import", "--db", str(secretariat), str(first)).returncode == 0
    with open_context(laptop) as ctx:
        meetings.update_meeting(ctx, meeting_id, title="Title from the laptop")
    with open_context(secretariat) as ctx:
        meetings.update_meeting(ctx, meeting_id, title="Title from the secretariat")
    assert run("package", "export", "--db", str(laptop), "--meeting", meeting_id, "--out", str(second)).returncode == 0
    as_old_format(second)  # as older builds write it: no base, so decided per whole meeting (as ever)

    result = run("package", "import", "--db", str(secretariat), str(second))
    assert result.returncode == 1
    no_traceback(result)
    assert "Conflicts:  1" in result.stdout
    assert "Conflict:" in result.stderr and "--on-conflict replace" in result.stderr
    with open_context(secretariat, read_only=True) as ctx:
        assert meetings.get_meeting(ctx, meeting_id).title == "Title from the secretariat"

    result = run("package", "import", "--db", str(secretariat), str(second), "--on-conflict", "replace")
    assert result.returncode == 0, result.stderr
    assert "Replaced:   1" in result.stdout
    # A file is backed up first; a server's backups are pg_dump's (docs/server.md), and none is claimed.
    assert ("Backup before replacing:" in result.stdout) == isinstance(secretariat, Path)
    with open_context(secretariat, read_only=True) as ctx:
        assert meetings.get_meeting(ctx, meeting_id).title == "Title from the laptop"
    assert run("package", "import", "--db", str(secretariat), str(second), "--on-conflict", "sideways").returncode == 2

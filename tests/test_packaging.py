"""A non-editable install carries ui/, resources/ and the migrations, and runs from anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return next(out.glob("unnm_desktop-*.whl"))


def test_wheel_contains_resources_ui_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "unnm_desktop/_data/resources/reference/gcm_objectives.json",
        "unnm_desktop/_data/resources/reference/organizations.json",
        "unnm_desktop/_data/resources/demo/meetings.json",
        "unnm_desktop/_data/resources/demo/synthetic.json",
        "unnm_desktop/store/migrations/env.py",
        "unnm_desktop/store/migrations/versions/0001_initial_schema.py",
        "unnm_desktop/_data/resources/translations/unnm_desktop_tr.qm",
        "unnm_desktop/_data/docs/user-guide.md",
        "unnm_desktop/_data/docs/user-guide.tr.md",
        "unnm_desktop/_data/docs/screenshots/agenda-tr.png",
    ):
        assert required in names, required
    ui_files = [n for n in names if n.startswith("unnm_desktop/_data/ui/") and n.endswith(".ui")]
    source_ui = list((ROOT / "ui").glob("*.ui"))
    assert len(ui_files) == len(source_ui)


def test_installed_wheel_runs_demo_list_and_check_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    # The checkout must not be importable: only the installed copy may answer.
    paths = [str(target)] + [p for p in sys.path if p and Path(p).resolve() != ROOT and "site-packages" in p]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "PYTHONSAFEPATH": "1"}
    db = tmp_path / "installed.sqlite3"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-P", "-m", "unnm_desktop", *args], capture_output=True, text=True, cwd=tmp_path,
            env=env, timeout=300,
        )  # fmt: skip

    where = subprocess.run(
        [sys.executable, "-P", "-c", "import unnm_desktop; print(unnm_desktop.__file__)"],
        capture_output=True, text=True, cwd=tmp_path, env=env, check=True,
    ).stdout  # fmt: skip
    assert str(target) in where
    assert run("demo", "--db", str(db)).returncode == 0
    listed = run("list", "--db", str(db), "--json")
    assert len(json.loads(listed.stdout)) == 3
    assert run("check", "--db", str(db)).returncode == 0

"""A `demo --meetings 200` database built once per test session, loaded with
`pytest_plugins = ("large_demo_fixtures",)`: open the template read-only, or take a private copy to change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from unnm_desktop.services.context import open_context
from unnm_desktop.services.demo import fill_demo

LARGE_DEMO_MEETINGS = 200


@pytest.fixture(scope="session")
def large_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`demo --meetings 200` (about 20 s): 195 synthetic meetings signed off, with tied follow-ups among them."""
    base = tmp_path_factory.mktemp("large-demo")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("DATA", "BACKUP", "LOG"):
            patch.setenv(f"UNNM_DESKTOP_{name}_DIR", str(base / name.lower()))
        path = base / f"demo-{LARGE_DEMO_MEETINGS}.sqlite3"
        with open_context(path, actor="Large demo") as ctx:
            fill_demo(ctx, total_meetings=LARGE_DEMO_MEETINGS)
    return path


@pytest.fixture
def large_demo_db(large_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the large demo database, free to be changed."""
    target = tmp_path / large_demo_template.name
    shutil.copyfile(large_demo_template, target)
    return target

"""A `demo --meetings 200` database built once per test session, loaded with
`pytest_plugins = ("large_demo_fixtures",)`: open the template read-only, or take a private copy to change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from database_templates import DatabaseTemplates

LARGE_DEMO_MEETINGS = 200
LARGE_DEMO_ACTOR = "Large demo"


@pytest.fixture(scope="session")
def large_demo_template(database_templates: DatabaseTemplates) -> Path:
    """`demo --meetings 200` (about 12 s, in a process of its own started with the session: tests/conftest.py):
    195 synthetic meetings signed off, with tied follow-ups among them."""
    return database_templates.template(demo_meetings=LARGE_DEMO_MEETINGS, actor=LARGE_DEMO_ACTOR)


@pytest.fixture
def large_demo_db(large_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the large demo database, free to be changed."""
    target = tmp_path / f"demo-{LARGE_DEMO_MEETINGS}.sqlite3"
    shutil.copyfile(large_demo_template, target)
    return target

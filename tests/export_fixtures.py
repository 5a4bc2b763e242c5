"""Fixtures of the export tests, loaded with `pytest_plugins = ("export_fixtures",)`: one demo database built
per session and copied for each test, so that a test may tamper with its copy."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from database_templates import DatabaseTemplates

from unnm_desktop.services.context import ServiceContext, open_context

EXPORT_ACTOR = "Export tests"


@pytest.fixture(scope="session")
def demo_template(database_templates: DatabaseTemplates) -> Path:
    """A demo database built once per session (three meetings, two signed off): never open it for writing."""
    return database_templates.template(demo_meetings=3, actor=EXPORT_ACTOR)


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database, free to be tampered with."""
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_ctx(demo_db: Path) -> Iterator[ServiceContext]:
    context = open_context(demo_db, actor=EXPORT_ACTOR)
    yield context
    context.close()

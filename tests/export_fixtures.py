"""Fixtures of the export tests, loaded with `pytest_plugins = ("export_fixtures",)`: one demo database built
per session and copied for each test, so that a test may tamper with its copy."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.demo import fill_demo


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database built once per session (three meetings, two signed off)."""
    base = tmp_path_factory.mktemp("export-demo")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("DATA", "BACKUP", "LOG"):
            patch.setenv(f"UNNM_DESKTOP_{name}_DIR", str(base / name.lower()))
        path = base / "demo.sqlite3"
        with open_context(path, actor="Export tests") as ctx:
            fill_demo(ctx)
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database, free to be tampered with."""
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_ctx(demo_db: Path) -> Iterator[ServiceContext]:
    context = open_context(demo_db, actor="Export tests")
    yield context
    context.close()

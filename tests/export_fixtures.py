"""Fixtures of the export tests, loaded with `pytest_plugins = ("export_fixtures",)`: one demo database built
per session (per engine: tests/engine_fixtures.py) and copied for each test, so that a test may tamper with its
copy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from engine_fixtures import NewDatabase, Templates, lasting_location

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.store.address import Location

EXPORT_ACTOR = "Export tests"


@pytest.fixture(scope="session")
def demo_template(templates: Templates) -> Location:
    """A demo database built once per session (three meetings, two signed off): never open it for writing."""
    return templates.template(demo_meetings=3, actor=EXPORT_ACTOR)


@pytest.fixture
def demo_db(demo_template: Location, templates: Templates, new_db: NewDatabase) -> Location:
    """A private copy of the demo database, free to be tampered with (a file, or a database on a server)."""
    return templates.copy_to(new_db("demo", empty=False), demo_meetings=3, actor=EXPORT_ACTOR)


@pytest.fixture(scope="module")
def module_demo_db(demo_template: Location, templates: Templates, tmp_path_factory: pytest.TempPathFactory) -> Location:
    """A copy of the demo database for one module's fixture (which may change it for that module's tests)."""
    target = lasting_location(templates, tmp_path_factory, "module-demo", empty=False)
    return templates.copy_to(target, demo_meetings=3, actor=EXPORT_ACTOR)


@pytest.fixture
def demo_ctx(demo_db: Location) -> Iterator[ServiceContext]:
    context = open_context(demo_db, actor=EXPORT_ACTOR)
    yield context
    context.close()

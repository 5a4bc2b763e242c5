"""One parametrised fixture, `engine`, runs the service, CLI and export tests on SQLite and on PostgreSQL.

`ctx`, `small`, `demo_ctx_of`, `db_path`, `new_db` and `templates` depend on `engine`, so a test that asks for
any of them runs twice: `[sqlite]` and `[postgresql]`. On PostgreSQL each test gets a database of its own in
the session's throwaway cluster (tests/server_fixtures.py), copied from a template built once per session
(tests/server_templates.py), as the SQLite tests copy a template file (tests/database_templates.py).

Stays on SQLite: a test marked `@pytest.mark.sqlite_only("why, in one line")` (or a module's `pytestmark`), and
the GUI tests (GUI_MODULES, or any test that drives widgets through `qtbot`): the desktop's windows on a
server are tested apart (tests/test_gui_server.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from builders import SmallMeeting
from database_templates import TEST_ACTOR, DatabaseTemplates
from server_fixtures import SCHEMA_TEMPLATE, TEMPLATE
from server_templates import ServerTemplates

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.store.address import Location, ServerAddress

ENGINES = ("sqlite", "postgresql")
GUI_MODULES = ("test_gui_", "test_keys_", "test_keyboard_", "test_xdotool_")
SQLITE_ONLY = "sqlite_only"
T = TypeVar("T")

Templates = DatabaseTemplates | ServerTemplates
NewDatabase = Callable[..., Location]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{SQLITE_ONLY}(reason): runs on SQLite only (the reason, in one line)")


def _stays_on_sqlite(metafunc: pytest.Metafunc) -> bool:
    marker = metafunc.definition.get_closest_marker(SQLITE_ONLY)
    if marker is not None:
        assert marker.args or marker.kwargs.get("reason"), f"{metafunc.definition.nodeid}: sqlite_only needs a reason"
        return True
    return metafunc.module.__name__.startswith(GUI_MODULES) or "qtbot" in metafunc.fixturenames


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames and not _stays_on_sqlite(metafunc):
        metafunc.parametrize("engine", ENGINES, indirect=True, scope="session")


@pytest.fixture(scope="session")
def engine(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgresql"; a test not parametrised (sqlite_only, GUI) is on SQLite."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def server_templates(postgres_cluster: Any) -> Iterator[ServerTemplates]:
    templates = ServerTemplates(postgres_cluster, new_template=TEMPLATE, schema_template=SCHEMA_TEMPLATE)
    yield templates
    templates.close()


@pytest.fixture(scope="session")
def templates(engine: str, request: pytest.FixtureRequest) -> DatabaseTemplates | ServerTemplates:
    """The session's templates on the test's engine: `copy_to(location)`, `open_new(location)`, `template()`…"""
    if engine == "postgresql":
        return request.getfixturevalue("server_templates")
    return request.getfixturevalue("database_templates")


@pytest.fixture
def new_db(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[..., Location]]:
    """`new_db("laptop")`: where a new register goes, as `--db` takes it: a file not made yet on SQLite, an
    empty database on PostgreSQL (the app migrates and seeds either on first open). `empty=False`: only the
    name of a database on PostgreSQL, when a template's copy is to be made there (`templates.copy_to`)."""
    made: list[ServerAddress] = []

    def new_location(label: str = "minutes", *, empty: bool = True) -> Location:
        if engine == "sqlite":
            return tmp_path / f"{label}.sqlite3"
        made.append(request.getfixturevalue("server_templates").new_database(label, empty=empty))
        return made[-1]

    yield new_location
    if made:
        server_templates: ServerTemplates = request.getfixturevalue("server_templates")
        for address in made:
            server_templates.drop(address)


@pytest.fixture
def db_path(new_db: Callable[..., Location], request: pytest.FixtureRequest) -> Location:
    """The test's database: a path on SQLite, an address on PostgreSQL (`str()` of either is what `--db` takes)."""
    copied_by_a_fixture = not {"ctx", "demo_ctx_of"}.isdisjoint(request.fixturenames)
    return new_db("minutes", empty=not copied_by_a_fixture)


@pytest.fixture
def ctx(
    db_path: Location, templates: DatabaseTemplates | ServerTemplates, request: pytest.FixtureRequest
) -> Iterator[ServiceContext]:
    """A new database (migrated, starter directory seeded): a copy of the session's template. When the test
    asks for `small` too, the copy holds what `small_meeting(ctx)` builds."""
    if "small" in request.fixturenames:
        request.node.stash[_SMALL] = templates.copy_small_meeting_to(db_path, actor=TEST_ACTOR)
    else:
        templates.copy_to(db_path)
    context = open_context(db_path, actor=TEST_ACTOR)
    yield context
    context.close()


_SMALL = pytest.StashKey[SmallMeeting]()


@pytest.fixture
def small(ctx: ServiceContext, request: pytest.FixtureRequest) -> SmallMeeting:
    """`small_meeting(ctx)`, already built in `ctx`'s database (copied from a template: 0.1 s a test saved)."""
    return request.node.stash[_SMALL]


@pytest.fixture
def demo_ctx_of(
    db_path: Location, templates: DatabaseTemplates | ServerTemplates
) -> Iterator[Callable[[int], ServiceContext]]:
    """`demo_ctx_of(n)`: the database of `fill_demo(ctx, total_meetings=n)` on a new `ctx` (the same database,
    `db_path`, the same actor), copied from a session template instead of built again."""
    opened: list[ServiceContext] = []

    def open_demo(total_meetings: int = 3) -> ServiceContext:
        assert not opened, "one demo database per test"
        templates.copy_to(db_path, demo_meetings=total_meetings)
        opened.append(open_context(db_path, actor=TEST_ACTOR))
        return opened[0]

    yield open_demo
    for context in opened:
        context.close()


def lasting_location(
    templates: Templates, tmp_path_factory: pytest.TempPathFactory, label: str, *, empty: bool = True
) -> Location:
    """`new_db(label)` for a module's or session's fixture: a new file, or an empty database that the session's
    cluster keeps until it ends."""
    if isinstance(templates, ServerTemplates):
        return templates.new_database(label, empty=empty)
    return tmp_path_factory.mktemp(label) / f"{label}.sqlite3"


def outside_query(location: Location, statement: str, **parameters: Any) -> list[tuple[Any, ...]]:
    """The rows of one query run on the database behind the app's back (`:name` parameters)."""
    return _outside(location, statement, parameters, lambda result: [tuple(row) for row in result])


def outside_edit(location: Location, statement: str, **parameters: Any) -> int:
    """One statement run and committed on the database behind the app's back (what no service would let
    through): the number of rows it changed."""
    return _outside(location, statement, parameters, lambda result: result.rowcount)


def _outside(location: Location, statement: str, parameters: dict[str, Any], answer: Callable[[Any], T]) -> T:
    from sqlalchemy import create_engine, text

    url = location.sqlalchemy_url() if isinstance(location, ServerAddress) else f"sqlite:///{location}"
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            return answer(connection.execute(text(statement), parameters))
    finally:
        engine.dispose()

"""Pytest fixtures for a real PostgreSQL server (tests/postgres_server.py starts it once per session).

- `postgres_cluster`: the running cluster (skipped when there is none, failed under UNNM_REQUIRE_POSTGRES=1);
- `server_address`: a new database for one test, made from a template that is migrated and seeded once;
- `server_ctx`: a ServiceContext on it;
- `server_logins`: one login per role of store/server_roles.py (no role given yet), `address_as` to connect as one.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from database_templates import TEST_ACTOR
from postgres_server import PostgresCluster, external_server_url, require_psycopg, required, server_binaries
from server_templates import ServerTemplates

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.store.address import ServerAddress
from unnm_desktop.store.server import open_server_engine

TEMPLATE = "unnm_template"
SCHEMA_TEMPLATE = "unnm_schema_template"


class ExternalServer:
    def __init__(self, url: str) -> None:
        self._base = url.rstrip("/")

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"{self._base}/{database}"

    def stop(self) -> None:
        pass


def _admin(server: PostgresCluster | ExternalServer) -> object:
    import psycopg

    return psycopg.connect(server.url("postgres"), autocommit=True)


def _needs_a_server(item: pytest.Item) -> bool:
    on_postgresql = getattr(item, "callspec", None) is not None and item.callspec.params.get("engine") == "postgresql"
    return on_postgresql or "postgres_cluster" in getattr(item, "fixturenames", ())


_starting: list[Future[PostgresCluster | ExternalServer | None]] = []


def pytest_collection_finish(session: pytest.Session) -> None:
    """The cluster starts (initdb and pg_ctl, seconds) in a thread while the first tests run, when a collected
    test needs it (under pytest-xdist every worker collects every test)."""
    if any(_needs_a_server(item) for item in session.items):
        _starting.append(ThreadPoolExecutor(1, thread_name_prefix="postgres-start").submit(_started_server))


def pytest_sessionfinish(session: pytest.Session) -> None:
    for starting in _starting:
        with contextlib.suppress(Exception):
            _stop(starting.result())


def _started_server() -> PostgresCluster | ExternalServer | None:
    """The running server (initdb and pg_ctl: other processes), or None without server binaries. Its templates
    are migrated by the fixture, in the tests' thread: Alembic's context is one per process."""
    external = external_server_url()
    if external:
        return ExternalServer(external)
    binaries = server_binaries()
    if binaries is None:
        return None
    # Not under pytest's own temporary folder: it is private to root, and the server runs as another user.
    server = PostgresCluster(Path(tempfile.mkdtemp(prefix="unnm-postgres-")), binaries)
    try:
        server.start()
    except BaseException:
        _stop(server)
        raise
    return server


def _build_templates(server: PostgresCluster | ExternalServer) -> None:
    with _admin(server) as admin:  # type: ignore[attr-defined]
        for database in (TEMPLATE, SCHEMA_TEMPLATE):
            admin.execute(f"DROP DATABASE IF EXISTS {database}")
            admin.execute(f"CREATE DATABASE {database}")
    # The template is migrated and seeded once; every test's database is a copy of it. The schema template is
    # migrated only: tests/server_templates.py seeds its copies as another actor.
    open_context(ServerAddress.parse(server.url(TEMPLATE)), actor=TEST_ACTOR).close()
    open_server_engine(ServerAddress.parse(server.url(SCHEMA_TEMPLATE))).dispose()


def _stop(server: PostgresCluster | ExternalServer | None) -> None:
    if server is None:
        return
    server.stop()
    if isinstance(server, PostgresCluster):
        shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster() -> PostgresCluster | ExternalServer:
    require_psycopg()
    if not _starting:  # a test that needs it without saying so at collection (getfixturevalue)
        _starting.append(ThreadPoolExecutor(1, thread_name_prefix="postgres-start").submit(_started_server))
    server = _starting[0].result()
    if server is None:
        message = "no PostgreSQL server binaries (apt-get install postgresql) and no UNNM_TEST_POSTGRES_URL"
        if required():
            pytest.fail(message)
        pytest.skip(message)
    _build_templates(server)
    return server  # stopped at the end of the session (pytest_sessionfinish)


@pytest.fixture
def server_address(server_templates: ServerTemplates) -> Iterator[ServerAddress]:
    """A copy of the migrated and seeded template (a ready copy made ahead: tests/ready_databases.py)."""
    address = server_templates.copy_to(server_templates.new_database("test", empty=False))
    yield address
    server_templates.drop(address)


@pytest.fixture
def server_ctx(server_address: ServerAddress) -> Iterator[ServiceContext]:
    context = open_context(server_address, actor=TEST_ACTOR)
    yield context
    context.close()


# One login per role, made once in the session's cluster (roles are the cluster's, not a database's). The
# throwaway cluster trusts loopback connections, so they have no password.
ROLE_LOGINS = {"secretariat": "aylin_secretariat", "rapporteur": "ismail_rapporteur", "reader": "isil_reader"}


@pytest.fixture(scope="session")
def server_logins(postgres_cluster: PostgresCluster | ExternalServer) -> dict[str, str]:
    """role -> login name; `unnm-desktop server grant` (or server_roles.grant_role) gives each its role."""
    if isinstance(postgres_cluster, ExternalServer):
        pytest.skip("the role tests make logins: they need the throwaway cluster, not UNNM_TEST_POSTGRES_URL")
    with _admin(postgres_cluster) as admin:  # type: ignore[attr-defined]
        for login in ROLE_LOGINS.values():
            if admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is None:
                admin.execute(f"CREATE ROLE {login} LOGIN")
    return dict(ROLE_LOGINS)


def address_as(postgres_cluster: PostgresCluster, address: ServerAddress, login: str) -> ServerAddress:
    """The same database, connected to as `login`."""
    return ServerAddress.parse(postgres_cluster.url(address.database, user=login))


def server_register_at(postgres_cluster: PostgresCluster | ExternalServer, revision: str) -> ServerAddress:
    """A new database migrated only to `revision`, holding one draft meeting `m-1`: the start of an upgrade test
    on the server (opening it with the services brings it to head)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from unnm_desktop.store.schema import MIGRATIONS_DIR

    name = f"unnm_at_{revision}"
    with _admin(postgres_cluster) as admin:  # type: ignore[attr-defined]
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    address = ServerAddress.parse(postgres_cluster.url(name))
    engine = create_engine(address.sqlalchemy_url())
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.execute(
            text(
                "INSERT INTO meeting (id, series, reference, title, start_utc, location, venue, modality,"
                " event_category, main_organisers, target_audience, language, time_zone, geographic_scope,"
                " sub_region, workstream_output, status, revision, created_at, updated_at) VALUES ('m-1', '',"
                " 'UNNM-TR/2026/9', 'Toplantı', now(), 'Ankara', '', 'in_person', '', '', '', 'tr',"
                " 'Europe/Istanbul', '', '', '', 'draft', 0, now(), now())"
            )
        )
    engine.dispose()
    return address

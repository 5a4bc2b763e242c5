"""Pytest fixtures for a real PostgreSQL server (tests/postgres_server.py starts it once per session).

- `postgres_cluster`: the running cluster (skipped when there is none, failed under UNNM_REQUIRE_POSTGRES=1);
- `server_address`: a new database for one test, made from a template that is migrated and seeded once;
- `server_ctx`: a ServiceContext on it;
- `server_logins`: one login per role of store/server_roles.py (no role given yet), `address_as` to connect as one.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from database_templates import TEST_ACTOR
from postgres_server import PostgresCluster, external_server_url, require_psycopg, required, server_binaries
from server_templates import ServerTemplates

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.store.address import ServerAddress

TEMPLATE = "unnm_template"


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


@pytest.fixture(scope="session")
def postgres_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresCluster | ExternalServer]:
    require_psycopg()
    external = external_server_url()
    if external:
        server: PostgresCluster | ExternalServer = ExternalServer(external)
    else:
        binaries = server_binaries()
        if binaries is None:
            message = "no PostgreSQL server binaries (apt-get install postgresql) and no UNNM_TEST_POSTGRES_URL"
            if required():
                pytest.fail(message)
            pytest.skip(message)
        # Not under pytest's own temporary folder: it is private to root, and the server runs as another user.
        server = PostgresCluster(Path(tempfile.mkdtemp(prefix="unnm-postgres-")), binaries)
        server.start()
    try:
        with _admin(server) as admin:  # type: ignore[attr-defined]
            admin.execute(f"DROP DATABASE IF EXISTS {TEMPLATE}")
            admin.execute(f"CREATE DATABASE {TEMPLATE}")
        # The template is migrated and seeded once; every test's database is a copy of it.
        open_context(ServerAddress.parse(server.url(TEMPLATE)), actor=TEST_ACTOR).close()
        yield server
    finally:
        server.stop()
        if isinstance(server, PostgresCluster):
            shutil.rmtree(server.folder, ignore_errors=True)


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

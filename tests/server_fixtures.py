"""Pytest fixtures for a real PostgreSQL server (tests/postgres_server.py starts it once per session).

- `postgres_cluster`: the running cluster (skipped when there is none, failed under UNNM_REQUIRE_POSTGRES=1);
- `server_address`: a new database for one test, made from a template that is migrated and seeded once;
- `server_ctx`: a ServiceContext on it.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from database_templates import TEST_ACTOR
from postgres_server import PostgresCluster, external_server_url, require_psycopg, required, server_binaries

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.store.address import ServerAddress

TEMPLATE = "unnm_template"
_numbers = itertools.count(1)


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
def server_address(postgres_cluster: PostgresCluster | ExternalServer) -> Iterator[ServerAddress]:
    name = f"unnm_test_{next(_numbers)}"
    with _admin(postgres_cluster) as admin:  # type: ignore[attr-defined]
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield ServerAddress.parse(postgres_cluster.url(name))
    with _admin(postgres_cluster) as admin:  # type: ignore[attr-defined]
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def server_ctx(server_address: ServerAddress) -> Iterator[ServiceContext]:
    context = open_context(server_address, actor=TEST_ACTOR)
    yield context
    context.close()

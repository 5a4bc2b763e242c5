"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, started on a free loopback
port by an unprivileged user (PostgreSQL refuses to run as root, and CI runs as root), stopped at the end.

The server binaries are found through `pg_config --bindir`, then /usr/lib/postgresql/*/bin (Debian).
UNNM_TEST_POSTGRES_URL=postgresql://user@host:port/ uses a server that is already running instead.
Without either the server tests are skipped, unless UNNM_REQUIRE_POSTGRES=1 (set by .ci/run): then a
missing server fails the run, so that CI can never pass without having run them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

SERVICE_USER = "postgres"  # the unprivileged account the Debian package creates; used only when we are root


def server_binaries() -> Path | None:
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True)
            candidates.append(Path(found.stdout.strip()))
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    return next(
        (folder for folder in candidates if (folder / "postgres").exists() and (folder / "initdb").exists()), None
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresCluster:
    """One cluster for the whole test session; databases are made in it per test (from templates)."""

    def __init__(self, folder: Path, binaries: Path, *, durable: bool = False) -> None:
        """`durable`: fsync and synchronous commit on, as a real server runs (the benchmarks' --durable)."""
        self.durable = durable
        self.folder = folder
        self.binaries = binaries
        self.data = folder / "data"
        self.port = free_port()
        self.superuser = "postgres"
        self._as_root = os.geteuid() == 0

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", SERVICE_USER, "--"] if self._as_root else []
        return subprocess.run([*prefix, *command], capture_output=True, text=True, check=True, cwd=self.folder)

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self._as_root:
            shutil.chown(self.folder, user=SERVICE_USER)
        self._run(str(self.binaries / "initdb"), "-D", str(self.data), "-A", "trust", "-U", self.superuser,
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        self._start()

    def _start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c max_connections=100"
        if not self.durable:  # a test cluster is thrown away, and the suite must stay fast on 2 cores
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(str(self.binaries / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.folder / "server.log"), "-w", "-t", "60", "start")  # fmt: skip

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(str(self.binaries / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def restart(self) -> None:
        """Stopped and started again on the same port (the connection-cut tests)."""
        self.stop()
        time.sleep(0.2)
        self._start()

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.superuser}@127.0.0.1:{self.port}/{database}"


def external_server_url() -> str | None:
    return os.environ.get("UNNM_TEST_POSTGRES_URL") or None


def required() -> bool:
    return os.environ.get("UNNM_REQUIRE_POSTGRES") == "1"


def require_psycopg() -> None:
    """The server tests need psycopg (the `server` extra): skipped without it, failed when required."""
    import pytest

    try:
        import psycopg  # noqa: F401
    except ImportError:
        message = 'psycopg is not installed (pip install -e ".[server]")'
        if required():
            pytest.fail(message)
        pytest.skip(message)

"""A server login that must give a password (scram-sha-256), in the session's throwaway cluster.

The cluster trusts loopback connections (tests/postgres_server.py); one pg_hba.conf line, put first, makes
this one login ask for its password, and leaves every other test's logins as they were. libpq's own password
sources (PGPASSWORD, ~/.pgpass, a service file) are taken away from every test that uses it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from server_fixtures import ExternalServer, _admin

from unnm_desktop.store.address import ServerAddress

PASSWORD_LOGIN = "sifreli_masa"
PASSWORD = "Gizli-Şifre-ğİ1"


@pytest.fixture(name="password_login", scope="session")
def password_login_fixture(postgres_cluster: object) -> str:
    if isinstance(postgres_cluster, ExternalServer):
        pytest.skip("the password tests change pg_hba.conf: they need the throwaway cluster")
    with _admin(postgres_cluster) as admin:  # type: ignore[attr-defined]
        if admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (PASSWORD_LOGIN,)).fetchone() is None:
            admin.execute("SET password_encryption = 'scram-sha-256'")
            admin.execute(f"CREATE ROLE {PASSWORD_LOGIN} LOGIN SUPERUSER PASSWORD {_literal(PASSWORD)}")
            hba = Path(admin.execute("SHOW hba_file").fetchone()[0])
            line = f"host all {PASSWORD_LOGIN} 127.0.0.1/32 scram-sha-256\n"
            hba.write_text(line + hba.read_text(encoding="utf-8"), encoding="utf-8")
            admin.execute("SELECT pg_reload_conf()")
    _wait_for_password_rule(postgres_cluster)
    return PASSWORD_LOGIN


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _wait_for_password_rule(cluster: object) -> None:
    """pg_reload_conf only signals the server: wait until the login is really asked for its password."""
    import psycopg

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            psycopg.connect(cluster.url("postgres", user=PASSWORD_LOGIN)).close()  # type: ignore[attr-defined]
        except psycopg.OperationalError as error:
            if "no password supplied" in str(error):
                return
        time.sleep(0.1)
    raise AssertionError("the server did not start asking for the password")


@pytest.fixture(name="no_libpq_password")
def no_libpq_password_fixture(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Neither PGPASSWORD nor a .pgpass nor a service file of the machine's may give libpq a password."""
    for name in ("PGPASSWORD", "PGSERVICE", "PGSERVICEFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))


def with_login(address: ServerAddress, login: str, password: str | None = None) -> ServerAddress:
    """The same database, connected to as `login` (with `password` typed, or none)."""
    url = address.url.replace(f"//{address.user}@", f"//{login}@", 1)
    return ServerAddress(url, password)

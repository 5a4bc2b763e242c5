"""Server passwords in the store layer: libpq's own means first, then the system keyring; never a plain-text file.

Against the session's real PostgreSQL cluster, with a login that must give its password (tests/password_login.py)
and a keyring in memory (tests/fake_keyring.py), never the machine's own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from builders import small_meeting
from fake_keyring import ENV_FILE, MemoryKeyring, memory_keyring_fixture, no_keyring_fixture  # noqa: F401
from password_login import PASSWORD, no_libpq_password_fixture, password_login_fixture, with_login  # noqa: F401

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.services.context import open_context
from unnm_desktop.services.meeting import meetings
from unnm_desktop.store.address import ServerAddress, resolve_database
from unnm_desktop.store.errors import StorageError
from unnm_desktop.store.server_passwords import (
    KEYRING_SERVICE,
    NO_KEYRING,
    forget_password,
    keyring_usable,
    keyring_username,
    remember_password,
    stored_password,
)
from unnm_desktop.store.server_probe import probe_server

pytestmark = pytest.mark.usefixtures("no_libpq_password")


def test_the_keyring_entry_is_named_by_user_host_port_and_database() -> None:
    assert keyring_username(ServerAddress.parse("postgresql://aylin@db.example.org/unnm")) == (
        "aylin@db.example.org:5432/unnm"
    )
    assert keyring_username(ServerAddress.parse("postgresql://aylin:secret@10.0.0.7:6543/unnm?sslmode=require")) == (
        "aylin@10.0.0.7:6543/unnm"
    )


def test_a_typed_password_never_shows_in_the_address_or_its_repr() -> None:
    address = ServerAddress.parse("postgresql://aylin:Şifre-ğ1@db.example.org/unnm")
    assert address.password == "Şifre-ğ1"
    assert "Şifre" not in address.url and "Şifre" not in repr(address) and "Şifre" not in address.display


def test_a_memory_keyring_keeps_and_forgets_the_password(memory_keyring: MemoryKeyring) -> None:
    address = ServerAddress.parse("postgresql://aylin@db.example.org:5432/unnm")
    assert keyring_usable()
    assert stored_password(address) is None
    remember_password(address, "Şifre-ğ1")
    assert memory_keyring.entries == {(KEYRING_SERVICE, "aylin@db.example.org:5432/unnm"): "Şifre-ğ1"}
    assert stored_password(address) == "Şifre-ğ1"
    forget_password(address)
    forget_password(address)  # nothing left to forget: no error
    assert stored_password(address) is None


@pytest.mark.usefixtures("no_keyring")
def test_without_a_usable_keyring_remembering_says_what_to_do_instead() -> None:
    address = ServerAddress.parse("postgresql://aylin@db.example.org/unnm")
    assert not keyring_usable()
    assert stored_password(address) is None
    with pytest.raises(StorageError) as refused:
        remember_password(address, "secret")
    assert (
        refused.value.template == NO_KEYRING and ".pgpass" in str(refused.value) and "PGPASSFILE" in str(refused.value)
    )
    forget_password(address)  # no error either


def test_without_the_keyring_package_nothing_breaks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # `import keyring` raises ImportError
    address = ServerAddress.parse("postgresql://aylin@db.example.org/unnm")
    assert not keyring_usable()
    assert stored_password(address) is None
    forget_password(address)
    with pytest.raises(StorageError):
        remember_password(address, "secret")


def test_the_keyring_gives_the_password_libpq_lacks(
    server_address: ServerAddress, password_login: str, memory_keyring: MemoryKeyring
) -> None:
    address = with_login(server_address, password_login)
    with pytest.raises(UserFacingError):  # no password anywhere: refused, in a sentence
        open_context(address, actor="Test").close()
    remember_password(address, PASSWORD)
    with open_context(address, actor="Test") as ctx:
        assert meetings.list_meetings(ctx) is not None
    assert (KEYRING_SERVICE, keyring_username(address)) in memory_keyring.asked


def test_libpq_own_password_comes_before_the_keyring(
    server_address: ServerAddress, password_login: str, memory_keyring: MemoryKeyring, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    address = with_login(server_address, password_login)
    remember_password(address, "not the password")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:*:*:{password_login}:{PASSWORD}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with open_context(address, actor="Test") as ctx:
        meetings.list_meetings(ctx)
    assert memory_keyring.asked == []  # libpq had one: the keyring was not even asked
    typed = with_login(server_address, password_login, PASSWORD)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with open_context(typed, actor="Test") as ctx:
        meetings.list_meetings(ctx)
    assert memory_keyring.asked == []


@pytest.mark.usefixtures("memory_keyring")
def test_the_test_connection_names_success_and_each_refusal(server_address: ServerAddress, password_login: str) -> None:
    with open_context(server_address, actor="Test") as ctx:
        small_meeting(ctx)
        count = len(meetings.list_meetings(ctx))
    found = probe_server(with_login(server_address, password_login, PASSWORD))
    assert count >= 1 and found.meetings == count
    # The login is a superuser, so once any test of the session has made the unnm_ roles (server init) it is a
    # member of all of them and reads as the secretariat; before that, no unnm_ role exists: its own name.
    assert found.role in (password_login, "secretariat")

    def sentence(address: ServerAddress) -> str:
        with pytest.raises(UserFacingError) as refused:
            probe_server(address, timeout_s=3)
        assert "Traceback" not in str(refused.value) and "\n" not in str(refused.value)
        return str(refused.value)

    assert "refused the password" in sentence(with_login(server_address, password_login, "wrong"))
    assert "asks for the password" in sentence(with_login(server_address, password_login))
    no_database = ServerAddress(server_address.url.replace(server_address.database, "no_such_register"))
    assert "no database named no_such_register" in sentence(no_database)
    assert "no login named nobody_here" in sentence(with_login(server_address, "nobody_here"))
    port = server_address.url.split(":")[2].split("/")[0]
    assert "cannot be reached" in sentence(ServerAddress(server_address.url.replace(f":{port}/", ":1/")))


def test_a_missing_driver_is_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(StorageError) as refused:
        probe_server(ServerAddress.parse("postgresql://aylin@db.example.org/unnm"))
    assert 'pip install "unnm-desktop[server]"' in str(refused.value)


def test_the_command_line_settings_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    saved = "postgresql://aylin@db.example.org:5432/unnm?sslmode=require"
    assert resolve_database(None, saved) == ServerAddress.parse(saved)
    monkeypatch.setenv("UNNM_DESKTOP_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_database(None, saved) == (tmp_path / "env.sqlite3").resolve()
    assert resolve_database(str(tmp_path / "cli.sqlite3"), saved) == (tmp_path / "cli.sqlite3").resolve()
    monkeypatch.delenv("UNNM_DESKTOP_DB")
    assert resolve_database(None, None) != ServerAddress.parse(saved)


def test_a_command_finds_the_password_in_the_keyring(
    server_address: ServerAddress, password_login: str, tmp_path: Path
) -> None:
    address = with_login(server_address, password_login)
    keyring_file = tmp_path / "keyring.json"
    keyring_file.write_text(json.dumps([[KEYRING_SERVICE, keyring_username(address), PASSWORD]]), encoding="utf-8")
    tests = str(Path(__file__).parent)
    environment = {**os.environ, "PYTHON_KEYRING_BACKEND": "fake_keyring.FileKeyring", ENV_FILE: str(keyring_file),
                   "PYTHONPATH": os.pathsep.join([tests, os.environ.get("PYTHONPATH", "")])}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "unnm_desktop", "--db", address.url, "check"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, env=environment,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    keyring_file.write_text("[]", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "unnm_desktop", "--db", address.url, "check"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, env=environment,
    )  # fmt: skip
    assert done.returncode != 0 and "Traceback" not in done.stderr

"""The register on a real PostgreSQL server: the same services, migrations and results as on SQLite."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from cli_runner import run as run_command

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.desk import search
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.store.address import ServerAddress, parse_location
from unnm_desktop.store.audit import verify_chain
from unnm_desktop.store.schema import HEAD_REVISION


def test_an_address_is_told_from_a_path_and_never_keeps_its_password() -> None:
    address = parse_location("postgresql://ayse:gizli@db.example.org:5433/unnm?sslmode=require")
    assert isinstance(address, ServerAddress)
    assert "gizli" not in address.url and "gizli" not in address.display
    assert address.password == "gizli"
    assert address.display == "ayse@db.example.org:5433/unnm"
    assert address.sqlalchemy_url() == "postgresql+psycopg://ayse@db.example.org:5433/unnm?sslmode=require"
    assert not isinstance(parse_location("minutes.sqlite3"), ServerAddress)


def test_the_schema_is_at_head_and_turkish_text_comes_back_unchanged(server_ctx: ServiceContext) -> None:
    with server_ctx.session() as session:
        assert session.connection().exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
    title = "Göç Ağı toplantısı — İstanbul, Işık & Şule 🇹🇷 مرحبا"
    meeting_id = meetings.create_meeting(server_ctx, title=title, start=datetime(2026, 5, 12, 10, 0))
    item_id = agenda.add_item(server_ctx, meeting_id, title="Gündem: ılık İğdır")
    agenda.set_notes(server_ctx, item_id, "PMM: göçmenler için ŞEHİR planı")
    assert meetings.get_meeting(server_ctx, meeting_id).title == title
    with server_ctx.session() as session:
        assert verify_chain(session).ok


def test_search_on_the_server_is_turkish_aware(server_ctx: ServiceContext) -> None:
    meeting_id = meetings.create_meeting(server_ctx, title="Işık İstanbul Göç", start=datetime(2026, 5, 12, 10, 0))
    for query in ("isik", "ISTANBUL", "goc", "Göç"):
        found = {hit.meeting_id for hit in search.search(server_ctx, query)}
        assert meeting_id in found, query
    assert not search.search(server_ctx, "stanbul")  # a word's beginning, as on SQLite


def test_a_server_address_without_the_driver_gets_one_clear_sentence(tmp_path: Path) -> None:
    script = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from unnm_desktop.cli import main\n"
        "sys.exit(main(['--db', 'postgresql://nobody@127.0.0.1:1/unnm', 'list']))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 1
    assert 'pip install "unnm-desktop[server]"' in done.stderr
    assert list(tmp_path.iterdir()) == []  # the address was never taken for a file name
    assert "Traceback" not in done.stderr


def test_an_unreachable_server_is_said_plainly(postgres_cluster: object) -> None:
    from unnm_desktop.store.errors import StorageError

    with pytest.raises(StorageError, match="cannot be reached"):
        open_context(ServerAddress.parse("postgresql://postgres@127.0.0.1:1/unnm"))


def test_the_command_line_lists_and_checks_a_server_database(server_address: ServerAddress) -> None:
    with open_context(server_address, actor="Test") as ctx:
        meetings.create_meeting(ctx, title="Ağ toplantısı", start=datetime(2026, 5, 12, 10, 0))
    # Each command in a process of its own, forked from a warm interpreter (tests/cli_runner.py).
    for command in (["list"], ["check"]):
        done = run_command("--db", server_address.url, *command)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
    assert "Ağ toplantısı" in run_command("--db", server_address.url, "list").stdout


def test_migration_0005_gives_the_server_its_word_index(postgres_cluster: object) -> None:
    """Upgrade test of 0005: a server database at 0004 opened by this version gets the words index."""
    import psycopg
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from unnm_desktop.store.schema import MIGRATIONS_DIR

    admin_url = postgres_cluster.url("postgres")  # type: ignore[attr-defined]
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS unnm_at_0004")
        admin.execute("CREATE DATABASE unnm_at_0004")
    address = ServerAddress.parse(postgres_cluster.url("unnm_at_0004"))  # type: ignore[attr-defined]
    engine = create_engine(address.sqlalchemy_url())
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    with open_context(address) as ctx, ctx.session() as session:
        found = session.execute(text("SELECT to_regclass('ix_search_entry_lexemes')")).scalar()
        assert found == "ix_search_entry_lexemes"
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION


def test_migration_0008_gives_the_server_its_sync_tables(postgres_cluster: object, laptop: ServiceContext) -> None:
    """Upgrade test of 0008: a server database at 0007 opened by this version gets the sync tables, and synchronises."""
    import psycopg
    from server_fixtures import server_register_at
    from sync_support import assert_synchronises_once

    address = server_register_at(postgres_cluster, "0007")  # type: ignore[arg-type]
    with psycopg.connect(postgres_cluster.url(address.database)) as raw:  # type: ignore[attr-defined]
        assert raw.execute("SELECT to_regclass('sync_base')").fetchone() == (None,)
    assert_synchronises_once(address, laptop, "m-1", "Toplantı")

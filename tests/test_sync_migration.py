"""Migration 0008: a register of revision 0007 gets empty sync tables, then synchronises (SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from server_fixtures import server_register_at
from sqlalchemy import create_engine
from sync_support import assert_converged

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import meetings
from unnm_desktop.services.sync.run import synchronise
from unnm_desktop.store.address import Location
from unnm_desktop.store.schema import MIGRATIONS_DIR


def _synchronises(location: Location, laptop: ServiceContext) -> None:
    with open_context(location, actor="Sekreterya") as register:
        report = synchronise(laptop, register)
        assert report.conflicts == () and report.pushed == 0
        assert meetings.get_meeting(laptop, "m-1").title == "Toplantı"
        assert_converged(laptop, register)
        assert synchronise(laptop, register).pulled == 0


def test_0008_gives_a_file_of_revision_0007_empty_sync_tables(
    tmp_path: Path, isolated_folders: Path, laptop: ServiceContext
) -> None:
    path = tmp_path / "before-0008.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
    with sqlite3.connect(path) as raw:
        assert "sync_base" not in {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        raw.execute(
            "INSERT INTO meeting (id, series, reference, title, start_utc, location, venue, modality, event_category,"
            " main_organisers, target_audience, language, time_zone, geographic_scope, sub_region, workstream_output,"
            " status, revision, created_at, updated_at, version) VALUES ('m-1', '', 'UNNM-TR/2026/9', 'Toplantı',"
            " '2026-12-03 07:00:00', 'Ankara', '', 'in_person', '', '', '', 'tr', 'Europe/Istanbul', '', '', '',"
            " 'draft', 0, '2026-12-01 10:00:00', '2026-12-01 10:00:00', 1)"
        )
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM sync_base").fetchone() == (0,)
        assert raw.execute("SELECT count(*) FROM sync_conflict").fetchone() == (0,)
    engine.dispose()
    _synchronises(path, laptop)


def test_0008_on_a_server_adds_the_sync_tables(postgres_cluster: object, laptop: ServiceContext) -> None:
    import psycopg

    address = server_register_at(postgres_cluster, "0007")  # type: ignore[arg-type]
    with psycopg.connect(postgres_cluster.url(address.database)) as raw:  # type: ignore[attr-defined]
        assert raw.execute("SELECT to_regclass('sync_base')").fetchone() == (None,)
    _synchronises(address, laptop)

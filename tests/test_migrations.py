"""Schema only through Alembic: upgrade from empty to head, and the models agree with the migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine

from unnm_desktop.store.database import open_database
from unnm_desktop.store.models import Base
from unnm_desktop.store.schema import HEAD_REVISION, MIGRATIONS_DIR, include_in_autogenerate, upgrade_to_head

pytestmark = pytest.mark.sqlite_only("each revision's SQLite file upgraded; a server's upgrade: test_server_basics")


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def _at_revision(path: Path, revision: str) -> Engine:
    """A new SQLite file migrated to `revision` (an installation of that version), rows then added with sqlite3."""
    engine = create_engine(f"sqlite:///{path}")
    _upgrade(engine, revision)
    return engine


def _upgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _insert_meeting(
    raw: sqlite3.Connection, *, time_zone: bool = True, version: bool = False, status: str = "draft", revision: int = 0
) -> None:
    """Meeting m-1 as the revision's table holds it: `time_zone` from 0003 on, `version` from 0006 on."""
    values = {"id": "m-1", "series": "", "reference": "UNNM-TR/2026/9", "title": "Toplantı",
              "start_utc": "2026-12-03 07:00:00", "location": "Ankara", "venue": "", "modality": "in_person",
              "event_category": "", "main_organisers": "", "target_audience": "", "language": "tr",
              "geographic_scope": "", "sub_region": "", "workstream_output": "", "status": status,
              "revision": revision, "created_at": "2026-12-01 10:00:00", "updated_at": "2026-12-01 10:00:00"}  # fmt: skip
    if time_zone:
        values["time_zone"] = "Europe/Istanbul"
    if version:
        values["version"] = 1
    raw.execute(f"INSERT INTO meeting ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                tuple(values.values()))  # fmt: skip


def test_head_revision_constant_matches_the_migrations() -> None:
    assert _script().get_current_head() == HEAD_REVISION


def test_upgrade_from_empty_to_head(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    with engine.begin() as connection:
        upgrade_to_head(connection)
        assert MigrationContext.configure(connection).get_current_revision() == HEAD_REVISION
    tables = {
        row[0]
        for row in sqlite3.connect(tmp_path / "empty.sqlite3").execute(
            "SELECT name FROM sqlite_master WHERE type='table'"
        )
    }
    assert set(Base.metadata.tables) <= tables


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'head.sqlite3'}")
    with engine.begin() as connection:
        upgrade_to_head(connection)
        context = MigrationContext.configure(connection, opts={"include_object": include_in_autogenerate})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_each_migration_upgrades_a_database_of_the_revision_before(tmp_path: Path) -> None:
    """Walk the chain one step at a time, as an old installation being upgraded would."""
    from alembic import command

    engine = create_engine(f"sqlite:///{tmp_path / 'steps.sqlite3'}")
    revisions = list(reversed(list(_script().walk_revisions())))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    for revision in revisions:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision.revision)
            assert MigrationContext.configure(connection).get_current_revision() == revision.revision


def test_opening_an_old_database_backs_it_up_first(tmp_path: Path, isolated_folders: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    # A database with Alembic's table but no revision stands in for one from before the first migration.
    with open_database(path) as db, db.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == HEAD_REVISION
    backups = list((isolated_folders / "backups").rglob("*before-upgrade*.sqlite3"))
    assert len(backups) == 1


def test_0003_gives_every_existing_meeting_the_istanbul_time_zone(tmp_path: Path, isolated_folders: Path) -> None:
    """A database of revision 0002 with a meeting in it: after the upgrade the meeting is read in Istanbul time."""
    path = tmp_path / "before-0003.sqlite3"
    engine = _at_revision(path, "0002")
    with sqlite3.connect(path) as raw:
        assert "time_zone" not in {row[1] for row in raw.execute("PRAGMA table_info(meeting)")}
        _insert_meeting(raw, time_zone=False)
    _upgrade(engine, "0003")
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT title, time_zone FROM meeting").fetchall() == [("Toplantı", "Europe/Istanbul")]
    engine.dispose()
    # And through the services: the app's own open (which upgrades to head) reads it back.
    from unnm_desktop.services.context import ServiceContext
    from unnm_desktop.services.meeting import meetings

    with open_database(path) as db:
        assert meetings.get_meeting(ServiceContext(db), "m-1").time_zone == "Europe/Istanbul"


def test_0004_gives_every_existing_sign_off_label_version_1(tmp_path: Path, isolated_folders: Path) -> None:
    """A database of revision 0003 with a signed-off meeting: after the upgrade its sign-off is label version 1
    (the labels it was printed with), so its Word files keep verifying after the labels are corrected."""
    path = tmp_path / "before-0004.sqlite3"
    engine = _at_revision(path, "0003")
    with sqlite3.connect(path) as raw:
        assert "label_version" not in {row[1] for row in raw.execute("PRAGMA table_info(sign_off)")}
        _insert_meeting(raw, status="signed_off", revision=1)
        raw.execute(
            "INSERT INTO sign_off (id, meeting_id, revision, signed_at, content_json, content_sha256)"
            " VALUES ('s-1', 'm-1', 1, '2026-12-03 12:00:00', '{}', ?)",
            ("0" * 64,),
        )
    _upgrade(engine, "0004")
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT id, revision, label_version FROM sign_off").fetchall() == [("s-1", 1, 1)]
    engine.dispose()
    # And through the services: the app's own open (which upgrades to head) reads version 1 back.
    from unnm_desktop.services.context import ServiceContext
    from unnm_desktop.services.minutes.verification import signed_versions

    with open_database(path) as db:
        assert [v.label_version for v in signed_versions(ServiceContext(db), "m-1")] == [1]


def test_0006_gives_every_edited_record_version_1(tmp_path: Path, isolated_folders: Path) -> None:
    """A database of revision 0005 with a meeting, an agenda item and the starter organisations: after the upgrade
    each has version 1, and an editor's save based on it is written and makes version 2."""
    path = tmp_path / "before-0006.sqlite3"
    engine = _at_revision(path, "0005")
    with sqlite3.connect(path) as raw:
        assert "version" not in {row[1] for row in raw.execute("PRAGMA table_info(agenda_item)")}
        _insert_meeting(raw)
        raw.execute(
            "INSERT INTO agenda_item (id, meeting_id, position, number, title, elapsed_seconds, notes_md, status,"
            " created_at, updated_at) VALUES ('a-1', 'm-1', 1, '1', 'Göç', 0, 'Işık', 'pending',"
            " '2026-12-01 10:00:00', '2026-12-01 10:00:00')"
        )
        raw.execute(
            "INSERT INTO organization (id, acronym, name_en, name_tr, kind, created_at, updated_at)"
            " VALUES ('o-1', 'PMM', 'Presidency of Migration Management', 'Göç İdaresi Başkanlığı', 'government',"
            " '2026-12-01 10:00:00', '2026-12-01 10:00:00')"
        )
    _upgrade(engine, "0006")
    with sqlite3.connect(path) as raw:
        for table in ("meeting", "agenda_item", "organization"):
            assert raw.execute(f"SELECT version FROM {table}").fetchall() == [(1,)], table
    engine.dispose()
    from unnm_desktop.services.context import ServiceContext
    from unnm_desktop.services.meeting import agenda

    with open_database(path) as db:
        ctx = ServiceContext(db)
        assert agenda.get_item(ctx, "a-1").version == 1
        assert agenda.set_notes(ctx, "a-1", "Işık ılık", expected_version=1)
        assert agenda.get_item(ctx, "a-1").version == 2


def test_0007_adds_an_empty_lease_table_that_takes_leases(tmp_path: Path, isolated_folders: Path) -> None:
    """A database of revision 0006 with a meeting: after the upgrade it has no lease, and one can be taken."""
    path = tmp_path / "before-0007.sqlite3"
    engine = _at_revision(path, "0006")
    with sqlite3.connect(path) as raw:
        assert "meeting_leases" not in {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        _insert_meeting(raw)
    _upgrade(engine, "0007")
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM meeting_leases").fetchone() == (0,)
    engine.dispose()
    from unnm_desktop.services.context import ServiceContext
    from unnm_desktop.services.meeting import leases

    with open_database(path) as db:
        ctx = ServiceContext(db)
        desk = leases.Desk("desk-1", "Ayşe Yılmaz", "sekreterya-01")
        assert leases.take(ctx, "m-1", desk).granted
        assert leases.current(ctx, "m-1").holder == "Ayşe Yılmaz"  # type: ignore[union-attr]


def test_0008_gives_a_file_of_revision_0007_empty_sync_tables_and_it_synchronises(
    tmp_path: Path, isolated_folders: Path, laptop: Any
) -> None:
    """A register of revision 0007 with a meeting: after the upgrade its sync tables are empty, and a laptop
    synchronises with it (a server's upgrade: test_server_basics)."""
    path = tmp_path / "before-0008.sqlite3"
    engine = _at_revision(path, "0007")
    with sqlite3.connect(path) as raw:
        assert "sync_base" not in {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        _insert_meeting(raw, version=True)
    _upgrade(engine, "0008")
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM sync_base").fetchone() == (0,)
        assert raw.execute("SELECT count(*) FROM sync_conflict").fetchone() == (0,)
    engine.dispose()
    from sync_support import assert_synchronises_once

    assert_synchronises_once(path, laptop, "m-1", "Toplantı")

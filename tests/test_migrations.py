"""Schema only through Alembic: upgrade from empty to head, and the models agree with the migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from unnm_desktop.store.database import open_database
from unnm_desktop.store.models import Base
from unnm_desktop.store.schema import HEAD_REVISION, MIGRATIONS_DIR, include_in_autogenerate, upgrade_to_head


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


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

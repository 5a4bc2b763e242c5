"""The schema revision this code expects, readable without importing Alembic (it costs ~0.3 s)."""

from __future__ import annotations

from pathlib import Path

# Must equal the head of store/migrations/versions; tests/test_migrations.py checks it.
HEAD_REVISION = "0001"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def upgrade_to_head(connection: object) -> None:
    """Run the Alembic migrations on an open SQLAlchemy connection."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")

"""The schema revision this code expects, readable without importing Alembic (it costs ~0.3 s)."""

from __future__ import annotations

from pathlib import Path

# Must equal the head of store/migrations/versions; tests/test_migrations.py checks it.
HEAD_REVISION = "0009"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def upgrade_to_head(connection: object) -> None:
    """Run the Alembic migrations on an open SQLAlchemy connection."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    # Derived data the migrations leave to the app: the search index (rebuilt when its version changed).
    from unnm_desktop.store.search_index import ensure_current

    ensure_current(connection)  # type: ignore[arg-type]


# The search index's tables (store/search_index.py) are made by migrations but are not in Base.metadata:
# FTS5 virtual tables and their shadow tables cannot be described there.
SEARCH_TABLE_PREFIX = "search_"


def include_in_autogenerate(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic `include_object`: leave the search index's tables out of model/database comparisons."""
    table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    return not (table or "").startswith(SEARCH_TABLE_PREFIX)

"""Alembic environment: runs on the connection the app hands over (see store/schema.py)."""

from __future__ import annotations

from alembic import context

from unnm_desktop.store.models import Base
from unnm_desktop.store.schema import include_in_autogenerate

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection: object) -> None:
    # render_as_batch: SQLite cannot ALTER most things, so later migrations rebuild tables in batches.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_in_autogenerate,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()

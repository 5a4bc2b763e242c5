"""On PostgreSQL, the search index's twin of FTS5: a trigram index on the folded text (pg_trgm).

store/search_query.py matches word prefixes there by regular expressions, which a GIN trigram index serves.
Nothing changes on SQLite (its FTS5 table was made by 0002).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 12:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # pg_trgm is a trusted extension (PostgreSQL 13 and later): the database's owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE INDEX ix_search_entry_folded_trgm ON search_entry USING gin (folded gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_search_entry_folded_trgm")

"""Full-text search index (SQLite FTS5 over folded text) and the note recorded when an action is done.

The index is derived data: `search_entry` holds one row per searchable record (its folded text and where
it lives), `search_fts` is an FTS5 table over it (external content, kept in step by
store/search_index.py, not by triggers), `search_pending` lists records whose entry is behind. Neither is in Base.metadata; env.py leaves them out of
autogenerate. The app fills the index after migrating (store/schema.py), not this migration, which
must not depend on today's code.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 11:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_search_entry"),
        sa.UniqueConstraint("kind", "record_id", name="uq_search_entry_kind"),
    )
    op.create_index("ix_search_entry_meeting_id", "search_entry", ["meeting_id"])
    # Records whose entry is behind their text: autosave marks a note here instead of re-indexing it on
    # every pause in typing; search and the next changes catch up.
    op.create_table(
        "search_pending",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id", name="pk_search_pending"),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "folded, content='search_entry', content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
        )
    with op.batch_alter_table("action_point", schema=None) as batch_op:
        batch_op.add_column(sa.Column("completion_note", sa.Text(), nullable=True))
    # Whatever marked an earlier index as current no longer holds.
    op.execute("DELETE FROM app_info WHERE key = 'search_index'")


def downgrade() -> None:
    with op.batch_alter_table("action_point", schema=None) as batch_op:
        batch_op.drop_column("completion_note")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_pending")
    op.drop_index("ix_search_entry_meeting_id", table_name="search_entry")
    op.drop_table("search_entry")
    op.execute("DELETE FROM app_info WHERE key = 'search_index'")

"""Synchronisation with another register (issue 13): the base of the three-way merge, and conflicts to review.

`sync_base` keeps, on the laptop, the content last exchanged with each other register, record by record;
`sync_conflict` the fields (or whole records) both sides changed differently, until a person resolves them
(services/sync). Both start empty: the first sync of a laptop fills the base.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 17:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_base",
        sa.Column("target_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("target_id", "kind", "record_id", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("target_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("meeting_id", sa.String(36), nullable=True),
        sa.Column("field", sa.String(100), nullable=True),
        sa.Column("reason", sa.String(30), nullable=False),
        sa.Column("choice", sa.String(10), nullable=True),
        sa.Column("ours_json", sa.Text(), nullable=True),
        sa.Column("theirs_json", sa.Text(), nullable=True),
        sa.Column("base_json", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_target_id"), ["target_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_target_id"))
    op.drop_table("sync_conflict")
    op.drop_table("sync_base")

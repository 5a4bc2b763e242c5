"""A version counter on every record a person edits, for optimistic concurrency between desks.

Each change to a row adds one to its `version`; an editor remembers the version its text was based on, and
a save based on an older one is refused with the other change shown (services/concurrency.py) instead of
silently overwriting it. Existing rows start at 1.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 12:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

VERSIONED_TABLES = (
    "organization",
    "organization_alias",
    "person",
    "meeting",
    "attendance",
    "agenda_item",
    "decision",
    "position",
    "action_point",
    "action_follow_up",
)


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in reversed(VERSIONED_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")

"""Each meeting's time zone: stamps, sign-off dates and "today" are read in it, whatever the laptop's zone.

Existing meetings were all held in Türkiye and read in Istanbul time until now, so they get
Europe/Istanbul.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("time_zone", sa.String(length=64), nullable=False, server_default="Europe/Istanbul")
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("time_zone")

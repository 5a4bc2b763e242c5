"""The version of the printed labels each sign-off was rendered with (domain/label_versions.py).

Every sign-off made before was printed with the labels of version 1, so existing rows get 1; verification
renders them with those labels even after the labels are corrected.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sign_off", schema=None) as batch_op:
        batch_op.add_column(sa.Column("label_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("sign_off", schema=None) as batch_op:
        batch_op.drop_column("label_version")

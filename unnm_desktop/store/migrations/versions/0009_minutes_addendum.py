"""Addenda to signed-off minutes (issue 14): confirmations, withdrawals and ends of silence recorded afterwards.

`minutes_addendum` starts empty: every sign-off made before it keeps its minutes and fingerprint as they are.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 20:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "minutes_addendum",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("sign_off_id", sa.String(36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("organization_id", sa.String(36), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("occurred_time", sa.String(5), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("on_what", sa.Text(), nullable=False),
        sa.Column("outcome_after", sa.String(40), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("signed_by", sa.String(300), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("label_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_minutes_addendum_decision_id_decision"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_minutes_addendum_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"], ["organization.id"], name=op.f("fk_minutes_addendum_organization_id_organization")
        ),
        sa.ForeignKeyConstraint(
            ["sign_off_id"], ["sign_off.id"], name=op.f("fk_minutes_addendum_sign_off_id_sign_off"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_addendum")),
        sa.UniqueConstraint("meeting_id", "number", name="meeting_number"),
    )
    with op.batch_alter_table("minutes_addendum", schema=None) as batch_op:
        for column in ("meeting_id", "sign_off_id", "decision_id", "organization_id", "content_sha256"):
            batch_op.create_index(batch_op.f(f"ix_minutes_addendum_{column}"), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("minutes_addendum", schema=None) as batch_op:
        for column in ("meeting_id", "sign_off_id", "decision_id", "organization_id", "content_sha256"):
            batch_op.drop_index(batch_op.f(f"ix_minutes_addendum_{column}"))
    op.drop_table("minutes_addendum")

"""Meeting leases: which desk is typing a meeting live, so that the others open it read-only.

One row per meeting being edited on a server: who (the display name), on which computer, which running app
(a desk id made per process), since when, and until when the lease holds unless renewed. A desk that dies
stops renewing and its lease lapses (services/meeting/leases.py). Not minutes content: no version column and
no audit events; the row goes with its meeting.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_leases",
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("holder", sa.String(300), nullable=False),
        sa.Column("host", sa.String(300), nullable=False),
        sa.Column("desk_id", sa.String(36), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.Column("renewed_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_leases_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_meeting_leases")),
    )


def downgrade() -> None:
    op.drop_table("meeting_leases")

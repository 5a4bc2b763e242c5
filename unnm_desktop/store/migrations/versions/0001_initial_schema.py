"""Initial schema: directory, meetings, attendance, agenda, decisions, actions, sign-off, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 10:16:23.927485
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_info",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_info")),
    )
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=300), nullable=False),
        sa.Column("os_user", sa.String(length=300), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=True),
        sa.Column("after_json", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("id", name=op.f("uq_audit_event_id")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "organization",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("acronym", sa.String(length=40), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("name_tr", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["organization.id"], name=op.f("fk_organization_merged_into_id_organization")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_acronym"), ["acronym"], unique=False)

    op.create_table(
        "organization_alias",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("acronym", sa.String(length=40), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("name_tr", sa.String(length=300), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_organization_alias_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization_alias")),
    )
    with op.batch_alter_table("organization_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_alias_organization_id"), ["organization_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["merged_into_id"], ["person.id"], name=op.f("fk_person_merged_into_id_person")),
        sa.ForeignKeyConstraint(
            ["organization_id"], ["organization.id"], name=op.f("fk_person_organization_id_organization")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_full_name"), ["full_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_organization_id"), ["organization_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("series", sa.String(length=300), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("start_utc", sa.DateTime(), nullable=False),
        sa.Column("end_utc", sa.DateTime(), nullable=True),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("modality", sa.String(length=20), nullable=False),
        sa.Column("event_category", sa.String(length=300), nullable=False),
        sa.Column("main_organisers", sa.String(length=500), nullable=False),
        sa.Column("target_audience", sa.String(length=500), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("geographic_scope", sa.String(length=300), nullable=False),
        sa.Column("sub_region", sa.String(length=300), nullable=False),
        sa.Column("workstream_output", sa.String(length=500), nullable=False),
        sa.Column("chair_id", sa.String(length=36), nullable=True),
        sa.Column("rapporteur_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("previous_meeting_id", sa.String(length=36), nullable=True),
        sa.Column("next_meeting_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["chair_id"], ["person.id"], name=op.f("fk_meeting_chair_id_person")),
        sa.ForeignKeyConstraint(
            ["previous_meeting_id"], ["meeting.id"], name=op.f("fk_meeting_previous_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(["rapporteur_id"], ["person.id"], name=op.f("fk_meeting_rapporteur_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("reference", name=op.f("uq_meeting_reference")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_start_utc"), ["start_utc"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_status"), ["status"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("standing", sa.String(length=30), nullable=True),
        sa.Column("presenter_id", sa.String(length=36), nullable=True),
        sa.Column("planned_minutes", sa.Integer(), nullable=True),
        sa.Column("actual_start", sa.DateTime(), nullable=True),
        sa.Column("actual_end", sa.DateTime(), nullable=True),
        sa.Column("elapsed_seconds", sa.Integer(), nullable=False),
        sa.Column("notes_md", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["presenter_id"], ["person.id"], name=op.f("fk_agenda_item_presenter_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("organization_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("arrival_time", sa.String(length=5), nullable=True),
        sa.Column("departure_time", sa.String(length=5), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("person_id IS NOT NULL OR organization_id IS NOT NULL", name=op.f("ck_attendance_who")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_attendance_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"], ["organization.id"], name=op.f("fk_attendance_organization_id_organization")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_attendance_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("meeting_id", "person_id", name="meeting_person"),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)

    op.create_table(
        "meeting_objective",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("objective", sa.Integer(), nullable=False),
        sa.CheckConstraint("objective BETWEEN 1 AND 23", name=op.f("ck_meeting_objective_objective_range")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_objective_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "objective", name=op.f("pk_meeting_objective")),
    )
    with op.batch_alter_table("meeting_objective", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_objective_objective"), ["objective"], unique=False)

    op.create_table(
        "sign_off",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("replaces_id", sa.String(length=36), nullable=True),
        sa.Column("reopened_at", sa.DateTime(), nullable=True),
        sa.Column("reopen_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_sign_off_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["replaces_id"], ["sign_off.id"], name=op.f("fk_sign_off_replaces_id_sign_off")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_off")),
        sa.UniqueConstraint("meeting_id", "revision", name="meeting_revision"),
    )
    with op.batch_alter_table("sign_off", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sign_off_content_sha256"), ["content_sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_sign_off_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "agenda_item_objective",
        sa.Column("agenda_item_id", sa.String(length=36), nullable=False),
        sa.Column("objective", sa.Integer(), nullable=False),
        sa.CheckConstraint("objective BETWEEN 1 AND 23", name=op.f("ck_agenda_item_objective_objective_range")),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_item_objective_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agenda_item_id", "objective", name=op.f("pk_agenda_item_objective")),
    )
    with op.batch_alter_table("agenda_item_objective", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_objective_objective"), ["objective"], unique=False)

    op.create_table(
        "decision",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("method", sa.String(length=30), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.Column("chair_note", sa.Text(), nullable=True),
        sa.Column("deferred_to", sa.String(length=300), nullable=True),
        sa.Column("silence_deadline", sa.DateTime(), nullable=True),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_decision_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_decision_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["supersedes_id"], ["decision.id"], name=op.f("fk_decision_supersedes_id_decision")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sa.UniqueConstraint("reference", name=op.f("uq_decision_reference")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_agenda_item_id"), ["agenda_item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_decision_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_decision_outcome"), ["outcome"], unique=False)

    op.create_table(
        "signatory",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("sign_off_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sign_off_id"],
            ["sign_off.id"],
            name=op.f("fk_signatory_sign_off_id_sign_off"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
    )
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signatory_sign_off_id"), ["sign_off_id"], unique=False)

    op.create_table(
        "action_point",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("responsible_person_id", sa.String(length=36), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_action_point_decision_id_decision"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_action_point_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_person_id"],
            ["person.id"],
            name=op.f("fk_action_point_responsible_person_id_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_point")),
    )
    with op.batch_alter_table("action_point", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_point_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_point_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_point_status"), ["status"], unique=False)

    op.create_table(
        "decision_objective",
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("objective", sa.Integer(), nullable=False),
        sa.CheckConstraint("objective BETWEEN 1 AND 23", name=op.f("ck_decision_objective_objective_range")),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_decision_objective_decision_id_decision"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("decision_id", "objective", name=op.f("pk_decision_objective")),
    )
    with op.batch_alter_table("decision_objective", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_objective_objective"), ["objective"], unique=False)

    op.create_table(
        "position",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("paragraph_ref", sa.String(length=100), nullable=True),
        sa.Column("ad_referendum_deadline", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_position_decision_id_decision"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"], ["organization.id"], name=op.f("fk_position_organization_id_organization")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_position")),
        sa.UniqueConstraint("decision_id", "organization_id", name="decision_org"),
    )
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_position_decision_id"), ["decision_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_position_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_position_organization_id"), ["organization_id"], unique=False)

    op.create_table(
        "action_follow_up",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("action_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action_point.id"],
            name=op.f("fk_action_follow_up_action_id_action_point"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_action_follow_up_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_follow_up")),
        sa.UniqueConstraint("action_id", "meeting_id", name="action_meeting"),
    )
    with op.batch_alter_table("action_follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_follow_up_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_follow_up_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "action_responsible",
        sa.Column("action_id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action_point.id"],
            name=op.f("fk_action_responsible_action_id_action_point"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_action_responsible_organization_id_organization"),
        ),
        sa.PrimaryKeyConstraint("action_id", "organization_id", name=op.f("pk_action_responsible")),
    )


def downgrade() -> None:
    op.drop_table("action_responsible")
    with op.batch_alter_table("action_follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_follow_up_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_follow_up_action_id"))

    op.drop_table("action_follow_up")
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_position_organization_id"))
        batch_op.drop_index(batch_op.f("ix_position_kind"))
        batch_op.drop_index(batch_op.f("ix_position_decision_id"))

    op.drop_table("position")
    with op.batch_alter_table("decision_objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_objective_objective"))

    op.drop_table("decision_objective")
    with op.batch_alter_table("action_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_point_status"))
        batch_op.drop_index(batch_op.f("ix_action_point_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_point_due_date"))

    op.drop_table("action_point")
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatory_sign_off_id"))

    op.drop_table("signatory")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_outcome"))
        batch_op.drop_index(batch_op.f("ix_decision_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_decision_agenda_item_id"))

    op.drop_table("decision")
    with op.batch_alter_table("agenda_item_objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_objective_objective"))

    op.drop_table("agenda_item_objective")
    with op.batch_alter_table("sign_off", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sign_off_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_sign_off_content_sha256"))

    op.drop_table("sign_off")
    with op.batch_alter_table("meeting_objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_objective_objective"))

    op.drop_table("meeting_objective")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_organization_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_meeting_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_status"))
        batch_op.drop_index(batch_op.f("ix_meeting_start_utc"))

    op.drop_table("meeting")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_organization_id"))
        batch_op.drop_index(batch_op.f("ix_person_full_name"))

    op.drop_table("person")
    with op.batch_alter_table("organization_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_alias_organization_id"))

    op.drop_table("organization_alias")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_acronym"))

    op.drop_table("organization")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_entity_id"))

    op.drop_table("audit_event")
    op.drop_table("app_info")

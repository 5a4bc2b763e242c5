"""The data model (DESIGN.md §2). UUID text keys everywhere so records from two laptops can merge.

Every list relationship has an explicit, total order ending in the record's id (issue 15): without ORDER BY
a database may return rows in any order (PostgreSQL does), and what the minutes show must not depend on it.
"""

# No `from __future__ import annotations` here: with it every Mapped[...] is a string that SQLAlchemy must
# eval at class creation, ~8 ms of the start's opening thread. Only the names of classes defined further
# down are quoted (Mapped[list["AgendaItem"]]); the mappings are the same.
from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from unnm_desktop.domain.label_versions import LATEST_LABEL_VERSION
from unnm_desktop.store import tables
from unnm_desktop.store.model_base import NAMING, Base, Timestamped, Versioned  # noqa: F401  (imported from here too)
from unnm_desktop.store.sync_models import SyncBase, SyncConflict  # noqa: F401  (their tables join Base.metadata)
from unnm_desktop.store.tables import objective_check
from unnm_desktop.store.types import ID, UTCDateTime, new_id, utc_now


class Organization(Versioned, Timestamped, Base):
    __tablename__ = "organization"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    acronym: Mapped[str] = mapped_column(String(40), index=True)
    name_en: Mapped[str] = mapped_column(String(300))
    name_tr: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(30))
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))

    aliases: Mapped[list["OrganizationAlias"]] = relationship(
        back_populates="organization",
        cascade="all, delete-orphan",
        # NULLS FIRST as SQLite does by default (PostgreSQL would put them last): `name_at` takes the first match.
        order_by=lambda: (OrganizationAlias.valid_from.asc().nulls_first(), OrganizationAlias.id),
    )


class OrganizationAlias(Versioned, Base):
    """An earlier (or other) name, e.g. DGMM until it became PMM; old minutes show the old name."""

    __tablename__ = "organization_alias"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    acronym: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(300))
    name_tr: Mapped[str] = mapped_column(String(300), default="")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)

    organization: Mapped[Organization] = relationship(back_populates="aliases")


class Person(Versioned, Timestamped, Base):
    __tablename__ = "person"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    full_name: Mapped[str] = mapped_column(String(300), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(320))
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))

    organization: Mapped[Organization | None] = relationship(foreign_keys=[organization_id])


class Meeting(Base):
    # The table is store/tables.py's: the opening reads it before the ORM is loaded.
    __table__ = tables.meeting
    __mapper_args__: ClassVar[dict[str, object]] = {"version_id_col": tables.meeting.c.version}  # as Versioned does

    id: Mapped[str]
    series: Mapped[str]
    number: Mapped[int | None]
    reference: Mapped[str]
    title: Mapped[str]
    start_utc: Mapped[datetime]
    end_utc: Mapped[datetime | None]
    location: Mapped[str]
    venue: Mapped[str]
    modality: Mapped[str]
    event_category: Mapped[str]
    main_organisers: Mapped[str]
    target_audience: Mapped[str]
    language: Mapped[str]
    time_zone: Mapped[str]
    geographic_scope: Mapped[str]
    sub_region: Mapped[str]
    workstream_output: Mapped[str]
    chair_id: Mapped[str | None]
    rapporteur_id: Mapped[str | None]
    status: Mapped[str]
    revision: Mapped[int]
    previous_meeting_id: Mapped[str | None]
    next_meeting_date: Mapped[date | None]
    version: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    chair: Mapped[Person | None] = relationship(foreign_keys=[tables.meeting.c.chair_id])
    rapporteur: Mapped[Person | None] = relationship(foreign_keys=[tables.meeting.c.rapporteur_id])
    objectives: Mapped[list["MeetingObjective"]] = relationship(
        cascade="all, delete-orphan", order_by="MeetingObjective.objective"
    )
    attendance: Mapped[list["Attendance"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by=lambda: (Attendance.created_at, Attendance.id)
    )
    agenda_items: Mapped[list["AgendaItem"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by=lambda: (AgendaItem.position, AgendaItem.id)
    )
    decisions: Mapped[list["Decision"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by=lambda: (Decision.sequence, Decision.id)
    )
    actions: Mapped[list["ActionPoint"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by=lambda: (ActionPoint.position, ActionPoint.id)
    )


class MeetingObjective(Base):
    __table__ = tables.meeting_objective  # read by the opening too (store/tables.py)

    meeting_id: Mapped[str]
    objective: Mapped[int]


class Attendance(Versioned, Timestamped, Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="meeting_person"),
        CheckConstraint("person_id IS NOT NULL OR organization_id IS NOT NULL", name="who"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    # The organisation the person represented at this meeting, which may differ from today's.
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="member")
    status: Mapped[str] = mapped_column(String(20), default="present")
    arrival_time: Mapped[str | None] = mapped_column(String(5))
    departure_time: Mapped[str | None] = mapped_column(String(5))

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person | None] = relationship()
    organization: Mapped[Organization | None] = relationship()


class AgendaItem(Versioned, Timestamped, Base):
    __tablename__ = "agenda_item"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(500))
    standing: Mapped[str | None] = mapped_column(String(30))
    presenter_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    planned_minutes: Mapped[int | None] = mapped_column(Integer)
    actual_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    actual_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    elapsed_seconds: Mapped[int] = mapped_column(Integer, default=0)
    notes_md: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="pending")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    presenter: Mapped[Person | None] = relationship()
    objectives: Mapped[list["AgendaItemObjective"]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaItemObjective.objective"
    )


class AgendaItemObjective(Base):
    __tablename__ = "agenda_item_objective"
    __table_args__ = (objective_check(),)

    agenda_item_id: Mapped[str] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True)
    objective: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)


class Decision(Versioned, Timestamped, Base):
    __tablename__ = "decision"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(100), unique=True)
    text: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(30), default="consensus")
    outcome: Mapped[str] = mapped_column(String(40), default="proposed", index=True)
    chair_note: Mapped[str | None] = mapped_column(Text)
    deferred_to: Mapped[str | None] = mapped_column(String(300))
    silence_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime)
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"))

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")
    agenda_item: Mapped[AgendaItem | None] = relationship()
    positions: Mapped[list["Position"]] = relationship(
        back_populates="decision", cascade="all, delete-orphan", order_by=lambda: (Position.created_at, Position.id)
    )
    objectives: Mapped[list["DecisionObjective"]] = relationship(
        cascade="all, delete-orphan", order_by="DecisionObjective.objective"
    )


class DecisionObjective(Base):
    __tablename__ = "decision_objective"
    __table_args__ = (objective_check(),)

    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"), primary_key=True)
    objective: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)


class Position(Versioned, Timestamped, Base):
    __tablename__ = "position"
    __table_args__ = (UniqueConstraint("decision_id", "organization_id", name="decision_org"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    statement: Mapped[str] = mapped_column(Text, default="")
    paragraph_ref: Mapped[str | None] = mapped_column(String(100))
    ad_referendum_deadline: Mapped[date | None] = mapped_column(Date)

    decision: Mapped[Decision] = relationship(back_populates="positions")
    organization: Mapped[Organization] = relationship()


class ActionPoint(Versioned, Timestamped, Base):
    __tablename__ = "action_point"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    responsible_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    completed_on: Mapped[date | None] = mapped_column(Date)
    # What the secretariat noted when marking it done between meetings (not part of the minutes).
    completion_note: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="actions")
    responsible_person: Mapped[Person | None] = relationship()
    responsible: Mapped[list["ActionResponsible"]] = relationship(
        cascade="all, delete-orphan", order_by=lambda: ActionResponsible.organization_id
    )
    follow_ups: Mapped[list["ActionFollowUp"]] = relationship(
        back_populates="action",
        cascade="all, delete-orphan",
        order_by=lambda: (ActionFollowUp.created_at, ActionFollowUp.id),
    )


class ActionResponsible(Base):
    __tablename__ = "action_responsible"

    action_id: Mapped[str] = mapped_column(ForeignKey("action_point.id", ondelete="CASCADE"), primary_key=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), primary_key=True)

    organization: Mapped[Organization] = relationship()


class ActionFollowUp(Versioned, Timestamped, Base):
    """What a later meeting (under matters arising) recorded about an earlier action point."""

    __tablename__ = "action_follow_up"
    __table_args__ = (UniqueConstraint("action_id", "meeting_id", name="action_meeting"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    action_id: Mapped[str] = mapped_column(ForeignKey("action_point.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str | None] = mapped_column(String(20))

    action: Mapped[ActionPoint] = relationship(back_populates="follow_ups")


class SignOff(Base):
    """One signed-off version of a meeting's minutes, with the fingerprint of its content."""

    __tablename__ = "sign_off"
    __table_args__ = (UniqueConstraint("meeting_id", "revision", name="meeting_revision"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    content_json: Mapped[str] = mapped_column(Text)
    content_sha256: Mapped[str] = mapped_column(String(64), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    replaces_id: Mapped[str | None] = mapped_column(ForeignKey("sign_off.id"))
    reopened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reopen_reason: Mapped[str | None] = mapped_column(Text)
    # The labels the minutes were printed with (domain/label_versions.py): a new sign-off the latest, rows from
    # before the column existed 1 (the server default, which migration 0004 gives them).
    label_version: Mapped[int] = mapped_column(Integer, default=LATEST_LABEL_VERSION, server_default="1")

    signatories: Mapped[list["Signatory"]] = relationship(
        cascade="all, delete-orphan", order_by=lambda: (Signatory.position, Signatory.id)
    )


class Signatory(Base):
    __tablename__ = "signatory"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    sign_off_id: Mapped[str] = mapped_column(ForeignKey("sign_off.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(100), default="")
    signed_on: Mapped[date] = mapped_column(Date)


class AuditEvent(Base):
    """Append-only log; each event carries the hash of the one before, so edits from outside show."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(ID, unique=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    actor: Mapped[str] = mapped_column(String(300), default="")
    os_user: Mapped[str] = mapped_column(String(300), default="")
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(50))
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class MeetingLease(Base):
    """Which desk is typing the meeting live on a server (services/meeting/leases.py); not minutes content."""

    __tablename__ = "meeting_leases"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    holder: Mapped[str] = mapped_column(String(300))
    host: Mapped[str] = mapped_column(String(300))
    desk_id: Mapped[str] = mapped_column(ID)
    since: Mapped[datetime] = mapped_column(UTCDateTime)
    renewed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AppInfo(Base):
    """Small facts about the database itself, e.g. that `unnm-desktop demo` filled it."""

    __table__ = tables.app_info  # read by the opening too (store/tables.py)

    key: Mapped[str]
    value: Mapped[str]


# Last: their foreign keys name the tables above (migration 0009), or they use the mixins above (migration 0010).
from unnm_desktop.store.addendum_models import MinutesAddendum  # noqa: E402, F401
from unnm_desktop.store.phrase_model import Phrase  # noqa: E402, F401

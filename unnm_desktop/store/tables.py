"""The schema's shared metadata, and the tables the window reads before the ORM is loaded.

Opening the database needs only SQLAlchemy's Core: the ORM and the mapping of every model (store/models.py)
cost the start ~120 ms, so they are loaded once the window is interactive (gui/backend.py warm_up). What the
opening reads before then (whether the starter directory is in, the open meeting) comes from the tables
defined here, in Core; their models in store/models.py map these same tables (`__table__`), so each is
described once. Every other table is declared with its model.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from unnm_desktop.store.types import ID, UTCDateTime, new_id, utc_now

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

METADATA = MetaData(naming_convention=NAMING)


def objective_check() -> CheckConstraint:
    """Every GCM objective number is one of the 23 (meetings, agenda items and decisions name them)."""
    return CheckConstraint("objective BETWEEN 1 AND 23", name="objective_range")


def _text(name: str, length: int, default: str = "") -> Column[str]:
    return Column(name, String(length), nullable=False, default=default)


def edited_columns() -> list[Column[object]]:
    """What store/model_base.py's Versioned and Timestamped give a model: the version people's edits raise
    (the ORM's version counter), and when the row was made and last changed."""
    return [
        Column("version", Integer, nullable=False, default=1, server_default="1"),
        Column("created_at", UTCDateTime, nullable=False, default=utc_now),
        Column("updated_at", UTCDateTime, nullable=False, default=utc_now, onupdate=utc_now),
    ]


app_info = Table(
    "app_info",
    METADATA,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

meeting = Table(
    "meeting",
    METADATA,
    Column("id", ID, primary_key=True, default=new_id),
    _text("series", 300),
    Column("number", Integer),
    Column("reference", String(80), nullable=False, unique=True),
    Column("title", String(500), nullable=False),
    Column("start_utc", UTCDateTime, nullable=False, index=True),
    Column("end_utc", UTCDateTime),
    _text("location", 300),
    _text("venue", 300),
    _text("modality", 20, "in_person"),
    _text("event_category", 300),
    _text("main_organisers", 500),
    _text("target_audience", 500),
    _text("language", 10, "en"),
    # Where "now" is read for this meeting (IANA name); not part of the signed-off content.
    Column("time_zone", String(64), nullable=False, default="Europe/Istanbul", server_default="Europe/Istanbul"),
    _text("geographic_scope", 300),
    _text("sub_region", 300),
    _text("workstream_output", 500),
    Column("chair_id", ID, ForeignKey("person.id")),
    Column("rapporteur_id", ID, ForeignKey("person.id")),
    Column("status", String(20), nullable=False, default="draft", index=True),
    Column("revision", Integer, nullable=False, default=0),
    Column("previous_meeting_id", ID, ForeignKey("meeting.id")),
    Column("next_meeting_date", Date),
    *edited_columns(),
)

meeting_objective = Table(
    "meeting_objective",
    METADATA,
    Column("meeting_id", ID, ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("objective", Integer, primary_key=True, index=True),
    objective_check(),
)

"""Addenda to signed-off minutes (issue 14; migration 0009): each closure recorded after the meeting.

A closure is a confirmation or withdrawal of an ad referendum position, or the end of a silence procedure
(without objection at its deadline, or broken by an objection). Each is its own signed record, numbered 1, 2, …
per meeting, fingerprinted like the minutes (`content_json` and its SHA-256) and linked to the sign-off of the
minutes it adds to. The signed-off minutes themselves are never changed by a closure: the decision's final
outcome is the addendum's (`outcome_after`). Signed addenda are never edited; the columns repeat what the
content says so that an edit of either shows (services/minutes/addenda.py `addendum_problems`).
"""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unnm_desktop.domain.label_versions import LATEST_LABEL_VERSION
from unnm_desktop.store.model_base import Base
from unnm_desktop.store.types import ID, UTCDateTime, new_id, utc_now


class MinutesAddendum(Base):
    __tablename__ = "minutes_addendum"
    __table_args__ = (UniqueConstraint("meeting_id", "number", name="meeting_number"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    sign_off_id: Mapped[str] = mapped_column(ForeignKey("sign_off.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"), index=True)
    # domain/closure.py ClosureKind: confirmed, withdrawn, silence_ended, silence_broken
    kind: Mapped[str] = mapped_column(String(30))
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    # When it happened, as the meeting's local date and (for a silence) wall-clock time "HH:MM".
    occurred_on: Mapped[date] = mapped_column(Date)
    occurred_time: Mapped[str | None] = mapped_column(String(5))
    note: Mapped[str] = mapped_column(Text, default="")
    on_what: Mapped[str] = mapped_column(Text, default="")
    outcome_after: Mapped[str] = mapped_column(String(40))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    signed_by: Mapped[str] = mapped_column(String(300), default="")
    content_json: Mapped[str] = mapped_column(Text)
    content_sha256: Mapped[str] = mapped_column(String(64), index=True)
    label_version: Mapped[int] = mapped_column(Integer, default=LATEST_LABEL_VERSION)

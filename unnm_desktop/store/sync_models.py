"""What a laptop keeps about each register it synchronises with (services/sync; migration 0008).

`sync_base` holds, per other register (`target_id`, that register's own `register_id` in its app_info) and per
record, the content last exchanged with it: the base of the three-way merge. `sync_conflict` holds the questions
a sync left for a person (field None: the whole record), with why (`reason`: changed-on-both, created-on-both,
edited-and-deleted, signed-off, same-value) and, for a whole record, the side a person chose (`choice`), which the
next sync carries out (a field's choice is written into the laptop's record and the base at once). Neither is minutes content: no version, no audit events,
never synchronised themselves. `*_json` of NULL means the record (or field) does not exist on that side; the JSON
text "null" is a real empty value.
"""

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unnm_desktop.store.model_base import Base
from unnm_desktop.store.types import ID, UTCDateTime, new_id, utc_now


class SyncBase(Base):
    __tablename__ = "sync_base"

    target_id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(ID, primary_key=True)
    content_json: Mapped[str] = mapped_column(Text)


class SyncConflict(Base):
    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    target_id: Mapped[str] = mapped_column(ID, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(ID)
    meeting_id: Mapped[str | None] = mapped_column(ID)
    field: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(String(30))
    choice: Mapped[str | None] = mapped_column(String(10))
    ours_json: Mapped[str | None] = mapped_column(Text)
    theirs_json: Mapped[str | None] = mapped_column(Text)
    base_json: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

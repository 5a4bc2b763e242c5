"""The declarative base, naming convention and mixins every table shares (store/models.py, store/sync_models.py,
store/phrase_model.py)."""

from datetime import datetime

from sqlalchemy import Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from unnm_desktop.store.tables import METADATA, NAMING  # noqa: F401  (NAMING imported from here too)
from unnm_desktop.store.types import UTCDateTime, utc_now


class Base(DeclarativeBase):
    metadata = METADATA


# The same columns as store/tables.py edited_columns(), for the models declared here.
class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


class Versioned:
    """A record people edit: `version` goes up by one with every UPDATE (the ORM's version counter, and the
    Core fast paths by hand), so a save based on an older version is detected instead of overwriting a
    change made meanwhile on another desk (services/concurrency.py; migration 0006)."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]

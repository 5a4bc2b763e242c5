"""The phrase bank's table (issue 14; migration 0010): the formulas of UN minutes the rapporteur inserts while
typing, kept by the secretariat."""

from sqlalchemy import Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from unnm_desktop.store.model_base import Base, Timestamped, Versioned
from unnm_desktop.store.types import ID, new_id


class Phrase(Versioned, Timestamped, Base):
    """A formula of the phrase bank, in English and Turkish, with {…} placeholders (domain/phrases.py).

    Kept by the secretariat, carried by packages and sync (migration 0010); `position` is the bank's own order."""

    __tablename__ = "phrase"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text_en: Mapped[str] = mapped_column(Text, default="")
    text_tr: Mapped[str] = mapped_column(Text, default="")

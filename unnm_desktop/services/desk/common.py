"""What the desk services (register, tracker, GCM report) share: dates in Istanbul time, organisation
names as at a date without loading ORM objects, and parsing of filter input."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, select

from unnm_desktop.domain.clock import ISTANBUL, local, meeting_today
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from unnm_desktop.services.common import optional_date
from unnm_desktop.store.models import Organization, OrganizationAlias


def local_date(value: datetime) -> date:
    return local(value).date()


def utc_bounds(date_from: date | None, date_to: date | None) -> tuple[datetime | None, datetime | None]:
    """[start, end) in UTC of the Istanbul days from `date_from` to `date_to`, both included."""
    if date_from and date_to and date_from > date_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The period ends ({date_to}) before it starts ({date_from}); check the two dates."
            ),
            date_to=date_to,
            date_from=date_from,
        )
    start = datetime.combine(date_from, time(), ISTANBUL) if date_from else None
    end = datetime.combine(date_to + timedelta(days=1), time(), ISTANBUL) if date_to else None
    return start, end


_NOT_A_DATE = {
    "completion date": QT_TRANSLATE_NOOP(
        "Errors", "The completion date “{value}” is not a date; write it as YYYY-MM-DD, e.g. 2023-11-02."
    ),
}
_NOT_A_DATE_OTHER = QT_TRANSLATE_NOOP(
    "Errors", "The {what} “{value}” is not a date; write it as YYYY-MM-DD, e.g. 2023-11-02."
)


def parse_date(value: Any, what: str) -> date | None:
    try:
        return optional_date(value)
    except ValidationError:
        if what in _NOT_A_DATE:
            raise ValidationError(_NOT_A_DATE[what], value=value) from None
        raise ValidationError(_NOT_A_DATE_OTHER, what=what, value=value) from None


def today_in_istanbul() -> date:
    return meeting_today(None)


class OrgNames:
    """Acronym of each organisation as at a date (DGMM before it became PMM), from two queries."""

    def __init__(self, connection: Connection) -> None:
        orgs, aliases = Organization.__table__, OrganizationAlias.__table__
        self._current = dict(connection.execute(select(orgs.c.id, orgs.c.acronym)).all())
        self._aliases: dict[str, list[tuple[str, date | None, date | None]]] = {}
        query = select(aliases.c.organization_id, aliases.c.acronym, aliases.c.valid_from, aliases.c.valid_to)
        for org_id, acronym, valid_from, valid_to in connection.execute(query.order_by(aliases.c.valid_from)):
            self._aliases.setdefault(org_id, []).append((acronym, valid_from, valid_to))
        self._cache: dict[tuple[str, date | None], str] = {}

    def at(self, org_id: str, on: date | None) -> str:
        key = (org_id, on)
        name = self._cache.get(key)
        if name is None:
            name = self._current.get(org_id, "?")
            if on is not None:
                for acronym, valid_from, valid_to in self._aliases.get(org_id, ()):
                    if (valid_from is None or valid_from <= on) and (valid_to is None or on <= valid_to):
                        name = acronym
                        break
            self._cache[key] = name
        return name

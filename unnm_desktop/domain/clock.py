"""Times are stored in UTC and shown in Türkiye's time zone."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

ISTANBUL = ZoneInfo("Europe/Istanbul")


def to_utc(value: datetime | str) -> datetime:
    """Accept an aware datetime, or a naive one / ISO text meaning Istanbul local time."""
    if isinstance(value, str):
        text = value.strip().replace(" ", "T", 1)
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{value}” is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2023-11-02 10:00."
                ),
                value=text,
            ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=ISTANBUL)
    return value.astimezone(timezone.utc)


def local(value: datetime) -> datetime:
    return value.astimezone(ISTANBUL)

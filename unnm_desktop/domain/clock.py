"""Times are stored in UTC and shown in Türkiye's time zone; "now" is read in the meeting's time zone.

Every time the app takes from the clock for a meeting (intervention stamps, sign-off dates, "today"
defaults) goes through `meeting_now` / `meeting_today`, so that a laptop left on UTC or on another zone
still stamps the meeting's own wall-clock time. Tests replace the clock with `use_clock`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

DEFAULT_TIME_ZONE = "Europe/Istanbul"
ISTANBUL = ZoneInfo(DEFAULT_TIME_ZONE)

# The zones offered on the Details tab: where the Network's meetings are held or joined from. Any other
# IANA name is still accepted (typed, or from a package).
COMMON_TIME_ZONES = (
    "Europe/Istanbul",
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Brussels",
    "Europe/Athens",
    "Asia/Amman",
    "Asia/Beirut",
    "Asia/Baghdad",
    "Asia/Tehran",
    "Asia/Kabul",
    "Asia/Dubai",
    "Africa/Cairo",
    "America/New_York",
)


# Month names in the languages of the minutes: the printed minutes (export/labels.py) and the chair's summary
# (domain/chair_summary.py) spell dates with these.
MONTH_NAMES = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
}


def _system_now() -> datetime:
    return datetime.now(timezone.utc)


_clock: Callable[[], datetime] = _system_now


def utc_now() -> datetime:
    """The current instant, aware, in UTC (from the injectable clock)."""
    return _clock().astimezone(timezone.utc)


@contextlib.contextmanager
def use_clock(now: Callable[[], datetime] | datetime) -> Iterator[None]:
    """Tests: read "now" from `now` (a fixed aware datetime, or a function returning one) inside the block."""
    global _clock
    previous = _clock
    _clock = (lambda: now) if isinstance(now, datetime) else now
    try:
        yield
    finally:
        _clock = previous


def zone(tz_name: str | None) -> ZoneInfo:
    """The meeting's time zone; an empty or unknown name means Istanbul (the Network meets in Türkiye)."""
    if not tz_name:
        return ISTANBUL
    try:
        return ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        return ISTANBUL


def time_zone_name(value: object) -> str:
    """A valid IANA time-zone name, or a ValidationError naming what was given."""
    text = str(value or "").strip() or DEFAULT_TIME_ZONE
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a time zone; choose one such as Europe/Istanbul."),
            value=text,
        ) from None
    return text


def meeting_now(tz_name: str | None) -> datetime:
    """Now, as wall-clock time in the meeting's time zone (aware), whatever the computer's own zone."""
    return utc_now().astimezone(zone(tz_name))


def meeting_today(tz_name: str | None) -> date:
    """Today's date where the meeting is held."""
    return meeting_now(tz_name).date()


def meeting_date(start: datetime, tz_name: str | None) -> date:
    """The day a meeting starting at `start` (aware) is held, in its own time zone."""
    return start.astimezone(zone(tz_name)).date()


def to_utc(value: datetime | str, tz_name: str | None = None) -> datetime:
    """Accept an aware datetime, or a naive one / ISO text meaning local time in `tz_name` (a meeting's time
    zone; Istanbul when none)."""
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
        value = value.replace(tzinfo=zone(tz_name))
    return value.astimezone(timezone.utc)


def local(value: datetime) -> datetime:
    return value.astimezone(ISTANBUL)

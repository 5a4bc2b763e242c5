"""Meeting times in the GUI: shown and picked as Istanbul wall-clock time, whatever the computer's time zone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

from unnm_desktop.domain.clock import local

ISTANBUL = QTimeZone(b"Europe/Istanbul")


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime shown as Istanbul wall-clock time, whatever the computer's own time zone."""
    wall = local(value)
    return QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute), ISTANBUL)


def istanbul_datetime(value: QDateTime) -> datetime:
    """What the user picked, as a naive Istanbul time (the services read naive times as Istanbul time)."""
    wall = value.toTimeZone(ISTANBUL)
    date, time = wall.date(), wall.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())

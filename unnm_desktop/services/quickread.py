"""The first screen, read with the standard library's sqlite3 while SQLAlchemy is still loading.

The window shows the meetings, the agenda and the notes of the last item from these reads; everything
else (and every write) goes through the services once they are ready, a fraction of a second later.
The views are the services' own (services/views.py), so the GUI cannot tell the two apart.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from unnm_desktop.services.views import AgendaItemView, MeetingSummary


def _utc(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)


class QuickReader:
    """Read-only access for the first screen; any problem means "wait for the services" (None)."""

    def __init__(self, path: Path) -> None:
        try:
            self._connection: sqlite3.Connection | None = sqlite3.connect(
                f"file:{path.as_posix()}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error:  # a new database does not exist yet: nothing to show before the services
            self._connection = None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()

    def meetings(self) -> list[MeetingSummary] | None:
        if self._connection is None:
            return None
        try:
            rows = self._connection.execute(
                "SELECT id, reference, title, start_utc, status, series, revision FROM meeting ORDER BY start_utc DESC"
            ).fetchall()
        except sqlite3.Error:
            return None
        return [MeetingSummary(r[0], r[1], r[2], _utc(r[3]), r[4], r[5], r[6]) for r in rows]

    def meeting_status(self, meeting_id: str) -> tuple[str, str, str] | None:
        """(title, reference, status) of a meeting."""
        if self._connection is None:
            return None
        try:
            return self._connection.execute(
                "SELECT title, reference, status FROM meeting WHERE id = ?", (meeting_id,)
            ).fetchone()
        except sqlite3.Error:
            return None

    def agenda(self, meeting_id: str) -> list[AgendaItemView] | None:
        if self._connection is None:
            return None
        try:
            rows = self._connection.execute(
                "SELECT id, position, number, title, standing, presenter_id, planned_minutes, elapsed_seconds, "
                "actual_start, actual_end, status, notes_md, version FROM agenda_item WHERE meeting_id = ? ORDER BY position",
                (meeting_id,),
            ).fetchall()
            objectives: dict[str, list[int]] = {}
            for item_id, number in self._connection.execute(
                "SELECT o.agenda_item_id, o.objective FROM agenda_item_objective o "
                "JOIN agenda_item a ON a.id = o.agenda_item_id WHERE a.meeting_id = ? ORDER BY o.objective",
                (meeting_id,),
            ):
                objectives.setdefault(item_id, []).append(number)
        except sqlite3.Error:
            return None
        return [
            AgendaItemView(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                _utc(r[8]) if r[9] is None else None,
                r[10],
                r[11],
                tuple(objectives.get(r[0], ())),
                r[12],
            )
            for r in rows
        ]

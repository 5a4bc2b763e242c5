"""What the decision register window shows: outcome and position words, the positions summary, the table
model and the selected decision in full (HTML). Split from gui/register_window.py."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from unnm_desktop.domain.consensus import OUTCOME_WORDS_EN, POSITION_WORDS_EN
from unnm_desktop.domain.enums import Outcome, PositionKind
from unnm_desktop.gui.desk_common import secondary_colour
from unnm_desktop.gui.models import RowsModel

if TYPE_CHECKING:
    from unnm_desktop.services.desk_views import RegisterEntry

DISSENT = ("reservation", "objects")
TEXT_IN_TABLE = 220


def outcome_words(value: str) -> str:
    try:
        return OUTCOME_WORDS_EN[Outcome(value)]
    except ValueError:
        return value


def position_words(value: str) -> str:
    try:
        return POSITION_WORDS_EN[PositionKind(value)]
    except ValueError:
        return value


def positions_summary(entry: RegisterEntry) -> str:
    """ "UNHCR: Reservation; DGMM: Objects; 2 joined" — dissent and other positions first, then a count."""
    parts = [f"{p.organization}: {position_words(p.kind)}" for p in entry.positions if p.kind != "joins"]
    joined = sum(1 for p in entry.positions if p.kind == "joins")
    if joined:
        parts.append(f"{joined} joined")
    return "; ".join(parts) or "No positions recorded"


class RegisterModel(RowsModel["RegisterEntry"]):
    REFERENCE, DATE, MEETING, TEXT, OUTCOME, POSITIONS, OBJECTIVES = range(7)
    COLUMNS = ("Reference", "Date", "Meeting", "Decision", "Outcome", "Positions", "GCM")

    def display(self, row: RegisterEntry, column: int) -> Any:
        if column == self.REFERENCE:
            return row.reference + ("\n(superseded)" if row.superseded else "")
        if column == self.DATE:
            return row.meeting_date.isoformat()
        if column == self.MEETING:
            return row.meeting_title
        if column == self.TEXT:
            text = " ".join(row.text.split())
            return text if len(text) <= TEXT_IN_TABLE else text[: TEXT_IN_TABLE - 1] + "…"
        if column == self.OUTCOME:
            return outcome_words(row.outcome)
        if column == self.POSITIONS:
            return positions_summary(row)
        return ", ".join(str(n) for n in row.objectives)

    def tooltip(self, row: RegisterEntry, column: int) -> Any:
        if column == self.REFERENCE and row.superseded:
            return "Superseded by " + ", ".join(reference for _, reference in row.superseded_by)
        if column == self.MEETING:
            return f"{row.meeting_reference} — {row.meeting_title}"
        if column == self.TEXT:
            return row.text
        return None

    def foreground(self, row: RegisterEntry, column: int) -> Any:
        return secondary_colour() if row.superseded else None


def detail_html(e: RegisterEntry) -> str:
    from unnm_desktop.resources import gcm_objectives

    titles = gcm_objectives()
    lines = [
        f"<p><b>{escape(e.reference)}</b> — {escape(e.meeting_title)} ({escape(e.meeting_reference)}, "
        f"{e.meeting_date.isoformat()})</p>",
        f"<p>{escape(e.text).replace(chr(10), '<br>')}</p>",
        f"<p><b>Outcome:</b> {escape(outcome_words(e.outcome))}"
        + (f" — deferred to {escape(e.deferred_to)}" if e.deferred_to else "")
        + "</p>",
    ]
    if e.chair_note:
        lines.append(f"<p><b>Chair's note:</b> {escape(e.chair_note)}</p>")
    if e.objectives:
        objectives = "; ".join(f"{n}. {escape(titles.get(n, ''))}" for n in e.objectives)
        lines.append(f"<p><b>GCM objectives:</b> {objectives}</p>")
    if e.positions:
        items = "".join(
            f"<li>{escape(p.organization)} — {escape(position_words(p.kind))}"
            + (f": “{escape(p.statement)}”" if p.statement else "")
            + "</li>"
            for p in e.positions
        )
        lines.append(f"<p><b>Positions:</b></p><ul>{items}</ul>")
    if e.supersedes_reference:
        lines.append(f"<p>Supersedes {escape(e.supersedes_reference)}.</p>")
    if e.superseded_by:
        lines.append(f"<p>Superseded by {escape(', '.join(r for _, r in e.superseded_by))}.</p>")
    return "".join(lines)


__all__ = ["RegisterModel", "detail_html", "outcome_words", "position_words", "positions_summary"]

"""What the decision register shows: outcome and position words, the positions summary, the table model and
the selected decision in full (HTML). The window itself is gui/desk/register_window.py."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from unnm_desktop.gui.desk.parts import paragraph_html, table_date
from unnm_desktop.gui.i18n import current_language, short_date
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.colours import secondary_colour
from unnm_desktop.gui.widgets.models import RowsModel

if TYPE_CHECKING:
    from unnm_desktop.services.desk.views import RegisterEntry

TEXT_IN_TABLE = 220


def outcome_words(value: str) -> str:
    """The outcome in the interface language (the stored value itself when unknown)."""
    return vocabulary.word(vocabulary.OUTCOME, value)


def position_words(value: str) -> str:
    """The position in the interface language (the stored value itself when unknown)."""
    return vocabulary.word(vocabulary.POSITION, value)


def positions_summary(entry: RegisterEntry) -> str:
    """ "UNHCR: Reservation; DGMM: Objects; 2 joined" — dissent and other positions first, then a count."""
    parts = [f"{p.organization}: {position_words(p.kind)}" for p in entry.positions if p.kind != "joins"]
    joined = sum(1 for p in entry.positions if p.kind == "joins")
    if joined:
        parts.append(QCoreApplication.translate("RegisterViews", "{count} joined").format(count=joined))
    return "; ".join(parts) or QCoreApplication.translate("RegisterViews", "No positions recorded")


class RegisterModel(RowsModel["RegisterEntry"]):
    REFERENCE, DATE, MEETING, TEXT, OUTCOME, POSITIONS, OBJECTIVES = range(7)
    COLUMNS = (
        QT_TRANSLATE_NOOP("RegisterModel", "Reference"),
        QT_TRANSLATE_NOOP("RegisterModel", "Date"),
        QT_TRANSLATE_NOOP("RegisterModel", "Meeting"),
        QT_TRANSLATE_NOOP("RegisterModel", "Decision"),
        QT_TRANSLATE_NOOP("RegisterModel", "Outcome"),
        QT_TRANSLATE_NOOP("RegisterModel", "Positions"),
        QT_TRANSLATE_NOOP("RegisterModel", "GCM"),
    )

    def display(self, row: RegisterEntry, column: int) -> Any:
        if column == self.REFERENCE:
            return row.reference + ("\n" + self.tr("(superseded)") if row.superseded else "")
        if column == self.DATE:
            return table_date(row.meeting_date)
        if column == self.MEETING:
            return row.meeting_title
        if column == self.TEXT:
            text = " ".join(row.text.split())
            return text if len(text) <= TEXT_IN_TABLE else text[: TEXT_IN_TABLE - 1] + "…"
        if column == self.OUTCOME:
            return outcome_words(row.outcome) + final_outcome_note(row)
        if column == self.POSITIONS:
            return positions_summary(row)
        return ", ".join(str(n) for n in row.objectives)

    def tooltip(self, row: RegisterEntry, column: int) -> Any:
        if column == self.REFERENCE and row.superseded:
            references = ", ".join(reference for _, reference in row.superseded_by)
            return self.tr("Superseded by {references}").format(references=references)
        if column == self.MEETING:
            return f"{row.meeting_reference} — {row.meeting_title}"
        if column == self.TEXT:
            return row.text
        return None

    def foreground(self, row: RegisterEntry, column: int) -> Any:
        return secondary_colour() if row.superseded else None


def final_outcome_note(entry: RegisterEntry) -> str:
    """Under the outcome signed off (issue 14): the final outcome once an addendum settled it, or that a
    confirmation or a silence is still open; nothing when the outcome signed off is final already."""
    if entry.final_outcome is None and entry.meeting_status == "signed_off":
        return "\n" + QCoreApplication.translate("RegisterViews", "(open: awaiting a confirmation or a silence)")
    if entry.final_outcome != entry.outcome and entry.final_on is not None:
        template = QCoreApplication.translate("RegisterViews", "(final: {outcome}, {date})")
        return "\n" + template.format(outcome=outcome_words(entry.final_outcome), date=short_date(entry.final_on))
    return ""


def decision_html(e: RegisterEntry) -> str:
    """The selected decision in full: the labels in the interface language, the rest is the user's data."""
    from unnm_desktop.resources import gcm_objectives

    titles = gcm_objectives(current_language())
    lines = [
        f"<p><b>{escape(e.reference)}</b> — {escape(e.meeting_title)} ({escape(e.meeting_reference)}, "
        f"{escape(short_date(e.meeting_date))})</p>",
        f"<p>{escape(e.text).replace(chr(10), '<br>')}</p>",
    ]
    if e.deferred_to:
        template = QCoreApplication.translate("RegisterViews", "<b>Outcome:</b> {outcome} — deferred to {target}")
        lines.append(paragraph_html(template, outcome=outcome_words(e.outcome), target=e.deferred_to))
    else:
        template = QCoreApplication.translate("RegisterViews", "<b>Outcome:</b> {outcome}")
        lines.append(paragraph_html(template, outcome=outcome_words(e.outcome)))
    if e.final_outcome is not None and e.final_on is not None and e.final_outcome != e.outcome:
        template = QCoreApplication.translate("RegisterViews", "<b>Final outcome:</b> {outcome} ({date})")
        lines.append(paragraph_html(template, outcome=outcome_words(e.final_outcome), date=short_date(e.final_on)))
    elif e.final_outcome is None and e.meeting_status == "signed_off":
        template = QCoreApplication.translate("RegisterViews", "<b>Final outcome:</b> {outcome}")
        lines.append(paragraph_html(template, outcome=QCoreApplication.translate("RegisterViews", "open")))
    if e.chair_note:
        template = QCoreApplication.translate("RegisterViews", "<b>Chair's note:</b> {note}")
        lines.append(paragraph_html(template, note=e.chair_note))
    if e.objectives:
        template = QCoreApplication.translate("RegisterViews", "<b>GCM objectives:</b> {objectives}")
        lines.append(paragraph_html(template, objectives="; ".join(f"{n}. {titles.get(n, '')}" for n in e.objectives)))
    if e.positions:
        items = "".join(
            f"<li>{escape(p.organization)} — {escape(position_words(p.kind))}"
            + (f": “{escape(p.statement)}”" if p.statement else "")
            + "</li>"
            for p in e.positions
        )
        lines.append("<p>" + QCoreApplication.translate("RegisterViews", "<b>Positions:</b>") + f"</p><ul>{items}</ul>")
    if e.supersedes_reference:
        template = QCoreApplication.translate("RegisterViews", "Supersedes {reference}.")
        lines.append(paragraph_html(template, reference=e.supersedes_reference))
    if e.superseded_by:
        template = QCoreApplication.translate("RegisterViews", "Superseded by {references}.")
        lines.append(paragraph_html(template, references=", ".join(r for _, r in e.superseded_by)))
    return "".join(lines)


__all__ = [
    "RegisterModel",
    "decision_html",
    "final_outcome_note",
    "outcome_words",
    "position_words",
    "positions_summary",
]

"""What the action tracker shows: status words (OVERDUE said in words, never by colour alone), the table
model and the selected action point in full (HTML). The window itself is gui/desk/tracker_window.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from unnm_desktop.gui.desk.parts import paragraph_html, table_date
from unnm_desktop.gui.i18n import short_date, ui_locale
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.colours import overdue_colour
from unnm_desktop.gui.widgets.models import RowsModel

if TYPE_CHECKING:
    from unnm_desktop.services.desk.views import TrackerEntry


def status_words(status: str) -> str:
    """The action's status in the interface language (the stored value itself when unknown)."""
    return vocabulary.word(vocabulary.ACTION_STATUS, status)


def status_text(row: TrackerEntry, date_text: Callable[[date], str] = table_date) -> str:
    """The status in words, with OVERDUE or the day it was done (`date_text`: as the tables or the detail)."""
    words = status_words(row.status)
    if row.overdue:
        return QCoreApplication.translate("TrackerWindow", "{status} — OVERDUE").format(status=words)
    if row.status == "done" and row.completed_on:
        template = QCoreApplication.translate("TrackerWindow", "{status} {date}")
        return template.format(status=words, date=date_text(row.completed_on))
    return words


class TrackerModel(RowsModel["TrackerEntry"]):
    TEXT, RESPONSIBLE, DUE, STATUS, ORIGIN, PROGRESS = range(6)
    COLUMNS = (
        QT_TRANSLATE_NOOP("TrackerModel", "Action"),
        QT_TRANSLATE_NOOP("TrackerModel", "Responsible"),
        QT_TRANSLATE_NOOP("TrackerModel", "Due"),
        QT_TRANSLATE_NOOP("TrackerModel", "Status"),
        QT_TRANSLATE_NOOP("TrackerModel", "Set at"),
        QT_TRANSLATE_NOOP("TrackerModel", "Completion or last follow-up"),
    )

    def display(self, row: TrackerEntry, column: int) -> Any:
        if column == self.TEXT:
            return " ".join(row.text.split())
        if column == self.RESPONSIBLE:
            people = [row.responsible_person] if row.responsible_person else []
            return ", ".join(list(row.responsible) + people)
        if column == self.DUE:
            return table_date(row.due_date) if row.due_date else "—"
        if column == self.STATUS:
            return status_text(row)
        if column == self.ORIGIN:
            return f"{row.meeting_reference}  {table_date(row.meeting_date)}"
        if row.completion_note:
            return row.completion_note
        return f"{row.last_follow_up_meeting}: {row.last_follow_up}" if row.last_follow_up else ""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.AccessibleTextRole:
            row = self.rows[index.row()]
            text = str(self.display(row, index.column()))
            if row.overdue and index.column() in (self.TEXT, self.STATUS, self.DUE):
                return self.tr("Overdue. {text}").format(text=text)
            return text
        return super().data(index, role)

    def tooltip(self, row: TrackerEntry, column: int) -> Any:
        if row.overdue:
            status = ui_locale().toLower(status_words(row.status))  # the interface language's lower case (İ → i)
            return self.tr("Overdue: due {date}, still {status}.").format(date=short_date(row.due_date), status=status)
        if column == self.TEXT:
            return row.text
        if column == self.ORIGIN:
            return row.meeting_title
        return None

    def foreground(self, row: TrackerEntry, column: int) -> Any:
        return overdue_colour() if row.overdue else None


def action_html(e: TrackerEntry) -> str:
    """The selected action point in full: the labels in the interface language, the rest is the user's data."""
    due = short_date(e.due_date) if e.due_date else "—"
    lines = [f"<p>{escape(e.text)}</p>"]
    if e.overdue:
        template = QCoreApplication.translate("TrackerWindow", "<b>OVERDUE:</b> due {date}.")
        lines.append(f"<p style='color:{overdue_colour().name()}'>" + template.format(date=escape(due)) + "</p>")
    who = ", ".join(list(e.responsible) + ([e.responsible_person] if e.responsible_person else []))
    template = QCoreApplication.translate(
        "TrackerWindow", "<b>Responsible:</b> {who} &nbsp; <b>Due:</b> {due} &nbsp; <b>Status:</b> {status}"
    )
    lines.append(paragraph_html(template, who=who or "—", due=due, status=status_text(e, short_date)))
    if e.decision_reference:
        origin = QCoreApplication.translate(
            "TrackerWindow", "<b>Set at:</b> {reference} ({date}) — {title}, following decision {decision}"
        )
    else:
        origin = QCoreApplication.translate("TrackerWindow", "<b>Set at:</b> {reference} ({date}) — {title}")
    lines.append(
        paragraph_html(
            origin,
            reference=e.meeting_reference,
            date=short_date(e.meeting_date),
            title=e.meeting_title,
            decision=e.decision_reference or "",
        )
    )
    if e.completion_note:
        template = QCoreApplication.translate("TrackerWindow", "<b>Completion note:</b> {note}")
        lines.append(paragraph_html(template, note=e.completion_note))
    if e.last_follow_up:
        template = QCoreApplication.translate("TrackerWindow", "<b>Last follow-up</b> ({meeting}): {text}")
        lines.append(paragraph_html(template, meeting=e.last_follow_up_meeting or "", text=e.last_follow_up))
    return "".join(lines)


__all__ = ["TrackerModel", "action_html", "status_text", "status_words"]

"""What Desk → Pending confirmations shows: the open confirmations and silences (OVERDUE said in words and with an
icon, never by colour alone), sortable by any column; the addenda recorded so far; the selected item in full (HTML).
The window itself is gui/desk/pending_window.py."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle

from unnm_desktop.gui.desk.parts import paragraph_html, table_date
from unnm_desktop.gui.i18n import collator, short_date
from unnm_desktop.gui.widgets.colours import overdue_colour
from unnm_desktop.gui.widgets.models import RowsModel

if TYPE_CHECKING:
    from unnm_desktop.services.minutes.closure_views import AddendumView, PendingItem

CONTEXT = "PendingWindow"

KIND_WORDS = {
    "confirmation": QT_TRANSLATE_NOOP("PendingWindow", "Ad referendum confirmation"),
    "silence": QT_TRANSLATE_NOOP("PendingWindow", "Silence procedure"),
}
CLOSURE_WORDS = {
    "confirmed": QT_TRANSLATE_NOOP("PendingWindow", "Confirmed"),
    "withdrawn": QT_TRANSLATE_NOOP("PendingWindow", "Withdrawn"),
    "silence_ended": QT_TRANSLATE_NOOP("PendingWindow", "Silence ended without objection"),
    "silence_broken": QT_TRANSLATE_NOOP("PendingWindow", "Silence broken"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_words(kind: str) -> str:
    return _tr(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def closure_words(kind: str) -> str:
    return _tr(CLOSURE_WORDS[kind]) if kind in CLOSURE_WORDS else kind


def deadline_words(item: PendingItem) -> str:
    """The deadline as the interface writes dates, a silence's hour in the meeting's local time."""
    deadline = item.deadline
    if isinstance(deadline, datetime):
        return f"{short_date(deadline.date())} {deadline:%H:%M}"
    if isinstance(deadline, date):
        return short_date(deadline)
    return "—"


def status_words(item: PendingItem) -> str:
    """OVERDUE in words (the red and the icon only repeat it); with the app's proposal for an overdue silence."""
    if item.proposal:
        return QCoreApplication.translate("PendingWindow", "OVERDUE — proposed: adopted under silence procedure")
    return (
        QCoreApplication.translate("PendingWindow", "OVERDUE")
        if item.overdue
        else QCoreApplication.translate("PendingWindow", "Open")
    )


@dataclass(frozen=True)
class PendingRow:
    """A pending item as a row of the window, told apart by its `id` (the decision, the kind, the organisation);
    its other attributes are the item's."""

    item: PendingItem

    @property
    def id(self) -> str:
        return f"{self.item.decision_id}:{self.item.kind}:{self.item.organization_acronym or ''}"

    def __getattr__(self, name: str) -> Any:
        return getattr(self.item, name)


def _sort_key(item: PendingItem) -> tuple[int, str]:
    deadline = item.deadline
    if isinstance(deadline, datetime):
        return 0, deadline.astimezone().isoformat()
    if isinstance(deadline, date):
        return 0, deadline.isoformat()
    return 1, ""


class PendingModel(RowsModel["PendingRow"]):
    DEADLINE, STATUS, KIND, ORGANISATION, DECISION, MEETING = range(6)
    COLUMNS = (
        QT_TRANSLATE_NOOP("PendingModel", "Deadline"),
        QT_TRANSLATE_NOOP("PendingModel", "Status"),
        QT_TRANSLATE_NOOP("PendingModel", "Kind"),
        QT_TRANSLATE_NOOP("PendingModel", "Organisation"),
        QT_TRANSLATE_NOOP("PendingModel", "Decision"),
        QT_TRANSLATE_NOOP("PendingModel", "Meeting"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None  # None: the services' order, earliest deadline first

    def set_rows(self, rows: Any) -> None:
        super().set_rows(self._ordered(list(rows)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a header (or the keyboard's sort) orders the rows; the order stays after a reload."""
        self.sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.rows = self._ordered(self.rows)
        self.layoutChanged.emit()

    def _ordered(self, rows: list[PendingItem]) -> list[PendingItem]:
        if self.sorted_by is None:
            return rows
        column, order = self.sorted_by
        reverse = order == Qt.SortOrder.DescendingOrder
        if column == self.DEADLINE:
            return sorted(rows, key=_sort_key, reverse=reverse)
        if column == self.STATUS:
            return sorted(rows, key=lambda r: (not r.overdue, _sort_key(r)), reverse=reverse)
        compare = collator().compare  # the interface language's alphabetical order (ç after c, ı before i)
        texts = {id(r): str(self.display(r, column)) for r in rows}
        key = functools.cmp_to_key(lambda a, b: compare(texts[id(a)], texts[id(b)]))
        return sorted(rows, key=key, reverse=reverse)

    def display(self, row: PendingItem, column: int) -> Any:
        if column == self.DEADLINE:
            return deadline_words(row)
        if column == self.STATUS:
            return status_words(row)
        if column == self.KIND:
            return kind_words(row.kind)
        if column == self.ORGANISATION:
            return row.organization_acronym or "—"
        if column == self.DECISION:
            return row.decision_reference
        return f"{row.meeting_reference}  {row.meeting_title}"

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = str(self.display(row, index.column()))
            return (
                QCoreApplication.translate("PendingWindow", "Overdue. {text}").format(text=text)
                if row.overdue
                else text
            )
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.STATUS and row.overdue:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return super().data(index, role)

    def tooltip(self, row: PendingItem, column: int) -> Any:
        if row.overdue:
            return QCoreApplication.translate(
                "PendingWindow", "Overdue: the deadline {deadline} (the meeting's local time) has passed."
            ).format(deadline=deadline_words(row))
        if column == self.MEETING:
            return row.meeting_title
        return None

    def foreground(self, row: PendingItem, column: int) -> Any:
        return overdue_colour() if row.overdue else None


class AddendaModel(RowsModel["AddendumView"]):
    """The addenda recorded so far, the latest first."""

    NUMBER, MEETING, DECISION, CLOSURE, ON = range(5)
    COLUMNS = (
        QT_TRANSLATE_NOOP("AddendaModel", "Addendum"),
        QT_TRANSLATE_NOOP("AddendaModel", "Minutes of"),
        QT_TRANSLATE_NOOP("AddendaModel", "Decision"),
        QT_TRANSLATE_NOOP("AddendaModel", "Closure"),
        QT_TRANSLATE_NOOP("AddendaModel", "On"),
    )

    def display(self, row: AddendumView, column: int) -> Any:
        if column == self.NUMBER:
            return str(row.number)
        if column == self.MEETING:
            return f"{row.meeting_reference}  {row.meeting_title}"
        if column == self.DECISION:
            return row.decision_reference
        if column == self.CLOSURE:
            words = closure_words(row.kind)
            return f"{words} — {row.organization_acronym}" if row.organization_acronym else words
        when = table_date(row.occurred_on)
        return f"{when} {row.occurred_time}" if row.occurred_time else when


def pending_html(item: PendingItem, history: list[AddendumView]) -> str:
    """The selected item in full, the app's proposal for an overdue silence, and the meeting's addenda so far."""
    lines = [
        paragraph_html(
            QCoreApplication.translate("PendingWindow", "<b>{kind}</b> on decision {decision}"),
            kind=kind_words(item.kind),
            decision=item.decision_reference,
        ),
        paragraph_html(
            QCoreApplication.translate("PendingWindow", "<b>Minutes of:</b> {reference} — {title}"),
            reference=item.meeting_reference,
            title=item.meeting_title,
        ),
    ]
    if item.proposal:
        lines.append(
            "<p><b>"
            + escape(QCoreApplication.translate("PendingWindow", "Proposal: adopted under silence procedure."))
            + "</b> "
            + escape(
                QCoreApplication.translate(
                    "PendingWindow",
                    "The deadline has passed and no objection is recorded. Press Ctrl+Enter (Adopt under silence…) "
                    "and confirm to record it; nothing is decided until a person does.",
                )
            )
            + "</p>"
        )
    if item.organization_acronym:
        lines.append(
            paragraph_html(
                QCoreApplication.translate("PendingWindow", "<b>Organisation:</b> {acronym}"),
                acronym=item.organization_acronym,
            )
        )
    deadline = QCoreApplication.translate(
        "PendingWindow", "<b>Deadline:</b> {deadline} ({zone}, the meeting's local time)"
    )
    lines.append(paragraph_html(deadline, deadline=deadline_words(item), zone=item.time_zone))
    if item.overdue:
        colour = overdue_colour().name()
        lines.append(
            f"<p style='color:{colour}'>"
            + escape(QCoreApplication.translate("PendingWindow", "OVERDUE: the deadline has passed."))
            + "</p>"
        )
    mine = [a for a in history if a.meeting_id == item.meeting_id]
    if mine:
        lines.append(
            "<p><b>"
            + escape(QCoreApplication.translate("PendingWindow", "Addenda to these minutes so far:"))
            + "</b></p><ul>"
        )
        for addendum in sorted(mine, key=lambda a: a.number):
            text = QCoreApplication.translate(
                "PendingWindow", "Addendum {number}: {closure} on {decision}, {date}"
            ).format(
                number=addendum.number,
                closure=closure_words(addendum.kind),
                decision=addendum.decision_reference,
                date=short_date(addendum.occurred_on),
            )
            lines.append(f"<li>{escape(text)}</li>")
        lines.append("</ul>")
    return "".join(lines)


__all__ = [
    "AddendaModel",
    "PendingModel",
    "PendingRow",
    "closure_words",
    "deadline_words",
    "kind_words",
    "pending_html",
]
